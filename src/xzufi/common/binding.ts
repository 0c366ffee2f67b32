/**
 * The XML binding of what every XZuFi version shares: the complex types that are the same in 2.2.0 and 2.3.1,
 * each typed by its interface in `model.ts` (`complex<M>()`, so `tsc` rejects a table that does not fit the model).
 * Every version's `binding.ts` re-exports all of them (`export *`) and states only what differs; the field lists
 * of types whose shape is shared but which refer to a type that differs are in `fields.ts`.
 *
 * Evidence: entries without `reconstructed` use names confirmed in real XML (2.2.0) or in code that reads real XML
 * (fact sheet "[XML]"). Entries with `reconstructed` take their name from the FIM Portal's JSON rendering
 * (snake_case → camelCase) or from analogy; their text says which.
 */

import { reconstructed as rc } from "../../core/binding/define.ts";
import { attribute, complex, element, text } from "../../core/binding/typed.ts";
import { ONLINEDIENST_LINKTYP_CODES } from "./code-order.ts";
import { onlinedienstLinktypCodeList, ZEITEINHEIT_VALUES, ZUSTAENDIGKEITSROLLE_VALUES } from "./codes.ts";
import { JSON_ } from "./evidence.ts";
import type * as M from "./model.ts";

// ---------------------------------------------------------------------------------------------------
// Shared building blocks (fact sheet §3)

/** `Identifikator`: text = the id; scheme attributes. Unique only together with `schemeAgencyID`. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Identifikator = complex<M.Identifikator>()("Identifikator", [
  text("value", "token"),
  attribute("schemeID", "token"),
  attribute("schemeName", "token"),
  attribute("schemeAgencyID", "token"),
  /** @reconstructed [JSON] */
  attribute("schemeAgencyName", "string", { reconstructed: JSON_("scheme_agency_name") }),
  /** @reconstructed [JSON] */
  attribute("schemeVersionID", "token", { reconstructed: JSON_("scheme_version_id") }),
  attribute("schemeDataURI", "token"),
  /** @reconstructed [JSON] */
  attribute("schemeURI", "token", { reconstructed: JSON_("scheme_uri") }),
]);

/** XÖV code: `listURI`/`listVersionID` attributes, unqualified `code` and `name` children. */
export const Code = complex<M.Code>()("Code", [
  attribute("listURI", "token"),
  attribute("listVersionID", "token"),
  element("code", "1", "token", { qualified: false }),
  /** @reconstructed namespace qualification inferred from xoev-code 1.0 */
  element("name", "?", "string", {
    qualified: false,
    reconstructed: "qualification inferred from xoev-code 1.0 (`code` is confirmed unqualified)",
  }),
]);

/** Localised text: content + `@languageCode`. */
export const StringLocalized = complex<M.StringLocalized>()("StringLocalized", [
  text("value", "string"),
  attribute("languageCode", "token"),
]);

/** `HyperlinkErweitert` (seen as `weiterfuehrenderLink`). */
export const HyperlinkErweitert = complex<M.HyperlinkErweitert>()("HyperlinkErweitert", [
  attribute("languageCode", "token"),
  element("uri", "1", "token"),
  element("titel", "?", "string"),
  element("beschreibung", "?", "string"),
  element("positionDarstellung", "?", "integer"),
]);

/** `Zeitraum` (seen as `gueltigkeit`). @reconstructed in part (fields wrapped in `rc(…)`). */
export const Zeitraum = complex<M.Zeitraum>()("Zeitraum", [
  element("beginn", "?", "token"),
  element("ende", "?", "token"),
  /** @reconstructed [JSON] */
  rc(element("zusatz", "*", StringLocalized), JSON_("zusatz")),
]);

/** `Versionsinformation`. @reconstructed in part (fields wrapped in `rc(…)`). */
export const Versionsinformation = complex<M.Versionsinformation>()("Versionsinformation", [
  /** @reconstructed [JSON] */
  rc(element("erstelltDatumZeit", "?", "dateTime"), JSON_("erstellt_datum_zeit")),
  /** @reconstructed [JSON] */
  rc(element("erstelltDurch", "?", "string"), JSON_("erstellt_durch")),
  element("geaendertDatumZeit", "?", "dateTime"),
  /** @reconstructed [JSON] */
  rc(element("geaendertDurch", "?", "string"), JSON_("geaendert_durch")),
  /** @reconstructed [JSON] */
  rc(element("version", "?", "token"), JSON_("version")),
]);

