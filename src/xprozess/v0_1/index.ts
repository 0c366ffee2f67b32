/**
 * `fim-xoev/xprozess/v0_1`: XProzess 0.1 (Nationale Prozessbibliothek) — read-only model, the metadata as plain
 * values, and the mapping to an XProzess 2.0 Prozess.
 *
 * @example
 * ```ts
 * import * as npb from "fim-xoev/xprozess/v0_1";
 *
 * declare const xml: string;
 * const model = npb.parse(xml);
 * const { data: prozess, diagnostics } = npb.safeConvertToV2(model); // diagnostics: what 2.0 has no place for
 * console.log(prozess?.name, diagnostics.length);
 * ```
 */

export { convertToV2, NPB_THEMEN, safeConvertToV2 } from "../convert/v0_1-to-v2.ts";
export { check, descriptor, validate } from "./descriptor.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { metadataOf, type ParseOptions, parse, revisionOf, safeParse, unescapeHtml, werteOf } from "./parse.ts";
