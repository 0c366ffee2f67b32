import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { XoevError } from "../core/errors.ts";
import { isBekannteLeistungsgruppierung, isBekannteVerrichtung, splitTypisierung, typisierungBedeutung } from "./codes.ts";
import {
  type LeikaCsvItem,
  LeikaCsvParser,
  leikaSpalteOf,
  parseLeikaCsvSync,
  readLeikaCsv,
  safeParseLeikaCsv,
  safeParseLeikaCsvSync,
} from "./csv.ts";

const HEADER =
  "Schluessel;Leistungsgruppierung;Leistungskennung;Verrichtung;Verrichtungsdetail;Bezeichnung;Bezeichnung2;Typ;Veröffentlichungsdatum;Besondere Merkmale;Synonyme";
const ROWS = [
  "99050012104000;050;012;104;000;Gewerbe anmelden;Gewerbe anmelden (Gewerbeanmeldung);2/3;01.02.2021 10:15;EA-relevant|SDG;Gewerbeanmeldung|Anmeldung Gewerbe",
  '99001003000000;001;003;;;"Bioabfall; Abholung";"Bioabfall ""Biotonne""";1;;;',
  '99138002016001;138;002;016;001;Zertifizierung;;"1;2/3";;;',
];
const PUBLISHED = `${HEADER}\r\n${ROWS.join("\r\n")}\r\n`;

async function items(input: Parameters<typeof readLeikaCsv>[0], options?: Parameters<typeof readLeikaCsv>[1]): Promise<LeikaCsvItem[]> {
  const out: LeikaCsvItem[] = [];
  for await (const item of readLeikaCsv(input, options)) out.push(item);
  return out;
}

