/**
 * Conformance of the XDatenfelder 3.0.0 parser and serializer on the hand-written fixtures:
 *
 * - `fixtures/xdatenfelder/v3/valid/`: a minimal and a maximal document per message 0101–0106. Each parses
 *   cleanly; `parse(serialize(parse(x)))` deep-equals `parse(x)` (pretty and compact; prefix `xdf3`, `""` and
 *   `xdf`); the serialized document is XSD-valid and canonically equal to the input (nothing lost).
 * - `fixtures/xdatenfelder/v3/invalid/model-*.xml`: `safeParse` reports exactly the errors of the sidecar
 *   `<name>.expected.json` (code, line and, where given, canonical path).
 *
 * The XSD checks need the official schemas (`../shared/standards` or FIM_XOEV_SHARED). Without them they are
 * skipped with a message, except in CI (`CI` set), where the missing folder is a failure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { createXsdValidator, loadSchemaSet, type SchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import { MESSAGES, NAMESPACE, type Nachricht, parse, safeParse, serialize } from "../../src/xdatenfelder/v3/index.ts";
import { canonicalXml, canonicalXmlWithMisc } from "../support/canonical.ts";
import { repoRoot, standardsDir } from "../xsd/shared.ts";

const VALID = join(repoRoot, "fixtures/xdatenfelder/v3/valid");
const INVALID = join(repoRoot, "fixtures/xdatenfelder/v3/invalid");
const GENERICODE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";
const PATH_PREFIXES = { [NAMESPACE]: "xdf3" };

const validFixtures = readdirSync(VALID)
  .filter((f) => f.endsWith(".xml"))
  .sort();
const invalidFixtures = readdirSync(INVALID)
  .filter((f) => f.startsWith("model-") && f.endsWith(".xml"))
  .sort();

const hasSchemas =
  existsSync(join(standardsDir, "xdatenfelder/3.0.0/xdatenfelder.xsd")) &&
  existsSync(join(standardsDir, "xdatenfelder/genericode-1.0/genericode.xsd"));

function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
}

function read(name: string): Buffer {
  return readFileSync(join(VALID, name));
}

/** Serializer options under test: `prefix` undefined = the default (`xdf3`). */
const VARIANTS = [true, false].flatMap((pretty) => [undefined, "", "xdf"].map((prefix) => ({ pretty, prefix })));
const variantName = (v: (typeof VARIANTS)[number]) =>
  `${v.pretty ? "pretty" : "compact"}, prefix ${v.prefix === undefined ? "default" : JSON.stringify(v.prefix)}`;

describe("valid XDatenfelder 3.0.0 fixtures", () => {
  test("a minimal and a maximal document for each message 0101–0106", () => {
    const expected = Object.entries(MESSAGES).flatMap(([number, root]) => {
      const kind = root.split(".")[1];
      return [`${number}-${kind === "uebersetzung" ? "uebersetzung" : kind}-maximal.xml`, `${number}-${kind}-minimal.xml`];
    });
    expect(validFixtures).toEqual(expected.sort());
    for (const name of validFixtures) {
      const number = name.slice(0, 4) as keyof typeof MESSAGES;
      expect(parse(read(name)).kind, name).toBe(MESSAGES[number]);
    }
  });

  test("the fixtures use different prefixes and the default namespace", () => {
    const roots = validFixtures.map((name) => /<(?:([\w.-]+):)?xdatenfelder\./.exec(read(name).toString("utf8"))?.[1] ?? "");
    expect(new Set(roots)).toEqual(new Set(["xdf3", "xdf", ""]));
  });

  for (const name of validFixtures) {
    describe(name, () => {
      const input = read(name);

      test("parses without errors", () => {
        const r = safeParse(input, { file: name });
        expect(errorsOf(r.diagnostics)).toEqual([]);
        expect(r.success).toBe(true);
      });

      for (const v of VARIANTS) {
        test(`parse(serialize(parse(x))) deep-equals parse(x) (${variantName(v)})`, () => {
          const first = parse(input);
          const second = parse(serialize(first, v));
          if (!isDeepStrictEqual(second, first)) expect(second).toEqual(first);
        });

        test(`serialized output equals the input after canonicalisation (${variantName(v)})`, () => {
          const xml = serialize(parse(input), v);
          expect(canonicalXmlWithMisc(xml)).toEqual(canonicalXmlWithMisc(input));
        });
      }

      test("the serializer writes the requested prefix", () => {
        const model = parse(input);
        const root = model.kind;
        expect(serialize(model)).toContain(`<xdf3:${root} xmlns:xdf3="${NAMESPACE}"`);
        expect(serialize(model, { prefix: "xdf" })).toContain(`<xdf:${root} xmlns:xdf="${NAMESPACE}"`);
        expect(serialize(model, { prefix: "" })).toContain(`<${root} xmlns="${NAMESPACE}"`);
        // Compact: no white space added between elements.
        expect(serialize(model, { pretty: false })).toContain("<xdf3:header><xdf3:nachrichtID>");
        expect(serialize(model)).toContain("<xdf3:header>\n    <xdf3:nachrichtID>");
      });
    });
  }

  test("0105 maximal: the genericode payload survives a round trip canonically", () => {
    const first = parse(read("0105-codeliste-maximal.xml")) as Extract<Nachricht, { kind: "xdatenfelder.codeliste.0105" }>;
    expect(first.genericode.inhalt.map((i) => ("codeList" in i ? "CodeList" : i.element.local))).toEqual(["CodeList"]);
    for (const v of VARIANTS) {
      const xml = serialize(first, v);
      const second = parse(xml) as typeof first;
      const strip = (m: typeof first) => canonicalXml(serialize(m, { pretty: false }));
      expect(strip(second)).toEqual(strip(first));
    }
  });
});

