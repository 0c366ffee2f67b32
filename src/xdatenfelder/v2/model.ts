/**
 * The XDatenfelder 2.0 model: the XSD (`xdatenfelder.xsd`, `xdatenfelder-baukasten.xsd`,
 * `xdatenfelder-datentypen.xsd`) written as TypeScript for the five messages 0101–0105. Type and property
 * names are the XSD's, verbatim (including the 2.0 spelling `dokumentensteckbrief` of the 0101 payload).
 *
 * Liberties, each lossless (see docs/xdatenfelder-v2.md):
 * - repeated elements are arrays named like the (singular) element: `regel`, `struktur`.
 * - Code elements keep their list metadata as written ({@link XoevCode}) so that a document round-trips exactly.
 * - xs:date / xs:dateTime / xs:boolean stay lexical strings, exactly as written.
 * - Required elements that are empty in the document are `""` (never `undefined`); text is kept verbatim,
 *   carriage returns (`&#xD;`) included.
 * - `praezisierung` keeps its text verbatim plus a typed view of the JSON inside ({@link Praezisierung}).
 * - the genericode payload of a Codeliste is the typed genericode model of `core/codelists`.
 * - attributes on the root element other than namespace declarations (real files carry
 *   `xsi:schemaLocation`) are kept in `rootAttributes`, in document order.
 * - `xs:choice` (`enthaelt`) is a union of single-key objects named after the chosen element.
 */
import type { XoevCode } from "../../core/codelists/code.ts";
import type { CodeListDocument, GcElement } from "../../core/codelists/genericode.ts";
import type { KeptAttribute } from "../../core/xml/node.ts";
import type {
  AbleitungsmodifikationenRepraesentation,
  AbleitungsmodifikationenStruktur,
  Datentyp,
  Feldart,
  Schemaelementart,
  Status,
} from "./codes.ts";

export type { XoevCode };

/** xs:date as written, e.g. `2021-05-05`. */
export type XsdDate = string;
/** xs:dateTime as written. */
export type XsdDateTime = string;

/**
 * The unique identification of a FIM building block (ElementIdentifikation): the static id and the version number.
 * @xsd xdf:ElementIdentifikation
 */
export interface ElementIdentifikation {
  /** The static part of the identification: a letter and a running number, e.g. `F00000013` (not enforced). */
  readonly id: string;
  /** The version part: `major.minor` (xdf:VersionString); absent for working copies. */
  readonly version?: string;
}

/**
 * The metadata every 2.0 element has (AllgemeineAngaben, abstract): identification, names and labels, description,
 * legal reference, status, validity, creator and dates.
 * @xsd xdf:AllgemeineAngaben (abstract)
 */
export interface AllgemeineAngaben {
  /** Unique identification: the id (e.g. `F00000001`) and the version. */
  readonly identifikation: ElementIdentifikation;
  /** FIM-internal name of the element. */
  readonly name: string;
  /** Label of the element shown to citizens/businesses on input forms. */
  readonly bezeichnungEingabe: string;
  /** Label of the element shown to citizens/businesses on output forms. */
  readonly bezeichnungAusgabe?: string;
  /** Additional description and explanation of the element for FIM users; required, often empty. */
  readonly beschreibung: string;
  /** Sums up the content of the element from the editorial point of view; required, often empty. */
  readonly definition: string;
  /** References to legal norms or standardisation projects; required, often empty; one free-text string (3.0.0 splits it into several Rechtsbezüge). */
  readonly bezug: string;
  /** Status: whether and how the element may be used (`aktiv`, `inVorbereitung`, `inaktiv`). */
  readonly status: XoevCode<Status>;
  /** Start of validity, where validity is limited. */
  readonly gueltigAb?: XsdDate;
  /** End of validity, where validity is limited. */
  readonly gueltigBis?: XsdDate;
  /** Creator or creating institution. */
  readonly fachlicherErsteller?: string;
  /** Note on this version. */
  readonly versionshinweis?: string;
  /** Date of release by the releasing authority. */
  readonly freigabedatum?: XsdDate;
  /** Date the element was published. */
  readonly veroeffentlichungsdatum?: XsdDate;
}

/**
 * The metadata of the elements of a schema, Datenfeld and Datenfeldgruppe (Schemaelementangaben, abstract): the
 * Schemaelementart and the help texts of input and output forms.
 * @xsd xdf:Schemaelementangaben (abstract)
 */
