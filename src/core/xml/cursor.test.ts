import { describe, expect, it } from "vitest";
import { ParseContext, sourceElement } from "./cursor.ts";
import { readXml } from "./read.ts";

const root = () => {
  const read = readXml("<r><a/><b/></r>");
  if (!read.success) throw new Error("fixture");
  return read.data.root;
};

describe("ParseContext.track / sourceElement", () => {
  it("keeps the source element out of sight: keys, spreads, JSON and deep equality see the plain object", () => {
    const r = root();
    const model = new ParseContext({}).track({ name: "x", list: [1] }, r);
    expect(sourceElement(model)).toBe(r);
    expect(Object.keys(model)).toEqual(["name", "list"]);
    expect(JSON.stringify(model)).toBe('{"name":"x","list":[1]}');
    expect(model).toEqual({ name: "x", list: [1] });
    expect(model).toStrictEqual({ name: "x", list: [1] });
    // a copy is a new object, read from nowhere
    expect(sourceElement({ ...model })).toBeUndefined();
    expect(sourceElement(structuredClone(model))).toBeUndefined();
  });

  it("tracks again (the newest element wins), and tracks frozen and non-extensible objects too", () => {
    const ctx = new ParseContext({});
    const ea = root().children[0];
    const eb = root().children[1];
    if (ea?.kind !== "element" || eb?.kind !== "element") throw new Error("fixture");
    const model = ctx.track({}, ea);
    expect(ctx.track(model, eb)).toBe(model);
    expect(sourceElement(model)).toBe(eb);
    const frozen = ctx.track(Object.freeze({ v: 1 }), ea);
    expect(sourceElement(frozen)).toBe(ea);
    const sealed = ctx.track(Object.preventExtensions({ v: 2 }), eb);
    expect(sourceElement(sealed)).toBe(eb);
    // tracked, then frozen, then tracked again
    const later = Object.freeze(ctx.track({ v: 3 }, ea));
    ctx.track(later, eb);
    expect(sourceElement(later)).toBe(eb);
    expect(sourceElement({})).toBeUndefined();
  });
});
