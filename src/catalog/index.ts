/**
 * `fim-xoev/catalog`: one catalogue across the FIM standards. Load LeiKa CSV, XZuFi, XDatenfelder (schemas,
 * Dokumentsteckbriefe, genericode code lists) and XProzess files, then ask what is known for a Leistungsschlüssel,
 * which schemas use a field or a code list, and what is missing.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { Catalog } from "fim-xoev/catalog";
 *
 * const catalog = new Catalog();
 * catalog.add(readFileSync("leika.csv"), { file: "leika.csv" });
 * catalog.add(readFileSync("S60000000017.xml"), { file: "S60000000017.xml" });
 * console.log(catalog.lookup("99125001012000").data?.stammdatenschemata);
 * ```
 */
export { type AddOptions, Catalog, type CatalogFile, type CatalogFileKind, type CatalogSummary } from "./catalog.ts";
export { keysInText } from "./extract.ts";
export { type CatalogMappingEntry, parseMapping } from "./mapping.ts";
export type * from "./model.ts";
