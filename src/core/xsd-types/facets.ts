/**
 * Simple types as the XSDs declare them: a built-in base, the facets of its restriction, String.Latin where the
 * XÖV type is used. {@link checkSimpleValue} gives the first facet a value violates, in the order an XSD
 * processor checks them (lexical space of the base, then the facets on the normalized value), or `undefined`.
 * Standards describe their element and attribute types as {@link SimpleTypeDef} tables and check the values
 * their model reads, so that the model stage enforces the official facets without the XSD stage.
 */
import { collapseWhitespace, isXsdBuiltin, replaceWhitespace, whiteSpaceOf, type XsdBuiltin, xsdIntegerValue } from "./builtins.ts";
import { isStringLatin } from "./latin.ts";
import { xsdPatternToRegExp } from "./regex.ts";

/** A simple type: a built-in base restricted by facets. */
export interface SimpleTypeDef {
  /** Name for messages, e.g. `xdf:AnzahlString` or `xs:date`. */
  readonly name: string;
  /** The built-in type the restriction chain starts from. */
  readonly base: XsdBuiltin;
  /** The value must be String.Latin 1.1 (`xoev-lc:String.Latin` or a type derived from it). */
  readonly stringLatin?: boolean;
  /** `pattern` facets, as written in the XSD (each restriction step's patterns must all match). */
  readonly patterns?: readonly string[];
  /** `enumeration` facet (compared with the normalized value). */
  readonly enumeration?: readonly string[];
  /** A `fixed` value constraint of the declaration (compared with the normalized value). */
  readonly fixed?: string;
  readonly length?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Range facets of integer types (as decimal strings). */
  readonly minInclusive?: string;
  readonly maxInclusive?: string;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
}

/** Which facet a value violates and what was expected. */
export interface FacetViolation {
  /** `lexical` (not in the base type's lexical space), `pattern`, `enumeration`, `fixed`, `length`, … */
  readonly facet: string;
  /** What the value should be, for messages. */
  readonly expected: string;
}

/**
 * Defines a simple type; compiles its patterns once (throws when one uses what the translator does not cover).
 *
 * @example
 * ```ts
 * import { checkSimpleValue, simpleType } from "fim-xoev/validation";
 *
 * // a restriction as an XSD would declare it: a Postleitzahl of five digits
 * const postleitzahl = simpleType({ name: "Postleitzahl", base: "string", patterns: ["\\d{5}"] });
 * console.log(checkSimpleValue(postleitzahl, "1234")); // { facet: "pattern", expected: … }
 * ```
 */
export function simpleType(def: SimpleTypeDef): SimpleTypeDef {
  for (const p of def.patterns ?? []) compiled(p);
  return def;
}

const cache = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = xsdPatternToRegExp(pattern);
    cache.set(pattern, re);
  }
  return re;
}

/**
 * The value after the type's `whiteSpace` facet.
 *
 * @example
 * ```ts
 * import { normalizeValue, XS } from "fim-xoev/validation";
 *
 * console.log(normalizeValue(XS.token, "  Antrag   auf Wohngeld ")); // "Antrag auf Wohngeld"
 * ```
 */
export function normalizeValue(type: SimpleTypeDef, value: string): string {
  const ws = whiteSpaceOf(type.base);
  return ws === "preserve" ? value : ws === "replace" ? replaceWhitespace(value) : collapseWhitespace(value);
}