export interface Schemaelementangaben extends AllgemeineAngaben {
  /** Kind of schema element: `ABS` abstrakt, `HAR` harmonisiert, `RNG` rechtsnormgebunden. */
  readonly schemaelementart: XoevCode<Schemaelementart>;
  /** Help text for the user of an input form; required, may be empty. */
  readonly hilfetextEingabe: string;
  /** Help text for the user of an output form; required, may be empty. */
  readonly hilfetextAusgabe: string;
}

/**
 * The typed view of the JSON object in a 2.0 `praezisierung` (fact sheet §8.1). Numbers are kept as
 * lexical strings whether the JSON wrote them as strings (`"1"`) or numbers (`1`).
 */
export interface PraezisierungWerte {
  /** Minimum length of the input. */
  readonly minLength?: string;
  /** Maximum length of the input. */
  readonly maxLength?: string;
  /** Smallest allowed value, for numbers and dates. */
  readonly minValue?: string;
  /** Largest allowed value, for numbers and dates. */
  readonly maxValue?: string;
  /** Regular expression the input must match. */
  readonly pattern?: string;
  /** hint text (read by the FIM QS stylesheets) */
  readonly note?: string;
  /** Any other key, with its JSON value. */
  readonly weitere?: Readonly<Record<string, unknown>>;
}

/**
 * The Präzisierung of a 2.0 Datenfeld: a JSON object of constraints inside a text element.
 * @xsd xdf:Datenfeld/praezisierung (String.Latin, required). `text` is exactly what the element holds and
 * is what gets written back; `werte` is the parsed JSON, absent when the text is empty or not a JSON object
 * (reported as `invalid-praezisierung`).
 */
export interface Praezisierung {
  /** The text of the element exactly as written (what is written back). */
  readonly text: string;
  /** The parsed JSON; absent when the text is empty or not a JSON object. */
  readonly werte?: PraezisierungWerte;
}

/**
 * The identification of a genericode code list (GenericodeIdentification; 2.0: every child required).
 * @xsd xdf:GenericodeIdentification (2.0: every child required)
 */
export interface GenericodeIdentification {
  /** Canonical id of the genericode code list (its URN). */
  readonly canonicalIdentification: string;
  /** Version of the code list. */
  readonly version: string;
  /** Version URI of the code list. */
  readonly canonicalVersionUri: string;
}

/**
 * A reference from a Datenfeld to a FIM code list (CodelisteReferenz): its C id and its genericode identification.
 * @xsd xdf:CodelisteReferenz
 */
export interface CodelisteReferenz {
  /** Identification of the referenced FIM code list (C id, often unversioned). */
  readonly identifikation: ElementIdentifikation;
  /** Identification of the referenced genericode code list. */
  readonly genericodeIdentification: GenericodeIdentification;
}

/**
 * A rule (Regel): in 2.0 an element of its own with the rule as prose in `definition` and a `script`.
 * @xsd xdf:Regel
 */
export interface Regel extends AllgemeineAngaben {
  /** The script: the technical form of the condition (`xs:string`; real scripts are empty stubs). */
  readonly script: string;
}

/**
 * A data field (Datenfeld): the smallest element of a form, with its Feldart, Datentyp, Präzisierung and code list.
 * @xsd xdf:Datenfeld
 */
export interface Datenfeld extends Schemaelementangaben {
  /** Kind of field: `input`, `select`, `label`. */
  readonly feldart: XoevCode<Feldart>;
  /** Data type: the range of values (`text`, `date`, `num_int`, `bool`, `file`, …). */
  readonly datentyp: XoevCode<Datentyp>;
  /** Narrows the data type (length, value range, pattern), as JSON text. */
  readonly praezisierung: Praezisierung;
  /** Predefined (default) content of the field, e.g. the text of a `label` field; required, may be empty. */
  readonly inhalt: string;
  /** The code list a `select` field takes its values from. */
  readonly codelisteReferenz?: CodelisteReferenz;
  /** Rules of the field. */
  readonly regel: readonly Regel[];
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
  /** Legal reference of this use of the child; required, may be empty. */
  readonly bezug: string;
  /** The child: a Datenfeld or a Datenfeldgruppe. */
  readonly enthaelt: Enthaelt;
}

