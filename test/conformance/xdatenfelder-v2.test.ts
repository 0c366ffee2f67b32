/**
 * Conformance of the XDatenfelder 2.0 parser and serializer on the hand-written fixtures
 * (`fixtures/xdatenfelder/v2/valid/`, a minimal and a maximal document per message 0101–0105): each is XSD-valid
 * and parses cleanly; `parse(serialize(parse(x)))` deep-equals `parse(x)` (pretty and compact; prefixes `xdf`,
 * `""` and `x2`); the output is XSD-valid and canonically equal to the input. The maximal fixtures together use
 * every element the 2.0 XSD declares for these messages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createXsdValidator, loadSchemaSet, type SchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import type { XmlElement } from "../../src/core/xml/node.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { GENERICODE_NAMESPACE, MESSAGES, NAMESPACE, parse, safeParse, serialize } from "../../src/xdatenfelder/v2/index.ts";
import { canonicalXmlWithMisc } from "../support/canonical.ts";
import { hasShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";

const VALID = join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid");
const fixtures = readdirSync(VALID)
  .filter((f) => f.endsWith(".xml"))
  .sort();
const VARIANTS = [true, false].flatMap((pretty) => [undefined, "", "x2"].map((prefix) => ({ pretty, prefix })));

function localNames(el: XmlElement, out: Set<string>): Set<string> {
  out.add(el.local);
  for (const c of el.children) if (c.kind === "element") localNames(c, out);
  return out;
}

describe("XDatenfelder 2.0 fixtures", () => {
  let xsd: XsdValidator | undefined;
  beforeAll(async () => {
    if (!hasShared) return;
    // the 2.0 XSDs do not import genericode.xsd, so the strict xs:any of 0105 needs both schemas together
    const set = await loadSchemaSet("xdatenfelder-2.0", { schemas: STANDARDS });
    const combined: SchemaSet = {
      id: "test-xdatenfelder-2.0-with-genericode-1.0",
      entry: "combined.xsd",
      files: {
        ...set.files,
        "combined.xsd": new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:fim-xoev:test:combined">
  <xs:import namespace="${NAMESPACE}" schemaLocation="xdatenfelder.xsd"/>
  <xs:import namespace="${GENERICODE_NAMESPACE}" schemaLocation="genericode.xsd"/>
</xs:schema>
`),
      },
    };
    xsd = await createXsdValidator(combined, { cache: false });
  });
  afterAll(() => xsd?.dispose());

  test("a minimal and a maximal document for each message 0101–0105", () => {
    const expected = Object.entries(MESSAGES).flatMap(([nr, root]) => [
      `${nr}-${root.split(".")[1]}-maximal.xml`,
      `${nr}-${root.split(".")[1]}-minimal.xml`,
    ]);
    expect(fixtures).toEqual(expected.sort());
  });

  test.each(fixtures)("%s: clean parse, lossless round trip in every writer variant, XSD-valid", (name) => {
    const input = readFileSync(join(VALID, name));
    if (xsd !== undefined) expect(xsd.validate(input).diagnostics).toEqual([]);
    const first = safeParse(input);
    expect(first.diagnostics).toEqual([]);
    const model = parse(input);
    for (const v of VARIANTS) {
      const xml = serialize(model, v);
      const again = parse(xml);
      if (!isDeepStrictEqual(again, model)) expect(again).toEqual(model);
      expect(canonicalXmlWithMisc(xml)).toEqual(canonicalXmlWithMisc(input));
      if (xsd !== undefined) expect(xsd.validate(xml).diagnostics).toEqual([]);
    }
  });

  test.runIf(hasShared)("the maximal fixtures use every element the 2.0 XSD declares for messages 0101–0105", () => {
    const used = new Set<string>();
    for (const f of fixtures.filter((n) => n.includes("maximal"))) {
      const r = readXml(readFileSync(join(VALID, f)));
      if (r.success) localNames(r.data.root, used);
    }
    const xsdText = readFileSync(join(STANDARDS, "xdatenfelder/2.0/xdatenfelder-baukasten.xsd"), "utf8");
    // element declarations outside the search types (Suchanfrage, Suchergebnis) of messages 0401/0402
    const searchStart = xsdText.indexOf('<xs:complexType name="Suchanfrage">');
    const searchEnd = xsdText.indexOf("</xs:complexType>", xsdText.indexOf('<xs:complexType name="Suchergebnis">'));
    const declared = [...xsdText.matchAll(/<xs:element name="([^"]+)"/g)]
      .filter((m) => (m.index ?? 0) < searchStart || (m.index ?? 0) > searchEnd)
      .map((m) => m[1] as string);
    expect(declared.length).toBeGreaterThan(40);
    expect([...new Set(declared)].filter((d) => !used.has(d))).toEqual([]);
    // the 2.0 spelling of the 0101 payload
    expect(used.has("dokumentensteckbrief")).toBe(true);
  });

  test("the maximal 0104 keeps CRs, root attributes and the Präzisierung JSON (typed, including note)", () => {
    const m = parse(readFileSync(join(VALID, "0104-datenfeld-maximal.xml")));
    expect(m.kind).toBe("xdatenfelder.datenfeld.0104");
    if (m.kind !== "xdatenfelder.datenfeld.0104") return;
    expect(m.datenfeld.beschreibung).toBe("Beschreibung von Feld F99000001\r\nzweite Zeile");
    expect(m.rootAttributes).toEqual([
      {
        namespace: "http://www.w3.org/2001/XMLSchema-instance",
        local: "schemaLocation",
        prefix: "xsi",
        value: "urn:xoev-de:fim:standard:xdatenfelder_2 xdatenfelder.xsd",
      },
    ]);
    expect(m.datenfeld.praezisierung.werte).toEqual({ minLength: "1", maxLength: "80", pattern: "[A-Z].*", note: "Hinweis" });
    expect(serialize(m)).toContain("&#13;");
  });

  test("the minimal documents keep required-but-empty elements as empty strings", () => {
    const m = parse(readFileSync(join(VALID, "0104-datenfeld-minimal.xml")));
    if (m.kind !== "xdatenfelder.datenfeld.0104") throw new Error(m.kind);
    expect([
      m.datenfeld.beschreibung,
      m.datenfeld.definition,
      m.datenfeld.bezug,
      m.datenfeld.hilfetextEingabe,
      m.datenfeld.inhalt,
      m.datenfeld.praezisierung.text,
    ]).toEqual(["", "", "", "", "", ""]);
    expect(m.datenfeld.bezeichnungAusgabe).toBeUndefined();
    expect(serialize(m, { pretty: false })).toContain("<xdf:praezisierung/><xdf:inhalt/>");
  });
});

describe("XDatenfelder 2.0 parser findings", () => {
  const minimal = readFileSync(join(VALID, "0104-datenfeld-minimal.xml"), "utf8");
  const findings = (xml: string) => safeParse(xml).diagnostics.map((d) => `${d.severity} ${d.code} ${d.location?.line ?? "-"} ${d.path}`);

  test("a missing required element, an unexpected element and an unknown code are errors with path and line", () => {
    const xml = minimal
      .replace("<xdf:bezug/>", "")
      .replace("<xdf:inhalt/>", "<xdf:inhalt/>\n<xdf:unbekannt/>")
      .replace("<code>input</code>", "<code>hidden</code>");
    expect(findings(xml)).toEqual([
      "error missing-element 2 /xdf:xdatenfelder.datenfeld.0104/xdf:datenfeld/xdf:bezug",
      "error unknown-code 2 /xdf:xdatenfelder.datenfeld.0104/xdf:datenfeld/xdf:feldart/code",
      "error unexpected-element 3 /xdf:xdatenfelder.datenfeld.0104/xdf:datenfeld/xdf:unbekannt",
    ]);
  });

  test("the 3.0.0 spelling of the 0101 payload is not the 2.0 one", () => {
    const xml = readFileSync(join(VALID, "0101-dokumentsteckbrief-minimal.xml"), "utf8").replaceAll(
      "dokumentensteckbrief>",
      "dokumentsteckbrief>",
    );
    const r = safeParse(xml);
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["missing-element", "unexpected-element"]);
  });

  test("a 3.0.0 root or an unknown root element is refused at the detect stage", () => {
    expect(findings(minimal.replaceAll("xdatenfelder_2", "xdatenfelder_3.0.0"))).toEqual([
      "fatal unknown-namespace 2 /Q{urn:xoev-de:fim:standard:xdatenfelder_3.0.0}xdatenfelder.datenfeld.0104",
    ]);
    expect(findings(minimal.replaceAll("xdatenfelder.datenfeld.0104", "xdatenfelder.datenfeld.0199"))).toEqual([
      "fatal unknown-root-element 2 /xdf:xdatenfelder.datenfeld.0199",
    ]);
  });

  test("attributes on the root other than namespace declarations are kept, in order, with their prefix", () => {
    const xml = minimal.replace(
      'xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2"',
      'xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2" xmlns:a="urn:example:a" a:x="1" y="2"',
    );
    const m = parse(xml);
    expect(m.rootAttributes).toEqual([
      { namespace: "urn:example:a", local: "x", prefix: "a", value: "1" },
      { namespace: "", local: "y", prefix: "", value: "2" },
    ]);
    expect(serialize(m, { pretty: false })).toContain('xmlns:a="urn:example:a" a:x="1" y="2"');
  });
});
