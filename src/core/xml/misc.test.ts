import { describe, expect, test } from "vitest";
import { ParseContext } from "./cursor.ts";
import { documentOf, miscNodesOf, treeHasMisc } from "./misc.ts";
import type { XmlElement } from "./node.ts";
import { readXml } from "./read.ts";
import { XmlWriter } from "./write.ts";

function read(xml: string): XmlElement {
  const r = readXml(xml);
  if (!r.success) throw new Error(r.diagnostics[0].message);
  return r.data.root;
}

/** A "model" for `<r><a>…</a><b>…</b></r>`: one object tracked to the root, as a parser would. */
function model(root: XmlElement): object {
  return new ParseContext({}).track({}, root);
}

/** Writes `<r>` with an `a` text child and a `b` text child, from the model (the way a serializer does). */
function write(m: object | undefined, a: string, b: string, pretty = false): string {
  const w = new XmlWriter({ pretty, declaration: false });
  w.start("", "r", [], false, m).element("", "a", a).element("", "b", b).end();
  return w.toString();
}

describe("comments and PIs written back from a model's source element", () => {
  const xml = "<!--p--><r><!--1--><a>x<!--2-->y</a><?pi 3?><b><!--4--></b><!--5--></r><!--e-->";
  const root = read(xml);

  test("the document knows its misc nodes, in document order", () => {
    expect(treeHasMisc(root)).toBe(true);
    expect(documentOf(root)?.prolog).toEqual([{ kind: "comment", value: "p" }]);
    expect(miscNodesOf(root).map(({ node, parent }) => [node.kind, node.value, parent?.local])).toEqual([
      ["comment", "p", undefined],
      ["comment", "1", "r"],
      ["comment", "2", "a"],
      ["pi", "3", "r"],
      ["comment", "4", "b"],
      ["comment", "5", "r"],
      ["comment", "e", undefined],
    ]);
  });

  test("compact: byte for byte", () => {
    expect(write(model(root), "xy", "")).toBe(`${xml}\n`);
  });

  test("pretty: comments between elements on their own lines, inside text where they were", () => {
    expect(write(model(root), "xy", "", true)).toBe(
      "<!--p-->\n<r>\n  <!--1-->\n  <a>x<!--2-->y</a>\n  <?pi 3?>\n  <b><!--4--></b>\n  <!--5-->\n</r>\n<!--e-->\n",
    );
  });

  test("a text the model changed: its comments follow it", () => {
    expect(write(model(root), "xz", "")).toBe("<!--p--><r><!--1--><a>xz<!--2--></a><?pi 3?><b><!--4--></b><!--5--></r><!--e-->\n");
  });

  test("no model, or an object that was not parsed: nothing but the content", () => {
    expect(write(undefined, "xy", "")).toBe("<r><a>xy</a><b/></r>\n");
    expect(write({}, "xy", "")).toBe("<r><a>xy</a><b/></r>\n");
  });

  test("a model whose source element has another name is not used", () => {
    const w = new XmlWriter({ declaration: false, pretty: false });
    w.start("", "other", [], false, model(root)).end();
    expect(w.toString()).toBe("<other/>\n");
  });

  test("a document without any comment or PI: the model changes nothing", () => {
    const plain = read("<r><a>xy</a><b/></r>");
    expect(treeHasMisc(plain)).toBe(false);
    expect(documentOf(plain)).toBeUndefined();
    expect(write(model(plain), "xy", "", true)).toBe(write(undefined, "xy", "", true));
  });

  test("a reader tree written with node() carries its own comments, none twice", () => {
    const w = new XmlWriter({ declaration: false, pretty: false });
    w.start("", "r", [], false, model(root));
    for (const c of root.children) if (c.kind === "element") w.node(c);
    w.end();
    expect(w.toString()).toBe("<!--p--><r><!--1--><a>x<!--2-->y</a><?pi 3?><b><!--4--></b><!--5--></r><!--e-->\n");
  });

  test("children written in another order than the source's: every comment is written, before its element", () => {
    const w = new XmlWriter({ declaration: false, pretty: false });
    w.start("", "r", [], false, model(root)).element("", "b", "").element("", "a", "xy").end();
    expect(w.toString()).toBe("<!--p--><r><?pi 3?><b><!--4--></b><!--1--><a>x<!--2-->y</a><!--5--></r><!--e-->\n");
  });
});
