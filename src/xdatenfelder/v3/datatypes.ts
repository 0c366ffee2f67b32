/**
 * The simple types of the XDatenfelder 3.0.0 XSDs (`xdatenfelder-baukasten.xsd`, `xdatenfelder-datentypen.xsd`,
 * `latinchars.xsd`, `xoev-code.xsd`) that the model reads, with their facets as the schema states them. The
 * parser checks every value it reads against its type (`invalid-value`, stage `model`), so the model stage
 * rejects what the XSD stage would reject for these values, also when no schemas are configured.
 * Code-list enumerations and fixed `listURI`/`listVersionID` values are checked by `parseXoevCode`.
 */
import { type SimpleTypeDef, STRING_LATIN, simpleType, XS } from "../../core/xsd-types/facets.ts";

/** `xoev-lc:String.Latin`: name, beschreibung, definition, bezeichnung*, hilfetext*, inhalt, Präzisierung, … */
export const LATIN: SimpleTypeDef = STRING_LATIN;
/** `xs:date`: statusGesetztAm, gueltigAb, gueltigBis, veroeffentlichungsdatum. */
export const DATE: SimpleTypeDef = XS.date;
/** `xs:dateTime`: letzteAenderung, erstellungszeitpunkt. */
export const DATE_TIME: SimpleTypeDef = XS.dateTime;
/** `xs:boolean`: istAbstrakt. */
export const BOOLEAN: SimpleTypeDef = XS.boolean;
/** `xs:positiveInteger`: maxSize, Praezisierung/@maxLength, Sprache/@version. */
export const POSITIVE_INTEGER: SimpleTypeDef = XS.positiveInteger;
/** `xs:nonNegativeInteger`: Praezisierung/@minLength. */
export const NON_NEGATIVE_INTEGER: SimpleTypeDef = XS.nonNegativeInteger;
/** `xs:int`: Fehlermeldung/@code. */
export const INT: SimpleTypeDef = XS.int;
/** `xs:anyURI`: Rechtsbezug/@link, Stichwort/@uri. */
export const ANY_URI: SimpleTypeDef = XS.anyURI;
/** `xdf:AnzahlString`: Struktur/anzahl. */
export const ANZAHL: SimpleTypeDef = simpleType({ name: "xdf:AnzahlString", base: "string", patterns: ["\\d+:(\\*|\\d+)"] });
/** `xdf:VersionString`: ElementIdentifikation/version. */
export const VERSION_STRING: SimpleTypeDef = simpleType({ name: "xdf:VersionString", base: "string", patterns: ["\\d+\\.\\d+\\.\\d+"] });
/** `xdf:PatternString`: Datenfeld/mediaType. */
export const PATTERN_STRING: SimpleTypeDef = simpleType({ name: "xdf:PatternString", base: "token", patterns: ["\\w+/[-+.\\w]+"] });
/** `xdf:Language`: Sprache/@lang. */
export const LANGUAGE: SimpleTypeDef = simpleType({
  name: "xdf:Language",
  base: "token",
  minLength: 2,
  maxLength: 3,
  patterns: ["[a-z]{2,3}"],
});
/** `xdf:CountryCode`: Sprache/@region. */
export const COUNTRY_CODE: SimpleTypeDef = simpleType({ name: "xdf:CountryCode", base: "token", patterns: ["[A-Z]{2}"] });
/** `xdf:LanguageVariant`: Sprache/@variant. */
export const LANGUAGE_VARIANT: SimpleTypeDef = simpleType({ name: "xdf:LanguageVariant", base: "token", patterns: ["simple"] });
