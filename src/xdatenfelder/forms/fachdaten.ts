/**
 * Fachdaten: the data set of one application, in the two hand-over formats. JSON (FIT-Connect) is the model:
 * an object per group, `<id>V<version>` keys, arrays for repeatable elements. XML (XFall-Daten style) is the same
 * data as elements of the form's namespace, in schema order. JSON → XML → JSON is the identity for every
 * instance XML can hold (docs/forms.md, "What XML cannot hold").
 */

import { diagnostic, type Locale, renderMessage, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { safeDecodeBytes } from "../../core/text/decode.ts";
import { safeCreateXsdValidator } from "../../core/validation/xsd.ts";
import { childElements, type XmlElement } from "../../core/xml/node.ts";
import { readXml } from "../../core/xml/read.ts";
import { XmlWriter } from "../../core/xml/write.ts";
import { DECIMAL_LEXICAL, formatDecimal } from "./datatypes.ts";
import { FORMS_MESSAGES, type FormDataRule } from "./messages.ts";
import { type Form, type FormChild, type FormElement, type FormGroup, isList } from "./model.ts";
import { DEFAULT_FACHDATEN_NAMESPACE, toFachdatenXsd } from "./xsd.ts";
import { toZod } from "./zod.ts";

useMessages(FORMS_MESSAGES);

/** A JSON value of Fachdaten. */
export type FormValue = string | number | boolean | null | FormObject | readonly FormValue[];
/** A JSON object of Fachdaten. */
export interface FormObject {
  readonly [name: string]: FormValue;
}
/** A Fachdaten instance: the content of the root (for a Stammdatenschema, an object keyed by its groups and fields). */
export type FormData = FormObject;

/**
 * Options of the Fachdaten XML functions ({@link safeFachdatenToXml}, {@link safeFachdatenFromXml}, {@link validateFachdatenXml}).
 * @example
 * ```ts
 * import { type FachdatenXmlOptions, type Form, type FormData, fachdatenToXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * declare const data: FormData;
 * const options: FachdatenXmlOptions = { namespace: "urn:example:fachdaten:wohngeld", pretty: false };
 * console.log(fachdatenToXml(form, data, options)); // one line, in the Fachverfahren's own namespace
 * ```
 */
export interface FachdatenXmlOptions {
  /** Namespace of the Fachdaten elements (default `urn:fim-de:xfall:datenschema:xdf3`, as the XSD). */
  readonly namespace?: string;
  /** Indent (default `true`). */
  readonly pretty?: boolean;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
/** Nesting limit of the XML writer (the XML reader's default limit is 1,000 too). */
const MAX_DEPTH = 1000;

function notRepresentable(path: string, value: string, why: string): Diagnostic {
  return diagnostic({
    code: "not-representable",
    params: { element: path === "" ? "/" : path, value: `${value}: ${why}`, target: "Fachdaten XML" },
    severity: "error",
    stage: "convert",
    path,
  });
}

function describe(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "[]" : typeof v;
}

class XmlOut {
  readonly w: XmlWriter;
  readonly errors: Diagnostic[] = [];
  constructor(
    private readonly ns: string,
    pretty: boolean,
  ) {
    this.w = new XmlWriter({ pretty, prefixes: { [ns]: "" } });
  }

  private depth = 0;

  value(name: string, element: FormElement | undefined, v: unknown, path: string): void {
    if (v === null || v === undefined) return void this.errors.push(notRepresentable(path, describe(v), "null has no XML form"));
    if (this.depth >= MAX_DEPTH) return void this.errors.push(notRepresentable(path, "{}", `nested deeper than ${MAX_DEPTH} levels`));
    if (Array.isArray(v)) return void this.errors.push(notRepresentable(path, "[]", "a list inside a list has no XML form"));
    if (typeof v === "object") {
      this.w.start(this.ns, name);
      this.depth++;
      if (element?.kind === "group") this.group(element, v as FormObject, path);
      else this.generic(v as FormObject, path, new Set());
      this.depth--;
      this.w.end();
      return;
    }
    let text: string;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return void this.errors.push(notRepresentable(path, String(v), "not a finite number"));
      text = formatDecimal(v);
    } else if (typeof v === "boolean") text = v ? "true" : "false";
    else if (typeof v === "string") text = v;
    else return void this.errors.push(notRepresentable(path, typeof v, "not JSON"));
    try {
      this.w.element(this.ns, name, text);
    } catch (e) {
      if (e instanceof XoevError) this.errors.push(...e.diagnostics.map((d) => ({ ...d, path })));
      else throw e;
    }
  }

  private property(name: string, child: FormChild | undefined, v: unknown, path: string): void {
    if (!NCNAME.test(name)) return void this.errors.push(notRepresentable(path, name, "not an XML element name"));
    if (Array.isArray(v)) {
      if (v.length === 0)
        return void this.errors.push(notRepresentable(path, "[]", "an empty list is written by leaving the property out"));
      if (child !== undefined && !isList(child))
        return void this.errors.push(notRepresentable(path, "[]", "a list where the schema allows one element"));
      v.forEach((item, i) => {
        this.value(name, child?.element, item, `${path}/${i}`);
      });
      return;
    }
    if (child !== undefined && isList(child))
      return void this.errors.push(notRepresentable(path, describe(v), "a single value where the schema expects a list"));
    this.value(name, child?.element, v, path);
  }

  group(g: FormGroup, obj: FormObject, path: string): void {
    const done = new Set<string>();
    for (const c of g.children) {
      const name = c.element.name;
      if (!Object.hasOwn(obj, name)) continue;
      done.add(name);
      this.property(name, c, obj[name], `${path}/${escapePointer(name)}`);
    }
    this.generic(obj, path, done);
  }

  private generic(obj: FormObject, path: string, skip: ReadonlySet<string>): void {
    for (const [k, v] of Object.entries(obj)) if (!skip.has(k)) this.property(k, undefined, v, `${path}/${escapePointer(k)}`);
  }
}

/** Escapes a JSON Pointer segment. */
function escapePointer(s: string): string {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Writes Fachdaten as XML, in schema order. Fails (`not-representable`) on what XML cannot hold: `null`, empty
 * lists, a list where one element is allowed (or the reverse), nested lists, keys that are no XML names.
 * @example
 * ```ts
 * import { type Form, safeFachdatenToXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema, { unversionedIds: true })
 * declare const data: unknown; // Fachdaten JSON received from an online service
 * const result = safeFachdatenToXml(form, data);
 * if (result.success) console.log(result.data);
 * else for (const d of result.diagnostics) console.error(`${d.path}: ${d.message}`); // e.g. /G60000000225/F60000000227: null
 * ```
 */
export function safeFachdatenToXml(form: Form, data: unknown, options: FachdatenXmlOptions = {}): Result<string> {
  const out = new XmlOut(options.namespace ?? DEFAULT_FACHDATEN_NAMESPACE, options.pretty ?? true);
  if (data === null || typeof data !== "object" || Array.isArray(data))
    return failure([notRepresentable("", describe(data), "the Fachdaten must be an object")]);
  out.w.start(options.namespace ?? DEFAULT_FACHDATEN_NAMESPACE, form.root.name);
  out.group(form.root, data as FormObject, "");
  out.w.end();
  const [first, ...rest] = out.errors;
  if (first !== undefined) return failure([first, ...rest]);
  return success(`${out.w.toString()}\n`);
}

const TRIMMED_TYPES = new Set(["integer", "number", "boolean"]);

function readField(e: FormElement, el: XmlElement): FormValue {
  if (childElements(el).length > 0) return readGeneric(el);
  const raw = text(el);
  if (e.kind !== "field") return raw;
  if (TRIMMED_TYPES.has(e.base) || e.lexicalPattern !== undefined) {
    // xs:boolean, xs:decimal, xs:integer, xs:date/time/dateTime collapse white space before checking.
    const t = raw.replace(/[ \t\n\r]+/g, " ").trim();
    if (e.base === "boolean") return t === "true" || t === "1" ? true : t === "false" || t === "0" ? false : raw;
    if (e.base === "integer" || e.base === "number") return DECIMAL_LEXICAL.test(t) ? Number(t) : raw;
    return t;
  }
  return raw;
}

function text(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (c.kind === "text") s += c.value;
  return s;
}

function readGeneric(el: XmlElement): FormValue {
  const kids = childElements(el);
  if (kids.length === 0) return text(el);
  const out: Record<string, FormValue[]> = {};
  for (const k of kids) (out[nameOfElement(k, el.namespace)] ??= []).push(readGeneric(k));
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length === 1 ? (v[0] as FormValue) : v]));
}