describe("published catalogue format", () => {
  test("reads the published columns, |-lists, quotes and Typisierung", () => {
    const r = safeParseLeikaCsvSync(PUBLISHED);
    expect(r.success).toBe(true);
    expect(r.data?.spalten).toHaveLength(11);
    expect(r.data?.eintraege).toEqual([
      {
        zeile: 2,
        schluessel: "99050012104000",
        leistungsgruppierung: "050",
        leistungskennung: "012",
        verrichtung: "104",
        verrichtungsdetail: "000",
        bezeichnung: "Gewerbe anmelden",
        bezeichnung2: "Gewerbe anmelden (Gewerbeanmeldung)",
        typ: "2/3",
        typisierung: ["2/3"],
        veroeffentlichungsdatum: "01.02.2021 10:15",
        besondereMerkmale: ["EA-relevant", "SDG"],
        synonyme: ["Gewerbeanmeldung", "Anmeldung Gewerbe"],
        weitereSpalten: {},
      },
      {
        zeile: 3,
        schluessel: "99001003000000",
        leistungsgruppierung: "001",
        leistungskennung: "003",
        bezeichnung: "Bioabfall; Abholung",
        bezeichnung2: 'Bioabfall "Biotonne"',
        typ: "1",
        typisierung: ["1"],
        besondereMerkmale: [],
        synonyme: [],
        weitereSpalten: {},
      },
      expect.objectContaining({ zeile: 4, schluessel: "99138002016001", typ: "1;2/3", typisierung: ["1", "2/3"] }),
    ]);
  });

  test("ISO-8859-1 bytes are detected and decoded (auto), and can be forced", () => {
    const latin1 = Buffer.from(PUBLISHED, "latin1");
    const auto = new LeikaCsvParser();
    const out = [...auto.pushBytes(latin1), ...auto.end()];
    expect(auto.encoding).toBe("iso-8859-1");
    expect(out[0]).toMatchObject({ kind: "header", columns: expect.arrayContaining(["Veröffentlichungsdatum"]), diagnostics: [] });
    expect(safeParseLeikaCsvSync(latin1, { encoding: "iso-8859-1" }).data?.eintraege).toEqual(
      safeParseLeikaCsvSync(PUBLISHED).data?.eintraege,
    );
  });

  test("UTF-8 bytes (with BOM) are detected", () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PUBLISHED, "utf8")]);
    const p = new LeikaCsvParser();
    const out = [...p.pushBytes(utf8), ...p.end()];
    expect(p.encoding).toBe("utf-8");
    expect(out.filter((i) => i.kind === "row")).toHaveLength(3);
    expect(out[0]).toMatchObject({ kind: "header", columns: expect.arrayContaining(["Schluessel", "Veröffentlichungsdatum"]) });
  });

  test("invalid UTF-8 in a file read as UTF-8 is a fatal diagnostic with line and column; reading stops there", () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n99050012104000;050;012;104;000;Gewerbe `),
      Buffer.from([0xe4]),
      Buffer.from("nderung;;1;;;\n99001003000000;001;003;;;Abholung;;1;;;\n"),
    ]);
    const r = safeParseLeikaCsvSync(bytes, { encoding: "utf-8", file: "k.csv" });
    expect(r.success).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "invalid-byte-sequence",
        severity: "fatal",
        stage: "input",
        params: { encoding: "UTF-8", offset: Buffer.byteLength(`${HEADER}\n`) + 39, bytes: "E4", source: "text" },
        location: { line: 2, column: 40 },
        file: "k.csv",
      }),
    ]);
    expect(r.data?.eintraege).toEqual([]);
    expect(r.data?.abgelehnt).toEqual([{ zeile: 2, felder: ["99050012104000", "050", "012", "104", "000", "Gewerbe "] }]);
    expect(JSON.stringify(r)).not.toContain("\uFFFD");
  });

  test("any split of the bytes into chunks gives the same items (streaming)", async () => {
    const bytes = Buffer.from(PUBLISHED, "latin1");
    const whole = await items(bytes);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let from = 0;
        for (const c of [...sorted, bytes.length]) {
          chunks.push(bytes.subarray(from, c));
          from = c;
        }
        expect(await items(chunks)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  test("reads a Node stream and yields rows as they complete", async () => {
    const stream = Readable.from([Buffer.from(`${HEADER}\n${ROWS[0]}\n`), Buffer.from(`${ROWS[1]}\n`)]);
    const kinds: string[] = [];
    for await (const item of readLeikaCsv(stream)) kinds.push(`${item.kind}:${item.line}`);
    expect(kinds).toEqual(["header:1", "row:2", "row:3"]);
  });
});

describe("bad rows become diagnostics with their line, nothing is lost", () => {
  test("a row without a key and a row with a malformed key are rejected with their fields", () => {
    const csv = `${HEADER}\n${ROWS[0]}\n;050;012;;;Ohne Schlüssel;;1;;;\n99.05.012;;;;;Kaputt;;1;;;\n`;
    const r = safeParseLeikaCsvSync(csv);
    expect(r.success).toBe(false);
    expect(r.data?.eintraege).toHaveLength(1);
    expect(r.data?.abgelehnt).toEqual([
      { zeile: 3, felder: ["", "050", "012", "", "", "Ohne Schlüssel", "", "1", "", "", ""] },
      { zeile: 4, felder: ["99.05.012", "", "", "", "", "Kaputt", "", "1", "", "", ""] },
    ]);
    expect(r.diagnostics.map(({ code, severity, path, location }) => ({ code, severity, path, location }))).toEqual([
      { code: "missing-field", severity: "error", path: "/line[3]/Schluessel", location: { line: 3 } },
      { code: "invalid-value", severity: "error", path: "/line[4]/Schluessel", location: { line: 4 } },
    ]);
    expect(() => parseLeikaCsvSync(csv)).toThrow(XoevError);
  });

  test("line numbers count the line breaks inside quoted fields", () => {
    const csv = `${HEADER}\n99050012104000;050;012;104;000;"Zwei\nZeilen";;1;;;\n;;;;;ohne;;;;;\n`;
    const r = safeParseLeikaCsvSync(csv);
    expect(r.data?.eintraege[0]?.bezeichnung).toBe("Zwei\nZeilen");
    expect(r.diagnostics[0]?.location).toEqual({ line: 4 });
  });

  test("an unterminated quote at the end rejects the last record; text after a closing quote is a warning", () => {
    const r = safeParseLeikaCsvSync(`${HEADER}\n99050012104000;050;012;104;000;"Gewerbe"x;;1;;;\n99001003000000;001;003;;;"offen;;1;;;\n`);
    expect(r.data?.eintraege.map((e) => e.bezeichnung)).toEqual(["Gewerbex"]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([
      ["malformed-record", "warning", 2],
      ["malformed-record", "error", 3],
    ]);
  });

  test("field-count mismatches, unknown columns and Typisierung values outside the list are reported", () => {
    const r = safeParseLeikaCsvSync(
      "Schluessel;Bezeichnung;Typ;Zustaendig\n99050012104000;Gewerbe;2/3;Kommune;extra\n99050012071000;Ummeldung;13\n",
    );
    expect(r.success).toBe(true);
    expect(r.data?.eintraege[0]?.weitereSpalten).toEqual({ Zustaendig: "Kommune", Spalte5: "extra" });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([
      ["unknown-column", "info", 1],
      ["field-count-mismatch", "warning", 2],
      ["field-count-mismatch", "warning", 3],
      ["unknown-code", "warning", 3],
    ]);
  });

  test("parts that disagree with the key and repeated keys are warnings", () => {
    const r = safeParseLeikaCsvSync(`${HEADER}\n99050012104000;050;012;105;000;A;;1;;;\n99050012104000;050;012;104;000;B;;1;;;\n`);
    expect(r.success).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.location?.line, d.params])).toEqual([
      ["invalid-value", 2, { value: "99050012105000", expected: "parts that compose the key 99050012104000" }],
      ["duplicate-key", 3, { key: "99050012104000", firstLine: 2 }],
    ]);
  });

  test("a file without a key column is a fatal header finding", async () => {
    const out = await items("Name;Ort\nA;B\n", { header: true });
    expect(out).toHaveLength(1);
    expect(out[0]?.kind).toBe("header");
    expect(out[0]?.diagnostics[0]).toMatchObject({ code: "missing-column", severity: "fatal", location: { line: 1 } });
    const r = await safeParseLeikaCsv("Name;Ort\nA;B\n", { header: true });
    expect(r.success).toBe(false);
  });

  test("a runaway record is stopped at maxRecordLength", () => {
    const r = safeParseLeikaCsvSync(`${HEADER}\n99050012104000;"${"x".repeat(500)}`, { maxRecordLength: 200 });
    expect(r.success).toBe(false);
    expect(r.diagnostics.at(-1)).toMatchObject({ code: "text-limit-exceeded", severity: "fatal", location: { line: 2 } });
  });
});

