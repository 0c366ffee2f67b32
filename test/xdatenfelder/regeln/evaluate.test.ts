/**
 * The evaluator on real corpus schemas (every effect kind the reader produces, nested groups, a repeated group
 * whose rules apply per instance, Land scopes from the option) and on hand-made rules (runs without the corpus).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  elementState,
  evaluateForm,
  type FormData,
  type FormNode,
  type FormState,
  formTreeV3,
  safeEvaluateForm,
} from "../../../src/xdatenfelder/regeln/index.ts";
import { safeParse } from "../../../src/xdatenfelder/v3/parse.ts";
import { CORPUS, describeShared, hasShared } from "../../support/shared.ts";

function schema(name: string): FormNode {
  const parsed = safeParse(readFileSync(join(CORPUS, "xdatenfelder", `BUND-T__Prototype/fim_data__${name}__schema.xdf.xml`)));
  if (!parsed.success || parsed.data.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error(`${name} is not a Stammdatenschema`);
  return formTreeV3(parsed.data.stammdatenschema);
}

/** The ids from below `from` down to the first element `id` (depth first). */
function chain(from: FormNode, id: string): string[] {
  for (const c of from.children) {
    if (c.id === id) return [c.id];
    const sub = chain(c, id);
    if (sub.length > 0) return [c.id, ...sub];
  }
  return [];
}
function find(from: FormNode, id: string): FormNode {
  for (const c of from.children) {
    if (c.id === id) return c;
    try {
      return find(c, id);
    } catch {
      /* not below c */
    }
  }
  throw new Error(`${id} not found`);
}
/** Nested form data below `from` with each field id set to its value. */
function data(from: FormNode, values: Record<string, string | boolean>): FormData {
  const out: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(values)) {
    const path = chain(from, id);
    if (path.length === 0) throw new Error(`${id} not below ${from.id}`);
    let o = out;
    for (const seg of path.slice(0, -1)) o = (o[seg] ??= {}) as Record<string, unknown>;
    o[path[path.length - 1] as string] = value;
  }
  return out as FormData;
}
const state = (s: FormState, path: string) => {
  const e = elementState(s, path);
  if (e === undefined) throw new Error(`no state for ${path}`);
  return e;
};

describeShared("evaluateForm on S05000001323 (Krankheitserreger, Länder, repeated group)", () => {
  const tree = hasShared ? schema("S05000001323") : (undefined as unknown as FormNode);

  it("prefills and hides F05000018286 (prefill, hide)", () => {
    const s = evaluateForm(tree, {});
    expect(state(s, "F05000018286")).toMatchObject({ prefill: "001", visible: false, required: false, rules: ["R05000013658V1.0.0"] });
  });

  it("applies no Land-scoped effect without a Land, and says so", () => {
    const s = evaluateForm(tree, {});
    expect(state(s, "G05000012322.G05000012325")).toMatchObject({ visible: true });
    const reasons = s.notApplied.filter((d) => d.code === "rule-not-applied").map((d) => (d.params as { rule: string }).rule);
    expect(reasons).toContain("R05000013450V1.0.0");
    expect(reasons).toContain("R05000013403V0.2.0");
  });

  it("takes the Land from the option: RP requires G05000012325, NW hides it with everything inside", () => {
    const rp = evaluateForm(tree, {}, { land: "RP" });
    expect(state(rp, "G05000012322.G05000012325")).toMatchObject({ visible: true, required: true });
    expect(state(rp, "G05000012313.G05000012320")).toMatchObject({ visible: false, required: false });
    const nw = evaluateForm(tree, {}, { land: "NW" });
    expect(state(nw, "G05000012322.G05000012325")).toMatchObject({ visible: false, required: false });
    // Nested: the fields of a group inside the hidden group are hidden and not required.
    const inner = nw.elements.filter((e) => e.path.startsWith("G05000012322.G05000012325.") && e.id === "F05000018341");
    expect(inner.length).toBeGreaterThan(0);
    for (const e of inner) expect(e).toMatchObject({ visible: false, required: false });
    expect(state(nw, "G05000012313.G05000012320")).toMatchObject({ visible: true, required: true });
    // TH requires F05000018366; other Länder hide it.
    expect(state(evaluateForm(tree, {}, { land: "TH" }), "G05000012322.F05000018366")).toMatchObject({ visible: true, required: true });
    expect(state(nw, "G05000012322.F05000018366")).toMatchObject({ visible: false, required: false });
  });

  it("applies a rule inside the repeated group G05000012312 per instance (require, hide, validate)", () => {
    const g = find(tree, "G05000012312");
    expect(g.max).toBeUndefined();
    const first = data(g, { F05000018321: "wahr", F05000017278: "2024-01-01", F05000017279: "2024-06-30" });
    const second = data(g, { F05000018321: false, F05000017278: "2024-09-01", F05000017279: "2024-03-01" });
    const s = evaluateForm(tree, nest(chain(tree, "G05000012312"), [first, second]));
    const instances = s.elements.filter((e) => e.id === "F05000018323");
    expect(instances.map((e) => [e.visible, e.required])).toEqual([
      [true, true],
      [false, false],
    ]);
    // The date rule (von before bis) fails only in the second instance.
    const failed = s.findings.filter((d) => d.code === "rule-validation-failed" && d.params.rule === "R05000013435V1.0.0");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.path).toMatch(/G05000012312\[1\]/u);
  });

  it("lists the unreadable rule as not applied and still evaluates the others", () => {
    const s = evaluateForm(tree, {});
    const unread = s.notApplied.find((d) => (d.params as { rule: string }).rule === "R60000000024V2.0.0");
    expect(unread?.params).toMatchObject({ reason: expect.stringContaining("not machine-readable") });
  });
});

