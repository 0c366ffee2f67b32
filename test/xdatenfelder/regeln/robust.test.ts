/** Bad input never crashes or hangs the reader or the evaluator. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateForm, type FormNode, readRuleText } from "../../../src/xdatenfelder/regeln/index.ts";

const WORDS = [
  "WENN",
  "DANN",
  "SONST",
  "UND",
  "ODER",
  "=",
  "<>",
  "(",
  ")",
  ",",
  ".",
  '"',
  "'",
  "F60000000263",
  "G60000000088.F60000000231",
  "muss",
  "nicht",
  "befüllt",
  "aktiviere",
  "deaktiviere",
  "Für",
  "die",
  "Länder",
  "NW",
  "gilt:",
  "mit",
  "001",
  "vorzubefüllen",
  "auszublenden",
  "wobei",
  "nur",
  "der",
  "Code",
  "\n\n",
  "alle",
  "anderen",
  "deren",
  "Bereich",
  ">=",
  "bis",
  "liegt",
];

describe("robustness", () => {
  it("reads any text without throwing, with an outcome and only ids of the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(" ")),
        ),
        (text) => {
          const r = readRuleText({ id: "R00000000001", name: "", source: "freitextRegel", text });
          expect(["read", "partial", "unreadable"]).toContain(r.outcome);
          for (const e of r.effects) for (const t of e.targets) expect(text).toContain(t.id);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads a long text in linear time", () => {
    const sentence =
      'Wenn das Feld F60000000263 "Abfrage" = 001 "in Deutschland" ODER = 002 "x", dann muss die Feldgruppe G60000000088 "Anschrift" befüllt sein. ';
    const long = sentence.repeat(2000);
    const oneSentence = `WENN F60000000263 = ${Array.from({ length: 5000 }, (_, i) => String(i)).join(" ODER = ")}, DANN aktiviere G60000000088.`;
    const t0 = performance.now();
    expect(readRuleText({ id: "R1", name: "", source: "freitextRegel", text: long }).effects).toHaveLength(2000);
    expect(readRuleText({ id: "R1", name: "", source: "freitextRegel", text: oneSentence }).outcome).toBe("read");
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("evaluates odd data without throwing", () => {
    const tree: FormNode = {
      kind: "schema",
      id: "S1",
      name: "S",
      min: 1,
      max: 1,
      children: [
        {
          kind: "gruppe",
          id: "G60000000088",
          name: "g",
          min: 0,
          max: undefined,
          children: [{ kind: "feld", id: "F60000000263", name: "f", min: 1, max: 1, children: [], rules: [] }],
          rules: [],
        },
      ],
      rules: [{ id: "R1", name: "r", source: "freitextRegel", text: "WENN F60000000263 = 001, DANN aktiviere G60000000088." }],
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const s = evaluateForm(tree, { G60000000088: value as never, F60000000263: value as never });
        expect(Array.isArray(s.elements)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
