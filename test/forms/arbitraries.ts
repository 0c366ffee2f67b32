/**
 * fast-check arbitraries for Fachdaten of a form model: valid instances, and one-defect variants of them. The
 * defects are the ones XML can carry (docs/forms.md, "What XML cannot hold"): a missing required element, an
 * unknown element, a second branch of an Auswahlgruppe, too many or too few list entries, too long or too short
 * text, a pattern mismatch, an unknown code, an impossible date or time, a number out of range, a fraction for an
 * integer, text where a number or boolean belongs, and child elements where a value belongs.
 */
import fc from "fast-check";
import type { Form, FormChild, FormData, FormField, FormGroup, FormValue } from "../../src/xdatenfelder/forms/index.ts";
import { isList, isRequired, minItems } from "../../src/xdatenfelder/forms/index.ts";

const UNITS = ["a", "Z", "ä", "ß", "😀", " ", "\n", "<", "&", '"', "'", "-", "0", "€", "\t"];
const unit = fc.constantFrom(...UNITS);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot hold (not representable)
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const pad = (n: number) => String(n).padStart(2, "0");

function textArb(f: FormField): fc.Arbitrary<string> {
  const min = f.minLength ?? 0;
  const max = f.maxLength ?? Math.max(min, 20);
  if (f.pattern !== undefined) {
    const re = new RegExp(f.pattern.js, "u");
    // Unicode categories (\p{L}, \d = \p{Nd}, \w) are evaluated with each engine's own Unicode tables: V8's are
    // current, libxml2's are older, so characters assigned since then differ (a documented limit, docs/forms.md).
    // Generated values keep to U+0000–U+017F, which every Unicode version classifies the same.
    const byCategory = /\\[pPdDwW]/.test(f.pattern.js);
    return fc.stringMatching(re).filter((s) => {
      const n = [...s].length;
      return n >= min && n <= max && !NOT_XML.test(s) && (!byCategory || [...s].every((c) => (c.codePointAt(0) as number) <= 0x17f));
    });
  }
  return fc.array(unit, { minLength: min, maxLength: Math.min(max, min + 20) }).map((a) => a.join(""));
}

