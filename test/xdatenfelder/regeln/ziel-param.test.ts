/**
 * 3.0.0 `ziel` and `param` against the reading: a hand-made fixture (no real export fills them) whose rules list
 * elements in both, some not in the schema, one effect outside the `ziel`, one `ziel` element no effect targets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formTreeV3, readRules, readRuleText } from "../../../src/xdatenfelder/regeln/index.ts";
import { safeParse } from "../../../src/xdatenfelder/v3/parse.ts";
import { REPO_ROOT } from "../../support/shared.ts";

const STRUCTURE_CODES = ["rule-structure-unknown", "rule-effect-outside-ziel", "rule-ziel-untargeted"];

function tree(file: string) {
  const parsed = safeParse(readFileSync(join(REPO_ROOT, "fixtures/regeln", file)));
  if (!parsed.success || parsed.data.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error(`${file} is not a Stammdatenschema`);
  return formTreeV3(parsed.data.stammdatenschema);
}

describe("ziel and param of 3.0.0 rules", () => {
  const rules = readRules(tree("rules-ziel-param.xml"));
  const byId = (id: string) => {
    const r = rules.find((x) => x.id === id);
    if (r === undefined) throw new Error(`no rule ${id}`);
    return r;
  };
  const found = (id: string) =>
    byId(id)
      .diagnostics.filter((d) => STRUCTURE_CODES.includes(d.code))
      .map((d) => [d.code, d.severity, d.params]);

  it("reads ziel and param as written and as id paths (version suffix dropped; prose is no id)", () => {
    expect(byId("R99000000001").param).toEqual([
      { element: "F99000000002", ref: { id: "F99000000002", path: ["F99000000002"] }, name: "art" },
      { element: "F99000000077", ref: { id: "F99000000077", path: ["F99000000077"] }, name: "fehlt" },
    ]);
    expect(byId("R99000000002").ziel).toEqual([
      {
        element: "G99000000001.F99000000001V1.0.0",
        ref: { id: "F99000000001", path: ["G99000000001", "F99000000001"] },
      },
      { element: "das Feld unten" },
    ]);
  });

  it("reports a param not in the schema and a ziel no effect targets; the targeted ziel is silent", () => {
    expect(found("R99000000001")).toEqual([
      ["rule-structure-unknown", "warning", { rule: "R99000000001V1.0.0", part: "param", element: "F99000000077" }],
      ["rule-ziel-untargeted", "info", { rule: "R99000000001V1.0.0", id: "F99000000003" }],
    ]);
  });

  it("reports an effect target outside the ziel, and a ziel that is not an id", () => {
    expect(found("R99000000002")).toEqual([
      ["rule-structure-unknown", "warning", { rule: "R99000000002V1.0.0", part: "ziel", element: "das Feld unten" }],
      ["rule-effect-outside-ziel", "warning", { rule: "R99000000002V1.0.0", id: "F99000000003" }],
      ["rule-ziel-untargeted", "info", { rule: "R99000000002V1.0.0", id: "F99000000001" }],
    ]);
  });

  it("says nothing for rules without ziel and param", () => {
    expect(found("R99000000003")).toEqual([]);
    expect(found("R99000000004")).toEqual([]);
    expect(
      readRules(tree("rules-read-partly.xml"))
        .flatMap((r) => r.diagnostics)
        .filter((d) => STRUCTURE_CODES.includes(d.code)),
    ).toEqual([]);
  });

  it("does not report an untargeted ziel for a rule read only in part (the missing part may target it)", () => {
    const read = readRuleText({
      id: "R1",
      name: "r",
      source: "freitextRegel",
      text: "WENN F99000000002 <> R, DANN blende F99000000003 aus. Die Werte werden später von Hand geprüft.",
      ziel: ["F99000000003", "F99000000001"],
    });
    expect(read.ziel?.map((z) => z.ref?.id)).toEqual(["F99000000003", "F99000000001"]);
    const checked = readRules({
      kind: "schema",
      id: "S1",
      name: "s",
      min: 1,
      max: 1,
      rules: [
        {
          id: "R1",
          name: "r",
          source: "freitextRegel",
          text: "WENN F99000000002 <> R, DANN blende F99000000003 aus. Die Werte werden später von Hand geprüft.",
          ziel: ["F99000000003", "F99000000001"],
        },
      ],
      children: ["F99000000001", "F99000000002", "F99000000003"].map((id) => ({
        kind: "feld" as const,
        id,
        name: id,
        min: 0,
        max: 1,
        children: [],
        rules: [],
      })),
    });
    expect(checked[0]?.outcome).toBe("partial");
    expect(checked[0]?.diagnostics.filter((d) => STRUCTURE_CODES.includes(d.code))).toEqual([]);
  });
});
