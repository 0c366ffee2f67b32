/**
 * Runs a rule set over a model. The standard supplies a walker that hands each node to `visit(kind, node)`
 * once; the runner dispatches it to the visitors of every enabled rule, and turns findings into diagnostics
 * whose path and line come from the parse-time source map (through `locate`).
 */
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic, SourceLocation } from "../diagnostics/diagnostic.ts";
import { type AcceptancePolicy, isRuleEnabled } from "./policy.ts";
import type { RuleInfo, SkippedRule } from "./report.ts";
import type { Rule, RuleContext, RuleFinding } from "./rule.ts";

/** Where a finding about a model object sits in its source. */
export interface SourcePosition {
  readonly path: string;
  readonly location?: SourceLocation | undefined;
}

/** Hands every node of a model to `visit` once, with its kind. */
export type Walker<V> = (visit: <K extends keyof V>(kind: K, node: V[K]) => void) => void;

/**
 * Options of {@link runRules}.
 *
 * @example
 * ```ts
 * import { defineRule, type RunRulesOptions, runRules } from "fim-xoev/validation";
 *
 * interface Knoten {
 *   readonly regel: { readonly id: string; readonly skript?: string };
 * }
 * const skriptPflicht = defineRule<Knoten, { readonly strikt: boolean }>({
 *   id: "HAUS-020",
 *   severity: "error",
 *   message: { de: "Regel ohne Skript", en: "Regel without script" },
 *   visit: { regel: (r, ctx) => (ctx.options.strikt && r.skript === undefined ? ctx.report({ target: r, element: r.id }) : undefined) },
 * });
 * const options: RunRulesOptions<{ readonly strikt: boolean }> = {
 *   options: { strikt: true },
 *   policy: { disabledRules: [] },
 *   locate: () => ({ path: "/regel" }),
 * };
 * const run = runRules([skriptPflicht], (visit) => visit("regel", { id: "R60000000001" }), options);
 * console.log(run.diagnostics.length); // 1
 * ```
 */
export interface RunRulesOptions<O> {
  /** Options handed to the rules (providers, parameters). */
  readonly options: O;
  /** Capabilities the run has (e.g. `"codelist-provider"`); rules needing others are skipped. */
  readonly capabilities?: ReadonlySet<string>;
  /** Switches rules on or off (severity re-levelling is left to `applyPolicy`). */
  readonly policy?: AcceptancePolicy;
  /** Source position of a model object. */
  readonly locate: (target: object) => SourcePosition;
  /** The file, copied into every diagnostic. */
  readonly file?: string | undefined;
}

/** What a run produced. */
export interface RuleRun {
  readonly diagnostics: Diagnostic[];
  readonly executed: RuleInfo[];
  readonly skipped: SkippedRule[];
}

/**
 * Metadata of a rule for reports.
 *
 * @example
 * ```ts
 * import { ruleInfo } from "fim-xoev/validation";
 * import { qsRules } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * // the metadata reports need (SARIF rules, JUnit cases), without the visitors
 * const infos = qsRules.map((rule) => ruleInfo(rule));
 * console.log(infos.filter((r) => r.severity === "error").map((r) => r.id));
 * ```
 */
export function ruleInfo<V, O>(rule: Rule<V, O>): RuleInfo {
  return {
    id: rule.id,
    category: rule.category,
    ...(rule.category !== undefined && { qsTyp: rule.category }),
    severity: rule.severity,
    message: rule.message,
  };
}

/**
 * Runs the enabled rules over the nodes the walker yields.
 *
 * @example
 * ```ts
 * import { defineRule, runRules, type Walker } from "fim-xoev/validation";
 *
 * interface Knoten {
 *   readonly datenfeld: { readonly id: string; readonly name: string };
 * }
 * const nameLaenge = defineRule<Knoten>({
 *   id: "HAUS-010",
 *   severity: "warning",
 *   message: { de: "Name länger als 60 Zeichen", en: "Name longer than 60 characters" },
 *   visit: { datenfeld: (f, ctx) => (f.name.length > 60 ? ctx.report({ target: f, element: f.id }) : undefined) },
 * });
 * const felder = [{ id: "F60000000243", name: "Familienname" }];
 * const walk: Walker<Knoten> = (visit) => felder.forEach((f) => visit("datenfeld", f));
 * const run = runRules([nameLaenge], walk, {
 *   options: undefined,
 *   locate: (target) => ({ path: `/datenfeld[@id='${(target as { id: string }).id}']` }),
 *   file: "schema.xml",
 * });
 * console.log(run.diagnostics, run.executed.map((r) => r.id));
 * ```
 */
