/**
 * The evaluator: a schema (form tree), its rules as read, and (partial) form data → the form state: for every
 * element instance visible/hidden, required/optional and a prefilled value, plus the findings of `validate`
 * effects and the rules (or effects) that were not applied, each with the reason. Pure functions over plain
 * data; no Node APIs (runs in the browser).
 *
 * Form data (the shape the form-data validator hands in): an object keyed by element id (unversioned). A field's
 * value is a string, number or boolean (an array for a repeated field); a group's value is an object of the same
 * shape, or an array of such objects for a repeated group (`anzahl` with an upper bound above 1).
 *
 * Scope: a rule applies per instance of the element it is attached to. A reference `G….F…` is looked up in the
 * rule's instance first (so a rule inside a repeated group reads and changes its own instance), then in the
 * enclosing instances up to the root; the written path must match the instance's ancestry (segments in order).
 * A comparison on a field with several instances in scope holds when it holds for one of them.
 *
 * Prefill: prefill effects apply first; a field without a value in the data counts with its prefilled value in
 * the conditions of other rules (a prefilled field is typically hidden and absent from the data).
 *
 * Compute: `compute` effects apply after the prefills and before everything else, in rule order, on fields only.
 * An expression has a value only when every field it reads has exactly one value in scope (data, else computed,
 * else prefilled) of the right type (a number, or an ISO date `YYYY-MM-DD` for date differences); otherwise, and
 * on division by zero, the field gets no computed value. A field without a value in the data counts with its
 * computed value in the conditions of other rules.
 *
 * Precedence: effects are applied in rule order, then in effect order; a later effect on the same instance
 * overrides an earlier one of the opposite kind. A hidden group hides everything inside it; a hidden element is
 * never required. A structurally required element (anzahl ≥ 1) is required only where its group is in use
 * (required itself, or holding data); a rule's `require`/`optional` overrides the structure.
 */
