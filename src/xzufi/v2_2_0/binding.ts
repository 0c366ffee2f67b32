/**
 * The XML binding of XZuFi 2.2.0: every element name, its position, multiplicity and type — **the one place
 * to correct names** once the official XSD is available. Parsing, serialization, structural validation and the
 * builders' input schemas are all derived from these tables.
 *
 * Evidence: entries without `reconstructed` use names confirmed in real XML or in code that reads real XML
 * (fact sheet "[XML]"). Entries with `reconstructed` (also tagged `@reconstructed` below) take their name from
 * the FIM Portal's JSON rendering (snake_case → camelCase) or from analogy; their text says which. The XSD
 * order of Leistung children is not public anywhere: the order here is the fact sheet's (portal model order,
 * consistent with the Berlin sample), and the parser accepts any order.
 */

import { attributeField as attr, elementField as el, reconstructed as rc } from "../../core/binding/define.ts";
import { type ComplexType, complexType as complex, type Field, type PolymorphicType } from "../../core/binding/types.ts";
import { LEIKA_TEXTMODUL_LIST_URI, LEIKA_TEXTMODUL_VALUES, TYPISIERUNG_LIST_URI, TYPISIERUNG_VALUES } from "../../leika/codes.ts";
import { DOKUMENTTYP_CODES, ONLINEDIENST_LINKTYP_CODES, VERTRAUENSNIVEAU_CODES } from "../common/code-order.ts";
import { dokumenttypCodeList, onlinedienstLinktypCodeList, vertrauensniveauCodeList } from "../common/codes.ts";
import {
  BEGRIFF_IM_KONTEXT_TYP_VALUES,
  FRISTTYP_VALUES,
  KOSTENTYP_VALUES,
  LEISTUNGSADRESSAT_VALUES,
  SIGNATUR_VALUES,
  ZEITEINHEIT_VALUES,
  ZUSTAENDIGKEITSROLLE_VALUES,
} from "./codes.ts";

const JSON_ = (snake: string) => `[JSON] FIM Portal \`${snake}\``;

// ---------------------------------------------------------------------------------------------------
// Shared building blocks (fact sheet §3)

/** `Identifikator`: text = the id; scheme attributes. Unique only together with `schemeAgencyID`. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Identifikator = complex("Identifikator", [
  { kind: "text", prop: "value", type: "token" },
  attr("schemeID"),
  attr("schemeName"),
  attr("schemeAgencyID"),
  /** @reconstructed [JSON] */
  attr("schemeAgencyName", "string", { reconstructed: JSON_("scheme_agency_name") }),
  /** @reconstructed [JSON] */
  attr("schemeVersionID", "token", { reconstructed: JSON_("scheme_version_id") }),
  attr("schemeDataURI"),
  /** @reconstructed [JSON] */
  attr("schemeURI", "token", { reconstructed: JSON_("scheme_uri") }),
]);

/** XÖV code: `listURI`/`listVersionID` attributes, unqualified `code` and `name` children. */
export const Code = complex("Code", [
  attr("listURI"),
  attr("listVersionID"),
  el("code", "1", "token", { qualified: false }),
  /** @reconstructed namespace qualification inferred from xoev-code 1.0 */
  el("name", "?", "string", {
    qualified: false,
    reconstructed: "qualification inferred from xoev-code 1.0 (`code` is confirmed unqualified)",
  }),
]);

/** Localised text: content + `@languageCode`. */
export const StringLocalized = complex("StringLocalized", [{ kind: "text", prop: "value", type: "string" }, attr("languageCode")]);

/** `HyperlinkErweitert` (seen as `weiterfuehrenderLink`). */
export const HyperlinkErweitert = complex("HyperlinkErweitert", [
  attr("languageCode"),
  el("uri", "1", "token"),
  el("titel", "?", "string"),
  el("beschreibung", "?", "string"),
  el("positionDarstellung", "?", "integer"),
]);

/** `Zeitraum` (seen as `gueltigkeit`). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Zeitraum = complex("Zeitraum", [
  el("beginn", "?", "token"),
  el("ende", "?", "token"),
  /** @reconstructed [JSON] */
  rc(el("zusatz", "*", StringLocalized), JSON_("zusatz")),
]);

