/**
 * Our XSD validator and the xmllint CLI (libxml2, the reference) must agree on every corpus file that has an
 * XSD: same verdict, same error lines; and the verdict must match the corpus MANIFEST.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createXsdValidator, loadSchemaSet, type XsdReport } from "../../src/core/validation/index.ts";
import { corpusDir, hasShared, hasXmllint, readManifest, runXmllint, standardsDir, type XmllintVerdict } from "./shared.ts";

const CORPUS = join(corpusDir, "xdatenfelder");
/** MANIFEST xdf_version → catalogue id. */
const SETS: Readonly<Record<string, string>> = {
  "3.0.0": "xdatenfelder-3.0.0",
  "2.0": "xdatenfelder-2.0",
  "genericode-1.0": "genericode-1.0",
};

const xmllint = hasXmllint();

describe.skipIf(!hasShared)("XSD validation agrees with xmllint on the corpus", () => {
  if (!xmllint) {
    if (process.env.CI) {
      it("needs xmllint (Debian package libxml2-utils) in CI", () => {
        expect.fail("xmllint is not installed; the XSD reference comparison cannot run");
      });
    } else {
      it.skip("xmllint is not installed (apt-get install libxml2-utils): comparison skipped", () => {});
    }
    return;
  }

  const rows = !hasShared ? [] : readManifest(join(CORPUS, "MANIFEST.tsv")).filter((r) => SETS[r.xdf_version as string] !== undefined);

  it("covers the corpus files with an XSD", () => {
    expect(rows.filter((r) => r.xdf_version === "3.0.0")).toHaveLength(68);
    expect(rows.length).toBeGreaterThan(68);
  });

  for (const [version, setId] of Object.entries(SETS)) {
    describe(setId, () => {
      const files = rows.filter((r) => r.xdf_version === version);
      const ours = new Map<string, XsdReport>();
      let reference: Map<string, XmllintVerdict>;

      beforeAll(async () => {
        const set = await loadSchemaSet(setId, { schemas: standardsDir });
        const validator = await createXsdValidator(set);
        // xmllint runs in a child process while this one validates the same files.
        const pending = runXmllint(
          join(standardsDir, set.catalogEntry.directory, set.entry),
          files.map((r) => r.file as string),
          CORPUS,
        );
        try {
          for (const row of files) {
            const file = row.file as string;
            ours.set(file, validator.validate(readFileSync(join(CORPUS, file)), { file }));
          }
        } finally {
          validator.dispose();
        }
        reference = await pending;
      });

      it(`has files (${files.length})`, () => {
        expect(files.length).toBeGreaterThan(0);
      });

      for (const row of files) {
        const file = row.file as string;
        it(file, () => {
          const report = ours.get(file) as XsdReport;
          const errorLines = report.diagnostics.filter((d) => d.severity === "error").map((d) => d.location?.line ?? 0);
          expect({ valid: report.valid, lines: [...new Set(errorLines)].sort((a, b) => a - b) }).toEqual(reference.get(file));
          expect(report.diagnostics.every((d) => d.code === "xsd-invalid" && d.stage === "xsd" && d.file === file)).toBe(true);
          expect(report.valid).toBe((row.schema_valid as string).startsWith("valid"));
        });
      }
    });
  }
});
