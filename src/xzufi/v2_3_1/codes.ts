/**
 * Code lists used by XZuFi 2.3.1. The lists every version shares are in `../common/codes.ts` (re-exported
 * here); this module adds the 2.3.1 lists and values. Values come from the FIM Portal API enums (`fim-portal-cli`), list URIs from
 * real XML where seen. Labels are given only where a public source states them; most XZuFi code labels are
 * published on XRepository only. The LeiKa lists (Typisierung, text modules) live in `fim-xoev/leika`.
 */
import type { CodeList } from "../../core/codelists/code.ts";
import { LOESCHE_KLASSE_2_2 } from "../common/code-order.ts";

export * from "../common/codes.ts";

/**
 * Classes of objects a `loesche` deletes (`loesche/@klasse`; `rongem/pvog` for 2.2).
 * `Formular` is @reconstructed: the PVOG names Formulare as a 2.3 object class; the class value is not public.
 *
 * @example
 * ```ts
 * import { createNachricht, LoescheKlasse } from "fim-xoev/xzufi/v2_3_1";
 * const n = createNachricht({
 *   nachrichtenkopf: {},
 *   operation: [{ loesche: { klasse: LoescheKlasse.leistung, id: { value: "99108001000000", schemeAgencyID: "B100019" } } }],
 * });
 * console.log(n.operation.length); // 1
 * ```
 */
export const LoescheKlasse = { ...LOESCHE_KLASSE_2_2, formular: "Formular" } as const;

/** One of the codes of {@link LoescheKlasse}. */
export type LoescheKlasse = (typeof LoescheKlasse)[keyof typeof LoescheKlasse];

/**
 * Every `loesche/@klasse` value.
 *
 * @example
 * ```ts
 * import { LOESCHE_KLASSE_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(LOESCHE_KLASSE_VALUES.join(", ")); // the values check() accepts in loesche/@klasse
 * ```
 */
export const LOESCHE_KLASSE_VALUES: readonly LoescheKlasse[] = Object.values(LoescheKlasse);

/**
 * Kategorieklasse types 001–004 (`kategorie/klasse/typ`). Labels are not public.
 *
 * @example
 * ```ts
 * import { KATEGORIEKLASSE_TYP_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(KATEGORIEKLASSE_TYP_VALUES.join(", ")); // 001, 002, 003, 004
 * ```
 */
export const KATEGORIEKLASSE_TYP_VALUES = ["001", "002", "003", "004"] as const;

/**
 * Release status (`statusKatalog`, `statusBibliothek`); shared with XProzess and XDatenfelder 3.
 *
 * @codelist urn:xoev-de:xprozess:codeliste:status
 *
 * @example
 * ```ts
 * import { createLeistung, Status } from "fim-xoev/xzufi/v2_3_1";
 * const l = createLeistung({ id: { value: "99108001000000" }, statusKatalog: { code: Status.fachlichFreigegebenGold } });
 * console.log(l.statusKatalog?.code); // "6"
 * ```
 */
export const Status = {
  inPlanung: "1",
  inBearbeitung: "2",
  entwurf: "3",
  methodischFreigegeben: "4",
  fachlichFreigegebenSilber: "5",
  fachlichFreigegebenGold: "6",
  inaktiv: "7",
  vorgesehenZumLoeschen: "8",
} as const;
/** One of the codes of {@link Status}. */
export type Status = (typeof Status)[keyof typeof Status];
/**
 * The Status list with its labels.
 *
 * @example
 * ```ts
 * import { Status, statusCodeList } from "fim-xoev/xzufi/v2_3_1";
 * console.log(statusCodeList.labels[Status.inaktiv]); // "inaktiv"
 * ```
 */
