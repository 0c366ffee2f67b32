/**
 * XDatenfelder 3.0.0 code lists: the XSD's enumerations as literal unions and `as const` objects,
 * with URN, version and labels (labels from the XSD documentation and the FIM QS stylesheets, see
 * the fact sheet §5). Keys of the `as const` objects are German lowerCamel names of the codes.
 */
import { type CodeList, defineCodeList, schemaCodeList } from "../../core/codelists/code.ts";

export const Feldart = { eingabe: "input", auswahl: "select", statisch: "label", versteckt: "hidden", gesperrt: "locked" } as const;
export type Feldart = (typeof Feldart)[keyof typeof Feldart];
export const feldartCodeList: CodeList<Feldart> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.feldart", "2.0", {
  input: "Eingabe",
  select: "Auswahl",
  label: "statisch",
  hidden: "versteckt",
  locked: "gesperrt",
});

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
export const datentypCodeList: CodeList<Datentyp> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.datentyp", "2.0", {
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
});

export {
  AbleitungsmodifikationenRepraesentation,
  AbleitungsmodifikationenStruktur,
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  Schemaelementart,
  schemaelementartCodeList,
} from "../common/codes.ts";

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
export const freigabestatusCodeList: CodeList<Freigabestatus> = defineCodeList(
  { uri: "urn:xoev-de:xprozess:codeliste:status", version: "2022-07-12", versionFixed: false, closed: false },
  {
    "1": "in Planung",
    "2": "in Bearbeitung",
    "3": "Entwurf",
    "4": "methodisch freigegeben",
    "5": "fachlich freigegeben (silber)",
    "6": "fachlich freigegeben (gold)",
    "7": "inaktiv",
    "8": "vorgesehen zum Löschen",
  },
);

export const Datenqualitaet = { produktiveDaten: "PROD", testdaten: "TEST" } as const;
export type Datenqualitaet = (typeof Datenqualitaet)[keyof typeof Datenqualitaet];
export const datenqualitaetCodeList: CodeList<Datenqualitaet> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet",
  "1.0",
  { PROD: "Produktive Daten", TEST: "Testdaten" },
);

export const Vorbefuellung = { keine: "keine", optional: "optional", verpflichtend: "verpflichtend" } as const;
export type Vorbefuellung = (typeof Vorbefuellung)[keyof typeof Vorbefuellung];
export const vorbefuellungCodeList: CodeList<Vorbefuellung> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung",
  "1.0",
  { keine: "keine Vorbefüllung", optional: "optionale Vorbefüllung", verpflichtend: "verpflichtende Vorbefüllung" },
);

export const Gruppenart = { auswahlgruppe: "X" } as const;
export type Gruppenart = (typeof Gruppenart)[keyof typeof Gruppenart];
export const gruppenartCodeList: CodeList<Gruppenart> = schemaCodeList("urn:xoev-de:fim:codeliste:datenfelder.gruppenart", "1.0", {
  X: "Auswahlgruppe",
});

export const Regeltyp = { komplex: "K", multiplizitaet: "M", validierung: "V", berechnung: "B" } as const;
export type Regeltyp = (typeof Regeltyp)[keyof typeof Regeltyp];
export const regeltypCodeList: CodeList<Regeltyp> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp", "1.0", {
  K: "Komplexe Regel",
  M: "Multiplizitätsregel",
  V: "Validierungsregel",
  B: "Berechnungsregel",
});

/** RegelParamTyp: in the XSD `param/typ` is a plain token restricted to these values (not a Code element). */
export const RegelParamTyp = { anzahl: "anzahl", objekt: "objekt", selektor: "selektor", wert: "wert" } as const;
export type RegelParamTyp = (typeof RegelParamTyp)[keyof typeof RegelParamTyp];
export const regelParamTypCodeList: CodeList<RegelParamTyp> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.regelparamtyp",
  "1.0",
  { anzahl: "Anzahl", objekt: "Datenstruktur", selektor: "Selektor", wert: "Wert" },
);

/** Relation: external list; `listVersionID` required and free (real files: `1.2`). */
export const RelationCode = { istAbgeleitetVon: "ABL", ersetzt: "ERS", istAequivalentZu: "EQU", istVerknuepftMit: "VKN" } as const;
export type RelationCode = (typeof RelationCode)[keyof typeof RelationCode];
export const relationCodeList: CodeList<RelationCode> = defineCodeList(
  { uri: "urn:xoev-de:fim-datenfelder:codeliste:relation", version: "1.2", versionFixed: false, closed: false },
  { ABL: "ist abgeleitet von", ERS: "ersetzt", EQU: "ist äquivalent zu", VKN: "ist verknüpft mit" },
);

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
export const dokumentartCodeList: CodeList<Dokumentart> = defineCodeList(
  { uri: "urn:xoev-de:fim-datenfelder:codeliste:dokumentart", version: "2022-01-01", versionFixed: false, closed: false },
  {
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
);
