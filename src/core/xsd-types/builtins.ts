/**
 * The XSD 1.0 built-in datatypes the FIM/XÖV standards use, checked exactly as libxml2 (the engine of the XSD
 * stage) checks them, so that a value the model stage accepts is one the XSD stage accepts too. Every rule here
 * was read off libxml2's verdicts (`xmlschemastypes.c`, pinned by the property test
 * `test/core/xsd-types.property.test.ts` against libxml2-wasm on generated values), including its quirks:
 *
 * - `xs:date` and `xs:dateTime` take no surrounding white space at all; `xs:time` skips leading white space only.
 * - `24:00:00` (with any fraction of zeros) is a valid time, in `xs:time` and `xs:dateTime` alike (XSD 1.0
 *   errata); `24:00:01` is not. Seconds are below 60 (no leap seconds).
 * - Years: at least four digits, no leading zero beyond four, not `0000`, optional `-`, at most 2147483647 in
 *   magnitude; leap years by the proleptic Gregorian rule on the year as written (`-0004-02-29` is valid).
 * - Time zones `Z` or `±hh:mm` up to `±14:00`.
 * - Integers and decimals: optional sign, ASCII digits only, white space collapsed; no exponent.
 * - `xs:anyURI`: libxml2 replaces control characters, space, `<>"{}|\^\`'` and every non-ASCII character by `_`
 *   and then parses the result as an RFC 3986 URI reference (`xmlParseURI`).
 */

/** XML white space (the XSD `whiteSpace` facet works on these four characters). */
const WS = /[\t\n\r ]/;

/**
 * `whiteSpace="replace"`: TAB, LF, CR → space.
 *
 * @example
 * ```ts
 * import { replaceWhitespace } from "fim-xoev/validation";
 *
 * // an xs:normalizedString as the XSD sees it
 * console.log(replaceWhitespace("Antrag auf\tWohngeld\n")); // "Antrag auf Wohngeld "
 * ```
 */
export function replaceWhitespace(value: string): string {
  return value.replace(/[\t\n\r]/g, " ");
}

/**
 * `whiteSpace="collapse"`: replace, then trim and squeeze runs of spaces.
 *
 * @example
 * ```ts
 * import { collapseWhitespace } from "fim-xoev/validation";
 *
 * // an xs:token as the XSD sees it
 * console.log(collapseWhitespace("  99108001000000 \n")); // "99108001000000"
 * ```
 */
export function collapseWhitespace(value: string): string {
  if (!/[\t\n\r]| {2}|^ | $/.test(value)) return value;
  return value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "");
}

const MAX_INT = 2147483647;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const YEAR = "(-?)(\\d{4,})";
const TZ = "(Z|[+-]\\d{2}:\\d{2})?";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)";
const DATE_RE = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})${TZ}$`);
const TIME_RE = new RegExp(`^${TIME}${TZ}$`);
const DATE_TIME_RE = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})T${TIME}${TZ}$`);
const GYEAR_RE = new RegExp(`^${YEAR}${TZ}$`);

function validYear(digits: string): number | undefined {
  if (digits.length > 4 && digits.startsWith("0")) return undefined;
  if (digits.length > 10) return undefined;
  const y = Number(digits);
  return y === 0 || y > MAX_INT ? undefined : y;
}

function validTimezone(tz: string | undefined): boolean {
  if (tz === undefined || tz === "Z") return true;
  const h = Number(tz.slice(1, 3));
  const m = Number(tz.slice(4, 6));
  return m < 60 && (h < 14 || (h === 14 && m === 0));
}

function validDate(sign: string, yearDigits: string, month: string, day: string): boolean {
  const y = validYear(yearDigits);
  if (y === undefined) return false;
  const mo = Number(month);
  const d = Number(day);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(sign === "-" ? -y : y, mo);
}

function validTime(hour: string, minute: string, second: string): boolean {
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second);
  if (h === 24) return m === 0 && s === 0;
  return h <= 23 && m <= 59 && s < 60;
}

