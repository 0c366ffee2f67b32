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

/** @xsd xdf:ElementIdentifikation */
export interface ElementIdentifikation {
  /** e.g. `F00000043` (letter + 8 digits; not enforced) */
  readonly id: string;
  /** `major.minor` (xdf:VersionString); absent for working copies. */
  readonly version?: string;
}

/** @xsd xdf:AllgemeineAngaben (abstract) */
export interface AllgemeineAngaben {
  readonly identifikation: ElementIdentifikation;
  readonly name: string;
  readonly bezeichnungEingabe: string;
  readonly bezeichnungAusgabe?: string;
  /** required, often empty */
  readonly beschreibung: string;
  /** required, often empty */
  readonly definition: string;
  /** required, often empty; one free-text string (3.0.0 splits it into several Rechtsbezüge) */
  readonly bezug: string;
  readonly status: XoevCode<Status>;
  readonly gueltigAb?: XsdDate;
  readonly gueltigBis?: XsdDate;
  readonly fachlicherErsteller?: string;
  readonly versionshinweis?: string;
  readonly freigabedatum?: XsdDate;
  readonly veroeffentlichungsdatum?: XsdDate;
}

/** @xsd xdf:Schemaelementangaben (abstract) */
export interface Schemaelementangaben extends AllgemeineAngaben {
  readonly schemaelementart: XoevCode<Schemaelementart>;
  /** required, may be empty */
  readonly hilfetextEingabe: string;
  /** required, may be empty */
  readonly hilfetextAusgabe: string;
}

/**
 * The typed view of the JSON object in a 2.0 `praezisierung` (fact sheet §8.1). Numbers are kept as
 * lexical strings whether the JSON wrote them as strings (`"1"`) or numbers (`1`).
 */
export interface PraezisierungWerte {
  readonly minLength?: string;
  readonly maxLength?: string;
  readonly minValue?: string;
  readonly maxValue?: string;
  readonly pattern?: string;
  /** hint text (read by the FIM QS stylesheets) */
  readonly note?: string;
  /** Any other key, with its JSON value. */
  readonly weitere?: Readonly<Record<string, unknown>>;
}

/**
 * @xsd xdf:Datenfeld/praezisierung (String.Latin, required). `text` is exactly what the element holds and
 * is what gets written back; `werte` is the parsed JSON, absent when the text is empty or not a JSON object
 * (reported as `invalid-praezisierung`).
 */
export interface Praezisierung {
  readonly text: string;
  readonly werte?: PraezisierungWerte;
}

/** @xsd xdf:GenericodeIdentification (2.0: every child required) */
export interface GenericodeIdentification {
  readonly canonicalIdentification: string;
  readonly version: string;
  readonly canonicalVersionUri: string;
}

/** @xsd xdf:CodelisteReferenz */
export interface CodelisteReferenz {
  /** C-ID of the FIM code list, often unversioned */
  readonly identifikation: ElementIdentifikation;
  readonly genericodeIdentification: GenericodeIdentification;
}

/** @xsd xdf:Regel */
export interface Regel extends AllgemeineAngaben {
  /** xs:string; real scripts are empty stubs */
  readonly script: string;
}

/** @xsd xdf:Datenfeld */
export interface Datenfeld extends Schemaelementangaben {
  readonly feldart: XoevCode<Feldart>;
  readonly datentyp: XoevCode<Datentyp>;
  readonly praezisierung: Praezisierung;
  /** required, may be empty */
  readonly inhalt: string;
  readonly codelisteReferenz?: CodelisteReferenz;
  readonly regel: readonly Regel[];
}

/** @xsd xdf:Enthaelt (xs:choice) */
export type Enthaelt = { readonly datenfeld: Datenfeld } | { readonly datenfeldgruppe: Datenfeldgruppe };

/** @xsd xdf:Struktur */
export interface Struktur {
  /** xdf:AnzahlString as written, e.g. `0:1`, `1:*` */
  readonly anzahl: string;
  /** required, may be empty */
  readonly bezug: string;
  readonly enthaelt: Enthaelt;
}

/** @xsd xdf:Datenfeldgruppe */
export interface Datenfeldgruppe extends Schemaelementangaben {
  readonly regel: readonly Regel[];
  readonly struktur: readonly Struktur[];
}

/** @xsd xdf:Stammdatenschema */
export interface Stammdatenschema extends AllgemeineAngaben {
  readonly hilfetext?: string;
  readonly ableitungsmodifikationenStruktur: XoevCode<AbleitungsmodifikationenStruktur>;
  readonly ableitungsmodifikationenRepraesentation: XoevCode<AbleitungsmodifikationenRepraesentation>;
  readonly regel: readonly Regel[];
  readonly struktur: readonly Struktur[];
}

/** @xsd xdf:Dokumentsteckbrief */
export interface Dokumentsteckbrief extends AllgemeineAngaben {
  /** xs:boolean as written */
  readonly isReferenz: string;
  /** free string in 2.0 */
  readonly dokumentart: string;
  readonly hilfetext?: string;
}

/**
 * @xsd xdf:Genericode — `xs:any*` in the genericode 1.0 namespace. A `gc:CodeList` child is read into the
 * typed genericode model; any other element of that namespace is kept as a generic element tree.
 */
export interface Genericode {
  readonly inhalt: readonly GenericodeInhalt[];
}

/** One child of `xdf:genericode`. */
export type GenericodeInhalt = { readonly codeList: CodeListDocument } | { readonly element: GcElement };

/** @xsd xdf:Codeliste */
export interface Codeliste extends AllgemeineAngaben {
  readonly genericodeIdentification: GenericodeIdentification;
  readonly langname: string;
  readonly genericode: Genericode;
}

/** @xsd xdf:Header */
export interface Header {
  readonly nachrichtID: string;
  readonly erstellungszeitpunkt: XsdDateTime;
  readonly referenzID?: string;
}

/** An attribute of the root element other than a namespace declaration (e.g. `xsi:schemaLocation`), kept as it came. */
export type RootAttribute = KeptAttribute;

interface NachrichtBasis {
  readonly header: Header;
  /** Attributes of the root element besides namespace declarations, in document order; absent when none. */
  readonly rootAttributes?: readonly RootAttribute[];
}

/** `xdatenfelder.dokumentsteckbrief.0101` (payload element spelled `dokumentensteckbrief` in 2.0) */
export interface DokumentsteckbriefNachricht extends NachrichtBasis {
  readonly kind: "xdatenfelder.dokumentsteckbrief.0101";
  readonly dokumentensteckbrief: Dokumentsteckbrief;
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
  readonly codeliste: Codeliste;
}

/** Any XDatenfelder 2.0 message of `xdatenfelder.xsd`; `kind` is the local name of the root element. */
export type Nachricht =
  | DokumentsteckbriefNachricht
  | StammdatenschemaNachricht
  | DatenfeldgruppeNachricht
  | DatenfeldNachricht
  | CodelisteNachricht;
