/**
 * `import "fim-xoev/testing/jest"` from a Jest setup file (`setupFilesAfterEach`) registers every fim-xoev
 * matcher with Jest's global `expect` and declares their types on `jest.Matchers` (the `@types/jest` globals),
 * in one import.
 *
 * @example
 * // jest.config.js: setupFilesAfterEach: ["fim-xoev/testing/jest"]
 * expect(xml).toPassFimQs();
 * await expect(xml).toValidateAsXDatenfelder();
 *
 * With `@jest/globals` instead of the globals, declare the types once in your project:
 * `declare module "expect" { interface Matchers<R> extends import("fim-xoev/testing").FimMatchers<R> {} }`.
 */
import { type ExpectLike, type FimMatchers, fimMatchers } from "./index.ts";
import { type FimXsdMatchers, fimXsdMatchers } from "./xsd.ts";

const jestExpect = (globalThis as { expect?: { extend?: unknown } }).expect;
if (jestExpect === undefined || typeof jestExpect.extend !== "function") {
  throw new TypeError(
    "fim-xoev/testing/jest: there is no global expect to register the matchers with; import this module from a Jest setup file (setupFilesAfterEach)",
  );
}
(jestExpect as unknown as { extend(m: Record<string, unknown>): void }).extend({ ...fimMatchers, ...fimXsdMatchers });

declare global {
  namespace jest {
    // biome-ignore lint/complexity/noBannedTypes: R and T = {} must match @types/jest's declaration for the merge
    interface Matchers<R, T = {}> extends FimMatchers<R>, FimXsdMatchers<R> {}
  }
}

export type { ExpectLike, FimMatchers, FimXsdMatchers };