function fieldArb(f: FormField): fc.Arbitrary<FormValue> {
  if (f.codes !== undefined) return fc.constantFrom(...f.codes.map((c) => c.code));
  switch (f.base) {
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: Math.ceil(f.minimum ?? -1e6), max: Math.floor(f.maximum ?? 1e6) });
    case "number":
      return fc
        .double({ min: f.minimum ?? -1e9, max: f.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true })
        .map((x) => (Object.is(x, -0) ? 0 : x));
    default:
      break;
  }
  if (f.datatype === "date" || f.datatype === "datetime") {
    const date = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });
    if (f.datatype === "date") return date.map((d) => d.toISOString().slice(0, 10));
    return fc.tuple(date, fc.constantFrom("", "Z", "+01:00", "-14:00", "+13:59")).map(([d, tz]) => `${d.toISOString().slice(0, 19)}${tz}`);
  }
  if (f.datatype === "time")
    return fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`);
  return textArb(f);
}

function childArb(c: FormChild): fc.Arbitrary<FormValue> {
  const item = c.element.kind === "field" ? fieldArb(c.element) : groupArb(c.element);
  if (!isList(c)) return item;
  const min = minItems(c);
  return fc.array(item, { minLength: min, maxLength: Math.min(c.max, min + 2) });
}

const groupCache = new WeakMap<FormGroup, fc.Arbitrary<FormData>>();

/** Valid content of a group. */
export function groupArb(g: FormGroup): fc.Arbitrary<FormData> {
  const known = groupCache.get(g);
  if (known !== undefined) return known;
  let arb: fc.Arbitrary<FormData>;
  if (g.choice && g.children.length > 0) {
    const branches = g.children.map((c) => childArb(c).map((v) => ({ [c.element.name]: v }) as FormData));
    arb = g.children.some((c) => c.min === 0) ? fc.oneof(fc.constant({} as FormData), ...branches) : fc.oneof(...branches);
  } else {
    const model: Record<string, fc.Arbitrary<FormValue>> = {};
    for (const c of g.children) model[c.element.name] = childArb(c);
    const requiredKeys = g.children.filter((c) => isRequired(g, c)).map((c) => c.element.name);
    arb = fc.record(model, { requiredKeys }) as fc.Arbitrary<FormData>;
  }
  groupCache.set(g, arb);
  return arb;
}

/** Valid Fachdaten of a form. */
export function fachdatenArb(form: Form): fc.Arbitrary<FormData> {
  return groupArb(form.root);
}

type Mutable = Record<string, FormValue>;

/** One place in an instance where a defect can be put, and how. */
interface Site {
  readonly apply: () => void;
}

function fieldDefects(f: FormField, set: (v: FormValue) => void, current: FormValue): Site[] {
  const sites: Site[] = [];
  sites.push({ apply: () => set({ Xkind: "1" }) }); // child elements where a value belongs
  if (f.codes !== undefined) {
    sites.push({ apply: () => set("ZZ-kein-Code") });
    return sites;
  }
  if (f.base === "boolean" || f.base === "integer" || f.base === "number") sites.push({ apply: () => set("abc") });
  if (f.base === "integer") sites.push({ apply: () => set((current as number) + 0.5) });
  if (f.maximum !== undefined) sites.push({ apply: () => set((f.maximum as number) + 1) });
  if (f.minimum !== undefined) sites.push({ apply: () => set((f.minimum as number) - 1) });
  if (f.datatype === "date") sites.push({ apply: () => set("2023-02-29") });
  if (f.datatype === "time") sites.push({ apply: () => set("24:00:00") });
  if (f.datatype === "datetime") sites.push({ apply: () => set("2024-01-01T10:00:00+15:00") });
  if (f.base === "string" && f.lexicalPattern === undefined) {
    if (f.maxLength !== undefined) sites.push({ apply: () => set("x".repeat((f.maxLength as number) + 1)) });
    if (f.minLength !== undefined && f.minLength > 0) sites.push({ apply: () => set("x".repeat((f.minLength as number) - 1)) });
    if (f.pattern !== undefined) {
      const n = Math.max(f.minLength ?? 1, 1);
      sites.push({ apply: () => set("#".repeat(n)) });
    }
  }
  return sites;
}

function collect(g: FormGroup, obj: Mutable, sites: Site[]): void {
  sites.push({ apply: () => void (obj.Xunbekannt = "1") });
  if (g.choice) {
    const present = g.children.find((c) => Object.hasOwn(obj, c.element.name));
    const other = g.children.find((c) => c !== present && present !== undefined && isList(c) === isList(present));
    if (present !== undefined && other !== undefined) {
      sites.push({ apply: () => void (obj[other.element.name] = obj[present.element.name] as FormValue) });
    }
  }
  for (const c of g.children) {
    const name = c.element.name;
    if (!Object.hasOwn(obj, name)) continue;
    if (isRequired(g, c)) sites.push({ apply: () => void delete obj[name] });
    const value = obj[name] as FormValue;
    const items: { get: () => FormValue; set: (v: FormValue) => void }[] = [];
    if (isList(c)) {
      const list = value as FormValue[];
      if (Number.isFinite(c.max)) sites.push({ apply: () => void list.push(...Array(c.max + 1 - list.length).fill(list[0])) });
      if (minItems(c) >= 2) sites.push({ apply: () => void list.splice(minItems(c) - 1) });
      for (let i = 0; i < list.length; i++) items.push({ get: () => list[i] as FormValue, set: (v) => void (list[i] = v) });
    } else items.push({ get: () => obj[name] as FormValue, set: (v) => void (obj[name] = v) });
    for (const it of items) {
      if (c.element.kind === "field") sites.push(...fieldDefects(c.element, it.set, it.get()));
      else collect(c.element, it.get() as Mutable, sites);
    }
  }
}

/** The instance with one defect (site chosen by `pick`), or undefined when the instance offers no site. */
export function withDefect(form: Form, valid: FormData, pick: number): FormData | undefined {
  const copy = structuredClone(valid) as Mutable;
  const sites: Site[] = [];
  collect(form.root, copy, sites);
  if (sites.length === 0) return undefined;
  (sites[pick % sites.length] as Site).apply();
  return copy;
}
