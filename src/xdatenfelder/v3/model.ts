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

/**
 * The unique identification of a FIM building block (ElementIdentifikation): the static id and the version number.
 * @xsd xdf:ElementIdentifikation
 */
export interface ElementIdentifikation {
  /** The static part of the identification, e.g. `F60000000227`. */
  readonly id: string;
  /** The version part: `major.minor.patch` (xdf:VersionString); absent for working copies. */
  readonly version?: string;
}

/**
 * A structured legal reference (Rechtsbezug): the text naming the norm, optionally with a link to it.
 * @xsd xdf:Rechtsbezug (simple content String.Latin with optional `@link`)
 */
export interface Rechtsbezug {
  /** The legal reference as text, e.g. `§ 34h Abs 1 Gewerbeordnung (GewO)`. */
  readonly text: string;
  /** Link to the text of the norm on the internet. */
  readonly link?: string;
}

/**
 * A keyword (Stichwort) of an element: a free term, or a value of the category (code list) its `uri` names.
 * @xsd xdf:Stichwort (simple content xs:token with required `@uri`)
 */
export interface Stichwort {
  /** The keyword. */
  readonly text: string;
  /** URI of the keyword category; when it names a code list, only its entries are allowed. */
  readonly uri: string;
}

/**
 * A relation of an element to another (Relation), e.g. "ist abgeleitet von", "ersetzt" or "ist äquivalent zu".
 * @xsd xdf:Relation
 */
export interface Relation {
  /** The kind of relation (`ABL` ist abgeleitet von, `ERS` ersetzt, `EQU` ist äquivalent zu, `VKN` ist verknüpft mit). */
  readonly praedikat: XoevCode<RelationCode>;
  /** The element the relation points to. */
  readonly objekt: ElementIdentifikation;
}

/**
 * The metadata every FIM element has (AllgemeineAngaben, abstract): identification, names, legal references,
 * release status, validity, relations and keywords.
 * @xsd xdf:AllgemeineAngaben (abstract)
 */
export interface AllgemeineAngaben {
  /** Unique identification: the id (e.g. `F00000000001`) and the version. */
  readonly identifikation: ElementIdentifikation;
  /** FIM-internal name of the element. */
  readonly name: string;
  /** Additional description and explanation of the element for FIM users. */
  readonly beschreibung?: string;
  /** Sums up the content of the element from the editorial point of view. */
  readonly definition?: string;
  /** References to legal norms or standardisation projects (Rechtsbezüge). */
  readonly bezug: readonly Rechtsbezug[];
  /** Release status: whether and how the element may be used (code list Freigabestatus). */
  readonly freigabestatus: XoevCode<Freigabestatus>;
  /** Date the status was set by the releasing authority. */
  readonly statusGesetztAm?: XsdDate;
  /** Who set the status (creator or creating institution). */
  readonly statusGesetztDurch?: string;
  /** Start of validity, where validity is limited. */
  readonly gueltigAb?: XsdDate;
  /** End of validity, where validity is limited. */
  readonly gueltigBis?: XsdDate;
  /** Note on this version. */
  readonly versionshinweis?: string;
  /** Date the element was published. */
  readonly veroeffentlichungsdatum?: XsdDate;
  /** Time of the last change; maintained by the FIM system. */
  readonly letzteAenderung: XsdDateTime;
  /** Relations to other elements. Every `relation` element as written (real exports repeat identical ones); see `uniqueRelations()`. */
  readonly relation: readonly Relation[];
  /** Keywords (Stichwörter) of the element. */
  readonly stichwort: readonly Stichwort[];
}

/**
 * The metadata of the elements of a schema, Datenfeld and Datenfeldgruppe (Schemaelementangaben, abstract): the
 * labels and help texts on input and output forms and the Schemaelementart.
 * @xsd xdf:Schemaelementangaben (abstract)
 */
export interface Schemaelementangaben extends AllgemeineAngaben {
  /** Label of the element shown to citizens/businesses on input forms. */
  readonly bezeichnungEingabe: string;
  /** Label of the element shown to citizens/businesses on output forms. */
  readonly bezeichnungAusgabe?: string;
  /** Kind of schema element: `ABS` abstrakt, `HAR` harmonisiert, `RNG` rechtsnormgebunden. */
  readonly schemaelementart: XoevCode<Schemaelementart>;
  /** Help text for the user of an input form: what to enter or do. */
  readonly hilfetextEingabe?: string;
  /** Help text for the user of an output form. */
  readonly hilfetextAusgabe?: string;
}

/**
 * Narrows the Datentyp of a Datenfeld (Präzisierung): length, value range and pattern.
 * @xsd xdf:Praezisierung (simple content String.Latin with constraint attributes)
 */
