/**
 * Our FIM-QS findings against the reference checker's (QS-DF 1.20) on the 27 one-defect variants of the corpus
 * schema S00000000395 in `reference-outputs/qs-mutants/` (each with one targeted defect, all valid against the
 * 3.0.0 XSD). Compared as in the corpus comparison: (code, element id + version, child id); 1115 left out.
 * Every variant must agree exactly: no finding missing, none extra. The base schema's own findings (1097,
 * 1101, 1102) are part of every variant's expected set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkXDatenfelder } from "../../../src/xdatenfelder/qs.ts";
import { describeShared, hasShared } from "../../support/shared.ts";
import { key, mutantFindings, mutants, ourFindings, QS_MUTANTS } from "./reference.ts";

const variants = hasShared ? mutants() : [];
const reference = hasShared ? mutantFindings() : [];
const show = (k: string) => k.split("|").slice(1).join(" ").trim();

describeShared("FIM-QS on one-defect variants against the reference checker", () => {
  test("has the 27 variants and a reference finding for each", () => {
    expect(variants.length).toBe(27);
    for (const v of variants) expect(reference.some((f) => f.file === v.file)).toBe(true);
  });

  test.each(variants)("$mutation: our findings equal the reference's", async ({ file }) => {
    const report = await checkXDatenfelder(readFileSync(join(QS_MUTANTS, "files", file)), { file });
    expect(report.completed).toBe(true);
    const ours = [...new Set(ourFindings(file, report.diagnostics).map(key))].map(show).sort();
    const theirs = [...new Set(reference.filter((f) => f.file === file).map(key))].map(show).sort();
    expect(ours).toEqual(theirs);
  });
});