/** `Versionsinformation`. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Versionsinformation = complex("Versionsinformation", [
  /** @reconstructed [JSON] */
  rc(el("erstelltDatumZeit", "?", "dateTime"), JSON_("erstellt_datum_zeit")),
  /** @reconstructed [JSON] */
  rc(el("erstelltDurch", "?", "string"), JSON_("erstellt_durch")),
  el("geaendertDatumZeit", "?", "dateTime"),
  /** @reconstructed [JSON] */
  rc(el("geaendertDurch", "?", "string"), JSON_("geaendert_durch")),
  /** @reconstructed [JSON] */
  rc(el("version", "?", "token"), JSON_("version")),
]);

/** `Sprachversion`. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Sprachversion = complex("Sprachversion", [
  el("languageCode", "1", "token"),
  el("sprachbezeichnungDeutsch", "?", "string"),
  el("sprachbezeichnungNativ", "?", "string"),
  /** @reconstructed [JSON] */
  rc(el("erstelltDatumZeit", "?", "dateTime"), JSON_("erstellt_datum_zeit")),
  /** @reconstructed [JSON] */
  rc(el("erstelltDurch", "?", "string"), JSON_("erstellt_durch")),
  el("geaendertDatumZeit", "?", "dateTime"),
  /** @reconstructed [JSON] */
  rc(el("geaendertDurch", "?", "string"), JSON_("geaendert_durch")),
  /** @reconstructed [JSON] */
  rc(el("version", "?", "token"), JSON_("version")),
]);

/** `Herausgeber` of a Leistung. @reconstructed [JSON] as a whole. */
export const Herausgeber = complex(
  "Herausgeber",
  [
    el("id", "?", Identifikator),
    el("idSekundaer", "*", Identifikator),
    el("bezeichnung", "*", StringLocalized),
    el("kurzbezeichnung", "*", StringLocalized),
    el("beschreibung", "*", StringLocalized),
    el("standardZustaendigkeitsgebiet", "*", Identifikator),
  ].map((f) => rc(f, JSON_("herausgeber"))),
  JSON_("herausgeber"),
);

/** Fields every Leistung module has besides its own: `id?`, `idSekundaer*` (before) and `gueltigkeit*` (after). */
function modul(name: string, own: readonly Field[], ownEvidence?: string): ComplexType {
  const own2 = ownEvidence === undefined ? own : own.map((f) => (f.kind === "element" || f.kind === "attribute" ? rc(f, ownEvidence) : f));
  return complex(
    name,
    [
      /** @reconstructed [JSON] */
      rc(el("id", "?", Identifikator), JSON_("modul.id")),
      /** @reconstructed [JSON] */
      rc(el("idSekundaer", "*", Identifikator), JSON_("modul.id_sekundaer")),
      ...own2,
      /** @reconstructed [JSON] */
      rc(el("gueltigkeit", "*", Zeitraum), JSON_("modul.gueltigkeit")),
    ],
    ownEvidence,
  );
}

// ---------------------------------------------------------------------------------------------------
// Leistung (fact sheet §4)

const verrichtung = complex("Verrichtung", [el("verrichtungLeiKa", "?", Code)]);

const strukturBase: Field[] = [
  { kind: "xsiType", prop: "xsiType" },
  /** @reconstructed [JSON] */
  rc(el("leistungsgruppierung", "?", Code), JSON_("leistungsgruppierung")),
];
const strukturMitVerrichtung: Field[] = [...strukturBase, el("leistungsobjektID", "?", Identifikator), el("verrichtung", "?", verrichtung)];

/** `struktur`: three variants chosen by `xsi:type` (fact sheet §4.3). */
export const Leistungsstruktur: PolymorphicType = {
  kind: "polymorphic",
  name: "Leistungsstruktur",
  variants: [
    complex("LeistungsstrukturObjekt", strukturBase),
    complex("LeistungsstrukturObjektMitVerrichtung", strukturMitVerrichtung),
    complex("LeistungsstrukturObjektMitVerrichtungUndDetail", [...strukturMitVerrichtung, el("verrichtungsdetail", "*", StringLocalized)]),
  ],
};

