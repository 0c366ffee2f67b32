/**
 * Namespace and root elements of XProzess 2.0 (fact sheet `xprozess.md` §1–§2). The namespace is confirmed by
 * the one public real instance (FIM Bund export, `alleInhalte.export.0303`) and by the JAXB `package-info` of
 * the classes generated from the official XSD.
 */

/**
 * Target namespace of XProzess 2.0 (`elementFormDefault="qualified"`).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { NAMESPACE, parse } from "fim-xoev/xprozess/v2";
 *
 * const text = readFileSync("download.xml", "utf8");
 * if (text.includes(NAMESPACE)) console.log(parse(text).nachricht); // an XProzess 2.0 message
 * ```
 */
export const NAMESPACE = "http://www.regierung-mv.de/xprozess/2";

/**
 * Version of the standard this module implements.
 *
 * @example
 * ```ts
 * import { VERSION } from "fim-xoev/xprozess/v2";
 *
 * console.log(`XProzess ${VERSION}`); // "XProzess 2.0"
 * ```
 */
export const VERSION = "2.0";

/**
 * Canonical prefix of the namespace in written documents and in diagnostic paths (the real file's prefix).
 *
 * @example
 * ```ts
 * import type { Diagnostic } from "fim-xoev";
 * import { PREFIX } from "fim-xoev/xprozess/v2";
 *
 * declare const findings: readonly Diagnostic[];
 * // paths in findings use the canonical prefix whatever the document wrote
 * const imKatalog = findings.filter((d) => d.path.includes(`/${PREFIX}:prozesskatalog/`));
 * console.log(imKatalog.length);
 * ```
 */
export const PREFIX = "xprozess";

/**
 * The value the XSD fixes for the root attribute `xprozessVersion`.
 *
 * @example
 * ```ts
 * import { type Nachricht, XPROZESS_VERSION } from "fim-xoev/xprozess/v2";
 *
 * declare const nachricht: Nachricht;
 * if (nachricht.xprozessVersion !== XPROZESS_VERSION) console.warn(`xprozessVersion ${nachricht.xprozessVersion}, expected 2.0`);
 * ```
 */
export const XPROZESS_VERSION = "2.0";

/**
 * XÖV code namespace imported by XProzess 2.0 (its `code`/`name` children are unqualified).
 *
 * @example
 * ```ts
 * import { XOEV_CODE_NAMESPACE } from "fim-xoev/xprozess/v2";
 *
 * console.log(XOEV_CODE_NAMESPACE); // http://xoev.de/schemata/code/1_0: the XÖV code types XProzess imports
 * ```
 */
export const XOEV_CODE_NAMESPACE = "http://xoev.de/schemata/code/1_0";

/**
 * XRepository URN of XProzess, under which the official schema set is published (versions `…_2.0`).
 *
 * @example
 * ```ts
 * import { VERSION, XREPOSITORY_URN } from "fim-xoev/xprozess/v2";
 *
 * // where to download the official schema set (not part of this library)
 * console.log(`https://www.xrepository.de/details/${XREPOSITORY_URN}_${VERSION}`);
 * ```
 */
export const XREPOSITORY_URN = "urn:xoev-de:mv:em:standard:xprozess";

/**
 * The nine messages of XProzess 2.0, by root element name, with their message number.
 *
 * @example
 * ```ts
 * import { MESSAGE_NAMES, messageNumber } from "fim-xoev/xprozess/v2";
 *
 * for (const name of MESSAGE_NAMES) console.log(messageNumber(name), name); // 0101 prozesskatalog.anfrage.0101, …
 * const exporte = MESSAGE_NAMES.filter((n) => n.includes(".export."));
 * console.log(exporte); // the three export messages
 * ```
 */
export const MESSAGE_NAMES = [
  "prozesskatalog.anfrage.0101",
  "prozesskatalog.antwort.0102",
  "prozesskatalog.export.0103",
  "prozessbibliothek.anfrage.0201",
  "prozessbibliothek.antwort.0202",
  "prozessbibliothek.export.0203",
  "alleInhalte.anfrage.0301",
  "alleInhalte.antwort.0302",
  "alleInhalte.export.0303",
] as const;

/** Root element name of one of the nine messages. */
export type MessageName = (typeof MESSAGE_NAMES)[number];

/**
 * The message number (`0101` … `0303`) of a root element name: its last four characters.
 *
 * @example
 * ```ts
 * import { messageNumber, type Nachricht } from "fim-xoev/xprozess/v2";
 *
 * declare const nachricht: Nachricht;
 * // nachrichtenkopf/nachrichtentyp should name the message of the root element (rule XPROZESS-003)
 * if (nachricht.nachrichtenkopf.nachrichtentyp.code !== messageNumber(nachricht.nachricht)) console.warn("nachrichtentyp does not match");
 * ```
 */
export function messageNumber(name: MessageName): string {
  return name.slice(-4);
}

/**
 * Canonical prefixes for writing and for paths in diagnostics.
 *
 * @example
 * ```ts
 * import { NAMESPACE, PREFIXES } from "fim-xoev/xprozess/v2";
 *
 * console.log(PREFIXES[NAMESPACE]); // "xprozess"
 * ```
 */
export const PREFIXES: Readonly<Record<string, string>> = { [NAMESPACE]: PREFIX };
