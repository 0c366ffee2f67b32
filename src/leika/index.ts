/**
 * `fim-xoev/leika`: the LeiKa Leistungskatalog, independent of any XZuFi version — the Leistungsschlüssel
 * in its three written forms, the Typisierung and text-module code lists, and a streaming reader of the
 * catalogue CSV.
 *
 * @example
 * ```ts
 * import * as leika from "fim-xoev/leika";
 *
 * const key = leika.parseLeistungsschluessel("99.050.012.104.000"); // "99050012104000"
 * console.log(leika.leistungstypOf(key)); // "LOV"
 * ```
 */

export * from "./codes.ts";
export * from "./csv.ts";
export * from "./katalog.ts";
export * from "./key.ts";