/** `modulText` (LeiKa text module). @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulText = modul("ModulText", [
  el("positionDarstellung", "?", "integer"),
  el("inhalt", "*", StringLocalized),
  el("leikaTextmodul", "1", Code, { codeList: { uri: LEIKA_TEXTMODUL_LIST_URI, values: LEIKA_TEXTMODUL_VALUES, severity: "warning" } }),
  /** @reconstructed [JSON] */
  rc(el("leikaTextmodulAbweichendeBezeichnung", "*", StringLocalized), JSON_("leika_textmodul_abweichende_bezeichnung")),
  el("weiterfuehrenderLink", "*", HyperlinkErweitert),
]);

/** `modulTextIndividuell`. @reconstructed [JSON] as a whole. */
export const ModulTextIndividuell = modul(
  "ModulTextIndividuell",
  [el("individuellesTextmodultyp", "?", Code), el("inhalt", "*", StringLocalized), el("weiterfuehrenderLink", "*", HyperlinkErweitert)],
  JSON_("modul_text_individuell"),
);

/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const fristDauer = complex(
  "FristDauer",
  [
    el("dauer", "1", "integer"),
    el("einheit", "1", "token", { codeList: { uri: "Zeiteinheit", values: ZEITEINHEIT_VALUES, severity: "error" } }),
    rc(el("dauerBis", "?", "integer"), JSON_("dauer_bis")),
    rc(
      el("einheitBis", "?", "token", { codeList: { uri: "Zeiteinheit", values: ZEITEINHEIT_VALUES, severity: "error" } }),
      JSON_("einheit_bis"),
    ),
  ],
  "[JSON] FristDauer; leaves `dauer`, `einheit` confirmed by BUND-T/Prototype, nesting not",
);
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const fristStichtag = complex(
  "FristStichtag",
  [rc(el("von", "?", "token"), JSON_("von")), rc(el("bis", "?", "token"), JSON_("bis"))],
  JSON_("FristStichtag"),
);

/** `fristauswahl`: exactly one of `fristDauer` / `fristStichtag` (checked by the rules). @reconstructed */
export const Fristauswahl = complex(
  "Fristauswahl",
  [
    rc(el("fristDauer", "?", fristDauer), "element name from the portal type `FristDauer`"),
    rc(el("fristStichtag", "?", fristStichtag), "element name from the portal type `FristStichtag`"),
  ],
  JSON_("fristauswahl"),
);

/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const fristMitTyp = complex(
  "FristMitTyp",
  [
    el("typ", "1", Code, { codeList: { uri: "Fristtyp", values: FRISTTYP_VALUES, severity: "warning" } }),
    el("fristauswahl", "1", Fristauswahl),
    el("beschreibung", "*", StringLocalized),
    el("positionDarstellung", "?", "integer"),
    el("gueltigkeit", "*", Zeitraum),
  ].map((f) => rc(f, JSON_("frist"))),
  JSON_("FristMitTyp"),
);
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const fristOhneTyp = complex(
  "FristOhneTyp",
  [el("fristauswahl", "1", Fristauswahl), el("beschreibung", "*", StringLocalized)].map((f) => rc(f, JSON_("bearbeitungsdauer"))),
  JSON_("FristOhneTyp"),
);

/** `modulFrist`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulFrist = modul(
  "ModulFrist",
  [el("frist", "*", fristMitTyp), el("beschreibung", "*", StringLocalized), el("weiterfuehrenderLink", "*", HyperlinkErweitert)],
  JSON_("modul_frist"),
);

/** `modulBearbeitungsdauer`. Structure [JSON]. */
export const ModulBearbeitungsdauer = modul(
  "ModulBearbeitungsdauer",
  [
    el("bearbeitungsdauer", "*", fristOhneTyp),
    el("beschreibung", "*", StringLocalized),
    el("weiterfuehrenderLink", "*", HyperlinkErweitert),
  ],
  JSON_("modul_bearbeitungsdauer"),
);

