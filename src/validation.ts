/**
 * `fim-xoev/validation` — XSD validation over libxml2-wasm (loaded lazily), the schema catalogue and
 * the staged pipeline. Kept apart from the standards' entry points because the XSD engine is heavy.
 * Also here: the XSD datatypes and facets the model stages enforce (also without the XSD stage), and the
 * reader's limits (`ReadOptions`) that `PipelineOptions` and every parse options type extend.
 */
export * from "./core/validation/index.ts";
export type { QName } from "./core/xml/node.ts";
export type { PrefixMap } from "./core/xml/path.ts";
export type { ReadOptions } from "./core/xml/read.ts";
export * from "./core/xsd-types/index.ts";
