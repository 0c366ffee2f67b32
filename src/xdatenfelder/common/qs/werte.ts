/** Lexical checks of the value formats the QS catalogue names (number, integer, date, time, date-time). */
import { isXsdDate, isXsdDateTime, isXsdDecimal, isXsdInteger, isXsdTime } from "../../../core/xsd-types/builtins.ts";

/*
 * The lexical and value checks are the library's one implementation of the XSD datatypes (`core/xsd-types`,
 * pinned against libxml2), applied to the trimmed value: `2024-02-31` is no date, `24:00:00` is a time.
 */

/** xs:decimal */
export function istZahl(v: string): boolean {
  return isXsdDecimal(v.trim());
}
/** xs:integer */
export function istGanzzahl(v: string): boolean {
  return isXsdInteger(v.trim());
}
/** xs:date (day checked against the month and leap year) */
export function istDatum(v: string): boolean {
  return isXsdDate(v.trim());
}
/** xs:time (`24:00:00` included, as XSD 1.0 and libxml2 allow) */
export function istUhrzeit(v: string): boolean {
  return isXsdTime(v.trim());
}
/** xs:dateTime */
export function istZeitpunkt(v: string): boolean {
  return isXsdDateTime(v.trim());
}
/** xs:boolean as the catalogue asks for it: `true` or `false`. */
export function istWahrheitswert(v: string): boolean {
  return v.trim() === "true" || v.trim() === "false";
}

/** The kind of value a Datentyp's range bounds and content must have. */
export type Wertart = "zahl" | "ganzzahl" | "datum" | "uhrzeit" | "zeitpunkt";

/** The value kind of a Datentyp that allows a range, if any. */
export function wertartVon(datentyp: string): Wertart | undefined {
  switch (datentyp) {
    case "num":
    case "num_currency":
      return "zahl";
    case "num_int":
      return "ganzzahl";
    case "date":
      return "datum";
    case "time":
      return "uhrzeit";
    case "datetime":
      return "zeitpunkt";
    default:
      return undefined;
  }
}

/** True when `v` has the value kind. */
export function passt(art: Wertart, v: string): boolean {
  switch (art) {
    case "zahl":
      return istZahl(v);
    case "ganzzahl":
      return istGanzzahl(v);
    case "datum":
      return istDatum(v);
    case "uhrzeit":
      return istUhrzeit(v);
    case "zeitpunkt":
      return istZeitpunkt(v);
  }
}

/**
 * Compares two values of one kind: negative when a < b. Numbers numerically; dates, times and date-times
 * lexically when they carry the same time-zone form (otherwise undefined: not comparable).
 */
export function vergleiche(art: Wertart, a: string, b: string): number | undefined {
  const x = a.trim();
  const y = b.trim();
  if (art === "zahl" || art === "ganzzahl") return Number(x) - Number(y);
  const tz = (s: string) => /(?:Z|[+-]\d{2}:\d{2})$/.exec(art === "datum" ? s.slice(10) : s)?.[0] ?? "";
  if (tz(x) !== tz(y)) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}
