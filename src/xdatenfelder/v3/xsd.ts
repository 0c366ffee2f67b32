/** XSD validation of XDatenfelder 3.0.0 documents with the official schema set (catalogue id `xdatenfelder-3.0.0`). */
import { pipelineStandards, type StandardValidateOptions } from "../../core/standard/run.ts";
import { isValid, runPipeline, validityOf } from "../../core/validation/pipeline.ts";
import type { Report, Validity } from "../../core/validation/report.ts";
import { descriptor } from "./descriptor.ts";
import type { Nachricht } from "./model.ts";

/**
 * Options of {@link validate}: where the schema set is (`schemas`, else `FIM_XOEV_SCHEMAS`), reader limits, file name,
 * whether the FIM-QS rules run too.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { validate, type ValidateOptions } from "fim-xoev/xdatenfelder/v3";
 * const options: ValidateOptions = { schemas: "schemas/", file: "S05000001205.xdf3.xml", rules: true, requireXsd: true };
 * const result = await validate(await readFile("S05000001205.xdf3.xml"), options);
 * console.log(result.validity); // "valid", "invalid" or "valid-without-xsd"
 * ```
 */
export interface ValidateOptions extends StandardValidateOptions {
  /**
   * Accept a result without the XSD stage as valid (default: only when `xsd: false` switches the stage off).
   * Without schemas the model stage still enforces every simple-type facet of the official XSD; what only the
   * XSD stage checks is the document's structure beyond what the model reads.
   */
  readonly requireXsd?: boolean;
}

/**
 * The result of {@link validate}: the pipeline's {@link Report} (its fields are the result's own, so the result is a
 * report), plus the verdict and the parsed message (when the model stage produced one).
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
 * 3.0.0 schema set from `options.schemas` or `FIM_XOEV_SCHEMAS`; without one it is reported as skipped.
 * `valid` is true when no stage found an error and the XSD stage ran (or the caller accepts its absence: `requireXsd`).
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 * const result = await validate(await readFile("S05000001205.xdf3.xml"), { file: "S05000001205.xdf3.xml" });
 * if (!result.valid) for (const d of result.diagnostics) console.error(`${d.stage} ${d.location?.line ?? "?"}: ${d.message}`);
 * if (result.nachricht?.kind === "xdatenfelder.stammdatenschema.0102") console.log(result.nachricht.stammdatenschema.bezeichnung);
 * ```
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
