/**
 * Content of the hand-made fixtures `fixtures/xprozess/v2/valid/<message>-minimal.xml` and `-maximal.xml`,
 * written by `scripts/xprozess-fixtures.ts`: minimal = only what the XSD requires; maximal = every element and
 * attribute of the binding at least once (every choice option in some place, all eight attribute sets). The
 * values are invented test data (not real FIM content); codes use the XSD's fixed list URIs.
 */
import type { MessageName } from "../../src/xprozess/v2/namespace.ts";

const code = (list: string, c: string) => ({ listURI: `urn:de:xprozess:codeliste:${list}`, listVersionID: "1.0", code: c });
const versioned = (list: string, c: string) => ({ ...code(list, c), listVersionID: "2019-08-05", name: `${list} ${c}` });
const destatis = (list: string, c: string) => ({
  listURI: `urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:${list}`,
  listVersionID: "2010-04-01",
  code: c,
  name: `${list} ${c}`,
});
const open = (list: string, c: string) => ({ listURI: `urn:example:${list}`, listVersionID: "2022-03-15", code: c, name: `${list} ${c}` });

const kopf = (nr: string, full: boolean) => ({
  nachrichtUUID: "0f6a3c1e-2b7d-4e8f-9a10-111213141516",
  nachrichtentyp: code("nachricht", nr),
  erstellungszeitpunkt: "2026-01-02T03:04:05.678+01:00",
  ...(full && { leser: "Empfänger", autor: "Autor" }),
});

const basis = (nr: string, full: boolean) => ({
  produkt: "fim-xoev Testdaten",
  produkthersteller: "fim-xoev",
  ...(full && { produktversion: "1.0" }),
  xprozessVersion: "2.0",
  nachrichtenkopf: kopf(nr, full),
});

const zeitraum = { beginn: "2020-01-01T00:00:00Z", ende: "2030-12-31T23:59:59Z" };
const handlungsgrundlage = { name: "§ 1 Testgesetz", art: open("handlungsgrundlagenart", "104"), uri: "https://example.org/tg/1" };
const herausgeber = { organisationsname: "Testredaktion", nutzungsbestimmungen: "frei", url: "https://example.org" };
const klassifikation = { ordnungsrahmenName: "Testrahmen", ordnungsrahmenVersion: "1", klasseID: "611", klasseName: "Testklasse" };
const merkmal = {
  ordnungsrahmenName: "Testrahmen",
  ordnungsrahmenVersion: "1",
  merkmalID: "M1",
  merkmalName: "Prozessart",
  merkmalDatentyp: open("datentyp", "038"),
  merkmalWert: ["Kernprozess", "Testwert"],
};
const kodierungen = [
  { auswahl: { kreis: destatis("kreis", "13003") } },
  { auswahl: { bezirk: destatis("bezirk", "1") } },
  { auswahl: { bundesland: destatis("bundesland", "13") } },
  { auswahl: { gemeindeschluessel: destatis("ags", "13003000") } },
  { auswahl: { regionalschluessel: destatis("rs", "130030000000") } },
  { auswahl: { nation: destatis("staat", "000") } },
  { auswahl: { gemeindeverband: destatis("gemeindeverband", "1") } },
];
const zustand = {
  erstellungszeitpunkt: "2020-01-01T00:00:00Z",
  letzterAenderungszeitpunkt: "2021-01-01T00:00:00Z",
  letzterBearbeiter: "Test",
  status: code("status", "6"),
  anmerkungLetzteAenderung: "geprüft",
  gueltigkeitszeitraum: zeitraum,
  fachlicherFreigabezeitpunkt: "2021-02-01T00:00:00Z",
  formellerFreigabezeitpunkt: "2021-03-01T00:00:00Z",
};
const methode = { code: versioned("modellierungsmethode", "10"), freitext: "FIM" };
const formular = {
  auswahl: {
    formularverweis: { formularsteckbriefID: "D00000001", stammformularID: "S1", stammformularVersion: "1.0", elementId: ["F1", "F2"] },
  },
};
const text = { auswahl: { textuelleBeschreibung: "Bescheid" } };
const empfangen = { formularverweis: formular, uebermittlungsart: versioned("uebermittlungsart", "99"), sender: "Antragsteller" };
const bereitgestellt = { formularverweis: text, uebermittlungsart: versioned("uebermittlungsart", "99"), empfaenger: "Antragsteller" };
const sets = [
  { spezifischeAttribute1: { empfangeneDaten: [empfangen] } },
  { spezifischeAttribute2: { bereitgestellteDaten: [bereitgestellt] } },
  { spezifischeAttribute3: { formellePruefung: [code("formellepruefung", "1"), code("formellepruefung", "2")] } },
  { spezifischeAttribute4: { hilfsmittel: "keine" } },
  { spezifischeAttribute5: { hilfsmittel: "keine", entscheidungsart: code("entscheidungsart", "2") } },
  { spezifischeAttribute6: { bearbeitungsart: code("bearbeitungsart", "1") } },
  {
    spezifischeAttribute7: {
      bereitgestellteDaten: [bereitgestellt],
      empfangeneDaten: [empfangen],
      mitwirkungspflicht: true,
      beteiligungsform: versioned("beteiligungsform", "3"),
    },
  },
  { spezifischeAttribute8: { beschreibung: "Sonstiges" } },
];
const gruppe = (n: number) => ({
  referenzaktivitaetengruppeTyp: code("referenzaktivitaetengruppe", String(n)),
  referenzaktivitaetengruppeVersion: "1.00",
  id: `0${n}`,
  subProzessID: `_sub-${n}`,
  name: `Aktivitätengruppe ${n}`,
  beschreibung: `Gruppe nach RAG ${n}`,
  handlungsgrundlage: [handlungsgrundlage],
  eingehendeDaten: [formular],
  ausgehendeDaten: [text],
  fachverfahren: ["Fachverfahren A"],
  spezifischeAttribute: { auswahl: sets[n - 1] },
});
const datei = (name: string) => ({
  dateiname: name,
  modellierungsmethode: methode,
  mimeType: open("mimetype", "1"),
  inhalt: "PGRlZmluaXRpb25zLz4=",
});

