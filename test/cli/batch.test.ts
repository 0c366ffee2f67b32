/**
 * Batches that survive: an unreadable file is one `io-error` report and the batch goes on; an empty folder is
 * the same usage error in validate and check; rule options are repeatable and checked; progress and --quiet.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";
import { cli } from "./support.ts";

/** A folder with one readable schema and three entries that cannot be read. */
function brokenFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "fim-xoev-batch-"));
  copyFileSync(join(REPO_ROOT, "fixtures/qs/v3/clean.xml"), join(dir, "b-clean.xml"));
  symlinkSync(join(dir, "gone.xml"), join(dir, "a-dangling.xml"));
  mkdirSync(join(dir, "sub"));
  symlinkSync(join(dir, "sub"), join(dir, "c-directory.xml"));
  return dir;
}

describe("an unreadable file is one io-error and the batch goes on (exit 2)", () => {
  test("check: text, json, junit and sarif all show the unreadable files beside the checked one", async () => {
    const dir = brokenFolder();
    const text = await cli(["check", dir], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/a-dangling\.xml: 1 error\(s\).*incomplete/);
    expect(text.stdout).toMatch(/fatal {3}io-error .*no such file or directory/);
    expect(text.stdout).toMatch(/c-directory\.xml: 1 error\(s\)/);
    expect(text.stdout).toContain("is a directory");
    expect(text.stdout).toMatch(/b-clean\.xml \[XDatenfelder 3\.0\.0\]: 0 error\(s\)/);
    expect(text.stdout).toContain("3 file(s), 1 passed, 2 failed");

    const json = JSON.parse((await cli(["check", dir, "--format", "json"], { cwd: dir })).stdout);
    const codes = json.reports.map((r: { file: string; diagnostics: { code: string }[] }) => [r.file, r.diagnostics[0]?.code]);
    expect(codes).toEqual([
      ["a-dangling.xml", "io-error"],
      ["b-clean.xml", undefined],
      ["c-directory.xml", "io-error"],
    ]);
    const junit = await cli(["check", dir, "--format", "junit"], { cwd: dir });
    expect(junit.code).toBe(2);
    expect(junit.stdout).toContain("a-dangling.xml");
    expect(junit.stdout).toContain("io-error");
    const sarif = JSON.parse((await cli(["check", dir, "--format", "sarif"], { cwd: dir })).stdout);
    const results = sarif.runs[0].results as { ruleId?: string; message: { text: string } }[];
    expect(results.filter((r) => JSON.stringify(r).includes("io-error"))).toHaveLength(2);
  });

  test("validate: UNREADABLE lines, the readable file still validated, JSON verdict", async () => {
    const dir = brokenFolder();
    const t = await cli(["validate", dir, "--no-xsd"], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stdout).toMatch(/^UNREADABLE a-dangling\.xml .*input:failed/m);
    expect(t.stdout).toMatch(/^valid \(without XSD\) b-clean\.xml/m);
    expect(t.stdout).toMatch(/^UNREADABLE c-directory\.xml/m);
    expect(t.stdout).toContain("3 file(s), 0 valid, 1 valid without XSD, 0 invalid, 2 unreadable");
    const json = JSON.parse((await cli(["validate", dir, "--no-xsd", "--format", "json"], { cwd: dir })).stdout);
    expect(json.map((r: { verdict: string }) => r.verdict)).toEqual(["unreadable", "valid-without-xsd", "unreadable"]);
  });

  test.skipIf(process.getuid?.() === 0)("a file without read permission", async () => {
    const { chmodSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-batch-"));
    copyFileSync(join(REPO_ROOT, "fixtures/qs/v3/clean.xml"), join(dir, "locked.xml"));
    chmodSync(join(dir, "locked.xml"), 0);
    const t = await cli(["check", dir], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stdout).toContain("permission denied");
  });

  test("a folder without XML files: the same exit 2 and message in validate and check", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-empty-"));
    writeFileSync(join(dir, "notes.txt"), "no XML here");
    for (const command of ["validate", "check"]) {
      const r = await cli([command, dir]);
      expect(r.code, command).toBe(2);
      expect(r.stderr).toContain(`no XML files found in ${dir}`);
    }
  });
});

describe("check: --enable/--disable/--severity", () => {
  const FINDINGS = "fixtures/qs/v3/findings.xml";

  test("repeatable and comma-separated: every value counts, not only the last", async () => {
    // findings.xml fails on 1097 and 1044 only; both must be switched off for exit 0
    expect((await cli(["check", FINDINGS, "--disable", "1097", "--disable", "1044"])).code).toBe(0);
    expect((await cli(["check", FINDINGS, "--disable", "1097,1044"])).code).toBe(0);
    expect((await cli(["check", FINDINGS, "--disable", "1097"])).code).toBe(1);
    expect((await cli(["check", FINDINGS, "--severity", "1097=info,1044=warning"])).code).toBe(0);
  });

  test("an unknown code is refused with the nearest catalogue code", async () => {
    const d = await cli(["check", FINDINGS, "--disable", "1097", "--disable", "10444"]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--disable: unknown rule "10444" (nearest: 1044)');
    const e = await cli(["check", FINDINGS, "--enable", "117"]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/--enable: unknown rule "117" \(nearest: 1\d{3}\)/);
    const s = await cli(["check", FINDINGS, "--severity", "unknown-cod=info"]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("(nearest: unknown-code)");
    // the same check for the rule ids of a --policy file
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-policy-"));
    writeFileSync(join(dir, "policy.json"), JSON.stringify({ disabledRules: ["1097", "1O44"] }));
    const p = await cli(["check", FINDINGS, "--policy", join(dir, "policy.json")]);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('disabledRules: unknown rule "1O44" (nearest: 1044)');
    // diagnostic codes are valid --severity targets
    expect((await cli(["check", FINDINGS, "--severity", "unknown-code=info", "--disable", "1097,1044"])).code).toBe(0);
  });
});

describe("progress and --quiet", () => {
  test("progress on a terminal only; --quiet hides it and the summary, not the report", async () => {
    const tty = await cli(["check", "fixtures/qs/v3"], { tty: true });
    expect(tty.stderr).toMatch(/\[(\d+)\/\1\]/);
    const quiet = await cli(["check", "fixtures/qs/v3", "--quiet"], { tty: true });
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toContain("findings.xml");
    expect(quiet.stdout).not.toContain("file(s)");
    const v = await cli(["validate", "fixtures/qs/v3", "-q"], { tty: true });
    expect(v.stderr).toBe("");
    expect(v.stdout).not.toContain("note:");
    expect(v.stdout).not.toContain("file(s)");
  });
});
