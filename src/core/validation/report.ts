/**
 * The outcome of checking one document: the state of every pipeline stage, every finding, and which rules
 * ran or were skipped. A report states facts; whether they are acceptable is decided by a policy
 * (`policy.ts`).
 */
import type { Diagnostic, Stage } from "../diagnostics/diagnostic.ts";

/** What happened to one pipeline stage. */
export type StageStatus = "passed" | "failed" | "skipped";

/** A rule that did not run, and why. */
export interface SkippedRule {
  readonly ruleId: string;
  readonly reason: string;
}

/** Metadata of a rule as reports need it (SARIF `rules`, JUnit test cases). */
export interface RuleInfo {
  readonly id: string;
  readonly qsTyp?: string | undefined;
  readonly severity: Diagnostic["severity"];
  readonly message: { readonly de: string; readonly en: string };
}

/** The report of one document. */
export interface Report {
  /** The file the report is about, when known. */
  readonly file?: string | undefined;
  /** Which standard and version the document was read as (e.g. `XDatenfelder 3.0.0`). */
  readonly standard?: string | undefined;
  /** True when every stage ran (none was skipped because an earlier one failed). */
  readonly completed: boolean;
  /** State of each stage that applies, in pipeline order. */
  readonly stages: readonly { readonly stage: Stage; readonly status: StageStatus }[];
  /** Every finding of every stage. */
  readonly diagnostics: readonly Diagnostic[];
  /** Rules that ran (whether or not they found anything). */
  readonly rulesExecuted: readonly RuleInfo[];
  /** Rules that were enabled but could not run. */
  readonly rulesSkipped: readonly SkippedRule[];
}
