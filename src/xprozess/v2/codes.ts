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

/**
 * Referenzaktivitätengruppe codes `1`–`8` (the XSD's enumeration; labels not public).
 *
 * @example
 * ```ts
 * import { type Prozess, REFERENZAKTIVITAETENGRUPPE_VALUES } from "fim-xoev/xprozess/v2";
 *
 * declare const prozess: Prozess;
 * const s = prozess.prozessstrukturbeschreibung?.auswahl;
 * const gruppen = s !== undefined && "strukturbeschreibungFIM" in s ? s.strukturbeschreibungFIM.aktivitaetengruppe : [];
 * for (const g of gruppen) {
 *   const rag = g.referenzaktivitaetengruppeTyp.code;
 *   if (!REFERENZAKTIVITAETENGRUPPE_VALUES.includes(rag)) console.warn(`Aktivitätengruppe ${g.id}: RAG ${rag} is not 1–8`);
 * }
 * ```
 */
export const REFERENZAKTIVITAETENGRUPPE_VALUES: readonly string[] = ["1", "2", "3", "4", "5", "6", "7", "8"];

/**
 * Status of a Prozessklasse or Prozess (`urn:de:xprozess:codeliste:status`; the same list as in XDatenfelder).
 *
 * @example
 * ```ts
 * import { type Prozessklasse, Status } from "fim-xoev/xprozess/v2";
 *
 * declare const klasse: Prozessklasse;
 * const code = klasse.zustandsangaben?.status?.code;
 * const label = code !== undefined && Object.hasOwn(Status, code) ? Status[code as Status] : "unbekannt";
 * console.log(`${klasse.name}: ${label}`); // "Hundesteuer Anmeldung: fachlich freigegeben (gold)"
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { codesOf } from "fim-xoev/codelists";
 * import { createProzessklasse, statusCodeList } from "fim-xoev/xprozess/v2";
 *
 * const freigegeben = codesOf(statusCodeList).filter((c) => statusCodeList.labels?.[c]?.startsWith("fachlich freigegeben"));
 * console.log(freigegeben); // ["5", "6"]
 * const klasse = createProzessklasse({
 *   id: "99125001012000",
 *   name: "Hundesteuer Anmeldung",
 *   zustandsangaben: { status: { listURI: statusCodeList.uri, listVersionID: statusCodeList.version, code: "6" } },
 * });
 * console.log(klasse.zustandsangaben?.status?.listURI); // urn:de:xprozess:codeliste:status
 * ```
 */
export const statusCodeList: CodeList<Status> = {
  uri: "urn:de:xprozess:codeliste:status",
  version: "1.0",
  versionFixed: true,
  closed: false,
  labels: Status,
};

/**
 * The Status codes `1`–`8` as plain strings (kept for compatibility; {@link statusCodeList} holds them with their
 * labels).
 *
 * @deprecated use `codesOf(statusCodeList)`
 * @example
 * ```ts
 * import { codesOf } from "fim-xoev/codelists";
 * import { statusCodeList } from "fim-xoev/xprozess/v2";
 *
 * // instead of STATUS_VALUES:
 * const status = codesOf(statusCodeList);
 * console.log(status.includes("6")); // true
 * ```
 */
export const STATUS_VALUES: readonly string[] = codesOf(statusCodeList);

/**
 * Detaillierungsstufe `101`–`105` (FIM Portal; labels not public).
 *
 * @example
 * ```ts
 * import { DETAILLIERUNGSSTUFE_VALUES, type Prozess } from "fim-xoev/xprozess/v2";
 *
 * declare const prozess: Prozess;
 * const stufe = prozess.prozesssteckbrief?.detaillierungsstufe?.code;
 * if (stufe !== undefined && !DETAILLIERUNGSSTUFE_VALUES.includes(stufe)) console.warn(`Prozess ${prozess.id}: Detaillierungsstufe ${stufe} is not 101–105`);
 * ```
 */