/**
 * `xs:date` as libxml2 accepts it (no surrounding white space).
 *
 * @example
 * ```ts
 * import { isXsdDate } from "fim-xoev/validation";
 *
 * console.log(isXsdDate("2024-02-29"), isXsdDate("29.02.2024")); // true false
 * ```
 */
export function isXsdDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return m !== null && validDate(m[1] as string, m[2] as string, m[3] as string, m[4] as string) && validTimezone(m[5]);
}

/**
 * `xs:time` as libxml2 accepts it (leading white space skipped, none trailing).
 *
 * @example
 * ```ts
 * import { isXsdTime } from "fim-xoev/validation";
 *
 * console.log(isXsdTime("08:30:00"), isXsdTime("08:30")); // true false
 * ```
 */
export function isXsdTime(value: string): boolean {
  let i = 0;
  while (i < value.length && WS.test(value[i] as string)) i++;
  const m = TIME_RE.exec(i === 0 ? value : value.slice(i));
  return m !== null && validTime(m[1] as string, m[2] as string, m[3] as string) && validTimezone(m[4]);
}

/**
 * `xs:dateTime` as libxml2 accepts it (no surrounding white space; `T24:00:00` allowed).
 *
 * @example
 * ```ts
 * import { isXsdDateTime } from "fim-xoev/validation";
 *
 * // the Header's erstellungszeitpunkt
 * console.log(isXsdDateTime("2024-05-17T10:15:00+02:00"), isXsdDateTime("2024-05-17 10:15")); // true false
 * ```
 */
export function isXsdDateTime(value: string): boolean {
  const m = DATE_TIME_RE.exec(value);
  return (
    m !== null &&
    validDate(m[1] as string, m[2] as string, m[3] as string, m[4] as string) &&
    validTime(m[5] as string, m[6] as string, m[7] as string) &&
    validTimezone(m[8])
  );
}

/**
 * `xs:gYear` as libxml2 accepts it.
 *
 * @example
 * ```ts
 * import { isXsdGYear } from "fim-xoev/validation";
 *
 * console.log(isXsdGYear("2024"), isXsdGYear("24")); // true false
 * ```
 */
export function isXsdGYear(value: string): boolean {
  const m = GYEAR_RE.exec(value);
  return m !== null && validYear(m[2] as string) !== undefined && validTimezone(m[3]);
}

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER_RE = /^([+-]?)(\d+)$/;

/**
 * `xs:decimal` (white space collapsed; ASCII digits, optional sign and point, no exponent).
 *
 * @example
 * ```ts
 * import { isXsdDecimal } from "fim-xoev/validation";
 *
 * console.log(isXsdDecimal("1234.50"), isXsdDecimal("1.234,50"), isXsdDecimal("1e3")); // true false false
 * ```
 */
export function isXsdDecimal(value: string): boolean {
  return DECIMAL_RE.test(collapseWhitespace(value));
}

/**
 * The value of an `xs:integer` lexical form as a bigint, or `undefined` when it is none (white space collapsed).
 *
 * @example
 * ```ts
 * import { xsdIntegerValue } from "fim-xoev/validation";
 *
 * // the value of a large xs:integer without losing digits
 * console.log(xsdIntegerValue(" 99108001000000 ")); // 99108001000000n
 * ```
 */
export function xsdIntegerValue(value: string): bigint | undefined {
  const m = INTEGER_RE.exec(collapseWhitespace(value));
  if (m === null) return undefined;
  const v = BigInt(m[2] as string);
  return m[1] === "-" ? -v : v;
}

/**
 * `xs:integer`.
 *
 * @example
 * ```ts
 * import { isXsdInteger } from "fim-xoev/validation";
 *
 * console.log(isXsdInteger("-12"), isXsdInteger("12.0")); // true false
 * ```
 */
export function isXsdInteger(value: string): boolean {
  return xsdIntegerValue(value) !== undefined;
}

