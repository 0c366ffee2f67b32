/**
 * The simple types of the XDatenfelder 2.0 XSDs (`xdatenfelder-baukasten.xsd`, `xdatenfelder-datentypen.xsd`,
 * `latinchars.xsd`, `xoev-code.xsd`) that the model reads, with their facets as the schema states them. The
 * parser checks every value it reads against its type (`invalid-value`, stage `model`). Code-list enumerations
 * and fixed `listURI`/`listVersionID` values are checked by `parseXoevCode`.
 */
import { type SimpleTypeDef, STRING_LATIN, simpleType, XS } from "../../core/xsd-types/facets.ts";

/** `xoev-lc:String.Latin`: name, bezeichnung*, beschreibung, definition, bezug, hilfetext*, inhalt, praezisierung, … */
export const LATIN: SimpleTypeDef = STRING_LATIN;
/** `xs:date`: gueltigAb, gueltigBis, freigabedatum, veroeffentlichungsdatum. */
export const DATE: SimpleTypeDef = XS.date;
/** `xs:dateTime`: erstellungszeitpunkt. */
export const DATE_TIME: SimpleTypeDef = XS.dateTime;
/** `xs:boolean`: isReferenz. */
export const BOOLEAN: SimpleTypeDef = XS.boolean;
/** `xdf:AnzahlString`: Struktur/anzahl. */
export const ANZAHL: SimpleTypeDef = simpleType({ name: "xdf:AnzahlString", base: "string", patterns: ["\\d+:(\\*|\\d+)"] });
/** `xdf:VersionString` (2.0: two parts): ElementIdentifikation/version. */
export const VERSION_STRING: SimpleTypeDef = simpleType({ name: "xdf:VersionString", base: "string", patterns: ["\\d+\\.\\d+"] });
