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
  /** The class the standard's catalogue gives the rule (opaque to core; FIM-QS: its `Typ`). */
  readonly category?: string | undefined;
  /** @deprecated use `category` (the same value; kept one minor version for readers of JSON and SARIF reports). */
  readonly qsTyp?: string | undefined;
  readonly severity: Diagnostic["severity"];
  readonly message: { readonly de: string; readonly en: string };
}

/**
 * A stage that defines validity but did not run, and why. While a report has one, it cannot vouch for
 * validity: {@link Report.incomplete}.
 */
export interface ReportGap {
  /** The stage that did not run (today always `xsd`: the other stages are skipped only after a failure). */
  readonly stage: Stage;
  /** Why, in words (the reason of the stage's `xsd-skipped` info, or that the caller switched it off). */
  readonly reason: string;
  /** True when the caller switched the stage off on purpose (`xsd: false`), false when it could not run. */
  readonly requested: boolean;
}

/**
 * What a report says about validity: `valid` (every stage that defines validity ran and found no error),
 * `invalid` (a stage found an error), or `valid-without-xsd` (no error, but the XSD stage did not run: the
 * model stage enforced the XSD's simple-type facets, not its whole structure).
 */
export type Validity = "valid" | "invalid" | "valid-without-xsd";

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
  /**
   * The stages that define validity but did not run (absent or empty: all ran). Set by `runPipeline` when the
   * XSD stage was skipped, for whatever reason; `isValid` then says false unless the caller opts in with
   * `{ requireXsd: false }`, and `validityOf` says `valid-without-xsd`.
   */
  readonly incomplete?: readonly ReportGap[] | undefined;
  /**
   * Wall-clock milliseconds the document took (reading, model, rules), where the producer measured it; the
   * JUnit format writes it as the suite's `time`.
   */
  readonly durationMs?: number | undefined;
  /** The engine that ran the XSD stage (`js` or `libxml2`, see `XsdEngineChoice`); absent when it did not run. */
  readonly xsdEngine?: "js" | "libxml2" | undefined;
}
