/**
 * `fim-xoev/validation` — XSD validation over libxml2-wasm (loaded lazily), the schema catalogue and
 * the staged pipeline. Kept apart from the standards' entry points because the XSD engine is heavy.
 */
export * from "./core/validation/index.ts";
/** The XSD datatypes and facets the model stages enforce (also without the XSD stage). */
export * from "./core/xsd-types/index.ts";
// the reader's limits, which PipelineOptions and every parse options type extend, and the types they use
export type { QName } from "./core/xml/node.ts";
export type { PrefixMap } from "./core/xml/path.ts";
export type { ReadOptions } from "./core/xml/read.ts";
