/** Plain-text report for terminals and logs: one block per file, one line per finding. */
import { type Locale, localize } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { countBySeverity } from "../diagnostics/format.ts";
import type { Report } from "../validation/report.ts";

/**
 * Options of the text and other report formats.
 *
 * @example
 * ```ts
 * import { type FormatOptions, formatText } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const options: FormatOptions = { locale: "de" }; // the messages in German, whatever the active locale
 * console.log(formatText([checkXml(xml, { file: "S00000000362.xml" })], options));
 * ```
 */
export interface FormatOptions {
  /** Locale of the messages (default: as the diagnostics were made). */
  readonly locale?: Locale | undefined;
}

/**
 * The element a finding names (quality checks), if any.
 *
 * @example
 * ```ts
 * import { findingElement } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * // the QS findings per element (F…, G…, R…) for an editor's side panel
 * const proElement = new Map<string, string[]>();
 * for (const d of checkXml(xml).diagnostics) {
 *   const element = findingElement(d) ?? "(Dokument)";
 *   proElement.set(element, [...(proElement.get(element) ?? []), d.message]);
 * }
 * console.log(proElement);
 * ```
 */
export function findingElement(d: Diagnostic): string | undefined {
  return d.code === "quality-check" ? d.params.element : undefined;
}

/**
 * A finding's message in the requested locale.
 *
 * @example
 * ```ts
 * import { messageOf } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * for (const d of checkXml(xml).diagnostics) console.log(d.ruleId, messageOf(d, "de"));
 * ```
 */
export function messageOf(d: Diagnostic, locale: Locale | undefined): string {
  return locale === undefined ? d.message : localize(d, locale).message;
}

/**
 * Renders reports as text.
 *
 * @example
 * ```ts
 * import { formatText } from "fim-xoev/report";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const { report } = await validate(xml, { file: "S00000000362.xml" });
 * // the stages, every finding on a line of its own, and a summary
 * console.log(formatText([report]));
 * ```
 */
export function formatText(reports: readonly Report[], options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const r of reports) {
    const c = countBySeverity(r.diagnostics);
    const head = `${r.file ?? "(input)"}${r.standard === undefined ? "" : ` [${r.standard}]`}: ${c.fatal + c.error} error(s), ${c.warning} warning(s), ${c.info} info`;
    lines.push(
      r.completed
        ? head
        : `${head} — incomplete (${r.stages
            .filter((s) => s.status === "skipped")
            .map((s) => s.stage)
            .join(", ")} skipped)`,
    );
    for (const d of r.diagnostics) {
      const where = d.location === undefined ? "" : `${d.location.line}${d.location.column === undefined ? "" : `:${d.location.column}`}`;
      const id = d.ruleId ?? d.code;
      const el = findingElement(d);
      lines.push(
        `  ${d.severity.padEnd(7)} ${id.padEnd(6)} ${where.padEnd(10)} ${el === undefined ? "" : `${el}  `}${messageOf(d, options.locale)}`,
      );
    }
    for (const s of r.rulesSkipped) lines.push(`  skipped ${s.ruleId.padEnd(6)} ${s.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
