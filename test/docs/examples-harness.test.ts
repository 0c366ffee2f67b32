/**
 * The harness behind examples.test.ts on a tiny in-memory package `demo` with two entries, so that it cannot pass
 * silently: a missing doc comment and a missing example are reported, a broken example (also in a module comment),
 * a relative import and an import of a non-public subpath fail, a good example passes, aliases and re-exports are counted once.
 */
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";
import { type HarnessResult, loadCompilerOptions, runHarness } from "./examples-harness.ts";

const DIR = join(REPO_ROOT, "test/docs/__fixture__/demo");
const INDEX = join(DIR, "index.ts");
const EXTRA = join(DIR, "extra.ts");

const index = `/**
 * The demo package.
 * @module
 */

/**
 * Adds two numbers.
 *
 * @example
 * \`\`\`ts
 * import { add } from "demo";
 *
 * const sum: number = add(1, 2);
 * console.log(sum);
 * \`\`\`
 */
export function add(a: number, b: number): number {
  return a + b;
}

/** Subtracts; documented, but without an example. */
export function sub(a: number, b: number): number {
  return a - b;
}

/**
 * Multiplies.
 *
 * @example
 * \`\`\`ts
 * import { mul } from "demo";
 *
 * const product: string = mul(2, 3);
 * console.log(product);
 * \`\`\`
 */
export function mul(a: number, b: number): number {
  return a * b;
}

/**
 * Divides.
 *
 * @example
 * \`\`\`ts
 * import { div } from "./index.ts";
 * console.log(div(6, 3));
 * \`\`\`
 */
export function div(a: number, b: number): number {
  return a / b;
}

/**
 * Negates.
 *
 * @example
 * \`\`\`ts
 * import { neg } from "demo/internal";
 * console.log(neg(1));
 * \`\`\`
 */
export function neg(a: number): number {
  return -a;
}

/**
 * Squares; the example is prose, not a fenced block.
 *
 * @example
 * square(3) === 9
 */
export function square(a: number): number {
  return a * a;
}

export function undocumented(): void {}

/** Options of nothing in particular, without an example. */
export interface DemoOptions {
  readonly strict?: boolean;
}

/** A result: a type a user does not write needs no example. */
export interface DemoResult {
  readonly value: number;
}

/**
 * The default precision.
 *
 * @example
 * \`\`\`ts
 * import { PRECISION } from "demo/extra";
 * console.log(PRECISION.toFixed(1));
 * \`\`\`
 */
export const PRECISION = 2;

/** @deprecated use {@link add} */
export const plus = add;

export { add as sum };
`;

const extra = `/**
 * More of the demo; a module comment's example is checked too.
 *
 * @example
 * \`\`\`ts
 * import { add } from "demo/extra";
 * console.log(add(1, "2"));
 * \`\`\`
 */
export { add, PRECISION } from "./index.ts";
`;

let r: HarnessResult;

beforeAll(() => {
  r = runHarness({
    packageName: "demo",
    entries: new Map([
      ["demo", INDEX],
      ["demo/extra", EXTRA],
    ]),
    compilerOptions: loadCompilerOptions(join(REPO_ROOT, "tsconfig.json")),
    rootDir: REPO_ROOT,
    files: new Map([
      [INDEX, index],
      [EXTRA, extra],
    ]),
  });
}, 60_000);

test("a missing doc comment and a missing example are reported; a prose @example is no example", () => {
  expect(r.missing).toEqual([
    "demo#DemoOptions example",
    "demo#square example",
    "demo#sub example",
    "demo#undocumented doc",
    "demo#undocumented example",
  ]);
  const square = r.symbols.find((s) => s.name === "square");
  expect(square?.unfencedExamples).toBe(1);
});

test("every symbol is counted once, under the entry nearest its declaration and its own name", () => {
  expect(r.symbols.map((s) => s.key)).toEqual([
    "demo#DemoOptions",
    "demo#DemoResult",
    "demo#PRECISION",
    "demo#add",
    "demo#div",
    "demo#mul",
    "demo#neg",
    "demo#plus",
    "demo#square",
    "demo#sub",
    "demo#undocumented",
  ]);
  expect(r.symbols.find((s) => s.name === "add")?.specifiers).toEqual(["demo", "demo/extra"]);
  expect(r.symbols.find((s) => s.name === "plus")).toMatchObject({ deprecated: true, needsExample: false, hasDoc: true });
  expect(r.symbols.find((s) => s.name === "DemoResult")).toMatchObject({ hasDoc: true, needsExample: false });
  expect(r.symbols.find((s) => s.name === "add")?.where).toBe("test/docs/__fixture__/demo/index.ts:6");
});

test("a broken example, a relative import and a non-public subpath fail, naming the symbol and the source line", () => {
  expect(r.exampleCount).toBe(6);
  const f = r.failures;
  expect(f.find((m) => m.startsWith("demo#mul"))).toBe(
    "demo#mul (test/docs/__fixture__/demo/index.ts:33): TS2322 Type 'number' is not assignable to type 'string'.",
  );
  expect(f).toContain(
    'demo#div (test/docs/__fixture__/demo/index.ts:46): imports "./index.ts": examples import from the public entries (demo/…), never relative or src/ paths',
  );
  expect(f).toContain("demo#div (test/docs/__fixture__/demo/index.ts:46): the example imports nothing from demo");
  expect(f).toContain('demo#neg (test/docs/__fixture__/demo/index.ts:59): imports "demo/internal", which is not a public entry of demo');
  // the compiler's own errors for the two bad imports, and nothing else: add's and PRECISION's examples pass
  expect(f.filter((m) => m.includes("TS2307"))).toHaveLength(2);
  expect(f.find((m) => m.startsWith("demo/extra#(module)"))).toMatch(
    /^demo\/extra#\(module\) \(test\/docs\/__fixture__\/demo\/extra\.ts:7\): TS2345 /,
  );
  expect(f).toHaveLength(7);
  expect(f.some((m) => m.startsWith("demo#add"))).toBe(false);
});
