/**
 * Precision and recall of the rule reader against the hand-checked labelled set `fixtures/regeln/labelled.json`
 * (130 distinct real rule texts): effect kinds (as multisets per rule), targets (kind + target path per rule),
 * whole effects (kind, targets, value, condition, assertion, Land scope) and outcomes. Prints the figures and
 * asserts the floors reached, so a change that reads worse fails.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCondition, formatLands, readRuleText } from "../../../src/xdatenfelder/regeln/index.ts";
import type { Effect } from "../../../src/xdatenfelder/regeln/model.ts";
import { REPO_ROOT } from "../../support/shared.ts";

interface LabelledEffect {
  readonly kind: string;
  readonly targets: readonly string[];
  readonly value?: string;
  readonly condition?: string | null;
  readonly assert?: string;
  readonly lands?: string;
}
interface LabelledRule {
  readonly id: string;
  readonly text: string;
  readonly outcome: string;
  readonly effects: readonly LabelledEffect[];
}

const labelled = (JSON.parse(readFileSync(join(REPO_ROOT, "fixtures/regeln/labelled.json"), "utf8")) as { rules: LabelledRule[] }).rules;

function asLabel(e: Effect, checkCondition: boolean): string {
  const parts = [e.kind, e.targets.map((t) => t.path.join(".")).join(","), e.value?.value ?? ""];
  parts.push(checkCondition ? (e.condition === undefined ? "-" : formatCondition(e.condition)) : "?");
  parts.push(e.assert === undefined ? "" : formatCondition(e.assert), e.lands === undefined ? "" : formatLands(e.lands));
  return parts.join(" | ");
}
function labelString(l: LabelledEffect): string {
  const cond = l.condition === undefined ? "?" : l.condition === null ? "-" : l.condition;
  return [l.kind, l.targets.join(","), l.value ?? "", cond, l.assert ?? "", l.lands ?? ""].join(" | ");
}

/** Matches two multisets; returns true positives. */
function matched(expected: readonly string[], actual: readonly string[]): number {
  const pool = [...actual];
  let tp = 0;
  for (const e of expected) {
    const i = pool.indexOf(e);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    }
  }
  return tp;
}

describe("the rule reader against the labelled set", () => {
  it("holds at least 100 distinct real rules", () => {
    expect(labelled.length).toBeGreaterThanOrEqual(100);
    expect(new Set(labelled.map((r) => r.text)).size).toBe(labelled.length);
  });

  it("reaches the measured precision and recall of effect kinds, targets and whole effects", () => {
    const score = { kinds: [0, 0, 0], targets: [0, 0, 0], effects: [0, 0, 0] }; // tp, expected, actual
    let outcomes = 0;
    const misses: string[] = [];
    for (const rule of labelled) {
      const read = readRuleText({ id: rule.id, name: "", source: "freitextRegel", text: rule.text });
      if (read.outcome === rule.outcome) outcomes++;
      const add = (key: keyof typeof score, exp: string[], act: string[]) => {
        const s = score[key];
        s[0] = (s[0] ?? 0) + matched(exp, act);
        s[1] = (s[1] ?? 0) + exp.length;
        s[2] = (s[2] ?? 0) + act.length;
      };
      add(
        "kinds",
        rule.effects.map((e) => e.kind),
        read.effects.map((e) => e.kind),
      );
      add(
        "targets",
        rule.effects.flatMap((e) => e.targets.map((t) => `${e.kind} ${t}`)),
        read.effects.flatMap((e) => e.targets.map((t) => `${e.kind} ${t.path.join(".")}`)),
      );
      // A label without condition (not expressible in the model) is matched without comparing the condition.
      const pool = [...read.effects];
      let tp = 0;
      for (const l of rule.effects) {
        const i = pool.findIndex((e) => asLabel(e, l.condition !== undefined) === labelString(l));
        if (i >= 0) {
          tp++;
          pool.splice(i, 1);
        }
      }
      const exp = rule.effects;
      score.effects[0] = (score.effects[0] ?? 0) + tp;
      score.effects[1] = (score.effects[1] ?? 0) + exp.length;
      score.effects[2] = (score.effects[2] ?? 0) + read.effects.length;
      if (tp < exp.length || tp < read.effects.length) misses.push(rule.id);
    }
    expect(outcomes).toBeGreaterThanOrEqual(126);
    const pr = (s: number[]) => ({ precision: (s[0] ?? 0) / (s[2] || 1), recall: (s[0] ?? 0) / (s[1] || 1) });
    const k = pr(score.kinds);
    const t = pr(score.targets);
    const e = pr(score.effects);
    console.info(
      [
        `labelled set: ${labelled.length} rules, outcome agrees on ${outcomes}`,
        `effect kinds: precision ${k.precision.toFixed(3)} recall ${k.recall.toFixed(3)} (${score.kinds.join("/")} tp/expected/read)`,
        `targets:      precision ${t.precision.toFixed(3)} recall ${t.recall.toFixed(3)} (${score.targets.join("/")})`,
        `effects:      precision ${e.precision.toFixed(3)} recall ${e.recall.toFixed(3)} (${score.effects.join("/")})`,
        `rules with a differing effect: ${misses.join(", ")}`,
      ].join("\n"),
    );
    expect(k.precision).toBeGreaterThanOrEqual(K_PRECISION);
    expect(k.recall).toBeGreaterThanOrEqual(K_RECALL);
    expect(t.precision).toBeGreaterThanOrEqual(T_PRECISION);
    expect(t.recall).toBeGreaterThanOrEqual(T_RECALL);
    expect(e.precision).toBeGreaterThanOrEqual(E_PRECISION);
    expect(e.recall).toBeGreaterThanOrEqual(E_RECALL);
  });
});

// The figures reached (see the console output); a change that reads worse fails.
const K_PRECISION = 1;
const K_RECALL = 0.966;
const T_PRECISION = 1;
const T_RECALL = 0.973;
const E_PRECISION = 1;
const E_RECALL = 0.966;
