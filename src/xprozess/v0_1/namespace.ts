/**
 * Namespace and root of XProzess 0.1, the draft of the Nationale Prozessbibliothek (~2011–2012; fact sheet
 * `xprozess.md` §10). No XSD is public; the structure is that of the two public instances (`bptlab/promnicat`
 * `resources/NPB/*.xml`).
 */

/** Namespace of XProzess 0.1. */
export const NAMESPACE = "http://prozessbibliothek.de/XProzess/Schema/0.1";

/** Version of the draft this module reads. */
export const VERSION = "0.1";

/** Canonical prefix (the prefix the real files use). */
export const PREFIX = "xpr";

/**
 * The one root element this reader accepts: one model per document. The fact sheet names a second root,
 * `export`, holding several models; no instance of it is public, so its structure is unknown and it is not read.
 */
export const ROOT_ELEMENT = "austausch.modell.1001";
