/**
 * The XDatenfelder 3.0.0 model: the XSD (`xdatenfelder.xsd`, `xdatenfelder-baukasten.xsd`,
 * `xdatenfelder-datentypen.xsd`) written as TypeScript. Type and property names are the XSD's, verbatim.
 *
 * Liberties, each lossless (see docs/mapping.md):
 * - repeated elements are arrays named like the (singular) element: `bezug`, `stichwort`, `relation`, …
 * - `werte` (0..1, wrapping `wert` 1..n) is collapsed to `werte?: Wert[]`.
 * - Code elements keep their list metadata as written ({@link XoevCode}), also where the XSD fixes it,
 *   so that a document round-trips exactly; the builders fill in the canonical metadata.
 * - xs:date / xs:dateTime / numbers stay lexical strings, exactly as written.
 * - `xs:choice` (`enthaelt`) is a union of single-key objects named after the chosen element.
 */
import type { XoevCode } from "../../core/codelists/code.ts";
import type { CodeListDocument, GcElement } from "../../core/codelists/genericode.ts";
import type { KeptAttribute } from "../../core/xml/node.ts";
import type {
  AbleitungsmodifikationenRepraesentation,
  AbleitungsmodifikationenStruktur,
  Datenqualitaet,
  Datentyp,
  Dokumentart,
  Feldart,
  Freigabestatus,
  Gruppenart,
  RegelParamTyp,
  Regeltyp,
  RelationCode,
  Schemaelementart,
  Vorbefuellung,
} from "./codes.ts";

export type { XoevCode };

/** xs:date as written, e.g. `2025-06-05`. */
export type XsdDate = string;
/** xs:dateTime as written, e.g. `2025-06-05T08:41:55+00:00`. */
export type XsdDateTime = string;

/** @xsd xdf:ElementIdentifikation */
export interface ElementIdentifikation {
  /** e.g. `F60000000243` */
  readonly id: string;
  /** `major.minor.patch` (xdf:VersionString); absent for working copies. */
  readonly version?: string;
}

/** @xsd xdf:Rechtsbezug (simple content String.Latin with optional `@link`) */
export interface Rechtsbezug {
  readonly text: string;
  readonly link?: string;
}

/** @xsd xdf:Stichwort (simple content xs:token with required `@uri`) */
export interface Stichwort {
  readonly text: string;
  readonly uri: string;
}

/** @xsd xdf:Relation */
export interface Relation {
  readonly praedikat: XoevCode<RelationCode>;
  readonly objekt: ElementIdentifikation;
}

/** @xsd xdf:AllgemeineAngaben (abstract) */
export interface AllgemeineAngaben {
  readonly identifikation: ElementIdentifikation;
  readonly name: string;
  readonly beschreibung?: string;
  readonly definition?: string;
  readonly bezug: readonly Rechtsbezug[];
  readonly freigabestatus: XoevCode<Freigabestatus>;
  readonly statusGesetztAm?: XsdDate;
  readonly statusGesetztDurch?: string;
  readonly gueltigAb?: XsdDate;
  readonly gueltigBis?: XsdDate;
  readonly versionshinweis?: string;
  readonly veroeffentlichungsdatum?: XsdDate;
  readonly letzteAenderung: XsdDateTime;
  /** Every `relation` element as written (real exports repeat identical ones); see `uniqueRelations()`. */
  readonly relation: readonly Relation[];
  readonly stichwort: readonly Stichwort[];
}

/** @xsd xdf:Schemaelementangaben (abstract) */
export interface Schemaelementangaben extends AllgemeineAngaben {
  readonly bezeichnungEingabe: string;
  readonly bezeichnungAusgabe?: string;
  readonly schemaelementart: XoevCode<Schemaelementart>;
  readonly hilfetextEingabe?: string;
  readonly hilfetextAusgabe?: string;
}

/** @xsd xdf:Praezisierung (simple content String.Latin with constraint attributes) */
export interface Praezisierung {
  /** Text content (usually empty). */
  readonly text: string;
  /** xs:nonNegativeInteger as written */
  readonly minLength?: string;
  /** xs:positiveInteger as written */
  readonly maxLength?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
  readonly pattern?: string;
}

