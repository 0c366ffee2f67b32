/** `fim-xoev/testing/jest`: registers the matchers with Jest's global expect (simulated here) and types jest.Matchers. */
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import type { FimMatchers } from "../../src/testing/jest.ts"; // type-only: brings the global jest.Matchers declaration in

const g = globalThis as { expect?: unknown };

describe("fim-xoev/testing/jest", () => {
  afterEach(() => {
    delete g.expect;
    vi.resetModules();
  });

  it("extends the global expect with every matcher in one import", async () => {
    const extend = vi.fn();
    g.expect = { extend };
    await import("../../src/testing/jest.ts");
    expect(extend).toHaveBeenCalledTimes(1);
    expect(Object.keys(extend.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      "toBeValidDocument",
      "toBeValidXDatenfelder",
      "toPassFimQs",
      "toValidateAsXDatenfelder",
    ]);
  });

  it("says where to import it from when there is no global expect", async () => {
    await expect(import("../../src/testing/jest.ts")).rejects.toThrow(/Jest setup file/);
  });

  it("declares the matchers on jest.Matchers", () => {
    expectTypeOf<jest.Matchers<void>>().toHaveProperty("toPassFimQs");
    expectTypeOf<jest.Matchers<void>["toPassFimQs"]>().toEqualTypeOf<FimMatchers<void>["toPassFimQs"]>();
    expectTypeOf<jest.Matchers<void>["toValidateAsXDatenfelder"]>().returns.toEqualTypeOf<Promise<void>>();
  });
});