import { diagnostic, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { formatCondition } from "./format.ts";
import { LAENDER } from "./grammar.ts";
import { REGELN_MESSAGES } from "./messages.ts";
import type { Condition, Effect, ElementRef, LandScope, Literal, ValueExpr } from "./model.ts";
import { type CheckedRule, readRules } from "./read.ts";
import type { FormNode } from "./schema.ts";

useMessages(REGELN_MESSAGES);

/** A field value as form data holds it. */
export type FieldValue = string | number | boolean | null;
/** Form data: element id → field value(s) or group data. */
export interface FormData {
  readonly [id: string]: FieldValue | readonly FieldValue[] | FormData | readonly FormData[] | undefined;
}

/**
 * Options of {@link evaluateForm}.
 * @example
 * ```ts
 * import { type EvaluateOptions, evaluateForm, type FormNode, readRules } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode; // formTreeV3(stammdatenschema)
 * const options: EvaluateOptions = { land: "NW", rules: readRules(tree) }; // read once, evaluate on every input
 * const state = evaluateForm(tree, { F60000000231: "17" }, options);
 * console.log(state.notApplied.length);
 * ```
 */
export interface EvaluateOptions {
  /** The Land the form is filled in for (two-letter code, e.g. `NW`). Without it, Land-scoped effects are not applied. */
  readonly land?: string;
  /** The rules as read (default: `readRules(tree)`). */
  readonly rules?: readonly CheckedRule[];
}

/** The state of one element instance. */
export interface ElementState {
  /** The element's id (unversioned). */
  readonly id: string;
  /** Group or field. */
  readonly kind: "gruppe" | "feld";
  /** Instance path, e.g. `G1.G2[1].F3` (`[i]` on repeated groups). */
  readonly path: string;
  /** Whether the instance is shown (false when a rule hides it or an ancestor). */
  readonly visible: boolean;
  /** Whether the instance must be filled in (its `anzahl`, changed by rules). */
  readonly required: boolean;
  /** The value a `prefill` effect puts in the field. */
  readonly prefill?: string;
  /** The value a `compute` effect derives for the field (a number as text, e.g. `42`, `2.5`). */
  readonly computed?: string;
  /** True when the data holds a value (for a group: any value inside it). */
  readonly filled: boolean;
  /** The rules (`R…V…`) whose effects changed this instance, in order. */
  readonly rules: readonly string[];
}

/** The computed form state. */
export interface FormState {
  /** Every element instance, depth first. */
  readonly elements: readonly ElementState[];
  /** `rule-validation-failed` findings of `validate` effects. */
  readonly findings: readonly Diagnostic[];
  /** `rule-not-applied`: rules not read (completely) and effects the options did not allow to apply. */
  readonly notApplied: readonly Diagnostic[];
  /** The rules as read. */
  readonly rules: readonly CheckedRule[];
}

interface Instance {
  readonly node: FormNode;
  readonly path: string;
  readonly parent: Instance | undefined;
  readonly children: Instance[];
  /** Field value(s) or group data; undefined when absent. */
  readonly data: unknown;
  visible: boolean;
  required: boolean | undefined;
  prefill: string | undefined;
  computed: string | undefined;
  readonly rules: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function buildInstances(node: FormNode, data: unknown, path: string, parent: Instance | undefined): Instance {
  const inst: Instance = {
    node,
    path,
    parent,
    children: [],
    data,
    visible: true,
    required: undefined,
    prefill: undefined,
    computed: undefined,
    rules: [],
  };
  if (node.kind === "feld") return inst;
  const obj = isObject(data) ? data : {};
  for (const child of node.children) {
    const value = obj[child.id];
    const childPath = path === "" ? child.id : `${path}.${child.id}`;
    const repeated = child.kind === "gruppe" && (child.max === undefined || child.max > 1 || Array.isArray(value));
    if (repeated) {
      const list = Array.isArray(value) ? value : value === undefined ? [undefined] : [value];
      list.forEach((v, i) => {
        inst.children.push(buildInstances(child, v, `${childPath}[${i}]`, inst));
      });
    } else {
      inst.children.push(buildInstances(child, value, childPath, inst));
    }
  }
  return inst;
}

function* descendants(i: Instance): Generator<Instance> {
  yield i;
  for (const c of i.children) yield* descendants(c);
}

function ancestry(i: Instance): string[] {
  const out: string[] = [];
  for (let x: Instance | undefined = i; x !== undefined && x.parent !== undefined; x = x.parent) out.unshift(x.node.id);
  return out;
}

/** The written path matches when its segments appear in order in the instance's ancestry, ending at the instance. */
function pathMatches(i: Instance, ref: ElementRef): boolean {
  const chain = ancestry(i);
  if (chain[chain.length - 1] !== ref.id) return false;
  let k = 0;
  for (const seg of chain) if (seg === ref.path[k]) k++;
  return k === ref.path.length;
}

function resolve(ref: ElementRef, scope: Instance): Instance[] {
  for (let s: Instance | undefined = scope; s !== undefined; s = s.parent) {
    const found = [...descendants(s)].filter((i) => i.node.id === ref.id && pathMatches(i, ref));
    if (found.length > 0) return found;
  }
  return [];
}

function dataValues(i: Instance): FieldValue[] {
  const d = i.data;
  const list = Array.isArray(d) ? d : [d];
  return list.filter((v): v is FieldValue => v !== undefined && v !== null && v !== "" && !isObject(v));
}

/**
 * The values of a field as conditions see them: from the data, else the computed value, else the prefill (a
 * prefilled or computed field is typically hidden and not in the data).
 */
function scalarValues(i: Instance): FieldValue[] {
  const values = dataValues(i);
  if (values.length > 0) return values;
  if (i.computed !== undefined) return [i.computed];
  return i.prefill !== undefined ? [i.prefill] : values;
}

type Computed =
  | { readonly kind: "number"; readonly n: number }
  | { readonly kind: "date"; readonly y: number; readonly m: number; readonly d: number };

/** An ISO date `YYYY-MM-DD` that exists in the calendar. */
function isoDate(text: string): Computed | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return { kind: "date", y, m: mo, d };
}

function operand(v: FieldValue): Computed | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", n: v } : undefined;
  if (typeof v !== "string") return undefined;
  const text = v.trim();
  const date = isoDate(text);
  if (date !== undefined) return date;
  if (!/^[+-]?\d+([.,]\d+)?$/u.test(text)) return undefined;
  return { kind: "number", n: Number(text.replace(",", ".")) };
}

const dayNumber = (x: { y: number; m: number; d: number }) => Date.UTC(x.y, x.m - 1, x.d) / 86_400_000;

