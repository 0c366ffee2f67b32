/**
 * The XProzess 2.0 model: plain readonly interfaces with the German element names verbatim (fact sheet
 * `xprozess.md`, from the JAXB classes of the official XSD). Repeated elements are arrays (empty = absent),
 * optional ones optional properties, `xs:choice` content a single-key object in `auswahl`. Dates and times stay
 * lexical strings; `Datei.inhalt` is the base64 text as written (decode with `files.ts`).
 *
 * Every object may carry `unknownElements`/`unknownAttributes`: content a parser found but the binding does not
 * know, kept so that writing the object back loses nothing. `binding.ts` holds every XML name; the type test
 * `model.test-d.ts` proves that these interfaces and the binding tables agree.
 */
import type { RawAttribute, RawElement } from "../../core/binding/types.ts";
import type { MessageName } from "./namespace.ts";

/** Content a parser kept because the binding does not know it (written back unchanged, after the known content). */
export interface WithUnknownContent {
  /** Child elements not in the binding, as read. */
  readonly unknownElements?: readonly RawElement[];
  /** Attributes not in the binding, as read. */
  readonly unknownAttributes?: readonly RawAttribute[];
}

// ---------------------------------------------------------------------------------------------------
// Codes

/** A Code-Typ 1 code: list and version fixed by the XSD; no `name` child. @xsd Code.Nachricht etc. */
export interface CodeFest extends WithUnknownContent {
  /** Fixed by the XSD (`urn:de:xprozess:codeliste:…`); FIM exports write `urn:xoev-de:xprozess:codeliste:…`. */
  readonly listURI?: string;
  /** Fixed `1.0` by the XSD; FIM exports write a date. */
  readonly listVersionID?: string;
  /** The code value. */
  readonly code: string;
}

/** A code of a fixed list whose version the sender must state. @xsd Code.Modellierungsmethode etc. */
export interface CodeMitVersion extends WithUnknownContent {
  /** Fixed by the XSD. */
  readonly listURI?: string;
  /** Version of the list (required). */
  readonly listVersionID: string;
  /** The code value. */
  readonly code: string;
  /** Label of the code. */
  readonly name?: string;
}

/** A code of a list the sender names (Code-Typ 3/4). @xsd Code.Verfahrensart etc. */
export interface CodeOffen extends WithUnknownContent {
  /** URI of the list (required). */
  readonly listURI: string;
  /** Version of the list (required). */
  readonly listVersionID: string;
  /** The code value. */
  readonly code: string;
  /** Label of the code. */
  readonly name?: string;
}

// ---------------------------------------------------------------------------------------------------
// Shared types

/**
 * A Handlungsgrundlage: the legal basis (a norm, e.g. a Hundesteuersatzung or `§ 27 MuSchG`) of a Prozessklasse,
 * Prozesssteckbrief or Aktivitätengruppe, with its kind (Code.Handlungsgrundlagenart) and a link. @xsd Handlungsgrundlage
 */
export interface Handlungsgrundlage extends WithUnknownContent {
  /** Name of the norm, e.g. `§ 27 MuSchG`. */
  readonly name: string;
  /** Kind of norm (Code.Handlungsgrundlagenart). */
  readonly art: CodeOffen;
  /** Link to the norm. */
  readonly uri?: string;
}

/** The Herausgeber (publisher) of a Prozesskatalog or Prozessbibliothek, with its terms of use. @xsd Herausgeber */
export interface Herausgeber extends WithUnknownContent {
  readonly organisationsname: string;
  readonly nutzungsbestimmungen?: string;
  readonly url?: string;
}

/**
 * A Klassifikation: the class of an ordering frame (Ordnungsrahmen) the object is sorted into — e.g. a Stammprozess
 * into its Prozessklasse of the `FIM Prozesskatalog`. @xsd Klassifikation
 */
export interface Klassifikation extends WithUnknownContent {
  readonly ordnungsrahmenName: string;
  readonly ordnungsrahmenVersion?: string;
  readonly klasseID: string;
  readonly klasseName?: string;
}

/**
 * A Merkmal: a named feature with one or more values, optionally from an ordering frame (the library writes the
 * LeiKa Verrichtung of a Prozessklasse as Merkmal `Verrichtung` of the frame `LeiKa`). @xsd Merkmal
 */
