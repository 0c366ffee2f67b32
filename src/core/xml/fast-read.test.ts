/**
 * The reader's fast path against its saxes path. The contract: whenever the fast path returns a document,
 * saxes accepts the input and builds a deep-equal tree (positions included); everything else goes to saxes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, pathsAgree, readBySaxes } from "../../../test/support/reader-paths.ts";
import { hasCopiedSubtrees, readWellFormed } from "./fast-read.ts";
import { readXml, type XmlDocument } from "./read.ts";

/** FIM_XOEV_FUZZ_FACTOR=20 runs the differential properties 20 times as long (for a deeper search now and then). */
const RUNS_FACTOR = Number(process.env.FIM_XOEV_FUZZ_FACTOR ?? 1) || 1;

/** Asserts the contract for one input; returns whether the fast path took it. */
const agree = (xml: string) => pathsAgree(xml);

function parentsOk(doc: XmlDocument): void {
  const walk = (el: XmlDocument["root"]) => {
    for (const c of el.children) {
      if (c.kind === "element") {
        expect(c.parent).toBe(el);
        walk(c);
      }
    }
  };
  expect(doc.root.parent).toBeUndefined();
  walk(doc.root);
}

const A = "urn:example:a";
const B = "urn:example:b";

/** Well-formed documents the fast path must take and read exactly as saxes does. */
const TAKEN: Record<string, string> = {
  "declaration, all pseudo-attributes": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<r/>`,
  "declaration, single quotes and spaces": `<?xml  version = '1.0'  encoding='iso-8859-15' ?><r/>`,
  "no declaration": "<r>x</r>",
  "prolog and epilog": `<?xml version="1.0"?>\n<!-- before -->\n<?pi some body ?>\n<r/>\n<!-- after --><?end?>\n`,
  "xml-stylesheet PI": `<?xml-stylesheet type="text/xsl" href="a.xsl"?><r/>`,
  "comments, PIs and CDATA inside": `<r><!-- c --><?p  b  ?><![CDATA[ <not> & markup ]]>t<!---->u</r>`,
  "references in text": "<r>a &amp; b &lt; c &gt; d &quot; e &apos; f &#65;&#x42;&#x1F600; &#xD;</r>",
  "references and white space in attributes": `<r a="x&#10;y" b="tab\there" c="line\nbreak" d="&lt;&amp;&#x20AC;" e='"q"'/>`,
  "CR LF line ends": `<?xml version="1.0"?>\r\n<r\r\n  a="1\r\n2">\r\n  <k>x\r\ny</k>\r\n  <![CDATA[a\r\nb]]><!-- c\r\nd -->\r\n</r>\r\n`,
  "namespaces: default, prefixed, undeclared, rebound": `<r xmlns="${A}" xmlns:b="${B}"><b:k b:at="1" at="2"><code xmlns="">x</code></b:k><b:x xmlns:b="${A}"><b:y/></b:x><b:z/></r>`,
  "xml: attributes": `<r xml:lang="de" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${A} a.xsd"/>`,
  "white space inside tags": `<r  a = "1"\n\tb='2' ><k\n/></r\n>`,
  "positions over several lines": `<r>\n  <a x="1"\n     y="2">\n    <b/>  <c\n z="3"/>\n  </a>\n</r>`,
  "names with dots, dashes, digits, underscores": `<_r-1.a xmlns:p_2.x="${A}"><p_2.x:n-3 p_2.x:_a.b-c="v"/></_r-1.a>`,
  "non-ASCII text and attribute values": `<r a="Größe ǅ €">Müller – „Zitat“ 中文</r>`,
  "text that looks like markup ends": "<r>a > b ]] > c ]></r>",
  "pretty-printing white space is shared but equal": "<r>\n  <a/>\n  <b/>\n    <c/>\n</r>",
  "empty root with BOM removed by the caller": "<r></r>",
  "repeated siblings, on one line and over lines": `<r xmlns:p="${A}"><p:a x="1"><b>t</b><c/></p:a><p:a x="1"><b>t</b><c/></p:a>\n  <p:a x="1"><b>t</b><c/></p:a><p:a x="1">\n<b>t</b></p:a><p:a x="1">\n<b>t</b></p:a><p:a x="2"/></r>`,
  "repeats at several depths": "<r><g><a/><a/></g><g><a/><a/></g><g><a/><a/></g>\n<g><a/><a/></g></r>",
  // the fast path reads UTF-8 bytes: columns are characters, not bytes (2- and 3-byte characters before a tag)
  "columns after non-ASCII characters on the same line": `<r a="äöü"><b c="€€"/>ü<c d="中"/>x<d/>\n ß<e f="1"/></r>`,
  "repeats after non-ASCII characters on the line": `<r>ä<a x="ö"><b/></a><a x="ö"><b/></a>€<a x="ö"><b/></a>\n<a x="ö"><b/></a></r>`,
  "C1 controls and U+FFFD are characters": '<r a="\u0085">\u0080\ufffd<b/></r>',
};