const prozessMaximal = {
  id: "99000000000000",
  version: "01.00.00",
  name: "Testprozess bearbeiten",
  bezeichnung: "Testleistung Erteilung",
  fachlichFreigebendeStelle: "Testministerium",
  klassifikation: [klassifikation],
  schlagwort: ["Test", "Beispiel"],
  prozesssteckbrief: {
    definition: "Definition",
    beschreibung: "Beschreibung",
    ausloeser: [{ formularID: "D00000001", prozessID: "99000000000001", textuelleBeschreibung: "Antrag" }],
    ergebnis: [{ textuelleBeschreibung: "Bescheid" }],
    prozessteilnehmer: [{ name: "Antragsteller", rolle: [code("prozessrolle", "1"), code("prozessrolle", "2")] }],
    handlungsgrundlage: [handlungsgrundlage],
    detaillierungsstufe: open("detaillierungsstufe", "101"),
    verwaltungspolitischeKodierung: kodierungen,
    zielvorgaben: "schnell",
    merkmal: [merkmal],
  },
  prozessstrukturbeschreibung: {
    modellierungsmethode: methode,
    auswahl: { strukturbeschreibungFIM: { aktivitaetengruppe: [1, 2, 3, 4, 5, 6, 7, 8].map(gruppe) } },
  },
  prozessmodell: {
    prozessmodelldatei: [datei("BPMN")],
    visualisierungsdatei: [datei("Grafik")],
    beschreibungsdatei: [datei("Report")],
  },
  zustandsangaben: zustand,
};
const prozessSonstige = {
  id: "99000000000001",
  name: "Prozess einer anderen Methode",
  prozessstrukturbeschreibung: { modellierungsmethode: methode, auswahl: { strukturbeschreibungSonstige: {} } },
};

const prozessbibliothek = () => ({
  name: "Testbibliothek",
  version: "1",
  herausgeber,
  verwaltungspolitischeKodierung: [kodierungen[2]],
  prozess: [prozessMaximal, prozessSonstige],
});

const prozessklasse = {
  id: "99000000000000",
  version: "01.00.00",
  gliederungsebene: { gliederungsebeneNummer: 3, gliederungsebeneName: "Leistungsbündel" },
  uebergeordneteProzessklasseID: "611.07.01",
  abgeloesteProzessklasse: [{ referenzierteProzessklasseID: "99000000000099", erlaeuterung: "ersetzt" }],
  name: "Testprozess bearbeiten",
  bezeichnung: "Testleistung Erteilung",
  definition: "Definition",
  handlungsgrundlage: [handlungsgrundlage],
  zwecksetzung: open("zwecksetzung", "6"),
  operativesZiel: open("operativesziel", "314"),
  handlungsform: open("handlungsform", "310"),
  verfahrensart: open("verfahrensart", "501"),
  fachlichFreigebendeStelle: "Testministerium",
  verwaltungspolitischeKodierung: kodierungen,
  merkmal: [merkmal],
  klassifikation: [klassifikation],
  schlagwort: ["Test"],
  zustandsangaben: zustand,
};