function nameOfElement(el: XmlElement, ns: string): string {
  return el.namespace === ns ? el.local : `{${el.namespace}}${el.local}`;
}

function readGroup(g: FormGroup, el: XmlElement, ns: string): FormObject {
  const byName = new Map(g.children.map((c) => [c.element.name, c]));
  const values = new Map<string, FormValue[]>();
  for (const k of childElements(el)) {
    const name = nameOfElement(k, ns);
    const child = byName.get(name);
    const v =
      child === undefined ? readGeneric(k) : child.element.kind === "group" ? readGroup(child.element, k, ns) : readField(child.element, k);
    let list = values.get(name);
    if (list === undefined) values.set(name, (list = []));
    list.push(v);
  }
  const out: Record<string, FormValue> = {};
  for (const [name, list] of values) {
    const child = byName.get(name);
    out[name] = (child !== undefined && isList(child)) || list.length > 1 ? list : (list[0] as FormValue);
  }
  return out;
}

/**
 * Reads Fachdaten XML into the JSON model (schema-directed: numbers and booleans typed, lists where the schema has them).
 * @example
 * ```ts
 * import { type Form, safeFachdatenFromXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * declare const xml: Uint8Array; // the XML Fachdaten of an application
 * const result = safeFachdatenFromXml(form, xml);
 * if (result.success) console.log(Object.keys(result.data)); // the groups and fields of the root, e.g. [ "G60000000225V1.0.0" ]
 * else console.error(result.diagnostics[0].message);
 * ```
 */
