/**
 * `fim-xoev/xzufi/v2_2_0`: XZuFi 2.2.0 — model, parse, serialize, structural validation, builders and the
 * LeiKa import. Import it as a namespace:
 *
 * @example
 * import * as xzufi22 from "fim-xoev/xzufi/v2_2_0";
 * const result = xzufi22.safeParse(xml);
 * const report = result.success ? xzufi22.check(result.data) : undefined;
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