/** Length in characters (code points), as XSD counts it. */
function lengthOf(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * The first facet `value` violates, or `undefined` when it is a valid value of `type`.
 *
 * @example
 * ```ts
 * import { checkSimpleValue, simpleType } from "fim-xoev/validation";
 *
 * const anzahl = simpleType({ name: "Anzahl", base: "nonNegativeInteger", maxInclusive: "99" });
 * const violation = checkSimpleValue(anzahl, "100");
 * if (violation !== undefined) console.log(`${violation.facet}: expected ${violation.expected}`);
 * ```
 */
export function checkSimpleValue(type: SimpleTypeDef, value: string): FacetViolation | undefined {
  if (!isXsdBuiltin(type.base, value)) return { facet: "lexical", expected: `xs:${type.base}` };
  const v = normalizeValue(type, value);
  if (type.stringLatin === true && !isStringLatin(v)) return { facet: "pattern", expected: "String.Latin 1.1 characters" };
  if (type.length !== undefined || type.minLength !== undefined || type.maxLength !== undefined) {
    const n = lengthOf(v);
    if (type.length !== undefined && n !== type.length) return { facet: "length", expected: `length ${type.length}` };
    if (type.minLength !== undefined && n < type.minLength)
      return { facet: "minLength", expected: `at least ${type.minLength} characters` };
    if (type.maxLength !== undefined && n > type.maxLength) return { facet: "maxLength", expected: `at most ${type.maxLength} characters` };
  }
  for (const p of type.patterns ?? []) if (!compiled(p).test(v)) return { facet: "pattern", expected: `pattern ${p}` };
  if (type.enumeration !== undefined && !type.enumeration.includes(v)) {
    return { facet: "enumeration", expected: `one of ${type.enumeration.join(", ")}` };
  }
  if (type.minInclusive !== undefined || type.maxInclusive !== undefined) {
    const n = xsdIntegerValue(v);
    if (n !== undefined && type.minInclusive !== undefined && n < BigInt(type.minInclusive))
      return { facet: "minInclusive", expected: `at least ${type.minInclusive}` };
    if (n !== undefined && type.maxInclusive !== undefined && n > BigInt(type.maxInclusive))
      return { facet: "maxInclusive", expected: `at most ${type.maxInclusive}` };
  }
  if (type.totalDigits !== undefined || type.fractionDigits !== undefined) {
    const [int = "", frac = ""] = v.replace(/^[+-]/, "").split(".");
    const i = int.replace(/^0+/, "");
    const f = frac.replace(/0+$/, "");
    if (type.totalDigits !== undefined && Math.max(1, i.length + f.length) > type.totalDigits)
      return { facet: "totalDigits", expected: `at most ${type.totalDigits} digits` };
    if (type.fractionDigits !== undefined && f.length > type.fractionDigits)
      return { facet: "fractionDigits", expected: `at most ${type.fractionDigits} fraction digits` };
  }
  if (type.fixed !== undefined && v !== type.fixed) return { facet: "fixed", expected: `the fixed value ${type.fixed}` };
  return undefined;
}

/**
 * The built-in types as {@link SimpleTypeDef}s, for declarations typed directly `xs:…`.
 *
 * @example
 * ```ts
 * import { checkSimpleValue, XS } from "fim-xoev/validation";
 *
 * // a declaration typed directly xs:date
 * console.log(checkSimpleValue(XS.date, "17.05.2024")?.facet); // "lexical"
 * ```
 */
export const XS: Readonly<Record<XsdBuiltin, SimpleTypeDef>> = Object.fromEntries(
  (
    [
      "string",
      "normalizedString",
      "token",
      "anyURI",
      "boolean",
      "date",
      "time",
      "dateTime",
      "gYear",
      "decimal",
      "integer",
      "nonNegativeInteger",
      "positiveInteger",
      "int",
    ] as const
  ).map((b) => [b, { name: `xs:${b}`, base: b }]),
) as Record<XsdBuiltin, SimpleTypeDef>;

/**
 * `xoev-lc:String.Latin`.
 *
 * @example
 * ```ts
 * import { checkSimpleValue, STRING_LATIN } from "fim-xoev/validation";
 *
 * // a name as XÖV transmits it: String.Latin 1.1
 * console.log(checkSimpleValue(STRING_LATIN, "Müller-Lüdenscheidt")); // undefined: valid
 * console.log(checkSimpleValue(STRING_LATIN, "Ивanov")?.facet);
 * ```
 */
export const STRING_LATIN: SimpleTypeDef = { name: "xoev-lc:String.Latin", base: "string", stringLatin: true };
