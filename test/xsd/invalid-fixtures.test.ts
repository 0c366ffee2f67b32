/**
 * Hand-written XDatenfelder 3.0.0 documents with known XSD errors: our validator reports exactly the expected
 * codes, lines and canonical paths (`<name>.expected.json`) with either engine, and xmllint reports the same lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createXsdValidator, loadSchemaSet, type XsdEngineName, type XsdValidator } from "../../src/core/validation/index.ts";
import { hasShared, hasXmllint, repoRoot, runXmllint, standardsDir, type XmllintVerdict } from "./shared.ts";

const DIR = join(repoRoot, "fixtures/xdatenfelder/v3/invalid");
const PREFIXES = { "urn:xoev-de:fim:standard:xdatenfelder_3.0.0": "xdf3" };

interface Expected {
  readonly diagnostics: readonly { readonly code: string; readonly line: number; readonly path?: string }[];
}

const ENGINES: readonly XsdEngineName[] = ["js", "libxml2"];

const fixtures = readdirSync(DIR)
  .filter((f) => f.startsWith("xsd-") && f.endsWith(".xml"))
  .sort();

describe.skipIf(!hasShared)("invalid XDatenfelder 3.0.0 fixtures", () => {
  const validators: Partial<Record<XsdEngineName, XsdValidator>> = {};
  let reference: Map<string, XmllintVerdict> | undefined;

  beforeAll(async () => {
    const set = await loadSchemaSet("xdatenfelder-3.0.0", { schemas: standardsDir });
    for (const engine of ENGINES) validators[engine] = await createXsdValidator(set, { engine });
    if (hasXmllint()) reference = await runXmllint(join(standardsDir, "xdatenfelder/3.0.0/xdatenfelder.xsd"), fixtures, DIR);
  });
  afterAll(() => {
    for (const v of Object.values(validators)) v.dispose();
  });

  it("has fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of fixtures) {
    describe(name, () => {
      const expected = JSON.parse(readFileSync(join(DIR, name.replace(/\.xml$/, ".expected.json")), "utf8")) as Expected;

      it.each(ENGINES)("gives exactly the expected diagnostics (%s engine)", (engine) => {
        const report = (validators[engine] as XsdValidator).validate(readFileSync(join(DIR, name)), { file: name, prefixes: PREFIXES });
        expect(report.engine).toBe(engine);
        expect(report.valid).toBe(false);
        const actual = report.diagnostics.map((d) => ({
          code: d.code,
          line: d.location?.line,
          ...(expected.diagnostics.some((e) => e.path !== undefined) && { path: d.path }),
        }));
        expect(actual).toEqual(expected.diagnostics);
        for (const d of report.diagnostics) {
          expect(d).toMatchObject({ severity: "error", stage: "xsd", file: name });
          // libxml2 reports no column; the js engine the element's (or the attribute's on the same line)
          if (engine === "libxml2") expect(d.location?.column).toBeUndefined();
          else expect(d.location?.column).toBeGreaterThan(0);
        }
      });

      it.skipIf(!hasXmllint() && !process.env.CI)("agrees with xmllint", () => {
        expect(reference, "xmllint is not installed").toBeDefined();
        const lines = [...new Set(expected.diagnostics.map((d) => d.line))].sort((a, b) => a - b);
        expect(reference?.get(name)).toEqual({ valid: false, lines });
      });
    });
  }
});
