/**
 * The `compute` effect: no real text is read as one (the reader never produces it), so the rules here are built
 * by hand and handed to the evaluator through `options.rules`, as an application with its own rule source would.
 */
import { describe, expect, it } from "vitest";
import {
  type CheckedRule,
  checkRule,
  EFFECT_KINDS,
  type Effect,
  type ElementRef,
  elementIds,
  elementState,
  evaluateForm,
  type FormNode,
  formatEffect,
  readRules,
  type ValueExpr,
} from "../../../src/xdatenfelder/regeln/index.ts";

const ref = (...path: string[]): ElementRef => ({ id: path[path.length - 1] as string, path });
const f = (...path: string[]): ValueExpr => ({ op: "field", field: ref(...path) });
const num = (value: number): ValueExpr => ({ op: "number", value });

const field = (id: string, rules: string[] = []): FormNode => ({
  kind: "feld",
  id,
  name: id,
  min: 0,
  max: 1,
  children: [],
  rules: rules.map((r) => ({ id: r, version: "1.0.0", name: r, source: "freitextRegel" as const, text: "(hand-made)" })),
});

/** A schema: F1, F2, F3 (the computed field) and a repeated group G1 of F4, F5 (computed per instance). */
const tree: FormNode = {
  kind: "schema",
  id: "S00000000001",
  name: "s",
  min: 1,
  max: 1,
  children: [
    field("F00000000001"),
    field("F00000000002"),
    field("F00000000003"),
    field("F00000000006"),
    {
      kind: "gruppe",
      id: "G00000000001",
      name: "g",
      min: 0,
      max: undefined,
      children: [field("F00000000004"), field("F00000000005")],
      rules: [{ id: "R00000000002", version: "1.0.0", name: "r2", source: "freitextRegel", text: "(hand-made)" }],
    },
  ],
  rules: [
    { id: "R00000000001", version: "1.0.0", name: "r1", source: "freitextRegel", text: "(hand-made)" },
    { id: "R00000000003", version: "1.0.0", name: "r3", source: "freitextRegel", text: "(hand-made)" },
  ],
};

function rule(id: string, owner: string, effects: Effect[]): CheckedRule {
  return checkRule(
    { id, version: "1.0.0", source: "freitextRegel", text: "(hand-made)", outcome: "read", effects, unread: [], mentioned: [] },
    elementIds(tree),
    owner,
  );
}
const compute = (target: ElementRef, x: ValueExpr, extra: Partial<Effect> = {}): Effect => ({
  kind: "compute",
  targets: [target],
  compute: x,
  ...extra,
});

const get = (s: ReturnType<typeof evaluateForm>, path: string) => {
  const e = elementState(s, path);
  if (e === undefined) throw new Error(`no state for ${path}`);
  return e;
};

