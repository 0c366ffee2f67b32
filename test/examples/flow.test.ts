import { describe, expect, it } from "vitest";
import { BUNDLED, corpusFlow, runFlow } from "../../examples/zielplattform/flow.ts";
import { describeShared, SHARED } from "../support/shared.ts";

describe("examples/zielplattform: from Leistung to Vorgang", () => {
  it("runs the whole flow on the bundled Hundesteuer example", async () => {
    const lines: string[] = [];
    const r = await runFlow({ ...BUNDLED, log: (l) => lines.push(l) });
    expect(r).toEqual({
      key: "99125001012000",
      leistung: "Hundesteuer Anmeldung",
      schema: "S99000000101V1.0.0",
      visible: expect.any(Number),
      required: expect.any(Number),
      fachdatenValid: true,
      xmlRoundTrip: true,
      submissionValid: true,
      checks: { metadata: "passed", hashes: "passed", fachdaten: "passed" },
      prozessklasse: "99125001012000",
      prozess: "99125001012000",
    });
    expect(lines.map((l) => l.slice(0, 2))).toEqual(["1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 "]);
    expect(lines[7]).toContain("Auslöser D99000000001 is the schema's Dokumentsteckbrief");
  }, 60_000);
});

describeShared("examples/zielplattform on a real corpus schema", () => {
  it("runs until the case and says that no process is linked", async () => {
    const lines: string[] = [];
    const r = await runFlow({ ...corpusFlow(SHARED), log: (l) => lines.push(l) });
    expect(r.submissionValid).toBe(true);
    expect(r.prozessklasse).toBeUndefined();
    expect(lines[7]).toContain("no Prozessklasse in the catalogue");
  }, 60_000);
});