/** Amount: decimal content + `@currencyCode`. @reconstructed from the portal type `Amount {value, currency_code}`. */
export const Betrag = complex(
  "Betrag",
  [{ kind: "text", prop: "value", type: "decimal" }, attr("currencyCode", "token", { reconstructed: JSON_("Amount.currency_code") })],
  "[JSON] Amount; BUND-T/Prototype reads leaves `betrag` and `waehrung` in real XML, so the currency may be an element",
);

/** `kostenauswahl`: exactly one of `kostenFix` / `kostenFrei` / `kostenVariabel` (checked by the rules). @reconstructed */
export const Kostenauswahl = complex(
  "Kostenauswahl",
  [
    rc(el("kostenFix", "?", complex("KostenFix", [el("betrag", "1", Betrag)])), "element name from the portal type `KostenFix`"),
    rc(
      el(
        "kostenFrei",
        "?",
        complex("KostenFrei", [rc(el("beschreibungKostenfreiheit", "*", StringLocalized), JSON_("beschreibung_kostenfreiheit"))]),
      ),
      "element name from the portal type `KostenFrei`",
    ),
    rc(
      el(
        "kostenVariabel",
        "?",
        complex("KostenVariabel", [
          rc(el("betragUntergrenze", "?", Betrag), JSON_("betrag_untergrenze")),
          rc(el("betragObergrenze", "?", Betrag), JSON_("betrag_obergrenze")),
          rc(el("beschreibungVariabilitaet", "*", StringLocalized), JSON_("beschreibung_variabilitaet")),
        ]),
      ),
      "element name from the portal type `KostenVariabel`",
    ),
  ],
  JSON_("kostenauswahl"),
);

/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const kosten = complex(
  "Kosten",
  [
    el("typ", "1", Code, { codeList: { uri: "Kostentyp", values: KOSTENTYP_VALUES, severity: "warning" } }),
    el("kostenauswahl", "1", Kostenauswahl),
    el("beschreibung", "*", StringLocalized),
    el("vorkasse", "?", "boolean"),
    el("linkKostenbildung", "?", "string"),
    el("positionDarstellung", "?", "integer"),
    el("gueltigkeit", "*", Zeitraum),
  ].map((f) => rc(f, JSON_("kosten"))),
  JSON_("Kosten"),
);

/** `modulKosten`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulKosten = modul(
  "ModulKosten",
  [el("kosten", "*", kosten), el("beschreibung", "*", StringLocalized), el("weiterfuehrenderLink", "*", HyperlinkErweitert)],
  JSON_("modul_kosten"),
);

const begriffImKontext = complex("BegriffImKontext", [
  el("begriff", "*", StringLocalized),
  el("typ", "?", Code, { codeList: { uri: "BegriffImKontext-Typ", values: BEGRIFF_IM_KONTEXT_TYP_VALUES, severity: "warning" } }),
]);

/** `modulBegriffImKontext` [XML]. */
export const ModulBegriffImKontext = modul("ModulBegriffImKontext", [
  el("positionDarstellung", "?", "integer"),
  el("begriffImKontext", "*", begriffImKontext),
]);

/** `modulFachlicheFreigabe` [XML]. */
export const ModulFachlicheFreigabe = modul("ModulFachlicheFreigabe", [
  el("fachlichFreigegebenAm", "?", "token"),
  el("fachlichFreigegebenDurch", "*", StringLocalized),
]);

/** `modulAuskunftshinweis`. Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulAuskunftshinweis = modul(
  "ModulAuskunftshinweis",
  [el("inhalt", "*", StringLocalized), el("weiterfuehrenderLink", "*", HyperlinkErweitert)],
  JSON_("modul_auskunftshinweis"),
);

/** `Dokument` (2.2.0 shape). @reconstructed [JSON] as a whole. */
export const Dokument = complex(
  "Dokument",
  [
    el("typ", "?", Code, { codeList: { uri: dokumenttypCodeList.uri, values: DOKUMENTTYP_CODES, severity: "info" } }),
    el("bezeichnung", "*", StringLocalized),
    el("beschreibung", "*", StringLocalized),
    el("referenzFormularID", "*", Identifikator),
    el("angabeSignatur", "?", Code, { codeList: { uri: "Signatur", values: SIGNATUR_VALUES, severity: "warning" } }),
  ].map((f) => rc(f, JSON_("dokument"))),
  JSON_("Dokument"),
);

