import { describe, expect, test } from "vitest";
import { XoevError } from "../errors.ts";
import type { XmlElement } from "./node.ts";
import { readXml } from "./read.ts";
import { escapeAttribute, escapeText, XmlWriter } from "./write.ts";

const NS = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";
const OTHER = "urn:example:other";

function rootOf(xml: string): XmlElement {
  const r = readXml(xml);
  if (!r.success) throw new Error(r.diagnostics[0].message);
  return r.data.root;
}

/** Catches the XoevError a writer call throws and returns its one diagnostic. */
function rejection(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(XoevError);
    const d = (e as XoevError).diagnostics;
    expect(d).toHaveLength(1);
    return d[0];
  }
  throw new Error("expected the writer to reject the input");
}

describe("escaping", () => {
  test("text: &, <, > and CR; TAB and LF stay literal", () => {
    expect(escapeText("a & b < c > d")).toBe("a &amp; b &lt; c &gt; d");
    expect(escapeText("Zeile 1\r\nZeile 2\tTab")).toBe("Zeile 1&#13;\nZeile 2\tTab");
    expect(escapeText("Straße")).toBe("Straße");
  });

  test('attributes: &, <, >, " and TAB, LF, CR as character references', () => {
    expect(escapeAttribute(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e'f");
    expect(escapeAttribute("\t\n\r")).toBe("&#9;&#10;&#13;");
    expect(escapeAttribute("§ 1 StAG")).toBe("§ 1 StAG");
  });

  test("attribute values with TAB, LF and CR survive a parser's attribute-value normalisation", () => {
    const value = 'Zeile 1\r\nZeile 2\tEnde & "Zitat" <x>';
    const xml = new XmlWriter()
      .start(NS, "r", [["pattern", value]])
      .end()
      .toString();
    expect(xml).toContain('pattern="Zeile 1&#13;&#10;Zeile 2&#9;Ende &amp; &quot;Zitat&quot; &lt;x&gt;"');
    expect(rootOf(xml).attributes[0]?.value).toBe(value);
  });

  test("CR in text survives a parser's line-end normalisation", () => {
    const value = "a\r\nb\rc\nd";
    const xml = new XmlWriter({ pretty: false }).element(NS, "t", value).toString();
    expect(xml).toContain("<ns1:t xmlns:ns1");
    const el = rootOf(xml);
    expect(el.children).toEqual([{ kind: "text", value }]);
  });
});

describe("characters not allowed in XML 1.0", () => {
  test("U+0001 in text is rejected with invalid-xml-character", () => {
    const w = new XmlWriter().start(NS, "r");
    const d = rejection(() => w.text("a\u0001b"));
    expect(d).toMatchObject({ code: "invalid-xml-character", severity: "error", stage: "serialize", params: { codePoint: "U+0001" } });
  });

  test("U+0001 in an attribute value is rejected and names the attribute", () => {
    const d = rejection(() => new XmlWriter({ prefixes: { [NS]: "xdf3" } }).start(NS, "r", [["name", "x\u0001"]]));
    expect(d).toMatchObject({ code: "invalid-xml-character", params: { codePoint: "U+0001", context: "@name of xdf3:r" } });
  });

  test.each([
    ["a lone high surrogate", "\uD800", "U+D800"],
    ["a lone low surrogate", "x\uDC00y", "U+DC00"],
    ["a reversed pair", "\uDC00\uD800", "U+DC00"],
    ["U+FFFE", "\uFFFE", "U+FFFE"],
    ["U+FFFF", "\uFFFF", "U+FFFF"],
    ["NUL", "\u0000", "U+0000"],
    ["U+001F", "\u001F", "U+001F"],
  ])("%s is rejected in text and attributes", (_name, value, codePoint) => {
    expect(rejection(() => new XmlWriter().start(NS, "r").text(value))).toMatchObject({ params: { codePoint } });
    expect(rejection(() => new XmlWriter().start(NS, "r", [["a", value]]))).toMatchObject({ params: { codePoint } });
  });

  test("comments are checked too, and may not contain --", () => {
    expect(rejection(() => new XmlWriter().start(NS, "r").comment("\u0002"))).toMatchObject({ params: { codePoint: "U+0002" } });
    expect(() => new XmlWriter().start(NS, "r").comment("a -- b")).toThrow(TypeError);
    expect(() => new XmlWriter().start(NS, "r").comment("ends with -")).toThrow(TypeError);
  });

  test("allowed: TAB, LF, CR, supplementary characters as proper pairs, U+E000–U+FFFD", () => {
    const value = "\t\n\r😀 \uE000\uFFFD Ærø €";
    const xml = new XmlWriter({ pretty: false })
      .start(NS, "r", [["a", value]])
      .text(value)
      .end()
      .toString();
    const el = rootOf(xml);
    expect(el.attributes[0]?.value).toBe(value);
    expect(el.children).toEqual([{ kind: "text", value }]);
  });
});

describe("prefixes", () => {
  test("the configured prefix is declared once, on the first element that needs it", () => {
    const xml = new XmlWriter({ pretty: false, declaration: false, prefixes: { [NS]: "xdf3" } })
      .start(NS, "nachricht")
      .element(NS, "id", "F1")
      .end()
      .toString();
    expect(xml).toBe(`<xdf3:nachricht xmlns:xdf3="${NS}"><xdf3:id>F1</xdf3:id></xdf3:nachricht>\n`);
  });

  test('default namespace: unqualified children undeclare it with xmlns="" and qualified grandchildren redeclare it', () => {
    const w = new XmlWriter({ pretty: false, declaration: false, prefixes: { [NS]: "" } });
    w.start(NS, "feldart", [["listVersionID", "2.0"]]);
    w.start("", "code").start(NS, "inner").end().end();
    w.element("", "name", "Eingabe");
    w.element(NS, "after", "x");
    w.end();
    const xml = w.toString();
    expect(xml).toBe(
      `<feldart xmlns="${NS}" listVersionID="2.0"><code xmlns=""><inner xmlns="${NS}"/></code><name xmlns="">Eingabe</name><after>x</after></feldart>\n`,
    );
    const root = rootOf(xml);
    const [code, name, after] = root.children as XmlElement[];
    expect([
      root.namespace,
      code?.namespace,
      (code?.children[0] as XmlElement | undefined)?.namespace,
      name?.namespace,
      after?.namespace,
    ]).toEqual([NS, "", NS, "", NS]);
  });

  test('no xmlns="" for unqualified elements when there is no default namespace', () => {
    const xml = new XmlWriter({ pretty: false, declaration: false, prefixes: { [NS]: "xdf" } })
      .start(NS, "r")
      .element("", "code", "6")
      .end()
      .toString();
    expect(xml).toBe(`<xdf:r xmlns:xdf="${NS}"><code>6</code></xdf:r>\n`);
  });

  test("namespaces without a configured prefix get ns1, ns2, … consistently", () => {
    const w = new XmlWriter({ pretty: false, declaration: false, prefixes: { [NS]: "xdf3" } });
    w.start(NS, "r").element(OTHER, "a", "1").element("urn:example:third", "b", "2").element(OTHER, "c", "3").end();
    expect(w.toString()).toBe(
      `<xdf3:r xmlns:xdf3="${NS}"><ns1:a xmlns:ns1="${OTHER}">1</ns1:a><ns2:b xmlns:ns2="urn:example:third">2</ns2:b><ns1:c xmlns:ns1="${OTHER}">3</ns1:c></xdf3:r>\n`,
    );
  });

  test("a namespaced attribute never uses the default namespace", () => {
    const xml = new XmlWriter({ pretty: false, declaration: false, prefixes: { [NS]: "" } })
      .start(NS, "r", [[NS, "a", "v"]])
      .end()
      .toString();
    const root = rootOf(xml);
    expect(root.namespace).toBe(NS);
    expect(root.attributes).toMatchObject([{ namespace: NS, local: "a", value: "v" }]);
    expect(root.attributes[0]?.prefix).not.toBe("");
  });

  test("a reader tree is written with the writer's prefixes, whatever the document used", () => {
    const root = rootOf(`<a:r xmlns:a="${NS}" xmlns:b="${OTHER}"><b:x b:k="1">t</b:x><y xmlns="${NS}"/></a:r>`);
    const xml = new XmlWriter({ pretty: false, declaration: false, prefixes: { [NS]: "xdf3", [OTHER]: "o" } }).node(root).toString();
    expect(xml).toBe(`<xdf3:r xmlns:xdf3="${NS}"><o:x xmlns:o="${OTHER}" o:k="1">t</o:x><xdf3:y/></xdf3:r>\n`);
  });
});

describe("layout", () => {
  const build = (pretty: boolean) =>
    new XmlWriter({ pretty, prefixes: { [NS]: "xdf3" } })
      .start(NS, "r")
      .start(NS, "a")
      .element(NS, "b", "text")
      .start(NS, "empty")
      .end()
      .end()
      .end()
      .toString();

  test("compact: no white space added", () => {
    expect(build(false)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><xdf3:r xmlns:xdf3="${NS}"><xdf3:a><xdf3:b>text</xdf3:b><xdf3:empty/></xdf3:a></xdf3:r>\n`,
    );
  });

  test("pretty: one element per line, two spaces per level", () => {
    expect(build(true)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<xdf3:r xmlns:xdf3="${NS}">\n  <xdf3:a>\n    <xdf3:b>text</xdf3:b>\n    <xdf3:empty/>\n  </xdf3:a>\n</xdf3:r>\n`,
    );
  });

  test("pretty with a custom indent and no declaration", () => {
    const xml = new XmlWriter({ indent: "\t", declaration: false, prefixes: { [NS]: "x" } })
      .start(NS, "r")
      .element(NS, "a", "1")
      .end()
      .toString();
    expect(xml).toBe(`<x:r xmlns:x="${NS}">\n\t<x:a>1</x:a>\n</x:r>\n`);
  });

  test("pretty output leaves mixed content alone", () => {
    const root = rootOf(`<r xmlns="${NS}"><p>Text <b>fett</b> und <i>kursiv</i>.</p></r>`);
    const xml = new XmlWriter({ declaration: false, prefixes: { [NS]: "" } }).node(root).toString();
    expect(xml).toBe(`<r xmlns="${NS}">\n  <p>Text <b>fett</b> und <i>kursiv</i>.</p>\n</r>\n`);
  });

  test("text values are written exactly, also leading and trailing white space", () => {
    const xml = new XmlWriter({ prefixes: { [NS]: "x" } }).start(NS, "r").element(NS, "a", "  zwei  Leerzeichen \n").end().toString();
    expect(xml).toContain("<x:a>  zwei  Leerzeichen \n</x:a>");
  });

  test("misuse is a TypeError", () => {
    expect(() => new XmlWriter().end()).toThrow(TypeError);
    expect(() => new XmlWriter().text("x")).toThrow(TypeError);
    expect(() => new XmlWriter().start(NS, "r").toString()).toThrow(TypeError);
  });
});

test("xml:lang uses the predefined xml prefix and is never declared", () => {
  const w = new XmlWriter({ pretty: false, declaration: false });
  w.start("urn:a", "r", [["http://www.w3.org/XML/1998/namespace", "lang", "de"]]).end();
  expect(w.toString()).toBe('<ns1:r xmlns:ns1="urn:a" xml:lang="de"/>\n');
});
