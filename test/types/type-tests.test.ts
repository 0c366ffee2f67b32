/**
 * Runs the type tests (`*.test-d.ts`) as part of `npm test`: they are compiled with the project's compiler options,
 * and any diagnostic fails — including an unused `@ts-expect-error`, so a type that stops rejecting a typo fails here.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";

function typeTests(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test-d.ts"))
    .map((f) => join(REPO_ROOT, dir, f));
}

describe("type tests", () => {
  it("every *.test-d.ts compiles: typed tables, the XProzess model, literal code unions in builder inputs", () => {
    const files = [...typeTests("src"), ...typeTests("test")];
    expect(files.length).toBeGreaterThanOrEqual(3);
    const config = ts.readConfigFile(join(REPO_ROOT, "tsconfig.json"), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO_ROOT);
    const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file === undefined ? "" : `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `;
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
