/**
 * Every public export is documented and every example in the API reference compiles (issue 15.6).
 *
 * The public entries are package.json "exports", mapped to their sources through tsdown.config.ts (the build's
 * entries), and must be TypeDoc's entry points. Every exported symbol needs a doc comment; functions, classes,
 * variables and enums, and the `…Input`/`…Options` types a user writes, need an `@example` whose fenced ```ts
 * block is a complete module importing from the public entries (`fim-xoev/xdatenfelder/v3`, never `src/` or a
 * relative path). All examples are type-checked in one program under the project's strict tsconfig, with every
 * `fim-xoev/<subpath>` mapped to its source entry; an example that does not compile always fails.
 *
 * Symbols still missing a doc comment or an example are listed in `examples-baseline.txt`; a symbol not listed
 * that lacks one fails, and a listed one that has it fails too until the line is removed: the baseline only
 * shrinks. `FIM_XOEV_EXAMPLES_BASELINE=write` rewrites it, dropping what is done and never adding a line.
 * `FIM_XOEV_EXAMPLES_STATS=1` prints the counts per entry.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import tsdownConfig from "../../tsdown.config.ts";
import { REPO_ROOT } from "../support/shared.ts";
import { type HarnessResult, loadCompilerOptions, runHarness, specifierOf } from "./examples-harness.ts";

const BASELINE = join(REPO_ROOT, "test/docs/examples-baseline.txt");
const PACKAGE = "fim-xoev";

interface ExportTarget {
  readonly import?: { readonly default?: string };
}

/** Public specifier → absolute source file, in package.json order, from its "exports" and tsdown's entries. */
function publicEntries(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, ExportTarget | string>;
  };
  expect(pkg.name).toBe(PACKAGE);
  const configs = Array.isArray(tsdownConfig) ? tsdownConfig : [tsdownConfig];
  const built = (configs[0] as { entry?: unknown }).entry as Record<string, string>;
  const entries = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === "string") continue; // ./package.json
    const dist = target.import?.default;
    const name = dist?.match(/^\.\/dist\/(.+)\.mjs$/)?.[1];
    const source = name !== undefined ? built[name] : undefined;
    if (source === undefined) throw new Error(`package.json export ${key} (${dist}) is no entry of tsdown.config.ts`);
    entries.set(specifierOf(PACKAGE, key), join(REPO_ROOT, source));
  }
  return entries;
}

const entries = publicEntries();
let result: HarnessResult;

beforeAll(() => {
  result = runHarness({
    packageName: PACKAGE,
    entries,
    compilerOptions: loadCompilerOptions(join(REPO_ROOT, "tsconfig.json")),
    rootDir: REPO_ROOT,
  });
  if (process.env.FIM_XOEV_EXAMPLES_STATS === "1") printStats(result);
}, 120_000);

test("the public entries are TypeDoc's entry points", () => {
  const typedoc = JSON.parse(readFileSync(join(REPO_ROOT, "typedoc.json"), "utf8")) as { entryPoints: string[] };
  const sources = [...entries.values()].map((f) => f.slice(REPO_ROOT.length + 1));
  expect([...sources].sort()).toEqual([...typedoc.entryPoints].sort());
});

test("every example type-checks and imports only from public entries", () => {
  expect(result.exampleCount).toBeGreaterThan(0);
  expect(result.failures, "fix the @example (the line shown is the source line of the doc comment)").toEqual([]);
});

test("every export has a doc comment, every value and …Input/…Options type an example (or is in the baseline)", () => {
  expect(result.symbols.length).toBeGreaterThan(100);
  const had = existsSync(BASELINE) ? readFileSync(BASELINE, "utf8").split("\n").filter(Boolean) : undefined;
  if (process.env.FIM_XOEV_EXAMPLES_BASELINE === "write") {
    // only shrinks: what is missing now and was already excused (or everything, when there is no baseline yet)
    const keep = had === undefined ? result.missing : result.missing.filter((l) => had.includes(l));
    writeFileSync(BASELINE, `${keep.join("\n")}\n`);
  }
  const known = new Set(readFileSync(BASELINE, "utf8").split("\n").filter(Boolean));
  const missing = new Set(result.missing);
  const where = new Map(result.symbols.map((s) => [s.key, s.where]));
  const fresh = result.missing.filter((l) => !known.has(l)).map((l) => `${l} (${where.get(l.split(" ")[0] as string)})`);
  expect(fresh, "give these exports a doc comment / an @example with a ```ts block (see docs/api.md)").toEqual([]);
  const done = [...known].filter((l) => !missing.has(l));
  expect(done, "documented now: remove these lines (FIM_XOEV_EXAMPLES_BASELINE=write)").toEqual([]);
});

function printStats(r: HarnessResult): void {
  const rows = [...entries.keys()].map((specifier) => {
    const own = r.symbols.filter((s) => s.specifiers.includes(specifier));
    const needing = own.filter((s) => s.needsExample);
    const baseline = r.missing.filter((l) => l.startsWith(`${specifier}#`)).length;
    return `${specifier}\texports ${own.length}\tdoc ${own.filter((s) => s.hasDoc).length}\texample ${
      needing.filter((s) => s.examples.length > 0).length
    }/${needing.length}\tbaseline lines (canonical here) ${baseline}`;
  });
  console.log(
    `${rows.join("\n")}\nsymbols ${r.symbols.length}, examples ${r.exampleCount}, baseline ${r.missing.length}, failures ${r.failures.length}`,
  );
}