/** The value of an expression in a scope, or undefined (a field without exactly one usable value, a wrong type, ÷ 0). */
function computeValue(x: ValueExpr, scope: Instance): Computed | undefined {
  switch (x.op) {
    case "field": {
      const values = resolve(x.field, scope).flatMap(scalarValues);
      return values.length === 1 ? operand(values[0] as FieldValue) : undefined;
    }
    case "number":
      return Number.isFinite(x.value) ? { kind: "number", n: x.value } : undefined;
    case "date":
      return isoDate(x.value);
    case "years-between":
    case "days-between": {
      const a = computeValue(x.from, scope);
      const b = computeValue(x.to, scope);
      if (a?.kind !== "date" || b?.kind !== "date") return undefined;
      if (x.op === "days-between") return { kind: "number", n: dayNumber(b) - dayNumber(a) };
      const before = b.m < a.m || (b.m === a.m && b.d < a.d);
      return { kind: "number", n: b.y - a.y - (before ? 1 : 0) };
    }
    default: {
      const a = computeValue(x.left, scope);
      const b = computeValue(x.right, scope);
      if (a?.kind !== "number" || b?.kind !== "number") return undefined;
      if (x.op === "div" && b.n === 0) return undefined;
      const n = x.op === "add" ? a.n + b.n : x.op === "sub" ? a.n - b.n : x.op === "mul" ? a.n * b.n : a.n / b.n;
      return Number.isFinite(n) ? { kind: "number", n } : undefined;
    }
  }
}

/** A computed number as text: at most 15 significant digits, so `0.1 + 0.2` is `0.3`. */
function formatComputed(c: Computed): string {
  if (c.kind === "date") return `${String(c.y).padStart(4, "0")}-${String(c.m).padStart(2, "0")}-${String(c.d).padStart(2, "0")}`;
  return String(Number(c.n.toPrecision(15)));
}

/** True when the instance has a value as conditions see it (prefill included). */
function isFilled(i: Instance): boolean {
  if (i.node.kind === "feld") return scalarValues(i).length > 0;
  return i.children.some(isFilled);
}

/** True when the form data itself holds a value in the instance. */
function hasData(i: Instance): boolean {
  if (i.node.kind === "feld") return dataValues(i).length > 0;
  return i.children.some(hasData);
}

const TRUE_WORDS = new Set(["wahr", "true", "ja", "1"]);
const FALSE_WORDS = new Set(["falsch", "false", "nein", "0"]);

function equals(v: FieldValue, lit: Literal): boolean {
  const want = lit.value.trim().toLowerCase();
  if (typeof v === "boolean") return v ? TRUE_WORDS.has(want) : FALSE_WORDS.has(want);
  const have = String(v).trim().toLowerCase();
  if (have === want || (lit.label !== undefined && have === lit.label.trim().toLowerCase())) return true;
  // "true"/"wahr", "false"/"nein" written differently for the same boolean.
  if (TRUE_WORDS.has(have) && TRUE_WORDS.has(want)) return true;
  if (FALSE_WORDS.has(have) && FALSE_WORDS.has(want)) return true;
  return false;
}

/** Numbers compare as numbers, ISO dates (and other equal-length digit strings) as text; anything else not at all. */
function compare(a: FieldValue, b: string): number | undefined {
  const x = String(a).trim();
  const y = b.trim();
  const nx = Number(x.replace(",", "."));
  const ny = Number(y.replace(",", "."));
  if (x !== "" && y !== "" && Number.isFinite(nx) && Number.isFinite(ny)) return nx - ny;
  if (/^\d{4}-\d{2}-\d{2}/u.test(x) && /^\d{4}-\d{2}-\d{2}/u.test(y)) return x < y ? -1 : x > y ? 1 : 0;
  return undefined;
}

function holds(c: Condition, scope: Instance): boolean {
  switch (c.op) {
    case "and":
      return c.terms.every((t) => holds(t, scope));
    case "or":
      return c.terms.some((t) => holds(t, scope));
    case "not":
      return !holds(c.term, scope);
    case "filled":
      return resolve(c.field, scope).some(isFilled);
    case "empty":
      return !resolve(c.field, scope).some(isFilled);
    case "lt-field":
    case "gt-field": {
      const a = resolve(c.field, scope).flatMap(scalarValues);
      const b = resolve(c.other, scope).flatMap(scalarValues);
      return a.some((x) =>
        b.some((y) => {
          const d = compare(x, String(y));
          return d !== undefined && (c.op === "lt-field" ? d < 0 : d > 0);
        }),
      );
    }
    case "in":
      return resolve(c.field, scope).some((i) => scalarValues(i).some((v) => c.values.some((l) => equals(v, l))));
    case "eq":
      return resolve(c.field, scope).some((i) => scalarValues(i).some((v) => equals(v, c.value)));
    case "neq":
      return !resolve(c.field, scope).some((i) => scalarValues(i).some((v) => equals(v, c.value)));
    default: {
      const op = c.op;
      const want = c.value.value;
      return resolve(c.field, scope).some((i) =>
        scalarValues(i).some((v) => {
          const d = compare(v, want);
          if (d === undefined) return false;
          return op === "lt" ? d < 0 : op === "gt" ? d > 0 : op === "le" ? d <= 0 : d >= 0;
        }),
      );
    }
  }
}

