import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { decodeXml } from "./decode.ts";
import type { XmlAttribute, XmlElement } from "./node.ts";
import { type ReadOptions, readXml, type XmlDocument } from "./read.ts";

const A = "urn:example:a";
const B = "urn:example:b";

function doc(xml: string | Uint8Array, options?: ReadOptions): XmlDocument {
  const r = readXml(xml, options);
  if (!r.success) throw new Error(`${r.diagnostics[0].code}: ${r.diagnostics[0].message}`);
  return r.data;
}

function fatal(xml: string | Uint8Array, options?: ReadOptions): Diagnostic {
  const r = readXml(xml, options);
  expect(r.success).toBe(false);
  expect(r.diagnostics).toHaveLength(1);
  const d = r.diagnostics[0];
  expect(d).toMatchObject({ severity: "fatal", stage: "xml" });
  return d;
}

function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === "element");
}

/** Every element in document order. */
function all(el: XmlElement): XmlElement[] {
  return [el, ...elements(el).flatMap(all)];
}

const pos = (n: { line: number; column: number }) => [n.line, n.column];
const attr = (el: XmlElement | undefined, local: string): XmlAttribute | undefined => el?.attributes.find((a) => a.local === local);

describe("namespaces", () => {
  test("elements are identified by namespace URI and local name, whatever the prefix", () => {
    const variants = [
      `<x:r xmlns:x="${A}"><x:k>1</x:k></x:r>`,
      `<xdf3:r xmlns:xdf3="${A}"><xdf3:k>1</xdf3:k></xdf3:r>`,
      `<r xmlns="${A}"><k>1</k></r>`,
      `<r xmlns="${A}"><y:k xmlns:y="${A}">1</y:k></r>`,
    ];
    const names = variants.map((xml) => all(doc(xml).root).map((e) => `{${e.namespace}}${e.local}`));
    for (const n of names) expect(n).toEqual([`{${A}}r`, `{${A}}k`]);
    expect(all(doc(variants[0] as string).root).map((e) => e.prefix)).toEqual(["x", "x"]);
    expect(all(doc(variants[2] as string).root).map((e) => e.prefix)).toEqual(["", ""]);
  });

  test('default namespace: unprefixed attributes have no namespace; xmlns="" undeclares it', () => {
    const root = doc(`<r xmlns="${A}" a="1"><code xmlns=""><inner/></code><after/></r>`).root;
    expect(root.namespace).toBe(A);
    expect(root.attributes).toMatchObject([{ namespace: "", local: "a", prefix: "", value: "1" }]);
    expect(all(root).map((e) => [e.local, e.namespace])).toEqual([
      ["r", A],
      ["code", ""],
      ["inner", ""],
      ["after", A],
    ]);
    expect(root.namespaceDeclarations).toEqual({ "": A });
    expect(elements(root)[0]?.namespaceDeclarations).toEqual({ "": "" });
  });

  test("rebound prefixes: the innermost declaration wins, and only in its subtree", () => {
    const root = doc(`<p:r xmlns:p="${A}"><p:x xmlns:p="${B}"><p:y/></p:x><p:z/><q:w xmlns:q="${A}"/></p:r>`).root;
    expect(all(root).map((e) => [e.prefix, e.local, e.namespace])).toEqual([
      ["p", "r", A],
      ["p", "x", B],
      ["p", "y", B],
      ["p", "z", A],
      ["q", "w", A],
    ]);
  });

  test("prefixed attributes carry their namespace; xmlns declarations are not attributes", () => {
    const root = doc(`<r xmlns:b="${B}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" b:k="1" xsi:nil="true" k="2"/>`).root;
    expect(root.attributes.map((a) => [a.namespace, a.local, a.value])).toEqual([
      [B, "k", "1"],
      ["http://www.w3.org/2001/XMLSchema-instance", "nil", "true"],
      ["", "k", "2"],
    ]);
    expect(root.namespaceDeclarations).toEqual({ b: B, xsi: "http://www.w3.org/2001/XMLSchema-instance" });
  });

  test("an unbound prefix is not well-formed", () => {
    expect(fatal("<p:r/>")).toMatchObject({ code: "not-well-formed", location: { line: 1 } });
  });
});

