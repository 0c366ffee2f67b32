/**
 * The commands that walk the registry on standards they refused before: `format` (new), `inspect` and `validate`
 * of XZuFi and XDatenfelder 2.0, `check` with the XZuFi rules and their ids, `convert --to <standard id>`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { REPO_ROOT } from "../support/shared.ts";
import { cli } from "./support.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "fim-xoev-registry-"));
const XZUFI = "fixtures/xzufi/v2_3_1/valid/leika-nachricht.xml";
const NPB = "fixtures/xprozess/v0_1/modell-mit-liste.xml";

/** A copy of the XZuFi fixture whose first Leistungsschlüssel has 3 digits (XZUFI-001, an error). */
function badKey(dir: string): string {
  const file = join(dir, "bad-key.xml");
  writeFileSync(
    file,
    readFileSync(join(REPO_ROOT, XZUFI), "utf8").replace(
      "<xzufi:referenzLeistungsschluessel>99001003000000<",
      "<xzufi:referenzLeistungsschluessel>123<",
    ),
  );
  return file;
}

describe("fim-xoev format", () => {
  test("writes the document back through its model: stdout, or -o atomically, an existing file only with --force", async () => {
    const out = await cli(["format", XZUFI]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(xzufi231.serialize(xzufi231.parse(readFileSync(join(REPO_ROOT, XZUFI)))));
    const dir = tmp();
    const target = join(dir, "out.xml");
    expect((await cli(["format", XZUFI, "-o", target])).code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(out.stdout);
    const again = await cli(["format", XZUFI, "-o", target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists/);
    writeFileSync(target, "old");
    expect((await cli(["format", XZUFI, "-o", target, "--force"])).code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(out.stdout);
    expect(readdirSync(dir)).toEqual(["out.xml"]);
  });

  test("refuses a read-only standard and a document of no standard with exit 1, writing nothing", async () => {
    const dir = tmp();
    const target = join(dir, "out.xml");
    const npb = await cli(["format", NPB, "-o", target]);
    expect(npb.code).toBe(1);
    expect(npb.stderr).toContain("XProzess 0.1 is read-only in fim-xoev");
    expect(existsSync(target)).toBe(false);
    const other = join(dir, "other.xml");
    writeFileSync(other, '<x xmlns="urn:nothing"/>');
    const none = await cli(["format", other]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("namespace urn:nothing is not a standard fim-xoev reads");
    expect((await cli(["format"])).code).toBe(2);
    expect((await cli(["format", "no/such/file.xml"])).code).toBe(2);
  });
});

describe("inspect, validate and check on standards they refused before", () => {
  test("inspect: XZuFi and XDatenfelder 2.0", async () => {
    const z = await cli(["inspect", XZUFI]);
    expect(z.code).toBe(0);
    expect(z.stdout).toContain("(XZuFi 2.3.1)");
    expect(z.stdout).toMatch(/operations: +\d+ \(schreibe: \d+ leistung/);
    const v2 = await cli(["inspect", "fixtures/xdatenfelder/v2/valid/0102-stammdatenschema-maximal.xml", "--depth", "1"]);
    expect(v2.code).toBe(0);
    expect(v2.stdout).toContain("xdatenfelder.stammdatenschema.0102 (XDatenfelder 2.0)");
    expect(v2.stdout).toContain("id:       S99000001");
    expect(v2.stdout).not.toMatch(/\n {4}\[/); // --depth 1: no second level
  });

  test("validate: the XZuFi rules run in the rules stage, with line and rule id", async () => {
    const dir = tmp();
    const ok = await cli(["validate", XZUFI, "--no-xsd"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/valid \(without XSD\) .*\(XZuFi 2\.3\.1\) xml:passed detect:passed xsd:skipped model:passed rules:passed/);
    const bad = await cli(["validate", badKey(dir), "--no-xsd", "--format", "json"]);
    expect(bad.code).toBe(1);
    const [report] = JSON.parse(bad.stdout) as {
      stages: { stage: string; status: string }[];
      diagnostics: { ruleId?: string; stage: string; location?: { line: number } }[];
      rulesExecuted: { id: string }[];
    }[];
    expect(report?.stages.find((s) => s.stage === "rules")?.status).toBe("failed");
    const finding = report?.diagnostics.find((d) => d.ruleId === "XZUFI-001");
    expect(finding).toMatchObject({ stage: "rules", location: { line: 15 } });
    expect(report?.rulesExecuted.map((r) => r.id)).toContain("XZUFI-001");
  });

  test("check: the XZuFi rules as SARIF, switched off by --disable with their id; unknown ids refused", async () => {
    const dir = tmp();
    const file = badKey(dir);
    const sarif = await cli(["check", file, "--format", "sarif"]);
    expect(sarif.code).toBe(1);
    const run = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }[] })
      .runs[0];
    expect(run?.results.map((r) => r.ruleId)).toContain("XZUFI-001");
    expect(run?.tool.driver.rules.map((r) => r.id)).toContain("XZUFI-001");
    const off = await cli(["check", file, "--disable", "XZUFI-001", "--format", "json"]);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain('"XZUFI-001"');
    const typo = await cli(["check", file, "--disable", "XZUFI-01"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown rule "XZUFI-01"');
  });
});

describe("convert --to <standard id>", () => {
  test("a document of that standard is written again; another pair has no converter (exit 1)", async () => {
    const same = await cli(["convert", XZUFI, "--to", "xzufi-2.3.1"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe((await cli(["format", XZUFI])).stdout);
    const other = await cli(["convert", XZUFI, "--to", "xzufi-2.2.0"]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("no conversion from XZuFi 2.3.1 to XZuFi 2.2.0");
    const unknown = await cli(["convert", XZUFI, "--to", "xzufi-9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("or a standard id (xdatenfelder-3.0.0");
  });
});