/** @xsd xdf:Wert */
export interface Wert {
  readonly code: string;
  readonly name: string;
  readonly hilfe?: string;
}

/** @xsd xdf:GenericodeIdentification (3.0.0: every child optional) */
export interface GenericodeIdentification {
  readonly canonicalIdentification?: string;
  readonly version?: string;
  readonly canonicalVersionUri?: string;
}

/** @xsd xdf:RegelParameter */
export interface RegelParameter {
  readonly element: string;
  readonly name: string;
  readonly typ: RegelParamTyp;
}

/** @xsd xdf:RegelZiel */
export interface RegelZiel {
  readonly element: string;
  readonly name: string;
}

/** @xsd xdf:Fehlermeldung (simple content xs:string with required `@code` xs:int) */
export interface Fehlermeldung {
  readonly text: string;
  /** xs:int as written */
  readonly code: string;
}

/** @xsd xdf:Regel */
export interface Regel {
  readonly identifikation: ElementIdentifikation;
  readonly name: string;
  readonly beschreibung?: string;
  readonly freitextRegel?: string;
  readonly bezug: readonly Rechtsbezug[];
  readonly stichwort: readonly Stichwort[];
  readonly fachlicherErsteller?: string;
  readonly letzteAenderung: XsdDateTime;
  readonly typ: XoevCode<Regeltyp>;
  readonly param: readonly RegelParameter[];
  readonly ziel: readonly RegelZiel[];
  readonly skript?: string;
  readonly fehler: readonly Fehlermeldung[];
}

/** @xsd xdf:Datenfeld */
export interface Datenfeld extends Schemaelementangaben {
  readonly feldart: XoevCode<Feldart>;
  readonly datentyp: XoevCode<Datentyp>;
  readonly praezisierung?: Praezisierung;
  readonly inhalt?: string;
  readonly vorbefuellung: XoevCode<Vorbefuellung>;
  /** `<werte>` (0..1) wrapping `<wert>` (1..n), collapsed: absent = no `werte` element. */
  readonly werte?: readonly Wert[];
  readonly codelisteReferenz?: GenericodeIdentification;
  readonly codeKey?: string;
  readonly nameKey?: string;
  readonly helpKey?: string;
  readonly regel: readonly Regel[];
  /** xs:positiveInteger as written (bytes) */
  readonly maxSize?: string;
  readonly mediaType: readonly string[];
}

/** @xsd xdf:Enthaelt (xs:choice) */
export type Enthaelt = { readonly datenfeld: Datenfeld } | { readonly datenfeldgruppe: Datenfeldgruppe };

/** @xsd xdf:Struktur */
export interface Struktur {
  /** xdf:AnzahlString as written, e.g. `0:1`, `1:*` */
  readonly anzahl: string;
  readonly bezug: readonly Rechtsbezug[];
  readonly enthaelt: Enthaelt;
}

/** @xsd xdf:Datenfeldgruppe */
export interface Datenfeldgruppe extends Schemaelementangaben {
  readonly art?: XoevCode<Gruppenart>;
  readonly regel: readonly Regel[];
  /** 1..n in the XSD */
  readonly struktur: readonly Struktur[];
}

/** @xsd xdf:Stammdatenschema */
export interface Stammdatenschema extends AllgemeineAngaben {
  readonly bezeichnung: string;
  readonly hilfetext?: string;
  readonly ableitungsmodifikationenStruktur: XoevCode<AbleitungsmodifikationenStruktur>;
  readonly ableitungsmodifikationenRepraesentation: XoevCode<AbleitungsmodifikationenRepraesentation>;
  /** Reference to the Dokumentsteckbrief (D…); `D99000000001` is the common placeholder. */
  readonly dokumentsteckbrief: ElementIdentifikation;
  readonly regel: readonly Regel[];
  /** 1..n in the XSD */
  readonly struktur: readonly Struktur[];
}

