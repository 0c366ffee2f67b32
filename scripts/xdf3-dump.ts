/**
 * Dumps, for every XDatenfelder 3.0.0 file of the shared corpus, the serialized round trip and the diagnostics
 * of parse + QS check, one file each into the output folder (default /tmp/xdf3-dump). Used to compare the
 * library before and after a change of the XDatenfelder 3.0.0 reader or writer:
 *
 *   npx tsx scripts/xdf3-dump.ts /tmp/xdf3-before   # on the old code
 *   npx tsx scripts/xdf3-dump.ts /tmp/xdf3-after    # on the new code
 *   diff -r /tmp/xdf3-before /tmp/xdf3-after
 *
 * Reads ../shared in place (env FIM_XOEV_SHARED overrides it); writes nothing into the repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../src/core/diagnostics/diagnostic.ts";
import { safeParse, serialize } from "../src/xdatenfelder/v3/index.ts";
import { check } from "../src/xdatenfelder/v3/rules/index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const corpus = join(shared, "corpus", "xdatenfelder");
const out = resolve(process.argv[2] ?? "/tmp/xdf3-dump");
mkdirSync(out, { recursive: true });

const rows = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1);
const shown = (d: Diagnostic) =>
  `${d.severity}\t${d.code}\t${d.ruleId ?? ""}\t${d.path}\t${d.location?.line ?? ""}:${d.location?.column ?? ""}\t${d.message}`;
let n = 0;
for (const row of rows) {
  const [file, , , , , , version] = row.split("\t");
  if (version !== "3.0.0" || file === undefined) continue;
  const xml = readFileSync(join(corpus, file));
  const parsed = safeParse(xml, { file });
  const lines: string[] = ["# parse", ...parsed.diagnostics.map(shown)];
  if (parsed.success) {
    lines.push("# check", ...check(parsed.data, { file }).diagnostics.map(shown));
    lines.push("# serialize", serialize(parsed.data));
    lines.push("# serialize compact", serialize(parsed.data, { pretty: false }));
  }
  writeFileSync(join(out, `${file.replaceAll("/", "__")}.txt`), `${lines.join("\n")}\n`);
  n++;
}
process.stderr.write(`${n} files dumped into ${out}\n`);