export interface Praezisierung {
  /** Text content (usually empty). */
  readonly text: string;
  /** Minimum length of the input; `xs:nonNegativeInteger` as written. */
  readonly minLength?: string;
  /** Maximum length of the input; `xs:positiveInteger` as written. */
  readonly maxLength?: string;
  /** Smallest allowed value (inclusive), for numbers and dates; as written. */
  readonly minValue?: string;
  /** Largest allowed value (inclusive), for numbers and dates; as written. */
  readonly maxValue?: string;
  /** Regular expression the input must match, as the HTML attribute `pattern`. */
  readonly pattern?: string;
}

/**
 * One value of the value list (`werte`) of a Datenfeld, comparable to a row of a code list (Wert).
 * @xsd xdf:Wert
 */
export interface Wert {
  /** Code of the value, unique in the list. */
  readonly code: string;
  /** Name of the value: what the form shows. */
  readonly name: string;
  /** Help or explanation of the value. */
  readonly hilfe?: string;
}

/**
 * The identification of a genericode code list (GenericodeIdentification): canonical id, version and version URI.
 * @xsd xdf:GenericodeIdentification (3.0.0: every child optional)
 */
export interface GenericodeIdentification {
  /** Canonical id of the genericode code list (its URN). */
  readonly canonicalIdentification?: string;
  /** Version of the code list. */
  readonly version?: string;
  /** Version URI of the code list. */
  readonly canonicalVersionUri?: string;
}

/**
 * An input value (parameter) of a rule's script (RegelParameter).
 * @xsd xdf:RegelParameter
 */
export interface RegelParameter {
  /** The Datenfeld whose value is passed to the script. */
  readonly element: string;
  /** The name under which the script reads the value. */
  readonly name: string;
  /** Type of the parameter: what is passed to the script (`anzahl`, `objekt`, `selektor`, `wert`). */
  readonly typ: RegelParamTyp;
}

/**
 * An element a rule acts on (RegelZiel).
 * @xsd xdf:RegelZiel
 */
export interface RegelZiel {
  /** The element (field or group) the rule acts on. */
  readonly element: string;
  /** The name under which the script reads the target's id. */
  readonly name: string;
}

/**
 * An error message of a rule's script with its number (Fehlermeldung).
 * @xsd xdf:Fehlermeldung (simple content xs:string with required `@code` xs:int)
 */
export interface Fehlermeldung {
  /** The message text. */
  readonly text: string;
  /** Number (error code) of the message; `xs:int` as written. */
  readonly code: string;
}

/**
 * A rule (Regel): a condition the data must meet, as prose (`freitextRegel`) and/or as a script (`skript`).
 * @xsd xdf:Regel
 */
export interface Regel {
  /** Unique identification: the id (e.g. `F00000000001`) and the version. */
  readonly identifikation: ElementIdentifikation;
  /** FIM-internal name of the element. */
  readonly name: string;
  /** Additional description and explanation of the element for FIM users. */
  readonly beschreibung?: string;
  /** The rule in prose, from the editorial point of view (in real exports the only form of a rule). */
  readonly freitextRegel?: string;
  /** References to legal norms or standardisation projects (Rechtsbezüge). */
  readonly bezug: readonly Rechtsbezug[];
  /** Keywords (Stichwörter) of the element. */
  readonly stichwort: readonly Stichwort[];
  /** Creator or creating institution. */
  readonly fachlicherErsteller?: string;
  /** Time of the last change; maintained by the FIM system. */
  readonly letzteAenderung: XsdDateTime;
  /** Type of the rule: `K` komplex, `M` Multiplizität, `V` Validierung, `B` Berechnung. */
  readonly typ: XoevCode<Regeltyp>;
  /** Input values (parameters) of the script. */
  readonly param: readonly RegelParameter[];
  /** Elements the rule acts on. */
  readonly ziel: readonly RegelZiel[];
  /** The script: the technical form of the condition. */
  readonly skript?: string;
  /** Error messages of the script. */
  readonly fehler: readonly Fehlermeldung[];
}

/**
 * A data field (Datenfeld): the smallest element of a form, with its Feldart, Datentyp, Präzisierung and values.
 * @xsd xdf:Datenfeld
 */
