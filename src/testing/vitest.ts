/**
 * `import "fim-xoev/testing/vitest"` in a vitest setup file (or a test) registers every fim-xoev matcher with
 * vitest's `expect` and declares their types on vitest's `Matchers`, in one import.
 *
 * @example
 * ```ts
 * // in a test file, or once for all in vitest.config.ts: test: { setupFiles: ["fim-xoev/testing/vitest"] }
 * import "fim-xoev/testing/vitest";
 * import { expect, test } from "vitest";
 *
 * declare const xml: string;
 * test("Stammdatenschema", async () => {
 *   expect(xml).toPassFimQs({ failOn: "warning" });
 *   await expect(xml).toValidateAsXDatenfelder(); // XSD included: schemas from option, FIM_XOEV_SCHEMAS or the cache
 * });
 * ```
 */
import { expect } from "vitest";
import { type FimMatchers, fimMatchers } from "./index.ts";
import { type FimXsdMatchers, fimXsdMatchers } from "./xsd.ts";

expect.extend({ ...fimMatchers, ...fimXsdMatchers });

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: T = any must match vitest's declaration for the merge
  interface Matchers<T = any> extends FimMatchers<void>, FimXsdMatchers<void> {}
}

export type { FimMatchers, FimXsdMatchers };
