import { describe, expect, test } from "vitest";
import { ParseContext, sourceElement } from "../xml/cursor.ts";
import { textContent, type XmlElement } from "../xml/node.ts";
import { readXml } from "../xml/read.ts";
import { XmlWriter } from "../xml/write.ts";
import { STRING_LATIN, XS } from "../xsd-types/facets.ts";
import { checkValue } from "./check.ts";
import { readerOf, writerOf } from "./compile.ts";
import { safeReadDocument, writeDocument } from "./document.ts";
import { attribute, complex, custom, element, text } from "./typed.ts";
import type { Codec } from "./types.ts";
import { zodSchemaOf } from "./zod.ts";

const NS = "urn:example:engine";

interface Bezug {
  readonly text: string;
  readonly link?: string;
}
/** A value written as `<wert>code=name</wert>`: content the generic fields cannot express. */
interface Paar {
  readonly code: string;
  readonly name: string;
}
interface Eintrag {
  readonly id: string;
  readonly am?: string;
  readonly um?: string;
  readonly zeit?: string;
  readonly zahl?: number;
  readonly name: string;
  readonly bezug: readonly Bezug[];
  readonly paar: readonly Paar[];
}

const paarCodec: Codec<Paar> = {
  name: "Paar",
  read(el, { ctx }) {
    const t = textContent(el);
    const i = t.indexOf("=");
    if (i < 0) ctx.report("invalid-value", { value: t, expected: "code=name" }, el);
    return i < 0 ? { code: t, name: "" } : { code: t.slice(0, i), name: t.slice(i + 1) };
  },
  write(w, ns, local, v) {
    w.element(ns, local, `${v.code}=${v.name}`);
  },
  check(v, report) {
    const p = v as Partial<Paar>;
    if (typeof p.code !== "string" || p.code.includes("=")) report({ value: String(p.code), expected: "a code without =" });
  },
};

const BezugT = complex<Bezug>()("Bezug", [attribute("link", "token"), text("text", "string", { facets: STRING_LATIN })], { track: false });
const EintragT = complex<Eintrag>()("Eintrag", [
  attribute("id", "token", { required: true }),
  element("am", "?", "date"),
  element("um", "?", "dateTime"),
  element("zeit", "?", "time"),
  element("zahl", "?", "integer"),
  element("name", "1", "string", { facets: STRING_LATIN }),
  element("bezug", "*", BezugT),
  custom("paar", "*", paarCodec),
]);

function root(xml: string): XmlElement {
  const doc = readXml(xml);
  if (!doc.success) throw new Error(doc.diagnostics[0].message);
  return doc.data.root;
}

function read(xml: string, mode: "lenient" | "strict") {
  const ctx = new ParseContext({ [NS]: "e" });
  const value = readerOf(EintragT, mode)(root(xml), { namespace: NS, ctx, mode });
  return { value, diagnostics: ctx.diagnostics.map((d) => [d.code, d.severity, d.path, d.location?.line]) };
}

const doc = (body: string, attrs = ' id="x"') => `<e:eintrag xmlns:e="${NS}"${attrs}>${body}</e:eintrag>`;