/** `modulDokument` (2.2.0 shape). Structure [JSON]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const ModulDokument = modul(
  "ModulDokument",
  [el("dokumentEingehend", "*", Dokument), el("dokumentAusgehend", "*", Dokument), el("beschreibung", "*", StringLocalized)],
  JSON_("modul_dokument"),
);

/** `modulUrsprungsportal` [XML]. */
export const ModulUrsprungsportal = modul("ModulUrsprungsportal", [
  attr("languageCode"),
  el("positionDarstellung", "?", "integer"),
  el("uri", "1", "token"),
  el("titel", "?", "string"),
]);

const kategorieklasse = complex("Kategorieklasse", [el("id", "?", Identifikator), el("bezeichnung", "*", StringLocalized)]);

/** `kategorie` (Leistungskategorie) [XML]. */
export const Leistungskategorie = complex("Leistungskategorie", [
  el("id", "?", Identifikator),
  el("uebergeordneteKategorieID", "?", Identifikator),
  el("bezeichnung", "*", StringLocalized),
  el("beschreibung", "*", StringLocalized),
  el("klasse", "*", kategorieklasse),
]);

/** `relevantFuerWirtschaftszweig`: a code with a specific id. @reconstructed [JSON] `{code, spezifische_id}`. */
export const Wirtschaftszweig = complex(
  "Wirtschaftszweig",
  [
    attr("listURI"),
    attr("listVersionID"),
    el("code", "1", "token", { qualified: false }),
    el("name", "?", "string", { qualified: false }),
    rc(el("spezifischeId", "?", "token"), JSON_("spezifische_id")),
  ],
  "[JSON] `{code, spezifische_id}`; modelled as an extension of the XÖV code",
);

/** `leistung` (fact sheet §4.1). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Leistung = complex("Leistung", [
  el("id", "1", Identifikator),
  el("idSekundaer", "*", Identifikator),
  el("struktur", "?", Leistungsstruktur),
  el("referenzLeiKa", "*", Code),
  el("modulText", "*", ModulText),
  /** @reconstructed [JSON] */
  rc(el("modulTextIndividuell", "*", ModulTextIndividuell), JSON_("modul_text_individuell")),
  el("modulFrist", "?", ModulFrist),
  el("modulKosten", "?", ModulKosten),
  el("modulBearbeitungsdauer", "?", ModulBearbeitungsdauer),
  el("modulBegriffImKontext", "*", ModulBegriffImKontext),
  el("modulFachlicheFreigabe", "?", ModulFachlicheFreigabe),
  /** @reconstructed [JSON] */
  rc(el("modulAuskunftshinweis", "?", ModulAuskunftshinweis), JSON_("modul_auskunftshinweis")),
  /** @reconstructed [JSON] */
  rc(el("modulDokument", "?", ModulDokument), JSON_("modul_dokument")),
  el("modulUrsprungsportal", "*", ModulUrsprungsportal),
  el("typisierung", "*", Code, { codeList: { uri: TYPISIERUNG_LIST_URI, values: TYPISIERUNG_VALUES, severity: "error" } }),
  /** @reconstructed [JSON] on Leistung ([XML] on Onlinedienst) */
  rc(
    el("vertrauensniveau", "?", Code, {
      codeList: { uri: vertrauensniveauCodeList.uri, values: VERTRAUENSNIVEAU_CODES, severity: "error" },
    }),
    JSON_("vertrauensniveau"),
  ),
  el("leistungsadressat", "*", Code, { codeList: { uri: "Leistungsadressat", values: LEISTUNGSADRESSAT_VALUES, severity: "warning" } }),
  el("kennzeichenSchriftformerfordernis", "?", "boolean"),
  el("kategorie", "*", Leistungskategorie),
  /** @reconstructed [JSON] */
  rc(el("klassifizierung", "*", Code), JSON_("klassifizierung")),
  el("informationsbereichSDG", "*", Code),
  /** @reconstructed [JSON] */
  rc(el("idLeistungImKontext", "*", Identifikator), JSON_("id_leistung_im_kontext")),
  /** @reconstructed [JSON] */
  rc(el("idProzess", "*", Identifikator), JSON_("id_prozess")),
  /** @reconstructed [JSON] */
  rc(el("herausgeber", "?", Herausgeber), JSON_("herausgeber")),
  el("gueltigkeitGebietID", "*", Identifikator),
  el("kennzeichenEA", "?", "boolean"),
  /** @reconstructed [JSON] */
  rc(el("relevantFuerWirtschaftszweig", "*", Wirtschaftszweig), JSON_("relevant_fuer_wirtschaftszweig")),
  /** @reconstructed [JSON] */
  rc(el("relevantFuerRechtsform", "*", Code), JSON_("relevant_fuer_rechtsform")),
  /** @reconstructed [JSON] */
  rc(el("relevantFuerStaatsangehoerigkeit", "*", Code), JSON_("relevant_fuer_staatsangehoerigkeit")),
  el("versionsinformation", "?", Versionsinformation),
  el("sprachversion", "*", Sprachversion),
  el("gueltigkeit", "*", Zeitraum),
]);

