/**
 * The XML binding of XZuFi 2.3.1: every element name, its position, multiplicity and type — **the one place
 * to correct names** once the official XSD is available. Parsing, serialization, structural validation and the
 * builders' input schemas are all derived from these tables. The types every version shares are written once in
 * `../common/binding.ts` (re-exported here); this module states the 2.3.1 ones. Each table is typed by its
 * interface in `model.ts` (`complex<M>()`), so `tsc` rejects a table that does not fit the model.
 *
 * Evidence: no public 2.3.1 XML exists. Entries without `reconstructed` carry names confirmed in real **2.2.0**
 * XML and assumed unchanged in 2.3.1. Entries with `reconstructed` (also tagged `@reconstructed` below) are the
 * 2.3.1 changes, named from the FIM Portal's JSON rendering `Leistung231` (snake_case → camelCase), or other
 * analogies; their text says which. The XSD order is not public: the parser accepts any order.
 */

import { reconstructed as rc } from "../../core/binding/define.ts";
import { attribute, complex, element } from "../../core/binding/typed.ts";
import type { PolymorphicType } from "../../core/binding/types.ts";
import { codesOf } from "../../core/codelists/code.ts";
import { LEIKA_TEXTMODUL_LIST_URI, LEIKA_TEXTMODUL_VALUES, TYPISIERUNG_LIST_URI, TYPISIERUNG_VALUES } from "../../leika/codes.ts";
import {
  Code,
  Herausgeber,
  HyperlinkErweitert,
  Identifikator,
  Kostenauswahl,
  Spezialisierung,
  StringLocalized,
  Versionsinformation,
  Wirtschaftszweig,
  Zeitraum,
  ZustaendigkeitTransferObjekt,
} from "../common/binding.ts";
import { DOKUMENTTYP_CODES, VERTRAUENSNIVEAU_CODES } from "../common/code-order.ts";
import { dokumenttypCodeList, vertrauensniveauCodeList } from "../common/codes.ts";
import { JSON_ } from "../common/evidence.ts";
import {
  begriffImKontext,
  fristMitTyp,
  fristOhneTyp,
  loescheFields,
  modulFields,
  nachrichtFields,
  onlinedienstFields,
  organisationseinheitFields,
  sprachversionFields,
  transaktionFields,
} from "../common/fields.ts";
import {
  BEZUGSORT_VALUES,
  DETAILSTUFE_VALUES,
  DOKUMENTPFLICHTANGABETYP_VALUES,
  DYNAMISCHE_PARAMETER_TYP_VALUES,
  EINHEITLICHE_STELLE_VALUES,
  KATEGORIEKLASSE_TYP_VALUES,
  KOSTENTYP_VALUES,
  LEISTUNGSADRESSAT_VALUES,
  SIGNATUR_VALUES,
  STAATENGRUPPE_VALUES,
  statusCodeList,
  ZUGANGSKANAL_VALUES,
} from "./codes.ts";
import type * as M from "./model.ts";

export * from "../common/binding.ts";

const JSON231 = (snake: string) => `[JSON] FIM Portal Leistung231 \`${snake}\` (2.3.1 change)`;

/** `Sprachversion`: the 2.2.0 fields and the 2.3.1 machine translation. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Sprachversion = complex<M.Sprachversion>()("Sprachversion", [
  ...sprachversionFields,
  /** @reconstructed [JSON] 2.3.1 */
  rc(element("kennzeichenMaschinelleUebersetzung", "?", "boolean"), JSON231("kennzeichen_maschinelle_uebersetzung")),
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element(
      "maschinelleUebersetzung",
      "?",
      complex<M.MaschinelleUebersetzung>()(
        "MaschinelleUebersetzung",
        [element("originalSprache", "?", "token"), element("originalID", "?", "token"), element("uebersetztDurch", "?", "string")].map(
          (f) => rc(f, JSON231("maschinelle_uebersetzung")),
        ),
        { reconstructed: JSON231("maschinelle_uebersetzung") },
      ),
    ),
    JSON231("maschinelle_uebersetzung"),
  ),
]);