describe("files without a header", () => {
  test("columns given by name, delimiter detected", () => {
    const r = safeParseLeikaCsvSync("Gewerbeanmeldung,Kommune,99.050.012.104.000 \n", { columns: ["Bezeichnung", "Behörde", "Schlüssel"] });
    expect(r.data?.eintraege).toEqual([
      {
        zeile: 1,
        schluessel: "99050012104000",
        bezeichnung: "Gewerbeanmeldung",
        typisierung: [],
        besondereMerkmale: [],
        synonyme: [],
        weitereSpalten: { Behörde: "Kommune" },
      },
    ]);
  });

  test("without names the file is refused (fatal missing-header naming the key column), not read as nameless Leistungen", () => {
    for (const options of [{}, { header: false }] as const) {
      const r = safeParseLeikaCsvSync("Gewerbeanmeldung;Kommune;99.050.012.104.000\nAbmeldung;Kommune;99.050.012.070.000\n", options);
      expect(r.success).toBe(false);
      expect(r.data?.eintraege).toEqual([]);
      expect(r.diagnostics).toMatchObject([{ code: "missing-header", severity: "fatal", params: { keyColumn: 3 }, location: { line: 1 } }]);
      expect(r.diagnostics[0]?.message).toContain("--columns");
    }
    const names = safeParseLeikaCsvSync("Gewerbeanmeldung;Kommune;99.050.012.104.000\n", {
      columns: ["Bezeichnung", "Behoerde", "Schluessel"],
    });
    expect(names.data?.eintraege.map((e) => e.bezeichnung)).toEqual(["Gewerbeanmeldung"]);
  });

  test("a Leistung without a name is rejected with missing-field; Bezeichnung2 alone is a name", () => {
    const r = safeParseLeikaCsvSync("Schluessel;Bezeichnung;Bezeichnung2\n99050012104000;;\n99050012070000;;Gewerbe ummelden\n");
    expect(r.success).toBe(false);
    expect(r.data?.abgelehnt.map((a) => a.zeile)).toEqual([2]);
    expect(r.data?.eintraege.map((e) => e.schluessel)).toEqual(["99050012070000"]);
    expect(r.diagnostics).toMatchObject([
      { code: "missing-field", severity: "error", params: { field: "Bezeichnung" }, location: { line: 2 } },
    ]);
    // a catalogue without any name column: every row is nameless
    const keysOnly = safeParseLeikaCsvSync("Schluessel\n99050012104000\n");
    expect(keysOnly.data?.eintraege).toEqual([]);
  });

  test("column names match regardless of case, umlauts and spaces", () => {
    expect(leikaSpalteOf("Veröffentlichungsdatum")).toBe("veroeffentlichungsdatum");
    expect(leikaSpalteOf("besondere_merkmale")).toBe("besondereMerkmale");
    expect(leikaSpalteOf(" LeiKa-Schlüssel ")).toBe("schluessel");
    expect(leikaSpalteOf("Behörde")).toBeUndefined();
  });
});

describe("LeiKa codes", () => {
  test("Typisierung split, meanings only where documented", () => {
    expect(splitTypisierung("1;2/3")).toEqual({ typisierung: ["1", "2/3"], unbekannt: [] });
    expect(splitTypisierung(" 4a , 99 ")).toEqual({ typisierung: ["4a"], unbekannt: ["99"] });
    expect(typisierungBedeutung["8"]).toBeUndefined();
    expect(typisierungBedeutung["1"]).toBe("Bund regelt und vollzieht");
  });

  test("published ranges of Leistungsgruppierung and Verrichtung", () => {
    expect(["001", "160", "400", "603"].every(isBekannteLeistungsgruppierung)).toBe(true);
    expect(["000", "149", "152", "161", "399", "604", "1"].some(isBekannteLeistungsgruppierung)).toBe(false);
    expect(["1", "001", "279"].every(isBekannteVerrichtung)).toBe(true);
    expect(["0", "237", "264", "266", "280"].some(isBekannteVerrichtung)).toBe(false);
  });
});
