/**
 * The XZuFi 2.2.0 model: plain readonly interfaces with the German element names verbatim. Repeated elements
 * are arrays (empty = absent), optional ones optional properties. Dates stay lexical strings.
 *
 * Names marked `@reconstructed` are not confirmed in real XML (see `binding.ts`, where every XML name lives,
 * and `docs/xzufi.md`). Every object may carry `unknownElements`/`unknownAttributes`: content a parser found but
 * the binding does not know, kept so that writing the object back loses nothing.
 */
import type { RawAttribute, RawElement } from "../../core/binding/types.ts";
import type { LeikaTextmodul, Typisierung } from "../../leika/codes.ts";
import type { LoescheKlasse, Zeiteinheit } from "./codes.ts";

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

/** A language version of an object. @xsd Sprachversion */
export interface Sprachversion extends WithUnknownContent {
  readonly languageCode: string;
  readonly sprachbezeichnungDeutsch?: string;
  readonly sprachbezeichnungNativ?: string;
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

/** @reconstructed [JSON] Publisher of a Leistung. @xsd Herausgeber */
export interface Herausgeber extends WithUnknownContent {
  readonly id?: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly kurzbezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly standardZustaendigkeitsgebiet: readonly Identifikator[];
}

/** Fields every Leistung module has. */
export interface Modul extends WithUnknownContent {
  /** @reconstructed [JSON] */
  readonly id?: Identifikator;
  /** @reconstructed [JSON] */
  readonly idSekundaer: readonly Identifikator[];
  /** @reconstructed [JSON] */
  readonly gueltigkeit: readonly Zeitraum[];
}

// ---------------------------------------------------------------------------------------------------
// Leistung

/** `verrichtung` inside a Leistungsstruktur. */
export interface Verrichtung extends WithUnknownContent {
  /** The LeiKa Verrichtung as a code (`listURI` seen). */
  readonly verrichtungLeiKa?: Code;
}

/** Leistungsstruktur of a Leistungsobjekt (LeiKa type LO). @xsd LeistungsstrukturObjekt */
export interface LeistungsstrukturObjekt extends WithUnknownContent {
  /** The `xsi:type` local name. */
  readonly xsiType: "LeistungsstrukturObjekt";
  /** @reconstructed [JSON] The Leistungsgruppierung (3 digits) as a code. */
  readonly leistungsgruppierung?: Code;
}

/** Leistungsstruktur with a Verrichtung (LeiKa type LOV). @xsd LeistungsstrukturObjektMitVerrichtung */
export interface LeistungsstrukturObjektMitVerrichtung extends WithUnknownContent {
  readonly xsiType: "LeistungsstrukturObjektMitVerrichtung";
  /** @reconstructed [JSON] */
  readonly leistungsgruppierung?: Code;
  /** Id of the Leistungsobjekt (`@schemeID`, `@schemeName` seen). */
  readonly leistungsobjektID?: Identifikator;
  readonly verrichtung?: Verrichtung;
}

/** Leistungsstruktur with Verrichtung and detail (LeiKa type LOVD). @xsd LeistungsstrukturObjektMitVerrichtungUndDetail */
export interface LeistungsstrukturObjektMitVerrichtungUndDetail extends WithUnknownContent {
  readonly xsiType: "LeistungsstrukturObjektMitVerrichtungUndDetail";
  /** @reconstructed [JSON] */
  readonly leistungsgruppierung?: Code;
  readonly leistungsobjektID?: Identifikator;
  readonly verrichtung?: Verrichtung;
  /** The Verrichtungsdetail as text. */
  readonly verrichtungsdetail: readonly StringLocalized[];
}

/** `struktur` of a Leistung: one of three types, chosen by `xsi:type`. */
export type Leistungsstruktur =
  | LeistungsstrukturObjekt
  | LeistungsstrukturObjektMitVerrichtung
  | LeistungsstrukturObjektMitVerrichtungUndDetail;

/** A LeiKa text module. @xsd ModulText */
export interface ModulText extends Modul {
  readonly positionDarstellung?: number;
  /** The text per language (HTML allowed). */
  readonly inhalt: readonly StringLocalized[];
  /** Which text module (LeiKa code list). */
  readonly leikaTextmodul: Code<LeikaTextmodul | (string & {})>;
  /** @reconstructed [JSON] A differing heading of the module. */
  readonly leikaTextmodulAbweichendeBezeichnung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** @reconstructed [JSON] A text module of the Redaktion's own type. @xsd ModulTextIndividuell */
export interface ModulTextIndividuell extends Modul {
  readonly individuellesTextmodultyp?: Code;
  readonly inhalt: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** @reconstructed [JSON] A duration. @xsd FristDauer */
export interface FristDauer extends WithUnknownContent {
  readonly dauer: number;
  readonly einheit: Zeiteinheit | (string & {});
  readonly dauerBis?: number;
  readonly einheitBis?: Zeiteinheit | (string & {});
}

/** @reconstructed [JSON] A fixed date range (date or `--MM-DD`). @xsd FristStichtag */
export interface FristStichtag extends WithUnknownContent {
  readonly von?: string;
  readonly bis?: string;
}

/** @reconstructed [JSON] Either a duration or a fixed date (exactly one). */
export type Fristauswahl = (
  | { readonly fristDauer: FristDauer; readonly fristStichtag?: undefined }
  | { readonly fristStichtag: FristStichtag; readonly fristDauer?: undefined }
) &
  WithUnknownContent;

/** @reconstructed [JSON] A deadline with its type. @xsd FristMitTyp */
export interface FristMitTyp extends WithUnknownContent {
  readonly typ: Code;
  readonly fristauswahl: Fristauswahl;
  readonly beschreibung: readonly StringLocalized[];
  readonly positionDarstellung?: number;
  readonly gueltigkeit: readonly Zeitraum[];
}

/** @reconstructed [JSON] A processing time. @xsd FristOhneTyp */
export interface FristOhneTyp extends WithUnknownContent {
  readonly fristauswahl: Fristauswahl;
  readonly beschreibung: readonly StringLocalized[];
}

/** Deadlines of a Leistung (structure [JSON]). @xsd ModulFrist */
export interface ModulFrist extends Modul {
  readonly frist: readonly FristMitTyp[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** Processing time of a Leistung (structure [JSON]). @xsd ModulBearbeitungsdauer */
export interface ModulBearbeitungsdauer extends Modul {
  readonly bearbeitungsdauer: readonly FristOhneTyp[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** @reconstructed [JSON] An amount: decimal value and currency. @xsd Amount */
export interface Betrag extends WithUnknownContent {
  /** Decimal, lexical (`12.50`). */
  readonly value: string;
  /** ISO 4217 currency, e.g. `EUR`. */
  readonly currencyCode?: string;
}

/** @reconstructed [JSON] Fixed costs. */
export interface KostenFix extends WithUnknownContent {
  readonly betrag: Betrag;
}
/** @reconstructed [JSON] No costs. */
export interface KostenFrei extends WithUnknownContent {
  readonly beschreibungKostenfreiheit: readonly StringLocalized[];
}
/** @reconstructed [JSON] Variable costs. */
export interface KostenVariabel extends WithUnknownContent {
  readonly betragUntergrenze?: Betrag;
  readonly betragObergrenze?: Betrag;
  readonly beschreibungVariabilitaet: readonly StringLocalized[];
}

/** @reconstructed [JSON] Exactly one kind of cost. */
export type Kostenauswahl = (
  | { readonly kostenFix: KostenFix; readonly kostenFrei?: undefined; readonly kostenVariabel?: undefined }
  | { readonly kostenFrei: KostenFrei; readonly kostenFix?: undefined; readonly kostenVariabel?: undefined }
  | { readonly kostenVariabel: KostenVariabel; readonly kostenFix?: undefined; readonly kostenFrei?: undefined }
) &
  WithUnknownContent;

/** @reconstructed [JSON] One cost item. @xsd Kosten */
export interface Kosten extends WithUnknownContent {
  readonly typ: Code;
  readonly kostenauswahl: Kostenauswahl;
  readonly beschreibung: readonly StringLocalized[];
  readonly vorkasse?: boolean;
  /** How the costs are calculated (a string in 2.2.0). */
  readonly linkKostenbildung?: string;
  readonly positionDarstellung?: number;
  readonly gueltigkeit: readonly Zeitraum[];
}

/** Costs of a Leistung (structure [JSON]). @xsd ModulKosten */
export interface ModulKosten extends Modul {
  readonly kosten: readonly Kosten[];
  readonly beschreibung: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** A term in context, e.g. a synonym. @xsd BegriffImKontext */
export interface BegriffImKontext extends WithUnknownContent {
  readonly begriff: readonly StringLocalized[];
  /** Type of the term (001, 002, 003, 999; labels not public). */
  readonly typ?: Code;
}

/** Terms in context. @xsd ModulBegriffImKontext */
export interface ModulBegriffImKontext extends Modul {
  readonly positionDarstellung?: number;
  readonly begriffImKontext: readonly BegriffImKontext[];
}

/** Who approved the content and when. @xsd ModulFachlicheFreigabe */
export interface ModulFachlicheFreigabe extends Modul {
  readonly fachlichFreigegebenAm?: string;
  readonly fachlichFreigegebenDurch: readonly StringLocalized[];
}

/** @reconstructed [JSON] Where to get information. @xsd ModulAuskunftshinweis */
export interface ModulAuskunftshinweis extends Modul {
  readonly inhalt: readonly StringLocalized[];
  readonly weiterfuehrenderLink: readonly HyperlinkErweitert[];
}

/** @reconstructed [JSON] A document a Leistung needs or produces (2.2.0 shape). @xsd Dokument */
export interface Dokument extends WithUnknownContent {
  /** Dokumenttyp (001–028, 999, or free). */
  readonly typ?: Code;
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly referenzFormularID: readonly Identifikator[];
  readonly angabeSignatur?: Code;
}

/** @reconstructed [JSON] Documents of a Leistung (2.2.0 shape). @xsd ModulDokument */
export interface ModulDokument extends Modul {
  readonly dokumentEingehend: readonly Dokument[];
  readonly dokumentAusgehend: readonly Dokument[];
  readonly beschreibung: readonly StringLocalized[];
}

/** The portal the content came from. @xsd ModulUrsprungsportal */
export interface ModulUrsprungsportal extends Modul {
  readonly languageCode?: string;
  readonly positionDarstellung?: number;
  readonly uri: string;
  readonly titel?: string;
}

/** Class of a category. */
export interface Kategorieklasse extends WithUnknownContent {
  readonly id?: Identifikator;
  readonly bezeichnung: readonly StringLocalized[];
}

/** A category of a Leistung. @xsd Leistungskategorie */
export interface Leistungskategorie extends WithUnknownContent {
  readonly id?: Identifikator;
  readonly uebergeordneteKategorieID?: Identifikator;
  readonly bezeichnung: readonly StringLocalized[];
  readonly beschreibung: readonly StringLocalized[];
  readonly klasse: readonly Kategorieklasse[];
}

/** @reconstructed [JSON] A branch of industry the Leistung is relevant for: a code plus a specific id. */
export interface Wirtschaftszweig extends Code {
  readonly spezifischeId?: string;
}

/** A Leistung (service description, e.g. a Stammtext). @xsd Leistung */
export interface Leistung extends WithUnknownContent {
  readonly id: Identifikator;
  /** Further ids, e.g. `schemeID="LEIKA_SCHLUESSEL"` (Berlin). */
  readonly idSekundaer: readonly Identifikator[];
  /** LO, LOV or LOVD structure. */
  readonly struktur?: Leistungsstruktur;
  /** LeiKa key(s) as codes (`code` = 14 digits). Note the capital K. */
  readonly referenzLeiKa: readonly Code[];
  readonly modulText: readonly ModulText[];
  /** @reconstructed [JSON] */
  readonly modulTextIndividuell: readonly ModulTextIndividuell[];
  readonly modulFrist?: ModulFrist;
  readonly modulKosten?: ModulKosten;
  readonly modulBearbeitungsdauer?: ModulBearbeitungsdauer;
  readonly modulBegriffImKontext: readonly ModulBegriffImKontext[];
  readonly modulFachlicheFreigabe?: ModulFachlicheFreigabe;
  /** @reconstructed [JSON] */
  readonly modulAuskunftshinweis?: ModulAuskunftshinweis;
  /** @reconstructed [JSON] */
  readonly modulDokument?: ModulDokument;
  readonly modulUrsprungsportal: readonly ModulUrsprungsportal[];
  readonly typisierung: readonly Code<Typisierung | (string & {})>[];
  /** @reconstructed [JSON] on Leistung */
  readonly vertrauensniveau?: Code;
  readonly leistungsadressat: readonly Code[];
  readonly kennzeichenSchriftformerfordernis?: boolean;
  readonly kategorie: readonly Leistungskategorie[];
  /** @reconstructed [JSON] */
  readonly klassifizierung: readonly Code[];
  readonly informationsbereichSDG: readonly Code[];
  /** @reconstructed [JSON] */
  readonly idLeistungImKontext: readonly Identifikator[];
  /** @reconstructed [JSON] Link to XProzess. */
  readonly idProzess: readonly Identifikator[];
  /** @reconstructed [JSON] */
  readonly herausgeber?: Herausgeber;
  readonly gueltigkeitGebietID: readonly Identifikator[];
  /** Einheitlicher Ansprechpartner. */
  readonly kennzeichenEA?: boolean;
  /** @reconstructed [JSON] */
  readonly relevantFuerWirtschaftszweig: readonly Wirtschaftszweig[];
  /** @reconstructed [JSON] */
  readonly relevantFuerRechtsform: readonly Code[];
  /** @reconstructed [JSON] */
  readonly relevantFuerStaatsangehoerigkeit: readonly Code[];
  readonly versionsinformation?: Versionsinformation;
  readonly sprachversion: readonly Sprachversion[];
  readonly gueltigkeit: readonly Zeitraum[];
}

// ---------------------------------------------------------------------------------------------------
// Organisationseinheit, Zuständigkeit, Onlinedienst, Spezialisierung

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

/** An authority or office. @xsd Organisationseinheit */
export interface Organisationseinheit extends WithUnknownContent {
  readonly id: Identifikator;
  readonly idSekundaer: readonly Identifikator[];
  readonly externeOrganisationseinheitsermittlung?: boolean;
  readonly name?: Organisationseinheitsname;
  readonly beschreibung: readonly StringLocalized[];
  readonly kurzbeschreibung: readonly StringLocalized[];
  readonly infoOeffnungszeitenText: readonly StringLocalized[];
  readonly infoOEPNV: readonly StringLocalized[];
  readonly anschrift: readonly Anschrift[];
  readonly kommunikation: readonly Kommunikation[];
  readonly versionsinformation?: Versionsinformation;
  readonly sprachversion: readonly Sprachversion[];
  readonly gueltigkeit: readonly Zeitraum[];
  readonly zustaendigkeit: readonly Zustaendigkeit[];
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

/** An online service. @xsd Onlinedienst */
export interface Onlinedienst extends WithUnknownContent {
  /** The `xsi:type` local name, when given (e.g. `OnlinedienstErweitert`). */
  readonly xsiType?: string;
  readonly id: Identifikator;
  /** @reconstructed by analogy */
  readonly idSekundaer: readonly Identifikator[];
  readonly bezeichnung: readonly StringLocalized[];
  readonly link: readonly OnlinedienstLink[];
  readonly vertrauensniveau?: Code;
  readonly sprachversion: readonly Sprachversion[];
  /** @reconstructed by analogy */
  readonly gueltigkeit: readonly Zeitraum[];
}

/** @reconstructed A specialisation of a Leistung; its structure is not public, everything but `id` is kept raw. */
export interface Spezialisierung extends WithUnknownContent {
  readonly id?: Identifikator;
}

// ---------------------------------------------------------------------------------------------------
// Envelope

/** @reconstructed Message header (content not documented for 2.2; the 2.1 fields, the rest kept raw). */
export interface Nachrichtenkopf extends WithUnknownContent {
  readonly nachrichtUUID?: string;
  readonly erstelltDatumZeit?: string;
}

/** Transaction fields of an operation. @reconstructed position (fact sheet names them without a place). */
export interface Transaktion {
  readonly transaktionID?: string;
  readonly transaktionPosition?: string;
}

/** The object a `schreibe` creates or updates: exactly one. */
export type SchreibeObjekt =
  | { readonly leistung: Leistung }
  | { readonly organisationseinheit: Organisationseinheit }
  | { readonly zustaendigkeitTransferObjekt: ZustaendigkeitTransferObjekt }
  | { readonly spezialisierung: Spezialisierung }
  | { readonly onlinedienst: Onlinedienst };

/** Create or update one object. */
export type Schreibe = Transaktion & SchreibeObjekt & WithUnknownContent;

/** Delete one object by id. */
export interface Loesche extends Transaktion, WithUnknownContent {
  /** Class of the object. */
  readonly klasse: LoescheKlasse | (string & {});
  readonly id: Identifikator;
}

/** One operation of a transfer message, in document order (`xs:choice` of `schreibe` and `loesche`). */
export type Operation = { readonly schreibe: Schreibe } | { readonly loesche: Loesche };

/** A transfer message: header and operations. The root element name is not public (see `namespace.ts`). */
export interface Nachricht extends WithUnknownContent {
  /** Local name of the root element as read (kept for round trips); our writer's default when absent. */
  readonly elementName?: string;
  /** `2.2` or `2.2.0`. */
  readonly xzufiVersion?: string;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  readonly nachrichtenkopf: Nachrichtenkopf;
  /** `schreibe` and `loesche` in document order — apply them in this order. */
  readonly operation: readonly Operation[];
}