export const DETAILLIERUNGSSTUFE_VALUES: readonly string[] = ["101", "102", "103", "104", "105"];

/**
 * Verfahrensart codes of the FIM Portal API 0.24.0 (labels not public).
 *
 * @example
 * ```ts
 * import { type Prozessklasse, VERFAHRENSART_VALUES } from "fim-xoev/xprozess/v2";
 *
 * declare const klasse: Prozessklasse;
 * const verfahrensart = klasse.verfahrensart?.code;
 * if (verfahrensart !== undefined && !VERFAHRENSART_VALUES.includes(verfahrensart)) console.warn(`${klasse.id}: Verfahrensart ${verfahrensart} unknown to the FIM Portal`);
 * ```
 */
export const VERFAHRENSART_VALUES: readonly string[] = (
  "101 111 121 201 221 222 231 301 302 303 304 311 312 321 322 331 332 333 334 341 361 401 403 421 422 441 451 461 501 503 " +
  "541 561 801 831 832 833 834 841 842 843 844 851 852 853 854 861 871 911 912 921 998 999"
).split(" ");

/**
 * Handlungsform codes of the FIM Portal API 0.24.0 (labels not public).
 *
 * @example
 * ```ts
 * import { HANDLUNGSFORM_VALUES, type Prozessklasse } from "fim-xoev/xprozess/v2";
 *
 * declare const klassen: readonly Prozessklasse[];
 * const unbekannt = klassen.filter((k) => k.handlungsform !== undefined && !HANDLUNGSFORM_VALUES.includes(k.handlungsform.code));
 * console.log(unbekannt.map((k) => `${k.id} ${k.handlungsform?.code}`));
 * ```
 */
export const HANDLUNGSFORM_VALUES: readonly string[] = (
  "101 102 103 104 105 111 112 113 114 115 121 201 202 203 204 205 210 221 222 301 302 303 304 305 310 410 420 430 450 " +
  "801 802 803 804 805 806 999"
).split(" ");

/**
 * OperativesZiel codes of the FIM Portal API 0.24.0 (labels not public).
 *
 * @example
 * ```ts
 * import { OPERATIVES_ZIEL_VALUES, type Prozessklasse } from "fim-xoev/xprozess/v2";
 *
 * declare const klasse: Prozessklasse;
 * const ziel = klasse.operativesZiel?.code;
 * console.log(ziel === undefined || OPERATIVES_ZIEL_VALUES.includes(ziel) ? "ok" : `operatives Ziel ${ziel} unknown`);
 * ```
 */
export const OPERATIVES_ZIEL_VALUES: readonly string[] =
  "101 201 202 203 204 205 206 207 208 311 312 313 314 321 401 501 601 602 999".split(" ");

/**
 * Prefix of the code lists the XSD fixes (`urn:de:xprozess:codeliste:<list>`).
 *
 * @example
 * ```ts
 * import { FIM_LIST_URI_PREFIX, type Prozessklasse, XSD_LIST_URI_PREFIX } from "fim-xoev/xprozess/v2";
 *
 * declare const klasse: Prozessklasse;
 * // FIM exports write urn:xoev-de:xprozess:codeliste:…; the XSD fixes urn:de:xprozess:codeliste:…
 * const uri = klasse.zustandsangaben?.status?.listURI;
 * const wieXsd = uri?.startsWith(FIM_LIST_URI_PREFIX) ? XSD_LIST_URI_PREFIX + uri.slice(FIM_LIST_URI_PREFIX.length) : uri;
 * console.log(wieXsd); // urn:de:xprozess:codeliste:status
 * ```
 */
export const XSD_LIST_URI_PREFIX = "urn:de:xprozess:codeliste:";
/**
 * Prefix the FIM exports write instead (`urn:xoev-de:xprozess:codeliste:<list>`, as in the real FIM Bund file).
 *
 * @example
 * ```ts
 * import { FIM_LIST_URI_PREFIX, type Nachrichtenkopf } from "fim-xoev/xprozess/v2";
 *
 * declare const kopf: Nachrichtenkopf;
 * const ausFimExport = kopf.nachrichtentyp.listURI?.startsWith(FIM_LIST_URI_PREFIX) === true;
 * console.log(ausFimExport ? "written by a FIM export" : "list URI as the XSD fixes it");
 * ```
 */
