/**
 * The parts of the XZuFi model that are the same in every version: plain readonly interfaces with the German element
 * names verbatim (the version models, `v2_2_0/model.ts` and `v2_3_1/model.ts`, re-export them and add what
 * differs). Repeated elements are arrays (empty = absent), optional ones optional properties. Dates stay lexical
 * strings. Names marked `@reconstructed` are not confirmed in real XML (see the bindings and `docs/xzufi.md`).
 */
import type { RawAttribute, RawElement } from "../../core/binding/types.ts";
import type { Zeiteinheit } from "./codes.ts";

/** Content a parser kept because the binding does not know it (written back unchanged, after the known content). */
export interface WithUnknownContent {
  /** Child elements not in the binding, as read. */
  readonly unknownElements?: readonly RawElement[];
  /** Attributes not in the binding, as read (including `xsi:schemaLocation`). */
  readonly unknownAttributes?: readonly RawAttribute[];
}

/** An identifier with its scheme. Unique only together with `schemeAgencyID` (the Redaktion). @xsd Identifikator */
export interface Identifikator extends WithUnknownContent {
  /** The identifier itself (element content). */
  readonly value: string;
  /** Scheme of the id, e.g. `LEIKA_SCHLUESSEL` in an `idSekundaer`. */
  readonly schemeID?: string;
  /** Name of the scheme. */
  readonly schemeName?: string;
  /** The Redaktion or Mandant that issued the id, e.g. `S100001`, `B100019`. */
  readonly schemeAgencyID?: string;
  /** @reconstructed [JSON] Name of the issuing agency. */
  readonly schemeAgencyName?: string;
  /** @reconstructed [JSON] Version of the scheme. */
  readonly schemeVersionID?: string;
  /** URI of data about the scheme. */
  readonly schemeDataURI?: string;
  /** @reconstructed [JSON] URI of the scheme. */
  readonly schemeURI?: string;
}

/** An XÖV code with its list. @xsd Code (xoev-code pattern) */
export interface Code<C extends string = string> extends WithUnknownContent {
  /** URI of the code list. */
  readonly listURI?: string;
  /** Version of the code list (the Berlin sample writes `""`). */
  readonly listVersionID?: string;
  /** The code value. */
  readonly code: C;
  /** Label of the code. */
  readonly name?: string;
}

/** Text with a language. @xsd StringLocalized */
export interface StringLocalized extends WithUnknownContent {
  /** The text (may contain HTML in text modules). */
  readonly value: string;
  /** Language, e.g. `de-DE`; compare by prefix (`de`). */
  readonly languageCode?: string;
}

/** A link with title and description. @xsd HyperlinkErweitert */
export interface HyperlinkErweitert extends WithUnknownContent {
  readonly languageCode?: string;
  readonly uri: string;
  readonly titel?: string;
  readonly beschreibung?: string;
  /** Display order. */
  readonly positionDarstellung?: number;
}

/** A period of validity. @xsd Zeitraum */
export interface Zeitraum extends WithUnknownContent {
  /** Start, lexical (`2013-07-23`). */
  readonly beginn?: string;
  /** End, lexical. */
  readonly ende?: string;
  /** @reconstructed [JSON] Additional remarks. */
  readonly zusatz: readonly StringLocalized[];
}

/** Who created or changed an object and when. @xsd Versionsinformation */
export interface Versionsinformation extends WithUnknownContent {
  /** @reconstructed [JSON] */
  readonly erstelltDatumZeit?: string;
  /** @reconstructed [JSON] */
  readonly erstelltDurch?: string;
  readonly geaendertDatumZeit?: string;
  /** @reconstructed [JSON] */
  readonly geaendertDurch?: string;
  /** @reconstructed [JSON] */
  readonly version?: string;
}

/** Publisher of a Leistung. @reconstructed [JSON] @xsd Herausgeber */
export interface Herausgeber extends WithUnknownContent {
  readonly id?: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly kurzbezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly standardZustaendigkeitsgebiet: readonly Identifikator[];
}

/** A duration. @reconstructed [JSON] @xsd FristDauer */
export interface FristDauer extends WithUnknownContent {
  readonly dauer: number;
  readonly einheit: Zeiteinheit | (string & {});
  readonly dauerBis?: number;
  readonly einheitBis?: Zeiteinheit | (string & {});
}

/** A fixed date range (date or `--MM-DD`). @reconstructed [JSON] @xsd FristStichtag */
export interface FristStichtag extends WithUnknownContent {
  readonly von?: string;
  readonly bis?: string;
}

/** Either a duration or a fixed date (exactly one). @reconstructed [JSON] */
export type Fristauswahl = (
  | { readonly fristDauer: FristDauer; readonly fristStichtag?: undefined }
  | { readonly fristStichtag: FristStichtag; readonly fristDauer?: undefined }
) &
  WithUnknownContent;

/** A deadline with its type. @reconstructed [JSON] @xsd FristMitTyp */
export interface FristMitTyp extends WithUnknownContent {
  readonly typ: Code;
  readonly fristauswahl: Fristauswahl;
  readonly beschreibung: readonly StringLocalized[];
  readonly positionDarstellung?: number;
  readonly gueltigkeit: readonly Zeitraum[];
}