export interface Merkmal extends WithUnknownContent {
  readonly ordnungsrahmenName?: string;
  readonly ordnungsrahmenVersion?: string;
  readonly merkmalID?: string;
  readonly merkmalName: string;
  /** Code.Datentyp. */
  readonly merkmalDatentyp?: CodeOffen;
  /** At least one value. */
  readonly merkmalWert: readonly string[];
}

/** One administrative-political key (a choice of Destatis codes). @xsd VerwaltungspolitischeKodierung */
export interface VerwaltungspolitischeKodierung extends WithUnknownContent {
  readonly auswahl:
    | { readonly kreis: CodeMitVersion }
    | { readonly bezirk: CodeMitVersion }
    | { readonly bundesland: CodeMitVersion }
    | { readonly gemeindeschluessel: CodeMitVersion }
    | { readonly regionalschluessel: CodeMitVersion }
    | { readonly nation: CodeMitVersion }
    | { readonly gemeindeverband: CodeMitVersion };
}

/** A Zeitraum: a period (`xs:dateTime` bounds, either open), e.g. the validity of a Prozessklasse. @xsd Zeitraum */
export interface Zeitraum extends WithUnknownContent {
  readonly beginn?: string;
  readonly ende?: string;
}

/** Status and history of a Prozessklasse or Prozess. @xsd Zustandsangaben */
export interface Zustandsangaben extends WithUnknownContent {
  readonly erstellungszeitpunkt?: string;
  readonly letzterAenderungszeitpunkt?: string;
  readonly letzterBearbeiter?: string;
  /** Code.Status (`1` in Planung … `8` vorgesehen zum Löschen). */
  readonly status?: CodeFest;
  readonly anmerkungLetzteAenderung?: string;
  readonly gueltigkeitszeitraum?: Zeitraum;
  readonly fachlicherFreigabezeitpunkt?: string;
  readonly formellerFreigabezeitpunkt?: string;
}

/** The modelling method of a structure description or file. @xsd Modellierungsmethode */
export interface Modellierungsmethode extends WithUnknownContent {
  /** Code.Modellierungsmethode (values not public; the FIM file uses `10`). */
  readonly code: CodeMitVersion;
  /** Free text, e.g. `FIM`. */
  readonly freitext?: string;
}

/**
 * A Datei: a file embedded in the message (a BPMN model, a picture, a report), its content base64 as written
 * (`xs:base64Binary`; decode with `listFiles` and `safeDecodeFile`). @xsd Datei
 */
export interface Datei extends WithUnknownContent {
  readonly dateiname: string;
  readonly modellierungsmethode: Modellierungsmethode;
  /** Code.MimeType (list chosen by the sender). */
  readonly mimeType: CodeOffen;
  /** The content, `xs:base64Binary`, as written. */
  readonly inhalt: string;
}

/**
 * The Prozessmodell of a Prozess: its model files (e.g. FIM-BPMN 2.0 with diagram interchange), pictures of the
 * model and reports, each a {@link Datei}. @xsd Prozessmodell
 */
export interface Prozessmodell extends WithUnknownContent {
  /** Model exports, e.g. BPMN DI. */
  readonly prozessmodelldatei: readonly Datei[];
  /** Pictures of the model. */
  readonly visualisierungsdatei: readonly Datei[];
  /** Reports. */
  readonly beschreibungsdatei: readonly Datei[];
}

// ---------------------------------------------------------------------------------------------------
// Aktivitätengruppen

/** Reference to a form (an XDatenfelder Dokumentsteckbrief). @xsd Formularverweis */
export interface Formularverweis extends WithUnknownContent {
  /** Dokumentsteckbrief id (`D…`). */
  readonly formularsteckbriefID: string;
  readonly stammformularID?: string;
  readonly stammformularVersion?: string;
  readonly elementId: readonly string[];
}

/** Daten an Aktivitätengruppe takes in or gives out: a reference to a form (Formularverweis) or a textual description. @xsd Daten */
export interface Daten extends WithUnknownContent {
  readonly auswahl: { readonly formularverweis: Formularverweis } | { readonly textuelleBeschreibung: string };
}