/**
 * A data field group (Datenfeldgruppe): a collection of Datenfelder and/or Datenfeldgruppen.
 * @xsd xdf:Datenfeldgruppe
 */
export interface Datenfeldgruppe extends Schemaelementangaben {
  /** Rules of the group. */
  readonly regel: readonly Regel[];
  /** The children of the group, in order. */
  readonly struktur: readonly Struktur[];
}

/**
 * A master data schema (Stammdatenschema): the structure of a form, developed from laws, ordinances and
 * administrative rules, with its rules; the content of message 0102.
 * @xsd xdf:Stammdatenschema
 */
export interface Stammdatenschema extends AllgemeineAngaben {
  /** Help text of the schema. */
  readonly hilfetext?: string;
  /** How the structure may be modified when the schema is derived. */
  readonly ableitungsmodifikationenStruktur: XoevCode<AbleitungsmodifikationenStruktur>;
  /** How the representation may be modified when the schema is derived. */
  readonly ableitungsmodifikationenRepraesentation: XoevCode<AbleitungsmodifikationenRepraesentation>;
  /** Rules a correctly filled-in schema must meet. */
  readonly regel: readonly Regel[];
  /** The children of the schema, in order. */
  readonly struktur: readonly Struktur[];
}

/**
 * A document profile (Dokumentsteckbrief): a document (form) recorded with its metadata, before or without its
 * Stammdatenschema; the content of message 0101 (`dokumentensteckbrief`).
 * @xsd xdf:Dokumentsteckbrief
 */
export interface Dokumentsteckbrief extends AllgemeineAngaben {
  /** Whether it is a reference Dokumentsteckbrief; `xs:boolean` as written. */
  readonly isReferenz: string;
  /** Kind of document; a free string in 2.0 (a code list in 3.0.0). */
  readonly dokumentart: string;
  /** Help text of the document. */
  readonly hilfetext?: string;
}

/**
 * A code list in genericode format (Genericode), the payload of a Codeliste.
 * @xsd xdf:Genericode — `xs:any*` in the genericode 1.0 namespace. A `gc:CodeList` child is read into the
 * typed genericode model; any other element of that namespace is kept as a generic element tree.
 */
export interface Genericode {
  /** The children of `xdf:genericode`, in order. */
  readonly inhalt: readonly GenericodeInhalt[];
}

/** One child of `xdf:genericode`. */
export type GenericodeInhalt = { readonly codeList: CodeListDocument } | { readonly element: GcElement };

/**
 * A FIM code list (Codeliste): a list of predefined values with its genericode payload; the content of message 0105.
 * @xsd xdf:Codeliste
 */
export interface Codeliste extends AllgemeineAngaben {
  /** The unique technical identification of the code list. */
  readonly genericodeIdentification: GenericodeIdentification;
  /** Long name of the code list, used when genericode is generated. */
  readonly langname: string;
  /** The code list in genericode format. */
  readonly genericode: Genericode;
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
}

/** An attribute of the root element other than a namespace declaration (e.g. `xsi:schemaLocation`), kept as it came. */
export type RootAttribute = KeptAttribute;

interface NachrichtBasis {
  /** The technical data of the message. */
  readonly header: Header;
  /** Attributes of the root element besides namespace declarations, in document order; absent when none. */
  readonly rootAttributes?: readonly RootAttribute[];
}

/** Message 0101: a Dokumentsteckbrief with the header (`xdatenfelder.dokumentsteckbrief.0101`; payload element spelled `dokumentensteckbrief` in 2.0). */
export interface DokumentsteckbriefNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.dokumentsteckbrief.0101";
  readonly dokumentensteckbrief: Dokumentsteckbrief;
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
/** Message 0105: a FIM Codeliste (with its genericode payload) with the header (`xdatenfelder.codeliste.0105`). */
export interface CodelisteNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.codeliste.0105";
  readonly codeliste: Codeliste;
}

/** Any XDatenfelder 2.0 message of `xdatenfelder.xsd`; `kind` is the local name of the root element. */
export type Nachricht =
  | DokumentsteckbriefNachricht
  | StammdatenschemaNachricht
  | DatenfeldgruppeNachricht
  | DatenfeldNachricht
  | CodelisteNachricht;
