// biome-ignore-all lint/complexity/noCommaOperator: the cases are one-line edits of a clean model, several at once
// biome-ignore-all lint/suspicious/noExplicitAny: the cases break a typed model on purpose through untyped views
/** A small XDatenfelder 3.0.0 schema that passes every FIM-QS check, and helpers to break it one way at a time. */
import type { Datenfeld, Datenfeldgruppe, Nachricht, Stammdatenschema } from "../../../src/xdatenfelder/v3/model.ts";

const code = <C extends string>(c: C) => ({ code: c });
const T = "2025-01-01T00:00:00Z";

const allgemein = (id: string, name: string) => ({
  identifikation: { id, version: "1.0.0" },
  name,
  bezug: [{ text: "§ 1 TestG", link: "https://example.org/testg/__1.html" }],
  freigabestatus: code("3"),
  statusGesetztAm: "2025-01-01",
  statusGesetztDurch: "Testredaktion",
  letzteAenderung: T,
  relation: [],
  stichwort: [],
});

export function feldText(id = "F99000000001"): Datenfeld {
  return {
    ...allgemein(id, "Vorname"),
    bezeichnungEingabe: "Vorname",
    bezeichnungAusgabe: "Vorname",
    schemaelementart: code("RNG") as Datenfeld["schemaelementart"],
    hilfetextEingabe: "Bitte den Vornamen angeben.",
    feldart: code("input") as Datenfeld["feldart"],
    datentyp: code("text") as Datenfeld["datentyp"],
    praezisierung: { text: "", minLength: "1", maxLength: "50" },
    vorbefuellung: code("keine") as Datenfeld["vorbefuellung"],
    regel: [],
    mediaType: [],
  };
}

export function feldAuswahl(id = "F99000000002"): Datenfeld {
  return {
    ...feldText(id),
    name: "Farbe",
    bezeichnungEingabe: "Farbe",
    bezeichnungAusgabe: "Farbe",
    hilfetextEingabe: "Bitte eine Farbe wählen.",
    feldart: code("select") as Datenfeld["feldart"],
    praezisierung: { text: "" },
    werte: [
      { code: "R", name: "Rot" },
      { code: "G", name: "Grün" },
    ],
  };
}

export function feldCodeliste(id = "F99000000003"): Datenfeld {
  return {
    ...feldAuswahl(id),
    name: "Land",
    bezeichnungEingabe: "Land",
    bezeichnungAusgabe: "Land",
    hilfetextEingabe: "Bitte ein Land wählen.",
    werte: undefined,
    codelisteReferenz: {
      canonicalIdentification: "urn:xoev-de:test:codeliste:land",
      version: "2024-01-01",
      canonicalVersionUri: "urn:xoev-de:test:codeliste:land_2024-01-01",
    },
  } as Datenfeld;
}

export function gruppe(felder: Datenfeld[] = [feldText(), feldAuswahl(), feldCodeliste()], id = "G99000000001"): Datenfeldgruppe {
  return {
    ...allgemein(id, "Person"),
    bezeichnungEingabe: "Person",
    bezeichnungAusgabe: "Person",
    schemaelementart: code("RNG") as Datenfeldgruppe["schemaelementart"],
    hilfetextEingabe: "Angaben zur Person.",
    regel: [
      {
        identifikation: { id: "R99000000001", version: "1.0.0" },
        name: "Vorname Pflicht",
        freitextRegel: "WENN Datenfeld F99000000002 = R, DANN mache F99000000001 zur Pflichtangabe",
        bezug: [],
        stichwort: [],
        fachlicherErsteller: "Testredaktion",
        letzteAenderung: T,
        typ: code("K") as never,
        param: [],
        ziel: [],
        fehler: [],
      },
    ],
    struktur: felder.map((f) => ({ anzahl: "1:1", bezug: [], enthaelt: { datenfeld: f } })),
  };
}

export function schema(g: Datenfeldgruppe = gruppe()): Stammdatenschema {
  return {
    ...allgemein("S99000000001", "Testschema"),
    bezeichnung: "Testschema",
    hilfetext: "Ein Schema für Tests.",
    ableitungsmodifikationenStruktur: code("0") as Stammdatenschema["ableitungsmodifikationenStruktur"],
    ableitungsmodifikationenRepraesentation: code("0") as Stammdatenschema["ableitungsmodifikationenRepraesentation"],
    dokumentsteckbrief: { id: "D99000000002", version: "1.0.0" },
    regel: [],
    struktur: [{ anzahl: "1:1", bezug: [], enthaelt: { datenfeldgruppe: g } }],
  };
}

/** The clean message. */
export function nachricht(s: Stammdatenschema = schema()): Nachricht {
  return { kind: "xdatenfelder.stammdatenschema.0102", header: { nachrichtID: "test", erstellungszeitpunkt: T }, stammdatenschema: s };
}

/** Mutable views of the parts of a cloned message. */
export interface Teile {
  s: any;
  g: any;
  f1: any;
  f2: any;
  f3: any;
  n: any;
}

/** A deep copy of the clean message, changed by `mutate`. */
export function mit(mutate: (t: Teile) => void): Nachricht {
  const n = structuredClone(nachricht()) as any;
  const s = n.stammdatenschema;
  const g = s.struktur[0].enthaelt.datenfeldgruppe;
  const [f1, f2, f3] = g.struktur.map((r: any) => r.enthaelt.datenfeld);
  mutate({ n, s, g, f1, f2, f3 });
  return n as Nachricht;
}
