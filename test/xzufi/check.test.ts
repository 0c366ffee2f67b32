/**
 * `check` of XZuFi: the model rules through `runRules`, so that policies, the executed-rules list and the
 * report formats apply to XZUFI-001…006 as to the FIM-QS checks; `checkStructure` is the former `validate`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatSarif } from "../../src/core/report/sarif.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const eintrag = {
  zeile: 1,
  schluessel: "99050012104000" as never,
  bezeichnung: "Gewerbe anmelden",
  typisierung: ["2/3" as const],
  besondereMerkmale: [],
  synonyme: [],
  weitereSpalten: {},
};

describe("XZuFi check: rules through runRules", () => {
  const base = xzufi22.createLeistungFromLeika(eintrag);
  const bad = { ...base, referenzLeiKa: [{ code: "99.050.012.104.000" }], modulText: [] };

  test("a built Leistung: every XZuFi rule ran, nothing found", () => {
    const r = xzufi22.checkLeistung(base, { file: "l.xml" });
    expect(r.standard).toBe("XZuFi 2.2.0");
    expect(r.diagnostics).toEqual([]);
    expect(r.rulesExecuted.map((x) => x.id)).toEqual(["XZUFI-001", "XZUFI-002", "XZUFI-003", "XZUFI-004", "XZUFI-005", "XZUFI-006"]);
    expect(xzufi231.checkLeistung(xzufi231.createLeistungFromLeika(eintrag)).diagnostics).toEqual([]);
  });

  test("the findings are those of checkStructure, with ruleId and file", () => {
    const r = xzufi22.checkLeistung(bad, { file: "l.xml" });
    const key = (d: { code: string; ruleId?: string; path: string }) => `${d.ruleId ?? ""} ${d.code} ${d.path}`;
    expect(r.diagnostics.map(key).sort()).toEqual(xzufi22.checkStructureLeistung(bad).diagnostics.map(key).sort());
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["XZUFI-001", "XZUFI-004"]);
    expect(r.diagnostics.every((d) => d.file === "l.xml" && d.stage === "rules")).toBe(true);
  });

  test("a policy switches a rule off: not run, no finding", () => {
    const r = xzufi22.checkLeistung(bad, { policy: { disabledRules: ["XZUFI-004"] } });
    expect(r.rulesExecuted.map((x) => x.id)).not.toContain("XZUFI-004");
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(["XZUFI-001"]);
  });

  test("SARIF names the XZuFi rules", () => {
    const sarif = JSON.parse(formatSarif([xzufi22.checkLeistung(bad, { file: "l.xml" })])) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[];
    };
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.map((r) => r.id)).toContain("XZUFI-004");
    expect(run?.results.map((r) => r.ruleId)).toEqual(["XZUFI-001", "XZUFI-004"]);
  });

  test("validate(model) stays a deprecated form of checkStructure (validate(xml) is the pipeline)", () => {
    const n = xzufi22.parse(readFileSync(join(REPO_ROOT, "fixtures/xzufi/v2_2_0/valid/maximal.xml")));
    expect(xzufi22.validate(n)).toEqual(xzufi22.checkStructure(n));
    expect(xzufi231.validateLeistung).toBe(xzufi231.checkStructureLeistung);
  });
});
