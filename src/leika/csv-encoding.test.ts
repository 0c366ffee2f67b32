/**
 * Encodings of the catalogue reader at every chunk boundary: the decision of `auto` and the text never depend on
 * where the input is cut, one decoder decodes the whole input, and invalid bytes are fatal, never U+FFFD.
 */
import { describe, expect, test } from "vitest";
import { type LeikaCsvEncoding, type LeikaCsvItem, LeikaCsvParser } from "./csv.ts";

const HEADER = "Schluessel;Bezeichnung;Typ";

/** Reads `bytes` cut into the given chunks; returns the items, the encoding decided and the text of the rows. */
function read(chunks: readonly Uint8Array[], encoding: LeikaCsvEncoding = "auto") {
  const p = new LeikaCsvParser({ encoding });
  const items: LeikaCsvItem[] = [];
  for (const c of chunks) items.push(...p.pushBytes(c));
  items.push(...p.end());
  return { items, encoding: p.encoding };
}

/** Chunks of `size` bytes. */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** Every way to cut `bytes` into chunks of one size (1..n) and into two pieces at every position. */
function everyCut(bytes: Uint8Array): [string, Uint8Array[]][] {
  const cuts: [string, Uint8Array[]][] = [];
  for (let size = 1; size <= bytes.length; size++) cuts.push([`chunks of ${size}`, chunked(bytes, size)]);
  for (let at = 1; at < bytes.length; at++) cuts.push([`cut at ${at}`, [bytes.subarray(0, at), bytes.subarray(at)]]);
  return cuts;
}