/** Element names of the XSD types (complex content in sequence order), written down from the 3.0.0 XSD. */
const ALLGEMEIN = [
  "identifikation",
  "name",
  "beschreibung",
  "definition",
  "bezug",
  "freigabestatus",
  "statusGesetztAm",
  "statusGesetztDurch",
  "gueltigAb",
  "gueltigBis",
  "versionshinweis",
  "veroeffentlichungsdatum",
  "letzteAenderung",
  "relation",
  "stichwort",
];
const SCHEMAELEMENT = [
  ...ALLGEMEIN,
  "bezeichnungEingabe",
  "bezeichnungAusgabe",
  "schemaelementart",
  "hilfetextEingabe",
  "hilfetextAusgabe",
];
const XSD_CONTENT = {
  Header: [
    "nachrichtID",
    "erstellungszeitpunkt",
    "referenzID",
    "produktbezeichnung",
    "produkthersteller",
    "produktversion",
    "datenqualitaet",
  ],
  Dokumentsteckbrief: [...ALLGEMEIN, "istAbstrakt", "dokumentart", "bezeichnung", "hilfetext"],
  Stammdatenschema: [
    ...ALLGEMEIN,
    "bezeichnung",
    "hilfetext",
    "ableitungsmodifikationenStruktur",
    "ableitungsmodifikationenRepraesentation",
    "dokumentsteckbrief",
    "regel",
    "struktur",
  ],
  Datenfeldgruppe: [...SCHEMAELEMENT, "art", "regel", "struktur"],
  Datenfeld: [
    ...SCHEMAELEMENT,
    "feldart",
    "datentyp",
    "praezisierung",
    "inhalt",
    "vorbefuellung",
    "werte",
    "codelisteReferenz",
    "codeKey",
    "nameKey",
    "helpKey",
    "regel",
    "maxSize",
    "mediaType",
  ],
  Regel: [
    "identifikation",
    "name",
    "beschreibung",
    "freitextRegel",
    "bezug",
    "stichwort",
    "fachlicherErsteller",
    "letzteAenderung",
    "typ",
    "param",
    "ziel",
    "skript",
    "fehler",
  ],
  ElementUebersetzung: [
    "uebersetzt",
    "bezeichnungEingabe",
    "bezeichnungAusgabe",
    "hilfetextEingabe",
    "hilfetextAusgabe",
    "inhalt",
    "werte",
    "regel",
  ],
  Praezisierung: ["minLength", "maxLength", "minValue", "maxValue", "pattern"],
  GenericodeIdentification: ["canonicalIdentification", "version", "canonicalVersionUri"],
} as const;