/** A processing time. @reconstructed [JSON] @xsd FristOhneTyp */
export interface FristOhneTyp extends WithUnknownContent {
  readonly fristauswahl: Fristauswahl;
  readonly beschreibung: readonly StringLocalized[];
}

/** An amount: decimal value and currency. @reconstructed [JSON] @xsd Amount */
export interface Betrag extends WithUnknownContent {
  /** Decimal, lexical (`12.50`). */
  readonly value: string;
  /** ISO 4217 currency, e.g. `EUR`. */
  readonly currencyCode?: string;
}

/** Fixed costs. @reconstructed [JSON] */
export interface KostenFix extends WithUnknownContent {
  readonly betrag: Betrag;
}

/** No costs. @reconstructed [JSON] */
export interface KostenFrei extends WithUnknownContent {
  readonly beschreibungKostenfreiheit: readonly StringLocalized[];
}

/** Variable costs. @reconstructed [JSON] */
export interface KostenVariabel extends WithUnknownContent {
  readonly betragUntergrenze?: Betrag;
  readonly betragObergrenze?: Betrag;
  readonly beschreibungVariabilitaet: readonly StringLocalized[];
}

/** Exactly one kind of cost. @reconstructed [JSON] */
export type Kostenauswahl = (
  | { readonly kostenFix: KostenFix; readonly kostenFrei?: undefined; readonly kostenVariabel?: undefined }
  | { readonly kostenFrei: KostenFrei; readonly kostenFix?: undefined; readonly kostenVariabel?: undefined }
  | { readonly kostenVariabel: KostenVariabel; readonly kostenFix?: undefined; readonly kostenFrei?: undefined }
) &
  WithUnknownContent;

/** A term in context, e.g. a synonym. @xsd BegriffImKontext */
export interface BegriffImKontext extends WithUnknownContent {
  readonly begriff: readonly StringLocalized[];
  /** Type of the term (001, 002, 003, 999; labels not public). */
  readonly typ?: Code;
}

/** A branch of industry the Leistung is relevant for: a code plus a specific id. @reconstructed [JSON] */
export interface Wirtschaftszweig extends Code {
  readonly spezifischeId?: string;
}

/** Assigns a Leistung (and Gebiete) to an OE, Onlinedienst or Formular. @xsd Zustaendigkeit */
export interface Zustaendigkeit extends WithUnknownContent {
  readonly id?: Identifikator;
  /** Role, e.g. `01` = Zuständige Stelle und Ansprechpunkt. */
  readonly rolle?: Code;
  /** The Leistung (exactly one). */
  readonly leistungID: Identifikator;
  readonly gebietID: readonly Identifikator[];
}

/** Administrative codes of an address. */
export interface VerwaltungspolitischeKodierung extends WithUnknownContent {
  readonly bundesland?: Code;
  readonly gemeindeschluessel?: Code;
  readonly regionalschluessel?: Code;
  readonly staat?: Code;
}

/** A postal address. @xsd Anschrift */
export interface Anschrift extends WithUnknownContent {
  /** Type of address, e.g. `001`. */
  readonly typ?: Code;
  readonly strasse?: string;
  readonly hausnummer?: string;
  readonly postfach?: string;
  readonly postleitzahl?: string;
  readonly ort?: string;
  readonly verwaltungspolitischeKodierung?: VerwaltungspolitischeKodierung;
}

/** A channel of communication (e-mail, fax, phone …). @xsd Kommunikation */
export interface Kommunikation extends WithUnknownContent {
  readonly kanal?: Code;
  readonly kennung?: string;
}

/** The names of an OE. */
export interface Organisationseinheitsname extends WithUnknownContent {
  readonly name: readonly StringLocalized[];
  readonly kurzbezeichnung: readonly StringLocalized[];
}

/** A stand-alone Zuständigkeit as the PVOG delivers it. @xsd ZustaendigkeitTransferObjekt */
export interface ZustaendigkeitTransferObjekt extends WithUnknownContent {
  /** The OE, Onlinedienst or Formular the Zuständigkeit belongs to. */
  readonly uebergeordnetesObjektID: Identifikator;
  readonly zustaendigkeit: Zustaendigkeit;
}

/** A link of an Onlinedienst. */
export interface OnlinedienstLink extends WithUnknownContent {
  readonly languageCode?: string;
  /** Link type (`urn:xoev-de:fim:codeliste:onlinedienstlinktyp`). */
  readonly typ?: Code;
  /** The URL. */
  readonly link?: string;
  readonly titel?: string;
}

/** A specialisation of a Leistung; its structure is not public, everything but `id` is kept raw. @reconstructed */
export interface Spezialisierung extends WithUnknownContent {
  readonly id?: Identifikator;
}

/** Transaction fields of an operation. @reconstructed position (fact sheet names them without a place). */
export interface Transaktion {
  readonly transaktionID?: string;
  readonly transaktionPosition?: string;
}