/** Data an Aktivitätengruppe receives, with how it is transmitted (Code.Uebermittlungsart) and its sender. @xsd Daten.Empfangen */
export interface DatenEmpfangen extends WithUnknownContent {
  /** Named `formularverweis` in the XSD, typed `Daten`. */
  readonly formularverweis: Daten;
  /** Code.Uebermittlungsart. */
  readonly uebermittlungsart: CodeMitVersion;
  readonly sender: string;
}

/** Data an Aktivitätengruppe provides, with how it is transmitted (Code.Uebermittlungsart) and its recipient. @xsd Daten.Bereitgestellt */
export interface DatenBereitgestellt extends WithUnknownContent {
  /** Named `formularverweis` in the XSD, typed `Daten`. */
  readonly formularverweis: Daten;
  /** Code.Uebermittlungsart. */
  readonly uebermittlungsart: CodeMitVersion;
  readonly empfaenger: string;
}

/**
 * `spezifischeAttribute1`: the data the Aktivitätengruppe receives (at least one). That set N belongs to RAG N
 * follows the numbering (checked by XPROZESS-005); the XSD documentation that would confirm it is not public.
 */
export interface SpezifischeAttribute1 extends WithUnknownContent {
  readonly empfangeneDaten: readonly DatenEmpfangen[];
}
/** `spezifischeAttribute2`: the data the Aktivitätengruppe provides (at least one); for RAG 2. */
export interface SpezifischeAttribute2 extends WithUnknownContent {
  readonly bereitgestellteDaten: readonly DatenBereitgestellt[];
}
/** `spezifischeAttribute3`: the formal checks (Code.FormellePruefung, at least one); for RAG 3. */
export interface SpezifischeAttribute3 extends WithUnknownContent {
  /** Code.FormellePruefung. */
  readonly formellePruefung: readonly CodeFest[];
}
/** `spezifischeAttribute4`: the aids (`hilfsmittel`) the activities use; for RAG 4. */
export interface SpezifischeAttribute4 extends WithUnknownContent {
  readonly hilfsmittel: string;
}
/** `spezifischeAttribute5`: the aids and the kind of decision (Code.Entscheidungsart); for RAG 5. */
export interface SpezifischeAttribute5 extends WithUnknownContent {
  readonly hilfsmittel: string;
  /** Code.Entscheidungsart. */
  readonly entscheidungsart: CodeFest;
}
/** `spezifischeAttribute6`: the kind of processing (Code.Bearbeitungsart); for RAG 6. */
export interface SpezifischeAttribute6 extends WithUnknownContent {
  /** Code.Bearbeitungsart. */
  readonly bearbeitungsart: CodeFest;
}
/**
 * `spezifischeAttribute7`: data provided and received, whether the party must cooperate (`mitwirkungspflicht`) and
 * the form of participation (Code.Beteiligungsform); for RAG 7.
 */
export interface SpezifischeAttribute7 extends WithUnknownContent {
  readonly bereitgestellteDaten: readonly DatenBereitgestellt[];
  readonly empfangeneDaten: readonly DatenEmpfangen[];
  readonly mitwirkungspflicht: boolean;
  /** Code.Beteiligungsform. */
  readonly beteiligungsform?: CodeMitVersion;
}
/** `spezifischeAttribute8`: a free description; for RAG 8. */
export interface SpezifischeAttribute8 extends WithUnknownContent {
  readonly beschreibung: string;
}

/** The attribute set of an Aktivitätengruppe (one per Referenzaktivitätengruppe). @xsd SpezifischeAttribute */
export interface SpezifischeAttribute extends WithUnknownContent {
  readonly auswahl:
    | { readonly spezifischeAttribute1: SpezifischeAttribute1 }
    | { readonly spezifischeAttribute2: SpezifischeAttribute2 }
    | { readonly spezifischeAttribute3: SpezifischeAttribute3 }
    | { readonly spezifischeAttribute4: SpezifischeAttribute4 }
    | { readonly spezifischeAttribute5: SpezifischeAttribute5 }
    | { readonly spezifischeAttribute6: SpezifischeAttribute6 }
    | { readonly spezifischeAttribute7: SpezifischeAttribute7 }
    | { readonly spezifischeAttribute8: SpezifischeAttribute8 };
}

