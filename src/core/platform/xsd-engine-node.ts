/** Node: libxml2-wasm is imported on first use (see `xsd-engine.ts`). */
import type { XsdEngine } from "./xsd-engine.ts";

export function loadXsdEngine(): Promise<XsdEngine> {
  return import("libxml2-wasm");
}
