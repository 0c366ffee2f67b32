/**
 * The XZuFi 2.3.1 model: plain readonly interfaces with the German element names verbatim. No public 2.3.1 XML
 * exists: names shared with 2.2.0 are confirmed there and assumed unchanged; the 2.3.1 changes come from the FIM
 * Portal's JSON rendering (`Leistung231`) and are marked `@reconstructed`. Repeated elements
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
  /** @reconstructed [JSON] 2.3.1: the text was machine-translated. */
  readonly kennzeichenMaschinelleUebersetzung?: boolean;
  /** @reconstructed [JSON] 2.3.1: origin of a machine translation. */
  readonly maschinelleUebersetzung?: MaschinelleUebersetzung;
}

/** Origin of a machine translation. @reconstructed [JSON] 2.3.1: */
export interface MaschinelleUebersetzung extends C.WithUnknownContent {
  readonly originalSprache?: string;
  readonly originalID?: string;
  readonly uebersetztDurch?: string;
}

/** Fields every Leistung module has. */
export interface Modul extends C.WithUnknownContent {
  /** @reconstructed [JSON] */
  readonly id?: C.Identifikator;
  /** @reconstructed [JSON] */
  readonly idSekundaer: readonly C.Identifikator[];
  /** @reconstructed [JSON] 2.3.1: access channel (000, 100, 200). */
  readonly zugangskanal?: C.Code;
  /** @reconstructed [JSON] */
  readonly gueltigkeit: readonly C.Zeitraum[];
}

// ---------------------------------------------------------------------------------------------------
// Leistung

/** Leistungsstruktur of a Leistungsobjekt (LeiKa type LO). @xsd LeistungsstrukturObjekt */
export interface LeistungsstrukturObjekt extends C.WithUnknownContent {
  /** The `xsi:type` local name. */
  readonly xsiType: "LeistungsstrukturObjekt";
  /** @reconstructed [JSON] 2.3.1 The Leistungsgruppierung (001–603) as a code. */
  readonly leistungsgruppierungLeiKa?: C.Code;
}

/** Leistungsstruktur with a Verrichtung (LeiKa type LOV). @xsd LeistungsstrukturObjektMitVerrichtung */
export interface LeistungsstrukturObjektMitVerrichtung extends C.WithUnknownContent {
  readonly xsiType: "LeistungsstrukturObjektMitVerrichtung";
  /** @reconstructed [JSON] 2.3.1 */
  readonly leistungsgruppierungLeiKa?: C.Code;
  /** @reconstructed [JSON] 2.3.1 Id of the Leistungsobjekt. */
  readonly leistungsobjektID?: C.Identifikator;
  /** @reconstructed [JSON] 2.3.1 The LeiKa Verrichtung (1–279) as a code. */
  readonly verrichtungLeiKa?: C.Code;
}