/** The field 2.3.1 adds to every Leistung module, before `gueltigkeit`. */
const ZUGANGSKANAL = [
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element("zugangskanal", "?", Code, { codeList: { uri: "Zugangskanal", values: ZUGANGSKANAL_VALUES, severity: "warning" } }),
    JSON231("modul.zugangskanal"),
  ),
] as const;

// ---------------------------------------------------------------------------------------------------
// Leistung (fact sheet §4)

const strukturBase = [
  { kind: "xsiType", prop: "xsiType" },
  /** @reconstructed [JSON] 2.3.1 */
  rc(element("leistungsgruppierungLeiKa", "?", Code), JSON231("leistungsgruppierung_leika")),
] as const;
const strukturMitVerrichtung = [
  ...strukturBase,
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `leistungsobjektID`, confirmed) */
  rc(element("leistungsobjektID", "?", Identifikator), JSON231("leistungsobjekt_id")),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `verrichtung/verrichtungLeiKa`) */
  rc(element("verrichtungLeiKa", "?", Code), JSON231("verrichtung_leika")),
] as const;

/** `struktur`: three variants chosen by `xsi:type` (fact sheet §4.3). */
export const Leistungsstruktur: PolymorphicType<M.Leistungsstruktur> = {
  kind: "polymorphic",
  name: "Leistungsstruktur",
  variants: [
    complex<M.LeistungsstrukturObjekt>()("LeistungsstrukturObjekt", strukturBase),
    complex<M.LeistungsstrukturObjektMitVerrichtung>()("LeistungsstrukturObjektMitVerrichtung", strukturMitVerrichtung),
    complex<M.LeistungsstrukturObjektMitVerrichtungUndDetail>()("LeistungsstrukturObjektMitVerrichtungUndDetail", [
      ...strukturMitVerrichtung,
      element("verrichtungsdetail", "*", StringLocalized),
    ]),
  ],
};

/** `modulText` (LeiKa text module). @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulText = complex<M.ModulText>()(
  "ModulText",
  modulFields(
    [
      element("positionDarstellung", "?", "integer"),
      element("inhalt", "*", StringLocalized),
      element("leikaTextmodul", "1", Code, {
        codeList: { uri: LEIKA_TEXTMODUL_LIST_URI, values: LEIKA_TEXTMODUL_VALUES, severity: "warning" },
      }),
      /** @reconstructed [JSON] */
      rc(element("leikaTextmodulAbweichendeBezeichnung", "*", StringLocalized), JSON_("leika_textmodul_abweichende_bezeichnung")),
      element("weiterfuehrenderLink", "*", HyperlinkErweitert),
    ],
    undefined,
    ZUGANGSKANAL,
  ),
);

/** `modulTextIndividuell`. @reconstructed [JSON] as a whole. */
export const ModulTextIndividuell = complex<M.ModulTextIndividuell>()(
  "ModulTextIndividuell",
  modulFields(
    [
      element("individuellesTextmodultyp", "?", Code),
      element("inhalt", "*", StringLocalized),
      element("weiterfuehrenderLink", "*", HyperlinkErweitert),
    ],
    JSON_("modul_text_individuell"),
    ZUGANGSKANAL,
  ),
  { reconstructed: JSON_("modul_text_individuell") },
);

/** `modulFrist`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulFrist = complex<M.ModulFrist>()(
  "ModulFrist",
  modulFields(
    [
      element("frist", "*", fristMitTyp),
      element("beschreibung", "*", StringLocalized),
      element("weiterfuehrenderLink", "*", HyperlinkErweitert),
    ],
    JSON_("modul_frist"),
    ZUGANGSKANAL,
  ),
  { reconstructed: JSON_("modul_frist") },
);

/** `modulBearbeitungsdauer`. Structure [JSON]. */
export const ModulBearbeitungsdauer = complex<M.ModulBearbeitungsdauer>()(
  "ModulBearbeitungsdauer",
  modulFields(
    [
      element("bearbeitungsdauer", "*", fristOhneTyp),
      element("beschreibung", "*", StringLocalized),
      element("weiterfuehrenderLink", "*", HyperlinkErweitert),
    ],
    JSON_("modul_bearbeitungsdauer"),
    ZUGANGSKANAL,
  ),
  { reconstructed: JSON_("modul_bearbeitungsdauer") },
);

