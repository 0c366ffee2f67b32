/**
 * How the XSD engine (libxml2-wasm) is loaded, chosen at build time through the package's `imports` map
 * (`#xsd-engine`). libxml2-wasm initialises its WebAssembly module with a top-level `await`:
 *
 * - Node (`xsd-engine-node.ts`): a dynamic `import()` on first use, so that loading the library costs nothing
 *   until a schema is compiled and the CJS build can still load the ESM-only engine.
 * - Browser (`xsd-engine-browser.ts`): a static import. A bundler that inlines a lazily imported module with a
 *   top-level await into one file leaves a promise that never settles; a static import puts the await at the
 *   top of the bundle, where ECMAScript modules support it.
 */
import type * as Libxml2 from "libxml2-wasm";

/** The libxml2-wasm module namespace. */
export type XsdEngine = typeof Libxml2;
