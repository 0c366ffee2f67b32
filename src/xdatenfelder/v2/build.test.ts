import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { hasShared, STANDARDS } from "../../../test/support/shared.ts";
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
  serialize,
} from "./index.ts";

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
});
