/**
 * The regeln module runs in the browser: neither it nor anything it imports (transitively, inside src/) uses a
 * Node built-in or the `process`/`Buffer` globals.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../support/shared.ts";

/** The source without its comments (doc-comment examples import from the public entries and may name `process`). */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//gu, "")
    .replace(/^\s*\/\/.*$/gmu, "");
}

function closure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = code(file);
    // Type-only imports are erased by the compiler and do not count.
    for (const m of text.matchAll(/^(?:import|export)(?!\s+type\b)[^"']*?from\s+["']([^"']+)["']/gmu)) {
      const spec = m[1] as string;
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec));
      else seen.add(`bare:${spec}`);
    }
  }
  return [...seen];
}

describe("regeln in the browser", () => {
  it("imports no Node built-in and uses no Node globals", () => {
    const files = closure(join(REPO_ROOT, "src/xdatenfelder/regeln/index.ts"));
    expect(files.filter((f) => f.startsWith("bare:"))).toEqual([]);
    for (const f of files.filter((f) => !f.startsWith("bare:"))) expect(code(f)).not.toMatch(/\b(?:process|Buffer|require)\s*[.(]/u);
    expect(files.length).toBeGreaterThan(5);
  });
});
