/**
 * The one table from XDatenfelder `datentyp` to the constraints of the form data. JSON Schema, XSD, zod and the
 * sample generator all read it, so they cannot drift apart (docs/forms.md, "Mapping").
 *
 * Dates and times are expressed by patterns whose semantics are identical in XSD and JavaScript (a date pattern
 * that knows month lengths and leap years), not by `format` alone: ajv-formats' `date`, `xs:date` and zod's
 * `iso.date` disagree on time zones and the year 0000.
 */
import type { Datentyp } from "../v3/codes.ts";

/** The JSON type of a value. */
export type FormBase = "string" | "integer" | "number" | "boolean";

/** What one datatype contributes. */
export interface DatatypeRule {
  /** The JSON type of values of this datatype. */
  readonly base: FormBase;
  /** XSD built-in type of the element (before facets). */
  readonly xsdType: string;
  /** XSD pattern (same syntax in JavaScript) restricting the lexical form, for dates and times. */
  readonly pattern?: string;
  /** JSON Schema `format` to add (an annotation for form builders; the pattern decides validity). */
  readonly format?: string;
  /** Whether `praezisierung` minLength/maxLength/pattern apply. */
  readonly text: boolean;
  /** Whether `praezisierung` minValue/maxValue apply (numbers only; see docs for dates). */
  readonly range: boolean;
  /** A realistic sample value (text values are fitted to length and pattern by the sample generator). */
  readonly sample: string | number | boolean;
}

const YEAR = "(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";
const LEAP_YEAR = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)";
const MONTH_DAY = "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))";
/**
 * `YYYY-MM-DD`, a real calendar date, years 0001–9999, no time zone (the same syntax in XSD and JavaScript).
 * @example
 * ```ts
 * import { DATE_PATTERN } from "fim-xoev/xdatenfelder/forms";
 * const geburtsdatum = new RegExp(`^(?:${DATE_PATTERN})$`);
 * console.log(geburtsdatum.test("1984-02-29"), geburtsdatum.test("1985-02-29")); // true false
 * ```
 */
export const DATE_PATTERN = `(${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
/**
 * `hh:mm:ss`, 00:00:00–23:59:59, no fraction, no time zone (the same syntax in XSD and JavaScript).
 * @example
 * ```ts
 * import { TIME_PATTERN } from "fim-xoev/xdatenfelder/forms";
 * const uhrzeit = new RegExp(`^(?:${TIME_PATTERN})$`);
 * console.log(uhrzeit.test("08:30:00"), uhrzeit.test("24:00:00")); // true false
 * ```
 */
export const TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]";
/**
 * Date `T` time, optionally with `Z` or an offset from -14:00 to +14:00 (the same syntax in XSD and JavaScript).
 * @example
 * ```ts
 * import { DATETIME_PATTERN } from "fim-xoev/xdatenfelder/forms";
 * const zeitpunkt = new RegExp(`^(?:${DATETIME_PATTERN})$`);
 * console.log(zeitpunkt.test("2024-05-17T09:15:00+02:00")); // true
 * ```
 */
export const DATETIME_PATTERN = `${DATE_PATTERN}T${TIME_PATTERN}(Z|[+\\-](0[0-9]|1[0-3]):[0-5][0-9]|[+\\-]14:00)?`;

/**
 * The mapping from `datentyp` to the constraints of the form data, one row per datatype of XDatenfelder 3.0.0.
 * @example
 * ```ts
 * import { DATATYPES } from "fim-xoev/xdatenfelder/forms";
 * const { base, xsdType, sample } = DATATYPES.date; // the row of an input field "Geburtsdatum"
 * console.log(base, xsdType, sample); // string xs:date 2024-05-17
 * ```
 */
export const DATATYPES: Readonly<Record<Datentyp, DatatypeRule>> = {
  text: { base: "string", xsdType: "xs:string", text: true, range: false, sample: "Beispieltext" },
  text_latin: { base: "string", xsdType: "xs:string", text: true, range: false, sample: "Beispieltext" },
  date: {
    base: "string",
    xsdType: "xs:date",
    pattern: DATE_PATTERN,
    format: "date",
    text: false,
    range: false,
    sample: "2024-05-17",
  },
  time: { base: "string", xsdType: "xs:time", pattern: TIME_PATTERN, text: false, range: false, sample: "09:30:00" },
  datetime: {
    base: "string",
    xsdType: "xs:dateTime",
    pattern: DATETIME_PATTERN,
    text: false,
    range: false,
    sample: "2024-05-17T09:30:00Z",
  },
  bool: { base: "boolean", xsdType: "xs:boolean", text: false, range: false, sample: true },
  num: { base: "number", xsdType: "xs:decimal", text: false, range: true, sample: 12.5 },
  num_int: { base: "integer", xsdType: "xs:integer", text: false, range: true, sample: 3 },
  num_currency: { base: "number", xsdType: "xs:decimal", text: false, range: true, sample: 99.95 },
  file: { base: "string", xsdType: "xs:string", text: false, range: false, sample: "anlage.pdf" },
  obj: { base: "string", xsdType: "xs:string", text: false, range: false, sample: "objekt" },
};

/**
 * The rule for a datatype code; unknown codes are read as `text`.
 * @example
 * ```ts
 * import { datatypeRule } from "fim-xoev/xdatenfelder/forms";
 * const rule = datatypeRule("num_int"); // e.g. the field "Anzahl der Kinder"
 * console.log(rule.base, rule.range); // integer true
 * ```
 */
export function datatypeRule(code: string): DatatypeRule {
  return Object.hasOwn(DATATYPES, code) ? DATATYPES[code as Datentyp] : DATATYPES.text;
}

/**
 * The decimal notation of a finite number without exponent (`1e21` → `1000000000000000000000`, `1e-7` →
 * `0.0000001`), as `xs:decimal` requires.
 * @example
 * ```ts
 * import { formatDecimal } from "fim-xoev/xdatenfelder/forms";
 * const maximum = 25e-8; // a praezisierung maxValue read as a number
 * console.log(String(maximum), formatDecimal(maximum)); // 2.5e-7 0.00000025 (the XSD facet needs the second)
 * ```
 */
export function formatDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s === "-0" ? "0" : s;
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (m === null) return s;
  const sign = m[1] as string;
  const digits = (m[2] as string) + (m[3] ?? "");
  const exp = Number(m[4]);
  const point = 1 + exp;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * The lexical form of `xs:decimal` (sign, digits, optional fraction; no exponent).
 * @example
 * ```ts
 * import { DECIMAL_LEXICAL } from "fim-xoev/xdatenfelder/forms";
 * console.log(DECIMAL_LEXICAL.test("1250.50"), DECIMAL_LEXICAL.test("1,25e3")); // true false
 * ```
 */
export const DECIMAL_LEXICAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/**
 * The lexical form of `xs:integer` (optional sign, digits).
 * @example
 * ```ts
 * import { INTEGER_LEXICAL } from "fim-xoev/xdatenfelder/forms";
 * console.log(INTEGER_LEXICAL.test("+3"), INTEGER_LEXICAL.test("3.0")); // true false
 * ```
 */
export const INTEGER_LEXICAL = /^[+-]?\d+$/;
