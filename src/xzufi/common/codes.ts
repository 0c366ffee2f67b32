/**
 * The XZuFi code lists that are the same in every version, as `CodeList` objects (`core/codelists/code.ts`):
 * URI, values and labels in one place. Values come from the FIM Portal API enums (`fim-portal-cli`), list URIs
 * from real XML; most labels are published on XRepository only, so a label is empty where no public source
 * states it. Every version module re-exports all of them (`export *`), with the former `FOO_VALUES` /
 * `FOO_LIST_URI` pairs as deprecated aliases; a version's `codes.ts` adds only the lists in which it differs.
 */
import type { CodeList } from "../../core/codelists/code.ts";
import { DOKUMENTTYP_CODES, ONLINEDIENST_LINKTYP_CODES, ohneLabels, VERTRAUENSNIVEAU_CODES } from "./code-order.ts";

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

/** One Vertrauensniveau (level of assurance) code. */
export type Vertrauensniveau = "00" | "10" | "15" | "20" | "30" | "40";

/** One link type of an Onlinedienst. */
export type OnlinedienstLinktyp = "01";

/**
 * Vertrauensniveau of a Leistung or Onlinedienst; the binding rejects other codes. Labels are not public.
 *
 * @codelist urn:xoev-de:fim:codeliste:vertrauensniveau
 *
 * @example
 * ```ts
 * import { isCodeOf } from "fim-xoev/codelists";
 * import { vertrauensniveauCodeList } from "fim-xoev/xzufi/v2_3_1";
 * console.log(isCodeOf(vertrauensniveauCodeList, "20"), vertrauensniveauCodeList.uri); // true urn:xoev-de:fim:codeliste:vertrauensniveau
 * ```
 */
export const vertrauensniveauCodeList: CodeList<Vertrauensniveau> = {
  uri: "urn:xoev-de:fim:codeliste:vertrauensniveau",
  versionFixed: false,
  closed: true,
  labels: ohneLabels(VERTRAUENSNIVEAU_CODES),
};

/**
 * Link types of an Onlinedienst (`onlinedienst/link/typ`); only `01` is seen in public data, others are a
 * warning.
 *
 * @codelist urn:xoev-de:fim:codeliste:onlinedienstlinktyp
 *
 * @example
 * ```ts
 * import { codesOf } from "fim-xoev/codelists";
 * import { onlinedienstLinktypCodeList } from "fim-xoev/xzufi/v2_3_1";
 * console.log(codesOf(onlinedienstLinktypCodeList)); // ["01"]
 * ```
 */
export const onlinedienstLinktypCodeList: CodeList<OnlinedienstLinktyp> = {
  uri: "urn:xoev-de:fim:codeliste:onlinedienstlinktyp",
  versionFixed: false,
  closed: false,
  labels: ohneLabels(ONLINEDIENST_LINKTYP_CODES),
};

/** One Dokumenttyp code (001–028, 999; free values are allowed as well). */
export type Dokumenttyp = string;

/**
 * Dokumenttyp codes 001–028 and 999 (version 5); free values are allowed as well (other codes are an info).
 *
 * @codelist urn:de:fim:codeliste:dokumenttyp
 *
 * @example
 * ```ts
 * import { isCodeOf } from "fim-xoev/codelists";
 * import { dokumenttypCodeList } from "fim-xoev/xzufi/v2_3_1";
 * console.log(isCodeOf(dokumenttypCodeList, "999")); // true; other values are allowed too (an info)
 * ```
 */
export const dokumenttypCodeList: CodeList<Dokumenttyp> = {
  uri: "urn:de:fim:codeliste:dokumenttyp",
  version: "5",
  versionFixed: false,
  closed: false,
  labels: ohneLabels(DOKUMENTTYP_CODES),
};

/** @deprecated use `vertrauensniveauCodeList` (`isCodeOf`, `codesOf`). */
export const VERTRAUENSNIVEAU_VALUES: readonly Vertrauensniveau[] = VERTRAUENSNIVEAU_CODES;
/** @deprecated use `vertrauensniveauCodeList.uri`. */
export const VERTRAUENSNIVEAU_LIST_URI: string = vertrauensniveauCodeList.uri;
/** @deprecated use `onlinedienstLinktypCodeList` (`isCodeOf`, `codesOf`). */
export const ONLINEDIENST_LINKTYP_VALUES: readonly OnlinedienstLinktyp[] = ONLINEDIENST_LINKTYP_CODES;
/** @deprecated use `onlinedienstLinktypCodeList.uri`. */
export const ONLINEDIENST_LINKTYP_LIST_URI: string = onlinedienstLinktypCodeList.uri;
/** @deprecated use `dokumenttypCodeList` (`isCodeOf`, `codesOf`). */
export const DOKUMENTTYP_VALUES: readonly string[] = DOKUMENTTYP_CODES;
/** @deprecated use `dokumenttypCodeList.uri`. */
export const DOKUMENTTYP_LIST_URI: string = dokumenttypCodeList.uri;

