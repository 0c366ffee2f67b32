/** XSD validation of XDatenfelder 3.0.0 documents with the official schema set (catalogue id `xdatenfelder-3.0.0`). */
import { type NachrichtValidationResult, type ValidateOptions, validateNachricht } from "../common/validate.ts";
import { descriptor } from "./descriptor.ts";
import type { Nachricht } from "./model.ts";

export type { NachrichtValidationResult, ValidateOptions } from "../common/validate.ts";

/**
 * The result of {@link validate}: the pipeline's report (its fields are the result's own), the verdict and the
 * parsed 3.0.0 message.
 */
export type ValidationResult = NachrichtValidationResult<Nachricht>;

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
  return validateNachricht(descriptor, xml, options);
}
