/**
 * Runs a built CLI's `validate` and `check` over the shared corpus and the fixtures and writes each command's
 * stdout, stderr and exit code to a file, so that a change can be shown to change no output byte:
 *
 *   npx tsx scripts/cli-dump.ts OUT_DIR [CLI]      # CLI default: dist/cli.mjs; then `diff -r BEFORE AFTER`
 *
 * Both report formats (text, json), with the XSD stage (`--schemas`), without it (`--no-xsd`), in one thread
 * (`--jobs 1`) and with the default number of threads; the rules' run times (`durationMs`) are written as 0.
 * Shared folder: env FIM_XOEV_SHARED, else ../shared.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "..");
const out = process.argv[2];
if (out === undefined) throw new Error("usage: cli-dump.ts OUT_DIR [CLI]");
const cli = resolve(process.argv[3] ?? join(repoRoot, "dist", "cli.mjs"));
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const corpus = join(shared, "corpus");
const standards = join(shared, "standards");
mkdirSync(out, { recursive: true });

const [header, ...rows] = readFileSync(join(corpus, "xdatenfelder", "MANIFEST.tsv"), "utf8")
  .split(/\r?\n/)
  .filter((l) => l !== "");
const columns = (header as string).split("\t");
const v3 = rows
  .map((r) => r.split("\t"))
  .filter((c) => c[columns.indexOf("xdf_version")] === "3.0.0")
  .map((c) => join("xdatenfelder", c[columns.indexOf("file")] as string));
const fixtures = join(repoRoot, "fixtures");

const runs: Record<string, readonly string[]> = {};
for (const format of ["text", "json"]) {
  runs[`validate-v3-${format}-jobs1`] = ["validate", "--schemas", standards, "--format", format, "--jobs", "1", ...v3];
  runs[`validate-v3-${format}-default`] = ["validate", "--schemas", standards, "--format", format, ...v3];
  runs[`validate-corpus-${format}`] = ["validate", "--schemas", standards, "--format", format, "--jobs", "1", "."];
  runs[`validate-corpus-noxsd-${format}`] = ["validate", "--no-xsd", "--format", format, "."];
  runs[`validate-fixtures-${format}`] = ["validate", "--schemas", standards, "--format", format, fixtures];
  runs[`validate-fixtures-noxsd-${format}`] = ["validate", "--no-xsd", "--format", format, "--jobs", "1", fixtures];
  runs[`check-v3-${format}`] = ["check", "--format", format, ...v3];
  runs[`check-fixtures-${format}`] = ["check", "--format", format, fixtures];
}
runs["validate-locale-de"] = ["validate", "--schemas", standards, "--locale", "de", fixtures];
runs.version = ["--version"];

for (const [name, args] of Object.entries(runs)) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: corpus, encoding: "utf8", maxBuffer: 1 << 30 });
  // the rules' run times (`durationMs` in check's JSON) differ from run to run
  writeFileSync(join(out, `${name}.out`), r.stdout.replace(/"durationMs": [0-9.e+-]+/g, '"durationMs": 0'));
  writeFileSync(join(out, `${name}.err`), `${r.stderr}\nexit ${r.status}\n`);
  console.log(`${name}: exit ${r.status}, ${r.stdout.length} chars`);
}