/**
 * An Aktivitätengruppe: a step of a Stammprozess based on one of the eight Referenzaktivitätengruppen (RAG), with
 * the RAG's own attribute set in `spezifischeAttribute`, modelled as the BPMN sub-process `subProzessID`.
 * @xsd Aktivitaetengruppe
 */
export interface Aktivitaetengruppe extends WithUnknownContent {
  /** Code.Referenzaktivitaetengruppe, `1`–`8`. */
  readonly referenzaktivitaetengruppeTyp: CodeFest;
  readonly referenzaktivitaetengruppeVersion: string;
  readonly id: string;
  /** Id of the BPMN sub-process in the model file. */
  readonly subProzessID: string;
  readonly name: string;
  readonly beschreibung?: string;
  readonly handlungsgrundlage: readonly Handlungsgrundlage[];
  readonly eingehendeDaten: readonly Daten[];
  readonly ausgehendeDaten: readonly Daten[];
  readonly fachverfahren: readonly string[];
  readonly spezifischeAttribute: SpezifischeAttribute;
}

/** FIM structure description: the Aktivitätengruppen. */
export interface StrukturbeschreibungFIM extends WithUnknownContent {
  readonly aktivitaetengruppe: readonly Aktivitaetengruppe[];
}

/** Structure description of another method (an empty sequence in the XSD). */
export interface StrukturbeschreibungSonstige extends WithUnknownContent {}

/**
 * The Strukturbeschreibung of a Prozess: its modelling method and either the FIM structure (the
 * Aktivitätengruppen) or that of another method. @xsd Strukturbeschreibung
 */
export interface Strukturbeschreibung extends WithUnknownContent {
  readonly modellierungsmethode: Modellierungsmethode;
  readonly auswahl:
    | { readonly strukturbeschreibungFIM: StrukturbeschreibungFIM }
    | { readonly strukturbeschreibungSonstige: StrukturbeschreibungSonstige };
}

// ---------------------------------------------------------------------------------------------------
// Library side

/**
 * An Auslöser (trigger) or Ergebnis (result) of a Prozess: a form (Dokumentsteckbrief id `D…`), another Prozess, or
 * a text — e.g. the application form that starts the Hundesteuer Anmeldung. @xsd AusloeserErgebnis
 */
export interface AusloeserErgebnis extends WithUnknownContent {
  /** Dokumentsteckbrief id (`D…`). */
  readonly formularID?: string;
  readonly prozessID?: string;
  readonly textuelleBeschreibung?: string;
}

/** A Prozessteilnehmer: a party to the Prozess (an authority, the applicant) with its roles (Code.Prozessrolle). @xsd Prozessteilnehmer */
export interface Prozessteilnehmer extends WithUnknownContent {
  readonly name: string;
  /** Code.Prozessrolle, at least one. */
  readonly rolle: readonly CodeFest[];
}

/** The Prozesssteckbrief: the fact sheet of a Prozess (triggers, results, participants, legal bases, level of detail). @xsd Prozesssteckbrief */
export interface Prozesssteckbrief extends WithUnknownContent {
  readonly definition?: string;
  readonly beschreibung?: string;
  readonly ausloeser: readonly AusloeserErgebnis[];
  readonly ergebnis: readonly AusloeserErgebnis[];
  readonly prozessteilnehmer: readonly Prozessteilnehmer[];
  readonly handlungsgrundlage: readonly Handlungsgrundlage[];
  /** Code.Detaillierungsstufe (`101`–`105`). */
  readonly detaillierungsstufe?: CodeOffen;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly zielvorgaben?: string;
  readonly merkmal: readonly Merkmal[];
}

/**
 * A Prozess of one LeiKa Leistung: a Stammprozess (Prozesssteckbrief and usually a BPMN model; the template), a
 * Referenzprozess (valid for at least two organisations, Ist or Soll) or a Lokalprozess. @xsd Prozess
 */
export interface Prozess extends WithUnknownContent {
  /** The LeiKa key for Stammprozesse. */
  readonly id: string;
  readonly version?: string;
  readonly name: string;
  readonly bezeichnung?: string;
  readonly fachlichFreigebendeStelle?: string;
  readonly klassifikation: readonly Klassifikation[];
  readonly schlagwort: readonly string[];
  readonly prozesssteckbrief?: Prozesssteckbrief;
  readonly prozessstrukturbeschreibung?: Strukturbeschreibung;
  readonly prozessmodell?: Prozessmodell;
  readonly zustandsangaben?: Zustandsangaben;
}

