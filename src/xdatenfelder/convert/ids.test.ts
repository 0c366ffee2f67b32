import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { narrowId, narrowIdsInText, narrowVersion, widenId, widenIdsInText, widenVersion } from "./ids.ts";

const letter = fc.constantFrom("S", "G", "F", "R", "C", "D");
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));
const id2 = fc.tuple(letter, digits(8)).map(([l, d]) => `${l}${d}`);

describe("ID and version mapping (property-based)", () => {
  test("narrowId inverts widenId for every Unternummernkreis", () => {
    fc.assert(fc.property(id2, digits(3), (id, unk) => narrowId(widenId(id, unk), unk) === id && widenId(id, unk).length === 12));
  });
  test("IDs in texts: widening then narrowing restores the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(id2, fc.constantFrom(" ", "und ", "F123", "(", ")", "\n")), { maxLength: 12 }),
        digits(3),
        (parts, unk) => {
          const text = parts.join(" ");
          return narrowIdsInText(widenIdsInText(text, unk), unk) === text;
        },
      ),
    );
  });
  test("versions: x.y ↔ x.y.0", () => {
    fc.assert(fc.property(fc.nat(99), fc.nat(99), (a, b) => narrowVersion(widenVersion(`${a}.${b}`)) === `${a}.${b}`));
    expect(narrowVersion("1.2.3")).toBeUndefined();
  });
});
