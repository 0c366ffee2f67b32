/**
 * Simple types of the JS validator: atomic restrictions of a built-in with their facets, lists and unions, and
 * the check of a value with messages in libxml2's words (`[facet 'pattern'] The value 'x' is not accepted by the
 * pattern 'p'.`, `'x' is not a valid value of the atomic type 'xs:date'.`).
 */
import { xsdPatternToRegExp } from "../xsd-types/regex.ts";
import {
  BUILTINS,
  type BuiltinType,
  CHECKS_RAW_VALUE,
  collapseWhitespace,
  compareDecimal,
  decimalDigits,
  valueLength,
} from "./builtins.ts";

/** The facets one restriction step adds. */
export interface Facets {
  length?: number;
  minLength?: number;
  maxLength?: number;
  /** Patterns of one step (any of them may match); each step's set must match. */
  patterns?: { readonly source: string; readonly re: RegExp }[];
  enumeration?: string[];
  whiteSpace?: "preserve" | "replace" | "collapse";
  minInclusive?: string;
  maxInclusive?: string;
  minExclusive?: string;
  maxExclusive?: string;
  totalDigits?: number;
  fractionDigits?: number;
}

/** A simple type definition, built-in or from the schema. */
export interface SimpleType {
  readonly kind: "simple";
  /** `{ns}Name` of a named type, `xs:NAME` of a built-in, undefined for an anonymous one. */
  readonly name: string | undefined;
  /** Namespace and local name of a named type (for xsi:type derivation). */
  readonly qname?: { readonly namespace: string; readonly local: string };
  readonly variety: "atomic" | "list" | "union";
  /** Atomic: the built-in at the root of the restriction chain. */
  readonly builtin: BuiltinType;
  /** The type this one restricts (undefined for anySimpleType). */
  readonly base: SimpleType | undefined;
  readonly whiteSpace: "preserve" | "replace" | "collapse";
  /** The facet steps from the built-in down to this type, outermost (most derived) last. */
  readonly steps: readonly Facets[];
  readonly itemType?: SimpleType;
  readonly memberTypes?: readonly SimpleType[];
  /** Derived from xs:ID. */
  readonly isId: boolean;
}

const builtinCache = new Map<string, SimpleType>();

/** The simple type object of a built-in (one per process). */
export function builtinType(local: string): SimpleType | undefined {
  const known = builtinCache.get(local);
  if (known !== undefined) return known;
  const b = BUILTINS.get(local);
  if (b === undefined) return undefined;
  const base = b.base === undefined ? undefined : builtinType(b.base);
  let itemType: SimpleType | undefined;
  if (b.itemType !== undefined) itemType = builtinType(b.itemType);
  const t: SimpleType = {
    kind: "simple",
    name: `xs:${local}`,
    qname: { namespace: "http://www.w3.org/2001/XMLSchema", local },
    variety: itemType === undefined ? "atomic" : "list",
    builtin: b,
    base,
    whiteSpace: b.whiteSpace,
    steps: [],
    isId: b.id === true || base?.isId === true,
    ...(itemType !== undefined && { itemType }),
  };
  builtinCache.set(local, t);
  return t;
}

/** Compiles an XSD pattern; undefined when the translator does not cover it. */
export function compilePattern(source: string): RegExp | undefined {
  try {
    return xsdPatternToRegExp(source);
  } catch {
    return undefined;
  }
}

/** A restriction of `base` by one step of facets. */
export function restrictType(base: SimpleType, facets: Facets, name: string | undefined, qname?: SimpleType["qname"]): SimpleType {
  return {
    kind: "simple",
    name,
    ...(qname !== undefined && { qname }),
    variety: base.variety,
    builtin: base.builtin,
    base,
    whiteSpace: facets.whiteSpace ?? base.whiteSpace,
    steps: [...base.steps, facets],
    isId: base.isId,
    ...(base.itemType !== undefined && { itemType: base.itemType }),
    ...(base.memberTypes !== undefined && { memberTypes: base.memberTypes }),
  };
}