/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const kosten = complex<M.Kosten>()(
  "Kosten",
  [
    element("typ", "1", Code, { codeList: { uri: "Kostentyp", values: KOSTENTYP_VALUES, severity: "warning" } }),
    element("kostenauswahl", "1", Kostenauswahl),
    element("beschreibung", "*", StringLocalized),
    element("vorkasse", "?", "boolean"),
    /** @reconstructed [JSON] 2.3.1: links instead of a string */
    element("linkKostenbildung", "*", HyperlinkErweitert),
    element("positionDarstellung", "?", "integer"),
    element("gueltigkeit", "*", Zeitraum),
  ].map((f) => rc(f, JSON_("kosten"))),
  { reconstructed: JSON_("Kosten") },
);

/** `modulKosten`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulKosten = complex<M.ModulKosten>()(
  "ModulKosten",
  modulFields(
    [
      element("kosten", "*", kosten),
      element("beschreibung", "*", StringLocalized),
      element("weiterfuehrenderLink", "*", HyperlinkErweitert),
    ],
    JSON_("modul_kosten"),
    ZUGANGSKANAL,
  ),
  { reconstructed: JSON_("modul_kosten") },
);

/** `modulBegriffImKontext` [XML]. */
export const ModulBegriffImKontext = complex<M.ModulBegriffImKontext>()(
  "ModulBegriffImKontext",
  modulFields(
    [element("positionDarstellung", "?", "integer"), element("begriffImKontext", "*", begriffImKontext)],
    undefined,
    ZUGANGSKANAL,
  ),
);

/** `modulFachlicheFreigabe` [XML]. */
export const ModulFachlicheFreigabe = complex<M.ModulFachlicheFreigabe>()(
  "ModulFachlicheFreigabe",
  modulFields(
    [element("fachlichFreigegebenAm", "?", "token"), element("fachlichFreigegebenDurch", "*", StringLocalized)],
    undefined,
    ZUGANGSKANAL,
  ),
);

/** `modulAuskunftshinweis`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulAuskunftshinweis = complex<M.ModulAuskunftshinweis>()(
  "ModulAuskunftshinweis",
  modulFields(
    [element("inhalt", "*", StringLocalized), element("weiterfuehrenderLink", "*", HyperlinkErweitert)],
    JSON_("modul_auskunftshinweis"),
    ZUGANGSKANAL,
  ),
  { reconstructed: JSON_("modul_auskunftshinweis") },
);

/** `Dokument` (2.3.1 shape: `art`, `formularReferenz`). @reconstructed [JSON] as a whole. */
export const Dokument = complex<M.Dokument>()(
  "Dokument",
  [
    element("art", "?", Code, { codeList: { uri: dokumenttypCodeList.uri, values: DOKUMENTTYP_CODES, severity: "info" } }),
    element("bezeichnung", "*", StringLocalized),
    element("beschreibung", "*", StringLocalized),
    element("formularReferenz", "*", Identifikator),
    element("angabeSignatur", "?", Code, { codeList: { uri: "Signatur", values: SIGNATUR_VALUES, severity: "warning" } }),
  ].map((f) => rc(f, JSON231("dokument"))),
  { reconstructed: JSON231("Dokument") },
);

/** An incoming document with its obligation (2.3.1). @reconstructed [JSON]. */
export const DokumentEingehend = complex<M.DokumentEingehend>()(
  "DokumentEingehend",
  [
    element("pflichtangabetyp", "?", Code, {
      codeList: { uri: "Dokumentpflichtangabetyp", values: DOKUMENTPFLICHTANGABETYP_VALUES, severity: "warning" },
    }),
    element("pflichtangabeGrundKontextabhaengigkeit", "*", StringLocalized),
    element("kennzeichenAusloeser", "?", "boolean"),
    element("dokument", "1", Dokument),
  ].map((f) => rc(f, JSON231("dokument_eingehend"))),
  { reconstructed: JSON231("dokument_eingehend") },
);

/** `modulDokument` (2.3.1 shape). Structure [JSON]. */
export const ModulDokument = complex<M.ModulDokument>()(
  "ModulDokument",
  modulFields(
    [
      element("dokumentEingehend", "*", DokumentEingehend),
      element("dokumentAusgehend", "*", Dokument),
      element("beschreibungEingehend", "*", StringLocalized),
      element("beschreibungAusgehend", "*", StringLocalized),
    ],
    JSON231("modul_dokument"),
    ZUGANGSKANAL,
  ),
  { reconstructed: JSON231("modul_dokument") },
);