/** Inputs the fast path must leave to saxes (malformed, or outside what it checks). */
const LEFT: Record<string, string> = {
  doctype: `<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>`,
  "undeclared entity": "<r>&nbsp;</r>",
  "bare ampersand": "<r>a & b</r>",
  "mismatched end tag": "<r><a></b></r>",
  "unclosed element": "<r><a></r>",
  "unclosed root": "<r>",
  "two roots": "<r/><s/>",
  "text after root": "<r/>x",
  "text before root": "x<r/>",
  "duplicate attribute": `<r a="1" a="2"/>`,
  "duplicate expanded name": `<r xmlns:p="${A}" xmlns:q="${A}" p:a="1" q:a="2"/>`,
  "unbound prefix": "<p:r/>",
  "unbound attribute prefix": `<r p:a="1"/>`,
  "prefix undeclared": `<r xmlns:p=""/>`,
  "xmlns prefix bound": `<r xmlns:xmlns="${A}"/>`,
  "xml prefix rebound": `<r xmlns:xml="${A}"/>`,
  "'<' in attribute": `<r a="<"/>`,
  "unquoted attribute": "<r a=1/>",
  "no space between attributes": `<r a="1"b="2"/>`,
  "']]>' in text": "<r>a ]]> b</r>",
  "'--' in comment": "<r><!-- a -- b --></r>",
  "comment ending in '-'": "<r><!-- a ---></r>",
  "lone CR": "<r>a\rb</r>",
  "control character": "<r>\u0001</r>",
  "control character in an attribute": `<r a="\u0008"/>`,
  "control character in a comment": "<r><!-- \u001f --></r>",
  "control character in a PI": "<r><?p \u000b?></r>",
  "control character in CDATA": "<r><![CDATA[\u000c]]></r>",
  "U+FFFE in text": "<r>\ufffe</r>",
  "invalid character reference": "<r>&#0;</r>",
  "surrogate pair": "<r>\u{1F600}</r>",
  "non-ASCII name": "<größe/>",
  "PI named xml inside": "<r><?xml version='1.0'?></r>",
  "xml declaration version 1.1": `<?xml version="1.1"?><r/>`,
  "empty document": "",
  "only a comment": "<!-- c -->",
  "CDATA outside the root": "<![CDATA[x]]><r/>",
  "name starting with a digit": "<1r/>",
  "colon at the start of a local name": "<a:/>",
};

describe("fast path takes well-formed documents and reads them exactly as saxes", () => {
  it.each(Object.entries(TAKEN))("%s", (_, xml) => {
    expect(agree(xml)).toBe(true);
    parentsOk(readWellFormed(xml, LIMITS) as XmlDocument);
  });
});