describe("positions", () => {
  test("line and column (1-based) of elements and attributes", () => {
    const root = doc(`<?xml version="1.0"?>\n<r>\n  <a k="1"  m='2'/>\n\t<b>text</b><c/>\n</r>`).root;
    const [a, b, c] = elements(root);
    expect(pos(root)).toEqual([2, 1]);
    expect(a && pos(a)).toEqual([3, 3]);
    expect(pos(attr(a, "k") as XmlAttribute)).toEqual([3, 6]);
    expect(pos(attr(a, "m") as XmlAttribute)).toEqual([3, 13]);
    expect(b && pos(b)).toEqual([4, 2]);
    expect(c && pos(c)).toEqual([4, 13]);
  });

  test("multi-line start tags: the element at its <, each attribute on its own line", () => {
    const root = doc(`<r>\n  <datenfeld\n      id="F1"\n\tversion = "1.0.0"\n      name=\n"x"\n  >t</datenfeld>\n</r>`).root;
    const el = elements(root)[0] as XmlElement;
    expect(pos(el)).toEqual([2, 3]);
    expect(pos(attr(el, "id") as XmlAttribute)).toEqual([3, 7]);
    expect(pos(attr(el, "version") as XmlAttribute)).toEqual([4, 2]);
    expect(pos(attr(el, "name") as XmlAttribute)).toEqual([5, 7]);
  });

  test("an attribute name that also occurs in the tag's values is found where it is declared", () => {
    const el = doc(`<r><a name="k" k="v" key="k=1"/></r>`).root.children[0] as XmlElement;
    expect(pos(attr(el, "name") as XmlAttribute)).toEqual([1, 7]);
    expect(pos(attr(el, "k") as XmlAttribute)).toEqual([1, 16]);
    expect(pos(attr(el, "key") as XmlAttribute)).toEqual([1, 22]);
  });

  test("an attribute is not located inside a later attribute's value", () => {
    const el = doc(`<a c="1" b=" c=2"/>`).root;
    expect(pos(attr(el, "c") as XmlAttribute)).toEqual([1, 4]);
  });

  test("columns count UTF-16 code units (non-ASCII and astral characters before a tag)", () => {
    const root = doc(`<r>ä<a/>😀<b/>\n😀😀<c k="v"/></r>`).root;
    const [a, b, c] = elements(root);
    expect(a && pos(a)).toEqual([1, 5]);
    expect(b && pos(b)).toEqual([1, 11]);
    expect(c && pos(c)).toEqual([2, 5]);
    expect(pos(attr(c, "k") as XmlAttribute)).toEqual([2, 8]);
  });

  test("CRLF line ends count as one line end", () => {
    const root = doc(`<r>\r\n<a/>\r\n  <b k="1"/></r>`).root;
    const [a, b] = elements(root);
    expect(a && pos(a)).toEqual([2, 1]);
    expect(b && pos(b)).toEqual([3, 3]);
    expect(pos(attr(b, "k") as XmlAttribute)).toEqual([3, 6]);
  });

  test("a long single line (as FIM Portal exports write) keeps exact columns", () => {
    const filler = "<x>y</x>".repeat(50_000);
    const root = doc(`<r>${filler}<z k="1"/></r>`).root;
    const z = elements(root).at(-1) as XmlElement;
    expect(pos(z)).toEqual([1, 4 + filler.length]);
    expect(pos(attr(z, "k") as XmlAttribute)).toEqual([1, 7 + filler.length]);
  });

  test("not-well-formed documents are located", () => {
    expect(fatal(`<r>\n  <a>\n</r>`)).toMatchObject({ code: "not-well-formed", location: { line: 3 } });
    expect(fatal(`<r>\n <a b="1" b="2"/></r>`)).toMatchObject({ code: "not-well-formed", location: { line: 2 } });
    expect(fatal(`<r/>\n<s/>`)).toMatchObject({ code: "not-well-formed", location: { line: 2 } });
    expect(fatal("")).toMatchObject({ code: "not-well-formed" });
    expect(fatal("  \n ")).toMatchObject({ code: "not-well-formed" });
  });

  test("the file name goes into diagnostics", () => {
    expect(readXml("<r>", { file: "antrag.xml" }).diagnostics[0]?.file).toBe("antrag.xml");
  });
});

