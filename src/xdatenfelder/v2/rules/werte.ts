/** Lexical checks of the value formats the QS catalogue names (number, integer, date, time, date-time). */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;
const TZ = "(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?";
const DATE = new RegExp(`^-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${TZ}$`);
const TIME = new RegExp(`^(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)${TZ}$`);
const DATETIME = new RegExp(
  `^-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)${TZ}$`,
);

/** xs:decimal */
export function istZahl(v: string): boolean {
  return DECIMAL.test(v.trim());
}
/** xs:integer */
export function istGanzzahl(v: string): boolean {
  return INTEGER.test(v.trim());
}
/** xs:date (day checked against the month) */
export function istDatum(v: string): boolean {
  const m = DATE.exec(v.trim());
  if (m === null) return false;
  return tagPasst(v.trim(), Number(m[1]), Number(m[2]));
}
/** xs:time */
export function istUhrzeit(v: string): boolean {
  return TIME.test(v.trim());
}
/** xs:dateTime */
export function istZeitpunkt(v: string): boolean {
  const m = DATETIME.exec(v.trim());
  if (m === null) return false;
  return tagPasst(v.trim(), Number(m[1]), Number(m[2]));
}
/** xs:boolean as the catalogue asks for it: `true` or `false`. */
export function istWahrheitswert(v: string): boolean {
  return v.trim() === "true" || v.trim() === "false";
}

function tagPasst(v: string, month: number, day: number): boolean {
  const year = Number(/^-?(\d{4,})/.exec(v)?.[1] ?? "0");
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return day <= max;
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