/** A list type of `item`. */
export function listType(item: SimpleType, name: string | undefined, qname?: SimpleType["qname"]): SimpleType {
  const anySimple = builtinType("anySimpleType") as SimpleType;
  return {
    kind: "simple",
    name,
    ...(qname !== undefined && { qname }),
    variety: "list",
    builtin: anySimple.builtin,
    base: anySimple,
    whiteSpace: "collapse",
    steps: [],
    isId: false,
    itemType: item,
  };
}

/** A union type of `members`. */
export function unionType(members: readonly SimpleType[], name: string | undefined, qname?: SimpleType["qname"]): SimpleType {
  const anySimple = builtinType("anySimpleType") as SimpleType;
  return {
    kind: "simple",
    name,
    ...(qname !== undefined && { qname }),
    variety: "union",
    builtin: anySimple.builtin,
    base: anySimple,
    whiteSpace: "collapse",
    steps: [],
    isId: false,
    memberTypes: members,
  };
}

/** The value after a `whiteSpace` facet. */
export function normalize(value: string, ws: SimpleType["whiteSpace"]): string {
  if (ws === "preserve") return value;
  if (ws === "collapse") return collapseWhitespace(value);
  return /[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, " ") : value;
}

function typeLabel(t: SimpleType): string {
  if (t.name !== undefined) return `'${t.name}'`;
  return t.variety === "atomic" ? "local atomic type" : t.variety === "list" ? "local list type" : "local union type";
}

/** "is not a valid value of the atomic type 'xs:date'" and the like. */
function notValid(value: string, t: SimpleType): string {
  const label = typeLabel(t);
  const kind = t.name === undefined ? "" : `${t.variety} type `;
  return `'${value}' is not a valid value of the ${kind}${label}.`;
}

const NO_MESSAGES: readonly string[] = Object.freeze([]);
/** Built-ins whose lexical space is every string. */
const ANY_STRING = new Set(["anySimpleType", "string", "normalizedString", "token"]);
/** Values up to this length have their verdict cached per type (FIM documents repeat codes, URIs and versions). */
const CACHED_LENGTH = 200;
/** At most this many cached values per type; the cache starts over when full. */
const CACHED_VALUES = 4096;
const verdicts = new WeakMap<SimpleType, Map<string, readonly string[]>>();

/** Messages of a value that is not valid (empty when it is), with the verdicts of short values cached. */
export function checkSimpleValue(t: SimpleType, raw: string): readonly string[] {
  if (t.steps.length === 0 && t.variety === "atomic" && ANY_STRING.has(t.builtin.local)) return NO_MESSAGES;
  if (raw.length > CACHED_LENGTH) return checkSimple(t, raw);
  let cache = verdicts.get(t);
  if (cache === undefined) verdicts.set(t, (cache = new Map()));
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const found = checkSimple(t, raw);
  const verdict = found.length === 0 ? NO_MESSAGES : found;
  if (cache.size >= CACHED_VALUES) cache.clear();
  cache.set(raw, verdict);
  return verdict;
}

/** Messages of a value that is not valid (empty when it is). */
export function checkSimple(t: SimpleType, raw: string): string[] {
  const v = normalize(raw, t.whiteSpace);
  if (t.variety === "union") {
    const members = t.memberTypes ?? [];
    const ok = members.some((m) => checkSimple(m, raw).length === 0);
    if (!ok) return [notValid(v, t)];
    return checkFacets(t, v);
  }
  if (t.variety === "list") {
    const item = t.itemType as SimpleType;
    const items = v === "" ? [] : v.split(" ");
    for (const it of items) {
      const bad = checkSimple(item, it);
      if (bad.length > 0) return [...bad, notValid(v, t)];
    }
    // libxml2 names the list type after a facet of the list fails
    const facets = checkFacets(t, v, items.length);
    return facets.length === 0 ? facets : [...facets, notValid(v, t)];
  }
  const lexical = CHECKS_RAW_VALUE.has(t.builtin.local) ? raw : v;
  if (!t.builtin.check(lexical)) return [notValid(v, t)];
  return checkFacets(t, v);
}