/** `Herausgeber` of a Leistung. @reconstructed [JSON] as a whole. */
export const Herausgeber = complex<M.Herausgeber>()(
  "Herausgeber",
  [
    element("id", "?", Identifikator),
    element("idSekundaer", "*", Identifikator),
    element("bezeichnung", "*", StringLocalized),
    element("kurzbezeichnung", "*", StringLocalized),
    element("beschreibung", "*", StringLocalized),
    element("standardZustaendigkeitsgebiet", "*", Identifikator),
  ].map((f) => rc(f, JSON_("herausgeber"))),
  { reconstructed: JSON_("herausgeber") },
);

// ---------------------------------------------------------------------------------------------------
// Fristen and Kosten (fact sheet §4)

/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const fristDauer = complex<M.FristDauer>()(
  "FristDauer",
  [
    element("dauer", "1", "integer"),
    element("einheit", "1", "token", { codeList: { uri: "Zeiteinheit", values: ZEITEINHEIT_VALUES, severity: "error" } }),
    rc(element("dauerBis", "?", "integer"), JSON_("dauer_bis")),
    rc(
      element("einheitBis", "?", "token", { codeList: { uri: "Zeiteinheit", values: ZEITEINHEIT_VALUES, severity: "error" } }),
      JSON_("einheit_bis"),
    ),
  ],
  { reconstructed: "[JSON] FristDauer; leaves `dauer`, `einheit` confirmed by BUND-T/Prototype, nesting not" },
);
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
const fristStichtag = complex<M.FristStichtag>()(
  "FristStichtag",
  [rc(element("von", "?", "token"), JSON_("von")), rc(element("bis", "?", "token"), JSON_("bis"))],
  { reconstructed: JSON_("FristStichtag") },
);

/** `fristauswahl`: exactly one of `fristDauer` / `fristStichtag` (checked by the rules). @reconstructed */
export const Fristauswahl = complex<M.Fristauswahl>()(
  "Fristauswahl",
  [
    rc(element("fristDauer", "?", fristDauer), "element name from the portal type `FristDauer`"),
    rc(element("fristStichtag", "?", fristStichtag), "element name from the portal type `FristStichtag`"),
  ],
  { reconstructed: JSON_("fristauswahl") },
);

/** Amount: decimal content + `@currencyCode`. @reconstructed from the portal type `Amount {value, currency_code}`. */
export const Betrag = complex<M.Betrag>()(
  "Betrag",
  [text("value", "decimal"), attribute("currencyCode", "token", { reconstructed: JSON_("Amount.currency_code") })],
  { reconstructed: "[JSON] Amount; BUND-T/Prototype reads leaves `betrag` and `waehrung` in real XML, so the currency may be an element" },
);

/** `kostenauswahl`: exactly one of `kostenFix` / `kostenFrei` / `kostenVariabel` (checked by the rules). @reconstructed */
export const Kostenauswahl = complex<M.Kostenauswahl>()(
  "Kostenauswahl",
  [
    rc(
      element("kostenFix", "?", complex<M.KostenFix>()("KostenFix", [element("betrag", "1", Betrag)])),
      "element name from the portal type `KostenFix`",
    ),
    rc(
      element(
        "kostenFrei",
        "?",
        complex<M.KostenFrei>()("KostenFrei", [
          rc(element("beschreibungKostenfreiheit", "*", StringLocalized), JSON_("beschreibung_kostenfreiheit")),
        ]),
      ),
      "element name from the portal type `KostenFrei`",
    ),
    rc(
      element(
        "kostenVariabel",
        "?",
        complex<M.KostenVariabel>()("KostenVariabel", [
          rc(element("betragUntergrenze", "?", Betrag), JSON_("betrag_untergrenze")),
          rc(element("betragObergrenze", "?", Betrag), JSON_("betrag_obergrenze")),
          rc(element("beschreibungVariabilitaet", "*", StringLocalized), JSON_("beschreibung_variabilitaet")),
        ]),
      ),
      "element name from the portal type `KostenVariabel`",
    ),
  ],
  { reconstructed: JSON_("kostenauswahl") },
);

