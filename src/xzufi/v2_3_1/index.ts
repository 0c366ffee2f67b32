/**
 * `fim-xoev/xzufi/v2_3_1`: XZuFi 2.3.1 — model, parse, serialize, structural validation, builders and the
 * LeiKa import. Import it as a namespace:
 *
 * @example
 * import * as xzufi231 from "fim-xoev/xzufi/v2_3_1";
 * const result = xzufi231.safeParse(xml);
 * const report = result.success ? xzufi231.check(result.data) : undefined;
 */

/** The XML binding tables: every element name with its evidence (`reconstructed`). */
export * as binding from "./binding.ts";
export * from "./build.ts";
export * from "./codes.ts";
export { descriptor, type TransferMessage, validate, type XzufiValidate } from "./descriptor.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { type ParseOptions, parse, parseLeistung, safeParse, safeParseElement, safeParseLeistung } from "./parse.ts";
export {
  type CheckOptions,
  type CheckStructureOptions,
  check,
  checkLeistung,
  checkStructure,
  checkStructureLeistung,
  type StructureReport,
  type ValidateOptions,
  type ValidationReport,
  validateLeistung,
} from "./rules.ts";
export { type SerializeOptions, safeSerialize, serialize, serializeLeistung } from "./serialize.ts";
export * from "./xsd.ts";