/** Every element of the type is present; every repeatable one at least twice; identifications carry a version. */
function expectComplete(obj: object, type: keyof typeof XSD_CONTENT, where: string): void {
  const record = obj as Record<string, unknown>;
  for (const key of XSD_CONTENT[type]) {
    const value = record[key];
    expect(value, `${where}: ${type}.${key}`).toBeDefined();
    if (Array.isArray(value)) expect(value.length, `${where}: ${type}.${key} repeated`).toBeGreaterThanOrEqual(2);
  }
  const id = record.identifikation as { version?: string } | undefined;
  if (id !== undefined) expect(id.version, `${where}: identifikation/version`).toBeDefined();
}

test("the maximal fixtures hold every element and attribute of their message", () => {
  for (const name of validFixtures.filter((f) => f.includes("-maximal"))) {
    const m = parse(read(name));
    expectComplete(m.header, "Header", name);
    const strukturen = (s: readonly { bezug: readonly unknown[]; enthaelt: object }[]) => {
      expect(s.length, `${name}: struktur repeated`).toBeGreaterThanOrEqual(2);
      expect(
        s.some((st) => st.bezug.length >= 2),
        `${name}: struktur/bezug`,
      ).toBe(true);
      expect(
        s.some((st) => "datenfeldgruppe" in st.enthaelt),
        `${name}: nested group`,
      ).toBe(true);
    };
    switch (m.kind) {
      case "xdatenfelder.dokumentsteckbrief.0101":
        expectComplete(m.dokumentsteckbrief, "Dokumentsteckbrief", name);
        break;
      case "xdatenfelder.stammdatenschema.0102":
        expectComplete(m.stammdatenschema, "Stammdatenschema", name);
        expectComplete(m.stammdatenschema.regel[0] as object, "Regel", name);
        strukturen(m.stammdatenschema.struktur);
        break;
      case "xdatenfelder.datenfeldgruppe.0103":
        expectComplete(m.datenfeldgruppe, "Datenfeldgruppe", name);
        expectComplete(m.datenfeldgruppe.regel[0] as object, "Regel", name);
        strukturen(m.datenfeldgruppe.struktur);
        break;
      case "xdatenfelder.datenfeld.0104": {
        const f = m.datenfeld;
        expectComplete(f, "Datenfeld", name);
        expectComplete(f.regel[0] as object, "Regel", name);
        expectComplete(f.praezisierung as object, "Praezisierung", name);
        expectComplete(f.codelisteReferenz as object, "GenericodeIdentification", name);
        expect(f.werte?.some((w) => w.hilfe !== undefined)).toBe(true);
        expect(f.bezug.some((b) => b.link !== undefined)).toBe(true);
        break;
      }
      case "xdatenfelder.codeliste.0105":
        expect(m.genericode.inhalt.some((i) => "codeList" in i && i.codeList.simpleCodeList !== undefined)).toBe(true);
        break;
      case "xdatenfelder.uebersetzung.0106": {
        expect(m.uebersetzt.version).toBeDefined();
        expect(m.sprache.length).toBeGreaterThanOrEqual(2);
        expect(m.sprache.some((sp) => sp.region !== undefined && sp.variant !== undefined && sp.element.length >= 2)).toBe(true);
        const e = m.sprache[0]?.element[0] as object;
        expectComplete(e, "ElementUebersetzung", name);
        const el = e as (typeof m.sprache)[number]["element"][number];
        expect(el.werte?.some((w) => w.hilfe !== undefined)).toBe(true);
        expect(el.regel[0]?.fehler.length).toBeGreaterThanOrEqual(2);
        break;
      }
    }
  }
});

test("xsi:schemaLocation on the root survives a round trip", () => {
  const input = read("0104-datenfeld-minimal.xml")
    .toString("utf8")
    .replace(
      `xmlns:xdf="${NAMESPACE}">`,
      `xmlns:xdf="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NAMESPACE} xdatenfelder.xsd">`,
    );
  expect(input).toContain("xsi:schemaLocation");
  const r = safeParse(input);
  expect(r.diagnostics).toEqual([]);
  expect(canonicalXml(serialize(parse(input)))).toEqual(canonicalXml(input));
});

