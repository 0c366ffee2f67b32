/**
 * `fim-xoev/xzufi/v2_3_1`: XZuFi 2.3.1 — model, parse, serialize, structural validation, builders and the
 * LeiKa import. Import it as a namespace:
 *
 * @example
 * import * as xzufi231 from "fim-xoev/xzufi/v2_3_1";
 * const result = xzufi231.safeParse(xml);
 * const report = result.success ? xzufi231.validate(result.data) : undefined;
 */
export * from "./namespace.ts";
export type * from "./model.ts";
export * from "./codes.ts";
export { safeParse, parse, safeParseElement, safeParseLeistung, parseLeistung, type ParseOptions } from "./parse.ts";
export { serialize, safeSerialize, serializeLeistung, type SerializeOptions } from "./serialize.ts";
export { validate, validateLeistung, type ValidationReport, type ValidateOptions } from "./rules.ts";
export * from "./build.ts";
export * from "./xsd.ts";
/** The XML binding tables: every element name with its evidence (`reconstructed`). */
export * as binding from "./binding.ts";