function inScope(lands: LandScope, land: string): boolean {
  return "only" in lands ? lands.only.includes(land) : !lands.except.includes(land);
}

function ruleKey(r: { id: string; version?: string }): string {
  return r.version === undefined ? r.id : `${r.id}V${r.version}`;
}

function notApplied(rule: string, reason: string): Diagnostic {
  return diagnostic({ code: "rule-not-applied", severity: "info", stage: "rules", path: `regel[${rule}]`, params: { rule, reason } });
}

/**
 * Computes the form state: per element instance whether it is shown, required, prefilled or computed, the
 * findings of `validate` effects and what was not applied. Never throws on odd data: values of unexpected shape
 * count as absent. Use {@link safeEvaluateForm} to have the data and the options checked first.
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { evaluateForm, formTreeV3, readRules } from "fim-xoev/xdatenfelder/regeln";
 * declare const xml: string; // a Stammdatenschema with the rule "Wenn F60000000231 nicht leer, dann darf F60000000232 nicht leer sein."
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * const tree = formTreeV3(nachricht.stammdatenschema);
 * const state = evaluateForm(tree, { G60000000083: { F60000000231: "17" } }, { land: "NW", rules: readRules(tree) });
 * for (const e of state.elements) if (e.required && !e.filled) console.log(`${e.path} is required`); // …F60000000232
 * for (const f of state.findings) console.log(f.message);
 * ```
 */
export function evaluateForm(tree: FormNode, data: FormData, options: EvaluateOptions = {}): FormState {
  const rules = options.rules ?? readRules(tree);
  const byKey = new Map(rules.map((r) => [ruleKey(r), r]));
  const root = buildInstances(tree, data, "", undefined);
  const skipped: Diagnostic[] = [];
  const reported = new Set<string>();
  const report = (rule: string, reason: string) => {
    const k = `${rule}\u0000${reason}`;
    if (reported.has(k)) return;
    reported.add(k);
    skipped.push(notApplied(rule, reason));
  };
  for (const r of rules) {
    if (r.outcome === "unreadable") report(ruleKey(r), `not machine-readable (${r.unread.map((u) => u.reason).join("; ")})`);
    else if (r.outcome === "partial")
      report(ruleKey(r), `read only in part; not applied: ${r.unread.map((u) => `"${u.text}"`).join("; ")}`);
  }

  // Every (rule, scope instance) pair, in document order of the owners.
  const applications: { rule: CheckedRule; scope: Instance }[] = [];
  for (const inst of descendants(root)) {
    for (const src of inst.node.rules) {
      const r = byKey.get(ruleKey(src));
      if (r !== undefined) applications.push({ rule: r, scope: inst });
    }
  }
  const applicable = (e: Effect, rule: string): boolean => {
    if (e.lands === undefined) return true;
    if (options.land === undefined) {
      report(
        rule,
        `an effect is limited to Länder (${"only" in e.lands ? e.lands.only.join(", ") : `all but ${e.lands.except.join(", ")}`}) and no Land was given`,
      );
      return false;
    }
    return inScope(e.lands, options.land);
  };

  // Pass 1: prefills first (conditions of other rules read a prefilled value), then computations (they may read a
  // prefill), then visibility and requiredness.
  const order = (e: Effect, pass: number) => (e.kind === "prefill" ? 0 : e.kind === "compute" ? 1 : 2) === pass;
  for (const pass of [0, 1, 2])
    for (const { rule, scope } of applications) {
      const key = ruleKey(rule);
      for (const e of rule.effects) {
        if (e.kind === "validate" || !order(e, pass) || !applicable(e, key)) continue;
        if (e.condition !== undefined && !holds(e.condition, scope)) continue;
        for (const t of e.targets) {
          for (const i of resolve(t, scope)) {
            if (e.kind === "compute") {
              if (e.compute === undefined || i.node.kind !== "feld") continue;
              const c = computeValue(e.compute, i.parent ?? scope);
              if (c === undefined) continue;
              i.computed = formatComputed(c);
            }
            if (e.kind === "show") i.visible = true;
            else if (e.kind === "hide") i.visible = false;
            else if (e.kind === "require") i.required = true;
            else if (e.kind === "optional") i.required = false;
            else if (e.kind === "prefill" && e.value !== undefined) i.prefill = e.value.value;
            if (!i.rules.includes(key)) i.rules.push(key);
          }
        }
      }
    }

  // Effective state: a hidden ancestor hides; hidden is never required.
  const states: ElementState[] = [];
  const effective = new Map<Instance, { visible: boolean; required: boolean; active: boolean }>();
  // A structurally required element (anzahl ≥ 1) is required only where its group is in use: the group is
  // required itself, or holds data. A rule's require/optional overrides the structure.
  const visit = (i: Instance, parentVisible: boolean, parentActive: boolean) => {
    const visible = parentVisible && i.visible;
    const required = visible && (i.required ?? (i.node.min >= 1 && parentActive));
    effective.set(i, { visible, required, active: visible && (i.parent === undefined || required || hasData(i)) });
    if (i.parent !== undefined) {
      states.push({
        id: i.node.id,
        kind: i.node.kind === "feld" ? "feld" : "gruppe",
        path: i.path,
        visible,
        required,
        ...(i.prefill !== undefined ? { prefill: i.prefill } : {}),
        ...(i.computed !== undefined ? { computed: i.computed } : {}),
        filled: hasData(i),
        rules: [...i.rules],
      });
    }
    for (const c of i.children) visit(c, visible, i.parent === undefined || required || hasData(i));
  };
  visit(root, true, true);

  // Pass 2: validations, where the rule's instance is in use (visible and required or holding data) and a
  // target is visible: an optional group left empty is not checked.
  const findings: Diagnostic[] = [];
  for (const { rule, scope } of applications) {
    const key = ruleKey(rule);
    for (const e of rule.effects) {
      if (e.kind !== "validate" || e.assert === undefined || !applicable(e, key)) continue;
      const targets = e.targets.flatMap((t) => resolve(t, scope));
      if (effective.get(scope)?.active !== true) continue;
      if (!targets.some((t) => effective.get(t)?.visible === true)) continue;
      if (e.condition !== undefined && !holds(e.condition, scope)) continue;
      if (holds(e.assert, scope)) continue;
      findings.push(
        diagnostic({
          code: "rule-validation-failed",
          severity: "error",
          stage: "rules",
          path: targets[0]?.path ?? scope.path,
          params: { rule: key, elements: targets.map((t) => t.path).join(", "), check: formatCondition(e.assert) },
        }),
      );
    }
  }
  return { elements: states, findings, notApplied: skipped, rules };
}

