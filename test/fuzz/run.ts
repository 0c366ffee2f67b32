/**
 * `npm run fuzz [cases] [seed]`: mutation fuzzing over corpus files and fixtures (see `harness.ts`), at least
 * 10 000 cases by default. Prints the cases, the time and every finding; exits 1 when there is one.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fuzz, fuzzLoneSurrogates } from "./harness.ts";

const cases = Number(process.argv[2] ?? process.env.FUZZ_CASES ?? 10_000);
const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
process.stdout.write(`fuzzing ${cases} cases, seed ${seed}\n`);
const summary = fuzz(cases, seed, (done) => process.stdout.write(`  ${done} cases\n`));
const surrogateCases = Math.max(100, Math.round(cases / 10));
const surrogateStart = performance.now();
const surrogateFindings = fuzzLoneSurrogates(surrogateCases, seed);
process.stdout.write(
  `${surrogateCases} documents with a lone surrogate (string input) in ${((performance.now() - surrogateStart) / 1000).toFixed(1)} s, ${surrogateFindings.length} findings\n`,
);
summary.findings.push(...surrogateFindings);
const byKind = new Map<string, number>();
for (const f of summary.findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
process.stdout.write(
  `${summary.cases} cases in ${(summary.ms / 1000).toFixed(1)} s (${(summary.ms / summary.cases).toFixed(1)} ms per case), ` +
    `${summary.parsed} parsed by their standard's parser, ${summary.undecodable} with bytes that are not UTF-8 (each an error or read in its declared encoding), ` +
    `${summary.findings.length} findings${byKind.size > 0 ? `: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")}` : ""}\n`,
);
for (const f of summary.findings.slice(0, 20)) {
  process.stdout.write(
    `\n[${f.kind}] ${f.seed}\n  ${f.detail.split("\n").slice(0, 6).join("\n  ")}\n  input (base64, ${f.input.length} chars): ${f.input.length > 400 ? `${f.input.slice(0, 400)}…` : f.input}\n`,
  );
}
if (summary.findings.length > 0) {
  const file = join(tmpdir(), `fim-xoev-fuzz-findings-${seed}.json`);
  writeFileSync(file, JSON.stringify(summary.findings, null, 2));
  process.stdout.write(`\nall findings with their inputs: ${file}\n`);
}
process.exitCode = summary.findings.length > 0 ? 1 : 0;
