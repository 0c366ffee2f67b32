/**
 * Code lists used by XZuFi 2.2.0. Values come from the FIM Portal API enums (`fim-portal-cli`), list URIs from
 * real XML where seen. Labels are given only where a public source states them; most XZuFi code labels are
 * published on XRepository only. The LeiKa lists (Typisierung, text modules) live in `fim-xoev/leika`.
 */
export {
  LEIKA_TEXTMODUL_LIST_URI,
  LEIKA_TEXTMODUL_LIST_VERSION,
  LEIKA_TEXTMODUL_VALUES,
  LeikaTextmodul,
  leikaTextmodulName,
  TYPISIERUNG_LIST_URI,
  TYPISIERUNG_VALUES,
  Typisierung,
  typisierungBedeutung,
} from "../../leika/codes.ts";

/**
 * Classes of objects a `loesche` deletes (`loesche/@klasse`; `rongem/pvog`).
 */
export const LoescheKlasse = {
  leistung: "Leistung",
  organisationseinheit: "Organisationseinheit",
  zustaendigkeit: "Zustaendigkeit",
  leistungSpezialisierung: "LeistungSpezialisierung",
  onlinedienst: "Onlinedienst",
} as const;

/** One of the codes of {@link LoescheKlasse}. */
export type LoescheKlasse = (typeof LoescheKlasse)[keyof typeof LoescheKlasse];

/** Every `loesche/@klasse` value. */
export const LOESCHE_KLASSE_VALUES: readonly LoescheKlasse[] = Object.values(LoescheKlasse);

export {
  DOKUMENTTYP_LIST_URI,
  DOKUMENTTYP_VALUES,
  type Dokumenttyp,
  dokumenttypCodeList,
  ONLINEDIENST_LINKTYP_LIST_URI,
  ONLINEDIENST_LINKTYP_VALUES,
  type OnlinedienstLinktyp,
  onlinedienstLinktypCodeList,
  VERTRAUENSNIVEAU_LIST_URI,
  VERTRAUENSNIVEAU_VALUES,
  type Vertrauensniveau,
  vertrauensniveauCodeList,
} from "../common/codes.ts";

/** Addressees of a Leistung (`leistungsadressat`); the label of `003` is not public. List URI not public. */
export const Leistungsadressat = {
  buerger: "001",
  unternehmen: "002",
} as const;
/** Every known Leistungsadressat code, including the unlabelled `003`. */
export const LEISTUNGSADRESSAT_VALUES: readonly string[] = ["001", "002", "003"];

/** Fristtyp codes (`frist/typ`). Labels and list URI are not public. */
export const FRISTTYP_VALUES = ["001", "002", "003", "005", "006", "009"] as const;
/** One of {@link FRISTTYP_VALUES}. */
export type Fristtyp = (typeof FRISTTYP_VALUES)[number];

/** Kostentyp codes 001–018 (`kosten/typ`). Labels and list URI are not public. */
export const KOSTENTYP_VALUES: readonly string[] = Array.from({ length: 18 }, (_, i) => String(i + 1).padStart(3, "0"));

/** Types of a Begriff im Kontext (`begriffImKontext/typ`). Labels and list URI are not public. */
export const BEGRIFF_IM_KONTEXT_TYP_VALUES = ["001", "002", "003", "999"] as const;

/** Signature requirements of a Dokument (`angabeSignatur`). Labels are not public. */
export const SIGNATUR_VALUES = ["001", "004", "101", "102", "103", "104"] as const;

/** Roles of a Zuständigkeit; `01` = Zuständige Stelle und Ansprechpunkt (Berlin sample). */
export const Zustaendigkeitsrolle = {
  zustaendigeStelleUndAnsprechpunkt: "01",
} as const;
/** Every known Zuständigkeit role code. */
export const ZUSTAENDIGKEITSROLLE_VALUES: readonly string[] = Object.values(Zustaendigkeitsrolle);

/** Time units of a FristDauer (`einheit`, `einheitBis`). */
export const Zeiteinheit = {
  jahr: "JAHR",
  monat: "MONAT",
  woche: "WOCHE",
  tag: "TAG",
  werktag: "WERKTAG",
  stunde: "STUNDE",
  minute: "MINUTE",
  sekunde: "SEKUNDE",
  arbeitstag: "ARBEITSTAG",
} as const;
/** One of the codes of {@link Zeiteinheit}. */
export type Zeiteinheit = (typeof Zeiteinheit)[keyof typeof Zeiteinheit];
/** Every Zeiteinheit. */
export const ZEITEINHEIT_VALUES: readonly Zeiteinheit[] = Object.values(Zeiteinheit);

/** URI of the SDG Informationsbereich list; codes are 7 digits (e.g. `1010100`). */
export const SDG_INFORMATIONSBEREICH_LIST_URI = "urn:xoev-de:fim:codeliste:sdginformationsbereich";
