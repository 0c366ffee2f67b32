/**
 * Code lists used by XZuFi 2.2.0. The lists every version shares are in `../common/codes.ts` (re-exported here);
 * this module adds only the 2.2.0 values of `loesche/@klasse`. Values come from the FIM Portal API enums
 * (`fim-portal-cli`), list URIs from real XML where seen. The LeiKa lists (Typisierung, text modules) live in
 * `fim-xoev/leika`.
 */
import { LOESCHE_KLASSE_2_2 } from "../common/code-order.ts";

export * from "../common/codes.ts";

/**
 * Classes of objects a `loesche` deletes (`loesche/@klasse`; `rongem/pvog`).
 *
 * @example
 * ```ts
 * import { createNachricht, LoescheKlasse } from "fim-xoev/xzufi/v2_2_0";
 * const n = createNachricht({
 *   nachrichtenkopf: {},
 *   operation: [{ loesche: { klasse: LoescheKlasse.leistung, id: { value: "99108001000000", schemeAgencyID: "B100019" } } }],
 * });
 * console.log(n.operation.length); // 1
 * ```
 */
export const LoescheKlasse = LOESCHE_KLASSE_2_2;

/** One of the codes of {@link LoescheKlasse}. */
export type LoescheKlasse = (typeof LoescheKlasse)[keyof typeof LoescheKlasse];

/**
 * Every `loesche/@klasse` value.
 *
 * @example
 * ```ts
 * import { LOESCHE_KLASSE_VALUES } from "fim-xoev/xzufi/v2_2_0";
 * console.log(LOESCHE_KLASSE_VALUES.join(", ")); // the values check() accepts in loesche/@klasse
 * ```
 */
export const LOESCHE_KLASSE_VALUES: readonly LoescheKlasse[] = Object.values(LoescheKlasse);

/**
 * URI of the SDG Informationsbereich list; codes are 7 digits (e.g. `1010100`).
 *
 * @example
 * ```ts
 * import { SDG_INFORMATIONSBEREICH_LIST_URI } from "fim-xoev/xzufi/v2_2_0";
 * const code = { listURI: SDG_INFORMATIONSBEREICH_LIST_URI, code: "1010100" };
 * console.log(code);
 * ```
 */
export const SDG_INFORMATIONSBEREICH_LIST_URI = "urn:xoev-de:fim:codeliste:sdginformationsbereich";
