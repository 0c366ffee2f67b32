/**
 * QS reports end to end: findings with element, line and path; the acceptance policy; skipped
 * network-dependent checks; the four report formats; the CLI command; the test-suite matchers.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkCommand } from "../../../src/cli/check.ts";
import type { CliIo } from "../../../src/cli/io.ts";
import { formatJson, formatJunit, formatSarif, formatText } from "../../../src/core/report/index.ts";
import { accept, applyPolicy } from "../../../src/core/validation/policy.ts";
import { parsePolicy } from "../../../src/core/validation/policy-parse.ts";
import type { Report } from "../../../src/core/validation/report.ts";
import { childElements, type XmlElement } from "../../../src/core/xml/node.ts";
import { readXml } from "../../../src/core/xml/read.ts";
import { fimMatchers, setupFimMatchers, toBeValidXDatenfelder, toPassFimQs } from "../../../src/testing/index.ts";
import { checkXDatenfelder } from "../../../src/xdatenfelder/qs.ts";
import { checkXml } from "../../../src/xdatenfelder/v3/rules/index.ts";
import { validate as validateV3 } from "../../../src/xdatenfelder/v3/xsd.ts";
import { hasShared, REPO_ROOT, STANDARDS } from "../../support/shared.ts";

const FIXTURES = join(REPO_ROOT, "fixtures", "qs", "v3");
const clean = readFileSync(join(FIXTURES, "clean.xml"));
const findings = readFileSync(join(FIXTURES, "findings.xml"));
const summary = (r: Report) =>
  r.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    line: d.location?.line,
    element: d.code === "quality-check" ? d.params.element : undefined,
  }));

describe("QS findings", () => {
  test("name the element (id + version), its line and its canonical path, in German and English", () => {
    const r = checkXml(findings, { file: "findings.xml" });
    expect(r.completed).toBe(true);
    expect(summary(r)).toEqual([
      { ruleId: "1097", severity: "error", line: 7, element: "S99000000001V1.0.0" },
      { ruleId: "1132", severity: "warning", line: 69, element: "F99000000001V1.0.0" },
      { ruleId: "1102", severity: "warning", line: 69, element: "F99000000001V1.0.0" },
      { ruleId: "1044", severity: "error", line: 104, element: "F99000000002V1.0.0" },
    ]);
    const d = r.diagnostics[0];
    expect(d?.path).toBe("/xdf3:xdatenfelder.stammdatenschema.0102/xdf3:stammdatenschema");
    expect(d?.code === "quality-check" && d.params.de).toBe(
      "Ein methodisch oder fachlich freigegebenes Datenschema darf nicht dem Dokumentsteckbrief D99000000001 'Default-Dokumentsteckbrief' zugeordnet sein.",
    );
    expect(d?.code === "quality-check" && d.params.en).toMatch(/D99000000001/);
    expect(d?.file).toBe("findings.xml");
  });

  test("the clean fixture has no finding; network-dependent checks are reported as skipped", () => {
    const r = checkXml(clean);
    expect(r.diagnostics).toEqual([]);
    expect(r.rulesSkipped.map((s) => s.ruleId).sort()).toEqual(["1076", "1115", "1121", "1122", "1123"]);
    expect(r.rulesExecuted.some((x) => x.id === "1115")).toBe(false);
  });

  test("rules stay off when the document cannot be modelled", async () => {
    const r = await checkXDatenfelder("<xdf3:x xmlns:xdf3='urn:xoev-de:fim:standard:xdatenfelder_3.0.0'/>");
    expect(r.completed).toBe(false);
    expect(r.stages.at(-1)).toEqual({ stage: "rules", status: "skipped" });
    expect(accept(r)).toBe("undefined");
  });
});

describe("acceptance policy", () => {
  const r = checkXml(findings);
  test("errors reject by default; warnings only with rejectAt warning", () => {
    expect(accept(r)).toBe("reject");
    const ohneFehler = { disabledRules: ["1097", "1044"] };
    expect(accept(r, ohneFehler)).toBe("acceptable");
    expect(accept(r, { ...ohneFehler, rejectAt: "warning" })).toBe("reject");
  });
  test("severity overrides re-level by rule id, 'off' drops", () => {
    const p = applyPolicy(r, { severityOverrides: { "1097": "warning", "1044": "off" } });
    expect(summary(p).map((d) => `${d.ruleId}:${d.severity}`)).toEqual(["1097:warning", "1132:warning", "1102:warning"]);
    expect(accept(p)).toBe("acceptable");
  });
  test("a policy given to the check keeps switched-off rules from running, and switches deactivated ones on", () => {
    const p = checkXml(findings, { policy: { disabledRules: ["1132"], enabledRules: ["1104"] } });
    expect(p.rulesExecuted.map((x) => x.id)).not.toContain("1132");
    expect(p.rulesExecuted.map((x) => x.id)).toContain("1104");
    expect(summary(p).map((d) => d.ruleId)).toEqual(["1097", "1104", "1102", "1044"]);
  });
});

describe("policy files", () => {
  test("parsePolicy checks the shape", () => {
    expect(parsePolicy({ disabledRules: ["1101"], severityOverrides: { "1102": "off" }, rejectAt: "warning" })).toEqual({
      disabledRules: ["1101"],
      severityOverrides: { "1102": "off" },
      rejectAt: "warning",
    });
    expect(() => parsePolicy({ rejectAt: "sometimes" })).toThrow(/rejectAt/);
    expect(() => parsePolicy({ disabled: ["1101"] })).toThrow(TypeError);
  });
});

describe("report formats", () => {
  const reports = [checkXml(findings, { file: "fixtures/qs/v3/findings.xml" }), checkXml(clean, { file: "fixtures/qs/v3/clean file.xml" })];

  test("text names severity, rule, line, element and message", () => {
    const t = formatText(reports, { locale: "de" });
    expect(t).toContain("fixtures/qs/v3/findings.xml [XDatenfelder 3.0.0]: 2 error(s), 2 warning(s), 0 info");
    expect(t).toMatch(/error {3}1097 {3}7:\d+ +S99000000001V1\.0\.0 {2}Ein methodisch/);
    expect(t).toContain("skipped 1115");
  });

  test("json round-trips the reports", () => {
    const j = JSON.parse(formatJson(reports, { locale: "en" }));
    expect(j.summary).toMatchObject({ files: 2, error: 2, warning: 2, incomplete: 0 });
    expect(j.reports[0].diagnostics[0]).toMatchObject({ ruleId: "1097", location: { line: 7 } });
  });

  test("junit: one suite per file, one case per rule run, failures at fail-on, skipped cases", () => {
    const xml = formatJunit(reports, { failOn: "error" });
    const doc = readXml(xml);
    expect(doc.success).toBe(true);
    const root = doc.data?.root as XmlElement;
    expect(root.local).toBe("testsuites");
    const suites = childElements(root);
    expect(suites.map((s) => s.attributes.find((a) => a.local === "name")?.value)).toEqual([
      "fixtures/qs/v3/findings.xml",
      "fixtures/qs/v3/clean file.xml",
    ]);
    for (const s of suites) {
      const cases = childElements(s);
      const attr = (n: string) => Number(s.attributes.find((a) => a.local === n)?.value);
      expect(attr("tests")).toBe(cases.length);
      expect(attr("failures")).toBe(cases.filter((c) => childElements(c).some((x) => x.local === "failure")).length);
      expect(attr("skipped")).toBe(cases.filter((c) => childElements(c).some((x) => x.local === "skipped")).length);
    }
    expect(suites[0]?.attributes.find((a) => a.local === "failures")?.value).toBe("2");
    expect(formatJunit(reports, { failOn: "warning" })).toMatch(
      /<testsuite name="fixtures\/qs\/v3\/findings.xml" tests="\d+" failures="4"/,
    );
  });

  test("sarif 2.1.0: rules, results with region and logical location, skipped rules as notifications", () => {
    const log = JSON.parse(formatSarif(reports, { toolVersion: "0.1.0" }));
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    const run = log.runs[0];
    const rules: { id: string }[] = run.tool.driver.rules;
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(run.results).toHaveLength(4);
    for (const res of run.results) {
      expect(rules[res.ruleIndex]?.id).toBe(res.ruleId);
      expect(["error", "warning", "note"]).toContain(res.level);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run.results[0]).toMatchObject({
      ruleId: "1097",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "fixtures/qs/v3/findings.xml" }, region: { startLine: 7 } } }],
    });
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      "fixtures/qs/v3/findings.xml",
      "fixtures/qs/v3/clean%20file.xml",
    ]);
    expect(rules.find((r) => r.id === "1097")).toMatchObject({
      properties: { qsTyp: "FehlerMethodisch" },
      defaultConfiguration: { level: "error" },
    });
    expect(run.invocations[0].toolExecutionNotifications.map((n: { descriptor: { id: string } }) => n.descriptor.id)).toContain("1115");
  });
});

describe("fim-xoev check", () => {
  const run = async (args: string[]) => {
    let out = "";
    let err = "";
    const io: CliIo = { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTTY: false, env: {}, cwd: REPO_ROOT };
    const code = await checkCommand(args, io);
    return { code, out, err };
  };
  test("exit 1 on findings at fail-on, 0 on a clean file; warnings fail only with --fail-on warning", async () => {
    expect((await run(["fixtures/qs/v3/findings.xml"])).code).toBe(1);
    expect((await run(["fixtures/qs/v3/clean.xml"])).code).toBe(0);
    expect((await run(["fixtures/qs/v3/findings.xml", "--disable", "1097,1044"])).code).toBe(0);
    expect((await run(["fixtures/qs/v3/findings.xml", "--disable", "1097,1044", "--fail-on", "warning"])).code).toBe(1);
    expect((await run(["fixtures/qs/v3/findings.xml", "--severity", "1097=info", "--severity", "1044=warning"])).code).toBe(0);
    // policy file: errors off, warnings fail, 1132 re-levelled to info; flags go on top of it
    expect((await run(["fixtures/qs/v3/findings.xml", "--policy", "fixtures/qs/policies/warnings-fail.json"])).code).toBe(1);
    expect(
      (await run(["fixtures/qs/v3/findings.xml", "--policy", "fixtures/qs/policies/warnings-fail.json", "--disable", "1102"])).code,
    ).toBe(0);
    expect(
      (await run(["fixtures/qs/v3/findings.xml", "--policy", "fixtures/qs/policies/warnings-fail.json", "--fail-on", "error"])).code,
    ).toBe(0);
    expect((await run(["fixtures/qs/v3/findings.xml", "--policy", "fixtures/qs/policies/invalid.json"])).code).toBe(2);
  });
  test("directories, formats and usage errors", async () => {
    const sarif = await run(["fixtures/qs", "--format", "sarif"]);
    // one artifact per XML file below the folder (the one-defect fixtures and their code lists included)
    const xmlFiles = readdirSync(join(REPO_ROOT, "fixtures", "qs"), { recursive: true }).filter((n) => String(n).endsWith(".xml"));
    expect(JSON.parse(sarif.out).runs[0].artifacts).toHaveLength(xmlFiles.length);
    const junit = await run(["fixtures/qs/v3/clean.xml", "--format", "junit"]);
    expect(junit.out).toMatch(/^<\?xml/);
    const text = await run(["fixtures/qs/v3/findings.xml", "--locale", "de"]);
    expect(text.out).toContain("Ein methodisch oder fachlich freigegebenes Datenschema");
    expect(text.out).toContain("1 file(s), 0 passed, 1 failed (fail-on error)");
    expect((await run(["fixtures/qs/v3/clean.xml", "--format", "xml"])).code).toBe(2);
    expect((await run(["fixtures/qs/v3/clean.xml", "--fail-on", "info"])).code).toBe(2);
    expect((await run(["fixtures/qs/v3/clean.xml", "--severity", "1097"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(["no/such/file.xml"])).code).toBe(2);
  });
});

describe("fim-xoev/testing matchers", () => {
  setupFimMatchers(expect);
  test("toBeValidXDatenfelder fails without the XSD stage unless told otherwise", async () => {
    const noXsd = toBeValidXDatenfelder(clean);
    expect(noXsd.pass).toBe(false);
    expect(noXsd.message()).toMatch(/the model stage found no error, but the XSD stage did not run/);
    expect(noXsd.message()).toContain("FIM_XOEV_SCHEMAS");
    expect(toBeValidXDatenfelder(clean, { requireXsd: false }).pass).toBe(true);
    const bad = toBeValidXDatenfelder("<x/>", { requireXsd: false });
    expect(bad.pass).toBe(false);
    expect(bad.message()).toMatch(/expected valid XDatenfelder, found 1 error/);
    (expect(clean) as unknown as { toBeValidXDatenfelder(o?: object): void }).toBeValidXDatenfelder({ requireXsd: false });
    (expect(clean) as unknown as { not: { toBeValidXDatenfelder(): void } }).not.toBeValidXDatenfelder();
    // a report of validate(): without schemas the XSD stage is skipped, so only requireXsd: false passes
    const result = await validateV3(clean, { env: {} });
    expect(result.validity).toBe("valid-without-xsd");
    expect(result.valid).toBe(false);
    expect(toBeValidXDatenfelder(result.report).pass).toBe(false);
    expect(toBeValidXDatenfelder(result.report).message()).toMatch(/the XSD stage did not run/);
    expect(toBeValidXDatenfelder(result, { requireXsd: false }).pass).toBe(true);
    expect(toBeValidXDatenfelder((await validateV3(clean, { env: {}, requireXsd: false })).report, { requireXsd: false }).pass).toBe(true);
  });
  test.runIf(hasShared)("toBeValidXDatenfelder passes a report whose XSD stage ran", async () => {
    const demo = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"));
    const result = await validateV3(demo, { schemas: STANDARDS });
    expect(result.validity).toBe("valid");
    expect(toBeValidXDatenfelder(result.report).pass).toBe(true);
  });
  test("toPassFimQs with failOn and a policy", () => {
    expect(toPassFimQs(clean).pass).toBe(true);
    const r = toPassFimQs(findings);
    expect(r.pass).toBe(false);
    expect(r.message()).toContain("1097");
    expect(toPassFimQs(findings, { policy: { disabledRules: ["1097", "1044"] } }).pass).toBe(true);
    expect(toPassFimQs(findings, { failOn: "warning", policy: { disabledRules: ["1097", "1044"] } }).pass).toBe(false);
    expect(toPassFimQs(checkXml(clean)).pass).toBe(true);
    expect(toPassFimQs(42).pass).toBe(false);
    (expect(clean) as unknown as { toPassFimQs(o?: object): void }).toPassFimQs({ failOn: "warning" });
    (expect(findings) as unknown as { not: { toPassFimQs(): void } }).not.toPassFimQs();
    expect(Object.keys(fimMatchers).sort()).toEqual(["toBeValidDocument", "toBeValidXDatenfelder", "toPassFimQs"]);
  });
});
