/**
 * Parse and FIM-QS check of the BUILT package (dist/) on the XDatenfelder 2.0 and 3.0.0 files of the shared corpus:
 * the median of 5 rounds after a warm-up round, parse and check apart. To compare two commits, build both
 * (`npm run build` in each checkout) and run this alternately in separate processes, several times:
 *
 *   node bench/qs-build.mjs <checkout root> [<checkout root> …]
 *
 * (issue 10: "typed parse and QS speed within 10 %"; the tsx-run bench/qs.ts adds tsx's keep-names wrappers to the
 * rules, so it measures the source, not what users run). Shared folder: env FIM_XOEV_SHARED, else ../shared.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = join(process.env.FIM_XOEV_SHARED ?? join(repo, "../shared"), "corpus/xdatenfelder");
const roots = process.argv.length > 2 ? process.argv.slice(2) : [repo];
const rows = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t"));
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

for (const root of roots) {
  const load = (entry) => import(pathToFileURL(join(resolve(root), "dist", `${entry}.mjs`)).href);
  const mods = {
    "3.0.0": [await load("xdatenfelder/v3"), await load("xdatenfelder/v3/rules")],
    "2.0": [await load("xdatenfelder/v2"), await load("xdatenfelder/v2/rules")],
  };
  const files = rows.filter((r) => mods[r[6]] !== undefined).map((r) => ({ m: mods[r[6]], bytes: readFileSync(join(corpus, r[0])) }));
  const parse = [];
  const check = [];
  for (let round = 0; round < 6; round++) {
    let p = 0;
    let c = 0;
    for (const f of files) {
      const t0 = performance.now();
      const r = f.m[0].safeParse(f.bytes);
      const t1 = performance.now();
      if (r.success) f.m[1].check(r.data);
      p += t1 - t0;
      c += performance.now() - t1;
    }
    if (round > 0) {
      parse.push(p);
      check.push(c);
    }
  }
  console.log(
    `${root}: ${files.length} files, parse ${median(parse).toFixed(0)} ms, QS check ${median(check).toFixed(0)} ms (median of 5)`,
  );
}
