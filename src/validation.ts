/**
 * `fim-xoev/validation` — XSD validation over libxml2-wasm (loaded lazily), the schema catalogue and
 * the staged pipeline. Kept apart from the standards' entry points because the XSD engine is heavy.
 * Also here: the XSD datatypes and facets the model stages enforce (also without the XSD stage), the reader's
 * limits (`ReadOptions`) that `PipelineOptions` and every parse options type extend, and `StandardDescriptor`, the
 * shape every standard version's `descriptor` has.
 */
export type {
  DocumentParseOptions,
  ElementParseOptions,
  InspectOptions,
  InspectView,
  ModelCheckOptions,
  StandardDescriptor,
} from "./core/standard/descriptor.ts";
export type { StandardValidateOptions } from "./core/standard/run.ts";
export * from "./core/validation/index.ts";
// the reader's XmlElement tree stays internal (docs/vocabulary.md); these two are data of models and options
export type { KeptAttribute, QName } from "./core/xml/node.ts";
export type { PrefixMap } from "./core/xml/path.ts";
export type { ReadOptions } from "./core/xml/read.ts";
export * from "./core/xsd-types/index.ts";
