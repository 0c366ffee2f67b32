/**
 * Fachdaten validation with the schema's rules (Regeln): the rule engine of `../regeln` computes, per element
 * instance, whether it is shown and required; the form-data validator then checks the data against that state.
 *
 * How the per-instance state meets the per-edge extension point (`FormOptions.requiredness`): every edge
 * (group → child) on which a rule decided for at least one instance is made `optional` in the form the validator
 * uses, and then each instance of that edge is checked against the evaluator's verdict: visible and required but
 * without a value → a `form-data-invalid` `required` finding. So a rule inside a repeated group acts on its own
 * instance, and a hidden group (required or not by its `anzahl`) is not required, nor is anything inside it.
 * A hidden instance that is sent anyway is validated like any data (XML and JSON cannot differ here).
 */
import { diagnostic, type Locale, renderMessage, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../../core/result.ts";
import type { ElementState, FormState, FormData as RegelnData } from "../regeln/evaluate.ts";
import { safeEvaluateForm } from "../regeln/evaluate.ts";
import type { CheckedRule } from "../regeln/read.ts";
import { formTreeV3 } from "../regeln/schema.ts";
import type { Datenfeldgruppe, Stammdatenschema } from "../v3/model.ts";
import {
  type FachdatenReport,
  type FachdatenValidateOptions,
  type FachdatenXmlOptions,
  type FormData,
  safeFachdatenFromXml,
  validateFachdaten,
  validateFachdatenXml,
} from "./fachdaten.ts";
import { FORMS_MESSAGES } from "./messages.ts";
import { type Form, type FormElement, type FormGroup, type FormOptions, safeBuildForm } from "./model.ts";

useMessages(FORMS_MESSAGES);

/**
 * Options of {@link validateFachdatenWithRules}: the form options (without `requiredness`, which the rules decide), the locale, the Land.
 * @example
 * ```ts
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * import { type FachdatenRulesOptions, validateFachdatenWithRules } from "fim-xoev/xdatenfelder/forms";
 * declare const schema: Stammdatenschema;
 * const options: FachdatenRulesOptions = { land: "NW", locale: "de", unversionedIds: true };
 * const report = validateFachdatenWithRules(schema, { G60000000225: { F60000000227: "Mustermann" } }, options);
 * console.log(report.valid, report.notApplied.length);
 * ```
 */
export interface FachdatenRulesOptions extends Omit<FormOptions, "requiredness">, FachdatenValidateOptions {
  /** The Land the application is made in (`NW`, …); without it, Land-scoped rule effects are not applied (and listed). */
  readonly land?: string;
  /** The rules as read (default: read from the schema). */
  readonly rules?: readonly CheckedRule[];
}

/** The outcome of validating Fachdaten with rules: the report, the rules not applied, the form state and the form used. */
export interface FachdatenRulesReport extends FachdatenReport {
  /**
   * Every finding: the validator's `form-data-invalid` (with the rules' requiredness), the rules'
   * `rule-validation-failed`, and the `rule-not-applied` infos.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** `rule-not-applied` (info): each rule (or Land-scoped effect) that was not applied, with the reason. */
  readonly notApplied: readonly Diagnostic[];
  /** The form state the rules computed (per element instance: visible, required, prefill). */
  readonly state: FormState;
  /** The form the data was validated with (edges decided by rules made optional). */
  readonly form: Form;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Fachdaten (keys `<id>V<version>` or unversioned ids, as the form names them) → the rule engine's data shape
 * (keys are unversioned ids, repeated groups arrays of objects). Properties the form does not know are left out
 * (the validator reports them).
 * @example
 * ```ts
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * import { buildForm, fachdatenToRuleData } from "fim-xoev/xdatenfelder/forms";
 * import { evaluateForm, formTreeV3 } from "fim-xoev/xdatenfelder/regeln";
 * declare const schema: Stammdatenschema;
 * const form = buildForm(schema);
 * const data = fachdatenToRuleData(form, { "G60000000225V1.0.0": { "F60000000227V1.1.0": "Mustermann" } });
 * console.log(data); // { G60000000225: { F60000000227: "Mustermann" } }
 * const state = evaluateForm(formTreeV3(schema), data, { land: "BY" });
 * console.log(state.elements.filter((e) => e.required && !e.filled).map((e) => e.path));
 * ```
 */
export function fachdatenToRuleData(form: Form, data: unknown): RegelnData {
  const group = (g: FormGroup, value: unknown): RegelnData => {
    const out: Record<string, unknown> = {};
    if (!isObject(value)) return out as RegelnData;
    for (const child of g.children) {
      const v = value[child.element.name];
      if (v === undefined) continue;
      const e = child.element;
      if (e.kind === "field") out[e.id] = v;
      else out[e.id] = Array.isArray(v) ? v.map((x) => group(e, x)) : group(e, v);
    }
    return out as RegelnData;
  };
  return group(form.root, data);
}

/** Where an evaluator instance path (`G1.G2[1].F3`) is in the Fachdaten: the edge and the JSON Pointer. */
interface Located {
  readonly parent: FormGroup;
  readonly element: FormElement;
  /** JSON Pointer of the parent instance. */
  readonly parentPointer: string;
  readonly pointer: string;
}

const escapePointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

function locate(form: Form, path: string): Located | undefined {
  let group = form.root;
  let pointer = "";
  let found: Located | undefined;
  for (const segment of path.split(".")) {
    if (found !== undefined) {
      if (found.element.kind !== "group") return undefined;
      group = found.element;
      pointer = found.pointer;
    }
    const m = /^([^[]+)(?:\[(\d+)\])?$/u.exec(segment);
    if (m === null) return undefined;
    const child = group.children.find((c) => c.element.id === m[1]);
    if (child === undefined) return undefined; // a label field, or an element the form does not have
    const own = `${pointer}/${escapePointer(child.element.name)}`;
    found = {
      parent: group,
      element: child.element,
      parentPointer: pointer,
      pointer: m[2] !== undefined && child.max > 1 ? `${own}/${m[2]}` : own,
    };
  }
  return found;
}

const edgeKey = (parent: string, child: string) => `${parent}\u0000${child}`;

interface Plan {
  /** Edges (parent name → child name) a rule decided on for at least one instance. */
  readonly decided: Set<string>;
  readonly located: Map<ElementState, Located>;
}

function plan(form: Form, state: FormState): Plan {
  const decided = new Set<string>();
  const located = new Map<ElementState, Located>();
  for (const s of state.elements) {
    const l = locate(form, s.path);
    if (l === undefined) continue;
    located.set(s, l);
    if (s.rules.length > 0) decided.add(edgeKey(l.parent.name, l.element.name));
  }
  return { decided, located };
}

/** The instances of rule-decided edges that are visible, required and empty: `form-data-invalid` `required`. */
function requiredFindings(pl: Plan, state: FormState, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of state.elements) {
    const l = pl.located.get(s);
    if (l === undefined || !pl.decided.has(edgeKey(l.parent.name, l.element.name))) continue;
    if (!s.visible || !s.required || s.filled) continue;
    // In an Auswahlgruppe the validator decides which branch is taken; the rule engine does not know choices, so
    // only a branch a rule itself changed in this instance is required here.
    if (l.parent.choice && s.rules.length === 0) continue;
    const d = diagnostic({
      code: "form-data-invalid",
      params: { element: l.element.name, label: l.element.label, rule: "required", limit: "" },
      severity: "error",
      stage: "model",
      path: l.pointer,
    });
    out.push(locale === "en" ? d : { ...d, message: renderMessage("form-data-invalid", d.params as never, locale) });
  }
  return out;
}

/** A rule-validation finding's instance path (`G1[0].F2`) as a JSON Pointer when the form has it. */
function withPointer(form: Form, d: Diagnostic): Diagnostic {
  const l = locate(form, d.path);
  return l === undefined ? d : { ...d, path: l.pointer };
}

interface Prepared {
  readonly form: Form;
  readonly state: FormState;
  readonly plan: Plan;
}

function prepare(source: Stammdatenschema | Datenfeldgruppe, base: Form, data: unknown, options: FachdatenRulesOptions): Result<Prepared> {
  const { land, rules, locale: _locale, ...formOptions } = options;
  const evaluated = safeEvaluateForm(formTreeV3(source), fachdatenToRuleData(base, data), {
    ...(land !== undefined && { land }),
    ...(rules !== undefined && { rules }),
  });
  if (!evaluated.success || evaluated.data === undefined) return failure(evaluated.diagnostics as [Diagnostic, ...Diagnostic[]]);
  const state = evaluated.data;
  const pl = plan(base, state);
  const built = safeBuildForm(source, {
    ...formOptions,
    requiredness: ({ parent, child }) => (pl.decided.has(edgeKey(parent, child)) ? "optional" : undefined),
  });
  if (!built.success || built.data === undefined) return failure(built.diagnostics as [Diagnostic, ...Diagnostic[]]);
  return success({ form: built.data, state, plan: pl });
}

function report(p: Prepared, validated: FachdatenReport, locale: Locale): FachdatenRulesReport {
  const diagnostics = [
    ...validated.diagnostics,
    ...requiredFindings(p.plan, p.state, locale),
    ...p.state.findings.map((d) => withPointer(p.form, d)),
    ...p.state.notApplied,
  ];
  return {
    valid: !diagnostics.some((d) => d.severity === "error" || d.severity === "fatal"),
    diagnostics,
    notApplied: p.state.notApplied,
    state: p.state,
    form: p.form,
  };
}

function baseForm(source: Stammdatenschema | Datenfeldgruppe, options: FachdatenRulesOptions): Result<Form> {
  const { land: _land, rules: _rules, locale: _locale, ...formOptions } = options;
  return safeBuildForm(source, formOptions);
}

/**
 * Validates Fachdaten (JSON model) with the schema's rules applied. Fails (no report) only when the form
 * cannot be built or the options are wrong (an unknown Land); unreadable rules never stop validation, they are
 * listed in `notApplied`.
 * @example
 * ```ts
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * import { safeValidateFachdatenWithRules } from "fim-xoev/xdatenfelder/forms";
 * declare const schema: Stammdatenschema; // S05000001205 with its rule R05000011280 "Auswahl der Person"
 * declare const data: unknown; // the Fachdaten JSON of an application
 * const result = safeValidateFachdatenWithRules(schema, data, { land: "NW", locale: "de" });
 * if (!result.success) throw new Error(result.diagnostics[0].message);
 * for (const d of result.data.diagnostics) console.log(d.severity, d.path, d.message);
 * ```
 */
export function safeValidateFachdatenWithRules(
  source: Stammdatenschema | Datenfeldgruppe,
  data: unknown,
  options: FachdatenRulesOptions = {},
): Result<FachdatenRulesReport> {
  const base = baseForm(source, options);
  if (!base.success || base.data === undefined) return failure(base.diagnostics as [Diagnostic, ...Diagnostic[]]);
  const p = prepare(source, base.data, data, options);
  if (!p.success || p.data === undefined) return failure(p.diagnostics as [Diagnostic, ...Diagnostic[]]);
  const locale = options.locale ?? "en";
  return success(report(p.data, validateFachdaten(p.data.form, data, { locale }), locale));
}

/**
 * {@link safeValidateFachdatenWithRules}; throws one XoevError when the form cannot be built or the Land is unknown.
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { validateFachdatenWithRules } from "fim-xoev/xdatenfelder/forms";
 * declare const xml: string; // the Stammdatenschema
 * declare const data: unknown; // the Fachdaten JSON
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * const report = validateFachdatenWithRules(nachricht.stammdatenschema, data, { land: "SN" });
 * const visible = report.state.elements.filter((e) => e.visible).length;
 * console.log(report.valid, `${visible} elements shown`);
 * ```
 */
export function validateFachdatenWithRules(
  source: Stammdatenschema | Datenfeldgruppe,
  data: unknown,
  options: FachdatenRulesOptions = {},
): FachdatenRulesReport {
  return unwrap(safeValidateFachdatenWithRules(source, data, options));
}

/**
 * Fachdaten XML with rules: read into the JSON model for the rule engine, then validated completely (XSD of the
 * rule-adjusted form and the validator) as {@link validateFachdatenXml} does. XML that cannot be read is
 * reported (invalid) without rules.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * import { safeValidateFachdatenXmlWithRules } from "fim-xoev/xdatenfelder/forms";
 * declare const schema: Stammdatenschema;
 * const result = await safeValidateFachdatenXmlWithRules(schema, await readFile("antrag.xml"), { land: "HE", file: "antrag.xml" });
 * if (result.success) console.log(result.data.valid, result.data.notApplied.map((d) => d.message));
 * ```
 */
export async function safeValidateFachdatenXmlWithRules(
  source: Stammdatenschema | Datenfeldgruppe,
  xml: string | Uint8Array,
  options: FachdatenRulesOptions & FachdatenXmlOptions & { file?: string } = {},
): Promise<Result<FachdatenRulesReport>> {
  const { namespace, file, ...rest } = options;
  const base = baseForm(source, rest);
  if (!base.success || base.data === undefined) return failure(base.diagnostics as [Diagnostic, ...Diagnostic[]]);
  const xmlOptions = { ...(namespace !== undefined && { namespace }), ...(file !== undefined && { file }) };
  const read = safeFachdatenFromXml(base.data, xml, xmlOptions);
  const data: FormData = read.data ?? {};
  const p = prepare(source, base.data, data, rest);
  if (!p.success || p.data === undefined) return failure(p.diagnostics as [Diagnostic, ...Diagnostic[]]);
  const locale = options.locale ?? "en";
  const validated = await validateFachdatenXml(p.data.form, xml, { ...xmlOptions, locale });
  if (read.data === undefined) return success({ ...validated, notApplied: [], state: p.data.state, form: p.data.form });
  return success(report(p.data, validated, locale));
}
