/**
 * The XML binding of XZuFi 2.2.0: every element name, its position, multiplicity and type — **the one place
 * to correct names** once the official XSD is available. Parsing, serialization, structural validation and the
 * builders' input schemas are all derived from these tables. The types every version shares are written once in
 * `../common/binding.ts` (re-exported here); this module states the 2.2.0 ones. Each table is typed by its
 * interface in `model.ts` (`complex<M>()`), so `tsc` rejects a table that does not fit the model.
 *
 * Evidence: entries without `reconstructed` use names confirmed in real XML or in code that reads real XML
 * (fact sheet "[XML]"). Entries with `reconstructed` (also tagged `@reconstructed` below) take their name from
 * the FIM Portal's JSON rendering (snake_case → camelCase) or from analogy; their text says which. The XSD
 * order of Leistung children is not public anywhere: the order here is the fact sheet's (portal model order,
 * consistent with the Berlin sample), and the parser accepts any order.
 */

import { reconstructed as rc } from "../../core/binding/define.ts";
import { attribute, complex, element } from "../../core/binding/typed.ts";
import type { PolymorphicType } from "../../core/binding/types.ts";
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
import { KOSTENTYP_VALUES, LEISTUNGSADRESSAT_VALUES, SIGNATUR_VALUES } from "./codes.ts";
import type * as M from "./model.ts";

export * from "../common/binding.ts";

/** `Sprachversion`. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Sprachversion = complex<M.Sprachversion>()("Sprachversion", sprachversionFields);

// ---------------------------------------------------------------------------------------------------
// Leistung (fact sheet §4)

const verrichtung = complex<M.Verrichtung>()("Verrichtung", [element("verrichtungLeiKa", "?", Code)]);

const strukturBase = [
  { kind: "xsiType", prop: "xsiType" },
  /** @reconstructed [JSON] */
  rc(element("leistungsgruppierung", "?", Code), JSON_("leistungsgruppierung")),
] as const;
const strukturMitVerrichtung = [
  ...strukturBase,
  element("leistungsobjektID", "?", Identifikator),
  element("verrichtung", "?", verrichtung),
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
  modulFields([
    element("positionDarstellung", "?", "integer"),
    element("inhalt", "*", StringLocalized),
    element("leikaTextmodul", "1", Code, {
      codeList: { uri: LEIKA_TEXTMODUL_LIST_URI, values: LEIKA_TEXTMODUL_VALUES, severity: "warning" },
    }),
    /** @reconstructed [JSON] */
    rc(element("leikaTextmodulAbweichendeBezeichnung", "*", StringLocalized), JSON_("leika_textmodul_abweichende_bezeichnung")),
    element("weiterfuehrenderLink", "*", HyperlinkErweitert),
  ]),
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
    element("linkKostenbildung", "?", "string"),
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
  ),
  { reconstructed: JSON_("modul_kosten") },
);

/** `modulBegriffImKontext` [XML]. */
export const ModulBegriffImKontext = complex<M.ModulBegriffImKontext>()(
  "ModulBegriffImKontext",
  modulFields([element("positionDarstellung", "?", "integer"), element("begriffImKontext", "*", begriffImKontext)]),
);

/** `modulFachlicheFreigabe` [XML]. */
export const ModulFachlicheFreigabe = complex<M.ModulFachlicheFreigabe>()(
  "ModulFachlicheFreigabe",
  modulFields([element("fachlichFreigegebenAm", "?", "token"), element("fachlichFreigegebenDurch", "*", StringLocalized)]),
);

/** `modulAuskunftshinweis`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulAuskunftshinweis = complex<M.ModulAuskunftshinweis>()(
  "ModulAuskunftshinweis",
  modulFields(
    [element("inhalt", "*", StringLocalized), element("weiterfuehrenderLink", "*", HyperlinkErweitert)],
    JSON_("modul_auskunftshinweis"),
  ),
  { reconstructed: JSON_("modul_auskunftshinweis") },
);

/** `Dokument` (2.2.0 shape). @reconstructed [JSON] as a whole. */
export const Dokument = complex<M.Dokument>()(
  "Dokument",
  [
    element("typ", "?", Code, { codeList: { uri: dokumenttypCodeList.uri, values: DOKUMENTTYP_CODES, severity: "info" } }),
    element("bezeichnung", "*", StringLocalized),
    element("beschreibung", "*", StringLocalized),
    element("referenzFormularID", "*", Identifikator),
    element("angabeSignatur", "?", Code, { codeList: { uri: "Signatur", values: SIGNATUR_VALUES, severity: "warning" } }),
  ].map((f) => rc(f, JSON_("dokument"))),
  { reconstructed: JSON_("Dokument") },
);

/** `modulDokument` (2.2.0 shape). Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulDokument = complex<M.ModulDokument>()(
  "ModulDokument",
  modulFields(
    [
      element("dokumentEingehend", "*", Dokument),
      element("dokumentAusgehend", "*", Dokument),
      element("beschreibung", "*", StringLocalized),
    ],
    JSON_("modul_dokument"),
  ),
  { reconstructed: JSON_("modul_dokument") },
);

/** `modulUrsprungsportal` [XML]. */
export const ModulUrsprungsportal = complex<M.ModulUrsprungsportal>()(
  "ModulUrsprungsportal",
  modulFields([
    attribute("languageCode", "token"),
    element("positionDarstellung", "?", "integer"),
    element("uri", "1", "token"),
    element("titel", "?", "string"),
  ]),
);

const kategorieklasse = complex<M.Kategorieklasse>()("Kategorieklasse", [
  element("id", "?", Identifikator),
  element("bezeichnung", "*", StringLocalized),
]);

