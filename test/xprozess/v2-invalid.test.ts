/**
 * `fixtures/xprozess/v2/invalid/`: one-defect copies of the hand-made valid fixtures (the one-defect copies of the
 * real file are made in memory by `v2-rules.test.ts`). Each gives exactly the finding its name says, with its line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const DIR = join(REPO_ROOT, "fixtures", "xprozess", "v2", "invalid");

it.each([
  ["missing-nachrichtenkopf.xml", "missing-element", undefined, "/xprozess:prozesskatalog.anfrage.0101/xprozess:nachrichtenkopf", 2],
  [
    "prozessklasse-version-before-id.xml",
    "element-out-of-order",
    undefined,
    "/xprozess:prozesskatalog.export.0103/xprozess:prozesskatalog/xprozess:prozessklasse/xprozess:version",
    71,
  ],
  [
    "nachrichtentyp-wrong-list-uri.xml",
    "invalid-value",
    "XPROZESS-001",
    "/xprozess:prozesskatalog.anfrage.0101/xprozess:nachrichtenkopf/xprozess:nachrichtentyp/@listURI",
    5,
  ],
  ["rag-code-9.xml", "unknown-code", undefined, undefined, 173],
  ["inhalt-invalid-base64.xml", "invalid-base64", undefined, undefined, undefined],
  [
    "unknown-element.xml",
    "unexpected-element",
    undefined,
    "/xprozess:prozesskatalog.anfrage.0101/xprozess:nachrichtenkopf/xprozess:prioritaet",
    9,
  ],
  ["xprozess-version-3.xml", "invalid-value", undefined, "/xprozess:prozesskatalog.anfrage.0101/@xprozessVersion", 2],
] as const)("%s: %s", async (file, code, ruleId, path, line) => {
  const xml = readFileSync(join(DIR, file), "utf8");
  const report = await xprozess.validateDocument(xml, { env: {} });
  expect(report.valid).toBe(false);
  const errors = report.diagnostics.filter((d) => d.severity === "error");
  expect(errors.length, JSON.stringify(errors)).toBeGreaterThan(0);
  const first = errors[0];
  expect(first?.code).toBe(code);
  if (ruleId !== undefined) expect(first?.ruleId).toBe(ruleId);
  if (path !== undefined) expect(first?.path).toBe(path);
  if (line !== undefined) expect(first?.location?.line).toBe(line);
  // the tolerant reader still reads every one of them, except where a value cannot be held
  expect(xprozess.safeParse(xml).data).toBeDefined();
});
