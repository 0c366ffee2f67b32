/** docs/qs.md lists every catalogue check, and its status per version matches the rule sets. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { qsRules as v2 } from "../../../src/xdatenfelder/v2/rules/index.ts";
import { QS_KATALOG, qsRules as v3 } from "../../../src/xdatenfelder/v3/rules/index.ts";
import { REPO_ROOT } from "../../support/shared.ts";

const rows = readFileSync(join(REPO_ROOT, "docs", "qs.md"), "utf8")
  .split("\n")
  .filter((l) => /^\| 1\d{3} \|/.test(l))
  .map((l) => l.split(" | ").map((c) => c.replace(/^\| /, "")))
  .filter((cells) => cells.length >= 7);

test("docs/qs.md has one row per catalogue code, with the catalogue class and text", () => {
  expect(rows.map((r) => r[0])).toEqual(Object.keys(QS_KATALOG));
  for (const r of rows) {
    const e = QS_KATALOG[r[0] as string];
    expect(r[1]).toBe(e?.typ);
    expect(r[4]?.replace(/\\\|/g, "|")).toBe(e?.de);
  }
});

test("a check is documented as implemented exactly when its version's rule set has it", () => {
  for (const [set, col] of [
    [v3, 2],
    [v2, 3],
  ] as const) {
    const ids = new Set(set.map((r) => r.id));
    const documented = rows.filter((r) => /^(implemented|deactivated \(implemented)/.test(r[col] ?? "")).map((r) => r[0]);
    expect(documented.sort()).toEqual([...ids].sort());
  }
});
