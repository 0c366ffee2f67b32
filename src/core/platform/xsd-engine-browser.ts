/** Browser: libxml2-wasm is imported statically, so its top-level await runs when the bundle loads (see `xsd-engine.ts`). */
import * as libxml2 from "libxml2-wasm";
import type { XsdEngine } from "./xsd-engine.ts";

export function loadXsdEngine(): Promise<XsdEngine> {
  return Promise.resolve(libxml2);
}
