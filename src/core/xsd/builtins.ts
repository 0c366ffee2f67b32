/**
 * The XSD 1.0 built-in simple types for the JS validator: each with its base (for derivation checks), its
 * `whiteSpace`, its value family (for the range, digit and length facets) and its lexical check. The checks of
 * the types the FIM/XÖV schemas use come from `core/xsd-types` (pinned to libxml2); the others are written here
 * from XML Schema Part 2. A built-in not in this table makes a schema unsupported (the libxml2 engine runs).
 */
import {
  collapseWhitespace,
  isXsdAnyURI,
  isXsdBoolean,
  isXsdDate,
  isXsdDateTime,
  isXsdDecimal,
  isXsdGYear,
  isXsdTime,
  xsdIntegerValue,
} from "../xsd-types/builtins.ts";

/** Namespace of the XSD built-in types. */
export const XSD_NS = "http://www.w3.org/2001/XMLSchema";

/** How facets compare values of a type. */
export type ValueFamily = "string" | "decimal" | "float" | "binary" | "other";

/** One built-in simple type. */
export interface BuiltinType {
  readonly local: string;
  /** The built-in it is derived from (`anySimpleType` for the primitives); undefined for anySimpleType. */
  readonly base: string | undefined;
  readonly whiteSpace: "preserve" | "replace" | "collapse";
  readonly family: ValueFamily;
  /** True when the lexical form, after white-space normalization, is in the type's lexical space. */
  readonly check: (normalized: string) => boolean;
  /** A list type (NMTOKENS, IDREFS): the item type's name. */
  readonly itemType?: string;
  /** xs:ID: values are unique within a document. */
  readonly id?: boolean;
}

// XML 1.0 (5th edition) name characters, without ':' for NCName.
const NAME_START =
  "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const NCNAME_RE = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`, "u");