/** `kategorie` (Leistungskategorie) [XML]. */
export const Leistungskategorie = complex<M.Leistungskategorie>()("Leistungskategorie", [
  element("id", "?", Identifikator),
  element("uebergeordneteKategorieID", "?", Identifikator),
  element("bezeichnung", "*", StringLocalized),
  element("beschreibung", "*", StringLocalized),
  element("klasse", "*", kategorieklasse),
]);

/** `leistung` (fact sheet §4.1). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Leistung = complex<M.Leistung>()("Leistung", [
  element("id", "1", Identifikator),
  element("idSekundaer", "*", Identifikator),
  element("struktur", "?", Leistungsstruktur),
  element("referenzLeiKa", "*", Code),
  element("modulText", "*", ModulText),
  /** @reconstructed [JSON] */
  rc(element("modulTextIndividuell", "*", ModulTextIndividuell), JSON_("modul_text_individuell")),
  element("modulFrist", "?", ModulFrist),
  element("modulKosten", "?", ModulKosten),
  element("modulBearbeitungsdauer", "?", ModulBearbeitungsdauer),
  element("modulBegriffImKontext", "*", ModulBegriffImKontext),
  element("modulFachlicheFreigabe", "?", ModulFachlicheFreigabe),
  /** @reconstructed [JSON] */
  rc(element("modulAuskunftshinweis", "?", ModulAuskunftshinweis), JSON_("modul_auskunftshinweis")),
  /** @reconstructed [JSON] */
  rc(element("modulDokument", "?", ModulDokument), JSON_("modul_dokument")),
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
  element("kennzeichenSchriftformerfordernis", "?", "boolean"),
  element("kategorie", "*", Leistungskategorie),
  /** @reconstructed [JSON] */
  rc(element("klassifizierung", "*", Code), JSON_("klassifizierung")),
  element("informationsbereichSDG", "*", Code),
  /** @reconstructed [JSON] */
  rc(element("idLeistungImKontext", "*", Identifikator), JSON_("id_leistung_im_kontext")),
  /** @reconstructed [JSON] */
  rc(element("idProzess", "*", Identifikator), JSON_("id_prozess")),
  /** @reconstructed [JSON] */
  rc(element("herausgeber", "?", Herausgeber), JSON_("herausgeber")),
  element("gueltigkeitGebietID", "*", Identifikator),
  element("kennzeichenEA", "?", "boolean"),
  /** @reconstructed [JSON] */
  rc(element("relevantFuerWirtschaftszweig", "*", Wirtschaftszweig), JSON_("relevant_fuer_wirtschaftszweig")),
  /** @reconstructed [JSON] */
  rc(element("relevantFuerRechtsform", "*", Code), JSON_("relevant_fuer_rechtsform")),
  /** @reconstructed [JSON] */
  rc(element("relevantFuerStaatsangehoerigkeit", "*", Code), JSON_("relevant_fuer_staatsangehoerigkeit")),
  element("versionsinformation", "?", Versionsinformation),
  element("sprachversion", "*", Sprachversion),
  element("gueltigkeit", "*", Zeitraum),
]);

// ---------------------------------------------------------------------------------------------------
// Organisationseinheit, Onlinedienst (fact sheet §5)

/** `organisationseinheit` [XML]. */
export const Organisationseinheit = complex<M.Organisationseinheit>()("Organisationseinheit", organisationseinheitFields(Sprachversion));

/** `onlinedienst` [XML]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Onlinedienst = complex<M.Onlinedienst>()("Onlinedienst", onlinedienstFields(Sprachversion));

// ---------------------------------------------------------------------------------------------------
// Transfer envelope (fact sheet §2.1)

/**
 * `nachrichtenkopf`: its content is not documented for 2.2. The two fields are the 2.1 ones; anything else in
 * it is kept as read.
 */
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const Nachrichtenkopf = complex<M.Nachrichtenkopf>()(
  "Nachrichtenkopf",
  [
    rc(element("nachrichtUUID", "?", "token"), "[XML] in 2.1 (`tometometome/test001`)"),
    rc(element("erstelltDatumZeit", "?", "dateTime"), "[XML] in 2.1 (`tometometome/test001`)"),
  ],
  { reconstructed: "content not documented for 2.2" },
);

/** `schreibe` as the binding reads it: every object optional (the rules check that exactly one is set). */
export type SchreibeFelder = M.Transaktion &
  M.WithUnknownContent & {
    readonly leistung?: M.Leistung;
    readonly organisationseinheit?: M.Organisationseinheit;
    readonly zustaendigkeitTransferObjekt?: M.ZustaendigkeitTransferObjekt;
    readonly spezialisierung?: M.Spezialisierung;
    readonly onlinedienst?: M.Onlinedienst;
  };

/** `schreibe`: create or update one object (exactly one of the object fields; checked by the rules). */
export const Schreibe = complex<SchreibeFelder>()("Schreibe", [
  ...transaktionFields,
  element("leistung", "?", Leistung),
  element("organisationseinheit", "?", Organisationseinheit),
  element("zustaendigkeitTransferObjekt", "?", ZustaendigkeitTransferObjekt),
  element("spezialisierung", "?", Spezialisierung),
  element("onlinedienst", "?", Onlinedienst),
]);

/** `loesche`: delete one object by id. */
export const Loesche = complex<M.Loesche>()("Loesche", loescheFields);

/** The transfer message (root element name not public; see `namespace.ts`). */
export const Nachricht = complex<M.Nachricht>()("Nachricht", nachrichtFields(Nachrichtenkopf, Schreibe, Loesche));
