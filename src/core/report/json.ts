/** JSON report: the reports as data, with a format version, for machines that are not SARIF consumers. */

import { countBySeverity } from "../diagnostics/format.ts";
import type { Report } from "../validation/report.ts";
import { type FormatOptions, messageOf } from "./text.ts";

/**
 * Version of the JSON report format.
 *
 * @example
 * ```ts
 * import { formatJson, JSON_REPORT_VERSION } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const json = JSON.parse(formatJson([checkXml(xml)])) as { formatVersion: number };
 * // a consumer of stored reports checks it reads the format it was written for
 * if (json.formatVersion !== JSON_REPORT_VERSION) throw new Error(`report format ${json.formatVersion}`);
 * ```
 */
export const JSON_REPORT_VERSION = 1;

/**
 * Renders reports as a JSON document `{ formatVersion, summary, reports }`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { formatJson } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * // { formatVersion, summary, reports } with German messages, for a dashboard
 * writeFileSync("qs-report.json", formatJson([checkXml(xml, { file: "S00000000362.xml" })], { locale: "de" }));
 * ```
 */
export function formatJson(reports: readonly Report[], options: FormatOptions = {}): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const summary = { files: reports.length, ...countBySeverity(all), incomplete: reports.filter((r) => !r.completed).length };
  const out = reports.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.map((d) => ({ ...d, message: messageOf(d, options.locale) })),
  }));
  return `${JSON.stringify({ formatVersion: JSON_REPORT_VERSION, summary, reports: out }, null, 2)}\n`;
}
