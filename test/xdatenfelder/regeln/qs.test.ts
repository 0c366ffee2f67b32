/**
 * checkXDatenfelder({ regeln: true }) adds the rule-model diagnostics (not FIM-QS codes) to the QS report; without
 * the option the report is unchanged.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkXDatenfelder } from "../../../src/xdatenfelder/qs.ts";
import { REPO_ROOT } from "../../support/shared.ts";

const FIXTURE = readFileSync(join(REPO_ROOT, "fixtures/regeln/rules-read-partly.xml"));
const RULE_CODES = ["rule-not-machine-readable", "rule-partly-read", "rule-target-unknown", "rule-id-unused"];

describe("QS with the rule model", () => {
  it("flags rules that are not machine-readable, separately from the QS codes", async () => {
    const plain = await checkXDatenfelder(FIXTURE, { file: "f.xml" });
    expect(plain.diagnostics.filter((d) => RULE_CODES.includes(d.code))).toEqual([]);
    const withRules = await checkXDatenfelder(FIXTURE, { file: "f.xml", regeln: true });
    const added = withRules.diagnostics.filter((d) => RULE_CODES.includes(d.code));
    expect(added.map((d) => [d.code, (d.params as { rule: string }).rule])).toEqual([
      ["rule-partly-read", "R99000000003V1.0.0"],
      ["rule-target-unknown", "R99000000004V1.0.0"],
      ["rule-not-machine-readable", "R99000000004V1.0.0"],
    ]);
    for (const d of added) expect(d).toMatchObject({ stage: "rules", file: "f.xml" });
    for (const d of added) expect(d.ruleId).toBeUndefined();
    // The QS findings themselves are the same.
    expect(withRules.diagnostics.filter((d) => !RULE_CODES.includes(d.code))).toEqual(plain.diagnostics);
  });
});

describe("QS with the rule model: ziel and param", () => {
  it("adds the ziel/param diagnostics of the reading and leaves the QS findings as they are", async () => {
    const xml = readFileSync(join(REPO_ROOT, "fixtures/regeln/rules-ziel-param.xml"));
    const codes = ["rule-structure-unknown", "rule-effect-outside-ziel", "rule-ziel-untargeted"];
    const plain = await checkXDatenfelder(xml, { file: "z.xml" });
    const withRules = await checkXDatenfelder(xml, { file: "z.xml", regeln: true });
    expect(plain.diagnostics.filter((d) => codes.includes(d.code))).toEqual([]);
    expect(withRules.diagnostics.filter((d) => codes.includes(d.code)).map((d) => d.code)).toEqual([
      "rule-structure-unknown",
      "rule-ziel-untargeted",
      "rule-structure-unknown",
      "rule-effect-outside-ziel",
      "rule-ziel-untargeted",
    ]);
    expect(withRules.diagnostics.filter((d) => d.stage !== "rules")).toEqual(plain.diagnostics.filter((d) => d.stage !== "rules"));
  });
});
