/**
 * The report formats as real consumers read them: the SARIF output is validated against the official
 * SARIF 2.1.0 JSON schema (the copy @microsoft/jest-sarif ships, a JSON Schema draft-04 document, checked
 * with ajv), and the JUnit output is parsed by junit2json (xml2js), as CI systems read JUnit XML.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse as parseJunit, type TestSuites } from "junit2json";
import { describe, expect, test } from "vitest";
import { formatJunit, formatSarif } from "../../src/report.ts";
import { checkXDatenfelder } from "../../src/xdatenfelder/qs.ts";

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
// The schema's own patterns are not valid with the `u` flag, hence unicodeRegExp: false.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));

async function reports() {
  const findings = await checkXDatenfelder(fixture("qs/v3/findings.xml"), { file: "fixtures/qs/v3/findings.xml" });
  const clean = await checkXDatenfelder(fixture("demo/hundesteuer-anmeldung.xdf3.xml"), {
    file: "fixtures/demo/hundesteuer-anmeldung.xdf3.xml",
  });
  return [findings, clean];
}

describe("report consumers", () => {
  test("SARIF output validates against the SARIF 2.1.0 schema", async () => {
    const rs = await reports();
    const sarif = JSON.parse(formatSarif(rs));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const valid = validateSarif(sarif);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema check is real: a result with an unknown level fails it.
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = "fatal";
    expect(validateSarif(broken)).toBe(false);
  });

  test("JUnit output is read by a JUnit XML consumer with the right counts", async () => {
    const rs = await reports();
    const xml = formatJunit(rs, { failOn: "error" });
    const parsed = (await parseJunit(xml)) as TestSuites;
    const suites = parsed.testsuite ?? [];
    expect(suites.map((s) => s.name)).toEqual(rs.map((r) => r.file));
    for (const [i, suite] of suites.entries()) {
      const r = rs[i];
      const cases = suite.testcase ?? [];
      expect(suite.tests).toBe(cases.length);
      // one case for reading the document, one per rule that ran, one skipped case per rule that could not run
      expect(cases.filter((c) => c.name === "document")).toHaveLength(1);
      expect(cases.length).toBe(1 + (r?.rulesExecuted.length ?? 0) + (r?.rulesSkipped.length ?? 0));
      expect(cases.filter((c) => (c.skipped?.length ?? 0) > 0).length).toBe(r?.rulesSkipped.length);
      const failing = cases.filter((c) => (c.failure?.length ?? 0) > 0).length;
      expect(suite.failures).toBe(failing);
      const failingRules = new Set(r?.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal").map((d) => d.ruleId));
      expect(failing).toBe(failingRules.size);
    }
    expect(suites[0]?.failures).toBeGreaterThan(0);
    expect(suites[1]?.failures).toBe(0);
  });
});
