/**
 * JUnit XML report (the de-facto schema CI servers read: Jenkins, GitLab, GitHub test reporters): one
 * `testsuite` per file, one `testcase` per rule that ran, a `failure` when the rule found something at or
 * above the fail-on severity, `skipped` for rules that could not run, and an `error` test case when the
 * document could not be read or modelled. A suite's `time` is the document's measured duration
 * (`Report.durationMs`), the root's their sum; without a measurement the attribute is left out rather than 0.
 */
import { type Diagnostic, SEVERITY_RANK, type Severity } from "../diagnostics/diagnostic.ts";
import type { Report } from "../validation/report.ts";
import { escapeAttribute, escapeText } from "../xml/write.ts";
import { type FormatOptions, findingElement, messageOf } from "./text.ts";

/**
 * Options of the JUnit format.
 *
 * @example
 * ```ts
 * import { formatJunit, type JunitOptions } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * // warnings fail the CI job's test cases too
 * const options: JunitOptions = { failOn: "warning", name: "FIM-QS Stammdatenschemata", locale: "de" };
 * console.log(formatJunit([checkXml(xml, { file: "S00000000362.xml" })], options));
 * ```
 */
export interface JunitOptions extends FormatOptions {
  /** Lowest severity that makes a test case fail (default `error`); lesser findings go to `system-out`. */
  readonly failOn?: Severity | undefined;
  /** Name of the `testsuites` element. */
  readonly name?: string | undefined;
}

const line = (d: Diagnostic, locale: FormatOptions["locale"]) => {
  const where = d.location === undefined ? "" : ` (line ${d.location.line})`;
  const el = findingElement(d);
  return `${d.severity}: ${el === undefined ? "" : `${el}: `}${messageOf(d, locale)}${where} ${d.path}`;
};

/**
 * Renders reports as JUnit XML.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { formatJunit } from "fim-xoev/report";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const result = await validate(xml, { file: "S00000000362.xml", schemas: "/srv/xsd", rules: true });
 * // one test suite per report, one test case per rule that ran; the CI shows the failures
 * writeFileSync("junit.xml", formatJunit([result.report]));
 * ```
 */
export function formatJunit(reports: readonly Report[], options: JunitOptions = {}): string {
  const threshold = SEVERITY_RANK[options.failOn ?? "error"];
  const failing = (d: Diagnostic) => SEVERITY_RANK[d.severity] <= threshold;
  const suites: string[] = [];
  let total = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  let totalSkipped = 0;
  // JUnit `time` in seconds: the measured duration of each document (Report.durationMs); absent where unmeasured
  let totalMs = 0;
  let timed = false;
  const seconds = (ms: number) => ` time="${(ms / 1000).toFixed(3)}"`;
  for (const r of reports) {
    const file = r.file ?? "(input)";
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    const nonRule = r.diagnostics.filter((d) => d.stage !== "rules");
    const blocking = nonRule.filter((d) => d.severity === "fatal" || d.severity === "error");
    // The document itself: read, detect, model.
    if (blocking.length > 0) {
      errors++;
      const body = blocking.map((d) => line(d, options.locale)).join("\n");
      cases.push(
        `    <testcase classname="${escapeAttribute(file)}" name="document"><error message="${escapeAttribute(messageOf(blocking[0] as Diagnostic, options.locale))}" type="${escapeAttribute((blocking[0] as Diagnostic).code)}">${escapeText(body)}</error></testcase>`,
      );
    } else {
      const out = nonRule.map((d) => line(d, options.locale)).join("\n");
      cases.push(
        `    <testcase classname="${escapeAttribute(file)}" name="document">${out === "" ? "" : `<system-out>${escapeText(out)}</system-out>`}</testcase>`,
      );
    }
    const byRule = new Map<string, Diagnostic[]>();
    for (const d of r.diagnostics) {
      if (d.stage !== "rules" || d.ruleId === undefined) continue;
      const list = byRule.get(d.ruleId) ?? [];
      list.push(d);
      byRule.set(d.ruleId, list);
    }
    for (const rule of r.rulesExecuted) {
      const found = byRule.get(rule.id) ?? [];
      const name = `${rule.id} ${rule.message.en}`;
      const fail = found.filter(failing);
      const body = found.map((d) => line(d, options.locale)).join("\n");
      if (fail.length > 0) {
        failures++;
        cases.push(
          `    <testcase classname="${escapeAttribute(file)}" name="${escapeAttribute(name)}"><failure message="${escapeAttribute(`${fail.length} finding(s): ${messageOf(fail[0] as Diagnostic, options.locale)}`)}" type="${escapeAttribute(rule.category ?? rule.qsTyp ?? rule.severity)}">${escapeText(body)}</failure></testcase>`,
        );
      } else {
        cases.push(
          `    <testcase classname="${escapeAttribute(file)}" name="${escapeAttribute(name)}">${body === "" ? "" : `<system-out>${escapeText(body)}</system-out>`}</testcase>`,
        );
      }
    }
    for (const s of r.rulesSkipped) {
      cases.push(
        `    <testcase classname="${escapeAttribute(file)}" name="${escapeAttribute(s.ruleId)}"><skipped message="${escapeAttribute(s.reason)}"/></testcase>`,
      );
    }
    const tests = cases.length;
    total += tests;
    totalFailures += failures;
    totalErrors += errors;
    totalSkipped += r.rulesSkipped.length;
    const ms = r.durationMs !== undefined && Number.isFinite(r.durationMs) && r.durationMs >= 0 ? r.durationMs : undefined;
    if (ms !== undefined) {
      totalMs += ms;
      timed = true;
    }
    suites.push(
      `  <testsuite name="${escapeAttribute(file)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${r.rulesSkipped.length}"${ms === undefined ? "" : seconds(ms)}>\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const name = options.name ?? "fim-xoev check";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeAttribute(name)}" tests="${total}" failures="${totalFailures}" errors="${totalErrors}" skipped="${totalSkipped}"${timed ? seconds(totalMs) : ""}>\n${suites.join("\n")}\n</testsuites>\n`;
}