export function safeFachdatenFromXml(
  form: Form,
  xml: string | Uint8Array,
  options: FachdatenXmlOptions & { file?: string } = {},
): Result<FormData> {
  const ns = options.namespace ?? DEFAULT_FACHDATEN_NAMESPACE;
  const doc = readXml(xml, options.file === undefined ? {} : { file: options.file });
  if (!doc.success || doc.data === undefined) return doc as Result<never>;
  const root = doc.data.root;
  if (root.namespace !== ns || root.local !== form.root.name) {
    return failure([
      diagnostic({
        code: "unknown-root-element",
        params: { element: `{${root.namespace}}${root.local} (expected {${ns}}${form.root.name})` },
        severity: "error",
        stage: "detect",
        path: `/${root.local}`,
        location: { line: root.line, column: root.column },
        file: options.file,
      }),
    ]);
  }
  return success(readGroup(form.root, root, ns), doc.diagnostics);
}

/**
 * Reads Fachdaten JSON (UTF-8, strict: undecodable bytes, bad JSON or a non-object are errors).
 * @example
 * ```ts
 * import { safeParseFachdatenJson } from "fim-xoev/xdatenfelder/forms";
 * const result = safeParseFachdatenJson('{ "F60000000227": "Mustermann" }');
 * if (result.success) console.log(result.data.F60000000227); // Mustermann
 * ```
 */
export function safeParseFachdatenJson(input: string | Uint8Array): Result<FormData> {
  let textInput: string;
  if (typeof input === "string") textInput = input;
  else {
    // JSON is UTF-8 (RFC 8259); a byte order mark is tolerated, an invalid byte is an error with its position.
    const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
    const decoded = safeDecodeBytes(input.subarray(bom), "UTF-8", { source: "text", stage: "input", path: "" }, bom);
    if (!decoded.success) return failure(decoded.diagnostics);
    textInput = decoded.data;
  }
  let data: unknown;
  try {
    data = JSON.parse(textInput);
  } catch (e) {
    return failure([
      diagnostic({
        code: "invalid-input",
        params: { issue: `not JSON: ${e instanceof Error ? e.message : String(e)}` },
        severity: "error",
        stage: "input",
        path: "",
      }),
    ]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return failure([
      diagnostic({
        code: "invalid-input",
        params: { issue: "the Fachdaten must be a JSON object" },
        severity: "error",
        stage: "input",
        path: "",
      }),
    ]);
  }
  return success(data as FormData);
}

/** The outcome of validating Fachdaten: `valid` and the findings. */
export interface FachdatenReport {
  /** True when no finding is an error. */
  readonly valid: boolean;
  /** `form-data-invalid` findings (path = JSON Pointer into the instance; params carry the element, its label, the rule and its limit). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options of {@link validateFachdaten}: the language of the messages (default `en`).
 * @example
 * ```ts
 * import { type FachdatenValidateOptions, type Form, validateFachdaten } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const options: FachdatenValidateOptions = { locale: "de" };
 * const report = validateFachdaten(form, { F60000000227: "" }, options);
 * for (const d of report.diagnostics) console.log(d.message); // "Familienname (F60000000227): …" in German
 * ```
 */
export interface FachdatenValidateOptions {
  /** Language of the messages (default `en`). */
  readonly locale?: Locale;
}

function elementsByName(form: Form): Map<string, FormElement> {
  const m = new Map<string, FormElement>(form.elements.map((e) => [e.name, e]));
  m.set(form.root.name, form.root);
  return m;
}

const zodCache = new WeakMap<Form, Map<Locale, ReturnType<typeof toZod>>>();

function zodOf(form: Form, locale: Locale): ReturnType<typeof toZod> {
  let perLocale = zodCache.get(form);
  if (perLocale === undefined) zodCache.set(form, (perLocale = new Map()));
  let schema = perLocale.get(locale);
  if (schema === undefined) perLocale.set(locale, (schema = toZod(form, { locale })));
  return schema;
}

/** True when the data has no value at `path` (a missing property or array slot, or `undefined`). */
function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, key)) return true;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur === undefined;
}

