/**
 * Where the CPU time of `fim-xoev validate` goes, stage by stage, in one process on the built library (as the
 * CLI runs it): start-up (import, libxml2-wasm, schema load + compile), reading the files, the XSD stage, and the
 * reader + typed model (`safeParse` of `fim-xoev/xdatenfelder/v3`), and the pipeline `validate` runs without its
 * XSD stage (`validate(bytes, { xsd: false })`: decoding, reader and model as the CLI runs them, shallow repeats
 * included), on the 68 XDatenfelder 3.0.0 corpus files.
 *
 *   npm run build && npx tsx bench/validate-stages.ts [--rounds N]
 *
 * CPU time is `process.cpuUsage()` (all threads of the process, so GC helper threads count) around each stage;
 * round 1 is cold (what one CLI run pays, JIT warm-up included), later rounds are warm.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

const start = process.cpuUsage();
const validation = (await import(join(repoRoot, "dist/validation.mjs"))) as typeof import("../src/validation.ts");
const xdf3 = (await import(join(repoRoot, "dist/xdatenfelder/v3.mjs"))) as typeof import("../src/xdatenfelder/v3/index.ts");
const importMs = cpu(process.cpuUsage(start));
await import("libxml2-wasm");
const engineMs = cpu(process.cpuUsage(start)) - importMs;
const set = await validation.loadSchemaSet("xdatenfelder-3.0.0", { schemas: join(shared, "standards") });
const validator = await validation.createXsdValidator(set);
const compileMs = cpu(process.cpuUsage(start)) - importMs - engineMs;

const corpus = join(shared, "corpus", "xdatenfelder");
const [header, ...rows] = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8")
  .split(/\r?\n/)
  .filter((l) => l !== "");
const cols = (header as string).split("\t");
const files = rows
  .map((r) => r.split("\t"))
  .filter((c) => c[cols.indexOf("xdf_version")] === "3.0.0")
  .map((c) => join(corpus, c[cols.indexOf("file")] as string));

const at = process.argv.indexOf("--rounds");
const rounds = at > 0 ? Number(process.argv[at + 1]) : 2;
console.log(
  `start-up CPU: import ${importMs.toFixed(0)} ms, libxml2-wasm ${engineMs.toFixed(0)} ms, schema load + compile ${compileMs.toFixed(0)} ms`,
);
for (let round = 1; round <= rounds; round++) {
  let read = 0;
  let xsd = 0;
  let model = 0;
  let pipeline = 0;
  for (const f of files) {
    let c = process.cpuUsage();
    const bytes = readFileSync(f);
    read += cpu(process.cpuUsage(c));
    c = process.cpuUsage();
    if (!validator.validate(bytes).valid) throw new Error(`${f} did not validate: the benchmark input is wrong`);
    xsd += cpu(process.cpuUsage(c));
    c = process.cpuUsage();
    if (!xdf3.safeParse(bytes, { file: f }).success) throw new Error(`${f} did not parse: the benchmark input is wrong`);
    model += cpu(process.cpuUsage(c));
    c = process.cpuUsage();
    const report = await xdf3.validate(bytes, { file: f, xsd: false });
    if (report.stages.some((s) => s.status === "failed")) throw new Error(`${f} failed a stage: the benchmark input is wrong`);
    pipeline += cpu(process.cpuUsage(c));
  }
  console.log(
    `round ${round}${round === 1 ? " (cold)" : ""}: CPU read ${read.toFixed(0)} ms, XSD ${xsd.toFixed(0)} ms, reader + model ${model.toFixed(0)} ms, pipeline without XSD ${pipeline.toFixed(0)} ms`,
  );
}
