/**
 * The benchmark of issue 2, in one run on the XDatenfelder 3.0.0 files of the shared corpus:
 *
 *   npx tsx bench/run.ts [--rounds N] [--skip-xsd]
 *
 * 1. Typed parse throughput: `safeParse` (XML reader + model) against a saxes event-only pass over the same
 *    strings (`xmlns: true, position: true`, handlers for opentag/text/closetag, nothing built). Goal ≥ 0.6×.
 * 2. Serialize throughput: `serialize` of the parsed models, pretty and compact, in MB of output per second.
 * 3. XSD validation: our libxml2-wasm validator against the `xmllint --schema` CLI ({@link runXsdBench}). Goal ≥ 0.9×.
 * 4. Peak RSS (`process.resourceUsage().maxRSS`) of parsing the largest file once, of the saxes pass over it,
 *    and of a process that only loads the modules and reads the file.
 * 5. The npm peer `xdatenfelder-xml` 0.1.4 (../shared/reference/peers.md): its 3.0.0 parser returns a fixed stub
 *    (checked here, not assumed), so it is compared on the XDatenfelder 2.0 files it reads, against our
 *    `fim-xoev/xdatenfelder/v2` `safeParse` on the same strings.
 *
 * Method (as in the project's stack evaluation): every throughput case and every RSS case runs in a child
 * process of its own, so that neither JIT state nor heap of one case leaks into another. The files are read
 * into strings first; a round processes every file once; one warm-up round, then the median of N measured
 * rounds (default 5). Wall time is the figure; the process CPU time of each round is reported beside it,
 * because on a loaded machine wall time also counts time spent waiting for a core. MB = 10^6 bytes of the
 * files as stored (UTF-8). Compare the ratios within one run, not absolute figures across runs.
 * Writes bench/results/latest.json. Shared folder: env FIM_XOEV_SHARED, else ../shared next to the repository.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { median, saxesPass } from "./support.ts";
import { runXsdBench, type XsdBenchResult } from "./xsd.ts";

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(here), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const corpusDir = join(shared, "corpus", "xdatenfelder");

interface CorpusFile {
  readonly file: string;
  readonly bytes: number;
}

/** The XDatenfelder files of one version (default 3.0.0) listed in the corpus manifest. */
function corpusFiles(version = "3.0.0"): CorpusFile[] {
  const [header, ...rows] = readFileSync(join(corpusDir, "MANIFEST.tsv"), "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const columns = (header as string).split("\t");
  const fileCol = columns.indexOf("file");
  const versionCol = columns.indexOf("xdf_version");
  return rows
    .map((r) => r.split("\t"))
    .filter((c) => c[versionCol] === version)
    .map((c) => {
      const file = c[fileCol] as string;
      return { file, bytes: readFileSync(join(corpusDir, file)).length };
    });
}

/** A file as the benchmark feeds it to both parsers: UTF-8 decoded, without a BOM. */
function readText(file: string): string {
  const s = readFileSync(join(corpusDir, file), "utf8");
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes

/** Rounds of one case, measured in this process. */
interface RoundsFigures {
  readonly wallMs: readonly number[];
  readonly cpuMs: readonly number[];
  readonly medianWallMs: number;
  readonly medianCpuMs: number;
  /** Bytes of output per round (serialize cases). */
  readonly outputBytes?: number;
}

function measureRounds(rounds: number, round: () => number | undefined): RoundsFigures {
  round(); // warm-up
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  let outputBytes: number | undefined;
  for (let i = 0; i < rounds; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    outputBytes = round();
    wallMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs, medianWallMs: median(wallMs), medianCpuMs: median(cpuMs), ...(outputBytes !== undefined && { outputBytes }) };
}

async function child(kind: string, arg: string): Promise<unknown> {
  if (kind === "rss") {
    // Peak RSS of one case on one file: modules loaded in every case, so that the difference is the work.
    const { safeParse } = await import("../src/xdatenfelder/v3/parse.ts");
    const xml = readText(arg.slice(arg.indexOf(":") + 1));
    const what = arg.slice(0, arg.indexOf(":"));
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const rssBefore = process.memoryUsage().rss;
    let keep: unknown;
    if (what === "parse") {
      keep = safeParse(xml);
      if (!(keep as { success: boolean }).success) throw new Error("the largest corpus file did not parse");
    } else if (what === "saxes") keep = saxesPass(xml);
    const maxRssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
    // Peak RSS can be set by module loading (tsx) rather than by the case; the RSS the case adds and keeps
    // (after a full GC, its result still referenced) is the steadier figure for the case itself.
    gc?.();
    const keptMb = (process.memoryUsage().rss - rssBefore) / 1e6;
    return { maxRssMb, keptMb, kept: keep !== undefined };
  }
  const rounds = Number(arg);
  if (kind === "peer" || kind === "peer-ours") return peerCase(kind, rounds);
  const files = corpusFiles();
  const texts = files.map((f) => readText(f.file));
  if (kind === "saxes") {
    return measureRounds(rounds, () => {
      for (const t of texts) saxesPass(t);
      return undefined;
    });
  }
  const { safeParse } = await import("../src/xdatenfelder/v3/parse.ts");
  if (kind === "parse") {
    texts.forEach((t, i) => {
      const r = safeParse(t);
      if (!r.success) throw new Error(`${files[i]?.file} did not parse: the benchmark input is wrong`);
    });
    return measureRounds(rounds, () => {
      for (const t of texts) safeParse(t);
      return undefined;
    });
  }
  if (kind === "serialize") {
    const { serialize } = await import("../src/xdatenfelder/v3/serialize.ts");
    const models = texts.map((t) => {
      const r = safeParse(t);
      if (r.data === undefined) throw new Error("a corpus file did not parse");
      return r.data;
    });
    const bytesOf = (pretty: boolean) => models.reduce((n, m) => n + Buffer.byteLength(serialize(m, { pretty })), 0);
    const out: Record<string, RoundsFigures> = {};
    for (const pretty of [true, false]) {
      const bytes = bytesOf(pretty);
      out[pretty ? "pretty" : "compact"] = measureRounds(rounds, () => {
        for (const m of models) serialize(m, { pretty });
        return bytes;
      });
    }
    return out;
  }
  throw new Error(`unknown child case ${kind}`);
}

/** The npm peer, loaded by path: its package.json names a `main` (dist/index.ts) that does not exist. */
interface Peer {
  readonly SchemaMessage3: { fromString(xml: string): { container: { schema: { id: string; name: string } } } };
  readonly v2: { readonly SchemaMessage: { fromString(xml: string): unknown } };
}

/** Passes over the XDatenfelder 2.0 files per round: they are small (1.2 MB together). */
const PEER_PASSES = 10;

/** The XDatenfelder 2.0 files the peer reads, and whether its 3.0.0 parser reads anything at all. */
function peerInput(peer: Peer): { files: CorpusFile[]; texts: string[]; rejected: string[]; v3Stub: boolean } {
  const all = corpusFiles("2.0");
  const accepted: CorpusFile[] = [];
  const rejected: string[] = [];
  for (const f of all) {
    try {
      peer.v2.SchemaMessage.fromString(readText(f.file));
      accepted.push(f);
    } catch {
      rejected.push(f.file);
    }
  }
  // Two different 3.0.0 schemas must not give the same schema id and name.
  const [a, b] = corpusFiles().map((f) => peer.SchemaMessage3.fromString(readText(f.file)).container.schema);
  const v3Stub = a !== undefined && b !== undefined && a.id === b.id && a.name === b.name;
  return { files: accepted, texts: accepted.map((f) => readText(f.file)), rejected, v3Stub };
}

async function peerCase(kind: "peer" | "peer-ours", rounds: number): Promise<unknown> {
  const peer = createRequire(import.meta.url)("xdatenfelder-xml/dist/index.js") as Peer;
  const input = peerInput(peer);
  const bytes = input.files.reduce((n, f) => n + f.bytes, 0) * PEER_PASSES;
  let figures: RoundsFigures;
  if (kind === "peer") {
    figures = measureRounds(rounds, () => {
      for (let k = 0; k < PEER_PASSES; k++) for (const t of input.texts) peer.v2.SchemaMessage.fromString(t);
      return undefined;
    });
  } else {
    const { safeParse } = await import("../src/xdatenfelder/v2/parse.ts");
    for (const t of input.texts) if (safeParse(t).data === undefined) throw new Error("an XDatenfelder 2.0 file did not parse");
    figures = measureRounds(rounds, () => {
      for (let k = 0; k < PEER_PASSES; k++) for (const t of input.texts) safeParse(t);
      return undefined;
    });
  }
  return { ...figures, bytes, files: input.files.map((f) => f.file), rejected: input.rejected, v3Stub: input.v3Stub };
}

/** Runs one case in a child process of its own (same loader flags, e.g. tsx) and returns its JSON answer. */
function inChild<T>(kind: string, arg: string): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, "--expose-gc", here, "--child", kind, arg], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (c: string) => {
      out += c;
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      if (code !== 0) return reject(new Error(`bench child ${kind} ${arg} exited with ${code}`));
      const last = out.trim().split("\n").pop() ?? "";
      resolvePromise(JSON.parse(last) as T);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Parent

interface Throughput extends RoundsFigures {
  readonly mbPerSecond: number;
  readonly mbPerCpuSecond: number;
}

function throughput(r: RoundsFigures, bytes: number): Throughput {
  return { ...r, mbPerSecond: bytes / 1e6 / (r.medianWallMs / 1000), mbPerCpuSecond: bytes / 1e6 / (r.medianCpuMs / 1000) };
}

interface BenchResult {
  readonly date: string;
  readonly machine: {
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    readonly memGiB: number;
    readonly loadavgBefore: readonly number[];
    readonly loadavgAfter: readonly number[];
  };
  readonly corpus: { readonly files: number; readonly bytes: number; readonly largest: CorpusFile };
  readonly rounds: number;
  readonly parse: {
    readonly saxes: Throughput;
    readonly safeParse: Throughput;
    readonly ratio: number;
    readonly ratioCpu: number;
    readonly goal: 0.6;
  };
  readonly serialize: {
    readonly pretty: Throughput & { readonly outputBytes: number };
    readonly compact: Throughput & { readonly outputBytes: number };
  };
  readonly xsd: (XsdBenchResult & { readonly goal: 0.9 }) | undefined;
  readonly rss: {
    readonly file: string;
    readonly bytes: number;
    readonly baselineMb: number;
    readonly saxesMb: number;
    readonly safeParseMb: number;
    /** RSS added by the case and still held after a full GC (the result kept), in MB. */
    readonly saxesKeptMb: number;
    readonly safeParseKeptMb: number;
  };
  readonly peer: {
    readonly name: "xdatenfelder-xml 0.1.4";
    /** XDatenfelder 2.0 files both read (the peer rejects the others); MB count every pass. */
    readonly files: readonly string[];
    readonly rejected: readonly string[];
    /** True when the peer's 3.0.0 parser gave two different corpus schemas the same id and name. */
    readonly v3Stub: boolean;
    readonly theirs: Throughput;
    readonly ours: Throughput;
    /** ours MB/s ÷ theirs MB/s. */
    readonly ratio: number;
  };
  readonly totalSeconds: number;
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] as readonly string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  "))
    .join("\n");
}

function print(r: BenchResult): void {
  const mb = r.corpus.bytes / 1e6;
  console.log(
    `fim-xoev bench, ${r.date}, Node ${r.machine.node}, ${r.machine.cores} cores (${r.machine.cpu}), load ${r.machine.loadavgBefore.map(f1).join(" ")} → ${r.machine.loadavgAfter.map(f1).join(" ")}`,
  );
  console.log(
    `Corpus: ${r.corpus.files} XDatenfelder 3.0.0 files, ${f1(mb)} MB; throughput = median of ${r.rounds} rounds after one warm-up, each case in its own process.`,
  );
  console.log("");
  const p = r.parse;
  const s = r.serialize;
  console.log(
    table([
      ["case", "ms/round", "MB/s", "CPU ms/round", "MB/CPU-s", "ratio", "goal"],
      [
        "saxes event-only pass (baseline)",
        f1(p.saxes.medianWallMs),
        f1(p.saxes.mbPerSecond),
        f1(p.saxes.medianCpuMs),
        f1(p.saxes.mbPerCpuSecond),
        "",
        "",
      ],
      [
        "typed parse (xdf3 safeParse)",
        f1(p.safeParse.medianWallMs),
        f1(p.safeParse.mbPerSecond),
        f1(p.safeParse.medianCpuMs),
        f1(p.safeParse.mbPerCpuSecond),
        `${f2(p.ratio)} (CPU ${f2(p.ratioCpu)})`,
        `≥ ${p.goal} ${p.ratio >= p.goal ? "met" : "NOT met"}`,
      ],
      [
        `serialize, pretty (${f1(s.pretty.outputBytes / 1e6)} MB out)`,
        f1(s.pretty.medianWallMs),
        f1(s.pretty.mbPerSecond),
        f1(s.pretty.medianCpuMs),
        f1(s.pretty.mbPerCpuSecond),
        "",
        "",
      ],
      [
        `serialize, compact (${f1(s.compact.outputBytes / 1e6)} MB out)`,
        f1(s.compact.medianWallMs),
        f1(s.compact.mbPerSecond),
        f1(s.compact.medianCpuMs),
        f1(s.compact.mbPerCpuSecond),
        "",
        "",
      ],
      ...(r.xsd === undefined
        ? [["XSD validation", "skipped", "", "", "", "", ""]]
        : [
            [
              "XSD: xmllint --schema CLI (baseline)",
              r.xsd.xmllint === undefined ? "not installed" : f1(r.xsd.xmllint.medianMs),
              r.xsd.xmllint === undefined ? "" : f1(r.xsd.xmllint.mbPerSecond),
              "",
              "",
              "",
              "",
            ],
            [
              "XSD: ours (libxml2-wasm)",
              f1(r.xsd.ours.medianMs),
              f1(r.xsd.ours.mbPerSecond),
              "",
              "",
              r.xsd.ratio === undefined ? "" : f2(r.xsd.ratio),
              r.xsd.ratio === undefined ? "" : `≥ ${r.xsd.goal} ${r.xsd.ratio >= r.xsd.goal ? "met" : "NOT met"}`,
            ],
          ]),
    ]),
  );
  if (r.xsd !== undefined) {
    console.log(
      `  (XSD: schema compiled once in ${f1(r.xsd.ours.compileMs)} ms; xmllint: one process per round for all files, ${r.xsd.xmllint === undefined ? "-" : f1(r.xsd.xmllint.startupMs)} ms of it start-up + compile)`,
    );
  }
  console.log("");
  console.log(`Peak RSS, largest file (${r.rss.file}, ${f1(r.rss.bytes / 1e6)} MB), each in its own process:`);
  console.log(
    table([
      ["case", "maxRSS MB", "over baseline MB", "RSS kept after GC MB"],
      ["modules loaded + file read (baseline)", f1(r.rss.baselineMb), "", ""],
      ["saxes event-only pass", f1(r.rss.saxesMb), f1(r.rss.saxesMb - r.rss.baselineMb), f1(r.rss.saxesKeptMb)],
      ["typed parse (safeParse, result kept)", f1(r.rss.safeParseMb), f1(r.rss.safeParseMb - r.rss.baselineMb), f1(r.rss.safeParseKeptMb)],
    ]),
  );
  console.log("");
  const q = r.peer;
  console.log(
    `Peer ${q.name} (npm): its 3.0.0 parser ${q.v3Stub ? "returns a fixed stub (two corpus schemas, same id and name): no 3.0.0 comparison" : "reads 3.0.0 (compare it!)"}.`,
  );
  console.log(
    `XDatenfelder 2.0, the ${q.files.length} corpus files it reads (${q.rejected.length} rejected: ${q.rejected.join(", ") || "none"}), ${PEER_PASSES} passes per round:`,
  );
  console.log(
    table([
      ["case", "ms/round", "MB/s", "CPU ms/round", "MB/CPU-s", "ratio ours/peer"],
      [`peer ${q.name}`, f1(q.theirs.medianWallMs), f1(q.theirs.mbPerSecond), f1(q.theirs.medianCpuMs), f1(q.theirs.mbPerCpuSecond), ""],
      [
        "ours (xdf2 safeParse)",
        f1(q.ours.medianWallMs),
        f1(q.ours.mbPerSecond),
        f1(q.ours.medianCpuMs),
        f1(q.ours.mbPerCpuSecond),
        f2(q.ratio),
      ],
    ]),
  );
  console.log("");
  console.log(`Total ${f1(r.totalSeconds)} s. JSON: bench/results/latest.json`);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--rounds");
  const rounds = at > 0 ? Number(process.argv[at + 1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds needs a positive integer");
  const start = performance.now();
  const loadavgBefore = loadavg();
  const files = corpusFiles();
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  const largest = files.reduce((a, f) => (f.bytes > a.bytes ? f : a));

  const saxes = throughput(await inChild<RoundsFigures>("saxes", String(rounds)), bytes);
  const parsed = throughput(await inChild<RoundsFigures>("parse", String(rounds)), bytes);
  const ser = await inChild<Record<"pretty" | "compact", RoundsFigures & { outputBytes: number }>>("serialize", String(rounds));
  const pretty = { ...throughput(ser.pretty, ser.pretty.outputBytes), outputBytes: ser.pretty.outputBytes };
  const compact = { ...throughput(ser.compact, ser.compact.outputBytes), outputBytes: ser.compact.outputBytes };
  const xsd = process.argv.includes("--skip-xsd") ? undefined : { ...(await runXsdBench({ rounds, shared })), goal: 0.9 as const };
  type PeerFigures = RoundsFigures & { bytes: number; files: string[]; rejected: string[]; v3Stub: boolean };
  const theirs = await inChild<PeerFigures>("peer", String(rounds));
  const oursV2 = await inChild<PeerFigures>("peer-ours", String(rounds));
  const peer = {
    name: "xdatenfelder-xml 0.1.4" as const,
    files: theirs.files,
    rejected: theirs.rejected,
    v3Stub: theirs.v3Stub,
    theirs: throughput(theirs, theirs.bytes),
    ours: throughput(oursV2, oursV2.bytes),
    ratio: throughput(oursV2, oursV2.bytes).mbPerSecond / throughput(theirs, theirs.bytes).mbPerSecond,
  };
  const rssOf = (what: string) => inChild<{ maxRssMb: number; keptMb: number }>("rss", `${what}:${largest.file}`);
  const [none, saxesRss, parseRss] = [await rssOf("none"), await rssOf("saxes"), await rssOf("parse")];
  const rss = {
    file: largest.file,
    bytes: largest.bytes,
    baselineMb: none.maxRssMb,
    saxesMb: saxesRss.maxRssMb,
    safeParseMb: parseRss.maxRssMb,
    saxesKeptMb: saxesRss.keptMb,
    safeParseKeptMb: parseRss.keptMb,
  };

  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: availableParallelism(),
      memGiB: Math.round(totalmem() / 2 ** 30),
      loadavgBefore,
      loadavgAfter: loadavg(),
    },
    corpus: { files: files.length, bytes, largest },
    rounds,
    parse: {
      saxes,
      safeParse: parsed,
      ratio: parsed.mbPerSecond / saxes.mbPerSecond,
      ratioCpu: parsed.mbPerCpuSecond / saxes.mbPerCpuSecond,
      goal: 0.6,
    },
    serialize: { pretty, compact },
    xsd,
    rss,
    peer,
    totalSeconds: (performance.now() - start) / 1000,
  };
  mkdirSync(join(repoRoot, "bench", "results"), { recursive: true });
  writeFileSync(join(repoRoot, "bench", "results", "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  print(result);
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) {
  const answer = await child(process.argv[childAt + 1] as string, process.argv[childAt + 2] as string);
  process.stdout.write(`${JSON.stringify(answer)}\n`);
} else {
  await main();
}
