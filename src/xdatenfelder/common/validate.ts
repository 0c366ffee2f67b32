/**
 * `validate` of an XDatenfelder version, written once: the staged pipeline (xml → detect → xsd → model → rules)
 * run from the version's descriptor, with the verdict and the parsed message. Each version module
 * (`v2/xsd.ts`, `v3/xsd.ts`) exports it for its own `Nachricht`. Imports only `core/`.
 */
import type { StandardDescriptor } from "../../core/standard/descriptor.ts";
import { pipelineStandards, type StandardValidateOptions } from "../../core/standard/run.ts";
import { isValid, runPipeline, validityOf } from "../../core/validation/pipeline.ts";
import type { Report, Validity } from "../../core/validation/report.ts";

/**
 * Options of `validate` (`fim-xoev/xdatenfelder/v2` and `…/v3`): where the schema set is (`schemas`, else
 * `FIM_XOEV_SCHEMAS`), reader limits, file name, whether the FIM-QS rules run too.
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
 * The pipeline's {@link Report} (its fields are the result's own, so the result is a report), plus the verdict and
 * the parsed message `N` (when the model stage produced one).
 */
export interface NachrichtValidationResult<N> extends Report {
  /**
   * True when every stage found nothing and the XSD stage ran, or the caller accepts its absence
   * (`requireXsd: false`, or `xsd: false`).
   */
  readonly valid: boolean;
  /** `valid`, `invalid`, or `valid-without-xsd` (no finding, but the XSD stage did not run). */
  readonly validity: Validity;
  /** The same report as a value of its own (kept for callers that destructure `{ report }`). */
  readonly report: Report;
  /** The message the model stage read, when it read one. */
  readonly nachricht: N | undefined;
}

/** Runs the pipeline of one version's descriptor and adds the verdict and the message. */
export async function validateNachricht<N>(
  descriptor: StandardDescriptor<N>,
  xml: string | Uint8Array,
  options: ValidateOptions,
): Promise<NachrichtValidationResult<N>> {
  const { report, data } = await runPipeline(xml, pipelineStandards([descriptor], options), options);
  const requireXsd = options.requireXsd ?? options.xsd !== false;
  return {
    ...report,
    valid: isValid(report, { requireXsd }),
    validity: validityOf(report),
    report,
    nachricht: data as N | undefined,
  };
}
