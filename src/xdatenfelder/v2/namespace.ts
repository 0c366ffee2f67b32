/** XDatenfelder 2.0: namespace, message root elements, canonical prefix. */

/**
 * Target namespace of XDatenfelder 2.0.
 * @example
 * ```ts
 * import { NAMESPACE } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string;
 * if (xml.includes(NAMESPACE)) console.log("XDatenfelder 2.0: convert with convertXdf2ToXdf3 before building a form");
 * ```
 */
export const NAMESPACE = "urn:xoev-de:fim:standard:xdatenfelder_2";

/**
 * Standard version implemented by this module (`2.0`).
 * @example
 * ```ts
 * import { VERSION } from "fim-xoev/xdatenfelder/v2";
 * console.log(`XDatenfelder ${VERSION}`); // XDatenfelder 2.0
 * ```
 */
export const VERSION = "2.0";

/**
 * The prefix real 2.0 files use (`xdf`); the default of `serialize` and the prefix of diagnostic paths.
 * @example
 * ```ts
 * import { DEFAULT_PREFIX, type Nachricht, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const nachricht: Nachricht;
 * console.log(serialize(nachricht).includes(`<${DEFAULT_PREFIX}:header>`)); // true
 * ```
 */
export const DEFAULT_PREFIX = "xdf";

/**
 * Namespace of the OASIS genericode 1.0 payload of message 0105 (`xdatenfelder.codeliste.0105`).
 * @example
 * ```ts
 * import { GENERICODE_NAMESPACE, parse } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // a Codeliste message (0105)
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.codeliste.0105") console.log(`${n.codeliste.genericode.inhalt.length} element(s) in ${GENERICODE_NAMESPACE}`);
 * ```
 */
export const GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/** Namespace of `xsi:schemaLocation` and friends, which real 2.0 files carry on the root. */
export { XSI_NAMESPACE } from "../../core/xml/node.ts";

import { XSI_NAMESPACE } from "../../core/xml/node.ts";

/**
 * Canonical prefixes used in diagnostic paths (namespace URI → prefix): `xdf`, `gc` for genericode, `xsi`.
 * @example
 * ```ts
 * import { NAMESPACE, PREFIXES } from "fim-xoev/xdatenfelder/v2";
 * console.log(PREFIXES[NAMESPACE]); // xdf, as in the path /xdf:xdatenfelder.datenfeld.0104/xdf:datenfeld
 * ```
 */
export const PREFIXES: Readonly<Record<string, string>> = {
  [NAMESPACE]: DEFAULT_PREFIX,
  [GENERICODE_NAMESPACE]: "gc",
  [XSI_NAMESPACE]: "xsi",
};

/**
 * Root elements of the five messages of `xdatenfelder.xsd`, by message number (0101 Dokumentsteckbrief … 0105
 * Codeliste); each is the `kind` of the parsed `Nachricht`.
 * @example
 * ```ts
 * import { MESSAGES, parse } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string;
 * if (parse(xml).kind === MESSAGES["0105"]) console.log("a Codeliste");
 * ```
 */
export const MESSAGES = {
  "0101": "xdatenfelder.dokumentsteckbrief.0101",
  "0102": "xdatenfelder.stammdatenschema.0102",
  "0103": "xdatenfelder.datenfeldgruppe.0103",
  "0104": "xdatenfelder.datenfeld.0104",
  "0105": "xdatenfelder.codeliste.0105",
} as const;

/** Local name of a message root element. */
export type MessageElement = (typeof MESSAGES)[keyof typeof MESSAGES];

/**
 * Catalogue id of the official schema set that validates this version (see `schemas/catalog.json`), as
 * `fim-xoev schemas list` and `fim-xoev schemas path` name it.
 * @example
 * ```ts
 * import { SCHEMA_SET_ID } from "fim-xoev/xdatenfelder/v2";
 * console.log(`fim-xoev schemas path ${SCHEMA_SET_ID}`); // the command that prints where the xdatenfelder-2.0 XSDs are
 * ```
 */
export const SCHEMA_SET_ID = "xdatenfelder-2.0";