describe("XSD validity of the valid fixtures and of their serialization", () => {
  test("the official schemas are available (required in CI)", () => {
    if (!hasSchemas) {
      const message = `XSD checks skipped: no schemas under ${standardsDir} (set FIM_XOEV_SHARED to the folder holding standards/)`;
      if (process.env.CI) expect.fail(message);
      console.warn(message);
    }
  });

  describe.runIf(hasSchemas)("with the official schemas", () => {
    let xdf3: XsdValidator;
    /** xdatenfelder.xsd plus genericode.xsd: the 3.0.0 set alone has no declaration for the strict xs:any of 0105. */
    let withGenericode: XsdValidator;

    beforeAll(async () => {
      const xdfSet = await loadSchemaSet("xdatenfelder-3.0.0", { schemas: standardsDir });
      const gcSet = await loadSchemaSet("genericode-1.0", { schemas: standardsDir });
      xdf3 = await createXsdValidator(xdfSet);
      const combined: SchemaSet = {
        id: "test-xdatenfelder-3.0.0-with-genericode-1.0",
        entry: "combined.xsd",
        files: {
          "combined.xsd": new TextEncoder().encode(
            `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:fim-xoev:test:combined">
  <xs:import namespace="${NAMESPACE}" schemaLocation="xdf/${xdfSet.entry}"/>
  <xs:import namespace="${GENERICODE}" schemaLocation="gc/${gcSet.entry}"/>
</xs:schema>
`,
          ),
          ...Object.fromEntries(Object.entries(xdfSet.files).map(([path, bytes]) => [`xdf/${path}`, bytes])),
          ...Object.fromEntries(Object.entries(gcSet.files).map(([path, bytes]) => [`gc/${path}`, bytes])),
        },
      };
      withGenericode = await createXsdValidator(combined, { cache: false });
    });
    afterAll(() => {
      xdf3?.dispose();
      withGenericode?.dispose();
    });

    /** Fixtures with genericode content: valid only against the combined schemas. */
    const needsGenericode = (name: string) => name === "0105-codeliste-maximal.xml";

    for (const name of validFixtures) {
      test(`${name}: input and serialized output are XSD-valid`, () => {
        const validator = needsGenericode(name) ? withGenericode : xdf3;
        const input = read(name);
        expect(validator.validate(input, { file: name, prefixes: PATH_PREFIXES }).diagnostics).toEqual([]);
        const model = parse(input);
        for (const v of VARIANTS) {
          const report = validator.validate(serialize(model, v), { file: `${name} (${variantName(v)})`, prefixes: PATH_PREFIXES });
          expect(report.diagnostics).toEqual([]);
          expect(report.valid).toBe(true);
        }
      });
    }

    test("0105 maximal is not valid against the 3.0.0 set alone (strict wildcard, no genericode.xsd)", () => {
      const report = xdf3.validate(read("0105-codeliste-maximal.xml"), { prefixes: PATH_PREFIXES });
      expect(report.valid).toBe(false);
      expect(report.diagnostics.map((d) => d.code)).toEqual(["xsd-invalid"]);
      expect(report.diagnostics[0]?.params).toMatchObject({ message: expect.stringMatching(/strict wildcard/) });
    });
  });
});

interface Expected {
  readonly diagnostics: readonly { readonly code: string; readonly line: number; readonly path?: string }[];
}

describe("invalid XDatenfelder 3.0.0 fixtures (model parser)", () => {
  test("cover the findings of the model parser", () => {
    const codes = new Set(
      invalidFixtures.flatMap((name) =>
        (JSON.parse(readFileSync(join(INVALID, name.replace(/\.xml$/, ".expected.json")), "utf8")) as Expected).diagnostics.map(
          (d) => d.code,
        ),
      ),
    );
    expect([...codes].sort()).toEqual(
      [
        "element-out-of-order",
        "missing-attribute",
        "missing-element",
        "not-well-formed",
        "unexpected-element",
        "unexpected-text",
        "unknown-code",
        "unknown-namespace",
        "unknown-root-element",
      ].sort(),
    );
  });

  for (const name of invalidFixtures) {
    test(`${name}: exactly the expected codes, lines and paths`, () => {
      const expected = JSON.parse(readFileSync(join(INVALID, name.replace(/\.xml$/, ".expected.json")), "utf8")) as Expected;
      expect(expected.diagnostics.length).toBeGreaterThan(0);
      const r = safeParse(readFileSync(join(INVALID, name)), { file: name });
      expect(r.success).toBe(false);
      const actual = errorsOf(r.diagnostics).map((d, i) => {
        const e = expected.diagnostics[i];
        return { code: d.code, line: d.location?.line, ...(e?.path !== undefined && { path: d.path }) };
      });
      expect(actual).toEqual(expected.diagnostics);
      for (const d of r.diagnostics) expect(d.file).toBe(name);
    });
  }
});
