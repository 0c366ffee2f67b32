/** XSD validation of XDatenfelder 2.0 documents with the official schema set (catalogue id `xdatenfelder-2.0`). */
import { pipelineStandards, type StandardValidateOptions } from "../../core/standard/run.ts";
import { isValid, runPipeline, validityOf } from "../../core/validation/pipeline.ts";
import type { Report, Validity } from "../../core/validation/report.ts";
import { descriptor } from "./descriptor.ts";
import type { Nachricht } from "./model.ts";

/** Options of {@link validate}: where the schema set is (`schemas`, else `FIM_XOEV_SCHEMAS`), reader limits, file name. */
export interface ValidateOptions extends StandardValidateOptions {
  /**
   * Accept a result without the XSD stage as valid (default: only when `xsd: false` switches the stage off).
   * Without schemas the model stage still enforces every simple-type facet of the official XSD; what only the
   * XSD stage checks is the document's structure beyond what the model reads.
   */
  readonly requireXsd?: boolean;
}

/**
 * The pipeline's {@link Report} (its fields are the result's own, so the result is a report), plus the verdict and
 * the parsed message (when the model stage produced one).
 */
export interface ValidationResult extends Report {
  /**
   * True when every stage found nothing and the XSD stage ran, or the caller accepts its absence
   * (`requireXsd: false`, or `xsd: false`).
   */
  readonly valid: boolean;
  /** `valid`, `invalid`, or `valid-without-xsd` (no finding, but the XSD stage did not run). */
  readonly validity: Validity;
  /** The same report as a value of its own (kept for callers that destructure `{ report }`). */
  readonly report: Report;
  readonly nachricht: Nachricht | undefined;
}

/**
 * Validates a document through the stages xml → detect → xsd → model → rules (the FIM-QS rules with `rules: true`; else
 * the rules stage is skipped: they are quality checks, see `check`). The XSD stage uses the official
 * 2.0 schema set from `options.schemas` or `FIM_XOEV_SCHEMAS`; without one it is reported as skipped.
 * `valid` is true when no stage found an error and the XSD stage ran (or the caller accepts its absence: `requireXsd`). Note: the 2.0 XSDs do not import genericode.xsd, so a 0105
 * message with genericode content cannot pass the strict `xs:any` of the official set alone.
 */
export async function validate(xml: string | Uint8Array, options: ValidateOptions = {}): Promise<ValidationResult> {
  const { report, data } = await runPipeline(xml, pipelineStandards([descriptor], options), options);
  const requireXsd = options.requireXsd ?? options.xsd !== false;
  return {
    ...report,
    valid: isValid(report, { requireXsd }),
    validity: validityOf(report),
    report,
    nachricht: data as Nachricht | undefined,
  };
}
