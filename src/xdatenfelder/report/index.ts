/**
 * The HTML report of an XDatenfelder schema — `import { renderHtmlReport } from "fim-xoev/xdatenfelder/report"`.
 * One self-contained page (no CDN, works offline): the element tree, the QS findings at their elements with the
 * catalogue text, the rules in readable form and a live form preview that applies the rules as the user types.
 * CLI: `fim-xoev report <schema.xml> [-o report.html]`. Guide: docs/report.md.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { renderHtmlReport } from "fim-xoev/xdatenfelder/report";
 *
 * writeFileSync("S60000000017.html", await renderHtmlReport(readFileSync("S60000000017.xml"), { file: "S60000000017.xml" }));
 * ```
 */
export { escapeHtml, type HtmlReportOptions, renderHtmlReport, safeRenderHtmlReport } from "./html.ts";
export type { PreviewData, ReportCode, ReportField, ReportFinding, ReportGroup } from "./model.ts";
