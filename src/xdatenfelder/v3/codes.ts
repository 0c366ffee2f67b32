/**
 * XDatenfelder 3.0.0 code lists: the XSD's enumerations as literal unions and `as const` objects,
 * with URN, version and labels (labels from the XSD documentation and the FIM QS stylesheets, see
 * the fact sheet §5). Keys of the `as const` objects are German lowerCamel names of the codes.
 */
import { type CodeList, defineCodeList, schemaCodeList } from "../../core/codelists/code.ts";

/**
 * The kinds of a Datenfeld (`feldart`, code list `urn:xoev-de:fim:codeliste:xdatenfelder.feldart` 2.0): `input`
 * (Eingabefeld), `select` (Auswahlfeld: the values come from `werte` or a code list), `label` (statischer Text),
 * `hidden` (verstecktes Feld) and `locked` (gesperrtes Feld, shown but not editable). Keys are German names.
 * @example
 * ```ts
 * import { Feldart, indexElements, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // a Stammdatenschema
 * const auswahlfelder = indexElements(parse(xml)).datenfelder.filter((f) => f.feldart.code === Feldart.auswahl);
 * console.log(auswahlfelder.map((f) => f.name)); // e.g. [ "Staatsangehörigkeit", … ]
 * ```
 */
export const Feldart = { eingabe: "input", auswahl: "select", statisch: "label", versteckt: "hidden", gesperrt: "locked" } as const;
/**
 * One of the codes of {@link Feldart}.
 */
export type Feldart = (typeof Feldart)[keyof typeof Feldart];
/**
 * The Feldart code list (version 2.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Datenfeld, feldartCodeList } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld;
 * console.log(`${feld.name}: ${feldartCodeList.labels[feld.feldart.code]}`); // Familienname: Eingabe
 * ```
 */
export const feldartCodeList: CodeList<Feldart> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.feldart", "2.0", {
  input: "Eingabe",
  select: "Auswahl",
  label: "statisch",
  hidden: "versteckt",
  locked: "gesperrt",
});

/**
 * The data types of a Datenfeld (`datentyp`, code list `urn:xoev-de:fim:codeliste:xdatenfelder.datentyp` 2.0): text,
 * String.Latin+ text, date, time, date and time, boolean, number, integer, amount of money, file attachment, object
 * (blob). Keys are German names (`datum`, `ganzzahl`, `geldbetrag`, …).
 * @example
 * ```ts
 * import { Datentyp, type Datenfeld } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld; // e.g. F05000016340 "Geburtsdatum"
 * const inputType = feld.datentyp.code === Datentyp.datum ? "date" : feld.datentyp.code === Datentyp.wahrheitswert ? "checkbox" : "text";
 * console.log(`<input type="${inputType}" name="${feld.identifikation.id}">`);
 * ```
 */
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
/**
 * One of the codes of {@link Datentyp}.
 */
export type Datentyp = (typeof Datentyp)[keyof typeof Datentyp];
/**
 * The Datentyp code list (version 2.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Datenfeld, datentypCodeList } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld;
 * console.log(datentypCodeList.uri, datentypCodeList.labels[feld.datentyp.code]); // … "Datum"
 * ```
 */
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

/**
 * The release status of an element (`freigabestatus`), from the external XProzess status list
 * (`urn:xoev-de:xprozess:codeliste:status`; `listVersionID` is required and free): in Planung, in Bearbeitung,
 * Entwurf, methodisch freigegeben, fachlich freigegeben (silber/gold), inaktiv, vorgesehen zum Löschen.
 * @example
 * ```ts
 * import { Freigabestatus, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.stammdatenschema.0102" && n.stammdatenschema.freigabestatus.code === Freigabestatus.fachlichFreigegebenGold)
 *   console.log(`${n.stammdatenschema.name} is released (gold)`);
 * ```
 */
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
/**
 * One of the codes of {@link Freigabestatus}.
 */
export type Freigabestatus = (typeof Freigabestatus)[keyof typeof Freigabestatus];
/**
 * The Freigabestatus code list (external; real files use version `2022-07-12`) with its labels.
 * @example
 * ```ts
 * import { freigabestatusCodeList, type Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * declare const schema: Stammdatenschema; // S05000001205: code 5
 * console.log(freigabestatusCodeList.labels[schema.freigabestatus.code]); // fachlich freigegeben (silber)
 * ```
 */
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

/**
 * Whether a message holds production or test data (`header/datenqualitaet`): `PROD` (produktive Daten) or `TEST`
 * (Testdaten).
 * @example
 * ```ts
 * import { createHeader, Datenqualitaet } from "fim-xoev/xdatenfelder/v3";
 * const header = createHeader({
 *   nachrichtID: "S05000001205-test-1",
 *   erstellungszeitpunkt: "2025-01-24T13:00:00Z",
 *   datenqualitaet: Datenqualitaet.testdaten, // keep test exports out of production catalogues
 * });
 * console.log(header.datenqualitaet?.code); // TEST
 * ```
 */