/** A Prozessbibliothek: the collection of Prozesse a publisher offers. @xsd Prozessbibliothek */
export interface Prozessbibliothek extends WithUnknownContent {
  readonly name: string;
  readonly version?: string;
  readonly herausgeber?: Herausgeber;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly prozess: readonly Prozess[];
}

// ---------------------------------------------------------------------------------------------------
// Catalogue side

/** The Gliederungsebene (level) of a Prozessklasse in the Prozesskatalog: its number and name. */
export interface Gliederungsebene extends WithUnknownContent {
  readonly gliederungsebeneNummer: number;
  readonly gliederungsebeneName?: string;
}

/** A reference to a Prozessklasse this one supersedes (`abgeloesteProzessklasse`), with an explanation. @xsd ReferenzProzessklasse */
export interface ReferenzProzessklasse extends WithUnknownContent {
  /** Required by the XSD (the FIM Bund file writes an empty `abgeloesteProzessklasse`, which lacks it). */
  readonly referenzierteProzessklasseID: string;
  readonly erlaeuterung?: string;
}

/**
 * A Prozessklasse: the entry of the Prozesskatalog for exactly one FIM Leistung, so its `id` (the Prozessschlüssel)
 * is the 14-digit LeiKa Leistungsschlüssel and its `bezeichnung` the Leistung name. A semantic change makes a new
 * class that names the old one in `abgeloesteProzessklasse`. @xsd Prozessklasse
 */
export interface Prozessklasse extends WithUnknownContent {
  readonly id: string;
  readonly version?: string;
  readonly gliederungsebene?: Gliederungsebene;
  readonly uebergeordneteProzessklasseID?: string;
  readonly abgeloesteProzessklasse: readonly ReferenzProzessklasse[];
  readonly name: string;
  readonly bezeichnung?: string;
  readonly definition?: string;
  readonly handlungsgrundlage: readonly Handlungsgrundlage[];
  readonly zwecksetzung?: CodeOffen;
  readonly operativesZiel?: CodeOffen;
  readonly handlungsform?: CodeOffen;
  readonly verfahrensart?: CodeOffen;
  readonly fachlichFreigebendeStelle?: string;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly merkmal: readonly Merkmal[];
  readonly klassifikation: readonly Klassifikation[];
  readonly schlagwort: readonly string[];
  readonly zustandsangaben?: Zustandsangaben;
}

/**
 * A Prozesskatalog: the thematic ordering frame the Prozessklassen are sorted into (in FIM the "FIM-Prozesskatalog"
 * of the FIM-Baustein Prozesse, its levels following the Integrierter Produktrahmen). @xsd Prozesskatalog
 */
export interface Prozesskatalog extends WithUnknownContent {
  readonly name: string;
  readonly version?: string;
  readonly herausgeber?: Herausgeber;
  readonly verwaltungspolitischeKodierung: readonly VerwaltungspolitischeKodierung[];
  readonly prozessklasse: readonly Prozessklasse[];
}

// ---------------------------------------------------------------------------------------------------
// Search profiles

/** Search criterion: objects sorted into a class (or any class) of an ordering frame. @xsd Suchprofil.Klassifikation */
export interface SuchprofilKlassifikation extends WithUnknownContent {
  readonly ordnungsrahmenName: string;
  readonly ordnungsrahmenVersion?: string;
  readonly klasseID?: string;
}

/** Search criterion: objects with a Merkmal of this name and one of these values. @xsd Suchprofil.Merkmal */
export interface SuchprofilMerkmal extends WithUnknownContent {
  readonly ordnungsrahmenName: string;
  readonly ordnungsrahmenVersion?: string;
  readonly merkmalName: string;
  readonly merkmalWert: readonly string[];
}

/**
 * The search profile for Prozessklassen (messages 0101–0103, 0302): full text, levels, legal basis, codes,
 * region, Merkmal, Klassifikation, status, validity and release dates. @xsd Suchprofil.Prozessklasse
 */