/**
 * {@link evaluateForm} with the data and options checked: a non-object or an unknown Land is an `invalid-input` failure.
 * @example
 * ```ts
 * import { type FormNode, safeEvaluateForm } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode; // formTreeV3(stammdatenschema)
 * declare const body: unknown; // form data posted by the browser
 * const result = safeEvaluateForm(tree, body, { land: "Bayern" }); // not a two-letter code: invalid-input
 * if (!result.success) console.error(result.diagnostics.map((d) => d.message).join("\n"));
 * ```
 */
export function safeEvaluateForm(tree: FormNode, data: unknown, options: EvaluateOptions = {}): Result<FormState> {
  if (!isObject(data)) {
    return failure([
      diagnostic({
        code: "invalid-input",
        severity: "error",
        stage: "input",
        path: "",
        params: { issue: "form data must be an object keyed by element id" },
      }),
    ]);
  }
  if (options.land !== undefined && !LAENDER.includes(options.land)) {
    return failure([
      diagnostic({
        code: "invalid-input",
        severity: "error",
        stage: "input",
        path: "",
        params: { issue: `unknown Land "${options.land}" (expected one of ${LAENDER.join(", ")})` },
      }),
    ]);
  }
  return success(evaluateForm(tree, data as FormData, options));
}

/**
 * The state of the first instance of an element (by id or instance path).
 * @example
 * ```ts
 * import { elementState, evaluateForm, type FormNode } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode;
 * const state = evaluateForm(tree, { F00000003327: true }); // "Abfrage Gesetzlicher Vertreter" = JA
 * const vertreter = elementState(state, "G60000000220"); // "Gesetzlicher Vertreter / Bevollmächtigter"
 * console.log(vertreter?.visible, vertreter?.rules); // true [ "R00000002519V1.0.0" ]
 * ```
 */
export function elementState(state: FormState, idOrPath: string): ElementState | undefined {
  return state.elements.find((e) => e.path === idOrPath) ?? state.elements.find((e) => e.id === idOrPath);
}