const NAME_RE = new RegExp(`^[:${NAME_START}][:${NAME_CHAR}]*$`, "u");
const NMTOKEN_RE = new RegExp(`^[:${NAME_CHAR}]+$`, "u");
const LANGUAGE_RE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/;
const FLOAT_RE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NaN)$/;
const DURATION_RE = /^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64_RE =
  /^(?:(?:[A-Za-z0-9+/] ?){4})*(?:(?:[A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]|(?:[A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=|[A-Za-z0-9+/] ?[AQgw] ?= ?=)?$/;
const TZ = "(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?";
const GYEARMONTH_RE = new RegExp(`^-?\\d{4,}-(0[1-9]|1[0-2])${TZ}$`);
const GMONTH_RE = new RegExp(`^--(0[1-9]|1[0-2])${TZ}$`);
const GDAY_RE = new RegExp(`^---(0[1-9]|[12]\\d|3[01])${TZ}$`);
const GMONTHDAY_RE = new RegExp(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${TZ}$`);

function integerIn(min: bigint | undefined, max: bigint | undefined): (v: string) => boolean {
  return (v) => {
    const n = xsdIntegerValue(v);
    return n !== undefined && (min === undefined || n >= min) && (max === undefined || n <= max);
  };
}

const any = (): boolean => true;

function gMonthDay(v: string): boolean {
  const m = GMONTHDAY_RE.exec(v);
  if (m === null) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return day <= (month === 2 ? 29 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function table(): Map<string, BuiltinType> {
  const t = new Map<string, BuiltinType>();
  const add = (
    local: string,
    base: string | undefined,
    whiteSpace: BuiltinType["whiteSpace"],
    family: ValueFamily,
    check: (v: string) => boolean,
    extra: Partial<Pick<BuiltinType, "itemType" | "id">> = {},
  ) => t.set(local, { local, base, whiteSpace, family, check, ...extra });
  add("anySimpleType", undefined, "preserve", "string", any);
  add("string", "anySimpleType", "preserve", "string", any);
  add("normalizedString", "string", "replace", "string", any);
  add("token", "normalizedString", "collapse", "string", any);
  add("language", "token", "collapse", "string", (v) => LANGUAGE_RE.test(v));
  add("Name", "token", "collapse", "string", (v) => NAME_RE.test(v));
  add("NCName", "Name", "collapse", "string", (v) => NCNAME_RE.test(v));
  add("ID", "NCName", "collapse", "string", (v) => NCNAME_RE.test(v), { id: true });
  add("IDREF", "NCName", "collapse", "string", (v) => NCNAME_RE.test(v));
  add("NMTOKEN", "token", "collapse", "string", (v) => NMTOKEN_RE.test(v));
  add("NMTOKENS", "anySimpleType", "collapse", "other", (v) => v !== "" && v.split(" ").every((x) => NMTOKEN_RE.test(x)), {
    itemType: "NMTOKEN",
  });
  add("IDREFS", "anySimpleType", "collapse", "other", (v) => v !== "" && v.split(" ").every((x) => NCNAME_RE.test(x)), {
    itemType: "IDREF",
  });
  add("anyURI", "anySimpleType", "collapse", "string", isXsdAnyURI);
  add("boolean", "anySimpleType", "collapse", "other", isXsdBoolean);
  add("decimal", "anySimpleType", "collapse", "decimal", isXsdDecimal);
  add("integer", "decimal", "collapse", "decimal", integerIn(undefined, undefined));
  add("nonNegativeInteger", "integer", "collapse", "decimal", integerIn(0n, undefined));
  add("positiveInteger", "nonNegativeInteger", "collapse", "decimal", integerIn(1n, undefined));
  add("nonPositiveInteger", "integer", "collapse", "decimal", integerIn(undefined, 0n));
  add("negativeInteger", "nonPositiveInteger", "collapse", "decimal", integerIn(undefined, -1n));
  add("long", "integer", "collapse", "decimal", integerIn(-(2n ** 63n), 2n ** 63n - 1n));
  add("int", "long", "collapse", "decimal", integerIn(-(2n ** 31n), 2n ** 31n - 1n));
  add("short", "int", "collapse", "decimal", integerIn(-32768n, 32767n));
  add("byte", "short", "collapse", "decimal", integerIn(-128n, 127n));
  add("unsignedLong", "nonNegativeInteger", "collapse", "decimal", integerIn(0n, 2n ** 64n - 1n));
  add("unsignedInt", "unsignedLong", "collapse", "decimal", integerIn(0n, 2n ** 32n - 1n));
  add("unsignedShort", "unsignedInt", "collapse", "decimal", integerIn(0n, 65535n));
  add("unsignedByte", "unsignedShort", "collapse", "decimal", integerIn(0n, 255n));
  add("float", "anySimpleType", "collapse", "float", (v) => FLOAT_RE.test(v));
  add("double", "anySimpleType", "collapse", "float", (v) => FLOAT_RE.test(v));
  // The date and time types are checked on the value as written (libxml2 takes no surrounding white space).
  add("date", "anySimpleType", "collapse", "other", isXsdDate);
  add("time", "anySimpleType", "collapse", "other", isXsdTime);
  add("dateTime", "anySimpleType", "collapse", "other", isXsdDateTime);
  add("gYear", "anySimpleType", "collapse", "other", isXsdGYear);
  add("gYearMonth", "anySimpleType", "collapse", "other", (v) => GYEARMONTH_RE.test(v) && !/^-?0000/.test(v));
  add("gMonth", "anySimpleType", "collapse", "other", (v) => GMONTH_RE.test(v));
  add("gDay", "anySimpleType", "collapse", "other", (v) => GDAY_RE.test(v));
  add("gMonthDay", "anySimpleType", "collapse", "other", gMonthDay);
  add("duration", "anySimpleType", "collapse", "other", (v) => DURATION_RE.test(v));
  add("hexBinary", "anySimpleType", "collapse", "binary", (v) => HEX_RE.test(v));
  add("base64Binary", "anySimpleType", "collapse", "binary", (v) => BASE64_RE.test(v));
  return t;
}

/** Every built-in simple type the JS validator knows, by local name in {@link XSD_NS}. */
export const BUILTINS: ReadonlyMap<string, BuiltinType> = table();

/**
 * The types whose lexical check libxml2 applies to the value as written rather than the collapsed one
 * (`core/xsd-types`: `xs:date`, `xs:dateTime`, `xs:gYear` take no surrounding white space, `xs:time` only leading).
 */
export const CHECKS_RAW_VALUE: ReadonlySet<string> = new Set(["date", "dateTime", "gYear", "time"]);

/** Collapses white space (the `collapse` facet). */
export { collapseWhitespace };

/** Length of a value in the unit the `length` facets count for its family: characters, or octets for binary. */
export function valueLength(value: string, family: ValueFamily, builtin: string): number {
  if (family === "binary") {
    if (builtin === "hexBinary") return value.length / 2;
    const chars = value.replace(/[ =]/g, "").length;
    return Math.floor((chars * 3) / 4);
  }
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** A decimal lexical value split into sign, integer digits (no leading zeros) and fraction digits (no trailing zeros). */
interface DecimalParts {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
}

function decimalParts(value: string): DecimalParts {
  let v = value;
  let negative = false;
  if (v.startsWith("-")) {
    negative = true;
    v = v.slice(1);
  } else if (v.startsWith("+")) v = v.slice(1);
  const dot = v.indexOf(".");
  const int = (dot < 0 ? v : v.slice(0, dot)).replace(/^0+/, "");
  const frac = dot < 0 ? "" : v.slice(dot + 1).replace(/0+$/, "");
  return { negative: negative && (int !== "" || frac !== ""), int, frac };
}

/** Compares two decimal lexical values: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const x = decimalParts(a);
  const y = decimalParts(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const sign = x.negative ? -1 : 1;
  if (x.int.length !== y.int.length) return sign * (x.int.length - y.int.length);
  if (x.int !== y.int) return sign * (x.int < y.int ? -1 : 1);
  const n = Math.max(x.frac.length, y.frac.length);
  const fx = x.frac.padEnd(n, "0");
  const fy = y.frac.padEnd(n, "0");
  return fx === fy ? 0 : sign * (fx < fy ? -1 : 1);
}

/** Total significant digits and fraction digits of a decimal lexical value. */
export function decimalDigits(value: string): { readonly total: number; readonly fraction: number } {
  const p = decimalParts(value);
  const total = p.int.length + p.frac.length;
  return { total: total === 0 ? 1 : total, fraction: p.frac.length };
}
