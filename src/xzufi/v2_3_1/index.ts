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
export * from "./descriptor.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export * from "./parse.ts";
export * from "./rules.ts";
export * from "./serialize.ts";
export * from "./xsd.ts";
