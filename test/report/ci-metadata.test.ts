import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { formatJunit } from "../../src/core/report/junit.ts";
import { formatSarif } from "../../src/core/report/sarif.ts";
import type { Report } from "../../src/core/validation/report.ts";
import { QS_KATALOG_DOCS_URI, qsRuleHelp, renderQsKatalogMarkdown } from "../../src/xdatenfelder/common/qs-help.ts";
import { QS_KATALOG } from "../../src/xdatenfelder/common/qs-katalog.ts";
import { cli } from "../cli/support.ts";
import { REPO_ROOT } from "../support/shared.ts";

const FINDINGS = "fixtures/qs/v3/findings.xml";
const CLEAN = "fixtures/qs/v3/clean.xml";

describe("SARIF of fim-xoev check", () => {
  test("names the tool version and gives every QS rule its catalogue help and a helpUri", async () => {
    const r = await cli(["check", FINDINGS, "--format", "sarif"]);
    const log = JSON.parse(r.stdout);
    const driver = log.runs[0].tool.driver;
    expect(driver.version).toBe(packageJson.version);
    expect(driver.informationUri).toBe("https://github.com/fim-xoev/fim-xoev");
    const qsRules = driver.rules.filter((x: { id: string }) => Object.hasOwn(QS_KATALOG, x.id));
    expect(qsRules.length).toBeGreaterThan(10);
    for (const rule of qsRules) {
      const entry = QS_KATALOG[rule.id];
      expect(rule.help.text).toContain(entry?.de);
      expect(rule.help.markdown).toContain(`**FIM-QS ${rule.id}**`);
      expect(rule.helpUri).toBe(`${QS_KATALOG_DOCS_URI}#${rule.id}`);
    }
    // the results point at rules that carry the help
    const ruleIds = new Set(qsRules.map((x: { id: string }) => x.id));
    expect(log.runs[0].results.some((x: { ruleId: string }) => ruleIds.has(x.ruleId))).toBe(true);
  });

  test("no help for ids outside the catalogue", () => {
    expect(qsRuleHelp("xsd-invalid")).toBeUndefined();
    expect(qsRuleHelp("toString")).toBeUndefined();
    const log = JSON.parse(formatSarif([], { ruleHelp: qsRuleHelp }));
    expect(log.runs[0].tool.driver.version).toBeUndefined();
  });

  test("docs/qs-katalog.md, the target of every helpUri, is generated from the catalogue and has a section per code", () => {
    const doc = readFileSync(join(REPO_ROOT, "docs/qs-katalog.md"), "utf8");
    expect(doc, "run `npx tsx scripts/qs-katalog-doc.ts`").toBe(renderQsKatalogMarkdown());
    for (const code of Object.keys(QS_KATALOG)) expect(doc).toContain(`\n## ${code}\n`);
  });
});

describe("JUnit of fim-xoev check", () => {
  test("each suite carries the measured time of its file, the root their sum", async () => {
    const r = await cli(["check", FINDINGS, CLEAN, "--format", "junit"]);
    const suites = [...r.stdout.matchAll(/<testsuite name="([^"]+)"[^>]* time="(\d+\.\d{3})">/g)];
    expect(suites.map((m) => m[1])).toEqual([FINDINGS, CLEAN]);
    const times = suites.map((m) => Number(m[2]));
    expect(times.every((t) => t > 0)).toBe(true);
    const root = Number(/<testsuites [^>]* time="(\d+\.\d{3})">/.exec(r.stdout)?.[1]);
    expect(Math.abs(root - times.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.002);
  });

  test("leaves time out where nothing was measured instead of writing 0", () => {
    const report: Report = { completed: true, stages: [], diagnostics: [], rulesExecuted: [], rulesSkipped: [] };
    const xml = formatJunit([report]);
    expect(xml).not.toContain("time=");
    expect(formatJunit([{ ...report, durationMs: 1234.5 }])).toContain('time="1.234"');
  });
});
