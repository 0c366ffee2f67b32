/** The 109-row LeiKa routing list of the shared corpus (dotted keys, no header), read in place. */
import { createReadStream, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { readLeikaCsv, safeParseLeikaCsv } from "../../src/leika/index.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { describeShared } from "../support/shared.ts";
import { LEIKA_CORPUS_CSV } from "./shared.ts";

const COLUMNS = ["Bezeichnung", "Behoerde", "Schluessel"];

describeShared("LeiKa corpus: cssaascomde/eah Leistungen.csv", () => {
  test("every one of the 109 rows is an entry or a rejected row with its line", async () => {
    const lines: number[] = [];
    let rows = 0;
    let rejected = 0;
    for await (const item of readLeikaCsv(createReadStream(LEIKA_CORPUS_CSV), { columns: COLUMNS })) {
      if (item.kind === "header") continue;
      lines.push(item.line);
      if (item.kind === "row") rows++;
      else {
        rejected++;
        // rows without a key carry the text "Leistung vorhanden, aber kein Leistungsschlüssel" in the key column
        expect(item.diagnostics.map((d) => [d.code, d.severity, d.location?.line, d.path])).toEqual([
          ["invalid-value", "error", item.line, `/line[${item.line}]/Schluessel`],
        ]);
        expect(item.fields[2]).toBe("Leistung vorhanden, aber kein Leistungsschlüssel");
      }
    }
    expect(lines).toEqual(Array.from({ length: 109 }, (_, i) => i + 1));
    expect({ rows, rejected }).toEqual({ rows: 92, rejected: 17 });
  });

  test("dotted keys (with trailing spaces) and the one plain key are parsed; names and authorities are kept", async () => {
    const r = await safeParseLeikaCsv(readFileSync(LEIKA_CORPUS_CSV), { columns: COLUMNS });
    const e = r.data?.eintraege ?? [];
    expect(e[0]).toEqual({
      zeile: 1,
      schluessel: "99140001019000",
      bezeichnung: "Architektenliste, Eintragung in ein Berufsverzeichnis der Architekten- und Stadtplanerkammer",
      typisierung: [],
      besondereMerkmale: [],
      synonyme: [],
      weitereSpalten: { Behoerde: "AKH" },
    });
    expect(e.find((x) => x.zeile === 70)?.schluessel).toBe("99089004001000"); // written without dots
    expect(e.at(-1)).toMatchObject({ zeile: 109, schluessel: "99131020007001", weitereSpalten: { Behoerde: "ZFU Köln" } });
    // repeated keys are flagged, not dropped, by the reader
    expect(r.diagnostics.filter((d) => d.code === "duplicate-key").map((d) => d.location?.line)).toEqual([44, 46, 47, 63, 88]);
    expect(r.data?.abgelehnt.map((a) => a.zeile)).toEqual([2, 3, 14, 22, 23, 24, 25, 26, 38, 73, 83, 96, 98, 100, 101, 102, 103]);
  });

  test("imports into XZuFi 2.2.0 and 2.3.1: 87 Leistungen, 22 rows with diagnostics", async () => {
    for (const x of [xzufi22, xzufi231]) {
      const r = await x.safeImportLeikaCsv(createReadStream(LEIKA_CORPUS_CSV), { csv: { columns: COLUMNS, file: "Leistungen.csv" } });
      expect(r.success).toBe(false);
      expect(r.data).toMatchObject({ zeilen: 109, leistungen: 87, abgelehnt: 22 });
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => d.code).sort()).toEqual([...Array(5).fill("duplicate-key"), ...Array(17).fill("invalid-value")]);
      expect(errors.every((d) => d.location?.line !== undefined && d.file === "Leistungen.csv")).toBe(true);
      const xml = x.serialize(r.data?.nachricht as never);
      const back = x.safeParse(xml);
      expect(back.success).toBe(true);
      expect(back.data?.operation).toHaveLength(87);
      expect(x.validate(back.data as never, { requireXsd: false }).valid).toBe(true);
    }
  });
});
