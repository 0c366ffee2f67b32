/**
 * XProzess 2.0 benchmark on the one real file of the shared corpus (FIM Bund export 99006028261000, 1.6 MB, of
 * which 1.5 MB are the base64 contents of three embedded files):
 *
 * 1. Typed parse: `safeParse` of `fim-xoev/xprozess/v2` (secure reader with positions + binding into the model)
 *    against the saxes event floor — saxes 6 with `xmlns: true, position: true` and `opentag`/`text`/`closetag`
 *    handlers that build nothing — over the same string in the same run; each case in a child process of its
 *    own, as in `bench/run.ts`. _Ratio_ = typed MB/s ÷ saxes MB/s; goal ≥ 0.6.
 * 2. For information: serialize of the parsed model, and decoding + unzipping + summarising the embedded BPMN.
 *
 * Usage: `npx tsx bench/xprozess.ts [--rounds N] [--passes N]` (defaults 7 rounds of 10 passes each).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { median, saxesPass } from "./support.ts";

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(here), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const FILE = join(shared, "corpus", "xprozess", "gerps-2.0", "99006028261000_Anzeige_Beschaeftigung_schwangere_stillende_Frau.xml");

interface Rounds {
  readonly wallMs: readonly number[];
  readonly cpuMs: readonly number[];
  readonly medianWallMs: number;
  readonly medianCpuMs: number;
}

function measure(rounds: number, passes: number, pass: () => void): Rounds {
  for (let i = 0; i < passes; i++) pass(); // warm-up
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < passes; i++) pass();
    wallMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { wallMs, cpuMs, medianWallMs: median(wallMs), medianCpuMs: median(cpuMs) };
}

async function child(kind: string, rounds: number, passes: number): Promise<Rounds> {
  const xml = readFileSync(FILE, "utf8");
  if (kind === "saxes") return measure(rounds, passes, () => saxesPass(xml));
  const x = await import("../src/xprozess/v2/index.ts");
  const parsed = x.safeParse(xml);
  if (parsed.data === undefined) throw new Error("the real file did not parse: the benchmark input is wrong");
  const model = parsed.data;
  if (kind === "parse") return measure(rounds, passes, () => x.safeParse(xml));
  if (kind === "serialize") return measure(rounds, passes, () => x.serialize(model));
  if (kind === "bpmn") return measure(rounds, passes, () => x.checkProzessmodelle(model));
  throw new Error(`unknown case ${kind}`);
}

function runChild(kind: string, rounds: number, passes: number): Promise<Rounds> {
  return new Promise((ok, fail) => {
    const proc = spawn(process.execPath, [...process.execArgv, here, "--child", kind, String(rounds), String(passes)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    proc.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    proc.on("close", (code) => (code === 0 ? ok(JSON.parse(out) as Rounds) : fail(new Error(`${kind} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const arg = (name: string, def: number) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : def;
  };
  const rounds = arg("--rounds", 7);
  const passes = arg("--passes", 10);
  const mb = (readFileSync(FILE).length * passes) / 1e6;
  const load = loadavg()[0]?.toFixed(2);
  const figures: Record<string, Rounds> = {};
  for (const kind of ["saxes", "parse", "serialize", "bpmn"]) figures[kind] = await runChild(kind, rounds, passes);
  const rate = (r: Rounds, cpu: boolean) => mb / ((cpu ? r.medianCpuMs : r.medianWallMs) / 1000);
  const s = figures.saxes as Rounds;
  const p = figures.parse as Rounds;
  const lines = [
    `XProzess 2.0 bench: ${FILE.split("/").pop()} (${(mb / passes).toFixed(2)} MB), ${rounds} rounds × ${passes} passes, median`,
    `machine: ${cpus()[0]?.model ?? "?"} ×${cpus().length}, load average ${load} before`,
    "",
    "case        wall MB/s   CPU MB/s",
    `saxes       ${rate(s, false).toFixed(1).padStart(9)}  ${rate(s, true).toFixed(1).padStart(9)}`,
    `safeParse   ${rate(p, false).toFixed(1).padStart(9)}  ${rate(p, true).toFixed(1).padStart(9)}`,
    `ratio       ${(rate(p, false) / rate(s, false)).toFixed(2).padStart(9)}  ${(rate(p, true) / rate(s, true)).toFixed(2).padStart(9)}   (goal ≥ 0.6)`,
    "",
    `serialize   ${((figures.serialize as Rounds).medianWallMs / passes).toFixed(1)} ms per document (wall)`,
    `BPMN        ${((figures.bpmn as Rounds).medianWallMs / passes).toFixed(1)} ms per document (base64 + unzip + summary + RAG check, wall)`,
    `load average ${loadavg()[0]?.toFixed(2)} after`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

const childAt = process.argv.indexOf("--child");
if (childAt > 0) {
  const answer = await child(process.argv[childAt + 1] as string, Number(process.argv[childAt + 2]), Number(process.argv[childAt + 3]));
  process.stdout.write(JSON.stringify(answer));
} else {
  await main();
}
