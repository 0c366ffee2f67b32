/**
 * The API reference builds (`npm run docs` = TypeDoc over every public entry of package.json) and cannot rot:
 * TypeDoc runs here without writing (`--emit none`), with errors failing the test, and every warning — a public
 * export without a doc comment, a broken `{@link}`, a type used by the API but not exported — must be one of the
 * known ones in `typedoc-baseline.txt`. A new undocumented export fails; the baseline only shrinks
 * (`FIM_XOEV_TYPEDOC_BASELINE=write` rewrites it after documenting).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";

const BASELINE = join(REPO_ROOT, "test/docs/typedoc-baseline.txt");

test("TypeDoc builds the API reference without errors and without new warnings", () => {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, "node_modules/typedoc/bin/typedoc"), "--emit", "none"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 280_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes of TypeDoc's log
  const lines = `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, "").split("\n");
  const errors = lines.filter((l) => l.startsWith("[error]"));
  expect(errors).toEqual([]);
  expect(r.status, r.stderr).toBe(0);
  const warnings = [
    ...new Set(lines.filter((l) => l.startsWith("[warning]") && !/^\[warning\] Found \d+ errors/.test(l)).map((l) => l.slice(10))),
  ].sort();
  if (process.env.FIM_XOEV_TYPEDOC_BASELINE === "write") writeFileSync(BASELINE, `${warnings.join("\n")}\n`);
  const known = new Set(readFileSync(BASELINE, "utf8").split("\n").filter(Boolean));
  const fresh = warnings.filter((w) => !known.has(w));
  expect(fresh, "new TypeDoc warnings: give the new public exports a doc comment (see the README's API reference)").toEqual([]);
}, 300_000);
