/**
 * The js XSD engine against libxml2 (the reference engine): on every corpus file with an XSD (XDatenfelder 3.0.0
 * and 2.0, genericode; some invalid on purpose: String.Latin characters, namespaced genericode children) the same
 * verdict and the same error lines; on seeded one-defect mutants of small corpus files and of the fixtures the same
 * verdict and the same first error line. `npm run xsd:diff` runs many more mutants over the whole corpus.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { CORPUS, describeShared, hasShared, manifest, REPO_ROOT, STANDARDS } from "../support/shared.ts";
import { mutate, OPERATORS, verdictOf } from "../support/xsd-mutants.ts";

/** MANIFEST xdf_version → catalogue id. */
const SETS: Readonly<Record<string, string>> = {
  "3.0.0": "xdatenfelder-3.0.0",
  "2.0": "xdatenfelder-2.0",
  "genericode-1.0": "genericode-1.0",
};
const CORPUS_DIR = join(CORPUS, "xdatenfelder");
const rows = hasShared ? manifest("xdatenfelder").filter((r) => SETS[r.xdf_version as string] !== undefined) : [];

/** Mutant sources: the smallest corpus files of each set, and the valid fixtures. */
function sources(version: string): { name: string; xml: Uint8Array }[] {
  const corpus = rows
    .filter((r) => r.xdf_version === version)
    .sort((a, b) => Number(a.bytes) - Number(b.bytes))
    .slice(0, 2)
    .map((r) => ({ name: r.file as string, xml: readFileSync(join(CORPUS_DIR, r.file as string)) }));
  const folder = version === "3.0.0" ? "fixtures/xdatenfelder/v3/valid" : version === "2.0" ? "fixtures/xdatenfelder/v2/valid" : undefined;
  const fixtures =
    folder === undefined
      ? []
      : readdirSync(join(REPO_ROOT, folder))
          .filter((f) => f.endsWith("-maximal.xml"))
          .map((f) => ({ name: `${folder}/${f}`, xml: readFileSync(join(REPO_ROOT, folder, f)) }));
  return [...corpus, ...fixtures];
}

describeShared("the js XSD engine agrees with libxml2", () => {
  for (const [version, setId] of Object.entries(SETS)) {
    describe(setId, () => {
      let js: XsdValidator;
      let libxml2: XsdValidator;
      beforeAll(async () => {
        const set = await loadSchemaSet(setId, { schemas: STANDARDS });
        js = await createXsdValidator(set, { engine: "js" });
        libxml2 = await createXsdValidator(set, { engine: "libxml2" });
      });
      afterAll(() => {
        js?.dispose();
        libxml2?.dispose();
      });

      const files = rows.filter((r) => r.xdf_version === version);
      it(`every corpus file (${files.length}): same verdict and error lines`, () => {
        expect(files.length).toBeGreaterThan(0);
        let invalid = 0;
        for (const row of files) {
          const file = row.file as string;
          const bytes = readFileSync(join(CORPUS_DIR, file));
          const read = readXml(bytes, { file });
          expect(read.success, file).toBe(true);
          // The js engine gets the tree, as the pipeline passes it; libxml2 parses the bytes.
          const ours = js.validate(bytes, { file, ...(read.success && { tree: read.data.root }) });
          const reference = libxml2.validate(bytes, { file });
          expect(ours.engine).toBe("js");
          expect(verdictOf(ours), file).toEqual(verdictOf(reference));
          if (!reference.valid) invalid++;
        }
        if (version === "genericode-1.0") expect(invalid).toBeGreaterThan(0); // the namespaced-children files
      });

      it("one-defect mutants: same verdict and first error line", () => {
        let mutants = 0;
        let invalid = 0;
        for (const source of sources(version)) {
          const read = readXml(source.xml);
          if (!read.success) throw new Error(`${source.name} does not read`);
          for (const [k, operator] of OPERATORS.entries()) {
            for (let i = 0; i < 2; i++) {
              const seed = k * 100 + i;
              const xml = mutate(read.data.root, operator, seed);
              if (xml === undefined) continue;
              mutants++;
              const ours = verdictOf(js.validate(xml));
              const reference = verdictOf(libxml2.validate(xml));
              if (!reference.valid) invalid++;
              expect({ valid: ours.valid, first: ours.first }, `${source.name} ${operator} seed ${seed}`).toEqual({
                valid: reference.valid,
                first: reference.first,
              });
            }
          }
        }
        expect(mutants).toBeGreaterThan(40);
        expect(invalid).toBeGreaterThan(mutants / 3);
      });
    });
  }
});
