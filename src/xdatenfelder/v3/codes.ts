/**
 * XDatenfelder 3.0.0 code lists: the XSD's enumerations as literal unions and `as const` objects,
 * with URN, version and labels (labels from the XSD documentation and the FIM QS stylesheets, see
 * the fact sheet §5). Keys of the `as const` objects are German lowerCamel names of the codes.
 */
import type { CodeList } from "../../core/codelists/code.ts";

export const Feldart = { eingabe: "input", auswahl: "select", statisch: "label", versteckt: "hidden", gesperrt: "locked" } as const;
export type Feldart = (typeof Feldart)[keyof typeof Feldart];
export const feldartCodeList: CodeList<Feldart> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.feldart",
  version: "2.0",
  versionFixed: true,
  closed: true,
  labels: { input: "Eingabe", select: "Auswahl", label: "statisch", hidden: "versteckt", locked: "gesperrt" },
};

export const Datentyp = {
  text: "text",
  textLatin: "text_latin",
  datum: "date",
  zeit: "time",
  zeitpunkt: "datetime",
  wahrheitswert: "bool",
  nummer: "num",
  ganzzahl: "num_int",
  geldbetrag: "num_currency",
  anlage: "file",
  objekt: "obj",
} as const;
export type Datentyp = (typeof Datentyp)[keyof typeof Datentyp];
export const datentypCodeList: CodeList<Datentyp> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.datentyp",
  version: "2.0",
  versionFixed: true,
  closed: true,
  labels: {
    text: "Text",
    text_latin: "String.Latin+ 1.2 (DIN SPEC 91379 Datentyp C)",
    date: "Datum",
    time: "Zeit (Stunde und Minute)",
    datetime: "Zeitpunkt (Datum und Zeit)",
    bool: "Wahrheitswert",
    num: "Nummer",
    num_int: "Ganzzahl",
    num_currency: "Geldbetrag",
    file: "Anlage (Datei)",
    obj: "Objekt (Blob)",
  },
};

export const Schemaelementart = { abstrakt: "ABS", harmonisiert: "HAR", rechtsnormgebunden: "RNG" } as const;
export type Schemaelementart = (typeof Schemaelementart)[keyof typeof Schemaelementart];
export const schemaelementartCodeList: CodeList<Schemaelementart> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { ABS: "abstrakt", HAR: "harmonisiert", RNG: "rechtsnormgebunden" },
};

export const AbleitungsmodifikationenStruktur = {
  nichtModifizierbar: "0",
  nurEinschraenkbar: "1",
  nurErweiterbar: "2",
  allesModifizierbar: "3",
} as const;
export type AbleitungsmodifikationenStruktur = (typeof AbleitungsmodifikationenStruktur)[keyof typeof AbleitungsmodifikationenStruktur];
export const ableitungsmodifikationenStrukturCodeList: CodeList<AbleitungsmodifikationenStruktur> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { "0": "nicht modifizierbar", "1": "nur einschränkbar", "2": "nur erweiterbar", "3": "alles modifizierbar" },
};

export const AbleitungsmodifikationenRepraesentation = { nichtModifizierbar: "0", modifizierbar: "1" } as const;
export type AbleitungsmodifikationenRepraesentation =
  (typeof AbleitungsmodifikationenRepraesentation)[keyof typeof AbleitungsmodifikationenRepraesentation];
export const ableitungsmodifikationenRepraesentationCodeList: CodeList<AbleitungsmodifikationenRepraesentation> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { "0": "nicht modifizierbar", "1": "modifizierbar" },
};

/** Freigabestatus: values from the external XProzess status list; `listVersionID` is required and free. */
export const Freigabestatus = {
  inPlanung: "1",
  inBearbeitung: "2",
  entwurf: "3",
  methodischFreigegeben: "4",
  fachlichFreigegebenSilber: "5",
  fachlichFreigegebenGold: "6",
  inaktiv: "7",
  vorgesehenZumLoeschen: "8",
} as const;
export type Freigabestatus = (typeof Freigabestatus)[keyof typeof Freigabestatus];
export const freigabestatusCodeList: CodeList<Freigabestatus> = {
  uri: "urn:xoev-de:xprozess:codeliste:status",
  version: "2022-07-12",
  versionFixed: false,
  closed: false,
  labels: {
    "1": "in Planung",
    "2": "in Bearbeitung",
    "3": "Entwurf",
    "4": "methodisch freigegeben",
    "5": "fachlich freigegeben (silber)",
    "6": "fachlich freigegeben (gold)",
    "7": "inaktiv",
    "8": "vorgesehen zum Löschen",
  },
};

