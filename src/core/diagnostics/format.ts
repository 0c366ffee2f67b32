import type { Diagnostic } from "./diagnostic.ts";

/** One line per diagnostic: `file:line:column severity code message (path) [ruleId]`. */
export function formatDiagnostic(d: Diagnostic, file?: string): string {
  const where = [file ?? d.file, d.location?.line, d.location?.column].filter((x) => x !== undefined).join(":");
  const rule = d.ruleId !== undefined ? ` [${d.ruleId}]` : "";
  return `${where === "" ? "" : `${where}: `}${d.severity} ${d.code}${rule}: ${d.message} (${d.path})`;
}

/** Counts diagnostics per severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic["severity"], number> {
  const counts = { fatal: 0, error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
