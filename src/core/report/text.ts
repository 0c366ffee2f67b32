/** Plain-text report for terminals and logs: one block per file, one line per finding. */
import { type Locale, localize } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { countBySeverity } from "../diagnostics/format.ts";
import type { Report } from "../validation/report.ts";

/** Options of the text and other report formats. */
export interface FormatOptions {
  /** Locale of the messages (default: as the diagnostics were made). */
  readonly locale?: Locale | undefined;
}

/** The element a finding names (quality checks), if any. */
export function findingElement(d: Diagnostic): string | undefined {
  return d.code === "quality-check" ? d.params.element : undefined;
}

/** A finding's message in the requested locale. */
export function messageOf(d: Diagnostic, locale: Locale | undefined): string {
  return locale === undefined ? d.message : localize(d, locale).message;
}

/** Renders reports as text. */
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