export interface Datenfeld extends Schemaelementangaben {
  /** Kind of field: `input`, `select`, `label`, `hidden`, `locked`. */
  readonly feldart: XoevCode<Feldart>;
  /** Data type: the range of values (`text`, `date`, `num_int`, `bool`, `file`, …). */
  readonly datentyp: XoevCode<Datentyp>;
  /** Narrows the data type: length, value range, pattern. */
  readonly praezisierung?: Praezisierung;
  /** Predefined (default) content of the field, e.g. the text of a `label` field. */
  readonly inhalt?: string;
  /** Whether the authority may or must prefill the field. */
  readonly vorbefuellung: XoevCode<Vorbefuellung>;
  /** The values the field may take (`<werte>` 0..1 wrapping `<wert>` 1..n, collapsed: absent = no `werte` element). */
  readonly werte?: readonly Wert[];
  /** The code list whose values the field may take. */
  readonly codelisteReferenz?: GenericodeIdentification;
  /** With a code list: the column to use as code. */
  readonly codeKey?: string;
  /** With a code list: the column to use as name (the text shown). */
  readonly nameKey?: string;
  /** With a code list: the column to use as help text. */
  readonly helpKey?: string;
  /** Rules restricting the use of the field. */
  readonly regel: readonly Regel[];
  /** For `file` fields only: the maximum size in bytes; `xs:positiveInteger` as written. */
  readonly maxSize?: string;
  /** For `file` fields only: the allowed media types (IANA), e.g. `application/pdf`. */
  readonly mediaType: readonly string[];
}

/**
 * The element a Struktur holds (Enthaelt, an `xs:choice`): a Datenfeld or a Datenfeldgruppe.
 * @xsd xdf:Enthaelt (xs:choice)
 */
export type Enthaelt = { readonly datenfeld: Datenfeld } | { readonly datenfeldgruppe: Datenfeldgruppe };

/**
 * One child of a Datenfeldgruppe or Stammdatenschema with its multiplicity (Struktur).
 * @xsd xdf:Struktur
 */
export interface Struktur {
  /** How often the child may occur, minimum and maximum: xdf:AnzahlString as written, e.g. `0:1`, `1:*`. */
  readonly anzahl: string;
  /** Legal references of this use of the child. */
  readonly bezug: readonly Rechtsbezug[];
  /** The child: a Datenfeld or a Datenfeldgruppe. */
  readonly enthaelt: Enthaelt;
}

/**
 * A data field group (Datenfeldgruppe): a collection of Datenfelder and/or Datenfeldgruppen.
 * @xsd xdf:Datenfeldgruppe
 */
export interface Datenfeldgruppe extends Schemaelementangaben {
  /** Special semantics of the group: `X` = Auswahlgruppe (exactly one child is filled in). */
  readonly art?: XoevCode<Gruppenart>;
  /** Rules restricting the use of the group. */
  readonly regel: readonly Regel[];
  /** The children of the group, in order (1..n in the XSD). */
  readonly struktur: readonly Struktur[];
}

/**
 * A master data schema (Stammdatenschema): the structure of a form, developed from laws, ordinances and
 * administrative rules, with its rules; the content of message 0102.
 * @xsd xdf:Stammdatenschema
 */
export interface Stammdatenschema extends AllgemeineAngaben {
  /** Label of the schema shown to citizens/businesses on input forms. */
  readonly bezeichnung: string;
  /** Help text of the schema. */
  readonly hilfetext?: string;
  /** How the structure may be modified when the schema is derived. */
  readonly ableitungsmodifikationenStruktur: XoevCode<AbleitungsmodifikationenStruktur>;
  /** How the representation may be modified when the schema is derived. */
  readonly ableitungsmodifikationenRepraesentation: XoevCode<AbleitungsmodifikationenRepraesentation>;
  /** Reference to the Dokumentsteckbrief (D…) of the schema; `D99000000001` is the common placeholder. */
  readonly dokumentsteckbrief: ElementIdentifikation;
  /** Rules a correctly filled-in schema must meet. */
  readonly regel: readonly Regel[];
  /** The children of the schema, in order (1..n in the XSD). */
  readonly struktur: readonly Struktur[];
}

/**
 * A document profile (Dokumentsteckbrief): a document (form) recorded with its metadata, before or without its
 * Stammdatenschema; the content of message 0101.
 * @xsd xdf:Dokumentsteckbrief
 */
export interface Dokumentsteckbrief extends AllgemeineAngaben {
  /** Whether it is a reference Dokumentsteckbrief; `xs:boolean` as written (`true`, `false`, `1`, `0`). */
  readonly istAbstrakt: string;
  /** Kind of document (Antrag, Bescheid, …). */
  readonly dokumentart: XoevCode<Dokumentart>;
  /** Label of the document shown to citizens/businesses on input forms. */
  readonly bezeichnung: string;
  /** Help text of the document. */
  readonly hilfetext?: string;
}

/**
 * A code list in genericode format (Genericode), the content of message 0105.
 * @xsd xdf:Genericode — `xs:any*` in the genericode 1.0 namespace. A `gc:CodeList` child is read into the
 * typed genericode model (`core/codelists/genericode.ts`, both the OASIS and the FIM-qualified form); any
 * other element of that namespace is kept as a generic element tree.
 */
export interface Genericode {
  /** The children of `xdf:genericode`, in order. */
  readonly inhalt: readonly GenericodeInhalt[];
}

