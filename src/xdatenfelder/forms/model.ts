/**
 * The form model: what a Stammdatenschema (0102) or a Datenfeldgruppe (0103) of XDatenfelder 3.0.0 means for
 * the data an applicant enters. Every output of this module (JSON Schema, XSD, zod, TypeScript, sample,
 * Fachdaten JSON/XML) is written from this one model, so their constraints are the same by construction.
 */
import type { CodeListDocument } from "../../core/codelists/genericode.ts";
import { codeListValues } from "../../core/codelists/genericode.ts";
import type { CodeListReference } from "../../core/codelists/provider.ts";
import { diagnostic, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../../core/result.ts";
import type { Datenfeld, Datenfeldgruppe, ElementIdentifikation, Stammdatenschema, Struktur } from "../v3/model.ts";
import { type DatatypeRule, datatypeRule, type FormBase } from "./datatypes.ts";
import { FORMS_MESSAGES } from "./messages.ts";
import { type TranslatedPattern, translateXsdPattern, XsdRegexError } from "./regex.ts";

useMessages(FORMS_MESSAGES);

/** A code of a selection field: a row of the code list (or of the inline `werte`) the field offers. */
export interface FormCode {
  /** The code (what the Fachdaten carry). */
  readonly code: string;
  /** The name of the code (what a form shows). */
  readonly name: string;
}

interface FormElementBase {
  /** The property / element name in the Fachdaten: `<id>V<version>` (or `<id>` with `unversionedIds`). */
  readonly name: string;
  /** The element's id (`F…`, `G…`, `S…`). */
  readonly id: string;
  /** The element's version; absent for working copies. */
  readonly version?: string;
  /** `name` of the element (for the schema: its `name`). */
  readonly elementName: string;
  /** What a form shows: `bezeichnungEingabe` (the schema's `bezeichnung`), else `name`. */
  readonly label: string;
  /** `hilfetextEingabe` (the schema's `hilfetext`). */
  readonly help?: string;
}

/** A data field with its constraints. */
export interface FormField extends FormElementBase {
  /** Tells fields from groups. */
  readonly kind: "field";
  /** `datentyp` as written. */
  readonly datatype: string;
  /** `feldart` as written. */
  readonly feldart: string;
  /** The JSON type of the value. */
  readonly base: FormBase;
  /** The row of the datatype table (`DATATYPES`) for `datatype`. */
  readonly rule: DatatypeRule;
  /** Minimum length in code points (`praezisierung/@minLength`). */
  readonly minLength?: number;
  /** Maximum length in code points (`praezisierung/@maxLength`). */
  readonly maxLength?: number;
  /** Smallest allowed number, inclusive (`praezisierung/@minValue`). */
  readonly minimum?: number;
  /** Largest allowed number, inclusive (`praezisierung/@maxValue`). */
  readonly maximum?: number;
  /** `praezisierung/@pattern`, translated. */
  readonly pattern?: TranslatedPattern;
  /** The datatype's own pattern (dates and times), translated. */
  readonly lexicalPattern?: TranslatedPattern;
  /** The codes of a selection field (inline `werte` or a resolved code list), duplicates removed. */
  readonly codes?: readonly FormCode[];
  /** The code list a selection refers to (canonical URI and version), also when its codes are unknown. */
  readonly codeList?: string;
}

/** A group (or the schema itself) with its children in order. */
export interface FormGroup extends FormElementBase {
  /** Tells groups from fields. */
  readonly kind: "group";
  /** `art` = `X` (Auswahlgruppe): exactly one child (at most one when a child is optional). */
  readonly choice: boolean;
  /** The children in schema order, each with its multiplicity. */
  readonly children: readonly FormChild[];
}

/** A field or a group of the form model, told apart by `kind`. */
export type FormElement = FormField | FormGroup;

/** One child of a group: the element and its multiplicity (`anzahl`, possibly changed by `requiredness`). */
export interface FormChild {
  /** The field or group. */
  readonly element: FormElement;
  /** Lower bound of `anzahl` (after `requiredness`). */
  readonly min: number;
  /** `Infinity` for `*`. */
  readonly max: number;
}

/** The form model of a schema or group. */
export interface Form {
  /** 0102 → `stammdatenschema`, 0103 → `datenfeldgruppe`. */
  readonly source: "stammdatenschema" | "datenfeldgruppe";
  /** The root: the schema (or group) as a group; its `name` is the XML root element. */
  readonly root: FormGroup;
  /** Every distinct field and group below the root, sorted by name. */
  readonly elements: readonly FormElement[];
}

/** An edge of the structure, as seen by a {@link Requiredness} override. */
export interface FormEdge {
  /** Name of the containing group (or schema). */
  readonly parent: string;
  /** Name of the child. */
  readonly child: string;
  /** Lower bound of the child's `anzahl` in the schema. */
  readonly min: number;
  /** Upper bound of the child's `anzahl` in the schema (`Infinity` for `*`). */
  readonly max: number;
}

/**
 * The extension point for rules (Regeln): decides per edge whether a child is required, optional or hidden
 * (hidden = must not be sent; it is removed from every output). `undefined` keeps the `anzahl` of the schema.
 * A rule engine evaluating `aktiviere`/`deaktiviere` effects for the current form state plugs in here; every
 * output (JSON Schema, XSD, zod, sample, validation) then follows the same decision.
 */
export type Requiredness = (edge: FormEdge) => "required" | "optional" | "hidden" | undefined;

/** Synchronous code-list lookup (e.g. an `InMemoryCodeListProvider`, or a loaded `DirectoryCodeListProvider`'s documents). */
export interface CodeListLookup {
  /** The genericode document of a reference (canonical URI and version), or `undefined` when unknown. */
  find(reference: CodeListReference): CodeListDocument | undefined;
}

/**
 * Options of {@link buildForm}.
 * @example
 * ```ts
 * import { InMemoryCodeListProvider } from "fim-xoev/codelists";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * import { buildForm, type FormOptions } from "fim-xoev/xdatenfelder/forms";
 * declare const schema: Stammdatenschema;
 * declare const codeLists: InMemoryCodeListProvider; // e.g. the Staatsangehörigkeit code list as genericode
 * const options: FormOptions = {
 *   unversionedIds: true, // properties named F60000000227 instead of F60000000227V1.1.0
 *   codeLists,
 *   requiredness: (edge) => (edge.child === "G60000000223" ? "hidden" : undefined), // a rule hid the gesetzlicher Vertreter
 * };
 * console.log(buildForm(schema, options).elements.length);
 * ```
 */
export interface FormOptions {
  /** Name elements by bare id (`F60000000227`) instead of id + version. Two versions of one id are then an error. */
  readonly unversionedIds?: boolean;
  /** Where code lists referenced by `codelisteReferenz` come from; without it (or on a miss) the field is a plain string with a warning. */
  readonly codeLists?: CodeListLookup;
  /** The rules extension point, see {@link Requiredness}. */
  readonly requiredness?: Requiredness;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const NON_NEGATIVE_INT = /^\d+$/;

function nameOf(identifikation: ElementIdentifikation, unversioned: boolean): string {
  return unversioned || identifikation.version === undefined ? identifikation.id : `${identifikation.id}V${identifikation.version}`;
}

/**
 * Parses `anzahl` (`min:max`, `*` = unbounded); malformed values count as `1:1`.
 * @example
 * ```ts
 * import { parseAnzahl } from "fim-xoev/xdatenfelder/forms";
 * const { min, max } = parseAnzahl("0:*"); // a repeatable, optional Datenfeldgruppe
 * console.log(min, max === Number.POSITIVE_INFINITY); // 0 true
 * ```
 */
export function parseAnzahl(anzahl: string): { min: number; max: number } {
  const m = /^\s*(\d+)\s*:\s*(\*|\d+)\s*$/.exec(anzahl);
  if (m === null) return { min: 1, max: 1 };
  return { min: Number(m[1]), max: m[2] === "*" ? Number.POSITIVE_INFINITY : Number(m[2]) };
}

class Builder {
  readonly diagnostics: Diagnostic[] = [];
  readonly elements = new Map<string, FormElement>();
  /** name → identity (`id` + version) of the element that took it, to detect conflicts. */
  private readonly owners = new Map<string, string>();
  private readonly inProgress = new Set<string>();
  constructor(private readonly options: FormOptions) {}

  private warn(
    element: string,
    constraint: string,
    value: string,
    reason: "unparseable" | "not-applicable" | "not-expressible" | "anchors-removed" | "unsupported-pattern",
  ): void {
    this.diagnostics.push(
      diagnostic({
        code: "form-constraint",
        params: { element, constraint, value, reason },
        severity: "warning",
        stage: "convert",
        path: element,
      }),
    );
  }

  private claim(name: string, identity: string): boolean {
    const owner = this.owners.get(name);
    if (owner === undefined) {
      this.owners.set(name, identity);
      return true;
    }
    if (owner !== identity) {
      this.diagnostics.push(diagnostic({ code: "form-name-conflict", params: { name }, severity: "error", stage: "convert", path: name }));
    }
    return false;
  }

  field(f: Datenfeld): FormField {
    const name = nameOf(f.identifikation, this.options.unversionedIds === true);
    const known = this.elements.get(name);
    if (!this.claim(name, `${f.identifikation.id}V${f.identifikation.version ?? ""}`) && known?.kind === "field") return known;
    const datatype = f.datentyp.code;
    const rule = datatypeRule(datatype);
    const p = f.praezisierung;
    const out: {
      -readonly [K in keyof FormField]?: FormField[K];
    } = {
      kind: "field",
      name,
      id: f.identifikation.id,
      elementName: f.name,
      label: f.bezeichnungEingabe.trim() === "" ? f.name : f.bezeichnungEingabe,
      datatype,
      feldart: f.feldart.code,
      rule,
    };
    if (f.identifikation.version !== undefined) out.version = f.identifikation.version;
    if (f.hilfetextEingabe !== undefined && f.hilfetextEingabe.trim() !== "") out.help = f.hilfetextEingabe;

    const isSelect = f.werte !== undefined || f.codelisteReferenz !== undefined || f.feldart.code === "select";
    if (isSelect) {
      out.base = "string";
      out.rule = datatypeRule("text");
      this.codes(f, name, out);
    } else {
      out.base = rule.base;
      if (rule.pattern !== undefined) out.lexicalPattern = translateXsdPattern(rule.pattern);
    }
    if (p !== undefined) {
      const textual = !isSelect && rule.text;
      for (const key of ["minLength", "maxLength"] as const) {
        const v = p[key];
        if (v === undefined) continue;
        if (!textual) this.warn(name, key, v, "not-applicable");
        else if (!NON_NEGATIVE_INT.test(v.trim())) this.warn(name, key, v, "unparseable");
        else out[key] = Number(v.trim());
      }
      if (p.pattern !== undefined && p.pattern !== "") {
        if (!textual) this.warn(name, "pattern", p.pattern, "not-applicable");
        else {
          try {
            const t = translateXsdPattern(p.pattern);
            if (t.anchorsRemoved) this.warn(name, "pattern", p.pattern, "anchors-removed");
            out.pattern = t;
          } catch (e) {
            if (!(e instanceof XsdRegexError)) throw e;
            this.warn(name, "pattern", p.pattern, "unsupported-pattern");
          }
        }
      }
      for (const [key, target] of [
        ["minValue", "minimum"],
        ["maxValue", "maximum"],
      ] as const) {
        const v = p[key];
        if (v === undefined || v.trim() === "") continue;
        if (isSelect || !rule.range) {
          // Date and time bounds: JSON Schema 2020-12 has no comparison for strings, so none of the outputs gets them.
          this.warn(name, key, v, rule.base === "string" && !isSelect && rule.pattern !== undefined ? "not-expressible" : "not-applicable");
          continue;
        }
        if (!NUMBER.test(v.trim())) {
          this.warn(name, key, v, "unparseable");
          continue;
        }
        let n = Number(v.trim());
        if (rule.base === "integer") n = key === "minValue" ? Math.ceil(n) : Math.floor(n);
        out[target] = n;
      }
    }
    // Contradictory bounds: no value could be valid, and an XSD with minLength > maxLength does not compile.
    for (const [lo, hi, a, b] of [
      ["minLength", "maxLength", p?.minLength, p?.maxLength],
      ["minimum", "maximum", p?.minValue, p?.maxValue],
    ] as const) {
      const l = out[lo];
      const h = out[hi];
      if (l !== undefined && h !== undefined && l > h) {
        this.warn(name, `${lo}/${hi}`, `${a ?? ""} > ${b ?? ""}`, "unparseable");
        delete out[lo];
        delete out[hi];
      }
    }
    const field = out as FormField;
    this.elements.set(name, field);
    return field;
  }

  private codes(f: Datenfeld, name: string, out: { codes?: readonly FormCode[]; codeList?: string }): void {
    const seen = new Set<string>();
    const unique = (list: readonly { code: string; name: string }[]) =>
      list.filter((w) => !seen.has(w.code) && seen.add(w.code)).map((w) => ({ code: w.code, name: w.name }));
    if (f.werte !== undefined && f.werte.length > 0) {
      out.codes = unique(f.werte);
      return;
    }
    const ref = f.codelisteReferenz;
    if (ref === undefined) return;
    const uri = ref.canonicalIdentification ?? ref.canonicalVersionUri ?? "";
    out.codeList = ref.version === undefined ? uri : `${uri}_${ref.version}`;
    const reference: CodeListReference = {
      canonicalUri: ref.canonicalIdentification ?? "",
      ...(ref.version !== undefined && { version: ref.version }),
      ...(ref.canonicalVersionUri !== undefined && { canonicalVersionUri: ref.canonicalVersionUri }),
    };
    const doc = this.options.codeLists?.find(reference);
    if (doc === undefined) {
      this.diagnostics.push(
        diagnostic({
          code: "code-list-unavailable",
          params: {
            uri,
            version: ref.version ?? "",
            reason: `${name} is written as a plain string; pass the code list (--codelists DIR) to get its codes`,
          },
          severity: "warning",
          stage: "convert",
          path: name,
        }),
      );
      return;
    }
    const keys = { ...(f.codeKey !== undefined && { codeKey: f.codeKey }), ...(f.nameKey !== undefined && { nameKey: f.nameKey }) };
    const values = unique(codeListValues(doc, keys).filter((v) => v.code !== ""));
    if (values.length > 0) out.codes = values;
  }

  group(g: Datenfeldgruppe | Stammdatenschema, isSchema: boolean): FormGroup {
    const name = nameOf(g.identifikation, this.options.unversionedIds === true);
    const known = this.elements.get(name);
    if (!isSchema) {
      const fresh = this.claim(name, `${g.identifikation.id}V${g.identifikation.version ?? ""}`);
      if (!fresh && known?.kind === "group") return known;
    }
    if (this.inProgress.has(name)) throw new Error(`recursive group ${name}`);
    this.inProgress.add(name);
    const children: FormChild[] = [];
    const taken = new Set<string>();
    for (const s of g.struktur) {
      const child = this.child(name, s);
      if (child === undefined) continue;
      if (taken.has(child.element.name)) {
        // The same element twice in one group cannot be told apart in the data (one property, one element name).
        this.diagnostics.push(
          diagnostic({
            code: "form-name-conflict",
            params: { name: `${name}/${child.element.name}` },
            severity: "error",
            stage: "convert",
            path: name,
          }),
        );
        continue;
      }
      taken.add(child.element.name);
      children.push(child);
    }
    this.inProgress.delete(name);
    const label = "dokumentsteckbrief" in g ? g.bezeichnung : g.bezeichnungEingabe;
    const help = "dokumentsteckbrief" in g ? g.hilfetext : g.hilfetextEingabe;
    const group: FormGroup = {
      kind: "group",
      name,
      id: g.identifikation.id,
      ...(g.identifikation.version !== undefined && { version: g.identifikation.version }),
      elementName: g.name,
      label: label.trim() === "" ? g.name : label,
      ...(help !== undefined && help.trim() !== "" && { help }),
      choice: "art" in g && g.art?.code === "X",
      children,
    };
    if (!isSchema) this.elements.set(name, group);
    return group;
  }

  private child(parent: string, s: Struktur): FormChild | undefined {
    let { min, max } = parseAnzahl(s.anzahl);
    const e = s.enthaelt;
    if ("datenfeld" in e && e.datenfeld.feldart.code === "label") return undefined;
    if (max === 0) return undefined;
    const element = "datenfeld" in e ? this.field(e.datenfeld) : this.group(e.datenfeldgruppe, false);
    const decision = this.options.requiredness?.({ parent, child: element.name, min, max });
    if (decision === "hidden") return undefined;
    if (decision === "required") min = Math.max(1, min);
    if (decision === "optional") min = 0;
    return { element, min, max };
  }
}

/**
 * Builds the form model of a Stammdatenschema or a Datenfeldgruppe; fails on name conflicts. Warnings tell which
 * code lists were not found and which constraints were adapted or left out.
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { safeBuildForm } from "fim-xoev/xdatenfelder/forms";
 * declare const xml: string; // a Datenfeldgruppe message (0103), e.g. G60000000225 "Ansprechpartner (wenig)"
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.datenfeldgruppe.0103") throw new Error("not a Datenfeldgruppe");
 * const result = safeBuildForm(nachricht.datenfeldgruppe);
 * for (const d of result.diagnostics) console.warn(d.message);
 * if (result.success) console.log(result.data.root.label, result.data.elements.length);
 * ```
 */
export function safeBuildForm(source: Stammdatenschema | Datenfeldgruppe, options: FormOptions = {}): Result<Form> {
  const b = new Builder(options);
  const isSchema = "dokumentsteckbrief" in source;
  const root = b.group(source, isSchema);
  const elements = [...b.elements.values()].filter((e) => e !== root).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const form: Form = { source: isSchema ? "stammdatenschema" : "datenfeldgruppe", root, elements };
  const errors = b.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return failure(b.diagnostics as [Diagnostic, ...Diagnostic[]], form);
  return success(form, b.diagnostics);
}

/**
 * Whether a child is a list in the Fachdaten: true when it may occur more than once (`anzahl` upper bound > 1).
 * @example
 * ```ts
 * import { type Form, isList } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const lists = form.root.children.filter(isList).map((c) => c.element.label);
 * console.log(lists); // e.g. [ "Weitere Staatsangehörigkeiten" ]
 * ```
 */
export function isList(child: FormChild): boolean {
  return child.max > 1;
}

/**
 * Whether a child must be present in a group (lower bound ≥ 1; a choice group is handled separately).
 * @example
 * ```ts
 * import { type Form, isRequired } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * for (const child of form.root.children)
 *   console.log(`${child.element.label}${isRequired(form.root, child) ? " *" : ""}`); // "Familienname *"
 * ```
 */
export function isRequired(group: FormGroup, child: FormChild): boolean {
  return !group.choice && child.min >= 1;
}

/**
 * Minimum number of list entries when the property is present: an empty list is never sent (see docs/forms.md).
 * @example
 * ```ts
 * import { type Form, isList, minItems } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * for (const child of form.root.children.filter(isList)) console.log(child.element.name, "at least", minItems(child));
 * ```
 */
export function minItems(child: FormChild): number {
  return Math.max(1, child.min);
}
