/**
 * The larger differential run of the js XSD engine against libxml2 (`npm run xsd:diff`): every corpus file with an
 * XSD (same verdict and error lines) and, for each of them, seeded one-defect mutants of every operator of
 * `test/support/xsd-mutants.ts` (same verdict and first error line). Prints each disagreement with its file,
 * operator and seed, and the counts; exits 1 on a disagreement.
 *
 *   npx tsx scripts/xsd-diff.ts [--seeds N] [--max-bytes N]
 *
 * `--seeds N` mutants per operator and file (default 3); `--max-bytes N` mutates only files up to N bytes
 * (default 400000; the corpus files themselves are all compared). Shared folder: env FIM_XOEV_SHARED, else ../shared.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createXsdValidator, loadSchemaSet } from "../src/core/validation/index.ts";
import { readXml } from "../src/core/xml/read.ts";
import { CORPUS, manifest, STANDARDS } from "../test/support/shared.ts";
import { mutate, OPERATORS, verdictOf } from "../test/support/xsd-mutants.ts";

const SETS: Readonly<Record<string, string>> = {
  "3.0.0": "xdatenfelder-3.0.0",
  "2.0": "xdatenfelder-2.0",
  "genericode-1.0": "genericode-1.0",
};
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seeds = arg("--seeds", 3);
const maxBytes = arg("--max-bytes", 400_000);
const dir = join(CORPUS, "xdatenfelder");
let files = 0;
let mutants = 0;
let invalidMutants = 0;
let disagreements = 0;
const started = performance.now();
for (const [version, setId] of Object.entries(SETS)) {
  const set = await loadSchemaSet(setId, { schemas: STANDARDS });
  const js = await createXsdValidator(set, { engine: "js" });
  const libxml2 = await createXsdValidator(set, { engine: "libxml2" });
  for (const row of manifest("xdatenfelder").filter((r) => r.xdf_version === version)) {
    const file = row.file as string;
    const bytes = readFileSync(join(dir, file));
    files++;
    const ours = verdictOf(js.validate(bytes));
    const reference = verdictOf(libxml2.validate(bytes));
    if (JSON.stringify({ v: ours.valid, l: ours.lines }) !== JSON.stringify({ v: reference.valid, l: reference.lines })) {
      disagreements++;
      console.log(`DIFF ${file}: js ${JSON.stringify(ours)} libxml2 ${JSON.stringify(reference)}`);
    }
    if (bytes.length > maxBytes) continue;
    const read = readXml(bytes);
    if (!read.success) continue;
    for (const [k, operator] of OPERATORS.entries()) {
      for (let i = 0; i < seeds; i++) {
        const seed = k * 1000 + i;
        const xml = mutate(read.data.root, operator, seed);
        if (xml === undefined) continue;
        mutants++;
        const a = verdictOf(js.validate(xml));
        const b = verdictOf(libxml2.validate(xml));
        if (!b.valid) invalidMutants++;
        if (a.valid !== b.valid || a.first !== b.first) {
          disagreements++;
          console.log(`DIFF ${file} ${operator} seed ${seed}: js ${JSON.stringify(a)} libxml2 ${JSON.stringify(b)}`);
        }
      }
    }
  }
  js.dispose();
  libxml2.dispose();
}
console.log(
  `xsd:diff: ${files} corpus files, ${mutants} mutants (${invalidMutants} invalid), ${disagreements} disagreements, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exitCode = disagreements === 0 ? 0 : 1;