const bezeichnungen = (items: readonly LeikaCsvItem[]) => items.flatMap((i) => (i.kind === "row" ? [i.eintrag.bezeichnung] : []));
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("auto: the first non-ASCII character decides, whatever the chunks", () => {
  test.each([
    ["2-byte", "Änderung Größe"],
    ["3-byte", "Gebühr 5 € – „Eilt“"],
    ["4-byte", "Zeichen 😀 𝔄"],
  ])("UTF-8 with %s sequences: decided UTF-8, the same text at every boundary", (_, text) => {
    const csv = `${HEADER}\n99050012104000;${text};1\n99001003000000;${text}!;1\n`;
    const bytes = utf8(csv);
    for (const [how, chunks] of everyCut(bytes)) {
      const r = read(chunks);
      expect(r.encoding, how).toBe("utf-8");
      expect(bezeichnungen(r.items), how).toEqual([text, `${text}!`]);
    }
  });

  test.each([
    // Ä (C4) and ä (E4) are UTF-8 lead bytes: cut after them, the old reader took the incomplete sequence for UTF-8.
    ["a lead byte of a 2-byte sequence (Ä = C4)", "Änderung"],
    ["a lead byte of a 3-byte sequence (ä = E4)", "Gebäude"],
    ["a lead byte of a 4-byte sequence (ó = F3)", "Lóck"],
    ["no lead byte (ü = FC, ß = DF followed by ASCII)", "Gebühr Straße"],
    ["windows-1252 punctuation (€ „ “ = 80 84 93)", "5 € „Eilt“"],
  ])("ISO-8859-1 whose first umlaut is %s: decided ISO-8859-1 at every boundary", (_, text) => {
    const csv = `${HEADER}\n99050012104000;${text};1\n99001003000000;${text}!;1\n`;
    const bytes = Uint8Array.from(csv, (c) => {
      const cp1252: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93 };
      return cp1252[c] ?? c.charCodeAt(0);
    });
    for (const [how, chunks] of everyCut(bytes)) {
      const r = read(chunks);
      expect(r.encoding, how).toBe("iso-8859-1");
      expect(bezeichnungen(r.items), how).toEqual([text, `${text}!`]);
      expect(JSON.stringify(r.items), how).not.toContain("\uFFFD");
    }
  });

  test("the issue's case: the first umlaut's byte (C4) ends the first chunk (30 KB of ASCII); the next chunk goes on in Latin-1", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `99050012104${String(i).padStart(3, "0")};Zeile ${i};1`).join("\n");
    const csv = `${HEADER}\n${rows}\n99001003000000;Änderung der Größe;1\n`;
    const bytes = latin1(csv);
    const at = bytes.indexOf(0xc4) + 1;
    const r = read([bytes.subarray(0, at), bytes.subarray(at)]);
    expect(r.encoding).toBe("iso-8859-1");
    expect(bezeichnungen(r.items).at(-1)).toBe("Änderung der Größe");
  });

  test("Latin-1 after a long valid-UTF-8 (ASCII) prefix, in 64 KiB chunks: ISO-8859-1, nothing replaced", () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `99050012104${String(i).padStart(3, "0")};Zeile ${i} ohne Umlaut ${"x".repeat(150)};1`,
    ).join("\n");
    const bytes = latin1(`${HEADER}\n${rows}\n99001003000000;Gebühr für Straßen;1\n`);
    expect(bytes.length).toBeGreaterThan(128 * 1024);
    const r = read(chunked(bytes, 65536));
    expect(r.encoding).toBe("iso-8859-1");
    expect(bezeichnungen(r.items)).toHaveLength(1001);
    expect(bezeichnungen(r.items).at(-1)).toBe("Gebühr für Straßen");
  });

  test("Latin-1 bytes after UTF-8 umlauts (a mixed file) are a fatal error with line and column, at every boundary", () => {
    const bytes = new Uint8Array([
      ...utf8(`${HEADER}\n99050012104000;Änderung;1\n99001003000000;Geb`),
      0xfc,
      ...utf8("hr;1\n99001003000001;Rest;1\n"),
    ]);
    for (const [how, chunks] of everyCut(bytes)) {
      const r = read(chunks);
      expect(r.encoding, how).toBe("utf-8");
      expect(bezeichnungen(r.items), how).toEqual(["Änderung"]);
      const rejected = r.items.filter((i) => i.kind === "rejected");
      expect(rejected, how).toEqual([
        {
          kind: "rejected",
          line: 3,
          fields: ["99001003000000", "Geb"],
          diagnostics: [
            expect.objectContaining({
              code: "invalid-byte-sequence",
              severity: "fatal",
              params: { encoding: "UTF-8", offset: bytes.indexOf(0xfc), bytes: "FC", source: "text" },
              location: { line: 3, column: 19 },
            }),
          ],
        },
      ]);
    }
  });

  test("a UTF-8 BOM decides UTF-8; a first non-ASCII sequence cut by the end of the input decides ISO-8859-1", () => {
    expect(read([new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`${HEADER}\n99050012104000;Ärger;1\n`)])])).toMatchObject({ encoding: "utf-8" });
    const r = read([new Uint8Array([...utf8(`${HEADER}\n99050012104000;Ende;1\n99050012104001;x`), 0xc4])]);
    expect(r.encoding).toBe("iso-8859-1");
    expect(bezeichnungen(r.items)).toEqual(["Ende", "xÄ"]);
  });
});

describe("explicit encodings", () => {
  test("utf-8: an invalid byte is fatal with line and column, and a sequence cut by the end of the input too", () => {
    const bytes = new Uint8Array([...utf8(`${HEADER}\r\n99050012104000;Groß`), 0xdf, ...utf8(";1\r\n")]);
    for (const [how, chunks] of everyCut(bytes)) {
      const r = read(chunks, "utf-8");
      expect(r.items.at(-1), how).toMatchObject({
        kind: "rejected",
        line: 2,
        diagnostics: [{ code: "invalid-byte-sequence", location: { line: 2, column: 20 }, params: { bytes: "DF" } }],
      });
    }
    const cut = read([new Uint8Array([...utf8(`${HEADER}\n99050012104000;Ende`), 0xe2, 0x82])], "utf-8");
    expect(cut.items.at(-1)).toMatchObject({
      kind: "rejected",
      diagnostics: [{ code: "invalid-byte-sequence", params: { bytes: "E2 82" }, location: { line: 2, column: 20 } }],
    });
  });

  test("iso-8859-1: every byte is a character (as windows-1252), UTF-8 bytes included, as the user asked", () => {
    const r = read([utf8(`${HEADER}\n99050012104000;Ä;1\n`)], "iso-8859-1");
    expect(bezeichnungen(r.items)).toEqual(["Ã„"]);
  });
});
