/**
 * End to end, as a user runs it: `fim-xoev validate --schemas <standards> <files…>` (the built CLI,
 * `node dist/cli.mjs`) against `xmllint --noout --schema <xdatenfelder.xsd> <files…>` on the 68
 * XDatenfelder 3.0.0 files of the shared corpus, each a child process (process start-up, module loading,
 * schema compile, reading every file and the report included), in the same run with alternating rounds.
 *
 *   npm run build && npx tsx bench/validate-cli.ts [--rounds N] [--jobs N] [--also-jobs N] [--cli PATH]
 *
 * `--jobs N` is passed to the CLI (default: the CLI's own default, see `defaultWorkers` in src/cli/batch.ts).
 * `--also-jobs N` adds the same CLI with `--jobs N`, `--cli PATH` another build of the CLI (e.g. a copy of the
 * dist of an earlier commit, run with the same `--jobs`), both in the same rotating rounds.
 * Prints median wall time per command, the ratio CLI ÷ xmllint (goal ≤ 1; also per round, where both ran back to
 * back, and the median of those, which the machine's drifting load moves least), the CPU time of each child
 * (user + system, from `/usr/bin/time` when present) and writes everything to `bench/results/validate-cli.json`
 * (git-ignored). Shared folder: env FIM_XOEV_SHARED, else ../shared next to the repository.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Command {
  readonly name: string;
  readonly cmd: string;
  readonly args: readonly string[];
  /** Exit code the command must end with on the corpus (0: every file valid). */
  readonly expectExit: number;
}