export const Datenqualitaet = { produktiveDaten: "PROD", testdaten: "TEST" } as const;
/**
 * One of the codes of {@link Datenqualitaet}.
 */
export type Datenqualitaet = (typeof Datenqualitaet)[keyof typeof Datenqualitaet];
/**
 * The Datenqualitaet code list (version 1.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { datenqualitaetCodeList, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const q = parse(xml).header.datenqualitaet;
 * console.log(q === undefined ? "not stated" : datenqualitaetCodeList.labels[q.code]); // Testdaten
 * ```
 */
export const datenqualitaetCodeList: CodeList<Datenqualitaet> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet",
  "1.0",
  { PROD: "Produktive Daten", TEST: "Testdaten" },
);

/**
 * Whether a Datenfeld is prefilled (`vorbefuellung`): `keine` (no prefill), `optional` (may be prefilled, e.g. from
 * a user account) or `verpflichtend` (must be prefilled).
 * @example
 * ```ts
 * import { indexElements, parse, Vorbefuellung } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const ausKonto = indexElements(parse(xml)).datenfelder.filter((f) => f.vorbefuellung.code !== Vorbefuellung.keine);
 * console.log(ausKonto.map((f) => f.name)); // fields to fill from the BundID account, e.g. [ "Familienname", "Vornamen" ]
 * ```
 */
export const Vorbefuellung = { keine: "keine", optional: "optional", verpflichtend: "verpflichtend" } as const;
/**
 * One of the codes of {@link Vorbefuellung}.
 */
export type Vorbefuellung = (typeof Vorbefuellung)[keyof typeof Vorbefuellung];
/**
 * The Vorbefuellung code list (version 1.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Datenfeld, vorbefuellungCodeList } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld;
 * console.log(vorbefuellungCodeList.labels[feld.vorbefuellung.code]); // keine Vorbefüllung
 * ```
 */
export const vorbefuellungCodeList: CodeList<Vorbefuellung> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung",
  "1.0",
  { keine: "keine Vorbefüllung", optional: "optionale Vorbefüllung", verpflichtend: "verpflichtende Vorbefüllung" },
);

/**
 * The kind of a Datenfeldgruppe (`art`): `X` = Auswahlgruppe, of whose children exactly one is filled in (at most one
 * when a child is optional). A group without `art` is an ordinary group.
 * @example
 * ```ts
 * import { Gruppenart, indexElements, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * for (const g of indexElements(parse(xml)).datenfeldgruppen)
 *   if (g.art?.code === Gruppenart.auswahlgruppe) console.log(`${g.name}: choose one of ${g.struktur.length}`);
 * ```
 */
export const Gruppenart = { auswahlgruppe: "X" } as const;
/**
 * One of the codes of {@link Gruppenart}.
 */
export type Gruppenart = (typeof Gruppenart)[keyof typeof Gruppenart];
/**
 * The Gruppenart code list (version 1.0, fixed by the XSD) with its label.
 * @example
 * ```ts
 * import { type Datenfeldgruppe, gruppenartCodeList } from "fim-xoev/xdatenfelder/v3";
 * declare const gruppe: Datenfeldgruppe;
 * console.log(gruppe.art === undefined ? "Gruppe" : gruppenartCodeList.labels[gruppe.art.code]); // Auswahlgruppe
 * ```
 */
export const gruppenartCodeList: CodeList<Gruppenart> = schemaCodeList("urn:xoev-de:fim:codeliste:datenfelder.gruppenart", "1.0", {
  X: "Auswahlgruppe",
});

/**
 * The type of a Regel (`typ`): `K` Komplexe Regel, `M` Multiplizitätsregel, `V` Validierungsregel, `B`
 * Berechnungsregel. Real FIM exports use `K` throughout, with the rule as prose in `freitextRegel`.
 * @example
 * ```ts
 * import { indexElements, parse, Regeltyp } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const validierungen = indexElements(parse(xml)).regeln.filter((r) => r.typ.code === Regeltyp.validierung);
 * console.log(validierungen.map((r) => r.name));
 * ```
 */
export const Regeltyp = { komplex: "K", multiplizitaet: "M", validierung: "V", berechnung: "B" } as const;
/**
 * One of the codes of {@link Regeltyp}.
 */
export type Regeltyp = (typeof Regeltyp)[keyof typeof Regeltyp];
/**
 * The Regeltyp code list (version 1.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Regel, regeltypCodeList } from "fim-xoev/xdatenfelder/v3";
 * declare const regel: Regel; // R05000011280 "Auswahl der Person"
 * console.log(`${regel.name} (${regeltypCodeList.labels[regel.typ.code]})`); // Auswahl der Person (Komplexe Regel)
 * ```
 */
