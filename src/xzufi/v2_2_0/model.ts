/**
 * The XZuFi 2.2.0 model: plain readonly interfaces with the German element names verbatim. Repeated elements
 * are arrays (empty = absent), optional ones optional properties. Dates stay lexical strings.
 *
 * Names marked `@reconstructed` are not confirmed in real XML (see `binding.ts`, where every XML name lives,
 * and `docs/xzufi.md`). Every object may carry `unknownElements`/`unknownAttributes`: content a parser found but
 * the binding does not know, kept so that writing the object back loses nothing.
 */

import type { LeikaTextmodul, Typisierung } from "../../leika/codes.ts";
import type * as C from "../common/model.ts";
import type { LoescheKlasse } from "./codes.ts";

export type * from "../common/model.ts";

/** A language version of an object. @xsd Sprachversion */
export interface Sprachversion extends C.WithUnknownContent {
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

/** Fields every Leistung module has. */
export interface Modul extends C.WithUnknownContent {
  /** @reconstructed [JSON] */
  readonly id?: C.Identifikator;
  /** @reconstructed [JSON] */
  readonly idSekundaer: readonly C.Identifikator[];
  /** @reconstructed [JSON] */
  readonly gueltigkeit: readonly C.Zeitraum[];
}

// ---------------------------------------------------------------------------------------------------
// Leistung

/** `verrichtung` inside a Leistungsstruktur. */
export interface Verrichtung extends C.WithUnknownContent {
  /** The LeiKa Verrichtung as a code (`listURI` seen). */
  readonly verrichtungLeiKa?: C.Code;
}

/** Leistungsstruktur of a Leistungsobjekt (LeiKa type LO). @xsd LeistungsstrukturObjekt */
export interface LeistungsstrukturObjekt extends C.WithUnknownContent {
  /** The `xsi:type` local name. */
  readonly xsiType: "LeistungsstrukturObjekt";
  /** @reconstructed [JSON] The Leistungsgruppierung (3 digits) as a code. */
  readonly leistungsgruppierung?: C.Code;
}

/** Leistungsstruktur with a Verrichtung (LeiKa type LOV). @xsd LeistungsstrukturObjektMitVerrichtung */
export interface LeistungsstrukturObjektMitVerrichtung extends C.WithUnknownContent {
  readonly xsiType: "LeistungsstrukturObjektMitVerrichtung";
  /** @reconstructed [JSON] */
  readonly leistungsgruppierung?: C.Code;
  /** Id of the Leistungsobjekt (`@schemeID`, `@schemeName` seen). */
  readonly leistungsobjektID?: C.Identifikator;
  readonly verrichtung?: Verrichtung;
}

/** Leistungsstruktur with Verrichtung and detail (LeiKa type LOVD). @xsd LeistungsstrukturObjektMitVerrichtungUndDetail */
export interface LeistungsstrukturObjektMitVerrichtungUndDetail extends C.WithUnknownContent {
  readonly xsiType: "LeistungsstrukturObjektMitVerrichtungUndDetail";
  /** @reconstructed [JSON] */
  readonly leistungsgruppierung?: C.Code;
  readonly leistungsobjektID?: C.Identifikator;
  readonly verrichtung?: Verrichtung;
  /** The Verrichtungsdetail as text. */
  readonly verrichtungsdetail: readonly C.StringLocalized[];
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
  readonly inhalt: readonly C.StringLocalized[];
  /** Which text module (LeiKa code list). */
  readonly leikaTextmodul: C.Code<LeikaTextmodul | (string & {})>;
  /** @reconstructed [JSON] A differing heading of the module. */
  readonly leikaTextmodulAbweichendeBezeichnung: readonly C.StringLocalized[];
  readonly weiterfuehrenderLink: readonly C.HyperlinkErweitert[];
}

/** A text module of the Redaktion's own type. @reconstructed [JSON] @xsd ModulTextIndividuell */
export interface ModulTextIndividuell extends Modul {
  readonly individuellesTextmodultyp?: C.Code;
  readonly inhalt: readonly C.StringLocalized[];
  readonly weiterfuehrenderLink: readonly C.HyperlinkErweitert[];
}

/** Deadlines of a Leistung (structure [JSON]). @xsd ModulFrist */
export interface ModulFrist extends Modul {
  readonly frist: readonly C.FristMitTyp[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly weiterfuehrenderLink: readonly C.HyperlinkErweitert[];
}

/** Processing time of a Leistung (structure [JSON]). @xsd ModulBearbeitungsdauer */
export interface ModulBearbeitungsdauer extends Modul {
  readonly bearbeitungsdauer: readonly C.FristOhneTyp[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly weiterfuehrenderLink: readonly C.HyperlinkErweitert[];
}

/** One cost item. @reconstructed [JSON] @xsd Kosten */
export interface Kosten extends C.WithUnknownContent {
  readonly typ: C.Code;
  readonly kostenauswahl: C.Kostenauswahl;
  readonly beschreibung: readonly C.StringLocalized[];
  readonly vorkasse?: boolean;
  /** How the costs are calculated (a string in 2.2.0). */
  readonly linkKostenbildung?: string;
  readonly positionDarstellung?: number;
  readonly gueltigkeit: readonly C.Zeitraum[];
}

/** Costs of a Leistung (structure [JSON]). @xsd ModulKosten */
export interface ModulKosten extends Modul {
  readonly kosten: readonly Kosten[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly weiterfuehrenderLink: readonly C.HyperlinkErweitert[];
}

/** Terms in context. @xsd ModulBegriffImKontext */
export interface ModulBegriffImKontext extends Modul {
  readonly positionDarstellung?: number;
  readonly begriffImKontext: readonly C.BegriffImKontext[];
}

/** Who approved the content and when. @xsd ModulFachlicheFreigabe */
export interface ModulFachlicheFreigabe extends Modul {
  readonly fachlichFreigegebenAm?: string;
  readonly fachlichFreigegebenDurch: readonly C.StringLocalized[];
}

/** Where to get information. @reconstructed [JSON] @xsd ModulAuskunftshinweis */
export interface ModulAuskunftshinweis extends Modul {
  readonly inhalt: readonly C.StringLocalized[];
  readonly weiterfuehrenderLink: readonly C.HyperlinkErweitert[];
}

/** A document a Leistung needs or produces (2.2.0 shape). @reconstructed [JSON] @xsd Dokument */
export interface Dokument extends C.WithUnknownContent {
  /** Dokumenttyp (001–028, 999, or free). */
  readonly typ?: C.Code;
  readonly bezeichnung: readonly C.StringLocalized[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly referenzFormularID: readonly C.Identifikator[];
  readonly angabeSignatur?: C.Code;
}

/** Documents of a Leistung (2.2.0 shape). @reconstructed [JSON] @xsd ModulDokument */
export interface ModulDokument extends Modul {
  readonly dokumentEingehend: readonly Dokument[];
  readonly dokumentAusgehend: readonly Dokument[];
  readonly beschreibung: readonly C.StringLocalized[];
}

/** The portal the content came from. @xsd ModulUrsprungsportal */
export interface ModulUrsprungsportal extends Modul {
  readonly languageCode?: string;
  readonly positionDarstellung?: number;
  readonly uri: string;
  readonly titel?: string;
}

/** Class of a category. */
export interface Kategorieklasse extends C.WithUnknownContent {
  readonly id?: C.Identifikator;
  readonly bezeichnung: readonly C.StringLocalized[];
}

/** A category of a Leistung. @xsd Leistungskategorie */
export interface Leistungskategorie extends C.WithUnknownContent {
  readonly id?: C.Identifikator;
  readonly uebergeordneteKategorieID?: C.Identifikator;
  readonly bezeichnung: readonly C.StringLocalized[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly klasse: readonly Kategorieklasse[];
}

/** A Leistung (service description, e.g. a Stammtext). @xsd Leistung */
export interface Leistung extends C.WithUnknownContent {
  readonly id: C.Identifikator;
  /** Further ids, e.g. `schemeID="LEIKA_SCHLUESSEL"` (Berlin). */
  readonly idSekundaer: readonly C.Identifikator[];
  /** LO, LOV or LOVD structure. */
  readonly struktur?: Leistungsstruktur;
  /** LeiKa key(s) as codes (`code` = 14 digits). Note the capital K. */
  readonly referenzLeiKa: readonly C.Code[];
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
  readonly typisierung: readonly C.Code<Typisierung | (string & {})>[];
  /** @reconstructed [JSON] on Leistung */
  readonly vertrauensniveau?: C.Code;
  readonly leistungsadressat: readonly C.Code[];
  readonly kennzeichenSchriftformerfordernis?: boolean;
  readonly kategorie: readonly Leistungskategorie[];
  /** @reconstructed [JSON] */
  readonly klassifizierung: readonly C.Code[];
  readonly informationsbereichSDG: readonly C.Code[];
  /** @reconstructed [JSON] */
  readonly idLeistungImKontext: readonly C.Identifikator[];
  /** @reconstructed [JSON] Link to XProzess. */
  readonly idProzess: readonly C.Identifikator[];
  /** @reconstructed [JSON] */
  readonly herausgeber?: C.Herausgeber;
  readonly gueltigkeitGebietID: readonly C.Identifikator[];
  /** Einheitlicher Ansprechpartner. */
  readonly kennzeichenEA?: boolean;
  /** @reconstructed [JSON] */
  readonly relevantFuerWirtschaftszweig: readonly C.Wirtschaftszweig[];
  /** @reconstructed [JSON] */
  readonly relevantFuerRechtsform: readonly C.Code[];
  /** @reconstructed [JSON] */
  readonly relevantFuerStaatsangehoerigkeit: readonly C.Code[];
  readonly versionsinformation?: C.Versionsinformation;
  readonly sprachversion: readonly Sprachversion[];
  readonly gueltigkeit: readonly C.Zeitraum[];
}

// ---------------------------------------------------------------------------------------------------
// Organisationseinheit, Zuständigkeit, Onlinedienst, Spezialisierung

/** An authority or office. @xsd Organisationseinheit */
export interface Organisationseinheit extends C.WithUnknownContent {
  readonly id: C.Identifikator;
  readonly idSekundaer: readonly C.Identifikator[];
  readonly externeOrganisationseinheitsermittlung?: boolean;
  readonly name?: C.Organisationseinheitsname;
  readonly beschreibung: readonly C.StringLocalized[];
  readonly kurzbeschreibung: readonly C.StringLocalized[];
  readonly infoOeffnungszeitenText: readonly C.StringLocalized[];
  readonly infoOEPNV: readonly C.StringLocalized[];
  readonly anschrift: readonly C.Anschrift[];
  readonly kommunikation: readonly C.Kommunikation[];
  readonly versionsinformation?: C.Versionsinformation;
  readonly sprachversion: readonly Sprachversion[];
  readonly gueltigkeit: readonly C.Zeitraum[];
  readonly zustaendigkeit: readonly C.Zustaendigkeit[];
}

/** An online service. @xsd Onlinedienst */
export interface Onlinedienst extends C.WithUnknownContent {
  /** The `xsi:type` local name, when given (e.g. `OnlinedienstErweitert`). */
  readonly xsiType?: string;
  readonly id: C.Identifikator;
  /** @reconstructed by analogy */
  readonly idSekundaer: readonly C.Identifikator[];
  readonly bezeichnung: readonly C.StringLocalized[];
  readonly link: readonly C.OnlinedienstLink[];
  readonly vertrauensniveau?: C.Code;
  readonly sprachversion: readonly Sprachversion[];
  /** @reconstructed by analogy */
  readonly gueltigkeit: readonly C.Zeitraum[];
}

// ---------------------------------------------------------------------------------------------------
// Envelope

/** Message header (content not documented for 2.2; the 2.1 fields, the rest kept raw). @reconstructed */
export interface Nachrichtenkopf extends C.WithUnknownContent {
  readonly nachrichtUUID?: string;
  readonly erstelltDatumZeit?: string;
}

/** The object a `schreibe` creates or updates: exactly one. */
export type SchreibeObjekt =
  | { readonly leistung: Leistung }
  | { readonly organisationseinheit: Organisationseinheit }
  | { readonly zustaendigkeitTransferObjekt: C.ZustaendigkeitTransferObjekt }
  | { readonly spezialisierung: C.Spezialisierung }
  | { readonly onlinedienst: Onlinedienst };

/** Create or update one object. */
export type Schreibe = C.Transaktion & SchreibeObjekt & C.WithUnknownContent;

/** Delete one object by id. */
export interface Loesche extends C.Transaktion, C.WithUnknownContent {
  /** Class of the object. */
  readonly klasse: LoescheKlasse | (string & {});
  readonly id: C.Identifikator;
}

/** One operation of a transfer message, in document order (`xs:choice` of `schreibe` and `loesche`). */
export type Operation = { readonly schreibe: Schreibe } | { readonly loesche: Loesche };

/** A transfer message: header and operations. The root element name is not public (see `namespace.ts`). */
export interface Nachricht extends C.WithUnknownContent {
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
