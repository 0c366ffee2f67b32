/** The XÖV code type (`xoev-code:Code`, namespace `http://xoev.de/schemata/code/1_0`) and code-list metadata. */

/**
 * A transmitted XÖV code: the value plus the list metadata written on the element. `listURI` and
 * `listVersionID` are kept exactly as they came (present or absent), so nothing is lost on a round trip.
 */
export interface XoevCode<C extends string = string> {
  readonly code: C;
  readonly name?: string;
  readonly listURI?: string;
  readonly listVersionID?: string;
}

/** Metadata and labels of a code list whose values a standard enumerates. */
export interface CodeList<C extends string = string> {
  /** Canonical URI (URN) of the list. */
  readonly uri: string;
  /** The list version the standard fixes or real documents use; absent when the standard leaves it open. */
  readonly version?: string;
  /** Whether the schema fixes the version (Code-Typ 1) or requires the sender to state it (Code-Typ 3). */
  readonly versionFixed: boolean;
  /** Whether the schema enumerates the values (checked on parse) or leaves them to an external list. */
  readonly closed: boolean;
  /** Every code with its label. */
  readonly labels: Readonly<Record<C, string>>;
}

/**
 * The codes of a list, in declaration order.
 *
 * @example
 * ```ts
 * import { codesOf } from "fim-xoev/codelists";
 * import { feldartCodeList } from "fim-xoev/xdatenfelder/v3";
 *
 * // the options of a select in a form editor, in the order the standard declares them
 * const optionen = codesOf(feldartCodeList).map((code) => ({ value: code, label: feldartCodeList.labels[code] }));
 * console.log(optionen);
 * ```
 */
export function codesOf<C extends string>(list: CodeList<C>): C[] {
  return Object.keys(list.labels) as C[];
}

/**
 * True when `value` is one of the list's codes.
 *
 * @example
 * ```ts
 * import { isCodeOf } from "fim-xoev/codelists";
 * import { datentypCodeList } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const eingabe: string;
 * if (isCodeOf(datentypCodeList, eingabe)) console.log(datentypCodeList.labels[eingabe]); // eingabe is narrowed to Datentyp
 * else console.log(`unknown datentyp ${eingabe}`);
 * ```
 */
export function isCodeOf<C extends string>(list: CodeList<C>, value: string): value is C {
  return Object.hasOwn(list.labels, value);
}

/**
 * A code with the list's canonical metadata, as writers should emit it.
 *
 * @example
 * ```ts
 * import { codeOf } from "fim-xoev/codelists";
 * import { feldartCodeList } from "fim-xoev/xdatenfelder/v3";
 *
 * // { code: "select", listURI: "urn:xoev-de:fim:codeliste:xdatenfelder.feldart", listVersionID: "2.0" }
 * const feldart = codeOf(feldartCodeList, "select");
 * console.log(feldart.listURI, feldart.listVersionID);
 * ```
 */
export function codeOf<C extends string>(list: CodeList<C>, code: C, listVersionID?: string): XoevCode<C> {
  const version = listVersionID ?? list.version;
  return version === undefined ? { code, listURI: list.uri } : { code, listURI: list.uri, listVersionID: version };
}