describe("encodings", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  test("a UTF-8 BOM is skipped in strings and bytes; positions start after it", () => {
    for (const input of ["\uFEFF<r a='1'/>", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<r a='1'/>")])]) {
      const root = doc(input).root;
      expect(root.local).toBe("r");
      expect(pos(root)).toEqual([1, 1]);
      expect(pos(root.attributes[0] as XmlAttribute)).toEqual([1, 4]);
    }
  });

  test("ISO-8859-1 bytes with an encoding declaration", () => {
    const bytes = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?>\n<r a="'),
      0xe4,
      ...utf8('">Stra'),
      0xdf,
      0x65,
      ...utf8("</r>"),
    ]);
    const d = doc(bytes);
    expect(d.declaration).toEqual({ version: "1.0", encoding: "ISO-8859-1", standalone: undefined });
    expect(d.root.attributes[0]?.value).toBe("ä");
    expect(d.root.children).toEqual([{ kind: "text", value: "Straße" }]);
    expect(decodeXml(bytes)).toContain("Straße");
  });

  test("the same bytes without the declaration are an error with line and column, never U+FFFD or Latin-1", () => {
    const bytes = new Uint8Array([...utf8("<r>\n Stra"), 0xdf, 0x65, ...utf8("</r>")]);
    const r = readXml(bytes, { file: "alt.xml" });
    expect(r.success).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "invalid-byte-sequence",
        severity: "fatal",
        stage: "xml",
        params: { encoding: "UTF-8", offset: 9, bytes: "DF", source: "xml" },
        location: { line: 2, column: 6 },
        file: "alt.xml",
      }),
    ]);
    expect(r.diagnostics[0]?.message).toContain('encoding="ISO-8859-1"');
    expect(JSON.stringify(r)).not.toMatch(/Straße|\uFFFD|�/);
  });

  test("UTF-8 encoded surrogates and code points beyond U+10FFFF are rejected (W3C not-wf-sa-168..170)", () => {
    for (const seq of [
      [0xed, 0xa0, 0x80],
      [0xed, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      expect(fatal(new Uint8Array([...utf8("<r>"), ...seq, ...utf8("</r>")]))).toMatchObject({
        code: "invalid-byte-sequence",
        location: { line: 1, column: 4 },
      });
    }
  });

  test("a string with a lone surrogate is not XML (Char production), wherever it stands and whichever path reads it", () => {
    for (const xml of [
      "<r>\uD800</r>",
      "<r>\uD800x</r>",
      "<r>x\uDC00</r>",
      "<r a='\uDC00'/>",
      "<r><!--\uD800--></r>",
      "<r><?p \uD800?></r>",
      "<r><![CDATA[\uD800]]></r>",
      "<r>\uDC00\uD800</r>",
    ]) {
      expect(fatal(xml), JSON.stringify(xml)).toMatchObject({
        code: "not-well-formed",
        params: { reason: expect.stringContaining("lone surrogate") },
      });
    }
    expect(doc("<r>\uD83D\uDE00</r>").root.children).toEqual([{ kind: "text", value: "😀" }]);
  });

  test("a declaration that contradicts the bytes, and an unsupported encoding, are fatal and name both", () => {
    expect(fatal(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><r/>')]))).toMatchObject({
      code: "encoding-mismatch",
      params: { declared: "ISO-8859-1", detected: "UTF-8 (BOM)" },
    });
    expect(fatal(utf8('<?xml version="1.0" encoding="UTF-16"?><r/>'))).toMatchObject({
      code: "encoding-mismatch",
      params: { declared: "UTF-16" },
    });
    expect(fatal(utf8('<?xml version="1.0" encoding="EUC-JP"?><r/>'))).toMatchObject({
      code: "unsupported-encoding",
      params: { encoding: "EUC-JP" },
    });
  });

  test("windows-1252 bytes 0x80–0x9F are the characters they stand for (also under an ISO-8859-1 declaration)", () => {
    for (const enc of ["windows-1252", "ISO-8859-1"]) {
      const bytes = new Uint8Array([...utf8(`<?xml version="1.0" encoding="${enc}"?><r>`), 0x84, 0x80, 0x93, ...utf8("</r>")]);
      expect(doc(bytes).root.children).toEqual([{ kind: "text", value: "„€“" }]);
    }
  });

  test("UTF-16 LE and BE with BOM", () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?><r>Grüße €</r>`;
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    for (const bytes of [le, be]) expect(doc(bytes).root.children).toEqual([{ kind: "text", value: "Grüße €" }]);
  });
});

describe("content", () => {
  test("declaration, prolog comments and PIs, CDATA, comments and PIs inside, no text outside the root", () => {
    const d = doc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- vorher -->\n<?app x?>\n<r><![CDATA[<roh> & ]]>t<!-- c --><?p d?></r>\n<!-- nachher -->\n`,
    );
    expect(d.declaration).toEqual({ version: "1.0", encoding: "UTF-8", standalone: "yes" });
    expect(d.prolog.slice(0, 2)).toEqual([
      { kind: "comment", value: " vorher " },
      { kind: "pi", target: "app", value: "x" },
    ]);
    expect(d.root.children).toEqual([
      { kind: "text", value: "<roh> & ", cdata: true },
      { kind: "text", value: "t" },
      { kind: "comment", value: " c " },
      { kind: "pi", target: "p", value: "d" },
    ]);
  });

  test("comments after the root element are in the epilog, not in the prolog", () => {
    const d = doc("<!-- vorher --><r/><!-- nachher -->");
    expect(d.prolog).toEqual([{ kind: "comment", value: " vorher " }]);
    expect(d.epilog).toEqual([{ kind: "comment", value: " nachher " }]);
  });

  test("predefined and character references are resolved; attribute values are normalised", () => {
    const root = doc(`<r a="x&#9;y&#10;z&#13;" b="l1\nl2\tt">&lt;&amp;&gt;&quot;&apos;&#x20AC;&#8364;</r>`).root;
    expect(root.attributes.map((a) => a.value)).toEqual(["x\ty\nz\r", "l1 l2 t"]);
    expect(root.children).toEqual([{ kind: "text", value: `<&>"'€€` }]);
  });

  test("parent links", () => {
    const root = doc("<r><a><b/></a></r>").root;
    const b = all(root)[2] as XmlElement;
    expect(b.parent?.local).toBe("a");
    expect(b.parent?.parent).toBe(root);
    expect(root.parent).toBeUndefined();
  });
});