/**
 * Validates a Fachdaten instance (JSON model) with the form's zod schema (built once per form and locale). Each
 * finding is a `form-data-invalid` diagnostic whose path is a JSON Pointer into the instance and whose params name
 * the element, its label, the rule broken and its limit.
 * @example
 * ```ts
 * import { type Form, validateFachdaten } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema, { unversionedIds: true })
 * const report = validateFachdaten(form, { G60000000086: { F60000000246: "1234" } }, { locale: "de" });
 * if (!report.valid)
 *   for (const d of report.diagnostics) if (d.code === "form-data-invalid") console.log(d.path, d.params.label, d.params.rule);
 * // /G60000000086/F60000000246 Postleitzahl pattern
 * ```
 */
export function validateFachdaten(form: Form, data: unknown, options: FachdatenValidateOptions = {}): FachdatenReport {
  const locale = options.locale ?? "en";
  const r = zodOf(form, locale).safeParse(data);
  if (r.success) return { valid: true, diagnostics: [] };
  const byName = elementsByName(form);
  const diagnostics: Diagnostic[] = [];
  const make = (path: readonly PropertyKey[], element: FormElement, rule: FormDataRule, limit: string) => {
    const d = diagnostic({
      code: "form-data-invalid",
      params: { element: element.name, label: element.label, rule, limit },
      severity: "error",
      stage: "model",
      path: path.map((p) => `/${escapePointer(String(p))}`).join(""),
    });
    diagnostics.push(locale === "en" ? d : { ...d, message: renderMessage("form-data-invalid", d.params as never, locale) });
  };
  for (const issue of r.error.issues) {
    const named = [...issue.path].reverse().find((p) => typeof p === "string");
    const element = (typeof named === "string" ? byName.get(named) : undefined) ?? form.root;
    if (issue.code === "custom") {
      const p = issue.params as { rule: FormDataRule; limit: string; element: string };
      make(issue.path, byName.get(p.element) ?? element, p.rule, p.limit);
    } else if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys) make([...issue.path, k], element, "unknown-property", k);
    } else if (issue.code === "invalid_type") {
      // zod 4 leaves `input` out of its issues: whether the value is missing is read off the data itself.
      if (isAbsent(data, issue.path)) make(issue.path, element, "required", "");
      else make(issue.path, element, "type", String(issue.expected));
    } else make(issue.path, element, "type", issue.code);
  }
  return { valid: false, diagnostics };
}

/**
 * Validates Fachdaten XML completely: against the form's XSD (libxml2, element order and lexical forms) and,
 * read into the JSON model, with the zod validator (findings with labels). Valid only when both ran and passed.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { type Form, validateFachdatenXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const report = await validateFachdatenXml(form, await readFile("antrag.xml"), { locale: "de", file: "antrag.xml" });
 * console.log(report.valid ? "gültig" : report.diagnostics.map((d) => `${d.location?.line ?? "-"}: ${d.message}`).join("\n"));
 * ```
 */
export async function validateFachdatenXml(
  form: Form,
  xml: string | Uint8Array,
  options: FachdatenValidateOptions & FachdatenXmlOptions & { file?: string } = {},
): Promise<FachdatenReport> {
  const xsd = toFachdatenXsd(form, options.namespace === undefined ? {} : { namespace: options.namespace });
  const validator = await safeCreateXsdValidator({
    id: `fachdaten-${form.root.name}`,
    entry: "fachdaten.xsd",
    files: { "fachdaten.xsd": new TextEncoder().encode(xsd) },
  });
  if (!validator.success) return { valid: false, diagnostics: validator.diagnostics };
  const diagnostics: Diagnostic[] = [];
  try {
    diagnostics.push(...validator.data.validate(xml, options.file === undefined ? {} : { file: options.file }).diagnostics);
  } finally {
    validator.data.dispose();
  }
  const read = safeFachdatenFromXml(form, xml, options);
  if (read.data !== undefined) diagnostics.push(...validateFachdaten(form, read.data, options).diagnostics);
  else diagnostics.push(...read.diagnostics);
  return { valid: !diagnostics.some((d) => d.severity === "error" || d.severity === "fatal"), diagnostics };
}