const prozesskatalog = () => ({
  name: "Testkatalog",
  version: "2026-01-01",
  herausgeber,
  verwaltungspolitischeKodierung: [kodierungen[2]],
  prozessklasse: [prozessklasse],
});

const suchKlassifikation = { ordnungsrahmenName: "Testrahmen", ordnungsrahmenVersion: "1", klasseID: "611" };
const suchMerkmal = {
  ordnungsrahmenName: "Testrahmen",
  ordnungsrahmenVersion: "1",
  merkmalName: "Prozessart",
  merkmalWert: ["Kernprozess"],
};
const suchprofilKlasse = {
  suchtext: "Test",
  sucheGliederungsebeneNummer: [1, 2],
  sucheHandlungsgrundlage: "Testgesetz",
  sucheZiel: open("operativesziel", "314"),
  sucheHandlungsform: open("handlungsform", "310"),
  sucheVerfahrensart: open("verfahrensart", "501"),
  sucheVerwaltungspolitischeKodierung: ["13"],
  sucheMerkmal: suchMerkmal,
  sucheKlassifikation: suchKlassifikation,
  aenderungszeitpunkt: "2025-01-01T00:00:00Z",
  sucheStatus: [code("status", "5"), code("status", "6")],
  sucheGueltigkeit: zeitraum,
  sucheFachlicherFreigabezeitpunkt: "2021-01-01T00:00:00Z",
  sucheFormellerFreigabezeitpunkt: "2021-01-01T00:00:00Z",
  sucheHatProzesse: true,
};
const suchprofilProzess = {
  suchtext: "Test",
  sucheProzessidentifikation: [{ prozessID: "99000000000000", spezifischeVersion: "01.00.00" }],
  sucheKlassifikation: suchKlassifikation,
  sucheHandlungsgrundlage: "Testgesetz",
  sucheDetaillierungsstufe: [open("detaillierungsstufe", "101")],
  sucheVerwaltungspolitischeKodierung: ["13"],
  sucheMerkmal: suchMerkmal,
  aenderungszeitpunkt: "2025-01-01T00:00:00Z",
  sucheStatus: [code("status", "6")],
  sucheGueltigkeit: zeitraum,
  sucheFachlicherFreigabezeitpunkt: "2021-01-01T00:00:00Z",
  sucheFormellerFreigabezeitpunkt: "2021-01-01T00:00:00Z",
  sucheHatProzessmodelle: false,
};
const suchprofilAlle = { einschraenkungProzessklasse: suchprofilKlasse, einschraenkungProzesseVersionen: code("versionen", "1") };

const ANFRAGE_UUID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f00000001";

/** The builder input of each message, minimal or maximal. */
export function messageInput(name: MessageName, full: boolean): Record<string, unknown> {
  const nr = name.slice(-4);
  const b = basis(nr, full);
  switch (name) {
    case "prozesskatalog.anfrage.0101":
      return { ...b, ...(full && { suchprofil: suchprofilKlasse }) };
    case "prozesskatalog.antwort.0102":
      return { ...b, anfrageUUID: ANFRAGE_UUID, ...(full && { suchprofilZitat: suchprofilKlasse, prozesskatalog: prozesskatalog() }) };
    case "prozesskatalog.export.0103":
      return { ...b, ...(full && { exportprofil: suchprofilKlasse, prozesskatalog: prozesskatalog() }) };
    case "prozessbibliothek.anfrage.0201":
      return { ...b, ...(full && { suchprofil: suchprofilProzess }) };
    case "prozessbibliothek.antwort.0202":
      return {
        ...b,
        anfrageUUID: ANFRAGE_UUID,
        ...(full && { suchprofilZitat: suchprofilProzess, prozessbibliothek: prozessbibliothek() }),
      };
    case "prozessbibliothek.export.0203":
      return { ...b, ...(full && { exportprofil: suchprofilProzess, prozessbibliothek: prozessbibliothek() }) };
    case "alleInhalte.anfrage.0301":
      return { ...b, ...(full && { suchprofil: suchprofilAlle }) };
    case "alleInhalte.antwort.0302":
      return {
        ...b,
        anfrageUUID: ANFRAGE_UUID,
        ...(full && { suchprofilZitat: suchprofilKlasse, prozesskatalog: prozesskatalog(), prozessbibliothek: prozessbibliothek() }),
      };
    case "alleInhalte.export.0303":
      return {
        ...b,
        ...(full && { exportprofil: suchprofilAlle, prozesskatalog: prozesskatalog(), prozessbibliothek: prozessbibliothek() }),
      };
  }
}
