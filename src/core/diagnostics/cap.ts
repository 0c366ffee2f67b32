/**
 * The cap on diagnostics per document (`maxDiagnostics`): a document with a million findings must not cost a
 * million messages and paths, nor a report nobody can read. The first `limit` findings are kept as they are;
 * the rest are counted and summed up in one `diagnostics-truncated` finding at the worst severity among them
 * (`fatal` counted as `error`), so that a result's success and a report's validity stay what they would be
 * without the cap.
 */

import { diagnostic } from "./create.ts";
import { type Diagnostic, SEVERITY_RANK, type Severity, type Stage } from "./diagnostic.ts";

/** Counts the diagnostics left out of a list: how many, the worst severity, and the stage of the first. */
export class OmittedDiagnostics {
  count = 0;
  worst: Severity = "info";
  stage: Stage | undefined;

  /** Counts one left-out finding (a `diagnostics-truncated` one counts as the findings it stands for). */
  add(severity: Severity, stage: Stage, count = 1): void {
    this.count += count;
    const s: Severity = severity === "fatal" ? "error" : severity;
    if (SEVERITY_RANK[s] < SEVERITY_RANK[this.worst]) this.worst = s;
    this.stage ??= stage;
  }

  addDiagnostic(d: Diagnostic): void {
    this.add(d.severity, d.stage, d.code === "diagnostics-truncated" ? d.params.count : 1);
  }

  /** The `diagnostics-truncated` finding for what was left out, or `undefined` when nothing was. */
  diagnostic(limit: number, file: string | undefined): Diagnostic | undefined {
    if (this.count === 0) return undefined;
    return diagnostic({
      code: "diagnostics-truncated",
      params: { count: this.count, limit },
      severity: this.worst,
      stage: this.stage ?? "model",
      path: "/",
      file,
    });
  }
}

/**
 * Caps a list at `limit` findings plus one `diagnostics-truncated` finding for the rest; returns the list itself
 * when it holds no more than `limit` findings besides `diagnostics-truncated` ones (which are merged into one).
 */
export function capDiagnostics(list: readonly Diagnostic[], limit: number, file?: string): readonly Diagnostic[] {
  if (list.length <= limit) return list;
  const kept: Diagnostic[] = [];
  const omitted = new OmittedDiagnostics();
  for (const d of list) {
    if (d.code === "diagnostics-truncated" || kept.length >= limit) omitted.addDiagnostic(d);
    else kept.push(d);
  }
  const summary = omitted.diagnostic(limit, file ?? list.find((d) => d.file !== undefined)?.file);
  if (summary !== undefined) kept.push(summary);
  return kept;
}