describe("UTF-8 bytes are read in place, as their decoded text is read", () => {
  const encoder = new TextEncoder();
  it.each([...Object.entries(TAKEN), ...Object.entries(LEFT)])("%s", (_, xml) => {
    const text = readXml(xml);
    expect(readXml(encoder.encode(xml))).toEqual(text);
    // a UTF-8 BOM contradicts a declared ISO-8859-15 (encoding-mismatch), as it should
    if (!/encoding\s*=\s*["'](?!utf-8)/i.test(xml)) expect(readXml(encoder.encode(`\ufeff${xml}`))).toEqual(text);
  });
});

describe("fast path leaves everything else to saxes", () => {
  it.each(Object.entries(LEFT))("%s", (_, xml) => {
    expect(readWellFormed(xml, LIMITS)).toBeUndefined();
    // readXml then gives exactly what the saxes path gives.
    expect(readXml(xml)).toEqual(readBySaxes(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml));
  });

  it("leaves a document deeper than maxDepth, or a text longer than maxTextLength, to saxes (which reports it)", () => {
    const deep = `${"<a>".repeat(20)}${"</a>".repeat(20)}`;
    expect(readWellFormed(deep, { maxDepth: 10, maxText: 100 })).toBeUndefined();
    expect(readWellFormed(deep, { maxDepth: 20, maxText: 100 })).toBeDefined();
    expect(readXml(deep, { maxDepth: 10 }).diagnostics[0]?.code).toBe("depth-limit-exceeded");
    const long = `<r>${"x".repeat(101)}</r>`;
    expect(readWellFormed(long, { maxDepth: 10, maxText: 100 })).toBeUndefined();
    expect(readXml(long, { maxTextLength: 100 }).diagnostics[0]?.code).toBe("text-limit-exceeded");
  });
});

describe("hostile input", () => {
  it("names made to collide in the name table are left to saxes, in linear time", () => {
    // "Aa" and "BB" hash alike (h·31 + c), so every name of 12 such blocks has the same hash: 4 096 of them.
    const names: string[] = [];
    for (let i = 0; i < 4096; i++) {
      let name = "";
      for (let b = 0; b < 12; b++) name += (i >> b) & 1 ? "BB" : "Aa";
      names.push(name);
    }
    const xml = `<r>${names.map((n) => `<${n}/>`).join("")}</r>`;
    const started = performance.now();
    expect(readWellFormed(xml, LIMITS)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
    const read = readXml(xml);
    expect(read.success).toBe(true);
    expect(read.data?.root.children).toHaveLength(4096);
  });
});

describe("differential: random documents and random damage", () => {
  const name = fc.constantFrom("a", "b", "k", "x-1", "_y.z", "p:a", "q:b", "xml:lang", "xmlns", "xmlns:p", "xmlns:q");
  const text = fc.constantFrom(
    "t",
    " ",
    "\n  ",
    "\r\n",
    "&amp;",
    "&#x41;",
    "&lt;b&gt;",
    "ä€",
    "]]>",
    "&bad;",
    "<",
    "\t",
    "'",
    '"',
    "--",
    "\u0002",
  );
  const attr = fc.tuple(name, fc.array(text, { maxLength: 3 })).map(([n, v]) => ` ${n}="${v.join("").replace(/"/g, "&quot;")}"`);
  const attrs = fc.array(attr, { maxLength: 3 }).map((a) => a.join(""));
  const decls = fc.constantFrom("", ` xmlns:p="${A}"`, ` xmlns:q="${B}"`, ` xmlns="${A}"`, ` xmlns:p="${A}" xmlns:q="${A}"`);
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      text,
      fc.constantFrom("<!-- c -->", "<?pi body?>", "<![CDATA[ c ]]>"),
      fc
        .tuple(fc.constantFrom("a", "b", "p:a", "q:b", "k"), attrs, decls, fc.array(tie("node"), { maxLength: 4 }))
        .map(([n, a, d, kids]) => (kids.length === 0 ? `<${n}${d}${a}/>` : `<${n}${d}${a}>${kids.join("")}</${n}>`)),
    ),
  }));
  const doc = fc
    .tuple(fc.constantFrom("", `<?xml version="1.0"?>\n`, "<!-- p -->"), decls, attrs, fc.array(node, { maxLength: 5 }))
    .map(([head, d, a, kids]) => `${head}<r xmlns:p="${A}"${d === ` xmlns:p="${A}"` ? "" : d}${a}>${kids.join("")}</r>\n`);

  it("whatever the fast path accepts, saxes accepts and reads the same", () => {
    let taken = 0;
    fc.assert(
      fc.property(doc, (xml) => {
        if (agree(xml)) taken++;
      }),
      { numRuns: 1500 * RUNS_FACTOR },
    );
    expect(taken).toBeGreaterThan(100); // the generator does reach the fast path
  });

  it("repeated subtrees (cloned by the fast path), damaged or not: still the same trees", () => {
    const repeated = fc
      .tuple(
        node,
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom("", "\n", "\r\n  ", " "),
        fc.nat(),
        fc.constantFrom("", "x", "<", "\n", '"'),
      )
      .map(([n, times, sep, at, insert]) => {
        const body = Array.from({ length: times }, () => n).join(sep);
        const i = at % (body.length + 1);
        return `<r xmlns:p="${A}">${body.slice(0, i)}${insert}${body.slice(i)}${sep}${n}</r>`;
      });
    fc.assert(
      fc.property(repeated, (xml) => {
        agree(xml);
      }),
      { numRuns: 2000 * RUNS_FACTOR },
    );
  });

  it("damaged documents: still no tree saxes would not build", () => {
    const damage = fc.tuple(
      doc,
      fc.nat(),
      fc.nat(3),
      fc.constantFrom("", "<", ">", "/", '"', "'", "=", "&", ";", ":", " ", "-", "!", "?", "\r"),
    );
    fc.assert(
      fc.property(damage, ([xml, at, cut, insert]) => {
        const i = at % (xml.length + 1);
        agree(xml.slice(0, i) + insert + xml.slice(i + cut));
      }),
      { numRuns: 3000 * RUNS_FACTOR },
    );
  });
});

describe("hasCopiedSubtrees", () => {
  const root = (xml: string, shallow?: readonly { namespace: string; local: string }[]) => {
    const read = readXml(xml, shallow === undefined ? {} : { shallowRepeats: shallow });
    if (!read.success) throw new Error("fixture");
    return read.data.root;
  };
  it("is true only for a tree in which the fast path copied a repeated subtree", () => {
    expect(hasCopiedSubtrees(root("<r><a><b>x</b></a><a><b>x</b></a></r>"))).toBe(true);
    expect(hasCopiedSubtrees(root("<r><a><b>x</b></a><a><b>y</b></a></r>"))).toBe(false);
    // shallow repeats share their children array instead (the XSD engine has its own memo for them)
    expect(hasCopiedSubtrees(root("<r><a><b>x</b></a><a><b>x</b></a></r>", [{ namespace: "", local: "a" }]))).toBe(false);
    // the saxes path never copies (the fast path leaves non-ASCII names to it)
    expect(hasCopiedSubtrees(root("<größe><a><b>x</b></a><a><b>x</b></a></größe>"))).toBe(false);
  });
});