/** `relevantFuerWirtschaftszweig`: a code with a specific id. @reconstructed [JSON] `{code, spezifische_id}`. */
export const Wirtschaftszweig = complex<M.Wirtschaftszweig>()(
  "Wirtschaftszweig",
  [
    attribute("listURI", "token"),
    attribute("listVersionID", "token"),
    element("code", "1", "token", { qualified: false }),
    element("name", "?", "string", { qualified: false }),
    rc(element("spezifischeId", "?", "token"), JSON_("spezifische_id")),
  ],
  { reconstructed: "[JSON] `{code, spezifische_id}`; modelled as an extension of the XÖV code" },
);

// ---------------------------------------------------------------------------------------------------
// Organisationseinheit, Zuständigkeit, Onlinedienst, Spezialisierung (fact sheet §5)

/** `zustaendigkeit` (inside an OE and in a transfer object) [XML]. */
export const Zustaendigkeit = complex<M.Zustaendigkeit>()("Zustaendigkeit", [
  element("id", "?", Identifikator),
  element("rolle", "?", Code, { codeList: { uri: "Zustaendigkeitsrolle", values: ZUSTAENDIGKEITSROLLE_VALUES, severity: "warning" } }),
  element("leistungID", "1", Identifikator),
  element("gebietID", "*", Identifikator),
]);

const verwaltungspolitischeKodierung = complex<M.VerwaltungspolitischeKodierung>()("VerwaltungspolitischeKodierung", [
  element("bundesland", "?", Code),
  element("gemeindeschluessel", "?", Code),
  element("regionalschluessel", "?", Code),
  element("staat", "?", Code),
]);

/** `anschrift` [XML]. */
export const Anschrift = complex<M.Anschrift>()("Anschrift", [
  element("typ", "?", Code),
  element("strasse", "?", "string"),
  element("hausnummer", "?", "string"),
  element("postfach", "?", "string"),
  element("postleitzahl", "?", "token"),
  element("ort", "?", "string"),
  element("verwaltungspolitischeKodierung", "?", verwaltungspolitischeKodierung),
]);

/** `kommunikation` [XML]. */
export const Kommunikation = complex<M.Kommunikation>()("Kommunikation", [element("kanal", "?", Code), element("kennung", "?", "string")]);

/** `organisationseinheit/name` [XML]. */
export const Organisationseinheitsname = complex<M.Organisationseinheitsname>()("Organisationseinheitsname", [
  element("name", "*", StringLocalized),
  element("kurzbezeichnung", "*", StringLocalized),
]);

/** `zustaendigkeitTransferObjekt` [XML]. */
export const ZustaendigkeitTransferObjekt = complex<M.ZustaendigkeitTransferObjekt>()("ZustaendigkeitTransferObjekt", [
  element("uebergeordnetesObjektID", "1", Identifikator),
  element("zustaendigkeit", "1", Zustaendigkeit),
]);

/** `onlinedienst/link` [XML]. */
export const OnlinedienstLink = complex<M.OnlinedienstLink>()("OnlinedienstLink", [
  attribute("languageCode", "token"),
  element("typ", "?", Code, {
    codeList: { uri: onlinedienstLinktypCodeList.uri, values: ONLINEDIENST_LINKTYP_CODES, severity: "warning" },
  }),
  element("link", "?", "token"),
  element("titel", "?", "string"),
]);

/**
 * `spezialisierung`: its structure is not public. Only an `id` is modelled (by analogy); every other child is
 * kept as it was read and written back unchanged.
 */
/** @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const Spezialisierung = complex<M.Spezialisierung>()(
  "Spezialisierung",
  [rc(element("id", "?", Identifikator), "structure not public; `id` by analogy to the other objects")],
  { reconstructed: "structure not public" },
);
