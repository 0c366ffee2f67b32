import { describe, expect, it } from "vitest";
import { cli } from "./support.ts";

const FIXTURE = "fixtures/regeln/rules-read-partly.xml";

describe("fim-xoev regeln", () => {
  it("prints one object per rule with outcome, effects, condition tree and Land scope (json)", async () => {
    const r = await cli(["regeln", FIXTURE, "--format", "json"]);
    expect(r.code).toBe(1); // one rule read in part, one naming an element that is not in the schema
    const rules = JSON.parse(r.stdout) as {
      id: string;
      version: string;
      outcome: string;
      effects: { kind: string; targets: string[]; value: string | null; condition: unknown; lands: unknown }[];
      diagnostics: { code: string }[];
    }[];
    expect(rules.map((x) => [x.id, x.outcome])).toEqual([
      ["R99000000001", "read"],
      ["R99000000002", "read"],
      ["R99000000003", "partial"],
      ["R99000000004", "unreadable"],
    ]);
    expect(rules[0]?.effects).toEqual([
      {
        kind: "require",
        targets: ["F99000000001"],
        paths: ["F99000000001"],
        value: null,
        condition: { op: "eq", field: { id: "F99000000002", path: ["F99000000002"] }, value: { value: "R" } },
        assert: null,
        lands: null,
      },
    ]);
    expect(rules[1]?.effects.map((e) => [e.kind, e.value, e.lands])).toEqual([
      ["prefill", "001", { only: ["BY"] }],
      ["hide", null, { only: ["BY"] }],
      ["show", null, { except: ["BY"] }],
    ]);
    expect(rules[2]?.diagnostics.map((d) => d.code)).toEqual(["rule-partly-read"]);
    expect(rules[3]?.diagnostics.map((d) => d.code)).toEqual(["rule-target-unknown", "rule-not-machine-readable"]);
  });

  it("prints a text report with a summary, exit 0 when every rule is read", async () => {
    const r = await cli(["regeln", "fixtures/qs/v3/clean.xml"]);
    expect(r.stdout).toContain("R99000000001V1.0.0 read (on G99000000001)");
    expect(r.stdout).toContain('require F99000000001 if eq(F99000000002,"R")');
    expect(r.stdout).toContain("1 rules: 1 read, 0 partly read, 0 not machine-readable");
    expect(r.code).toBe(0);
  });

  it("exit 2 on usage errors and unreadable files", async () => {
    expect((await cli(["regeln"])).code).toBe(2);
    expect((await cli(["regeln", FIXTURE, "--format", "xml"])).code).toBe(2);
    expect((await cli(["regeln", "fixtures/regeln/missing.xml"])).code).toBe(2);
  });
});

describe("check --regeln", () => {
  it("adds the rule-model diagnostics (not QS codes) to the QS report", async () => {
    const file = "fixtures/demo/hundesteuer-anmeldung.xdf3.xml";
    const codes = (out: string) =>
      (JSON.parse(out) as { reports: { diagnostics: { code: string; ruleId?: string }[] }[] }).reports.flatMap((r) => r.diagnostics);
    const plain = codes((await cli(["check", file, "--format", "json"])).stdout);
    const withRules = codes((await cli(["check", file, "--format", "json", "--regeln"])).stdout);
    expect(plain.map((d) => d.code)).not.toContain("rule-not-machine-readable");
    const added = withRules.filter((d) => d.code === "rule-not-machine-readable");
    expect(added).toHaveLength(1);
    expect(added[0]?.ruleId).toBeUndefined();
  });
});
