/**
 * Namespace and root of XProzess 0.1, the draft of the Nationale Prozessbibliothek (~2011–2012; fact sheet
 * `xprozess.md` §10). No XSD is public; the structure is that of the two public instances (`bptlab/promnicat`
 * `resources/NPB/*.xml`).
 */

/**
 * Namespace of XProzess 0.1, the draft of the Nationale Prozessbibliothek.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { NAMESPACE, parse } from "fim-xoev/xprozess/v0_1";
 *
 * const text = readFileSync("npb-export.xml", "utf8");
 * if (text.includes(NAMESPACE)) console.log(parse(text).schluessel); // an XProzess 0.1 document of the NPB
 * ```
 */
export const NAMESPACE = "http://prozessbibliothek.de/XProzess/Schema/0.1";

/**
 * Version of the draft this module reads.
 *
 * @example
 * ```ts
 * import { VERSION } from "fim-xoev/xprozess/v0_1";
 *
 * console.log(`XProzess ${VERSION} (Nationale Prozessbibliothek, read-only)`);
 * ```
 */
export const VERSION = "0.1";

/**
 * Canonical prefix (the prefix the real files use).
 *
 * @example
 * ```ts
 * import type { Diagnostic } from "fim-xoev";
 * import { PREFIX } from "fim-xoev/xprozess/v0_1";
 *
 * declare const findings: readonly Diagnostic[];
 * // paths in findings use the canonical prefix xpr
 * console.log(findings.filter((d) => d.path.startsWith(`/${PREFIX}:austausch.modell.1001/${PREFIX}:freigabe`)).length);
 * ```
 */
export const PREFIX = "xpr";

/**
 * The one root element this reader accepts: one model per document. The fact sheet names a second root,
 * `export`, holding several models; no instance of it is public, so its structure is unknown and it is not read.
 *
 * @example
 * ```ts
 * import type { Diagnostic } from "fim-xoev";
 * import { ROOT_ELEMENT } from "fim-xoev/xprozess/v0_1";
 *
 * declare const findings: readonly Diagnostic[];
 * if (findings.some((d) => d.code === "unknown-root-element")) console.error(`only ${ROOT_ELEMENT} is read (one model per document)`);
 * ```
 */
export const ROOT_ELEMENT = "austausch.modell.1001";
