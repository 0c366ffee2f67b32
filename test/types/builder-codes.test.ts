import { describe, expect, it } from "vitest";
import * as v2 from "../../src/xdatenfelder/v2/index.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";

describe("a code typo at runtime: the error lists the allowed values (issue 15.3)", () => {
  it("XDatenfelder 3.0.0 and 2.0 builders", () => {
    const r3 = v3.safeCreateDatenfeld({
      identifikation: { id: "F99000000001", version: "1.0.0" },
      name: "x",
      bezeichnungEingabe: "x",
      schemaelementart: "HAR",
      freigabestatus: "6",
      letzteAenderung: "2024-01-01T00:00:00Z",
      feldart: "inptu",
      datentyp: "text",
      vorbefuellung: "keine",
    } as never);
    expect(r3.success).toBe(false);
    expect(r3.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /feldart: expected a code of urn:xoev-de:fim:codeliste:xdatenfelder\.feldart: one of input, select, label, hidden, locked .*got "inptu"/,
      ),
    ]);
    const r2 = v2.safeCreateDatenfeld({
      identifikation: { id: "F60000000001", version: "1.0" },
      name: "x",
      bezeichnungEingabe: "x",
      schemaelementart: "HAR",
      status: "aktiv",
      feldart: "input",
      datentyp: "txt",
    } as never);
    expect(r2.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/datentyp: expected a code of .*: one of text, .*got "txt"/),
    ]);
  });
});
