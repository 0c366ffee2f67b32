/**
 * `fim-xoev/xprozess/v2`: XProzess 2.0 — model, parse, serialize, structural validation, embedded files, BPMN
 * summary and builders. Import it as a namespace:
 *
 * @example
 * ```ts
 * import * as xprozess from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const result = xprozess.safeParse(xml);
 * if (result.success) {
 *   for (const datei of xprozess.listFiles(result.data)) console.log(datei.dateiname);
 *   console.log(xprozess.check(result.data).diagnostics.length);
 * }
 * ```
 */

export * from "./archive.ts";
export * from "./bpmn.ts";
export * from "./build.ts";
export * from "./codes.ts";
export { check, descriptor, inspectNachricht, validate, XPROZESS_RULES } from "./descriptor.ts";
export * from "./files.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { type ParseOptions, parse, safeParse, safeParseElement } from "./parse.ts";
export {
  type DocumentValidationReport,
  prozesseOf,
  type StageState,
  type ValidateDocumentOptions,
  type ValidateOptions,
  type ValidationReport,
  validateDocument,
} from "./rules.ts";
export { type SerializeOptions, safeSerialize, serialize } from "./serialize.ts";
export * from "./xsd.ts";