/**
 * Addressees of a Leistung (`leistungsadressat`); the label of `003` is not public. List URI not public.
 *
 * @example
 * ```ts
 * import { createLeistung, Leistungsadressat } from "fim-xoev/xzufi/v2_3_1";
 * const l = createLeistung({ id: { value: "99108001000000" }, leistungsadressat: [{ code: Leistungsadressat.buerger }] });
 * console.log(l.leistungsadressat[0]?.code); // "001"
 * ```
 */
export const Leistungsadressat = {
  buerger: "001",
  unternehmen: "002",
} as const;
/**
 * Every known Leistungsadressat code, including the unlabelled `003`.
 *
 * @example
 * ```ts
 * import { LEISTUNGSADRESSAT_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(LEISTUNGSADRESSAT_VALUES.includes("003")); // true
 * ```
 */
export const LEISTUNGSADRESSAT_VALUES: readonly string[] = ["001", "002", "003"];

/**
 * Fristtyp codes (`frist/typ`). Labels and list URI are not public.
 *
 * @example
 * ```ts
 * import { type Fristtyp, FRISTTYP_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * const typ: Fristtyp = FRISTTYP_VALUES[0];
 * console.log(typ); // "001"
 * ```
 */
export const FRISTTYP_VALUES = ["001", "002", "003", "005", "006", "009"] as const;
/** One of {@link FRISTTYP_VALUES}. */
export type Fristtyp = (typeof FRISTTYP_VALUES)[number];

/**
 * Kostentyp codes 001–018 (`kosten/typ`). Labels and list URI are not public.
 *
 * @example
 * ```ts
 * import { KOSTENTYP_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(KOSTENTYP_VALUES.length); // 18 (001–018)
 * ```
 */
export const KOSTENTYP_VALUES: readonly string[] = Array.from({ length: 18 }, (_, i) => String(i + 1).padStart(3, "0"));

/**
 * Types of a Begriff im Kontext (`begriffImKontext/typ`). Labels and list URI are not public.
 *
 * @example
 * ```ts
 * import { BEGRIFF_IM_KONTEXT_TYP_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(BEGRIFF_IM_KONTEXT_TYP_VALUES.join(", ")); // 001, 002, 003, 999
 * ```
 */
export const BEGRIFF_IM_KONTEXT_TYP_VALUES = ["001", "002", "003", "999"] as const;

/**
 * Signature requirements of a Dokument (`angabeSignatur`). Labels are not public.
 *
 * @example
 * ```ts
 * import { SIGNATUR_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log((SIGNATUR_VALUES as readonly string[]).includes("101")); // true
 * ```
 */
export const SIGNATUR_VALUES = ["001", "004", "101", "102", "103", "104"] as const;

/**
 * Roles of a Zuständigkeit; `01` = Zuständige Stelle und Ansprechpunkt (Berlin sample).
 *
 * @example
 * ```ts
 * import { createZustaendigkeitTransferObjekt, Zustaendigkeitsrolle } from "fim-xoev/xzufi/v2_3_1";
 * const z = createZustaendigkeitTransferObjekt({
 *   uebergeordnetesObjektID: { value: "OE-4711", schemeAgencyID: "S100001" },
 *   zustaendigkeit: { leistungID: { value: "99108001000000" }, rolle: { code: Zustaendigkeitsrolle.zustaendigeStelleUndAnsprechpunkt } },
 * });
 * console.log(z.zustaendigkeit.rolle?.code); // "01"
 * ```
 */
export const Zustaendigkeitsrolle = {
  zustaendigeStelleUndAnsprechpunkt: "01",
} as const;
/**
 * Every known Zuständigkeit role code.
 *
 * @example
 * ```ts
 * import { ZUSTAENDIGKEITSROLLE_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(ZUSTAENDIGKEITSROLLE_VALUES); // ["01"]
 * ```
 */
export const ZUSTAENDIGKEITSROLLE_VALUES: readonly string[] = Object.values(Zustaendigkeitsrolle);

/**
 * Time units of a FristDauer (`einheit`, `einheitBis`).
 *
 * @example
 * ```ts
 * import { type FristDauer, Zeiteinheit } from "fim-xoev/xzufi/v2_3_1";
 * const dauer: FristDauer = { dauer: 14, einheit: Zeiteinheit.tag };
 * console.log(dauer.einheit); // "TAG"
 * ```
 */
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
/**
 * Every Zeiteinheit.
 *
 * @example
 * ```ts
 * import { ZEITEINHEIT_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(ZEITEINHEIT_VALUES.includes("WERKTAG")); // true
 * ```
 */
export const ZEITEINHEIT_VALUES: readonly Zeiteinheit[] = Object.values(Zeiteinheit);