describe("compute effects", () => {
  it("is an effect kind of the model that the reader does not produce", () => {
    expect(EFFECT_KINDS).toContain("compute");
    expect(readRules(tree).flatMap((r) => r.effects)).toEqual([]);
  });

  it("computes arithmetic over fields and literals (decimal comma, 15 significant digits)", () => {
    const sum: ValueExpr = { op: "mul", left: { op: "add", left: f("F00000000001"), right: f("F00000000002") }, right: num(2) };
    const rules = [rule("R00000000001", "S00000000001", [compute(ref("F00000000003"), sum)])];
    const s = evaluateForm(tree, { F00000000001: "1,5", F00000000002: 3 }, { rules });
    expect(get(s, "F00000000003")).toMatchObject({ computed: "9", filled: false, rules: ["R00000000001V1.0.0"] });
    const tenths = [rule("R00000000001", "S00000000001", [compute(ref("F00000000003"), { op: "add", left: num(0.1), right: num(0.2) })])];
    expect(get(evaluateForm(tree, {}, { rules: tenths }), "F00000000003").computed).toBe("0.3");
    const div = [
      rule("R00000000001", "S00000000001", [
        compute(ref("F00000000003"), { op: "div", left: f("F00000000001"), right: f("F00000000002") }),
      ]),
    ];
    expect(get(evaluateForm(tree, { F00000000001: "7", F00000000002: "2" }, { rules: div }), "F00000000003").computed).toBe("3.5");
  });

  it("leaves the field without a computed value when an input is missing, not a number, or the divisor is 0", () => {
    const div = [
      rule("R00000000001", "S00000000001", [
        compute(ref("F00000000003"), { op: "div", left: f("F00000000001"), right: f("F00000000002") }),
      ]),
    ];
    for (const data of [
      { F00000000001: "7" },
      { F00000000001: "sieben", F00000000002: "2" },
      { F00000000001: "7", F00000000002: "0" },
      { F00000000001: true, F00000000002: "1" },
    ]) {
      const e = get(evaluateForm(tree, data, { rules: div }), "F00000000003");
      expect(e.computed).toBeUndefined();
      expect(e.rules).toEqual([]);
    }
  });

  it("computes an age in full years and a difference in days from ISO dates", () => {
    const age: ValueExpr = { op: "years-between", from: f("F00000000001"), to: { op: "date", value: "2026-03-01" } };
    const days: ValueExpr = { op: "days-between", from: f("F00000000001"), to: f("F00000000002") };
    const rules = [rule("R00000000001", "S00000000001", [compute(ref("F00000000003"), age), compute(ref("F00000000006"), days)])];
    const s = evaluateForm(tree, { F00000000001: "2008-03-01", F00000000002: "2008-03-31" }, { rules });
    expect(get(s, "F00000000003").computed).toBe("18");
    expect(get(s, "F00000000006").computed).toBe("30");
    const dayBefore = evaluateForm(tree, { F00000000001: "2008-03-02" }, { rules });
    expect(get(dayBefore, "F00000000003").computed).toBe("17");
    // 2008-02-30 is no calendar date; a number is no date.
    expect(get(evaluateForm(tree, { F00000000001: "2008-02-30" }, { rules }), "F00000000003").computed).toBeUndefined();
    expect(get(evaluateForm(tree, { F00000000001: "2008" }, { rules }), "F00000000003").computed).toBeUndefined();
  });

  it("computes per instance of a repeated group", () => {
    const rules = [
      rule("R00000000002", "G00000000001", [compute(ref("F00000000005"), { op: "mul", left: f("F00000000004"), right: num(10) })]),
    ];
    const s = evaluateForm(tree, { G00000000001: [{ F00000000004: 1 }, { F00000000004: "x" }, { F00000000004: "2.5" }] }, { rules });
    expect(s.elements.filter((e) => e.id === "F00000000005").map((e) => [e.path, e.computed])).toEqual([
      ["G00000000001[0].F00000000005", "10"],
      ["G00000000001[1].F00000000005", undefined],
      ["G00000000001[2].F00000000005", "25"],
    ]);
  });

  it("a computed value takes part in the conditions of other rules, and a condition guards the computation", () => {
    const age: ValueExpr = { op: "years-between", from: f("F00000000001"), to: { op: "date", value: "2026-01-01" } };
    const rules = [
      rule("R00000000001", "S00000000001", [
        compute(ref("F00000000003"), age, { condition: { op: "filled", field: ref("F00000000001") } }),
      ]),
      rule("R00000000003", "S00000000001", [
        { kind: "require", targets: [ref("F00000000002")], condition: { op: "lt", field: ref("F00000000003"), value: { value: "18" } } },
      ]),
    ];
    expect(get(evaluateForm(tree, { F00000000001: "2010-06-01" }, { rules }), "F00000000002").required).toBe(true);
    expect(get(evaluateForm(tree, { F00000000001: "1990-06-01" }, { rules }), "F00000000002").required).toBe(false);
    // Data in the computed field wins over the computation.
    expect(get(evaluateForm(tree, { F00000000001: "1990-06-01", F00000000003: "12" }, { rules }), "F00000000002").required).toBe(true);
  });

  it("is checked against the schema and printed like the other effects", () => {
    const unknown = rule("R00000000001", "S00000000001", [compute(ref("F00000000003"), f("F99999999999"))]);
    expect(unknown.effects).toEqual([]);
    expect(unknown.unread.map((u) => u.reason)).toEqual(["names an element that is not in the schema"]);
    expect(formatEffect(compute(ref("F00000000003"), { op: "sub", left: f("G00000000001", "F00000000004"), right: num(1) }))).toBe(
      "compute F00000000003 := sub(G00000000001.F00000000004,1)",
    );
  });
});
