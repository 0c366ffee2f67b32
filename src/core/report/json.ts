/** JSON report: the reports as data, with a format version, for machines that are not SARIF consumers. */

import { countBySeverity } from "../diagnostics/format.ts";
import type { Report } from "../validation/report.ts";
import { type FormatOptions, messageOf } from "./text.ts";

/** Version of the JSON report format. */
export const JSON_REPORT_VERSION = 1;

/** Renders reports as a JSON document `{ formatVersion, summary, reports }`. */
export function formatJson(reports: readonly Report[], options: FormatOptions = {}): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const summary = { files: reports.length, ...countBySeverity(all), incomplete: reports.filter((r) => !r.completed).length };
  const out = reports.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.map((d) => ({ ...d, message: messageOf(d, options.locale) })),
  }));
  return `${JSON.stringify({ formatVersion: JSON_REPORT_VERSION, summary, reports: out }, null, 2)}\n`;
}
