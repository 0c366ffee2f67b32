import { describe, expect, test } from "vitest";
import { ParseContext } from "../xml/cursor.ts";
import { readXml } from "../xml/read.ts";
import { XmlWriter } from "../xml/write.ts";
import { checkValue, simpleValueProblem } from "./check.ts";
import { readComplex, resolveQName, toRawElement, XSI_NAMESPACE } from "./read.ts";
import { type ComplexType, complexType, type PolymorphicType, reachableTypes } from "./types.ts";
import { writeComplex } from "./write.ts";
import { zodIssuesToDiagnostics, zodSchemaOf } from "./zod.ts";

const NS = "urn:example:binding";

const Item = complexType("Item", [
  { kind: "attribute", prop: "lang", name: "lang", type: "token" },
  { kind: "text", prop: "value", type: "string" },
]);
const Shape: PolymorphicType = {
  kind: "polymorphic",
  name: "Shape",
  variants: [
    complexType("Circle", [
      { kind: "xsiType", prop: "xsiType" },
      { kind: "element", prop: "radius", name: "radius", occurs: "1", type: "integer" },
    ]),
    complexType("Square", [
      { kind: "xsiType", prop: "xsiType" },
      { kind: "element", prop: "side", name: "side", occurs: "1", type: "decimal" },
    ]),
  ],
};
const Root: ComplexType = complexType("Root", [
  { kind: "attribute", prop: "version", name: "version", type: "token", required: true },
  { kind: "element", prop: "id", name: "id", occurs: "1", type: "token" },
  { kind: "element", prop: "flag", name: "flag", occurs: "?", type: "boolean" },
  { kind: "element", prop: "item", name: "item", occurs: "*", type: Item },
  {
    kind: "element",
    prop: "code",
    name: "code",
    occurs: "?",
    type: "token",
    qualified: false,
    codeList: { uri: "urn:list", values: ["A", "B"], severity: "error" },
  },
  { kind: "element", prop: "shape", name: "shape", occurs: "?", type: Shape },
  { kind: "element", prop: "note", name: "note", occurs: "?", type: "string", reconstructed: "[guess]" },
  { kind: "element", prop: "when", name: "when", occurs: "?", type: "date" },
  {
    kind: "choice",
    prop: "op",
    occurs: "*",
    options: [
      { name: "add", type: "token" },
      { name: "del", type: "token" },
    ],
  },
]);

function read(xml: string, ns = NS) {
  const doc = readXml(xml);
  if (!doc.success) throw new Error(doc.diagnostics[0].message);
  const ctx = new ParseContext({ [ns]: "ex" });
  const value = readComplex(doc.data.root, Root, { namespace: ns, ctx });
  return { value, diagnostics: ctx.diagnostics };
}

function write(value: Record<string, unknown>, ns = NS, prefix = "ex"): string {
  const w = new XmlWriter({ prefixes: { [ns]: prefix, [XSI_NAMESPACE]: "xsi" }, declaration: false, pretty: false });
  writeComplex(w, ns, "root", Root, value, { namespace: ns, prefix });
  return w.toString();
}