/** Leistungsstruktur with Verrichtung and detail (LeiKa type LOVD). @xsd LeistungsstrukturObjektMitVerrichtungUndDetail */
export interface LeistungsstrukturObjektMitVerrichtungUndDetail extends C.WithUnknownContent {
  readonly xsiType: "LeistungsstrukturObjektMitVerrichtungUndDetail";
  /** @reconstructed [JSON] 2.3.1 */
  readonly leistungsgruppierungLeiKa?: C.Code;
  /** @reconstructed [JSON] 2.3.1 */
  readonly leistungsobjektID?: C.Identifikator;
  /** @reconstructed [JSON] 2.3.1 */
  readonly verrichtungLeiKa?: C.Code;
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
  /** @reconstructed [JSON] 2.3.1: links explaining how the costs are calculated. */
  readonly linkKostenbildung: readonly C.HyperlinkErweitert[];
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

/** A document a Leistung needs or produces (2.3.1 shape). @reconstructed [JSON] @xsd Dokument */
export interface Dokument extends C.WithUnknownContent {
  /** Dokumenttyp (001–028, 999, or free). */
  readonly art?: C.Code;
  readonly bezeichnung: readonly C.StringLocalized[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly formularReferenz: readonly C.Identifikator[];
  readonly angabeSignatur?: C.Code;
}

/** An incoming document with its obligation (2.3.1). @reconstructed [JSON] */
export interface DokumentEingehend extends C.WithUnknownContent {
  /** Obligation type (01, 02). */
  readonly pflichtangabetyp?: C.Code;
  readonly pflichtangabeGrundKontextabhaengigkeit: readonly C.StringLocalized[];
  readonly kennzeichenAusloeser?: boolean;
  readonly dokument: Dokument;
}

/** Documents of a Leistung (2.3.1 shape). @reconstructed [JSON] @xsd ModulDokument */
export interface ModulDokument extends Modul {
  readonly dokumentEingehend: readonly DokumentEingehend[];
  readonly dokumentAusgehend: readonly Dokument[];
  readonly beschreibungEingehend: readonly C.StringLocalized[];
  readonly beschreibungAusgehend: readonly C.StringLocalized[];
}

/** A dynamic parameter of an Ursprungsportal link. @reconstructed [JSON] 2.3.1: */
export interface DynamischeParameter extends C.WithUnknownContent {
  /** Parameter type (001–009, 100). */
  readonly typ?: C.Code;
  readonly parameterName?: string;
}

/** The portal the content came from. @xsd ModulUrsprungsportal */
export interface ModulUrsprungsportal extends Modul {
  readonly languageCode?: string;
  readonly positionDarstellung?: number;
  readonly uri: string;
  readonly titel?: string;
  /** @reconstructed [JSON] 2.3.1 */
  readonly dynamischeParameter: readonly DynamischeParameter[];
}

/** Class of a category. */
export interface Kategorieklasse extends C.WithUnknownContent {
  readonly id?: C.Identifikator;
  /** @reconstructed [JSON] 2.3.1: type of the class (001–004). */
  readonly typ?: C.Code;
  readonly bezeichnung: readonly C.StringLocalized[];
}

/** A category of a Leistung. @xsd Kategorie */
export interface Kategorie extends C.WithUnknownContent {
  readonly id?: C.Identifikator;
  readonly uebergeordneteKategorieID?: C.Identifikator;
  /** @reconstructed [JSON] 2.3.1 */
  readonly untergeordneteKategorieID: readonly C.Identifikator[];
  readonly bezeichnung: readonly C.StringLocalized[];
  readonly beschreibung: readonly C.StringLocalized[];
  readonly klasse: readonly Kategorieklasse[];
  /** @reconstructed [JSON] 2.3.1 */
  readonly piktogrammID?: C.Identifikator;
}

/** SDG Informationsbereiche (1: 7-digit codes, 2: 4-digit codes). @reconstructed [JSON] 2.3.1: */
export interface InformationsbereicheSDG extends C.WithUnknownContent {
  readonly informationsbereichSDG1: readonly C.Code[];
  readonly informationsbereichSDG2: readonly C.Code[];
}

/** Nationalities and groups of states a Leistung is relevant for. @reconstructed [JSON] 2.3.1: @xsd Staatsangaben */
export interface Staatsangaben extends C.WithUnknownContent {
  readonly staatsangehoerigkeit: readonly C.Code[];
  /** Groups of states (01–04). */
  readonly staatengruppe: readonly C.Code[];
}

/** A Leistung (service description, e.g. a Stammtext). @xsd Leistung */
export interface Leistung extends C.WithUnknownContent {
  readonly id: C.Identifikator;
  /** Further ids. */
  readonly idSekundaer: readonly C.Identifikator[];
  /** LO, LOV or LOVD structure. */
  readonly struktur?: Leistungsstruktur;
  /** @reconstructed [JSON] 2.3.1: the LeiKa key(s) as identifiers (2.2.0: `referenzLeiKa` codes). */
  readonly referenzLeistungsschluessel: readonly C.Identifikator[];
  /** @reconstructed [JSON] 2.3.1: status of the catalogue entry (1–8, presumably). */
  readonly statusKatalog?: C.Code;
  /** @reconstructed [JSON] 2.3.1: status of the Stammtext in the library (1–8, presumably). */
  readonly statusBibliothek?: C.Code;
  /** @reconstructed [JSON] 2.3.1: level of detail (101–105). */
  readonly detailstufe?: C.Code;
  /** @reconstructed [JSON] 2.3.1: place of service (001–005). */
  readonly bezugsortTyp?: C.Code;
  readonly modulText: readonly ModulText[];
  /** @reconstructed [JSON] */
  readonly modulTextIndividuell: readonly ModulTextIndividuell[];
  /** @reconstructed 2.3.1: repeated */
  readonly modulFrist: readonly ModulFrist[];
  /** @reconstructed 2.3.1: repeated */
  readonly modulKosten: readonly ModulKosten[];
  /** @reconstructed 2.3.1: repeated */
  readonly modulBearbeitungsdauer: readonly ModulBearbeitungsdauer[];
  readonly modulBegriffImKontext: readonly ModulBegriffImKontext[];
  /** @reconstructed 2.3.1: repeated */
  readonly modulFachlicheFreigabe: readonly ModulFachlicheFreigabe[];
  /** @reconstructed [JSON] 2.3.1: repeated */
  readonly modulAuskunftshinweis: readonly ModulAuskunftshinweis[];
  /** @reconstructed [JSON] 2.3.1: repeated */
  readonly modulDokument: readonly ModulDokument[];
  readonly modulUrsprungsportal: readonly ModulUrsprungsportal[];
  readonly typisierung: readonly C.Code<Typisierung | (string & {})>[];
  /** @reconstructed [JSON] on Leistung */
  readonly vertrauensniveau?: C.Code;
  readonly leistungsadressat: readonly C.Code[];
  /** @reconstructed [JSON] 2.3.1 */
  readonly kennzeichenFormularSchriftformerfordernis?: boolean;
  /** @reconstructed [JSON] 2.3.1 */
  readonly kennzeichenFormularPersoenlich?: boolean;
  /** @reconstructed [JSON] 2.3.1 */
  readonly kennzeichenFormularFormlos?: boolean;
  readonly kategorie: readonly Kategorie[];
  /** @reconstructed [JSON] */
  readonly klassifizierung: readonly C.Code[];
  /** @reconstructed [JSON] 2.3.1 */
  readonly informationsbereicheSDG?: InformationsbereicheSDG;
  /** @reconstructed [JSON] 2.3.1 */
  readonly leistungImKontextID: readonly C.Identifikator[];
  /** @reconstructed [JSON] 2.3.1: link to XProzess. */
  readonly prozessID: readonly C.Identifikator[];
  /** @reconstructed [JSON] */
  readonly herausgeber?: C.Herausgeber;
  readonly gueltigkeitGebietID: readonly C.Identifikator[];
  /** @reconstructed [JSON] 2.3.1: Einheitliche Stelle codes (00, 11, 19). */
  readonly durchfuehrbarEinheitlicheStelle: readonly C.Code[];
  /** @reconstructed [JSON] */
  readonly relevantFuerWirtschaftszweig: readonly C.Wirtschaftszweig[];
  /** @reconstructed [JSON] 2.3.1: Rechtsform codes (6 digits). */
  readonly relevantFuerRechtsform: readonly C.Code[];
  /** @reconstructed [JSON] 2.3.1 */
  readonly relevantFuerStaatsangehoerigkeit?: Staatsangaben;
  /** @reconstructed [JSON] 2.3.1 */
  readonly versionsinformationen?: C.Versionsinformation;
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

/** A Formular (2.3 object class named by the PVOG); structure not public, everything but `id` is kept raw. @reconstructed */
export interface Formular extends C.WithUnknownContent {
  readonly id?: C.Identifikator;
}

// ---------------------------------------------------------------------------------------------------
// Envelope

/** Message header (content not documented for 2.2 or 2.3.1; the 2.1 fields, the rest kept raw). @reconstructed */
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
  | { readonly onlinedienst: Onlinedienst }
  | { readonly formular: Formular };

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
  /** `2.3` or `2.3.1`. */
  readonly xzufiVersion?: string;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  readonly nachrichtenkopf: Nachrichtenkopf;
  /** `schreibe` and `loesche` in document order — apply them in this order. */
  readonly operation: readonly Operation[];
}
