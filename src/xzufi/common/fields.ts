/**
 * Field lists and inner types of the XZuFi binding that every version uses but does not publish: a module's
 * common fields, the shared parts of `Sprachversion`, `organisationseinheit`, `onlinedienst`, `schreibe`/`loesche`
 * and the transfer message (with the version's own types passed in), and the inner types of Fristen and Begriffe.
 * A version's `binding.ts` types each table it makes from them against its model (`complex<M>()`).
 */

import { reconstructed as rc } from "../../core/binding/define.ts";
import { attribute, complex, element } from "../../core/binding/typed.ts";
import type { ComplexType, Field } from "../../core/binding/types.ts";
import {
  Anschrift,
  Code,
  Fristauswahl,
  Identifikator,
  Kommunikation,
  OnlinedienstLink,
  Organisationseinheitsname,
  StringLocalized,
  Versionsinformation,
  Zeitraum,
  Zustaendigkeit,
} from "./binding.ts";
import { VERTRAUENSNIVEAU_CODES } from "./code-order.ts";
import { BEGRIFF_IM_KONTEXT_TYP_VALUES, FRISTTYP_VALUES, vertrauensniveauCodeList } from "./codes.ts";
import { JSON_ } from "./evidence.ts";
import type * as M from "./model.ts";

/** The fields of a `Sprachversion` in 2.2.0; later versions add their own after them. @reconstructed in part. */
export const sprachversionFields = [
  element("languageCode", "1", "token"),
  element("sprachbezeichnungDeutsch", "?", "string"),
  element("sprachbezeichnungNativ", "?", "string"),
  /** @reconstructed [JSON] */
  rc(element("erstelltDatumZeit", "?", "dateTime"), JSON_("erstellt_datum_zeit")),
  /** @reconstructed [JSON] */
  rc(element("erstelltDurch", "?", "string"), JSON_("erstellt_durch")),
  element("geaendertDatumZeit", "?", "dateTime"),
  /** @reconstructed [JSON] */
  rc(element("geaendertDurch", "?", "string"), JSON_("geaendert_durch")),
  /** @reconstructed [JSON] */
  rc(element("version", "?", "token"), JSON_("version")),
] as const;

/**
 * The fields of a Leistung module: `id?`, `idSekundaer*` before its own fields, then the version's `tail`
 * (2.3.1: `zugangskanal?`) and `gueltigkeit*`. With `ownEvidence`, the module's own elements and attributes are
 * marked reconstructed with it.
 */
export function modulFields<const O extends readonly Field[], const T extends readonly Field[] = readonly []>(
  own: O,
  ownEvidence?: string,
  tail?: T,
) {
  const own2 = ownEvidence === undefined ? own : own.map((f) => (f.kind === "element" || f.kind === "attribute" ? rc(f, ownEvidence) : f));
  return [
    /** @reconstructed [JSON] */
    rc(element("id", "?", Identifikator), JSON_("modul.id")),
    /** @reconstructed [JSON] */
    rc(element("idSekundaer", "*", Identifikator), JSON_("modul.id_sekundaer")),
    ...(own2 as readonly O[number][]),
    ...((tail ?? []) as readonly T[number][]),
    /** @reconstructed [JSON] */
    rc(element("gueltigkeit", "*", Zeitraum), JSON_("modul.gueltigkeit")),
  ];
}

/** A deadline with its type (`frist`). @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const fristMitTyp = complex<M.FristMitTyp>()(
  "FristMitTyp",
  [
    element("typ", "1", Code, { codeList: { uri: "Fristtyp", values: FRISTTYP_VALUES, severity: "warning" } }),
    element("fristauswahl", "1", Fristauswahl),
    element("beschreibung", "*", StringLocalized),
    element("positionDarstellung", "?", "integer"),
    element("gueltigkeit", "*", Zeitraum),
  ].map((f) => rc(f, JSON_("frist"))),
  { reconstructed: JSON_("FristMitTyp") },
);
/** A processing time (`bearbeitungsdauer`). @reconstructed in part: the fields wrapped in `rc(…)` carry their evidence. */
export const fristOhneTyp = complex<M.FristOhneTyp>()(
  "FristOhneTyp",
  [element("fristauswahl", "1", Fristauswahl), element("beschreibung", "*", StringLocalized)].map((f) => rc(f, JSON_("bearbeitungsdauer"))),
  { reconstructed: JSON_("FristOhneTyp") },
);