export const regeltypCodeList: CodeList<Regeltyp> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp", "1.0", {
  K: "Komplexe Regel",
  M: "Multiplizitätsregel",
  V: "Validierungsregel",
  B: "Berechnungsregel",
});

/**
 * The type of a rule parameter (`param/typ`, a plain token in the XSD, not a Code element): `anzahl` (Anzahl),
 * `objekt` (Datenstruktur), `selektor` (Selektor), `wert` (Wert).
 * @example
 * ```ts
 * import { type Regel, RegelParamTyp } from "fim-xoev/xdatenfelder/v3";
 * declare const regel: Regel;
 * const werte = regel.param.filter((p) => p.typ === RegelParamTyp.wert).map((p) => `${p.name} = ${p.element}`);
 * console.log(werte);
 * ```
 */
export const RegelParamTyp = { anzahl: "anzahl", objekt: "objekt", selektor: "selektor", wert: "wert" } as const;
/**
 * One of the codes of {@link RegelParamTyp}.
 */
export type RegelParamTyp = (typeof RegelParamTyp)[keyof typeof RegelParamTyp];
/**
 * The RegelParamTyp values with their labels (the XSD enumerates them on a plain token).
 * @example
 * ```ts
 * import { type Regel, regelParamTypCodeList } from "fim-xoev/xdatenfelder/v3";
 * declare const regel: Regel;
 * for (const p of regel.param) console.log(`${p.name}: ${regelParamTypCodeList.labels[p.typ]} of ${p.element}`);
 * ```
 */
export const regelParamTypCodeList: CodeList<RegelParamTyp> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.regelparamtyp",
  "1.0",
  { anzahl: "Anzahl", objekt: "Datenstruktur", selektor: "Selektor", wert: "Wert" },
);

/**
 * The predicate of a relation between elements (`relation/praedikat`, external list
 * `urn:xoev-de:fim-datenfelder:codeliste:relation`; `listVersionID` required and free, real files: `1.2`): `ABL` ist
 * abgeleitet von, `ERS` ersetzt, `EQU` ist äquivalent zu, `VKN` ist verknüpft mit.
 * @example
 * ```ts
 * import { type Datenfeld, RelationCode, uniqueRelations } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld; // a field derived from a harmonised one
 * const vorlage = uniqueRelations(feld).find((r) => r.praedikat.code === RelationCode.istAbgeleitetVon);
 * console.log(vorlage?.objekt.id); // e.g. F60000000227
 * ```
 */
export const RelationCode = { istAbgeleitetVon: "ABL", ersetzt: "ERS", istAequivalentZu: "EQU", istVerknuepftMit: "VKN" } as const;
/**
 * One of the codes of {@link RelationCode}.
 */
export type RelationCode = (typeof RelationCode)[keyof typeof RelationCode];
/**
 * The relation code list (external; real files use version `1.2`) with its labels.
 * @example
 * ```ts
 * import { type Datenfeld, relationCodeList, uniqueRelations } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld;
 * for (const r of uniqueRelations(feld)) console.log(`${feld.identifikation.id} ${relationCodeList.labels[r.praedikat.code]} ${r.objekt.id}`);
 * ```
 */
export const relationCodeList: CodeList<RelationCode> = defineCodeList(
  { uri: "urn:xoev-de:fim-datenfelder:codeliste:relation", version: "1.2", versionFixed: false, closed: false },
  { ABL: "ist abgeleitet von", ERS: "ersetzt", EQU: "ist äquivalent zu", VKN: "ist verknüpft mit" },
);

/**
 * The kind of document a Dokumentsteckbrief describes (`dokumentart`, external list
 * `urn:xoev-de:fim-datenfelder:codeliste:dokumentart`; `listVersionID` required and free, the FIM converter writes
 * `2022-01-01`): Antrag, Anzeige, Bericht, Bescheid, Erklärung, Kartenmaterial, Mitteilung, Multimedia,
 * Registeranfrage, Registerantwort, Urkunde, Vertrag, Vollmacht, Willenserklärung, unbestimmt.
 * @example
 * ```ts
 * import { Dokumentart, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // a Dokumentsteckbrief message (0101)
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.dokumentsteckbrief.0101" && n.dokumentsteckbrief.dokumentart.code === Dokumentart.antrag)
 *   console.log(`${n.dokumentsteckbrief.bezeichnung} is an application form`);
 * ```
 */
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
/**
 * One of the codes of {@link Dokumentart}.
 */
export type Dokumentart = (typeof Dokumentart)[keyof typeof Dokumentart];
/**
 * The Dokumentart code list (external; the FIM converter writes version `2022-01-01`) with its labels.
 * @example
 * ```ts
 * import { dokumentartCodeList, type Dokumentsteckbrief } from "fim-xoev/xdatenfelder/v3";
 * declare const steckbrief: Dokumentsteckbrief;
 * console.log(dokumentartCodeList.labels[steckbrief.dokumentart.code]); // Antrag
 * ```
 */
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