export const Datenqualitaet = { produktiveDaten: "PROD", testdaten: "TEST" } as const;
export type Datenqualitaet = (typeof Datenqualitaet)[keyof typeof Datenqualitaet];
export const datenqualitaetCodeList: CodeList<Datenqualitaet> = {
  uri: "urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { PROD: "Produktive Daten", TEST: "Testdaten" },
};

export const Vorbefuellung = { keine: "keine", optional: "optional", verpflichtend: "verpflichtend" } as const;
export type Vorbefuellung = (typeof Vorbefuellung)[keyof typeof Vorbefuellung];
export const vorbefuellungCodeList: CodeList<Vorbefuellung> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { keine: "keine Vorbefüllung", optional: "optionale Vorbefüllung", verpflichtend: "verpflichtende Vorbefüllung" },
};

export const Gruppenart = { auswahlgruppe: "X" } as const;
export type Gruppenart = (typeof Gruppenart)[keyof typeof Gruppenart];
export const gruppenartCodeList: CodeList<Gruppenart> = {
  uri: "urn:xoev-de:fim:codeliste:datenfelder.gruppenart",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { X: "Auswahlgruppe" },
};

export const Regeltyp = { komplex: "K", multiplizitaet: "M", validierung: "V", berechnung: "B" } as const;
export type Regeltyp = (typeof Regeltyp)[keyof typeof Regeltyp];
export const regeltypCodeList: CodeList<Regeltyp> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { K: "Komplexe Regel", M: "Multiplizitätsregel", V: "Validierungsregel", B: "Berechnungsregel" },
};

/** RegelParamTyp: in the XSD `param/typ` is a plain token restricted to these values (not a Code element). */
export const RegelParamTyp = { anzahl: "anzahl", objekt: "objekt", selektor: "selektor", wert: "wert" } as const;
export type RegelParamTyp = (typeof RegelParamTyp)[keyof typeof RegelParamTyp];
export const regelParamTypCodeList: CodeList<RegelParamTyp> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.regelparamtyp",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { anzahl: "Anzahl", objekt: "Datenstruktur", selektor: "Selektor", wert: "Wert" },
};

/** Relation: external list; `listVersionID` required and free (real files: `1.2`). */
export const RelationCode = { istAbgeleitetVon: "ABL", ersetzt: "ERS", istAequivalentZu: "EQU", istVerknuepftMit: "VKN" } as const;
export type RelationCode = (typeof RelationCode)[keyof typeof RelationCode];
export const relationCodeList: CodeList<RelationCode> = {
  uri: "urn:xoev-de:fim-datenfelder:codeliste:relation",
  version: "1.2",
  versionFixed: false,
  closed: false,
  labels: { ABL: "ist abgeleitet von", ERS: "ersetzt", EQU: "ist äquivalent zu", VKN: "ist verknüpft mit" },
};

/** Dokumentart: external list; `listVersionID` required and free (the FIM converter writes `2022-01-01`). */
export const Dokumentart = {
  antrag: "001",
  anzeige: "002",
  bericht: "003",
  bescheid: "004",
  erklaerung: "005",
  kartenmaterial: "006",
  mitteilung: "007",
  multimedia: "008",
  registeranfrage: "009",
  registerantwort: "010",
  urkunde: "011",
  vertrag: "012",
  vollmacht: "013",
  willenserklaerung: "014",
  unbestimmt: "999",
} as const;
export type Dokumentart = (typeof Dokumentart)[keyof typeof Dokumentart];
export const dokumentartCodeList: CodeList<Dokumentart> = {
  uri: "urn:xoev-de:fim-datenfelder:codeliste:dokumentart",
  version: "2022-01-01",
  versionFixed: false,
  closed: false,
  labels: {
    "001": "Antrag",
    "002": "Anzeige",
    "003": "Bericht",
    "004": "Bescheid",
    "005": "Erklärung",
    "006": "Kartenmaterial",
    "007": "Mitteilung",
    "008": "Multimedia",
    "009": "Registeranfrage",
    "010": "Registerantwort",
    "011": "Urkunde",
    "012": "Vertrag",
    "013": "Vollmacht",
    "014": "Willenserklärung",
    "999": "unbestimmt",
  },
};
