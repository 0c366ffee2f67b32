import { describe, expect, it } from "vitest";
import type { XmlElement } from "./node.ts";
import { elementPath, elementPathOnce } from "./path.ts";
import { readXml } from "./read.ts";

describe("elementPath / elementPathOnce", () => {
  it("give the same canonical path, indexed or scanned, below few and many siblings", () => {
    const many = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? "<b/>" : `<a n="${i}"/>`)).join("");
    const read = readXml(`<r xmlns="urn:x" xmlns:p="urn:p"><one><x/></one><list>${many}<p:a/></list></r>`);
    if (!read.success) throw new Error("fixture");
    const prefixes = { "urn:x": "x", "urn:p": "q" };
    const all: XmlElement[] = [];
    const walk = (el: XmlElement) => {
      all.push(el);
      for (const c of el.children) if (c.kind === "element") walk(c);
    };
    walk(read.data.root);
    for (const el of all) expect(elementPathOnce(el, prefixes)).toBe(elementPath(el, prefixes));
    const list = read.data.root.children[1] as XmlElement;
    expect(elementPath(list.children[2] as XmlElement, prefixes)).toBe("/x:r/x:list/x:a[2]");
    expect(elementPathOnce(list.children[3] as XmlElement, prefixes)).toBe("/x:r/x:list/x:b[2]");
    expect(elementPathOnce(list.children[40] as XmlElement, prefixes)).toBe("/x:r/x:list/q:a");
    expect(elementPathOnce((read.data.root.children[0] as XmlElement).children[0] as XmlElement, prefixes)).toBe("/x:r/x:one/x:x");
  });
});