/** `modulUrsprungsportal` [XML]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulUrsprungsportal = complex<M.ModulUrsprungsportal>()(
  "ModulUrsprungsportal",
  modulFields(
    [
      attribute("languageCode", "token"),
      element("positionDarstellung", "?", "integer"),
      element("uri", "1", "token"),
      element("titel", "?", "string"),
      /** @reconstructed [JSON] 2.3.1 */
      rc(
        element(
          "dynamischeParameter",
          "*",
          complex<M.DynamischeParameter>()(
            "DynamischeParameter",
            [
              element("typ", "?", Code, {
                codeList: { uri: "DynamischeParameter-Typ", values: DYNAMISCHE_PARAMETER_TYP_VALUES, severity: "warning" },
              }),
              element("parameterName", "?", "token"),
            ].map((f) => rc(f, JSON231("dynamische_parameter"))),
            { reconstructed: JSON231("dynamische_parameter") },
          ),
        ),
        JSON231("dynamische_parameter"),
      ),
    ],
    undefined,
    ZUGANGSKANAL,
  ),
);

/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const kategorieklasse = complex<M.Kategorieklasse>()("Kategorieklasse", [
  element("id", "?", Identifikator),
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element("typ", "?", Code, { codeList: { uri: "Kategorieklasse-Typ", values: KATEGORIEKLASSE_TYP_VALUES, severity: "warning" } }),
    JSON231("klasse.typ"),
  ),
  element("bezeichnung", "*", StringLocalized),
]);

/** `kategorie` (2.3.1 `Kategorie`). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Kategorie = complex<M.Kategorie>()("Kategorie", [
  element("id", "?", Identifikator),
  element("uebergeordneteKategorieID", "?", Identifikator),
  /** @reconstructed [JSON] 2.3.1 */
  rc(element("untergeordneteKategorieID", "*", Identifikator), JSON231("untergeordnete_kategorie_id")),
  element("bezeichnung", "*", StringLocalized),
  element("beschreibung", "*", StringLocalized),
  element("klasse", "*", kategorieklasse),
  /** @reconstructed [JSON] 2.3.1 */
  rc(element("piktogrammID", "?", Identifikator), JSON231("piktogramm_id")),
]);

/** `informationsbereicheSDG` (2.3.1): SDG Informationsbereiche 1 and 2. @reconstructed [JSON]. */
export const InformationsbereicheSDG = complex<M.InformationsbereicheSDG>()(
  "InformationsbereicheSDG",
  [element("informationsbereichSDG1", "*", Code), element("informationsbereichSDG2", "*", Code)].map((f) =>
    rc(f, JSON231("informationsbereiche_sdg")),
  ),
  { reconstructed: JSON231("informationsbereiche_sdg") },
);

/** `relevantFuerStaatsangehoerigkeit` (2.3.1 `Staatsangaben`). @reconstructed [JSON]. */
export const Staatsangaben = complex<M.Staatsangaben>()(
  "Staatsangaben",
  [
    element("staatsangehoerigkeit", "*", Code),
    element("staatengruppe", "*", Code, { codeList: { uri: "Staatengruppe", values: STAATENGRUPPE_VALUES, severity: "warning" } }),
  ].map((f) => rc(f, JSON231("staatsangaben"))),
  { reconstructed: JSON231("Staatsangaben") },
);