interface Run {
  readonly ms: number;
  /** User + system CPU time of the child in ms (undefined without /usr/bin/time). */
  readonly cpuMs: number | undefined;
  /** Peak RSS of the child in KB (undefined without /usr/bin/time). */
  readonly maxRssKb: number | undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const TIME_MARK = "@@bench-time@@";

function runOnce(c: Command, cwd: string): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const [cmd, args] = TIME === undefined ? [c.cmd, [...c.args]] : [TIME, ["-f", `${TIME_MARK} %U %S %M`, c.cmd, ...c.args]];
    const start = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (s: string) => {
      stderr += s;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code !== c.expectExit) {
        reject(new Error(`${c.name} exited with ${code}, expected ${c.expectExit}:\n${stderr.slice(-2000)}`));
        return;
      }
      const m = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+) (\\d+)`).exec(stderr);
      resolvePromise({
        ms,
        cpuMs: m === null ? undefined : (Number(m[1]) + Number(m[2])) * 1000,
        maxRssKb: m === null ? undefined : Number(m[3]),
      });
    });
  });
}

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const rounds = Number(argValue("--rounds") ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds takes a positive integer");
  const jobs = argValue("--jobs");
  const otherCli = argValue("--cli");
  const alsoJobs = argValue("--also-jobs");
  const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
  const corpus = join(shared, "corpus", "xdatenfelder");
  const standards = join(shared, "standards");
  const xsd = join(standards, "xdatenfelder", "3.0.0", "xdatenfelder.xsd");
  const cli = join(repoRoot, "dist", "cli.mjs");
  if (!existsSync(cli)) throw new Error("dist/cli.mjs is missing: run `npm run build` first");
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
  const bytes = files.reduce((n, f) => n + statSync(join(corpus, f)).size, 0);
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) throw new Error("xmllint is not installed (apt-get install libxml2-utils)");

  const jobArgs = jobs === undefined ? [] : ["--jobs", jobs];
  const commands: Command[] = [
    {
      name: "fim-xoev validate",
      cmd: process.execPath,
      args: [cli, "validate", "--schemas", standards, ...jobArgs, ...files],
      expectExit: 0,
    },
    { name: "xmllint --schema", cmd: "xmllint", args: ["--noout", "--schema", xsd, ...files], expectExit: 0 },
  ];
  if (alsoJobs !== undefined) {
    commands.push({
      name: `fim-xoev validate --jobs ${alsoJobs}`,
      cmd: process.execPath,
      args: [cli, "validate", "--schemas", standards, "--jobs", alsoJobs, ...files],
      expectExit: 0,
    });
  }
  if (otherCli !== undefined) {
    commands.push({
      name: `other CLI (${otherCli})`,
      cmd: process.execPath,
      args: [resolve(otherCli), "validate", "--schemas", standards, ...jobArgs, ...files],
      expectExit: 0,
    });
  }
  const loadavgBefore = loadavg();
  const runs: Run[][] = commands.map(() => []);
  // One warm-up of each (file cache), then rounds in rotating order, so that a change in machine load during
  // the run hits every command alike.
  for (const c of commands) await runOnce(c, corpus);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (round + k) % commands.length;
      (runs[i] as Run[]).push(await runOnce(commands[i] as Command, corpus));
    }
  }
  const summary = commands.map((c, i) => {
    const rs = runs[i] as Run[];
    const cpu = rs.map((r) => r.cpuMs).filter((v): v is number => v !== undefined);
    return {
      name: c.name,
      roundsMs: rs.map((r) => Math.round(r.ms)),
      medianMs: median(rs.map((r) => r.ms)),
      cpuMs: cpu.length === 0 ? undefined : median(cpu),
      maxRssKb: rs[0]?.maxRssKb,
    };
  });
  const ours = summary[0] as (typeof summary)[number];
  const xmllint = summary[1] as (typeof summary)[number];
  const perRound = (runs[0] as Run[]).map((r, i) => r.ms / ((runs[1] as Run[])[i] as Run).ms);
  const result = {
    date: new Date().toISOString(),
    command: `npx tsx bench/validate-cli.ts --rounds ${rounds}${jobs === undefined ? "" : ` --jobs ${jobs}`}${alsoJobs === undefined ? "" : ` --also-jobs ${alsoJobs}`}${otherCli === undefined ? "" : ` --cli ${otherCli}`}`,
    machine: {
      node: process.version,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: availableParallelism(),
      loadavgBefore,
      loadavgAfter: loadavg(),
    },
    corpus: { files: files.length, bytes },
    rounds,
    commands: summary,
    ratio: ours.medianMs / xmllint.medianMs,
    ratios: Object.fromEntries(summary.map((c) => [c.name, c.medianMs / xmllint.medianMs])),
    ratioPerRound: perRound,
    ratioPerRoundMedian: median(perRound),
    ratioCpu: ours.cpuMs !== undefined && xmllint.cpuMs !== undefined ? ours.cpuMs / xmllint.cpuMs : undefined,
    goal: 1,
  };
  mkdirSync(join(repoRoot, "bench", "results"), { recursive: true });
  writeFileSync(join(repoRoot, "bench", "results", "validate-cli.json"), `${JSON.stringify(result, null, 2)}\n`);

  console.log(
    `validate end to end, XDatenfelder 3.0.0 corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, median of ${rounds} rounds, Node ${process.version}, ${availableParallelism()} cores, load ${loadavgBefore.map((l) => l.toFixed(1)).join(" ")} → ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  for (const s of summary) {
    console.log(
      `  ${s.name.padEnd(28)} ÷ xmllint ${(s.medianMs / xmllint.medianMs).toFixed(2).padStart(5)}  ${""} ${s.medianMs.toFixed(0).padStart(6)} ms wall  ${s.cpuMs === undefined ? "" : `${s.cpuMs.toFixed(0).padStart(6)} ms CPU`}  ${s.maxRssKb === undefined ? "" : `${(s.maxRssKb / 1024).toFixed(0)} MB peak RSS`}  rounds ${s.roundsMs.join(" ")}`,
    );
  }
  console.log(
    `  ratio fim-xoev ÷ xmllint (wall, median): ${result.ratio.toFixed(2)} (per round ${perRound.map((r) => r.toFixed(2)).join(" ")}, their median ${result.ratioPerRoundMedian.toFixed(2)}${result.ratioCpu === undefined ? "" : `; CPU ${result.ratioCpu.toFixed(2)}`}); goal ≤ 1 ${result.ratio <= 1 ? "met" : "NOT met"}`,
  );
  console.log("  JSON: bench/results/validate-cli.json");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
