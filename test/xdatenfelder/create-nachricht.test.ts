/**
 * `createNachricht` / `safeCreateNachricht` take one input object (docs/vocabulary.md); the two-argument form
 * stays one minor version as a deprecated overload and builds the same message.
 */
import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { XoevError } from "../../src/core/errors.ts";
import * as xdf2 from "../../src/xdatenfelder/v2/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";

const zeit = "2026-11-28T10:00:00Z";
const issue = (d: Diagnostic | undefined) => (d?.params as { issue?: string } | undefined)?.issue;

describe("XDatenfelder 3.0.0 createNachricht", () => {
  const header = xdf3.createHeader({ nachrichtID: "n-1", erstellungszeitpunkt: zeit });
  const datenfeld = xdf3.createDatenfeld({
    identifikation: { id: "F99000000001", version: "1.0.0" },
    name: "Familienname",
    bezeichnungEingabe: "Familienname",
    schemaelementart: "HAR",
    feldart: "input",
    datentyp: "text",
    vorbefuellung: "keine",
    freigabestatus: "3",
    letzteAenderung: zeit,
  });

  test("one input object chooses the message by the element given; the old form builds the same", () => {
    const n = xdf3.createNachricht({ header, datenfeld });
    expect(n.kind).toBe("xdatenfelder.datenfeld.0104");
    expect(xdf3.parse(xdf3.serialize(n))).toEqual(n);
    expect(xdf3.createNachricht(header, { datenfeld })).toEqual(n);
  });

  test("no element, two elements or no header: invalid-input as data, or one XoevError", () => {
    const none = xdf3.safeCreateNachricht({ header } as unknown as xdf3.NachrichtInput);
    expect(none.success).toBe(false);
    expect(none.diagnostics.map((d) => [d.code, d.stage, issue(d)])).toEqual([
      ["invalid-input", "input", "exactly one of dokumentsteckbrief, stammdatenschema, datenfeldgruppe, datenfeld expected, got none"],
    ]);
    const two = xdf3.safeCreateNachricht({ header, datenfeld, dokumentsteckbrief: {} } as unknown as xdf3.NachrichtInput);
    expect(issue(two.diagnostics[0])).toContain("got dokumentsteckbrief, datenfeld");
    const noHeader = xdf3.safeCreateNachricht({ datenfeld } as unknown as xdf3.NachrichtInput);
    expect(noHeader.diagnostics.map(issue)).toEqual(["header: required"]);
    expect(() => xdf3.createNachricht({ datenfeld } as unknown as xdf3.NachrichtInput)).toThrow(XoevError);
  });
});

describe("XDatenfelder 2.0 createNachricht", () => {
  const header = xdf2.createHeader({ nachrichtID: "n-1", erstellungszeitpunkt: zeit });
  const datenfeld = xdf2.createDatenfeld({
    status: "aktiv",
    schemaelementart: "HAR",
    identifikation: { id: "F99000001", version: "1.0" },
    name: "Familienname",
    bezeichnungEingabe: "Familienname",
    feldart: "input",
    datentyp: "text",
  });

  test("one input object; the old form builds the same; a missing element is invalid-input", () => {
    const n = xdf2.createNachricht({ header, datenfeld });
    expect(n.kind).toBe("xdatenfelder.datenfeld.0104");
    expect(xdf2.parse(xdf2.serialize(n))).toEqual(n);
    expect(xdf2.createNachricht(header, { datenfeld })).toEqual(n);
    const none = xdf2.safeCreateNachricht({ header } as unknown as xdf2.NachrichtInput);
    expect(none.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
    expect(issue(none.diagnostics[0])).toContain("codeliste");
  });
});