/**
 * `xs:nonNegativeInteger` (`-0` is allowed: it denotes zero).
 *
 * @example
 * ```ts
 * import { isXsdNonNegativeInteger } from "fim-xoev/validation";
 *
 * // minOccurs and maxOccurs of an Anzahl
 * console.log(isXsdNonNegativeInteger("0"), isXsdNonNegativeInteger("-1")); // true false
 * ```
 */
export function isXsdNonNegativeInteger(value: string): boolean {
  const v = xsdIntegerValue(value);
  return v !== undefined && v >= 0n;
}

/**
 * `xs:positiveInteger`.
 *
 * @example
 * ```ts
 * import { isXsdPositiveInteger } from "fim-xoev/validation";
 *
 * console.log(isXsdPositiveInteger("1"), isXsdPositiveInteger("0")); // true false
 * ```
 */
export function isXsdPositiveInteger(value: string): boolean {
  const v = xsdIntegerValue(value);
  return v !== undefined && v > 0n;
}

/**
 * `xs:int` (32-bit signed).
 *
 * @example
 * ```ts
 * import { isXsdInt } from "fim-xoev/validation";
 *
 * console.log(isXsdInt("2147483647"), isXsdInt("2147483648")); // true false
 * ```
 */
export function isXsdInt(value: string): boolean {
  const v = xsdIntegerValue(value);
  return v !== undefined && v >= -2147483648n && v <= 2147483647n;
}

/**
 * `xs:boolean`: `true`, `false`, `1`, `0` (white space collapsed).
 *
 * @example
 * ```ts
 * import { isXsdBoolean } from "fim-xoev/validation";
 *
 * console.log(isXsdBoolean("true"), isXsdBoolean("1"), isXsdBoolean("ja")); // true true false
 * ```
 */
export function isXsdBoolean(value: string): boolean {
  const v = collapseWhitespace(value);
  return v === "true" || v === "false" || v === "1" || v === "0";
}

// --- xs:anyURI: RFC 3986 URI-reference as libxml2's xmlParseURI reads it -----------------------------------