/** Form data holding `value` at the end of a chain of ids. */
function nest(path: readonly string[], value: unknown): FormData {
  let v = value;
  for (const seg of [...path].reverse()) v = { [seg]: v };
  return v as FormData;
}

describeShared("evaluateForm on S00000000374 (aktiviere/deaktiviere, nested groups)", () => {
  const tree = hasShared ? schema("S00000000374") : (undefined as unknown as FormNode);

  it("shows and hides by the code of F00000003381, hiding nested groups with their required fields", () => {
    const s001 = evaluateForm(tree, data(tree, { F00000003381: "001" }));
    expect(state(s001, "G00000002144.F00000001054")).toMatchObject({ visible: true });
    expect(state(s001, "G00000002144.F00000002931")).toMatchObject({ visible: false });
    expect(state(s001, "G00000002132")).toMatchObject({ visible: false, required: false });
    // F60000000233 (Jahr) is required by structure (1:1) but lies in the hidden G00000002132.
    expect(state(s001, "G00000002132.G60000000083.F60000000233")).toMatchObject({ visible: false, required: false });
    const s005 = evaluateForm(tree, data(tree, { F00000003381: "005" }));
    expect(state(s005, "G00000002144.F00000001054")).toMatchObject({ visible: false });
    expect(state(s005, "G00000002144.F00000002931")).toMatchObject({ visible: true });
  });

  it("checks 'at least one of Telefon/Telefax/E-Mail' where the group is in use", () => {
    const empty = evaluateForm(tree, data(tree, { F00000003381: "001" }));
    const failures = empty.findings.filter((d) => (d.params as { rule: string }).rule === "R60000000050V2.0.0");
    expect(failures.length).toBeGreaterThan(0);
    const filled = evaluateForm(tree, data(tree, { F00000003381: "001", F60000000242: "a@example.org" }));
    const first = failures[0]?.path ?? "";
    expect(filled.findings.filter((d) => d.path === first)).toEqual([]);
  });
});

describeShared("evaluateForm on S05000001198 (optional)", () => {
  const tree = hasShared ? schema("S05000001198") : (undefined as unknown as FormNode);
  it("makes F05000016251 optional for code 002 and required otherwise", () => {
    const opt = evaluateForm(tree, data(tree, { F05000016369: "002" }));
    const req = evaluateForm(tree, data(tree, { F05000016369: "001" }));
    const pick = (s: FormState) => s.elements.filter((e) => e.id === "F05000016251" && e.path.includes("G05000010386"));
    expect(pick(opt).length).toBeGreaterThan(0);
    for (const e of pick(opt)) expect(e.required).toBe(false);
    for (const e of pick(req)) expect(e).toMatchObject({ required: true });
  });
});

// ── hand-made schema: every effect kind without the corpus ──────────────────────────────────────────────
const field = (id: string, min = 0, max: number | undefined = 1, rules: { id: string; text: string }[] = []): FormNode => ({
  kind: "feld",
  id,
  name: id,
  min,
  max,
  children: [],
  rules: rules.map((r) => ({ ...r, version: "1.0.0", name: r.id, source: "freitextRegel" as const })),
});
const group = (
  id: string,
  children: FormNode[],
  min = 0,
  max: number | undefined = 1,
  rules: { id: string; text: string }[] = [],
): FormNode => ({
  kind: "gruppe",
  id,
  name: id,
  min,
  max,
  children,
  rules: rules.map((r) => ({ ...r, version: "1.0.0", name: r.id, source: "freitextRegel" as const })),
});