export const FIM_LIST_URI_PREFIX = "urn:xoev-de:xprozess:codeliste:";
/**
 * Prefix of the Destatis lists (Bundesland, Kreis, Gemeindeschlüssel, …) the XSD fixes for `verwaltungspolitischeKodierung`.
 *
 * @example
 * ```ts
 * import { XSD_DESTATIS_PREFIX } from "fim-xoev/xprozess/v2";
 *
 * // the code of a Bundesland in a verwaltungspolitischeKodierung, with the list URI the XSD fixes
 * const bundesland = { listURI: `${XSD_DESTATIS_PREFIX}bundesland`, listVersionID: "2010-04-01", code: "13" };
 * console.log(bundesland.listURI); // urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland
 * ```
 */
export const XSD_DESTATIS_PREFIX = "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:";
/**
 * Prefix the FIM exports write for the Destatis lists.
 *
 * @example
 * ```ts
 * import { FIM_DESTATIS_PREFIX, type VerwaltungspolitischeKodierung } from "fim-xoev/xprozess/v2";
 *
 * declare const kodierung: VerwaltungspolitischeKodierung;
 * const code = Object.values(kodierung.auswahl)[0];
 * console.log(code?.listURI?.startsWith(FIM_DESTATIS_PREFIX) ? "FIM export form" : "XSD form");
 * ```
 */
export const FIM_DESTATIS_PREFIX = "urn:xoev-de:bund:destatis:bevoelkerungsstatistik:schluessel:";

/**
 * The listURI the XSD fixes for a list name of `CODE_TYPES` (`destatis:<x>` for the Destatis lists).
 *
 * @example
 * ```ts
 * import { FIXED_LIST_VERSION, xsdListURI } from "fim-xoev/xprozess/v2";
 *
 * // the Code-Typ 1 code of a Nachrichtenkopf as the XSD fixes it
 * const nachrichtentyp = { listURI: xsdListURI("nachricht"), listVersionID: FIXED_LIST_VERSION, code: "0303" };
 * console.log(nachrichtentyp.listURI, xsdListURI("destatis:bundesland")); // urn:de:xprozess:codeliste:nachricht urn:de:bund:destatis:…:bundesland
 * ```
 */
export function xsdListURI(list: string): string {
  return list.startsWith("destatis:") ? XSD_DESTATIS_PREFIX + list.slice(9) : XSD_LIST_URI_PREFIX + list;
}

/**
 * The listURI the FIM exports write for the same list.
 *
 * @example
 * ```ts
 * import { fimListURI, type Zustandsangaben } from "fim-xoev/xprozess/v2";
 *
 * // write the status with the list URI the FIM portals use, as the FIM Bund export does
 * const zustand: Zustandsangaben = { status: { listURI: fimListURI("status"), code: "6" } };
 * console.log(zustand.status?.listURI); // urn:xoev-de:xprozess:codeliste:status
 * ```
 */
export function fimListURI(list: string): string {
  return list.startsWith("destatis:") ? FIM_DESTATIS_PREFIX + list.slice(9) : FIM_LIST_URI_PREFIX + list;
}

/**
 * The list version the XSD fixes for Code-Typ 1 lists.
 *
 * @example
 * ```ts
 * import { FIXED_LIST_VERSION, type Nachricht } from "fim-xoev/xprozess/v2";
 *
 * declare const nachricht: Nachricht;
 * const version = nachricht.nachrichtenkopf.nachrichtentyp.listVersionID;
 * if (version !== undefined && version !== FIXED_LIST_VERSION) console.info(`nachrichtentyp listVersionID ${version}, the XSD fixes 1.0`);
 * ```
 */
export const FIXED_LIST_VERSION = "1.0";
