/**
 * FIM-QS throughput: parsing and checking every XDatenfelder file the reference checker (vs5000/FIM-XSLT
 * QS-DF 1.20 / 0.977 on Saxon-HE) ran on, against its execution time on the same files
 * (`reference-outputs/qs/timing.tsv`, `exec_ms`: without JVM start-up and stylesheet compilation).
 *
 *   npx tsx bench/qs.ts [--rounds N]
 *
 * Ours: the files are read into memory first; a round parses (XML reader + model) and checks (all rules) every
 * file; the figure is the median round, split into parse and check. Target: under 1/20 of the reference.
 * Shared folder: env FIM_XOEV_SHARED, else ../shared next to the repository.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readXml } from "../src/core/xml/read.ts";
import * as v2 from "../src/xdatenfelder/v2/index.ts";
import * as v2qs from "../src/xdatenfelder/v2/rules/index.ts";
import * as v3 from "../src/xdatenfelder/v3/index.ts";
import { rereader, SHALLOW_REPEATS } from "../src/xdatenfelder/v3/parse.ts";
import * as v3qs from "../src/xdatenfelder/v3/rules/index.ts";

/** Options of {@link runQsBench}. */
export interface QsBenchOptions {
  /** Measured rounds (default 3), after one warm-up round. */
  readonly rounds?: number;
  /** Shared folder (default: env FIM_XOEV_SHARED, else ../shared). */
  readonly shared?: string;
}

/** The figures. */
export interface QsBenchResult {
  readonly files: number;
  readonly bytes: number;
  readonly rounds: number;
  /** Median round: parse (read + model) and check (rules), in ms. */
  readonly parseMs: number;
  readonly checkMs: number;
  readonly totalMs: number;
  /** Sum of the reference's `exec_ms` over the same files. */
  readonly referenceExecMs: number;
  /** Sum of the reference's `wall_ms` (with JVM start and compilation). */
  readonly referenceWallMs: number;
  /** totalMs / referenceExecMs (target < 0.05). */
  readonly ratio: number;
  readonly findings: number;
  readonly node: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PREFIXES = { ...v2.PREFIXES, ...v3.PREFIXES };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Runs the benchmark and returns the figures. */
export function runQsBench(options: QsBenchOptions = {}): QsBenchResult {
  const shared = resolve(options.shared ?? process.env.FIM_XOEV_SHARED ?? join(repoRoot, "..", "shared"));
  const [head, ...rows] = readFileSync(join(shared, "reference-outputs", "qs", "timing.tsv"), "utf8")
    .trimEnd()
    .split("\n");
  const cols = (head ?? "").split("\t");
  const at = (name: string) => cols.indexOf(name);
  const files = rows
    .map((r) => r.split("\t"))
    .map((c) => ({ file: c[at("file")] ?? "", execMs: Number(c[at("exec_ms")]), wallMs: Number(c[at("wall_ms")]) }));
  const data = files.map((f) => readFileSync(join(shared, "corpus", "xdatenfelder", f.file)));
  const rounds = options.rounds ?? 3;
  const parse: number[] = [];
  const checks: number[] = [];
  let findings = 0;
  for (let round = 0; round <= rounds; round++) {
    let tParse = 0;
    let tCheck = 0;
    findings = 0;
    for (const [i, bytes] of data.entries()) {
      const file = files[i]?.file;
      let t = performance.now();
      // As checkXDatenfelder (src/xdatenfelder/qs.ts) reads and parses, split into parse and check.
      const read = readXml(bytes, { prefixes: PREFIXES, file, shallowRepeats: SHALLOW_REPEATS });
      if (!read.success) throw new Error(`${file}: not readable`);
      const root = read.data.root;
      const is3 = root.namespace === v3.NAMESPACE;
      const parsed = is3 ? v3.safeParseElement(root, { file, reread: rereader(bytes, { file }) }) : v2.safeParseElement(root, { file });
      tParse += performance.now() - t;
      if (parsed.data === undefined) throw new Error(`${file}: no model`);
      t = performance.now();
      const report = is3 ? v3qs.check(parsed.data as v3.Nachricht, { file }) : v2qs.check(parsed.data as v2.Nachricht, { file });
      tCheck += performance.now() - t;
      findings += report.diagnostics.length;
    }
    if (round > 0) {
      parse.push(tParse);
      checks.push(tCheck);
    }
  }
  const parseMs = median(parse);
  const checkMs = median(checks);
  const referenceExecMs = files.reduce((s, f) => s + f.execMs, 0);
  return {
    files: files.length,
    bytes: data.reduce((s, b) => s + b.length, 0),
    rounds,
    parseMs,
    checkMs,
    totalMs: parseMs + checkMs,
    referenceExecMs,
    referenceWallMs: files.reduce((s, f) => s + f.wallMs, 0),
    ratio: (parseMs + checkMs) / referenceExecMs,
    findings,
    node: process.version,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const at = process.argv.indexOf("--rounds");
  const r = runQsBench(at > 0 ? { rounds: Number(process.argv[at + 1]) } : {});
  const mb = (r.bytes / 1e6).toFixed(1);
  console.log(`FIM-QS, ${r.files} files (${mb} MB) the reference checked, median of ${r.rounds} rounds, Node ${r.node}`);
  console.log(
    `  ours: parse ${r.parseMs.toFixed(0)} ms + check ${r.checkMs.toFixed(0)} ms = ${r.totalMs.toFixed(0)} ms (${r.findings} findings)`,
  );
  console.log(
    `  reference (Saxon-HE, exec_ms): ${r.referenceExecMs} ms; with JVM start and compilation (wall_ms): ${r.referenceWallMs} ms`,
  );
  console.log(
    `  ratio ours/reference exec: ${r.ratio.toFixed(3)} (target < 0.050: ${r.ratio < 0.05 ? "met" : "NOT met"}); check alone: ${(r.checkMs / r.referenceExecMs).toFixed(4)}`,
  );
}
