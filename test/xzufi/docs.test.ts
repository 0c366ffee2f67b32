/** docs/xzufi.md lists exactly the reconstructed names of each version's binding (so the two cannot drift apart). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type ComplexType, reachableTypes } from "../../src/core/binding/types.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { REPO_ROOT } from "../leika/shared.ts";

const DOC = readFileSync(join(REPO_ROOT, "docs", "xzufi.md"), "utf8");

function section(version: string): string {
  const start = DOC.indexOf(`### Reconstructed names in ${version}`);
  expect(start).toBeGreaterThan(0);
  const end = DOC.slice(start + 10).search(/\n##/);
  return end < 0 ? DOC.slice(start) : DOC.slice(start, start + 10 + end);
}

/** `type name` pairs of every reconstructed element and attribute of a binding. */
function reconstructed(root: ComplexType): Set<string> {
  const out = new Set<string>();
  for (const t of reachableTypes(root)) {
    for (const f of t.fields) {
      if ((f.kind === "element" || f.kind === "attribute") && f.reconstructed !== undefined)
        out.add(`${t.name} ${f.kind === "attribute" ? "@" : ""}${f.name}`);
    }
  }
  return out;
}

/** `type name` pairs of the documentation table. */
function documented(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || !cells[1]?.startsWith("`")) continue;
    const names = [...(cells[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const types = (cells[2] ?? "").split(",").map((t) => t.trim());
    for (const t of types) for (const n of names) out.add(`${t} ${n}`);
  }
  return out;
}

describe("docs/xzufi.md", () => {
  test.each([
    ["2.2.0", xzufi22.binding.Nachricht],
    ["2.3.1", xzufi231.binding.Nachricht],
  ] as const)("lists exactly the reconstructed names of %s", (version, root) => {
    expect([...documented(section(version))].sort()).toEqual([...reconstructed(root)].sort());
  });

  test("names the namespaces and the default root element", () => {
    expect(DOC).toContain(xzufi22.NAMESPACE);
    expect(DOC).toContain(xzufi231.NAMESPACE);
    expect(DOC).toContain(xzufi22.DEFAULT_ROOT_ELEMENT);
  });
});
