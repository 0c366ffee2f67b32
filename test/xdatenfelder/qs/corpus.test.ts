/**
 * Our FIM-QS findings against the reference checker's (vs5000/FIM-XSLT QS-DF 1.20 for 3.0.0, 0.977 for 2.0)
 * on every corpus file it checked, compared as (file, code, element id + version, child id). The
 * network-dependent reference findings (1115, offline) are left out. Precision and recall per code are
 * printed; the test pins the agreed state: every code at precision 1 and recall 1, and the codes seen.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkXDatenfelder } from "../../../src/xdatenfelder/qs.ts";
import { hasShared, SHARED } from "../../support/shared.ts";
import { type Finding, ourFindings, referenceFindings, referenceTiming, score } from "./reference.ts";

describe.skipIf(!hasShared)("FIM-QS on the corpus against the reference checker", () => {
  test("findings equal the reference's, code by code", { timeout: 240_000 }, async () => {
    const files = referenceTiming().map((t) => t.file);
    const ours: Finding[] = [];
    const incomplete: string[] = [];
    for (const file of files) {
      const report = await checkXDatenfelder(readFileSync(join(SHARED, "corpus", "xdatenfelder", file)), { file });
      if (!report.completed) incomplete.push(file);
      ours.push(...ourFindings(file, report.diagnostics));
    }
    const reference = referenceFindings().filter((f) => files.includes(f.file));
    const { perCode, fp, fn } = score(ours, reference);
    const table = perCode.map(
      (c) =>
        `${c.code}  tp ${String(c.tp).padStart(4)}  fp ${c.fp}  fn ${c.fn}  precision ${c.precision.toFixed(3)}  recall ${c.recall.toFixed(3)}`,
    );
    console.info(
      `FIM-QS vs reference, ${files.length} files, ${reference.filter((f) => f.network).length} network-dependent reference findings left out\n${table.join("\n")}`,
    );

    expect(incomplete).toEqual([]);
    expect(fp.map((f) => `${f.file} ${f.code} ${f.element} ${f.sub}`)).toEqual([]);
    expect(fn.map((f) => `${f.file} ${f.code} ${f.element} ${f.sub}`)).toEqual([]);
    expect(perCode.map((c) => `${c.code}:${c.tp}`)).toEqual([
      "1005:5",
      "1006:51",
      "1009:8",
      "1010:174",
      "1012:3",
      "1013:78",
      "1014:44",
      "1015:1",
      "1022:56",
      "1035:4",
      "1039:1",
      "1048:2",
      "1097:67",
      "1101:473",
      "1102:203",
      "1103:8",
      "1105:13",
      "1106:54",
      "1109:1",
      "1116:4",
      "1127:11",
      "1129:18",
      "1132:183",
      "1133:6",
      "1136:26",
      "1139:16",
      "1140:18",
    ]);
  });
});