/** A term in context (`begriffImKontext`). */
export const begriffImKontext = complex<M.BegriffImKontext>()("BegriffImKontext", [
  element("begriff", "*", StringLocalized),
  element("typ", "?", Code, { codeList: { uri: "BegriffImKontext-Typ", values: BEGRIFF_IM_KONTEXT_TYP_VALUES, severity: "warning" } }),
]);

/** The fields of an `organisationseinheit` [XML] with the version's `Sprachversion` table. */
export function organisationseinheitFields<const S extends ComplexType>(sprachversion: S) {
  return [
    element("id", "1", Identifikator),
    element("idSekundaer", "*", Identifikator),
    element("externeOrganisationseinheitsermittlung", "?", "boolean"),
    element("name", "?", Organisationseinheitsname),
    element("beschreibung", "*", StringLocalized),
    element("kurzbeschreibung", "*", StringLocalized),
    element("infoOeffnungszeitenText", "*", StringLocalized),
    element("infoOEPNV", "*", StringLocalized),
    element("anschrift", "*", Anschrift),
    element("kommunikation", "*", Kommunikation),
    element("versionsinformation", "?", Versionsinformation),
    element("sprachversion", "*", sprachversion),
    element("gueltigkeit", "*", Zeitraum),
    element("zustaendigkeit", "*", Zustaendigkeit),
  ] as const;
}

/** The fields of an `onlinedienst` [XML] with the version's `Sprachversion` table. @reconstructed in part (fields wrapped in `rc(…)`). */
export function onlinedienstFields<const S extends ComplexType>(sprachversion: S) {
  return [
    { kind: "xsiType", prop: "xsiType" },
    element("id", "1", Identifikator),
    /** @reconstructed by analogy to the other objects */
    rc(element("idSekundaer", "*", Identifikator), "by analogy to Leistung and Organisationseinheit"),
    element("bezeichnung", "*", StringLocalized),
    element("link", "*", OnlinedienstLink),
    element("vertrauensniveau", "?", Code, {
      codeList: { uri: vertrauensniveauCodeList.uri, values: VERTRAUENSNIVEAU_CODES, severity: "error" },
    }),
    element("sprachversion", "*", sprachversion),
    /** @reconstructed by analogy to the other objects */
    rc(element("gueltigkeit", "*", Zeitraum), "by analogy to Leistung and Organisationseinheit"),
  ] as const;
}

// ---------------------------------------------------------------------------------------------------
// Transfer envelope (fact sheet §2.1)

/** The transaction fields of `schreibe` and `loesche`. */
export const transaktionFields = [
  /** @reconstructed position inside schreibe/loesche */
  rc(
    element("transaktionID", "?", "token"),
    "fact sheet §2.1 names it without a place; codedust/rongem reject unknown root children, so it is placed in schreibe/loesche",
  ),
  /** @reconstructed position inside schreibe/loesche */
  rc(element("transaktionPosition", "?", "token"), "as transaktionID"),
] as const;

/** The fields of a `loesche`: delete one object by id. */
export const loescheFields = [
  attribute("klasse", "token", { required: true }),
  ...transaktionFields,
  element("id", "1", Identifikator),
] as const;

/** The fields of the transfer message (root element name not public; see the version's `namespace.ts`). */
export function nachrichtFields<const N extends ComplexType, const S extends ComplexType, const L extends ComplexType>(
  nachrichtenkopf: N,
  schreibe: S,
  loesche: L,
) {
  return [
    attribute("xzufiVersion", "token"),
    attribute("produktbezeichnung", "string"),
    attribute("produkthersteller", "string"),
    attribute("produktversion", "string"),
    element("nachrichtenkopf", "1", nachrichtenkopf),
    {
      kind: "choice",
      prop: "operation",
      occurs: "*",
      options: [
        { name: "schreibe", type: schreibe },
        { name: "loesche", type: loesche },
      ],
    },
  ] as const;
}
