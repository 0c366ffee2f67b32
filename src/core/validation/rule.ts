/**
 * The contract of a semantic rule: an identifier taken verbatim from the standard's own catalogue (e.g. a
 * FIM-QS code such as `1018`), the catalogue's class kept as metadata, the severity it maps to, and the
 * catalogue's message in German and English. Rules visit typed model objects, never XML.
 */
import type { Severity } from "../diagnostics/diagnostic.ts";

/**
 * The class a FIM-QS catalogue entry carries (`Typ` in the catalogue). `Deaktiviert` rules are registered
 * but off unless a policy switches them on.
 */
export type QsTyp = "FehlerKritisch" | "FehlerMethodisch" | "Warnung" | "Hinweis" | "Deaktiviert";

/** How a catalogue class maps onto the library's severity scale. */
export const QS_TYP_SEVERITY: Readonly<Record<QsTyp, Severity>> = {
  FehlerKritisch: "error",
  FehlerMethodisch: "error",
  Warnung: "warning",
  Hinweis: "info",
  Deaktiviert: "info",
};

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
  /** The element the finding concerns, as `id` + `V` + version (e.g. `F60000000243V1.2.0`). */
  readonly element: string;
  /** The child element when the finding sits in a structure row (id of the child). */
  readonly sub?: string | undefined;
}

/** Passed to a rule's visitors: report a finding, and read the options the run was given. */
export interface RuleContext<O> {
  /** Reports one finding of the visiting rule. */
  readonly report: (finding: RuleFinding) => void;
  /** The options of the run (providers, parameters). */
  readonly options: O;
}

/** Visitor functions of a rule, one per kind of node it looks at. */
export type RuleVisitors<V, O> = { readonly [K in keyof V]?: (node: V[K], ctx: RuleContext<O>) => void };

/** A rule over a model whose visitable node kinds are the keys of `V`. */
export interface Rule<V = Record<string, object>, O = unknown> {
  /** Identifier, verbatim from the standard's catalogue. */
  readonly id: string;
  /** The catalogue class, kept as metadata (FIM-QS `Typ`). */
  readonly qsTyp?: QsTyp | undefined;
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

/** What {@link defineRule} takes; `severity` and `enabledByDefault` follow from `qsTyp` unless given. */
export interface RuleDefinition<V, O> {
  readonly id: string;
  readonly qsTyp?: QsTyp;
  readonly severity?: Severity;
  readonly enabledByDefault?: boolean;
  readonly message: RuleText;
  readonly description?: string;
  readonly requires?: readonly string[];
  readonly visit: RuleVisitors<V, O>;
}

/**
 * Defines a rule. The id is the catalogue code verbatim; severity defaults to the mapping of the catalogue
 * class ({@link QS_TYP_SEVERITY}); `Deaktiviert` rules are off by default.
 *
 * @throws {TypeError} when neither `severity` nor `qsTyp` is given, or the id is empty.
 */
export function defineRule<V, O = unknown>(def: RuleDefinition<V, O>): Rule<V, O> {
  if (def.id === "") throw new TypeError("defineRule: id must not be empty");
  const severity = def.severity ?? (def.qsTyp !== undefined ? QS_TYP_SEVERITY[def.qsTyp] : undefined);
  if (severity === undefined) throw new TypeError(`defineRule ${def.id}: give a severity or a qsTyp`);
  return {
    id: def.id,
    qsTyp: def.qsTyp,
    severity,
    enabledByDefault: def.enabledByDefault ?? def.qsTyp !== "Deaktiviert",
    message: def.message,
    description: def.description,
    requires: def.requires,
    visit: def.visit,
  };
}
