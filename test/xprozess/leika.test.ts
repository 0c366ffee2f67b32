/**
 * LeiKa → Prozessklasse on the shared LeiKa CSV (109 rows, 92 with a key): each row becomes a Prozessklasse with
 * the same key, name and Verrichtung, and a catalogue message of them parses back identically.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeParseLeikaCsvSync } from "../../src/leika/index.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import { LEIKA_CORPUS_CSV } from "../leika/shared.ts";
import { describeShared, hasShared } from "../support/shared.ts";

const kopf = {
  nachrichtUUID: "00000000-0000-4000-8000-000000000001",
  nachrichtentyp: { listURI: "urn:de:xprozess:codeliste:nachricht", listVersionID: "1.0", code: "0103" },
  erstellungszeitpunkt: "2026-01-01T00:00:00Z",
};

describeShared("LeiKa → Prozessklasse on the shared LeiKa CSV", () => {
  // 17 rows carry no key ("Leistung vorhanden, aber kein Leistungsschlüssel"): the result fails but keeps the 92 entries
  const katalog = hasShared
    ? safeParseLeikaCsvSync(readFileSync(LEIKA_CORPUS_CSV), { columns: ["Bezeichnung", "Behoerde", "Schluessel"] }).data
    : undefined;
  const eintraege = katalog?.eintraege ?? [];

  it("maps every row with a key: id = Leistungsschlüssel, name and bezeichnung = Bezeichnung, Verrichtung from the key", () => {
    expect(eintraege).toHaveLength(92);
    for (const e of eintraege) {
      const k = xprozess.createProzessklasseFromLeika(e);
      expect(k.id).toBe(e.schluessel);
      expect(k.name).toBe(e.bezeichnung?.trim());
      expect(k.bezeichnung).toBe(e.bezeichnung?.trim());
      expect(k.merkmal).toEqual([
        {
          ordnungsrahmenName: "LeiKa",
          merkmalID: e.schluessel.slice(8, 11),
          merkmalName: "Verrichtung",
          merkmalWert: [e.schluessel.slice(8, 11)],
        },
      ]);
    }
    expect(xprozess.createProzessklasseFromLeika(eintraege[0] as (typeof eintraege)[number]).id).toBe("99140001019000");
  });

  it("a catalogue of them serializes, parses back identically and validates without errors", async () => {
    const prozessklasse = eintraege.map((e) => xprozess.createProzessklasseFromLeika(e, { version: "01.00.00" }));
    const msg = xprozess.createNachricht("prozesskatalog.export.0103", {
      produkt: "fim-xoev",
      produkthersteller: "fim-xoev",
      nachrichtenkopf: kopf,
      prozesskatalog: { name: "FIM-Prozesskatalog", prozessklasse },
    });
    const xml = xprozess.serialize(msg);
    const back = xprozess.parse(xml, { strict: true });
    expect(back).toEqual(msg);
    const report = await xprozess.validateDocument(xml, { env: {} });
    expect(report.diagnostics.filter((d) => d.severity === "error" || d.severity === "warning")).toEqual([]);
  });

  it("a Stammprozess skeleton per row, classified under its Prozessklasse", () => {
    const e = eintraege[0] as (typeof eintraege)[number];
    const p = xprozess.createProzessFromLeika(e);
    expect(p).toMatchObject({
      id: e.schluessel,
      name: e.bezeichnung,
      klassifikation: [{ ordnungsrahmenName: "FIM Prozesskatalog", klasseID: e.schluessel }],
    });
  });
});

describe("LeiKa → Prozessklasse without the corpus", () => {
  it("takes the Verrichtung column when the row has one, and refuses a row without a Bezeichnung", () => {
    // the reader rejects the nameless row itself (missing-field); its good row is still in the failed result's data
    const read = safeParseLeikaCsvSync(
      "Schluessel;Bezeichnung;Verrichtung\n99006028261000;Benachrichtigung Entgegennahme;Entgegennahme\n99006028261000;;\n",
    );
    expect(read.data?.abgelehnt.map((a) => a.zeile)).toEqual([3]);
    const [e] = read.data?.eintraege ?? [];
    const k = xprozess.createProzessklasseFromLeika(e as never, { name: () => "Anzeige bearbeiten" });
    expect(k).toMatchObject({ id: "99006028261000", name: "Anzeige bearbeiten", bezeichnung: "Benachrichtigung Entgegennahme" });
    expect(k.merkmal[0]).toMatchObject({ merkmalID: "261", merkmalWert: ["Entgegennahme"] });
    const none = xprozess.safeCreateProzessklasseFromLeika({ zeile: 3, schluessel: e?.schluessel } as never);
    expect(none.diagnostics[0]).toMatchObject({ code: "missing-field", location: { line: 3 } });
  });
});