describe("security and limits", () => {
  test("DOCTYPE is rejected, also without entities", () => {
    expect(fatal("<!DOCTYPE r>\n<r/>")).toMatchObject({ code: "doctype-not-allowed", path: "/" });
    expect(fatal(`<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "x">]>\n<r>&e;</r>`)).toMatchObject({
      code: "doctype-not-allowed",
      location: { line: 2 },
    });
  });

  test("undeclared entities are not well-formed (nothing is looked up)", () => {
    expect(fatal("<r>&passwd;</r>")).toMatchObject({ code: "not-well-formed" });
  });

  test("maxDepth: the limit is the deepest allowed level", () => {
    const nest = (n: number) => `${"<a>".repeat(n)}${"</a>".repeat(n)}`;
    expect(readXml(nest(10), { maxDepth: 10 }).success).toBe(true);
    expect(fatal(nest(11), { maxDepth: 10 })).toMatchObject({
      code: "depth-limit-exceeded",
      params: { limit: 10 },
      path: `/${Array(10).fill("a").join("/")}`,
    });
    expect(readXml(nest(1000)).success).toBe(true);
    expect(fatal(nest(1001))).toMatchObject({ code: "depth-limit-exceeded", params: { limit: 1000 } });
  });

  test("maxTextLength bounds text, CDATA and attribute values, not the document", () => {
    const o = { maxTextLength: 10 };
    expect(readXml(`<r a="${"x".repeat(10)}">${"y".repeat(10)}<b>${"z".repeat(10)}</b></r>`, o).success).toBe(true);
    expect(fatal(`<r>${"y".repeat(11)}</r>`, o)).toMatchObject({ code: "text-limit-exceeded", params: { limit: 10 }, path: "/r" });
    expect(fatal(`<r><![CDATA[${"y".repeat(11)}]]></r>`, o)).toMatchObject({ code: "text-limit-exceeded" });
    // Attribute values are bounded while saxes accumulates them (checked per 1 MiB chunk).
    expect(fatal(`<r a="${"x".repeat(2_000_000)}"/>`, o)).toMatchObject({ code: "text-limit-exceeded" });
  });

  test("maxInputLength bounds strings and bytes before parsing", () => {
    const xml = `<r>${"x".repeat(100)}</r>`;
    expect(readXml(xml, { maxInputLength: xml.length }).success).toBe(true);
    expect(fatal(xml, { maxInputLength: xml.length - 1 })).toMatchObject({
      code: "input-limit-exceeded",
      params: { limit: xml.length - 1 },
    });
    expect(fatal(new TextEncoder().encode(xml), { maxInputLength: 50 })).toMatchObject({
      code: "input-limit-exceeded",
      params: { limit: 50 },
    });
  });
});
