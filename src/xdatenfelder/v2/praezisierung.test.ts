import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatPraezisierung, praezisierungOf, readPraezisierung } from "./praezisierung.ts";

const value = fc.oneof(fc.nat().map(String), fc.string({ maxLength: 20 }));
const werte = fc.record(
  {
    minLength: value,
    maxLength: value,
    minValue: value,
    maxValue: value,
    pattern: fc.string({ maxLength: 30 }),
    note: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: [] },
);

describe("2.0 Präzisierung", () => {
  test("format → read returns the values (property-based), and the text is kept verbatim", () => {
    fc.assert(
      fc.property(werte, (w) => {
        const text = formatPraezisierung(w);
        const r = readPraezisierung(text);
        expect(r.problem).toBeUndefined();
        expect(r.praezisierung.text).toBe(text);
        expect(r.praezisierung.werte ?? {}).toEqual(w);
        expect(praezisierungOf(w)).toEqual(r.praezisierung);
      }),
    );
  });

  test("numbers or strings, unknown keys kept apart, legacy text reported", () => {
    expect(readPraezisierung('{"minLength":1,"maxLength":"80","x":[1]}').praezisierung.werte).toEqual({
      minLength: "1",
      maxLength: "80",
      weitere: { x: [1] },
    });
    expect(readPraezisierung("1..12").problem).toBeDefined();
    expect(readPraezisierung("[1]").problem).toBe("expected a JSON object, found an array");
    expect(readPraezisierung("  ")).toEqual({ praezisierung: { text: "  " } });
  });
});
