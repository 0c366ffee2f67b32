/** XDatenfelder 2.0: namespace, message root elements, canonical prefix. */

/** Target namespace of XDatenfelder 2.0. */
export const NAMESPACE = "urn:xoev-de:fim:standard:xdatenfelder_2";

/** Standard version implemented by this module. */
export const VERSION = "2.0";

/** The prefix real 2.0 files use; our default when writing. */
export const DEFAULT_PREFIX = "xdf";

/** Namespace of the OASIS genericode 1.0 payload of message 0105. */
export const GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/** Namespace of `xsi:schemaLocation` and friends, which real 2.0 files carry on the root. */
export { XSI_NAMESPACE } from "../../core/xml/node.ts";

import { XSI_NAMESPACE } from "../../core/xml/node.ts";

/** Canonical prefixes used in diagnostic paths. */
export const PREFIXES: Readonly<Record<string, string>> = {
  [NAMESPACE]: DEFAULT_PREFIX,
  [GENERICODE_NAMESPACE]: "gc",
  [XSI_NAMESPACE]: "xsi",
};

/** Root elements of the five messages of `xdatenfelder.xsd`, by message number. */
export const MESSAGES = {
  "0101": "xdatenfelder.dokumentsteckbrief.0101",
  "0102": "xdatenfelder.stammdatenschema.0102",
  "0103": "xdatenfelder.datenfeldgruppe.0103",
  "0104": "xdatenfelder.datenfeld.0104",
  "0105": "xdatenfelder.codeliste.0105",
} as const;

/** Local name of a message root element. */
export type MessageElement = (typeof MESSAGES)[keyof typeof MESSAGES];

/** Catalogue id of the official schema set that validates this version (see `schemas/catalog.json`). */
export const SCHEMA_SET_ID = "xdatenfelder-2.0";