describe("compiled binding engine", () => {
  test("XSD dates and times are checked with core/xsd-types when read: 2024-02-31 is invalid, T24:00:00 follows libxml2", () => {
    for (const mode of ["lenient", "strict"] as const) {
      const bad = read(doc("<e:am>2024-02-31</e:am><e:um>2024-99-99T99:99:99</e:um><e:zeit>24:00:01</e:zeit><e:name>n</e:name>"), mode);
      expect(bad.diagnostics).toEqual([
        ["invalid-value", "error", "/e:eintrag/e:am", 1],
        ["invalid-value", "error", "/e:eintrag/e:um", 1],
        ["invalid-value", "error", "/e:eintrag/e:zeit", 1],
      ]);
      // Kept as written, so that a round trip loses nothing.
      expect(bad.value.am).toBe("2024-02-31");
      const ok = read(doc("<e:am>2024-02-29</e:am><e:um>2024-01-01T24:00:00</e:um><e:zeit>24:00:00</e:zeit><e:name>n</e:name>"), mode);
      expect(ok.diagnostics).toEqual([]);
    }
  });

  test("built values: the same checks in checkValue and in the zod schema", () => {
    const built = { id: "x", am: "2024-02-31", um: "T24:00:00", name: "n", bezug: [], paar: [{ code: "a=b", name: "" }] };
    expect(checkValue(built, EintragT, "/e:eintrag", { prefix: "e" }).map((d) => d.path)).toEqual([
      "/e:eintrag/e:am",
      "/e:eintrag/e:um",
      "/e:eintrag/e:paar",
    ]);
    const z = zodSchemaOf(EintragT).safeParse(built);
    expect(z.success).toBe(false);
    if (!z.success) expect(z.error.issues.map((i) => i.path.join("."))).toEqual(["am", "um", "paar.0"]);
    expect(zodSchemaOf(EintragT).safeParse({ id: "x", am: "2024-02-29", name: "n" }).success).toBe(true);
  });

  test("strict mode: schema order, unknown content is an error, required values fall back, facets checked", () => {
    const { value, diagnostics } = read(
      doc(`<e:bezug link="u">b中</e:bezug><e:neu/><e:paar>a=b</e:paar><e:bezug x="1">c</e:bezug>text`, ""),
      "strict",
    );
    expect(diagnostics).toEqual([
      ["unexpected-text", "error", "/e:eintrag", 1],
      ["missing-attribute", "error", "/e:eintrag", 1],
      ["missing-element", "error", "/e:eintrag/e:name", 1],
      ["invalid-value", "error", "/e:eintrag/e:bezug[1]", 1],
      ["unexpected-attribute", "error", "/e:eintrag/e:bezug[2]/@x", 1],
      // paar stands before the second bezug, which was read before it
      ["element-out-of-order", "error", "/e:eintrag/e:paar", 1],
      ["unexpected-element", "error", "/e:eintrag/e:neu", 1],
    ]);
    expect(value).toEqual({ id: "", name: "", bezug: [{ link: "u", text: "b中" }, { text: "c" }], paar: [{ code: "a", name: "b" }] });
    // track: false — no source element for Bezug; the Eintrag has one.
    expect(sourceElement(value.bezug[0] as object)).toBeUndefined();
    expect(sourceElement(value)).toBeDefined();
    const late = read(doc("<e:name>n</e:name><e:am>2024-01-01</e:am>"), "strict");
    // `am` comes first in the table: `name` before it in the document is read out of order.
    expect(late.diagnostics).toEqual([["element-out-of-order", "error", "/e:eintrag/e:name", 1]]);
    const lenient = read(doc("<e:name>n</e:name><e:am>2024-01-01</e:am>"), "lenient");
    expect(lenient.diagnostics).toEqual([["element-out-of-order", "info", "/e:eintrag/e:name", 1]]);
  });

  test("a custom codec reads, writes and round-trips; a typed document reader returns the table's model type", () => {
    const xml = doc(`<e:name>n</e:name><e:bezug>b</e:bezug><e:paar>a=b</e:paar><e:paar>c=d</e:paar>`);
    const read = safeReadDocument(xml, EintragT, { namespace: NS, prefix: "e" });
    expect(read.success).toBe(true);
    if (!read.success) return;
    const model: Eintrag = read.data; // typed by the table, no cast
    expect(model.paar).toEqual([
      { code: "a", name: "b" },
      { code: "c", name: "d" },
    ]);
    const out = writeDocument("eintrag", EintragT, model, { namespace: NS, prefix: "e", pretty: false, declaration: false });
    expect(out).toBe(`${xml.replace(`xmlns:e="${NS}" id="x"`, `xmlns:e="${NS}" id="x"`)}\n`);
    const w = new XmlWriter({ prefixes: { [NS]: "e" }, declaration: false, pretty: false });
    writerOf(EintragT)(w, NS, "eintrag", { ...model, zahl: 3 }, { namespace: NS, prefix: "e" });
    expect(w.toString()).toContain("<e:zahl>3</e:zahl><e:name>n</e:name>");
  });

  test("many children are matched in one pass (10 000 repeats read in linear time)", () => {
    const many = doc(`<e:name>n</e:name>${"<e:bezug>b</e:bezug>".repeat(10_000)}`);
    const start = performance.now();
    const { value, diagnostics } = read(many, "strict");
    expect(diagnostics).toEqual([]);
    expect(value.bezug).toHaveLength(10_000);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  test("facets come from core/xsd-types (the one place for XSD datatypes)", () => {
    const Zahl = complex<{ readonly n: string }>()("Zahl", [element("n", "1", "string", { facets: XS.positiveInteger })]);
    const ctx = new ParseContext({ [NS]: "e" });
    readerOf(Zahl, "strict")(root(`<e:z xmlns:e="${NS}"><e:n>0</e:n></e:z>`), { namespace: NS, ctx, mode: "strict" });
    expect(ctx.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["invalid-value", { value: "0", expected: expect.any(String), element: "e:n", facet: expect.any(String) }],
    ]);
  });
});
