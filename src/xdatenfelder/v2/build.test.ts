import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { hasShared, STANDARDS } from "../../../test/support/shared.ts";
import { XoevError } from "../../core/errors.ts";
import { createXsdValidator, loadSchemaSet } from "../../core/validation/index.ts";
import {
  createDatenfeld,
  createDatenfeldgruppe,
  createHeader,
  createNachricht,
  createRegel,
  createStammdatenschema,
  createStruktur,
  parse,
  safeCreateDatenfeld,
  safeCreateDatenfeldgruppe,
  safeCreateHeader,
  serialize,
} from "./index.ts";
import type { Regel, Struktur } from "./model.ts";

const basis = { status: "aktiv" as const, schemaelementart: "HAR" as const };

describe("XDatenfelder 2.0 builders", () => {
  const regel = createRegel({
    identifikation: { id: "R99000001", version: "1.0" },
    name: "Pflicht",
    bezeichnungEingabe: "Pflicht",
    status: "aktiv",
    definition: "Wenn F99000001 leer, dann Pflicht",
  });
  const feld = createDatenfeld({
    ...basis,
    identifikation: { id: "F99000001", version: "1.0" },
    name: "Familienname",
    bezeichnungEingabe: "Familienname",
    feldart: "input",
    datentyp: "text",
    praezisierung: { minLength: 1, maxLength: "120" },
    regel: [regel],
  });
  const gruppe = createDatenfeldgruppe({
    ...basis,
    identifikation: { id: "G99000001", version: "1.0" },
    name: "Person",
    bezeichnungEingabe: "Person",
    struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: feld } })],
  });
  const schema = createStammdatenschema({
    identifikation: { id: "S99000001", version: "1.0" },
    name: "Antrag",
    bezeichnungEingabe: "Antrag",
    status: "inVorbereitung",
    ableitungsmodifikationenStruktur: "0",
    ableitungsmodifikationenRepraesentation: "0",
    struktur: [createStruktur({ anzahl: "0:*", enthaelt: { datenfeldgruppe: gruppe } })],
  });
  const nachricht = createNachricht(createHeader({ nachrichtID: "1", erstellungszeitpunkt: "2026-01-31T12:00:00Z" }), {
    stammdatenschema: schema,
  });

  test("defaults: empty required texts, canonical code metadata, Präzisierung as 2.0 JSON", () => {
    expect(feld.beschreibung).toBe("");
    expect(feld.hilfetextEingabe).toBe("");
    expect(feld.inhalt).toBe("");
    expect(feld.status).toEqual({ code: "aktiv", listURI: "urn:xoev-de:fim:codeliste:xdatenfelder.status", listVersionID: "1.0" });
    expect(feld.praezisierung).toEqual({ text: '{"minLength":"1","maxLength":"120"}', werte: { minLength: "1", maxLength: "120" } });
    expect(regel.script).toBe("");
  });

  test("the built message round-trips and parses to the same model", () => {
    const again = parse(serialize(nachricht));
    if (!isDeepStrictEqual(again, nachricht)) expect(again).toEqual(nachricht);
  });

  test("parsed and built objects are equal strictly: absent optional elements are absent properties in both", () => {
    const again = parse(serialize(nachricht));
    expect(isDeepStrictEqual(again, nachricht)).toBe(true);
    if (again.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("expected a 0102");
    expect(Object.hasOwn(again.stammdatenschema, "bezeichnungAusgabe")).toBe(false);
    expect(Object.hasOwn(again.header, "referenzID")).toBe(false);
  });

  test("a hand-made object where a built one is expected needs every required property of its type", () => {
    const r = safeCreateDatenfeldgruppe({
      ...basis,
      identifikation: { id: "G99000002", version: "1.0" },
      name: "x",
      bezeichnungEingabe: "x",
      // a partial Regel (no status, name, …) would make serialize throw
      regel: [{ script: "", identifikation: { id: "R1" } } as unknown as Regel],
      struktur: [{ ...gruppe.struktur[0], bezug: undefined } as unknown as Struktur],
    });
    expect(r.diagnostics.map((d) => [d.path, d.params])).toEqual([
      ["Datenfeldgruppe.regel.0", { issue: "regel.0: expected a Regel (createRegel)" }],
      ["Datenfeldgruppe.struktur.0", { issue: "struktur.0: expected a Struktur (createStruktur)" }],
    ]);
    // built and parsed objects pass
    const parsed = parse(serialize(nachricht));
    if (parsed.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("expected a 0102");
    const ok = safeCreateDatenfeldgruppe({
      ...basis,
      identifikation: { id: "G99000003" },
      name: "x",
      bezeichnungEingabe: "x",
      regel: [regel],
      struktur: [...gruppe.struktur, ...parsed.stammdatenschema.struktur],
    });
    expect(ok.diagnostics).toEqual([]);
  });

  test.runIf(hasShared)("the built message is XSD-valid", async () => {
    const xsd = await createXsdValidator(await loadSchemaSet("xdatenfelder-2.0", { schemas: STANDARDS }));
    expect(xsd.validate(serialize(nachricht)).diagnostics).toEqual([]);
  });

  test("invalid input: one invalid-input diagnostic per problem, with its path", () => {
    const r = safeCreateDatenfeld({
      ...basis,
      identifikation: { id: "F1", version: "1.0.0" },
      name: "x",
      bezeichnungEingabe: "x",
      feldart: "hidden" as "input",
      datentyp: "text",
    });
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => d.path)).toEqual(["Datenfeld.identifikation.version", "Datenfeld.feldart"]);
    expect(r.diagnostics.every((d) => d.code === "invalid-input" && d.stage === "input")).toBe(true);
  });

  test("xs:date and xs:dateTime are checked as the XSD does (core/xsd-types), not by a pattern", () => {
    const base = {
      ...basis,
      identifikation: { id: "F99000001", version: "1.0" },
      name: "x",
      bezeichnungEingabe: "x",
      feldart: "input",
      datentyp: "text",
    } as const;
    // valid edge cases: a leap day with a time zone, the end of a day
    expect(safeCreateDatenfeld({ ...base, gueltigAb: "2024-02-29Z", gueltigBis: "2024-12-31+14:00" }).success).toBe(true);
    expect(safeCreateHeader({ nachrichtID: "1", erstellungszeitpunkt: "2024-01-01T24:00:00" }).success).toBe(true);
    const bad = safeCreateDatenfeld({
      ...base,
      gueltigAb: "2024-13-45",
      gueltigBis: "2024-02-31",
      freigabedatum: "2023-02-29",
      veroeffentlichungsdatum: "2024-1-1",
    });
    expect(bad.success).toBe(false);
    expect(bad.diagnostics.map((d) => [d.path, d.params])).toEqual(
      ["gueltigAb", "gueltigBis", "freigabedatum", "veroeffentlichungsdatum"].map((p) => [
        `Datenfeld.${p}`,
        { issue: `${p}: expected a valid xs:date, e.g. 2026-01-31` },
      ]),
    );
    for (const erstellungszeitpunkt of ["2024-99-99T99:99:99", "2024-02-30T12:00:00", "2024-01-01T24:00:01", "2024-01-01"]) {
      const h = safeCreateHeader({ nachrichtID: "1", erstellungszeitpunkt });
      expect(h.success, erstellungszeitpunkt).toBe(false);
      expect(h.diagnostics.map((d) => d.path)).toEqual(["Header.erstellungszeitpunkt"]);
    }
    expect(() => createRegel({ ...base, gueltigAb: "2024-13-45" })).toThrow(XoevError);
  });
});