/** @xsd xdf:Dokumentsteckbrief */
export interface Dokumentsteckbrief extends AllgemeineAngaben {
  /** xs:boolean as written (`true`, `false`, `1`, `0`) */
  readonly istAbstrakt: string;
  readonly dokumentart: XoevCode<Dokumentart>;
  readonly bezeichnung: string;
  readonly hilfetext?: string;
}

/**
 * @xsd xdf:Genericode — `xs:any*` in the genericode 1.0 namespace. A `gc:CodeList` child is read into the
 * typed genericode model (`core/codelists/genericode.ts`, both the OASIS and the FIM-qualified form); any
 * other element of that namespace is kept as a generic element tree.
 */
export interface Genericode {
  readonly inhalt: readonly GenericodeInhalt[];
}

/** One child of `xdf:genericode`. */
export type GenericodeInhalt = { readonly codeList: CodeListDocument } | { readonly element: GcElement };

/** @xsd xdf:RegelUebersetzung */
export interface RegelUebersetzung {
  readonly uebersetzt: ElementIdentifikation;
  /** 1..n */
  readonly fehler: readonly Fehlermeldung[];
}

/** @xsd xdf:ElementUebersetzung */
export interface ElementUebersetzung {
  readonly uebersetzt: ElementIdentifikation;
  readonly bezeichnungEingabe: string;
  readonly bezeichnungAusgabe: string;
  readonly hilfetextEingabe?: string;
  readonly hilfetextAusgabe?: string;
  readonly inhalt?: string;
  readonly werte?: readonly Wert[];
  readonly regel: readonly RegelUebersetzung[];
}

/** @xsd xdf:Sprache */
export interface Sprache {
  /** xdf:Language, e.g. `en` */
  readonly lang: string;
  /** xdf:CountryCode, e.g. `GB` */
  readonly region?: string;
  /** xdf:LanguageVariant (only `simple`) */
  readonly variant?: string;
  /** xs:positiveInteger as written */
  readonly version: string;
  /** 1..n */
  readonly element: readonly ElementUebersetzung[];
}

/** @xsd xdf:Header */
export interface Header {
  readonly nachrichtID: string;
  readonly erstellungszeitpunkt: XsdDateTime;
  readonly referenzID?: string;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  readonly datenqualitaet?: XoevCode<Datenqualitaet>;
}

/** An attribute of the root element other than a namespace declaration (e.g. `xsi:schemaLocation`), kept as it came. */
export type RootAttribute = KeptAttribute;

interface NachrichtBasis {
  readonly header: Header;
  /** Attributes of the root element besides namespace declarations, in document order; absent when none. */
  readonly rootAttributes?: readonly RootAttribute[];
}

/** `xdatenfelder.dokumentsteckbrief.0101` */
export interface DokumentsteckbriefNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.dokumentsteckbrief.0101";
  readonly dokumentsteckbrief: Dokumentsteckbrief;
}
/** `xdatenfelder.stammdatenschema.0102` */
export interface StammdatenschemaNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.stammdatenschema.0102";
  readonly stammdatenschema: Stammdatenschema;
}
/** `xdatenfelder.datenfeldgruppe.0103` */
export interface DatenfeldgruppeNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.datenfeldgruppe.0103";
  readonly datenfeldgruppe: Datenfeldgruppe;
}
/** `xdatenfelder.datenfeld.0104` */
export interface DatenfeldNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.datenfeld.0104";
  readonly datenfeld: Datenfeld;
}
/** `xdatenfelder.codeliste.0105` */
export interface CodelisteNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.codeliste.0105";
  readonly genericode: Genericode;
}
/** `xdatenfelder.uebersetzung.0106` */
export interface UebersetzungNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.uebersetzung.0106";
  readonly uebersetzt: ElementIdentifikation;
  /** 1..n */
  readonly sprache: readonly Sprache[];
}

/** Any XDatenfelder 3.0.0 message; `kind` is the local name of the root element. */
export type Nachricht =
  | DokumentsteckbriefNachricht
  | StammdatenschemaNachricht
  | DatenfeldgruppeNachricht
  | DatenfeldNachricht
  | CodelisteNachricht
  | UebersetzungNachricht;