// ---------------------------------------------------------------------------------------------------
// Organisationseinheit, Zuständigkeit, Onlinedienst, Spezialisierung (fact sheet §5)

/** `zustaendigkeit` (inside an OE and in a transfer object) [XML]. */
export const Zustaendigkeit = complex("Zustaendigkeit", [
  el("id", "?", Identifikator),
  el("rolle", "?", Code, { codeList: { uri: "Zustaendigkeitsrolle", values: ZUSTAENDIGKEITSROLLE_VALUES, severity: "warning" } }),
  el("leistungID", "1", Identifikator),
  el("gebietID", "*", Identifikator),
]);

const verwaltungspolitischeKodierung = complex("VerwaltungspolitischeKodierung", [
  el("bundesland", "?", Code),
  el("gemeindeschluessel", "?", Code),
  el("regionalschluessel", "?", Code),
  el("staat", "?", Code),
]);

/** `anschrift` [XML]. */
export const Anschrift = complex("Anschrift", [
  el("typ", "?", Code),
  el("strasse", "?", "string"),
  el("hausnummer", "?", "string"),
  el("postfach", "?", "string"),
  el("postleitzahl", "?", "token"),
  el("ort", "?", "string"),
  el("verwaltungspolitischeKodierung", "?", verwaltungspolitischeKodierung),
]);

/** `kommunikation` [XML]. */
export const Kommunikation = complex("Kommunikation", [el("kanal", "?", Code), el("kennung", "?", "string")]);

/** `organisationseinheit/name` [XML]. */
export const Organisationseinheitsname = complex("Organisationseinheitsname", [
  el("name", "*", StringLocalized),
  el("kurzbezeichnung", "*", StringLocalized),
]);

/** `organisationseinheit` [XML]. */
export const Organisationseinheit = complex("Organisationseinheit", [
  el("id", "1", Identifikator),
  el("idSekundaer", "*", Identifikator),
  el("externeOrganisationseinheitsermittlung", "?", "boolean"),
  el("name", "?", Organisationseinheitsname),
  el("beschreibung", "*", StringLocalized),
  el("kurzbeschreibung", "*", StringLocalized),
  el("infoOeffnungszeitenText", "*", StringLocalized),
  el("infoOEPNV", "*", StringLocalized),
  el("anschrift", "*", Anschrift),
  el("kommunikation", "*", Kommunikation),
  el("versionsinformation", "?", Versionsinformation),
  el("sprachversion", "*", Sprachversion),
  el("gueltigkeit", "*", Zeitraum),
  el("zustaendigkeit", "*", Zustaendigkeit),
]);

