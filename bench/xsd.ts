/**
 * XSD validation throughput: our libxml2-wasm validator vs the xmllint CLI (native libxml2) on the
 * XDatenfelder 3.0.0 files of the shared corpus, in the same run.
 *
 *   npx tsx bench/xsd.ts [--rounds N]
 *
 * Ours: the schema is compiled once, then every round validates all files from memory (bytes); the figure is the
 * median round. xmllint: one process per run validates all files (`xmllint --noout --schema <entry> <files…>`,
 * reading them from disk and compiling the schema once per run); the figure is the median run. MB = 10^6 bytes.
 * Shared folder: env FIM_XOEV_SHARED, else ../shared next to the repository.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createXsdValidator, loadSchemaSet } from "../src/core/validation/index.ts";

/** Options of {@link runXsdBench}. */
export interface XsdBenchOptions {
  /** Measured rounds per engine (default 5); one extra warm-up round for ours. */
  readonly rounds?: number;
  /** Shared folder with `standards/` and `corpus/` (default: env FIM_XOEV_SHARED, else ../shared). */
  readonly shared?: string;
}

/** Figures of one engine. */
export interface XsdBenchEngine {
  /** Wall time of each measured round, in ms. */
  readonly roundsMs: readonly number[];
  readonly medianMs: number;
  /** Corpus bytes / median round, in MB/s (10^6 bytes). */
  readonly mbPerSecond: number;
}

/** The result of {@link runXsdBench}. */
export interface XsdBenchResult {
  readonly files: number;
  readonly bytes: number;
  readonly rounds: number;
  readonly node: string;
  readonly ours: XsdBenchEngine & {
    /** Time to load and instantiate libxml2-wasm (once per process), in ms. */
    readonly engineLoadMs: number;
    /** Time to check and compile the schema set once, in ms. */
    readonly compileMs: number;
  };
  /** Undefined when xmllint is not installed. */
  readonly xmllint:
    | (XsdBenchEngine & {
        readonly version: string;
        /** One xmllint run on a single small file: process start + schema compile, included in every run. */
        readonly startupMs: number;
      })
    | undefined;
  /** ours MB/s ÷ xmllint MB/s (>1: ours is faster); undefined without xmllint. */
  readonly ratio: number | undefined;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function runXmllint(schema: string, files: readonly string[], cwd: string): Promise<{ ms: number; failed: number }> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn("xmllint", ["--noout", "--schema", schema, ...files], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (c: string) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", () => {
      const ms = performance.now() - start;
      resolvePromise({ ms, failed: stderr.split("\n").filter((l) => l.endsWith(" fails to validate")).length });
    });
  });
}