/** `leistung` (fact sheet §4.1 and the 2.3.1 changes of §4.2). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Leistung = complex<M.Leistung>()("Leistung", [
  element("id", "1", Identifikator),
  element("idSekundaer", "*", Identifikator),
  element("struktur", "?", Leistungsstruktur),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `referenzLeiKa`, a Code) */
  rc(element("referenzLeistungsschluessel", "*", Identifikator), JSON231("referenz_leistungsschluessel")),
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element("statusKatalog", "?", Code, { codeList: { uri: statusCodeList.uri, values: codesOf(statusCodeList), severity: "error" } }),
    JSON231("status_katalog"),
  ),
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element("statusBibliothek", "?", Code, { codeList: { uri: statusCodeList.uri, values: codesOf(statusCodeList), severity: "error" } }),
    JSON231("status_bibliothek"),
  ),
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element("detailstufe", "?", Code, { codeList: { uri: "Detaillierungsstufe", values: DETAILSTUFE_VALUES, severity: "warning" } }),
    JSON231("detailstufe"),
  ),
  /** @reconstructed [JSON] 2.3.1 */
  rc(
    element("bezugsortTyp", "?", Code, { codeList: { uri: "Bezugsort", values: BEZUGSORT_VALUES, severity: "warning" } }),
    JSON231("bezugsort_typ"),
  ),
  element("modulText", "*", ModulText),
  /** @reconstructed [JSON] */
  rc(element("modulTextIndividuell", "*", ModulTextIndividuell), JSON_("modul_text_individuell")),
  /** 2.3.1: repeated (0..1 in 2.2.0) */
  rc(element("modulFrist", "*", ModulFrist), JSON231("modul_frist[]")),
  /** 2.3.1: repeated */
  rc(element("modulKosten", "*", ModulKosten), JSON231("modul_kosten[]")),
  /** 2.3.1: repeated */
  rc(element("modulBearbeitungsdauer", "*", ModulBearbeitungsdauer), JSON231("modul_bearbeitungsdauer[]")),
  element("modulBegriffImKontext", "*", ModulBegriffImKontext),
  /** 2.3.1: repeated */
  rc(element("modulFachlicheFreigabe", "*", ModulFachlicheFreigabe), JSON231("modul_fachliche_freigabe[]")),
  /** @reconstructed [JSON] */
  rc(element("modulAuskunftshinweis", "*", ModulAuskunftshinweis), JSON231("modul_auskunftshinweis[]")),
  /** @reconstructed [JSON] */
  rc(element("modulDokument", "*", ModulDokument), JSON231("modul_dokument[]")),
  element("modulUrsprungsportal", "*", ModulUrsprungsportal),
  element("typisierung", "*", Code, { codeList: { uri: TYPISIERUNG_LIST_URI, values: TYPISIERUNG_VALUES, severity: "error" } }),
  /** @reconstructed [JSON] on Leistung ([XML] on Onlinedienst) */
  rc(
    element("vertrauensniveau", "?", Code, {
      codeList: { uri: vertrauensniveauCodeList.uri, values: VERTRAUENSNIVEAU_CODES, severity: "error" },
    }),
    JSON_("vertrauensniveau"),
  ),
  element("leistungsadressat", "*", Code, {
    codeList: { uri: "Leistungsadressat", values: LEISTUNGSADRESSAT_VALUES, severity: "warning" },
  }),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `kennzeichenSchriftformerfordernis`) */
  rc(element("kennzeichenFormularSchriftformerfordernis", "?", "boolean"), JSON231("kennzeichen_formular_schriftformerfordernis")),
  /** @reconstructed [JSON] 2.3.1 */
  rc(element("kennzeichenFormularPersoenlich", "?", "boolean"), JSON231("kennzeichen_formular_persoenlich")),
  /** @reconstructed [JSON] 2.3.1 */
  rc(element("kennzeichenFormularFormlos", "?", "boolean"), JSON231("kennzeichen_formular_formlos")),
  element("kategorie", "*", Kategorie),
  /** @reconstructed [JSON] */
  rc(element("klassifizierung", "*", Code), JSON_("klassifizierung")),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: repeated `informationsbereichSDG`) */
  rc(element("informationsbereicheSDG", "?", InformationsbereicheSDG), JSON231("informationsbereiche_sdg")),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `idLeistungImKontext`) */
  rc(element("leistungImKontextID", "*", Identifikator), JSON231("leistung_im_kontext_id")),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `idProzess`) */
  rc(element("prozessID", "*", Identifikator), JSON231("prozess_id")),
  /** @reconstructed [JSON] */
  rc(element("herausgeber", "?", Herausgeber), JSON_("herausgeber")),
  element("gueltigkeitGebietID", "*", Identifikator),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `kennzeichenEA`) */
  rc(
    element("durchfuehrbarEinheitlicheStelle", "*", Code, {
      codeList: { uri: "Einheitliche Stelle", values: EINHEITLICHE_STELLE_VALUES, severity: "warning" },
    }),
    JSON231("durchfuehrbar_einheitliche_stelle"),
  ),
  /** @reconstructed [JSON] */
  rc(element("relevantFuerWirtschaftszweig", "*", Wirtschaftszweig), JSON_("relevant_fuer_wirtschaftszweig")),
  /** @reconstructed [JSON] 2.3.1: Rechtsform codes (6 digits) */
  rc(element("relevantFuerRechtsform", "*", Code), JSON231("relevant_fuer_rechtsform")),
  /** @reconstructed [JSON] 2.3.1: Staatsangaben */
  rc(element("relevantFuerStaatsangehoerigkeit", "?", Staatsangaben), JSON231("relevant_fuer_staatsangehoerigkeit")),
  /** @reconstructed [JSON] 2.3.1 (2.2.0: `versionsinformation`) */
  rc(element("versionsinformationen", "?", Versionsinformation), JSON231("versionsinformationen")),
  element("sprachversion", "*", Sprachversion),
  element("gueltigkeit", "*", Zeitraum),
]);