describe("declarative binding", () => {
  const xml = `<e:root xmlns:e="${NS}" xmlns:xsi="${XSI_NAMESPACE}" version="1"><e:id> a1 </e:id><e:flag>1</e:flag><e:item lang="de">eins</e:item><e:item>  zwei </e:item><code>A</code><e:shape xsi:type="e:Square"><e:side>2.5</e:side></e:shape><e:add>x</e:add><e:del>y</e:del><e:add>z</e:add></e:root>`;

  test("reads attributes, text, repeated, unqualified, polymorphic and choice content", () => {
    const { value, diagnostics } = read(xml);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({
      version: "1",
      id: "a1",
      flag: true,
      item: [{ lang: "de", value: "eins" }, { value: "  zwei " }],
      code: "A",
      shape: { xsiType: "Square", side: "2.5" },
      op: [{ add: "x" }, { del: "y" }, { add: "z" }],
    });
  });

  test("writes deterministically in binding order and reads back equal", () => {
    const { value } = read(xml);
    const out = write(value);
    expect(out).toBe(
      `<ex:root xmlns:ex="${NS}" version="1"><ex:id>a1</ex:id><ex:flag>true</ex:flag><ex:item lang="de">eins</ex:item><ex:item>  zwei </ex:item><code>A</code><ex:shape xmlns:xsi="${XSI_NAMESPACE}" xsi:type="ex:Square"><ex:side>2.5</ex:side></ex:shape><ex:add>x</ex:add><ex:del>y</ex:del><ex:add>z</ex:add></ex:root>\n`,
    );
    expect(read(out).value).toEqual(value);
  });

  test("works without a namespace (xsi:type unprefixed)", () => {
    const { value } = read(xml);
    const out = write(value, "", "");
    expect(out).toContain('xsi:type="Square"');
    expect(read(out, "").value).toEqual(value);
  });

  test("unknown content is reported and kept; order and missing elements are reported by severity", () => {
    const { value, diagnostics } = read(
      `<e:root xmlns:e="${NS}" other="x"><e:item>i</e:item><e:neu a="1">t<e:x/></e:neu><e:flag>nein</e:flag></e:root>`,
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["missing-attribute", "error", "/ex:root"],
      ["missing-element", "error", "/ex:root/ex:id"],
      ["invalid-value", "error", "/ex:root/ex:flag"],
      // flag (binding position 2) is read before item (position 3) but stands after it in the document
      ["element-out-of-order", "info", "/ex:root/ex:item"],
      ["unexpected-element", "warning", "/ex:root/ex:neu"],
      ["unexpected-attribute", "warning", "/ex:root/@other"],
    ]);
    expect(value.unknownElements).toEqual([
      {
        namespace: NS,
        local: "neu",
        attributes: [{ namespace: "", local: "a", value: "1" }],
        children: ["t", { namespace: NS, local: "x", attributes: [], children: [] }],
      },
    ]);
    expect(write(value)).toContain('<ex:neu a="1">t<ex:x/></ex:neu></ex:root>');
    expect(write(value)).toContain('other="x"');
  });

  test("dates are checked by value, as the XSD stage does: 2024-02-31 is no date, T24:00:00 is a time", () => {
    expect(simpleValueProblem("2024-02-31", "date")).toBe("xs:date");
    expect(simpleValueProblem("2024-02-29", "date")).toBeUndefined();
    expect(simpleValueProblem("2024-01-01T24:00:00", "dateTime")).toBeUndefined();
    expect(simpleValueProblem("2024-99-99T99:99:99", "dateTime")).toBe("xs:dateTime");
  });

  test("checks models: required, lexical forms, code lists, choices; reconstructed missing is a warning", () => {
    const diagnostics = checkValue(
      {
        version: 1,
        item: [{ value: 3 }, { value: "ok" }],
        code: "C",
        when: "31.01.2024",
        shape: { xsiType: "Hexagon" },
        op: [{ add: "x", del: "y" }],
      },
      Root,
      "/ex:root",
      { prefix: "ex" },
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["invalid-value", "error", "/ex:root/@version"],
      ["missing-element", "error", "/ex:root/ex:id"],
      ["invalid-value", "error", "/ex:root/ex:item[1]"],
      ["unknown-code", "error", "/ex:root/code"],
      ["invalid-value", "error", "/ex:root/ex:shape/@xsi:type"],
      ["invalid-value", "error", "/ex:root/ex:when"],
      ["invalid-value", "error", "/ex:root"],
    ]);
    const notes = complexType("N", [
      { kind: "element", prop: "note", name: "note", occurs: "1", type: "string", reconstructed: "[guess]" },
    ]);
    expect(checkValue({}, notes, "/n", { prefix: "" }).map((d) => d.severity)).toEqual(["warning"]);
  });

  test("zod schemas: defaults for lists, strict objects, variants told apart by xsi:type", () => {
    const schema = zodSchemaOf(Root);
    const ok = schema.safeParse({ version: "1", id: "a", shape: { xsiType: "Circle", radius: 2 } });
    expect(ok.success && ok.data).toEqual({ version: "1", id: "a", item: [], op: [], shape: { xsiType: "Circle", radius: 2 } });
    const bad = schema.safeParse({ id: "a", typo: 1, shape: { xsiType: "Circle", side: "1" } });
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(zodIssuesToDiagnostics(bad.error, "/root").map((d) => d.path)).toEqual(["/root/version", "/root/shape", "/root/"]);
  });

  test("helpers: QName resolution and type reachability", () => {
    const doc = readXml(`<a xmlns:p="urn:p"><b xmlns="urn:d"/></a>`);
    const b = doc.data?.root.children[0];
    if (b?.kind !== "element") throw new Error("no element");
    expect(resolveQName("p:T", b)).toEqual({ namespace: "urn:p", local: "T" });
    expect(resolveQName("T", b)).toEqual({ namespace: "urn:d", local: "T" });
    expect(resolveQName("q:T", b)).toEqual({ namespace: undefined, local: "T" });
    expect(toRawElement(b)).toEqual({ namespace: "urn:d", local: "b", attributes: [], children: [] });
    expect(reachableTypes(Root).map((t) => t.name)).toEqual(["Root", "Item", "Circle", "Square"]);
  });
});