export function runRules<V, O>(rules: readonly Rule<V, O>[], walk: Walker<V>, opts: RunRulesOptions<O>): RuleRun {
  const diagnostics: Diagnostic[] = [];
  const executed: RuleInfo[] = [];
  const skipped: SkippedRule[] = [];
  const handlers = new Map<keyof V, ((node: unknown) => void)[]>();

  for (const rule of rules) {
    if (!isRuleEnabled(rule.id, rule.enabledByDefault, opts.policy)) continue;
    const missing = (rule.requires ?? []).filter((c) => opts.capabilities?.has(c) !== true);
    if (missing.length > 0) {
      skipped.push({ ruleId: rule.id, reason: `needs ${missing.join(", ")}` });
      continue;
    }
    executed.push(ruleInfo(rule as Rule<never, never>));
    const seen = new Set<string>();
    const ctx: RuleContext<O> = {
      options: opts.options,
      report: (finding: RuleFinding) => {
        const key = `${finding.element}|${finding.sub ?? ""}`;
        if (seen.has(key)) return;
        seen.add(key);
        const pos = opts.locate(finding.target);
        diagnostics.push(
          diagnostic({
            code: "quality-check",
            params: {
              rule: rule.id,
              element: finding.sub === undefined ? finding.element : `${finding.element} > ${finding.sub}`,
              ...rule.message,
            },
            severity: rule.severity,
            stage: "rules",
            path: pos.path,
            location: pos.location,
            ruleId: rule.id,
            file: opts.file,
          }),
        );
      },
      emit: (d: Diagnostic) => {
        diagnostics.push({
          ...d,
          stage: "rules",
          ruleId: rule.id,
          ...(opts.file !== undefined && { file: opts.file }),
        } as Diagnostic);
      },
    };
    for (const kind of Object.keys(rule.visit) as (keyof V)[]) {
      const fn = rule.visit[kind] as ((node: unknown, c: RuleContext<O>) => void) | undefined;
      if (fn === undefined) continue;
      let list = handlers.get(kind);
      if (list === undefined) handlers.set(kind, (list = []));
      list.push((node) => fn(node, ctx));
    }
  }

  walk((kind, node) => {
    const list = handlers.get(kind);
    if (list === undefined) return;
    for (const h of list) h(node);
  });
  return { diagnostics, executed, skipped };
}

/** A rule whose findings a standard's checker reports as diagnostics itself (structural rules, `XZUFI-nnn`). */
export interface FindingRule extends RuleInfo {
  /** Whether the rule runs unless a policy says otherwise. */
  readonly enabledByDefault: boolean;
}

/**
 * Runs a checker that reports its own diagnostics (not through rule visitors) under the same policy as
 * {@link runRules}: a finding of a rule the policy switches off is dropped, the rules that ran are listed for
 * reports (SARIF `rules`, JUnit cases), findings without a `ruleId` (structure, types) always stay. Severities
 * are re-levelled by `applyPolicy`, as for every report. `check` receives the ids of the enabled rules.
 *
 * @example
 * ```ts
 * import { type Diagnostic, renderMessage } from "fim-xoev";
 * import { runFindingRules } from "fim-xoev/validation";
 *
 * // a checker that makes its own diagnostics, run under a policy that switches HAUS-002 off
 * const rules = [
 *   { id: "HAUS-001", severity: "warning" as const, enabledByDefault: true, message: { de: "Kein Titel", en: "No title" } },
 *   { id: "HAUS-002", severity: "info" as const, enabledByDefault: true, message: { de: "Lang", en: "Long" } },
 * ];
 * const run = runFindingRules(
 *   rules,
 *   (enabled): Diagnostic[] =>
 *     enabled.has("HAUS-001")
 *       ? [
 *           {
 *             code: "missing-element",
 *             params: { element: "titel" },
 *             severity: "warning",
 *             stage: "rules",
 *             message: renderMessage("missing-element", { element: "titel" }),
 *             path: "/leistung",
 *             ruleId: "HAUS-001",
 *           },
 *         ]
 *       : [],
 *   { policy: { disabledRules: ["HAUS-002"] }, file: "leistung.xml" },
 * );
 * console.log(run.diagnostics.length, run.executed.map((r) => r.id));
 * ```
 */
export function runFindingRules(
  rules: readonly FindingRule[],
  check: (enabled: ReadonlySet<string>) => readonly Diagnostic[],
  opts: { readonly policy?: AcceptancePolicy | undefined; readonly file?: string | undefined } = {},
): RuleRun {
  const enabled = rules.filter((r) => isRuleEnabled(r.id, r.enabledByDefault, opts.policy));
  const ids = new Set(enabled.map((r) => r.id));
  const known = new Set(rules.map((r) => r.id));
  const diagnostics = check(ids)
    .filter((d) => d.ruleId === undefined || (known.has(d.ruleId) ? ids.has(d.ruleId) : isRuleEnabled(d.ruleId, true, opts.policy)))
    .map((d) => (opts.file === undefined || d.file !== undefined ? d : { ...d, file: opts.file }));
  return {
    diagnostics,
    executed: enabled.map(({ enabledByDefault: _, ...info }) => info),
    skipped: [],
  };
}
