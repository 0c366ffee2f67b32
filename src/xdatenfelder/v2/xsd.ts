/** XSD validation of XDatenfelder 2.0 documents with the official schema set (catalogue id `xdatenfelder-2.0`). */
import { type NachrichtValidationResult, type ValidateOptions, validateNachricht } from "../common/validate.ts";
import { descriptor } from "./descriptor.ts";
import type { Nachricht } from "./model.ts";

export type { NachrichtValidationResult, ValidateOptions } from "../common/validate.ts";

/**
 * The result of {@link validate}: the pipeline's report (its fields are the result's own), the verdict and the
 * parsed 2.0 message.
 */
export type ValidationResult = NachrichtValidationResult<Nachricht>;

/**
 * Validates an XDatenfelder 2.0 document through the stages xml → detect → xsd → model → rules (the FIM-QS rules with `rules: true`; else
 * the rules stage is skipped: they are quality checks, see `check`). The XSD stage uses the official
 * 2.0 schema set from `options.schemas` or `FIM_XOEV_SCHEMAS`; without one it is reported as skipped.
 * `valid` is true when no stage found an error and the XSD stage ran (or the caller accepts its absence: `requireXsd`). Note: the 2.0 XSDs do not import genericode.xsd, so a 0105
 * message with genericode content cannot pass the strict `xs:any` of the official set alone.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { validate } from "fim-xoev/xdatenfelder/v2";
 * const result = await validate(await readFile("S00000009_xdatenfelder.xml"), { schemas: "schemas/", rules: true });
 * console.log(result.validity); // "valid", "invalid" or "valid-without-xsd"
 * for (const d of result.diagnostics) console.log(d.stage, d.ruleId ?? d.code, d.message);
 * ```
 */
export async function validate(xml: string | Uint8Array, options: ValidateOptions = {}): Promise<ValidationResult> {
  return validateNachricht(descriptor, xml, options);
}
