/**
 * XZuFi 2.3.1 as the registry lists it (`src/registry.ts`), and the verbs built from it: `validate` (the whole
 * pipeline xml → detect → xsd → model → rules) and `check` (the structural rules and `XZUFI-nnn` on a model).
 */

import type { StandardValidateOptions } from "../../core/standard/run.ts";
import { validateWith } from "../../core/standard/run.ts";
import type { Report } from "../../core/validation/report.ts";
import { type TransferMessage, xzufiDescriptor } from "../common/descriptor.ts";
import type { Nachricht } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIXES, VERSION } from "./namespace.ts";
import { safeParse, safeParseElement } from "./parse.ts";
import { check as checkRules, type ValidateOptions, type ValidationReport, validate as validateModel } from "./rules.ts";
import { serialize } from "./serialize.ts";

/** XZuFi 2.3.1 in the standard registry. */
export const descriptor = xzufiDescriptor<Nachricht>({
  version: VERSION,
  namespace: NAMESPACE,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  prefixes: PREFIXES,
  fixtures: ["fixtures/xzufi/v2_3_1/valid", "fixtures/xzufi/v2_3_1/round-trip"],
  safeParseElement,
  safeParse,
  serialize: (model) => serialize(model),
  validate: validateModel,
  check: (model, o) =>
    checkRules(model, { ...(o.file !== undefined && { file: o.file }), ...(o.policy !== undefined && { policy: o.policy }) }),
});

/**
 * @deprecated `validate(model)` is `check(model)` now (a `Report`, policies apply); this form stays one minor version.
 * Checks a model structurally and returns the old {@link ValidationReport}.
 */
export function validate(nachricht: TransferMessage, options?: ValidateOptions): ValidationReport;
/**
 * Validates a document: xml → detect → xsd (with the user-supplied official set, `schemas/catalog.json`
 * `xzufi-2.3.1`) → model → rules, as a {@link Report}.
 */
export function validate(xml: string | Uint8Array, options?: StandardValidateOptions): Promise<Report>;
export function validate(
  input: string | Uint8Array | TransferMessage,
  options: StandardValidateOptions & ValidateOptions = {},
): Promise<Report> | ValidationReport {
  return typeof input === "string" || input instanceof Uint8Array
    ? validateWith(descriptor, input, options)
    : validateModel(input as Nachricht, options);
}
