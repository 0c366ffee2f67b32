import { describe, expect, test } from "vitest";
import { encodingForLabel, findInvalidUtf8, positionAfter, safeDecodeBytes, TextPosition, Utf8Stream } from "./decode.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | readonly number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const CONTEXT = { source: "text", stage: "input" } as const;

describe("findInvalidUtf8", () => {
  test("valid UTF-8 of every length is valid", () => {
    expect(findInvalidUtf8(utf8("aä€😀\u{10FFFF}"))).toBeUndefined();
  });

  test.each([
    ["a Latin-1 ß followed by ASCII", [0x61, 0xdf, 0x65], { offset: 1, length: 1 }],
    ["a lone continuation byte", [0x80], { offset: 0, length: 1 }],
    ["overlong NUL (C0 80)", [0xc0, 0x80], { offset: 0, length: 1 }],
    ["overlong 3-byte (E0 80 80)", [0xe0, 0x80, 0x80], { offset: 0, length: 1 }],
    ["an encoded surrogate (ED A0 80, W3C not-wf-sa-168..170)", [0xed, 0xa0, 0x80], { offset: 0, length: 1 }],
    ["a code point beyond U+10FFFF (F4 90 80 80)", [0xf4, 0x90, 0x80, 0x80], { offset: 0, length: 1 }],
    ["F5 and above", [0xf5, 0x80, 0x80, 0x80], { offset: 0, length: 1 }],
    ["a 3-byte sequence broken after two bytes", [0x41, 0xe2, 0x82, 0x41], { offset: 1, length: 2 }],
  ])("%s is invalid at its first byte", (_, bytes, where) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toEqual({ ...where, incomplete: false });
  });

  test("a sequence cut by the end is incomplete, not invalid", () => {
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xf0, 0x9f, 0x98]))).toEqual({ offset: 1, length: 3, incomplete: true });
  });

  test("TextDecoder's fatal mode agrees on surrogates and > U+10FFFF (what the reader relies on)", () => {
    for (const bytes of [
      [0xed, 0xa0, 0x80],
      [0xed, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes))).toThrow(TypeError);
    }
  });
});

describe("safeDecodeBytes", () => {
  test("an invalid byte is a fatal diagnostic with byte offset, line and column, never U+FFFD", () => {
    const bytes = cat(utf8("Kopf\r\nzweite Zeile\nM"), [0xfc], utf8("ller"));
    const r = safeDecodeBytes(bytes, "UTF-8", { ...CONTEXT, file: "x.csv" });
    expect(r.success).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "invalid-byte-sequence",
        severity: "fatal",
        stage: "input",
        params: { encoding: "UTF-8", offset: 20, bytes: "FC", source: "text" },
        location: { line: 3, column: 2 },
        file: "x.csv",
      }),
    ]);
    expect(JSON.stringify(r)).not.toContain("\uFFFD");
  });

  test("US-ASCII rejects 8-bit bytes; ISO-8859-1 and windows-1252 read every byte", () => {
    const bytes = cat(utf8("Stra"), [0xdf, 0x65, 0x20, 0x80]);
    expect(safeDecodeBytes(bytes, "US-ASCII", CONTEXT).diagnostics[0]).toMatchObject({
      params: { encoding: "US-ASCII", offset: 4, bytes: "DF" },
    });
    expect(safeDecodeBytes(bytes, "ISO-8859-1", CONTEXT).data).toBe("Straße €");
    expect(safeDecodeBytes(bytes, "windows-1252", CONTEXT).data).toBe("Straße €");
    expect(safeDecodeBytes(bytes, "ISO-8859-15", CONTEXT).data).toBe("Straße \u0080");
  });

  test("UTF-16: a lone surrogate and an odd trailing byte are invalid", () => {
    expect(safeDecodeBytes(new Uint8Array([0x41, 0, 0x00, 0xd8, 0x41, 0]), "UTF-16LE", CONTEXT).diagnostics[0]).toMatchObject({
      params: { offset: 2, bytes: "00 D8" },
      location: { line: 1, column: 2 },
    });
    expect(safeDecodeBytes(new Uint8Array([0, 0x41, 0]), "UTF-16BE", CONTEXT).diagnostics[0]).toMatchObject({ params: { offset: 2 } });
    expect(safeDecodeBytes(new Uint8Array([0, 0x41, 0xd8, 0x3d, 0xde, 0x00]), "UTF-16BE", CONTEXT).data).toBe("A😀");
  });
});

describe("encodingForLabel", () => {
  test("IANA names and aliases, case-insensitive; unsupported ones are undefined", () => {
    expect(encodingForLabel("UTF-8")).toBe("UTF-8");
    expect(encodingForLabel("iso-8859-1")).toBe("ISO-8859-1");
    expect(encodingForLabel("Latin1")).toBe("ISO-8859-1");
    expect(encodingForLabel("CP1252")).toBe("windows-1252");
    expect(encodingForLabel("us-ascii")).toBe("US-ASCII");
    expect(encodingForLabel("UTF-16")).toBe("UTF-16");
    expect(encodingForLabel("Shift_JIS")).toBeUndefined();
    expect(encodingForLabel("toString")).toBeUndefined();
  });
});

describe("TextPosition", () => {
  test("CR LF, CR and LF each end one line, also when CR LF is split between chunks", () => {
    expect(positionAfter("ab\r\ncd\ref\ng")).toEqual({ line: 4, column: 2 });
    const p = new TextPosition();
    p.advance("ab\r");
    p.advance("\ncd");
    expect([p.line, p.column]).toEqual([2, 3]);
  });
});

describe("Utf8Stream", () => {
  /** Feeds `bytes` in chunks of `size`; returns the text and the error. */
  function stream(bytes: Uint8Array, size: number) {
    const s = new Utf8Stream();
    let text = "";
    for (let i = 0; i < bytes.length; i += size) text += s.push(bytes.subarray(i, i + size));
    s.end();
    return { text, error: s.error };
  }

  test.each([
    ["2-byte", "ä"],
    ["3-byte", "€"],
    ["4-byte", "😀"],
  ])("a %s sequence decodes the same at every chunk boundary", (_, ch) => {
    const text = `ab\n${ch}cd${ch}\r\n${ch}`;
    const bytes = utf8(text);
    for (let size = 1; size <= bytes.length; size++) expect(stream(bytes, size)).toEqual({ text, error: undefined });
  });

  test("an invalid byte is reported at its absolute offset, line and column whatever the chunking", () => {
    const bytes = cat(utf8("Kopf\nÄrger M"), [0xfc], utf8("ller\n"));
    for (let size = 1; size <= bytes.length; size++) {
      expect(stream(bytes, size)).toEqual({ text: "Kopf\nÄrger M", error: { offset: 13, bytes: "FC", line: 2, column: 8 } });
    }
  });

  test("a sequence cut by the end of the input is an error, not dropped", () => {
    const bytes = cat(utf8("ab"), [0xe2, 0x82]);
    for (let size = 1; size <= bytes.length; size++) {
      expect(stream(bytes, size)).toEqual({ text: "ab", error: { offset: 2, bytes: "E2 82", line: 1, column: 3 } });
    }
  });
});
