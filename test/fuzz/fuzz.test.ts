/**
 * A bounded share of the mutation fuzzing of `npm run fuzz` (see `harness.ts`): 300 cases with a fixed seed, so
 * that `npm test` stays fast and repeatable. Every finding fails the test, with its input to reproduce it.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { checkCase, checkLoneSurrogate, fuzz, mutate, seeds } from "./harness.ts";

test("300 mutated documents: no exception, no invented U+FFFD, linear time, round trip, reader paths agree", () => {
  const summary = fuzz(300, 20261205);
  expect(summary.cases).toBe(300);
  expect(summary.findings.map((f) => `[${f.kind}] ${f.seed}: ${f.detail}`)).toEqual([]);
});

test("an unmodified seed parses and passes every property; a damaged one ends in diagnostics, not exceptions", () => {
  const seed = seeds()[0];
  expect(seed).toBeDefined();
  if (seed === undefined) return;
  // The unmodified seed passes every property and parses.
  expect(checkCase(seed, seed.bytes)).toMatchObject({ findings: [], parsed: true });
  // A mutation that makes it unreadable still passes (a diagnostic, no exception).
  const broken = mutate(seed.bytes, { kind: "delete", at: 0.5, length: 64 });
  expect(checkCase(seed, broken).findings).toEqual([]);
});

test("100 documents with a lone surrogate somewhere (string input): a diagnostic, no exception, no U+FFFD", () => {
  const all = seeds();
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: all.length - 1 }),
      fc.noBias(fc.integer({ min: 0, max: 999_999 })),
      fc.boolean(),
      (i, at, high) => {
        expect(checkLoneSurrogate(all[i] as (typeof all)[number], at / 1_000_000, high)).toEqual([]);
      },
    ),
    { numRuns: 100, seed: 20261205 },
  );
});