/** Runs the benchmark and returns its figures (prints nothing). */
export async function runXsdBench(options: XsdBenchOptions = {}): Promise<XsdBenchResult> {
  const rounds = options.rounds ?? 5;
  const shared = resolve(options.shared ?? process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
  const corpus = join(shared, "corpus", "xdatenfelder");
  const [header, ...rows] = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const columns = (header as string).split("\t");
  const fileCol = columns.indexOf("file");
  const versionCol = columns.indexOf("xdf_version");
  const files = rows
    .map((r) => r.split("\t"))
    .filter((c) => c[versionCol] === "3.0.0")
    .map((c) => c[fileCol] as string);
  const buffers = files.map((f) => readFileSync(join(corpus, f)));
  const bytes = buffers.reduce((n, b) => n + b.length, 0);

  const set = await loadSchemaSet("xdatenfelder-3.0.0", { schemas: join(shared, "standards") });
  // Load (instantiate) the wasm engine first, so that compileMs is the schema compile alone.
  const loadStart = performance.now();
  await import("libxml2-wasm");
  const engineLoadMs = performance.now() - loadStart;
  const compileStart = performance.now();
  const validator = await createXsdValidator(set, { cache: false, engine: "libxml2" });
  const compileMs = performance.now() - compileStart;
  const validateAll = () => {
    const start = performance.now();
    for (const b of buffers) {
      if (!validator.validate(b).valid) throw new Error("a corpus file did not validate: the benchmark input is wrong");
    }
    return performance.now() - start;
  };
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  const haveXmllint = probe.error === undefined && probe.status === 0;
  const schema = join(shared, "standards", set.catalogEntry.directory, set.entry);
  const xmllintAll = async () => {
    const run = await runXmllint(schema, files, corpus);
    if (run.failed > 0) throw new Error("xmllint rejected a corpus file: the benchmark input is wrong");
    return run.ms;
  };
  // Rounds of the two engines alternate (ours first in even rounds, xmllint first in odd ones), so that a
  // change in machine load during the run hits both alike.
  const oursRounds: number[] = [];
  const runs: number[] = [];
  try {
    validateAll(); // warm-up
    for (let round = 0; round < rounds; round++) {
      if (!haveXmllint) oursRounds.push(validateAll());
      else if (round % 2 === 0) {
        oursRounds.push(validateAll());
        runs.push(await xmllintAll());
      } else {
        runs.push(await xmllintAll());
        oursRounds.push(validateAll());
      }
    }
  } finally {
    validator.dispose();
  }
  const oursMedian = median(oursRounds);
  const ours = { engineLoadMs, compileMs, roundsMs: oursRounds, medianMs: oursMedian, mbPerSecond: bytes / 1e6 / (oursMedian / 1000) };

  let xmllint: XsdBenchResult["xmllint"];
  if (haveXmllint) {
    const version = /using libxml version (\d+)/.exec(probe.stderr)?.[1] ?? "unknown";
    const smallest = files.reduce((a, f, i) => ((buffers[i] as Buffer).length < (buffers[files.indexOf(a)] as Buffer).length ? f : a));
    const startups: number[] = [];
    for (let i = 0; i < rounds; i++) startups.push((await runXmllint(schema, [smallest], corpus)).ms);
    const m = median(runs);
    xmllint = { version, roundsMs: runs, medianMs: m, mbPerSecond: bytes / 1e6 / (m / 1000), startupMs: median(startups) };
  }
  return {
    files: files.length,
    bytes,
    rounds,
    node: process.version,
    ours,
    xmllint,
    ratio: xmllint === undefined ? undefined : ours.mbPerSecond / xmllint.mbPerSecond,
  };
}

function print(r: XsdBenchResult): void {
  const mb = (r.bytes / 1e6).toFixed(1);
  console.log(`XSD validation, XDatenfelder 3.0.0 corpus: ${r.files} files, ${mb} MB, median of ${r.rounds} rounds, Node ${r.node}`);
  console.log(
    `  ours (libxml2-wasm, loaded in ${r.ours.engineLoadMs.toFixed(0)} ms, schema compiled once in ${r.ours.compileMs.toFixed(0)} ms): ${r.ours.medianMs.toFixed(0)} ms/round, ${r.ours.mbPerSecond.toFixed(1)} MB/s`,
  );
  if (r.xmllint === undefined) {
    console.log("  xmllint: not installed (apt-get install libxml2-utils), no comparison");
    return;
  }
  console.log(
    `  xmllint CLI (libxml ${r.xmllint.version}, one process for all files, ${r.xmllint.startupMs.toFixed(0)} ms start + compile): ${r.xmllint.medianMs.toFixed(0)} ms/run, ${r.xmllint.mbPerSecond.toFixed(1)} MB/s`,
  );
  console.log(`  ratio ours/xmllint: ${(r.ratio as number).toFixed(2)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const at = process.argv.indexOf("--rounds");
  const rounds = at > 0 ? Number(process.argv[at + 1]) : undefined;
  print(await runXsdBench(rounds !== undefined && Number.isInteger(rounds) && rounds > 0 ? { rounds } : {}));
}
