/**
 * Dumps the FIM-QS findings (code, severity, path, line, params, element key) of every XDatenfelder file of the
 * shared corpus (`corpus/xdatenfelder/MANIFEST.tsv`), of the reference's one-defect variants
 * (`reference-outputs/qs-mutants/files`) and of the one-defect fixtures (`fixtures/qs/**`), one file of
 * output per input, so that two runs (before and after a change of the rules) can be compared with `diff -r`.
 *
 *   npx tsx scripts/qs-dump.ts /tmp/qs-before
 *
 * Every file is checked twice: without code lists, and with every genericode list of the corpus and of
 * `fixtures/codelists/qs` and every catalogue check switched on, also those off by default (so that the
 * code-list checks and the deactivated checks run too; output `*.codelists.txt`).
 *
 * Reads ../shared in place (env FIM_XOEV_SHARED overrides); writes only into the given folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseGenericode } from "../src/core/codelists/genericode.ts";
import { InMemoryCodeListProvider } from "../src/core/codelists/provider.ts";
import { QS_KATALOG } from "../src/xdatenfelder/common/qs-katalog.ts";
import { checkXDatenfelder } from "../src/xdatenfelder/qs.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "..", "shared"));
const out = process.argv[2];
if (out === undefined) throw new Error("usage: tsx scripts/qs-dump.ts OUTDIR");

const inputs: { name: string; path: string }[] = [];
const corpus = join(shared, "corpus", "xdatenfelder");
if (existsSync(join(corpus, "MANIFEST.tsv"))) {
  const [, ...rows] = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8").trimEnd().split("\n");
  for (const r of rows) {
    const file = r.split("\t")[0] ?? "";
    inputs.push({ name: `corpus/${file}`, path: join(corpus, file) });
  }
}
const mutants = join(shared, "reference-outputs", "qs-mutants", "files");
if (existsSync(mutants)) for (const f of readdirSync(mutants).sort()) inputs.push({ name: `mutants/${f}`, path: join(mutants, f) });
const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const f of walk(join(repoRoot, "fixtures", "qs")).filter((f) => f.endsWith(".xml")))
  inputs.push({ name: relative(repoRoot, f), path: f });

const provider = new InMemoryCodeListProvider();
for (const f of [...inputs.map((i) => i.path), ...walk(join(repoRoot, "fixtures", "codelists", "qs"))]) {
  if (!f.endsWith(".xml")) continue;
  const bytes = readFileSync(f);
  if (!bytes.includes("genericode/1.0")) continue;
  const r = safeParseGenericode(bytes);
  if (r.data !== undefined) provider.add(r.data);
}

let findings = 0;
for (const [{ name, path }, withLists] of inputs.flatMap(
  (i) =>
    [
      [i, false],
      [i, true],
    ] as const,
)) {
  const report = await checkXDatenfelder(readFileSync(path), {
    file: name,
    ...(withLists && { codeListProvider: provider, policy: { enabledRules: Object.keys(QS_KATALOG) } }),
  });
  const lines = [
    `completed ${report.completed} standard ${report.standard ?? "-"}`,
    `stages ${report.stages.map((s) => `${s.stage}:${s.status}`).join(" ")}`,
    `executed ${report.rulesExecuted.map((r) => `${r.id}/${r.severity}`).join(" ")}`,
    `skipped ${report.rulesSkipped.map((r) => `${r.ruleId}:${r.reason}`).join(" ")}`,
    ...report.diagnostics.map((d) =>
      [
        d.code,
        d.severity,
        d.stage,
        d.ruleId ?? "-",
        d.path,
        d.location?.line ?? "-",
        d.location?.column ?? "-",
        JSON.stringify(d.params),
        d.message,
      ].join("\t"),
    ),
  ];
  findings += report.diagnostics.length;
  const target = join(out, `${name.replaceAll("/", "__")}${withLists ? ".codelists" : ""}.txt`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${lines.join("\n")}\n`);
}
console.log(`${inputs.length} files (each twice), ${findings} findings → ${out}`);
