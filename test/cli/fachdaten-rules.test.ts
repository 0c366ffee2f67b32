import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./support.ts";

const SCHEMA = "fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml";
const dir = mkdtempSync(join(tmpdir(), "fim-xoev-rules-"));
function file(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === "string" ? data : JSON.stringify(data));
  return path;
}
// Art = R makes Vorname required (R99000000101); Anschrift angeben = nein hides the 1:1 Anschrift (R99000000102).
const data = file("art-r.json", { "G99000000101V1.0.0": { "F99000000102V1.0.0": "R" }, "F99000000103V1.0.0": false });

describe("fim-xoev fachdaten validate --rules", () => {
  it("without --rules the schema alone decides; with --rules the rules do, and the rules not applied are listed", async () => {
    const plain = await cli(["fachdaten", "validate", SCHEMA, data]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain("/G99000000102V1.0.0"); // Anschrift required by anzahl
    const r = await cli(["fachdaten", "validate", SCHEMA, data, "--rules"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Vorname (F99000000101V1.0.0): a value is required.");
    expect(r.stderr).not.toContain("Anschrift (G99000000102V1.0.0)");
    expect(r.stderr).toContain("The rule R99000000103V1.0.0 was not applied: not machine-readable");
    expect(r.stderr).toContain("The rule R99000000104V1.0.0 was not applied: an effect is limited to Länder (BY) and no Land was given");
    expect(r.stdout).toBe(`${data}: invalid (1 finding; 2 rules not applied)\n`);
  });

  it("--land applies Land-scoped rules; exit 0 when the data satisfies the rules", async () => {
    const ok = file("ok.json", {
      "G99000000101V1.0.0": { "F99000000102V1.0.0": "R", "F99000000101V1.0.0": "Erika" },
      "F99000000103V1.0.0": false,
    });
    const nw = await cli(["fachdaten", "validate", SCHEMA, ok, "--rules", "--land", "NW"]);
    expect(nw.code).toBe(0);
    expect(nw.stdout).toBe(`${ok}: valid; 1 rule not applied\n`);
    const by = await cli(["fachdaten", "validate", SCHEMA, ok, "--rules", "--land", "BY", "--format", "json"]);
    expect(by.code).toBe(1);
    const report = JSON.parse(by.stdout) as {
      valid: boolean;
      diagnostics: { path: string; code: string }[];
      notApplied: { params: { rule: string } }[];
    };
    expect(report.valid).toBe(false);
    expect(report.diagnostics.filter((d) => d.code === "form-data-invalid").map((d) => d.path)).toEqual(["/F99000000105V1.0.0"]);
    expect(report.notApplied.map((d) => d.params.rule)).toEqual(["R99000000103V1.0.0"]);
  });

  it("XML data with --rules", async () => {
    const xml = file(
      "art-r.xml",
      '<S99000000101V1.0.0 xmlns="urn:fim-de:xfall:datenschema:xdf3"><G99000000101V1.0.0><F99000000102V1.0.0>R</F99000000102V1.0.0></G99000000101V1.0.0><F99000000103V1.0.0>false</F99000000103V1.0.0></S99000000101V1.0.0>',
    );
    const r = await cli(["fachdaten", "validate", SCHEMA, xml, "--rules"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${xml}: invalid (1 finding; 2 rules not applied)\n`);
  });

  it("usage errors: --land without --rules, an unknown Land, --rules on another action", async () => {
    expect((await cli(["fachdaten", "validate", SCHEMA, data, "--land", "BY"])).code).toBe(2);
    const xx = await cli(["fachdaten", "validate", SCHEMA, data, "--rules", "--land", "XX"]);
    expect(xx.code).toBe(2);
    expect(xx.stderr).toContain("--land must be one of");
    expect((await cli(["fachdaten", "sample", SCHEMA, "--rules"])).code).toBe(2);
  });
});