describe("evaluateForm on hand-made rules", () => {
  const tree: FormNode = {
    ...group(
      "S00000000001",
      [
        field("F00000000001", 1),
        field("F00000000002"),
        group("G00000000001", [field("F00000000003", 1), field("F00000000004")]),
        field("F00000000005"),
        field("F00000000006"),
        group("G00000000002", [field("F00000000007"), field("F00000000008")], 0, undefined, [
          { id: "R00000000009", text: 'Wenn das Feld F00000000007 "a" = 1, dann muss das Feld F00000000008 "b" befüllt werden.' },
        ]),
      ],
      1,
      1,
      [
        { id: "R00000000001", text: 'WENN F00000000001 "x" = JA, DANN aktiviere G00000000001 "g" UND mache es zu einer Pflichtangabe.' },
        { id: "R00000000002", text: 'WENN F00000000001 "x" = NEIN, DANN deaktiviere G00000000001 "g".' },
        { id: "R00000000003", text: 'Das Feld F00000000002 "y" ist mit 002 "z" vorzubefüllen und auszublenden.' },
        { id: "R00000000004", text: 'WENN in F00000000005 "p" kein Eintrag vorgenommen wurde, DANN ist F00000000006 "q" ein Pflichtfeld.' },
        {
          id: "R00000000005",
          text: 'WENN in F00000000005 "p" ein Eintrag vorgenommen wurde, DANN ist F00000000006 "q" ein optionales Feld.',
        },
        { id: "R00000000006", text: 'Das Datum im Feld F00000000005 "von" muss zeitlich vor dem Datum in Feld F00000000006 "bis" liegen.' },
        { id: "R00000000007", text: "Für das Land BY gilt: Das Feld F00000000002 muss angezeigt werden." },
        { id: "R00000000008", text: "Diese Regel beschreibt etwas, das kein Programm lesen kann." },
        { id: "R00000000010", text: 'Wenn das Feld F00000000002 "y" = 002 "z", dann muss das Feld F00000000005 "p" angezeigt werden.' },
      ],
    ),
    kind: "schema",
  };

  it("show + require, hide of a group with a required field inside", () => {
    const ja = evaluateForm(tree, { F00000000001: "JA" });
    expect(state(ja, "G00000000001")).toMatchObject({ visible: true, required: true });
    expect(state(ja, "G00000000001.F00000000003")).toMatchObject({ visible: true, required: true });
    const nein = evaluateForm(tree, { F00000000001: "NEIN" });
    expect(state(nein, "G00000000001")).toMatchObject({ visible: false, required: false });
    expect(state(nein, "G00000000001.F00000000003")).toMatchObject({ visible: false, required: false });
  });

  it("prefill + hide, and a Land-scoped show that overrides the hide only in BY", () => {
    expect(state(evaluateForm(tree, {}), "F00000000002")).toMatchObject({ prefill: "002", visible: false });
    expect(state(evaluateForm(tree, {}, { land: "BY" }), "F00000000002")).toMatchObject({ prefill: "002", visible: true });
    expect(state(evaluateForm(tree, {}, { land: "HE" }), "F00000000002")).toMatchObject({ visible: false });
  });

  it("reads a prefilled (hidden) field's value in the conditions of other rules", () => {
    const s = evaluateForm(tree, {});
    expect(state(s, "F00000000002")).toMatchObject({ prefill: "002", filled: false });
    expect(state(s, "F00000000005").rules).toEqual(["R00000000010V1.0.0"]);
    const other = evaluateForm(tree, { F00000000002: "003" });
    expect(state(other, "F00000000005").rules).toEqual([]);
  });

  it("require and optional by emptiness, and a date validation", () => {
    expect(state(evaluateForm(tree, {}), "F00000000006")).toMatchObject({ required: true });
    const ok = evaluateForm(tree, { F00000000005: "2024-01-01", F00000000006: "2024-02-01" });
    expect(state(ok, "F00000000006")).toMatchObject({ required: false });
    expect(ok.findings).toEqual([]);
    const bad = evaluateForm(tree, { F00000000005: "2024-03-01", F00000000006: "2024-02-01" });
    expect(bad.findings.map((d) => [d.code, (d.params as { rule: string }).rule])).toEqual([
      ["rule-validation-failed", "R00000000006V1.0.0"],
    ]);
  });

  it("applies a rule of a repeated group per instance", () => {
    const s = evaluateForm(tree, { G00000000002: [{ F00000000007: 1 }, { F00000000007: 2 }, { F00000000007: "1" }] });
    expect(s.elements.filter((e) => e.id === "F00000000008").map((e) => [e.path, e.required])).toEqual([
      ["G00000000002[0].F00000000008", true],
      ["G00000000002[1].F00000000008", false],
      ["G00000000002[2].F00000000008", true],
    ]);
  });

  it("lists the unreadable rule as not applied, and rejects bad input in the safe form", () => {
    const s = evaluateForm(tree, {});
    expect(s.notApplied.map((d) => (d.params as { rule: string }).rule)).toContain("R00000000008V1.0.0");
    expect(safeEvaluateForm(tree, [1, 2]).success).toBe(false);
    expect(safeEvaluateForm(tree, {}, { land: "XX" }).success).toBe(false);
    expect(safeEvaluateForm(tree, {}, { land: "BY" }).success).toBe(true);
  });
});
