/**
 * The typed, version-independent rule model: what a rule (XDatenfelder `Regel`, 2.0 or 3.0.0) does to a form,
 * as read from its text. See docs/regeln.md.
 *
 * A rule has effects; an effect has a kind, targets (element ids as written, resolved to the last path segment),
 * an optional value (prefill), an optional value expression (compute), an optional condition (when it applies),
 * an optional assertion (what a `validate` effect checks) and an optional Land scope. A then/else pair becomes two effects with opposite conditions.
 */

/** What an effect does to its targets. */
export type EffectKind = "show" | "hide" | "require" | "optional" | "prefill" | "validate" | "compute";

/**
 * Every effect kind of the model. The reader produces all but `compute`: no real text says unambiguously how a
 * value is computed (see docs/regeln.md); `compute` effects are built by hand and evaluated by `evaluateForm`.
 * @example
 * ```ts
 * import { EFFECT_KINDS, type ReadRule } from "fim-xoev/xdatenfelder/regeln";
 * declare const rules: readonly ReadRule[];
 * const perKind = new Map(EFFECT_KINDS.map((k) => [k, 0]));
 * for (const r of rules) for (const e of r.effects) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
 * console.log(Object.fromEntries(perKind)); // { show: 12, hide: 9, require: 30, … }
 * ```
 */
export const EFFECT_KINDS: readonly EffectKind[] = ["show", "hide", "require", "optional", "prefill", "validate", "compute"];

/**
 * An element the text names: `id` is the last segment of the path (what the schema index knows), `path` every
 * segment as written (`G….G….F…`), used to pick the occurrence where one element appears in several groups.
 */
export interface ElementRef {
  /** The element id: the last segment of the path, unversioned. */
  readonly id: string;
  /** Every segment of the id path as written (`G….G….F…`). */
  readonly path: readonly string[];
}

/** A literal a field is compared with: a code (`001`, `X`, `wahr`, `Ja`, a number or date), with its label if written. */
export interface Literal {
  /** The code or value as written (`001`, `X`, `Ja`, a number or date). */
  readonly value: string;
  /** The label written next to it, if any. */
  readonly label?: string;
}

/** A comparison on one field. `in` holds when the value is one of `values`. */
export type Comparison =
  | { readonly op: "eq" | "neq" | "lt" | "gt" | "le" | "ge"; readonly field: ElementRef; readonly value: Literal }
  | { readonly op: "in"; readonly field: ElementRef; readonly values: readonly Literal[] }
  | { readonly op: "filled" | "empty"; readonly field: ElementRef }
  /** Compares two fields (dates, numbers): `field op other`. */
  | { readonly op: "lt-field" | "gt-field"; readonly field: ElementRef; readonly other: ElementRef };

/**
 * A value expression of a `compute` effect: field references and literals under arithmetic (numbers) and date
 * differences (ISO dates `YYYY-MM-DD`; `years-between` counts full years, as an age, `days-between` days).
 */
export type ValueExpr =
  | { readonly op: "field"; readonly field: ElementRef }
  | { readonly op: "number"; readonly value: number }
  | { readonly op: "date"; readonly value: string }
  | { readonly op: "add" | "sub" | "mul" | "div"; readonly left: ValueExpr; readonly right: ValueExpr }
  | { readonly op: "years-between" | "days-between"; readonly from: ValueExpr; readonly to: ValueExpr };

/** A condition tree. */
export type Condition =
  | Comparison
  | { readonly op: "and" | "or"; readonly terms: readonly Condition[] }
  | { readonly op: "not"; readonly term: Condition };

/** The Länder an effect is limited to: only these, or all but these (two-letter codes: BY, NW, …). */
export type LandScope = { readonly only: readonly string[] } | { readonly except: readonly string[] };

/** One effect of a rule. */
export interface Effect {
  /** What the effect does. */
  readonly kind: EffectKind;
  /** The elements it acts on. */
  readonly targets: readonly ElementRef[];
  /** The prefill value (`prefill` only). */
  readonly value?: Literal;
  /** How the target's value is computed (`compute` only). */
  readonly compute?: ValueExpr;
  /** When the effect applies; absent = always. */
  readonly condition?: Condition;
  /** What a `validate` effect requires of the form data. */
  readonly assert?: Condition;
  /** The Länder the effect applies in; absent = all. */
  readonly lands?: LandScope;
}

/** How much of a rule's text was read. */
export type Outcome = "read" | "partial" | "unreadable";

/** A piece of the text the reader could not turn into effects, and why. */
export interface Unread {
  /** The part of the text that was not read. */
  readonly text: string;
  /** Why it was not read. */
  readonly reason: string;
}

/** A rule as read: its identity, the effects, and what was not read. */
export interface ReadRule {
  /** Rule id (R…), unversioned. */
  readonly id: string;
  /** Rule version, if given. */
  readonly version?: string;
  /** Where the text came from: `freitextRegel` (3.0.0), `definition` (2.0), or `skript` (3.0.0, when `freitextRegel` is empty). */
  readonly source: "freitextRegel" | "definition" | "skript";
  /** The text the rule was read from. */
  readonly text: string;
  /** How much of the text was read: `read`, `partial` or `unreadable`. */
  readonly outcome: Outcome;
  /** The effects read from the text, in order. */
  readonly effects: readonly Effect[];
  /** The parts that were not read (empty for `read`). */
  readonly unread: readonly Unread[];
  /** Every element id the text names (last segment), in order of first appearance. */
  readonly mentioned: readonly string[];
  /**
   * 3.0.0 `ziel` and `param` as written (absent when the rule has none): `ref` is the element read as an id path
   * (a version suffix dropped), absent when `element` is not one id or id path.
   */
  readonly ziel?: readonly StructureRef[];
  /** 3.0.0 `param` as written, with its name (absent when the rule has none). */
  readonly param?: readonly (StructureRef & { readonly name: string })[];
}

/** An element named in a rule's `ziel` or `param`: as written, and read as an id path. */
export interface StructureRef {
  /** The element as written. */
  readonly element: string;
  /** The element read as an id path; absent when `element` is not one id or id path. */
  readonly ref?: ElementRef;
}
