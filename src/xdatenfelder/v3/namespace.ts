/** XDatenfelder 3.0.0: namespace, message root elements, canonical prefix. */

/** Target namespace of XDatenfelder 3.0.0. */
export const NAMESPACE = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";

/** Standard version implemented by this module. */
export const VERSION = "3.0.0";

/** The prefix FIM Portal exports use; our default when writing. */
export const DEFAULT_PREFIX = "xdf3";

/** Namespace of the OASIS genericode 1.0 payload of message 0105. */
export const GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/** Canonical prefixes used in diagnostic paths. */
export const PREFIXES: Readonly<Record<string, string>> = { [NAMESPACE]: DEFAULT_PREFIX, [GENERICODE_NAMESPACE]: "gc" };

/** Root elements of the six messages, by message number. */
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

/** Catalogue id of the official schema set that validates this version (see `schemas/catalog.json`). */
export const SCHEMA_SET_ID = "xdatenfelder-3.0.0";