const ALPHA = /[A-Za-z]/;
const DIGIT = /[0-9]/;
const HEX = /[0-9A-Fa-f]/;
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const SUB_DELIM = /[!$&'()*+,;=]/;

class UriScanner {
  i = 0;
  constructor(readonly s: string) {}
  at(k = 0): string {
    return this.s[this.i + k] ?? "";
  }
  pct(): boolean {
    return this.at() === "%" && HEX.test(this.at(1)) && HEX.test(this.at(2));
  }
  /** unreserved / pct-encoded / sub-delims, plus the extra characters given. */
  char(extra: string): boolean {
    const c = this.at();
    if (c === "") return false;
    if (c === "%") return this.pct();
    return UNRESERVED.test(c) || SUB_DELIM.test(c) || extra.includes(c);
  }
  step(): void {
    this.i += this.at() === "%" ? 3 : 1;
  }
  pchar(): boolean {
    return this.char(":@");
  }
  segment(): void {
    while (this.pchar()) this.step();
  }
  /** *( "/" segment ) */
  slashSegments(): void {
    while (this.at() === "/") {
      this.i++;
      this.segment();
    }
  }
  authority(): boolean {
    const start = this.i;
    while (this.char(":")) this.step();
    if (this.at() === "@") this.i++;
    else this.i = start;
    // host
    if (this.at() === "[") {
      const close = this.s.indexOf("]", this.i);
      if (close < 0) return false;
      this.i = close + 1;
    } else {
      while (this.char("")) this.step();
    }
    if (this.at() === ":") {
      this.i++;
      if (!DIGIT.test(this.at())) return false;
      let port = 0;
      while (DIGIT.test(this.at())) {
        port = port * 10 + Number(this.at());
        if (port > MAX_INT) return false;
        this.i++;
      }
    }
    return true;
  }
  queryAndFragment(): boolean {
    if (this.at() === "?") {
      this.i++;
      while (this.char(":@/?")) this.step();
    }
    if (this.at() === "#") {
      this.i++;
      while (this.char(":@/?[]")) this.step();
    }
    return this.i === this.s.length;
  }
  /** scheme ":" hier-part [ "?" query ] [ "#" fragment ] */
  absolute(): boolean {
    if (!ALPHA.test(this.at())) return false;
    while (/[A-Za-z0-9+\-.]/.test(this.at())) this.i++;
    if (this.at() !== ":") return false;
    this.i++;
    if (this.at() === "/" && this.at(1) === "/") {
      this.i += 2;
      if (!this.authority()) return false;
      this.slashSegments();
    } else if (this.at() === "/") {
      this.slashSegments();
    } else if (this.pchar()) {
      this.segment();
      this.slashSegments();
    }
    return this.queryAndFragment();
  }
  relative(): boolean {
    if (this.at() === "/" && this.at(1) === "/") {
      this.i += 2;
      if (!this.authority()) return false;
      this.slashSegments();
    } else if (this.at() === "/") {
      this.slashSegments();
    } else if (this.pchar()) {
      if (this.at() === ":") return false;
      while (this.char("@")) this.step();
      if (this.at() === ":") return false;
      this.slashSegments();
    }
    return this.queryAndFragment();
  }
}

/**
 * `xs:anyURI` as libxml2 accepts it.
 *
 * @example
 * ```ts
 * import { isXsdAnyURI } from "fim-xoev/validation";
 *
 * console.log(isXsdAnyURI("https://www.xrepository.de/api/xrepository/urn:de:fim:codeliste:dokumenttyp_2023-02-24"));
 * ```
 */
export function isXsdAnyURI(value: string): boolean {
  const v = collapseWhitespace(value);
  if (v === "") return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: libxml2 replaces control characters too
  const s = v.replace(/[\u0000-\u0020<>"{}|\\^`'\u007f-\u{10ffff}]/gu, "_");
  return new UriScanner(s).absolute() || new UriScanner(s).relative();
}

/** The built-in types of {@link isXsdBuiltin}. */
export type XsdBuiltin =
  | "string"
  | "normalizedString"
  | "token"
  | "anyURI"
  | "boolean"
  | "date"
  | "time"
  | "dateTime"
  | "gYear"
  | "decimal"
  | "integer"
  | "nonNegativeInteger"
  | "positiveInteger"
  | "int";

const CHECKS: Readonly<Record<XsdBuiltin, ((v: string) => boolean) | undefined>> = {
  string: undefined,
  normalizedString: undefined,
  token: undefined,
  anyURI: isXsdAnyURI,
  boolean: isXsdBoolean,
  date: isXsdDate,
  time: isXsdTime,
  dateTime: isXsdDateTime,
  gYear: isXsdGYear,
  decimal: isXsdDecimal,
  integer: isXsdInteger,
  nonNegativeInteger: isXsdNonNegativeInteger,
  positiveInteger: isXsdPositiveInteger,
  int: isXsdInt,
};

/**
 * True when `value` (an XML text or attribute value, as the document holds it) is in the lexical space of the
 * built-in type. `string`, `normalizedString` and `token` accept every XML string.
 *
 * @example
 * ```ts
 * import { isXsdBuiltin } from "fim-xoev/validation";
 *
 * // the Fachdaten value of a Datenfeld with datentyp "date"
 * console.log(isXsdBuiltin("date", "2024-05-17"), isXsdBuiltin("decimal", "12,5")); // true false
 * ```
 */
export function isXsdBuiltin(type: XsdBuiltin, value: string): boolean {
  const check = CHECKS[type];
  return check === undefined || check(value);
}

/**
 * The `whiteSpace` facet of a built-in type: `string` preserves, `normalizedString` replaces, the rest collapse.
 *
 * @example
 * ```ts
 * import { collapseWhitespace, whiteSpaceOf } from "fim-xoev/validation";
 *
 * declare const value: string;
 * const normalized = whiteSpaceOf("token") === "collapse" ? collapseWhitespace(value) : value;
 * console.log(normalized);
 * ```
 */
export function whiteSpaceOf(type: XsdBuiltin): "preserve" | "replace" | "collapse" {
  return type === "string" ? "preserve" : type === "normalizedString" ? "replace" : "collapse";
}
