import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as browser from "./utf8-browser.ts";
import * as node from "./utf8-node.ts";

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const reference = (bytes: Uint8Array): string | undefined => {
  try {
    return fatal.decode(bytes);
  } catch {
    return undefined;
  }
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("#utf8: fatal UTF-8 decoding, as the fatal TextDecoder decodes", () => {
  for (const [name, impl] of [
    ["node", node],
    ["browser", browser],
  ] as const) {
    it(`${name}: Latin-1 range, wider characters, ASCII only, empty`, () => {
      for (const s of ["", "abc", "Straße, Größe: äöü ÄÖÜ", "\u0080\u009f\u00a0\u00ff", "Preis in €, „zitiert“", "ä€ä", "𝄞 ß"]) {
        expect(impl.decodeUtf8(utf8(s))).toBe(s);
        expect(impl.isWellFormedUtf8(utf8(s))).toBe(true);
      }
    });

    it(`${name}: invalid sequences give undefined, never U+FFFD`, () => {
      for (const bad of [[0xc3], [0x61, 0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xff], [0x80]]) {
        expect(impl.decodeUtf8(new Uint8Array(bad))).toBeUndefined();
        expect(impl.isWellFormedUtf8(new Uint8Array(bad))).toBe(false);
      }
    });

    it(`${name}: any bytes, and any text, decode as the reference does (subarrays included)`, () => {
      const lead = fc.constantFrom(0x41, 0x0a, 0xc2, 0xc3, 0xc4, 0xe2, 0xf0, 0x80, 0xbf, 0xa4, 0x9f, 0xed);
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), lead), { maxLength: 40 }), fc.nat(3), (list, cut) => {
          const all = new Uint8Array([0x20, ...list]);
          const bytes = all.subarray(Math.min(cut, all.length));
          expect(impl.decodeUtf8(bytes)).toBe(reference(bytes));
        }),
        { numRuns: 3000 },
      );
      fc.assert(
        fc.property(fc.string({ unit: "grapheme-composite" }), (s) => {
          expect(impl.decodeUtf8(utf8(s))).toBe(s);
        }),
        { numRuns: 500 },
      );
    });
  }

  for (const [name, impl] of [
    ["node", node],
    ["browser", browser],
  ] as const) {
    it(`${name}: utf8Bytes reads slices of a subarray in place; encodeUtf8 is the reference encoder`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ unit: "grapheme-composite", maxLength: 6 }), { minLength: 1, maxLength: 8 }),
          fc.nat(2),
          (parts, pad) => {
            const text = parts.join("\n");
            expect([...impl.encodeUtf8(text)]).toEqual([...utf8(text)]);
            // a view into a larger buffer, as the reader gets a file's bytes without its BOM
            const whole = utf8(`${"\ufeff".repeat(pad)}${text}`);
            const bytes = whole.subarray(pad * 3);
            const view = impl.utf8Bytes(bytes);
            expect(view.bytes).toBe(bytes);
            let at = 0;
            for (const part of parts) {
              const length = utf8(part).length;
              expect(view.text(at, at + length)).toBe(part);
              expect(view.same(at, at, length)).toBe(true);
              at += length;
              expect(view.indexOf(0x0a, at)).toBe(at < bytes.length ? at : -1);
              at += 1;
            }
          },
        ),
        { numRuns: 500 },
      );
      const view = impl.utf8Bytes(utf8("<a>ä</a><a>ä</a><a>ö</a>"));
      expect(view.same(0, 9, 9)).toBe(true);
      expect(view.same(0, 18, 9)).toBe(false);
      expect(view.indexOf(0x0a, 0)).toBe(-1);
    });
  }
});
