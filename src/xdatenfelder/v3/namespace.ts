/** XDatenfelder 3.0.0: namespace, message root elements, canonical prefix. */

/**
 * Target namespace of XDatenfelder 3.0.0.
 * @example
 * ```ts
 * import { NAMESPACE } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * if (xml.includes(NAMESPACE)) console.log("an XDatenfelder 3.0.0 document"); // urn:xoev-de:fim:standard:xdatenfelder_3.0.0
 * ```
 */
export const NAMESPACE = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

/**
 * Standard version implemented by this module (`3.0.0`).
 * @example
 * ```ts
 * import { VERSION } from "fim-xoev/xdatenfelder/v3";
 * console.log(`XDatenfelder ${VERSION}`); // XDatenfelder 3.0.0
 * ```
 */
export const VERSION = "3.0.0";

/**
 * The prefix FIM Portal exports use (`xdf3`); the default of `serialize` and the prefix of diagnostic paths.
 * @example
 * ```ts
 * import { DEFAULT_PREFIX, type Nachricht, serialize } from "fim-xoev/xdatenfelder/v3";
 * declare const nachricht: Nachricht;
 * const xml = serialize(nachricht);
 * console.log(xml.includes(`<${DEFAULT_PREFIX}:header>`)); // true
 * ```
 */
export const DEFAULT_PREFIX = "xdf3";

/**
 * Namespace of the OASIS genericode 1.0 payload of message 0105 (`xdatenfelder.codeliste.0105`).
 * @example
 * ```ts
 * import { GENERICODE_NAMESPACE, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // a Codeliste message (0105)
 * const nachricht = parse(xml);
 * if (nachricht.kind === "xdatenfelder.codeliste.0105") console.log(`${nachricht.genericode.inhalt.length} element(s) in ${GENERICODE_NAMESPACE}`);
 * ```
 */
export const GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/**
 * Canonical prefixes used in diagnostic paths (namespace URI → prefix): `xdf3`, and `gc` for genericode.
 * @example
 * ```ts
 * import { NAMESPACE, PREFIXES } from "fim-xoev/xdatenfelder/v3";
 * console.log(PREFIXES[NAMESPACE]); // xdf3, as in the path /xdf3:xdatenfelder.datenfeld.0104/xdf3:datenfeld
 * ```
 */
export const PREFIXES: Readonly<Record<string, string>> = { [NAMESPACE]: DEFAULT_PREFIX, [GENERICODE_NAMESPACE]: "gc" };

/**
 * Root elements of the six messages, by message number (0101 Dokumentsteckbrief … 0106 Übersetzung); each is the
 * `kind` of the parsed `Nachricht`.
 * @example
 * ```ts
 * import { MESSAGES, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * if (parse(xml).kind === MESSAGES["0102"]) console.log("a Stammdatenschema");
 * ```
 */
export const MESSAGES = {
  "0101": "xdatenfelder.dokumentsteckbrief.0101",
  "0102": "xdatenfelder.stammdatenschema.0102",
  "0103": "xdatenfelder.datenfeldgruppe.0103",
  "0104": "xdatenfelder.datenfeld.0104",
  "0105": "xdatenfelder.codeliste.0105",
  "0106": "xdatenfelder.uebersetzung.0106",
} as const;

/** Local name of a message root element. */
export type MessageElement = (typeof MESSAGES)[keyof typeof MESSAGES];

/**
 * Catalogue id of the official schema set that validates this version (see `schemas/catalog.json`), as
 * `fim-xoev schemas list` and `fim-xoev schemas path` name it.
 * @example
 * ```ts
 * import { SCHEMA_SET_ID } from "fim-xoev/xdatenfelder/v3";
 * console.log(`fim-xoev schemas path ${SCHEMA_SET_ID}`); // the command that prints where the xdatenfelder-3.0.0 XSDs are
 * ```
 */
export const SCHEMA_SET_ID = "xdatenfelder-3.0.0";
