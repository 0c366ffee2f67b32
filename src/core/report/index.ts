/** Report formats for CI and people: text, JSON, JUnit XML, SARIF 2.1.0. */

export * from "./json.ts";
export * from "./junit.ts";
export * from "./sarif.ts";
export * from "./text.ts";

import type { Report } from "../validation/report.ts";
import { formatJson } from "./json.ts";
import { formatJunit, type JunitOptions } from "./junit.ts";
import { formatSarif, type SarifOptions } from "./sarif.ts";
import { formatText } from "./text.ts";

/** The report formats. */
export type ReportFormat = "text" | "json" | "junit" | "sarif";

/**
 * Renders reports in a format.
 *
 * @example
 * ```ts
 * import { formatReports, type ReportFormat } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const files: readonly { readonly name: string; readonly xml: string }[];
 * declare const format: ReportFormat; // from --format text|json|junit|sarif
 * const reports = files.map(({ name, xml }) => checkXml(xml, { file: name }));
 * console.log(formatReports(reports, format, { failOn: "warning", toolVersion: "1.4.0" }));
 * ```
 */
export function formatReports(reports: readonly Report[], format: ReportFormat, options: JunitOptions & SarifOptions = {}): string {
  switch (format) {
    case "text":
      return formatText(reports, options);
    case "json":
      return formatJson(reports, options);
    case "junit":
      return formatJunit(reports, options);
    case "sarif":
      return formatSarif(reports, options);
  }
}