/** One child of `xdf:genericode`. */
export type GenericodeInhalt = { readonly codeList: CodeListDocument } | { readonly element: GcElement };

/**
 * The translation of all error messages of a rule (RegelUebersetzung).
 * @xsd xdf:RegelUebersetzung
 */
export interface RegelUebersetzung {
  /** The rule translated. */
  readonly uebersetzt: ElementIdentifikation;
  /** The translated error messages (1..n); `code` matches the original message. */
  readonly fehler: readonly Fehlermeldung[];
}

/**
 * The translation of one element, e.g. a Datenfeld (ElementUebersetzung).
 * @xsd xdf:ElementUebersetzung
 */
export interface ElementUebersetzung {
  /** The element translated. */
  readonly uebersetzt: ElementIdentifikation;
  /** Translation of `bezeichnungEingabe`. */
  readonly bezeichnungEingabe: string;
  /** Translation of `bezeichnungAusgabe`. */
  readonly bezeichnungAusgabe: string;
  /** Translation of `hilfetextEingabe`. */
  readonly hilfetextEingabe?: string;
  /** Translation of `hilfetextAusgabe`. */
  readonly hilfetextAusgabe?: string;
  /** Translation of the predefined content. */
  readonly inhalt?: string;
  /** Translation of the value list: the codes as in German, `name` and `hilfe` translated. */
  readonly werte?: readonly Wert[];
  /** Translations of the error messages of the element's rules. */
  readonly regel: readonly RegelUebersetzung[];
}

/**
 * The translation of a Stammdatenschema into one language (Sprache).
 * @xsd xdf:Sprache
 */
export interface Sprache {
  /** The primary language: two or three lower-case letters (ISO 639), e.g. `en`. */
  readonly lang: string;
  /** Country code, two upper-case letters (ISO 3166-1 alpha-2), e.g. `GB`. */
  readonly region?: string;
  /** Language variant (IANA registry); only `simple` (einfache Sprache) is supported. */
  readonly variant?: string;
  /** Version of the translation, numbered consecutively; `xs:positiveInteger` as written. */
  readonly version: string;
  /** The translated elements (1..n). */
  readonly element: readonly ElementUebersetzung[];
}

/**
 * The technical data of every message (Header).
 * @xsd xdf:Header
 */
export interface Header {
  /** Id of the message, chosen freely by the sender (an answer carries it as `referenzID`). */
  readonly nachrichtID: string;
  /** When the message was created. */
  readonly erstellungszeitpunkt: XsdDateTime;
  /** Id of the request message; in answers only. */
  readonly referenzID?: string;
  /** Name of the product that created the message. */
  readonly produktbezeichnung?: string;
  /** Name of the company or organisation responsible for that product. */
  readonly produkthersteller?: string;
  /** Version of that product (e.g. with patch level). */
  readonly produktversion?: string;
  /** Whether the message holds test or production data (`TEST`, `PROD`). */
  readonly datenqualitaet?: XoevCode<Datenqualitaet>;
}

/** An attribute of the root element other than a namespace declaration (e.g. `xsi:schemaLocation`), kept as it came. */
export type RootAttribute = KeptAttribute;

interface NachrichtBasis {
  /** The technical data of the message. */
  readonly header: Header;
  /** Attributes of the root element besides namespace declarations, in document order; absent when none. */
  readonly rootAttributes?: readonly RootAttribute[];
}

/** Message 0101: a Dokumentsteckbrief with the header (`xdatenfelder.dokumentsteckbrief.0101`). */
export interface DokumentsteckbriefNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.dokumentsteckbrief.0101";
  readonly dokumentsteckbrief: Dokumentsteckbrief;
}
/** Message 0102: a Stammdatenschema with the header (`xdatenfelder.stammdatenschema.0102`). */
export interface StammdatenschemaNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.stammdatenschema.0102";
  readonly stammdatenschema: Stammdatenschema;
}
/** Message 0103: a Datenfeldgruppe with the header (`xdatenfelder.datenfeldgruppe.0103`). */
export interface DatenfeldgruppeNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.datenfeldgruppe.0103";
  readonly datenfeldgruppe: Datenfeldgruppe;
}
/** Message 0104: a Datenfeld with the header (`xdatenfelder.datenfeld.0104`). */
export interface DatenfeldNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.datenfeld.0104";
  readonly datenfeld: Datenfeld;
}
/** Message 0105: a code list in genericode format with the header (`xdatenfelder.codeliste.0105`). */
export interface CodelisteNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.codeliste.0105";
  readonly genericode: Genericode;
}
/** Message 0106: translations of a Stammdatenschema (Übersetzung) with the header (`xdatenfelder.uebersetzung.0106`). */
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