// ---------------------------------------------------------------------------------------------------
// Organisationseinheit, Onlinedienst, Formular (fact sheet §5)

/** `organisationseinheit` [XML]. */
export const Organisationseinheit = complex<M.Organisationseinheit>()("Organisationseinheit", organisationseinheitFields(Sprachversion));

/** `onlinedienst` [XML]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Onlinedienst = complex<M.Onlinedienst>()("Onlinedienst", onlinedienstFields(Sprachversion));

/**
 * `formular`: the 2.3 object class the PVOG names; element name and structure are not public. Only an `id` is
 * modelled (by analogy); every other child is kept as it was read and written back unchanged.
 */
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const Formular = complex<M.Formular>()(
  "Formular",
  [rc(element("id", "?", Identifikator), "structure not public; `id` by analogy to the other objects")],
  { reconstructed: "PVOG object class Formulare (2.3); element name and structure not public" },
);

// ---------------------------------------------------------------------------------------------------
// Transfer envelope (fact sheet §2.1)

/**
 * `nachrichtenkopf`: its content is not documented for 2.2 or 2.3.1. The two fields are the 2.1 ones; anything else in
 * it is kept as read.
 */
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const Nachrichtenkopf = complex<M.Nachrichtenkopf>()(
  "Nachrichtenkopf",
  [
    rc(element("nachrichtUUID", "?", "token"), "[XML] in 2.1 (`tometometome/test001`)"),
    rc(element("erstelltDatumZeit", "?", "dateTime"), "[XML] in 2.1 (`tometometome/test001`)"),
  ],
  { reconstructed: "content not documented for 2.2 or 2.3.1" },
);

/** `schreibe` as the binding reads it: every object optional (the rules check that exactly one is set). */
export type SchreibeFelder = M.Transaktion &
  M.WithUnknownContent & {
    readonly leistung?: M.Leistung;
    readonly organisationseinheit?: M.Organisationseinheit;
    readonly zustaendigkeitTransferObjekt?: M.ZustaendigkeitTransferObjekt;
    readonly spezialisierung?: M.Spezialisierung;
    readonly onlinedienst?: M.Onlinedienst;
    readonly formular?: M.Formular;
  };

/** `schreibe`: create or update one object (exactly one of the object fields; checked by the rules). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Schreibe = complex<SchreibeFelder>()("Schreibe", [
  ...transaktionFields,
  element("leistung", "?", Leistung),
  element("organisationseinheit", "?", Organisationseinheit),
  element("zustaendigkeitTransferObjekt", "?", ZustaendigkeitTransferObjekt),
  element("spezialisierung", "?", Spezialisierung),
  element("onlinedienst", "?", Onlinedienst),
  /** @reconstructed element name of the PVOG object class Formulare */
  rc(element("formular", "?", Formular), "PVOG object class Formulare; element name not public"),
]);

/** `loesche`: delete one object by id. */
export const Loesche = complex<M.Loesche>()("Loesche", loescheFields);

/** The transfer message (root element name not public; see `namespace.ts`). */
export const Nachricht = complex<M.Nachricht>()("Nachricht", nachrichtFields(Nachrichtenkopf, Schreibe, Loesche));
