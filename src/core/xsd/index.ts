/**
 * The JS XSD validator: a schema set compiled into components (`compile.ts`), checked on the tree the reader
 * built (`validate.ts`). Knows no standard. Used by `core/validation/xsd.ts` as the `js` engine.
 */
export { type CompileResult, compileSchemaSet } from "./compile.ts";
export type { CompiledSchemaSet } from "./components.ts";
export { type TreeValidateOptions, type TreeValidation, validateTree } from "./validate.ts";
