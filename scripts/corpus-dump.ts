/**
 * Dumps what the library does with every file of the shared corpus, so that a refactoring can be checked file by
 * file (issue 10: "corpus round trips, QS findings and conversions are unchanged"):
 *
 *   npx tsx scripts/corpus-dump.ts OUT_DIR      # one JSON file per corpus file, then `diff -r BEFORE AFTER`
 *
 * Per file: the parse findings (code, severity, path, line), a SHA-256 of the serialized round trip, the QS
 * findings (XDatenfelder), the SHA-256 of the 2.0 → 3.0.0 / 3.0.0 → 2.0 conversions with their findings. Uses only
 * the public entries that exist before and after the refactoring (old names stay as deprecated aliases).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseGenericode, serializeGenericode } from "../src/codelists.ts";
import type { Diagnostic } from "../src/core/diagnostics/diagnostic.ts";
import * as xdf from "../src/xdatenfelder/index.ts";
import * as xprozess from "../src/xprozess/v2/index.ts";
import * as xz220 from "../src/xzufi/v2_2_0/index.ts";
import * as xz231 from "../src/xzufi/v2_3_1/index.ts";

const corpus = join(process.env.FIM_XOEV_SHARED ?? join(import.meta.dirname, "../../shared"), "corpus");
const out = process.argv[2];
if (out === undefined) throw new Error("usage: corpus-dump.ts OUT_DIR");
mkdirSync(out, { recursive: true });

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);
const ds = (list: readonly Diagnostic[]) =>
  list.map((d) => `${d.severity} ${d.code} ${d.ruleId ?? ""} ${d.path} ${d.location?.line ?? ""}`);

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : n.endsWith(".xml") || n.endsWith(".gc") ? [p] : [];
    });
}

let count = 0;
for (const path of files(corpus)) {
  const bytes = readFileSync(path);
  const text = bytes.toString("latin1");
  const rec: Record<string, unknown> = {};
  const file = relative(corpus, path);
  try {
    if (text.includes("xdatenfelder_3.0.0") || text.includes("urn:xoev-de:fim:standard:xdatenfelder_2")) {
      const p = xdf.safeParse(bytes, { file, xsdFacets: "warning" });
      rec.parse = ds(p.diagnostics);
      if (p.data !== undefined) {
        rec.roundTrip = sha(xdf.serialize(p.data));
        const qs = await xdf.checkXDatenfelder(bytes, { file });
        rec.qs = ds(qs.diagnostics);
        if (p.data.version === "2.0") {
          const c = await xdf.convertXdf2ToXdf3(p.data.nachricht);
          rec.toV3 = { diagnostics: ds(c.diagnostics), out: c.data === undefined ? null : sha(xdf.v3.serialize(c.data)) };
        } else {
          const c = xdf.convertXdf3ToXdf2(p.data.nachricht);
          rec.toV2 = { diagnostics: ds(c.diagnostics), out: c.data === undefined ? null : sha(xdf.v2.serialize(c.data.nachricht)) };
        }
      }
    } else if (text.includes("genericode/1.0")) {
      const d = parseGenericode(bytes);
      rec.roundTrip = sha(serializeGenericode(d));
    } else if (text.includes("xzufi/2_2_0") || text.includes("xzufi/2_3_1")) {
      const m = text.includes("xzufi/2_2_0") ? xz220 : xz231;
      const p = m.safeParse(bytes, { file });
      rec.parse = ds(p.diagnostics);
      if (p.data !== undefined) rec.roundTrip = sha(m.serialize(p.data as never));
    } else if (text.includes("xoev-de:prozess") || text.includes("xprozess")) {
      const p = xprozess.safeParse(bytes, { file });
      rec.parse = ds(p.diagnostics);
      if (p.data !== undefined) rec.roundTrip = sha(xprozess.serialize(p.data));
    } else continue;
  } catch (e) {
    rec.threw = e instanceof Error ? e.message : String(e);
  }
  writeFileSync(join(out, `${file.replaceAll("/", "__")}.json`), `${JSON.stringify(rec, null, 1)}\n`);
  count++;
}
console.log(`${count} files dumped to ${out}`);
