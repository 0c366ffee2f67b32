import { describe, expect, test } from "vitest";
import { XoevError } from "../../../src/core/errors.ts";
import * as xdf3 from "../../../src/xdatenfelder/v3/index.ts";
import { hasShared, STANDARDS } from "../../support/shared.ts";

const stand = { freigabestatus: "3", letzteAenderung: "2026-11-28T10:00:00Z" } as const;

function feld(id: string, extra: Partial<xdf3.DatenfeldInput> = {}) {
  return xdf3.createDatenfeld({
    identifikation: { id, version: "1.0.0" },
    name: `Feld ${id}`,
    bezeichnungEingabe: `Feld ${id}`,
    schemaelementart: "HAR",
    feldart: "input",
    datentyp: "text",
    vorbefuellung: "keine",
    ...stand,
    ...extra,
  });
}

function schema() {
  const regel = xdf3.createRegel({
    identifikation: { id: "R99000000001", version: "1.0.0" },
    name: "Pflicht",
    typ: "V",
    letzteAenderung: stand.letzteAenderung,
    fehler: [{ text: "Fehlt", code: 1 }],
  });
  const gruppe = xdf3.createDatenfeldgruppe({
    identifikation: { id: "G99000000001", version: "1.0.0" },
    name: "Person",
    bezeichnungEingabe: "Person",
    schemaelementart: "RNG",
    art: "X",
    ...stand,
    regel: [regel],
    struktur: [xdf3.createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: feld("F99000000001") } })],
  });
  return xdf3.createStammdatenschema({
    identifikation: { id: "S99000000001", version: "1.0.0" },
    name: "Testschema",
    bezeichnung: "Testschema",
    bezug: ["§ 1 Testgesetz", { text: "§ 2 Testgesetz", link: "https://example.org/2" }],
    ableitungsmodifikationenStruktur: "3",
    ableitungsmodifikationenRepraesentation: "1",
    dokumentsteckbrief: { id: "D99000000001" },
    ...stand,
    struktur: [
      xdf3.createStruktur({ anzahl: "0:*", enthaelt: { datenfeldgruppe: gruppe } }),
      xdf3.createStruktur({
        anzahl: "1:1",
        enthaelt: {
          datenfeld: feld("F99000000002", {
            feldart: "select",
            werte: [
              { code: "A", name: "Ja" },
              { code: "B", name: "Nein" },
            ],
            praezisierung: { maxLength: 10 },
          }),
        },
      }),
    ],
  });
}

describe("XDatenfelder 3.0.0 builders", () => {
  test("bare codes get the canonical list metadata; lists default to empty", () => {
    const f = feld("F99000000009");
    expect(f.feldart).toEqual({ code: "input", listURI: "urn:xoev-de:fim:codeliste:xdatenfelder.feldart", listVersionID: "2.0" });
    expect(f.freigabestatus).toEqual({ code: "3", listURI: "urn:xoev-de:xprozess:codeliste:status", listVersionID: "2022-07-12" });
    expect(f.bezug).toEqual([]);
    expect(f.regel).toEqual([]);
    expect(f.mediaType).toEqual([]);
    expect("beschreibung" in f).toBe(false);
  });

  test("a built message serializes and parses back to an equal model", () => {
    const header = xdf3.createHeader({ nachrichtID: "test-1", erstellungszeitpunkt: stand.letzteAenderung, datenqualitaet: "TEST" });
    const nachricht = xdf3.createNachricht(header, { stammdatenschema: schema() });
    const xml = xdf3.serialize(nachricht);
    expect(xdf3.parse(xml)).toEqual(nachricht);
  });

  test.runIf(hasShared)("builder output is XSD-valid", async () => {
    const header = xdf3.createHeader({ nachrichtID: "test-1", erstellungszeitpunkt: stand.letzteAenderung });
    const xml = xdf3.serialize(xdf3.createNachricht(header, { stammdatenschema: schema() }));
    const { valid, report } = await xdf3.validate(xml, { schemas: STANDARDS });
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(valid).toBe(true);
  });

  test("invalid input is reported with paths, as data or as one XoevError", () => {
    const r = xdf3.safeCreateDatenfeld({
      identifikation: { id: "F1", version: "1.0" },
      name: "x",
      bezeichnungEingabe: "x",
      schemaelementart: "HAR",
      feldart: "checkbox" as "input",
      datentyp: "text",
      vorbefuellung: "keine",
      freigabestatus: "3",
      letzteAenderung: "gestern",
    });
    expect(r.success).toBe(false);
    const paths = r.diagnostics.map((d) => d.path).sort();
    expect(paths).toEqual(["Datenfeld.feldart", "Datenfeld.identifikation.version", "Datenfeld.letzteAenderung"]);
    expect(r.diagnostics.every((d) => d.code === "invalid-input" && d.stage === "input")).toBe(true);
    expect(() => xdf3.createStruktur({ anzahl: "eins", enthaelt: { datenfeld: feld("F99000000003") } })).toThrow(XoevError);
  });

  test("values outside their XSD type are rejected as the XSD and the model stage reject them", () => {
    const base = {
      identifikation: { id: "F1", version: "1.0.0" },
      name: "x",
      bezeichnungEingabe: "x",
      schemaelementart: "HAR",
      feldart: "input",
      datentyp: "text",
      vorbefuellung: "keine",
      freigabestatus: "3",
      letzteAenderung: "2024-01-01T24:00:00",
    } as const;
    expect(xdf3.safeCreateDatenfeld(base).success).toBe(true);
    const bad = xdf3.safeCreateDatenfeld({
      ...base,
      gueltigAb: "2024-13-45",
      gueltigBis: "2024-02-31",
      letzteAenderung: "2024-99-99T99:99:99",
      name: "x ≤ y",
      maxSize: "0",
      mediaType: ["pdf"],
    });
    expect(bad.success).toBe(false);
    expect(bad.diagnostics.map((d) => d.path).sort()).toEqual([
      "Datenfeld.gueltigAb",
      "Datenfeld.gueltigBis",
      "Datenfeld.letzteAenderung",
      "Datenfeld.maxSize",
      "Datenfeld.mediaType.0",
      "Datenfeld.name",
    ]);
    expect(() => xdf3.createStruktur({ anzahl: "0-1", enthaelt: { datenfeld: feld("F99000000004") } })).toThrow(XoevError);
  });
});