export interface SuchprofilProzessklasse extends WithUnknownContent {
  readonly suchtext?: string;
  readonly sucheGliederungsebeneNummer: readonly number[];
  readonly sucheHandlungsgrundlage?: string;
  readonly sucheZiel?: CodeOffen;
  readonly sucheHandlungsform?: CodeOffen;
  readonly sucheVerfahrensart?: CodeOffen;
  readonly sucheVerwaltungspolitischeKodierung: readonly string[];
  readonly sucheMerkmal?: SuchprofilMerkmal;
  readonly sucheKlassifikation?: SuchprofilKlassifikation;
  readonly aenderungszeitpunkt?: string;
  readonly sucheStatus: readonly CodeFest[];
  readonly sucheGueltigkeit?: Zeitraum;
  readonly sucheFachlicherFreigabezeitpunkt?: string;
  readonly sucheFormellerFreigabezeitpunkt?: string;
  readonly sucheHatProzesse?: boolean;
}

/** Search criterion: one Prozess by id, optionally in one version. @xsd Suchprofil.SpezifischerProzess */
export interface SuchprofilSpezifischerProzess extends WithUnknownContent {
  readonly prozessID: string;
  readonly spezifischeVersion?: string;
}

/**
 * The search profile for Prozesse (messages 0201–0203): full text, specific Prozesse by id and version,
 * Klassifikation, legal basis, Detaillierungsstufe, region, Merkmal, status and dates. @xsd Suchprofil.Prozess
 */
export interface SuchprofilProzess extends WithUnknownContent {
  readonly suchtext?: string;
  readonly sucheProzessidentifikation: readonly SuchprofilSpezifischerProzess[];
  readonly sucheKlassifikation?: SuchprofilKlassifikation;
  readonly sucheHandlungsgrundlage?: string;
  readonly sucheDetaillierungsstufe: readonly CodeOffen[];
  readonly sucheVerwaltungspolitischeKodierung: readonly string[];
  readonly sucheMerkmal?: SuchprofilMerkmal;
  readonly aenderungszeitpunkt?: string;
  readonly sucheStatus: readonly CodeFest[];
  readonly sucheGueltigkeit?: Zeitraum;
  readonly sucheFachlicherFreigabezeitpunkt?: string;
  readonly sucheFormellerFreigabezeitpunkt?: string;
  readonly sucheHatProzessmodelle?: boolean;
}

/**
 * Search profile of the `alleInhalte` messages: the Prozessklassen to include and which versions of their Prozesse
 * (Code.Versionen). @xsd Suchprofil.AlleInhalte
 */
export interface SuchprofilAlleInhalte extends WithUnknownContent {
  readonly einschraenkungProzessklasse?: SuchprofilProzessklasse;
  /** Code.Versionen. */
  readonly einschraenkungProzesseVersionen: CodeFest;
}

// ---------------------------------------------------------------------------------------------------
// Messages

/**
 * The Nachrichtenkopf: XProzess's own message header (not the XÖV one) — message UUID, message type (Code.Nachricht,
 * the root's number such as `0303`), creation time, reader and author. @xsd Nachrichtenkopf
 */
export interface Nachrichtenkopf extends WithUnknownContent {
  /** `String.UUID`. */
  readonly nachrichtUUID: string;
  /** Code.Nachricht, e.g. `0303`. */
  readonly nachrichtentyp: CodeFest;
  readonly erstellungszeitpunkt: string;
  readonly leser?: string;
  readonly autor?: string;
}

/**
 * The Basisnachricht every message extends: the sending product and its maker, `xprozessVersion` (fixed `2.0`) and
 * the Nachrichtenkopf. @xsd Basisnachricht
 */
export interface Basisnachricht extends WithUnknownContent {
  readonly produkt: string;
  readonly produkthersteller: string;
  readonly produktversion?: string;
  /** Fixed `2.0`. */
  readonly xprozessVersion: string;
  readonly nachrichtenkopf: Nachrichtenkopf;
}

