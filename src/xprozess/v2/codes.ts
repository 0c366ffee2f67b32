/**
 * Code values of XProzess 2.0 that a public source states (fact sheet `xprozess.md` §7). Only the
 * Referenzaktivitätengruppe list is enumerated by the XSD itself (JAXB enum); the other value lists come from the
 * FIM Portal API (`fim-portal-cli` `enums.ts`) or from XDatenfelder (Status) and are checked as warnings. Labels
 * are given only where a public source states them; everything else is on XRepository only. Lists whose values
 * are not public at all (Nachricht, Prozessrolle, Bearbeitungsart, Entscheidungsart, FormellePruefung,
 * Beteiligungsform, Uebermittlungsart, Versionen, Modellierungsmethode, MimeType, Handlungsgrundlagenart,
 * Datentyp, Zwecksetzung) are not checked: values are kept verbatim.
 *
 * Where URI and labels are public, a list is a `CodeList` (`statusCodeList`) beside its literal type, as everywhere
 * in the library (docs/vocabulary.md). The other value lists stay plain `*_VALUES` arrays: their labels (and for
 * Verfahrensart, Handlungsform and OperativesZiel their URIs) are not public, and a `CodeList` would have to invent them.
 */
import { type CodeList, codesOf } from "../../core/codelists/code.ts";

/** Referenzaktivitätengruppe codes `1`–`8` (the XSD's enumeration; labels not public). */
export const REFERENZAKTIVITAETENGRUPPE_VALUES: readonly string[] = ["1", "2", "3", "4", "5", "6", "7", "8"];

/** Status of a Prozessklasse or Prozess (`urn:de:xprozess:codeliste:status`; the same list as in XDatenfelder). */
export const Status = {
  "1": "in Planung",
  "2": "in Bearbeitung",
  "3": "Entwurf",
  "4": "methodisch freigegeben",
  "5": "fachlich freigegeben (silber)",
  "6": "fachlich freigegeben (gold)",
  "7": "inaktiv",
  "8": "vorgesehen zum Löschen",
} as const;

/** One of the codes of {@link statusCodeList} (`1`–`8`). */
export type Status = keyof typeof Status;

/**
 * The Status code list (Code-Typ 1: the XSD fixes list and version `1.0`). The values are known from XDatenfelder
 * (same list), not from the XProzess XSD, so they are checked as a warning (`closed: false`).
 */
export const statusCodeList: CodeList<Status> = {
  uri: "urn:de:xprozess:codeliste:status",
  version: "1.0",
  versionFixed: true,
  closed: false,
  labels: Status,
};

/** @deprecated use `codesOf(statusCodeList)` */
export const STATUS_VALUES: readonly string[] = codesOf(statusCodeList);

/** Detaillierungsstufe `101`–`105` (FIM Portal; labels not public). */
export const DETAILLIERUNGSSTUFE_VALUES: readonly string[] = ["101", "102", "103", "104", "105"];

/** Verfahrensart codes of the FIM Portal API 0.24.0 (labels not public). */
export const VERFAHRENSART_VALUES: readonly string[] = (
  "101 111 121 201 221 222 231 301 302 303 304 311 312 321 322 331 332 333 334 341 361 401 403 421 422 441 451 461 501 503 " +
  "541 561 801 831 832 833 834 841 842 843 844 851 852 853 854 861 871 911 912 921 998 999"
).split(" ");

/** Handlungsform codes of the FIM Portal API 0.24.0 (labels not public). */
export const HANDLUNGSFORM_VALUES: readonly string[] = (
  "101 102 103 104 105 111 112 113 114 115 121 201 202 203 204 205 210 221 222 301 302 303 304 305 310 410 420 430 450 " +
  "801 802 803 804 805 806 999"
).split(" ");

/** OperativesZiel codes of the FIM Portal API 0.24.0 (labels not public). */
export const OPERATIVES_ZIEL_VALUES: readonly string[] =
  "101 201 202 203 204 205 206 207 208 311 312 313 314 321 401 501 601 602 999".split(" ");

/** Prefix of the code lists the XSD fixes (`urn:de:xprozess:codeliste:<list>`). */
export const XSD_LIST_URI_PREFIX = "urn:de:xprozess:codeliste:";
/** Prefix the FIM exports write instead (`urn:xoev-de:xprozess:codeliste:<list>`, as in the real FIM Bund file). */
export const FIM_LIST_URI_PREFIX = "urn:xoev-de:xprozess:codeliste:";
/** Prefix of the Destatis lists the XSD fixes. */
export const XSD_DESTATIS_PREFIX = "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:";
/** Prefix the FIM exports write for the Destatis lists. */
export const FIM_DESTATIS_PREFIX = "urn:xoev-de:bund:destatis:bevoelkerungsstatistik:schluessel:";

/** The listURI the XSD fixes for a list name of `CODE_TYPES` (`destatis:<x>` for the Destatis lists). */
export function xsdListURI(list: string): string {
  return list.startsWith("destatis:") ? XSD_DESTATIS_PREFIX + list.slice(9) : XSD_LIST_URI_PREFIX + list;
}

/** The listURI the FIM exports write for the same list. */
export function fimListURI(list: string): string {
  return list.startsWith("destatis:") ? FIM_DESTATIS_PREFIX + list.slice(9) : FIM_LIST_URI_PREFIX + list;
}

/** The list version the XSD fixes for Code-Typ 1 lists. */
export const FIXED_LIST_VERSION = "1.0";