export const statusCodeList: CodeList<Status> = {
  uri: "urn:xoev-de:xprozess:codeliste:status",
  versionFixed: false,
  closed: true,
  labels: {
    "1": "in Planung",
    "2": "in Bearbeitung",
    "3": "Entwurf",
    "4": "methodisch freigegeben",
    "5": "fachlich freigegeben (silber)",
    "6": "fachlich freigegeben (gold)",
    "7": "inaktiv",
    "8": "vorgesehen zum Löschen",
  },
};
/** @deprecated use `codesOf(statusCodeList)`. */
export const STATUS_VALUES: readonly Status[] = Object.values(Status);
/** @deprecated use `statusCodeList.uri`. */
export const STATUS_LIST_URI: string = statusCodeList.uri;

/**
 * Detaillierungsstufe codes 101–105 (`detailstufe`). Labels are not public.
 *
 * @example
 * ```ts
 * import { DETAILSTUFE_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(DETAILSTUFE_VALUES[0]); // "101"
 * ```
 */
export const DETAILSTUFE_VALUES = ["101", "102", "103", "104", "105"] as const;

/**
 * Bezugsort types 001–005 (`bezugsortTyp`). Labels are not public.
 *
 * @example
 * ```ts
 * import { BEZUGSORT_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(BEZUGSORT_VALUES.length); // 5
 * ```
 */
export const BEZUGSORT_VALUES = ["001", "002", "003", "004", "005"] as const;

/**
 * Einheitliche Stelle codes (`durchfuehrbarEinheitlicheStelle`). Labels are not public.
 *
 * @example
 * ```ts
 * import { createLeistung, EINHEITLICHE_STELLE_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * const l = createLeistung({ id: { value: "99108001000000" }, durchfuehrbarEinheitlicheStelle: [{ code: EINHEITLICHE_STELLE_VALUES[1] }] });
 * console.log(l.durchfuehrbarEinheitlicheStelle[0]?.code); // "11"
 * ```
 */
export const EINHEITLICHE_STELLE_VALUES = ["00", "11", "19"] as const;

/**
 * Zugangskanal codes of every module (`zugangskanal`). Labels are not public.
 *
 * @example
 * ```ts
 * import { ZUGANGSKANAL_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(ZUGANGSKANAL_VALUES.join(", ")); // 000, 100, 200
 * ```
 */
export const ZUGANGSKANAL_VALUES = ["000", "100", "200"] as const;

/**
 * Dokumentpflichtangabetyp codes (`dokumentEingehend/pflichtangabetyp`). Labels are not public.
 *
 * @example
 * ```ts
 * import { DOKUMENTPFLICHTANGABETYP_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(DOKUMENTPFLICHTANGABETYP_VALUES); // ["01", "02"]
 * ```
 */
export const DOKUMENTPFLICHTANGABETYP_VALUES = ["01", "02"] as const;

/**
 * Staatengruppe codes 01–04 (`relevantFuerStaatsangehoerigkeit/staatengruppe`). Labels are not public.
 *
 * @example
 * ```ts
 * import { STAATENGRUPPE_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(STAATENGRUPPE_VALUES.length); // 4
 * ```
 */
export const STAATENGRUPPE_VALUES = ["01", "02", "03", "04"] as const;

/**
 * Types of dynamic parameters of an Ursprungsportal link (001–009, 100). Labels are not public.
 *
 * @example
 * ```ts
 * import { DYNAMISCHE_PARAMETER_TYP_VALUES } from "fim-xoev/xzufi/v2_3_1";
 * console.log(DYNAMISCHE_PARAMETER_TYP_VALUES.at(-1)); // "100"
 * ```
 */
export const DYNAMISCHE_PARAMETER_TYP_VALUES = ["001", "002", "003", "004", "005", "006", "007", "008", "009", "100"] as const;

/**
 * URI of the SDG Informationsbereich list; Informationsbereich 1 codes have 7 digits (e.g. `1010100`), Informationsbereich 2 codes 4.
 *
 * @example
 * ```ts
 * import { SDG_INFORMATIONSBEREICH_LIST_URI } from "fim-xoev/xzufi/v2_3_1";
 * const code = { listURI: SDG_INFORMATIONSBEREICH_LIST_URI, code: "1010100" };
 * console.log(code);
 * ```
 */
export const SDG_INFORMATIONSBEREICH_LIST_URI = "urn:xoev-de:fim:codeliste:sdginformationsbereich";