/** Message 0101: a request for the Prozessklassen of a Prozesskatalog that fit a search profile. @xsd prozesskatalog.anfrage.0101 */
export interface ProzesskatalogAnfrage0101 extends Basisnachricht {
  readonly suchprofil?: SuchprofilProzessklasse;
}
/** Message 0102: the answer to a 0101 request (`anfrageUUID`), with the Prozesskatalog found. @xsd prozesskatalog.antwort.0102 */
export interface ProzesskatalogAntwort0102 extends Basisnachricht {
  readonly anfrageUUID: string;
  readonly suchprofilZitat?: SuchprofilProzessklasse;
  readonly prozesskatalog?: Prozesskatalog;
}
/** Message 0103: an unsolicited export of a Prozesskatalog, optionally restricted by an export profile. @xsd prozesskatalog.export.0103 */
export interface ProzesskatalogExport0103 extends Basisnachricht {
  readonly exportprofil?: SuchprofilProzessklasse;
  readonly prozesskatalog?: Prozesskatalog;
}
/** Message 0201: a request for the Prozesse of a Prozessbibliothek that fit a search profile. @xsd prozessbibliothek.anfrage.0201 */
export interface ProzessbibliothekAnfrage0201 extends Basisnachricht {
  readonly suchprofil?: SuchprofilProzess;
}
/** Message 0202: the answer to a 0201 request (`anfrageUUID`), with the Prozessbibliothek found. @xsd prozessbibliothek.antwort.0202 */
export interface ProzessbibliothekAntwort0202 extends Basisnachricht {
  readonly anfrageUUID: string;
  readonly suchprofilZitat?: SuchprofilProzess;
  readonly prozessbibliothek?: Prozessbibliothek;
}
/** Message 0203: an unsolicited export of a Prozessbibliothek, optionally restricted by an export profile. @xsd prozessbibliothek.export.0203 */
export interface ProzessbibliothekExport0203 extends Basisnachricht {
  readonly exportprofil?: SuchprofilProzess;
  readonly prozessbibliothek?: Prozessbibliothek;
}
/** Message 0301: a request for Prozesskatalog and Prozessbibliothek together. @xsd alleInhalte.anfrage.0301 */
export interface AlleInhalteAnfrage0301 extends Basisnachricht {
  readonly suchprofil?: SuchprofilAlleInhalte;
}
/**
 * Message 0302: the answer to a 0301 request (`anfrageUUID`), with Prozesskatalog and Prozessbibliothek.
 * @xsd alleInhalte.antwort.0302 (its `suchprofilZitat` is a Suchprofil.Prozessklasse, sic)
 */
export interface AlleInhalteAntwort0302 extends Basisnachricht {
  readonly anfrageUUID: string;
  readonly suchprofilZitat?: SuchprofilProzessklasse;
  readonly prozesskatalog?: Prozesskatalog;
  readonly prozessbibliothek?: Prozessbibliothek;
}
/**
 * Message 0303: an export of Prozesskatalog and Prozessbibliothek together — the form the FIM Bund export takes.
 * @xsd alleInhalte.export.0303
 */
export interface AlleInhalteExport0303 extends Basisnachricht {
  readonly exportprofil?: SuchprofilAlleInhalte;
  readonly prozesskatalog?: Prozesskatalog;
  readonly prozessbibliothek?: Prozessbibliothek;
}

/** The content of each message, by root element name. */
export interface MessageContent {
  "prozesskatalog.anfrage.0101": ProzesskatalogAnfrage0101;
  "prozesskatalog.antwort.0102": ProzesskatalogAntwort0102;
  "prozesskatalog.export.0103": ProzesskatalogExport0103;
  "prozessbibliothek.anfrage.0201": ProzessbibliothekAnfrage0201;
  "prozessbibliothek.antwort.0202": ProzessbibliothekAntwort0202;
  "prozessbibliothek.export.0203": ProzessbibliothekExport0203;
  "alleInhalte.anfrage.0301": AlleInhalteAnfrage0301;
  "alleInhalte.antwort.0302": AlleInhalteAntwort0302;
  "alleInhalte.export.0303": AlleInhalteExport0303;
}

/** A message of the given kind: its content plus the root element name in `nachricht`. */
export type NachrichtVon<N extends MessageName> = N extends MessageName ? MessageContent[N] & { readonly nachricht: N } : never;

/** Any XProzess 2.0 message; narrow on `nachricht` (the root element name). */
export type Nachricht = { [N in MessageName]: NachrichtVon<N> }[MessageName];
