import type { Diagnostic } from "./diagnostic.ts";

/**
 * One line per diagnostic: `file:line:column severity code message (path) [ruleId]`.
 *
 * @example
 * ```ts
 * import { formatDiagnostic } from "fim-xoev";
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const result = safeParse(xml);
 * // "S00000000362.xml:12:5: error missing-element: … (/xdf3:…)"
 * for (const d of result.diagnostics) console.log(formatDiagnostic(d, "S00000000362.xml"));
 * ```
 */
export function formatDiagnostic(d: Diagnostic, file?: string): string {
  const where = [file ?? d.file, d.location?.line, d.location?.column].filter((x) => x !== undefined).join(":");
  const rule = d.ruleId !== undefined ? ` [${d.ruleId}]` : "";
  return `${where === "" ? "" : `${where}: `}${d.severity} ${d.code}${rule}: ${d.message} (${d.path})`;
}

/**
 * Counts diagnostics per severity.
 *
 * @example
 * ```ts
 * import { countBySeverity } from "fim-xoev";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const { error, warning } = countBySeverity(checkXml(xml).diagnostics);
 * console.log(`${error} Fehler, ${warning} Warnungen`);
 * ```
 */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic["severity"], number> {
  const counts = { fatal: 0, error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