/** Every facet `v` violates, in libxml2's order: lengths, ranges and digits, the enumeration, then patterns. */
function checkFacets(t: SimpleType, v: string, listLength?: number): string[] {
  const out: string[] = [];
  if (t.steps.length === 0) return out;
  const family = t.variety === "atomic" ? t.builtin.family : "other";
  let length: number | undefined;
  for (const s of t.steps) {
    if (s.length === undefined && s.minLength === undefined && s.maxLength === undefined) continue;
    length ??= listLength ?? valueLength(v, family, t.builtin.local);
    if (s.length !== undefined && length !== s.length)
      out.push(`[facet 'length'] The value has a length of '${length}'; this differs from the allowed length of '${s.length}'.`);
    if (s.minLength !== undefined && length < s.minLength)
      out.push(`[facet 'minLength'] The value has a length of '${length}'; this underruns the allowed minimum length of '${s.minLength}'.`);
    if (s.maxLength !== undefined && length > s.maxLength)
      out.push(`[facet 'maxLength'] The value has a length of '${length}'; this exceeds the allowed maximum length of '${s.maxLength}'.`);
  }
  if (family === "decimal") {
    for (const s of t.steps) {
      if (s.minInclusive !== undefined && compareDecimal(v, s.minInclusive) < 0)
        out.push(`[facet 'minInclusive'] The value '${v}' is less than the minimum value allowed ('${s.minInclusive}').`);
      if (s.maxInclusive !== undefined && compareDecimal(v, s.maxInclusive) > 0)
        out.push(`[facet 'maxInclusive'] The value '${v}' is greater than the maximum value allowed ('${s.maxInclusive}').`);
      if (s.minExclusive !== undefined && compareDecimal(v, s.minExclusive) <= 0)
        out.push(`[facet 'minExclusive'] The value '${v}' must be greater than '${s.minExclusive}'.`);
      if (s.maxExclusive !== undefined && compareDecimal(v, s.maxExclusive) >= 0)
        out.push(`[facet 'maxExclusive'] The value '${v}' must be less than '${s.maxExclusive}'.`);
      if (s.totalDigits !== undefined || s.fractionDigits !== undefined) {
        const d = decimalDigits(v);
        if (s.totalDigits !== undefined && d.total > s.totalDigits)
          out.push(`[facet 'totalDigits'] The value '${v}' has more digits than are allowed ('${s.totalDigits}').`);
        if (s.fractionDigits !== undefined && d.fraction > s.fractionDigits)
          out.push(`[facet 'fractionDigits'] The value '${v}' has more fractional digits than are allowed ('${s.fractionDigits}').`);
      }
    }
  }
  for (let i = t.steps.length - 1; i >= 0; i--) {
    const e = (t.steps[i] as Facets).enumeration;
    if (e === undefined) continue;
    if (!e.some((x) => sameValue(x, v, family)))
      out.push(`[facet 'enumeration'] The value '${v}' is not an element of the set {${e.map((x) => `'${x}'`).join(", ")}}.`);
    break; // the most derived enumeration is a subset of the others
  }
  for (const s of t.steps) {
    const ps = s.patterns;
    if (ps === undefined || ps.length === 0) continue;
    if (!ps.some((p) => p.re.test(v))) {
      const shown = ps.map((p) => p.source).join("|");
      out.push(`[facet 'pattern'] The value '${v}' is not accepted by the pattern '${shown}'.`);
    }
  }
  return out;
}

function sameValue(facet: string, v: string, family: string): boolean {
  if (facet === v) return true;
  if (family === "decimal") return compareDecimal(facet, v) === 0;
  return false;
}

/** True when `t` is `base` or derived from it by restriction (simple types), through list/union membership not. */
export function simpleDerivesFrom(t: SimpleType, base: SimpleType): boolean {
  for (let c: SimpleType | undefined = t; c !== undefined; c = c.base) {
    if (c === base) return true;
    if (
      c.qname !== undefined &&
      base.qname !== undefined &&
      c.qname.namespace === base.qname.namespace &&
      c.qname.local === base.qname.local
    )
      return true;
  }
  return base.name === "xs:anySimpleType";
}
