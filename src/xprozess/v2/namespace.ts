/**
 * Namespace and root elements of XProzess 2.0 (fact sheet `xprozess.md` §1–§2). The namespace is confirmed by
 * the one public real instance (FIM Bund export, `alleInhalte.export.0303`) and by the JAXB `package-info` of
 * the classes generated from the official XSD.
 */

/** Target namespace of XProzess 2.0 (`elementFormDefault="qualified"`). */
export const NAMESPACE = "http://www.regierung-mv.de/xprozess/2";

/** Version of the standard this module implements. */
export const VERSION = "2.0";

/** Canonical prefix of the namespace in written documents and in diagnostic paths (the real file's prefix). */
export const PREFIX = "xprozess";

/** The value the XSD fixes for the root attribute `xprozessVersion`. */
export const XPROZESS_VERSION = "2.0";

/** XÖV code namespace imported by XProzess 2.0 (its `code`/`name` children are unqualified). */
export const XOEV_CODE_NAMESPACE = "http://xoev.de/schemata/code/1_0";

/** XRepository URN of the standard. */
export const XREPOSITORY_URN = "urn:xoev-de:mv:em:standard:xprozess";

/** The nine messages of XProzess 2.0, by root element name, with their message number. */
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

/** The message number (`0101` … `0303`) of a root element name: its last four characters. */
export function messageNumber(name: MessageName): string {
  return name.slice(-4);
}

/** Canonical prefixes for writing and for paths in diagnostics. */
export const PREFIXES: Readonly<Record<string, string>> = { [NAMESPACE]: PREFIX };
