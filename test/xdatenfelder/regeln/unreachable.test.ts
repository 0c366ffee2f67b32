/**
 * `rule-element-unreachable`: the rule model's answer to FIM-QS 1001 (kept apart from the QS check, which must stay
 * the reference checker's regex reading; docs/qs.md). Hand-made trees; the corpus has one real case (a dotted
 * path through a sibling group, R05000012459 in S05000001299), which the corpus test of the QS check does not see.
 */
import { describe, expect, it } from "vitest";
import { type FormNode, readRules } from "../../../src/xdatenfelder/regeln/index.ts";

const field = (id: string): FormNode => ({ kind: "feld", id, name: id, min: 0, max: 1, children: [], rules: [] });
const rule = (id: string, text: string) => ({ id, version: "1.0.0", name: id, source: "freitextRegel" as const, text });
const group = (id: string, children: FormNode[], rules: ReturnType<typeof rule>[] = []): FormNode => ({
  kind: "gruppe",
  id,
  name: id,
  min: 0,
  max: 1,
  children,
  rules,
});

/** S: G1 (F1, G3 (F3)), G2 (F2, G3 (F3)); rules on G1 and on the schema. */
function tree(onG1: ReturnType<typeof rule>[], onSchema: ReturnType<typeof rule>[] = []): FormNode {
  const g3 = () => group("G00000000003", [field("F00000000003")]);
  return {
    kind: "schema",
    id: "S00000000001",
    name: "s",
    min: 1,
    max: 1,
    children: [group("G00000000001", [field("F00000000001"), g3()], onG1), group("G00000000002", [field("F00000000002"), g3()])],
    rules: onSchema,
  };
}
const found = (t: FormNode) =>
  readRules(t)
    .flatMap((r) => r.diagnostics)
    .filter((d) => d.code === "rule-element-unreachable")
    .map((d) => d.params);

describe("rule-element-unreachable", () => {
  it("reports an id of the schema outside the rule's owner (also an id 1001's 11-digit pattern does not read)", () => {
    expect(found(tree([rule("R00000000001", "WENN F00000000002 = 1, DANN blende F00000000001 aus.")]))).toEqual([
      { rule: "R00000000001V1.0.0", element: "F00000000002", owner: "G00000000001" },
    ]);
    const short: FormNode = {
      ...tree([rule("R00000000001", "WENN F00000002 = 1, DANN blende F00000000001 aus.")]),
    };
    const withShort: FormNode = { ...short, children: [...short.children, field("F00000002")] };
    expect(found(withShort)).toEqual([{ rule: "R00000000001V1.0.0", element: "F00000002", owner: "G00000000001" }]);
  });

  it("reports a dotted path whose groups do not hold the element, though every id is inside the owner", () => {
    // G00000000001 does not hold G00000000002: the path goes through a sibling, as in R05000012459 of the corpus.
    const wrong = tree([], [rule("R00000000002", "WENN G00000000001.G00000000002.F00000000002 = 1, DANN blende F00000000001 aus.")]);
    expect(found(wrong)).toEqual([
      { rule: "R00000000002V1.0.0", element: "G00000000001.G00000000002.F00000000002", owner: "S00000000001" },
    ]);
    const right = tree(
      [],
      [rule("R00000000002", "WENN G00000000002.G00000000003.F00000000003 = 1, DANN blende G00000000001.F00000000001 aus.")],
    );
    expect(found(right)).toEqual([]);
  });

  it("is silent for references inside the owner and for ids not in the schema (rule-target-unknown says those)", () => {
    expect(found(tree([rule("R00000000001", "WENN G00000000003.F00000000003 = 1, DANN blende F00000000001 aus.")]))).toEqual([]);
    const unknown = readRules(tree([rule("R00000000001", "WENN F00000000009 = 1, DANN blende F00000000001 aus.")])).flatMap(
      (r) => r.diagnostics,
    );
    expect(unknown.map((d) => d.code)).toContain("rule-target-unknown");
    expect(unknown.map((d) => d.code)).not.toContain("rule-element-unreachable");
  });

  it("checks a rule at every owner it is attached to", () => {
    const shared = rule("R00000000003", "WENN F00000000003 = 1, DANN blende F00000000001 aus.");
    const t = tree([shared]);
    const g2 = t.children[1] as FormNode;
    const both: FormNode = { ...t, children: [t.children[0] as FormNode, { ...g2, rules: [shared] }] };
    expect(found(both)).toEqual([{ rule: "R00000000003V1.0.0", element: "F00000000001", owner: "G00000000002" }]);
  });
});