/** `zustaendigkeitTransferObjekt` [XML]. */
export const ZustaendigkeitTransferObjekt = complex("ZustaendigkeitTransferObjekt", [
  el("uebergeordnetesObjektID", "1", Identifikator),
  el("zustaendigkeit", "1", Zustaendigkeit),
]);

/** `onlinedienst/link` [XML]. */
export const OnlinedienstLink = complex("OnlinedienstLink", [
  attr("languageCode"),
  el("typ", "?", Code, {
    codeList: { uri: onlinedienstLinktypCodeList.uri, values: ONLINEDIENST_LINKTYP_CODES, severity: "warning" },
  }),
  el("link", "?", "token"),
  el("titel", "?", "string"),
]);

/** `onlinedienst` [XML]. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Onlinedienst = complex("Onlinedienst", [
  { kind: "xsiType", prop: "xsiType" },
  el("id", "1", Identifikator),
  /** @reconstructed by analogy to the other objects */
  rc(el("idSekundaer", "*", Identifikator), "by analogy to Leistung and Organisationseinheit"),
  el("bezeichnung", "*", StringLocalized),
  el("link", "*", OnlinedienstLink),
  el("vertrauensniveau", "?", Code, {
    codeList: { uri: vertrauensniveauCodeList.uri, values: VERTRAUENSNIVEAU_CODES, severity: "error" },
  }),
  el("sprachversion", "*", Sprachversion),
  /** @reconstructed by analogy to the other objects */
  rc(el("gueltigkeit", "*", Zeitraum), "by analogy to Leistung and Organisationseinheit"),
]);

/**
 * `spezialisierung`: its structure is not public. Only an `id` is modelled (by analogy); every other child is
 * kept as it was read and written back unchanged.
 */
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const Spezialisierung = complex(
  "Spezialisierung",
  [rc(el("id", "?", Identifikator), "structure not public; `id` by analogy to the other objects")],
  "structure not public",
);

// ---------------------------------------------------------------------------------------------------
// Transfer envelope (fact sheet §2.1)

/**
 * `nachrichtenkopf`: its content is not documented for 2.2. The two fields are the 2.1 ones; anything else in
 * it is kept as read.
 */
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const Nachrichtenkopf = complex(
  "Nachrichtenkopf",
  [
    rc(el("nachrichtUUID", "?", "token"), "[XML] in 2.1 (`tometometome/test001`)"),
    rc(el("erstelltDatumZeit", "?", "dateTime"), "[XML] in 2.1 (`tometometome/test001`)"),
  ],
  "content not documented for 2.2",
);

const transaktion: Field[] = [
  /** @reconstructed position inside schreibe/loesche */
  rc(
    el("transaktionID", "?", "token"),
    "fact sheet §2.1 names it without a place; codedust/rongem reject unknown root children, so it is placed in schreibe/loesche",
  ),
  /** @reconstructed position inside schreibe/loesche */
  rc(el("transaktionPosition", "?", "token"), "as transaktionID"),
];

/** `schreibe`: create or update one object (exactly one of the object fields; checked by the rules). */
export const Schreibe = complex("Schreibe", [
  ...transaktion,
  el("leistung", "?", Leistung),
  el("organisationseinheit", "?", Organisationseinheit),
  el("zustaendigkeitTransferObjekt", "?", ZustaendigkeitTransferObjekt),
  el("spezialisierung", "?", Spezialisierung),
  el("onlinedienst", "?", Onlinedienst),
]);

/** `loesche`: delete one object by id. */
export const Loesche = complex("Loesche", [attr("klasse", "token", { required: true }), ...transaktion, el("id", "1", Identifikator)]);

/** The transfer message (root element name not public; see `namespace.ts`). */
export const Nachricht = complex("Nachricht", [
  attr("xzufiVersion"),
  attr("produktbezeichnung", "string"),
  attr("produkthersteller", "string"),
  attr("produktversion", "string"),
  el("nachrichtenkopf", "1", Nachrichtenkopf),
  {
    kind: "choice",
    prop: "operation",
    occurs: "*",
    options: [
      { name: "schreibe", type: Schreibe },
      { name: "loesche", type: Loesche },
    ],
  },
]);
