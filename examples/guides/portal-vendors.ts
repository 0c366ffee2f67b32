/**
 * Guide "Portal vendors" (docs/guides/portal-vendors.md): a portal receives FIM downloads and the LeiKa catalogue.
 * It validates every schema of a download with its code lists beside it, writes a SARIF report for its CI (tool
 * version, help per QS code), looks Leistungen up in the catalogue by key and by Leistungsgruppierung, and
 * publishes the catalogue as an XZuFi 2.3.1 transfer message.
 *
 *   npx tsx examples/guides/portal-vendors.ts
 *
 * In a CommonJS application the same calls are:
 *   const { checkXDatenfelder } = require("fim-xoev/xdatenfelder");
 *   const { formatReports } = require("fim-xoev/report");
 *   const { indexLeikaKatalog, safeParseLeikaCsv } = require("fim-xoev/leika");
 *   const xzufi = require("fim-xoev/xzufi/v2_3_1");
 * The test suite runs this file (test/examples/guides.test.ts).
 */
import { createReadStream, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InMemoryCodeListProvider, safeParseGenericode } from "../../src/codelists.ts";
import { formatReports } from "../../src/report.ts";
import { qsRuleHelp } from "../../src/xdatenfelder/common/qs-help.ts";
import { checkXDatenfelder } from "../../src/xdatenfelder/index.ts";
import { indexLeikaKatalog, safeParseLeikaCsv } from "../../src/leika/index.ts";
import * as xzufi from "../../src/xzufi/v2_3_1/index.ts";
import packageJson from "../../package.json" with { type: "json" };

/** What the example found, for the test. */
export interface PortalResult {
  readonly checked: readonly { readonly file: string; readonly errors: number; readonly skippedRules: number }[];
  readonly sarif: string;
  readonly leistung: string | undefined;
  readonly gruppe050: readonly string[];
  readonly xzufiOperations: number;
}

export async function portalVendorExample(
  downloadDir: string = fileURLToPath(new URL("../../fixtures/fim-download", import.meta.url)),
  leikaCsv: string = fileURLToPath(new URL("../../fixtures/leika/published-sample.csv", import.meta.url)),
  log: (line: string) => void = console.log,
): Promise<PortalResult> {
  // 1. A FIM download: schemas and their genericode code lists in one folder. The code lists resolve the
  //    schemas' references, so the QS checks that need list contents run instead of being skipped.
  const files = readdirSync(downloadDir).filter((n) => n.endsWith(".xml")).sort();
  const listFiles = new Map(files.map((n) => [n, safeParseGenericode(readFileSync(join(downloadDir, n)), { file: n }).data] as const));
  const lists = [...listFiles.values()].filter((l) => l !== undefined);
  const codeListProvider = new InMemoryCodeListProvider(lists);
  const schemas = files.filter((n) => listFiles.get(n) === undefined);
  const reports = [];
  for (const n of schemas) {
    const report = await checkXDatenfelder(readFileSync(join(downloadDir, n)), { file: n, codeListProvider });
    reports.push(report);
    log(`${n}: ${report.diagnostics.length} findings, ${report.rulesSkipped.length} rules skipped`);
  }

  // 2. The CI report: SARIF with the tool version and the catalogue help of every QS code.
  const sarif = formatReports(reports, "sarif", { toolName: "fim-xoev", toolVersion: packageJson.version, ruleHelp: qsRuleHelp });

  // 3. The LeiKa catalogue: look a Leistung up by key, and a Leistungsgruppierung.
  //    A rejected row (here: a Leistung without a name) fails the result, which still carries the good rows.
  const read = await safeParseLeikaCsv(createReadStream(leikaCsv), { file: "leika.csv" });
  if (read.data === undefined) throw new Error(read.diagnostics.map((d) => d.message).join("; "));
  for (const d of read.diagnostics) if (d.severity === "error") log(`leika.csv:${d.location?.line}: ${d.message}`);
  const index = indexLeikaKatalog(read.data);
  const leistung = index.get("99.050.012.104.000")?.bezeichnung;
  const gruppe050 = index.byLeistungsgruppierung("050").map((e) => e.schluessel);
  log(`99050012104000: ${leistung}; Leistungsgruppierung 050: ${gruppe050.join(", ")}`);

  // 4. Publish the catalogue as one XZuFi 2.3.1 transfer message (a schreibe per Leistung).
  const imported = await xzufi.safeImportLeikaCsv(createReadStream(leikaCsv), { csv: { file: "leika.csv" } });
  if (imported.data === undefined) throw new Error("catalogue unreadable");
  const xml = xzufi.serialize(imported.data.nachricht);
  log(`XZuFi: ${imported.data.leistungen} Leistungen, ${imported.data.abgelehnt} rows not imported, ${xml.length} characters`);

  return {
    checked: reports.map((r) => ({
      file: r.file ?? "",
      errors: r.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal").length,
      skippedRules: r.rulesSkipped.length,
    })),
    sarif,
    leistung,
    gruppe050,
    xzufiOperations: xzufi.parse(xml).operation.length,
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await portalVendorExample();
}
