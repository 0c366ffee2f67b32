/**
 * The contract of a semantic rule: an identifier taken verbatim from the standard's own catalogue, the
 * catalogue's class kept as opaque metadata (`category`), the severity of its findings, and the catalogue's
 * message in German and English. Rules visit typed model objects, never XML. What a catalogue's classes mean
 * (and which severity each maps to) is the standard's business, not core's.
 */
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.ts";

/** A message in both catalogue locales. */
export interface RuleText {
  /** The catalogue's own (German) text, verbatim. */
  readonly de: string;
  /** An English rendering. */
  readonly en: string;
}

/** What a rule reports: the model object the finding is about, and the element it names. */
export interface RuleFinding {
  /** The model object whose source position and path the finding gets (e.g. the element, or a structure row). */
  readonly target: object;
  /** The element the finding concerns, as an opaque key the standard chooses (copied into `params.element`). */
  readonly element: string;
  /** The child element when the finding sits in a structure row (id of the child). */
  readonly sub?: string | undefined;
}

/** Passed to a rule's visitors: report a finding, and read the options the run was given. */
export interface RuleContext<O> {
  /** Reports one finding of the visiting rule. */
  readonly report: (finding: RuleFinding) => void;
  /**
   * Reports a finding the rule has already made a diagnostic of (its own code, params and path, e.g. a
   * structural finding); the runner sets `ruleId`, `stage: "rules"` and the file, and keeps it as it is else.
   */
  readonly emit: (finding: Diagnostic) => void;
  /** The options of the run (providers, parameters). */
  readonly options: O;
}

/** Visitor functions of a rule, one per kind of node it looks at. */
export type RuleVisitors<V, O> = { readonly [K in keyof V]?: (node: V[K], ctx: RuleContext<O>) => void };

/** A rule over a model whose visitable node kinds are the keys of `V`. */
export interface Rule<V = Record<string, object>, O = unknown> {
  /** Identifier, verbatim from the standard's catalogue. */
  readonly id: string;
  /** The class the standard's catalogue gives the rule, kept as opaque metadata (reports show it). */
  readonly category?: string | undefined;
  /** Severity of the rule's findings before any policy re-levels them. */
  readonly severity: Severity;
  /** Whether the rule runs unless a policy says otherwise (`false` for `Deaktiviert`). */
  readonly enabledByDefault: boolean;
  /** The catalogue's message. */
  readonly message: RuleText;
  /** What the rule looks at, in a sentence (documentation, `--list`). */
  readonly description?: string | undefined;
  /**
   * Capabilities the rule needs that a run may not have (e.g. `"codelist-provider"` for checks that ask
   * XRepository). Without them the rule is reported as skipped instead of run.
   */
  readonly requires?: readonly string[] | undefined;
  /** The visitors. */
  readonly visit: RuleVisitors<V, O>;
}

/** What {@link defineRule} takes; `enabledByDefault` is true unless given. */
export interface RuleDefinition<V, O> {
  readonly id: string;
  readonly category?: string;
  readonly severity: Severity;
  readonly enabledByDefault?: boolean;
  readonly message: RuleText;
  readonly description?: string;
  readonly requires?: readonly string[];
  readonly visit: RuleVisitors<V, O>;
}

/**
 * Defines a rule. The id is the catalogue code verbatim; the rule runs by default unless `enabledByDefault`
 * is false (a standard's own factory maps its catalogue classes onto severity and default, e.g. FIM-QS in
 * `xdatenfelder/common/qs-katalog.ts`).
 *
 * @throws {TypeError} when the id is empty.
 *
 * @example
 * ```ts
 * import { defineRule } from "fim-xoev/validation";
 *
 * // a house rule over your own model: every Datenfeld needs a Hilfetext
 * interface Knoten {
 *   readonly datenfeld: { readonly id: string; readonly hilfetext?: string };
 * }
 * const hilfetextPflicht = defineRule<Knoten>({
 *   id: "HAUS-001",
 *   severity: "warning",
 *   message: { de: "Datenfeld ohne Hilfetext", en: "Datenfeld without help text" },
 *   visit: {
 *     datenfeld(feld, ctx) {
 *       if (feld.hilfetext === undefined) ctx.report({ target: feld, element: feld.id });
 *     },
 *   },
 * });
 * console.log(hilfetextPflicht.enabledByDefault); // true
 * ```
 */
export function defineRule<V, O = unknown>(def: RuleDefinition<V, O>): Rule<V, O> {
  if (def.id === "") throw new TypeError("defineRule: id must not be empty");
  return {
    id: def.id,
    category: def.category,
    severity: def.severity,
    enabledByDefault: def.enabledByDefault ?? true,
    message: def.message,
    description: def.description,
    requires: def.requires,
    visit: def.visit,
  };
}
