/**
 * Acceptance, kept apart from validity (KoSIT's `customLevel` and `AcceptRecommendation`): a policy
 * re-levels findings per rule or code, switches rules off (or default-off rules on), and names the severity
 * from which a document is rejected. Validation itself never decides acceptance.
 */

import { type Diagnostic, SEVERITY_RANK, type Severity } from "../diagnostics/diagnostic.ts";
import type { Report } from "./report.ts";

/** How a caller turns a report into an accept/reject decision. */
export interface AcceptancePolicy {
  /**
   * Re-level findings by `ruleId` or `code` (the rule id wins). `"off"` drops the findings and keeps the
   * rule from running where the policy is given to the check itself.
   */
  readonly severityOverrides?: Readonly<Record<string, Severity | "off">>;
  /** Rules not to run (their findings are dropped if a report already has them). */
  readonly disabledRules?: readonly string[];
  /** Rules to run although they are off by default (e.g. FIM-QS `Deaktiviert`). */
  readonly enabledRules?: readonly string[];
  /** Lowest severity that leads to rejection. Defaults to `"error"`. */
  readonly rejectAt?: Severity;
}

/**
 * The decision: `undefined` when the report is incomplete (a stage was skipped because an earlier one failed,
 * or a stage that defines validity did not run: `Report.incomplete`, e.g. the XSD stage without schemas).
 */
export type Acceptance = "acceptable" | "reject" | "undefined";

/**
 * Whether a rule runs under a policy, given whether it is on by default.
 *
 * @example
 * ```ts
 * import { isRuleEnabled } from "fim-xoev/validation";
 *
 * // a rule that is off by default (FIM-QS "Deaktiviert") runs once the policy enables it
 * console.log(isRuleEnabled("1101", false, { enabledRules: ["1101"] })); // true
 * ```
 */
export function isRuleEnabled(ruleId: string, enabledByDefault: boolean, policy: AcceptancePolicy = {}): boolean {
  if (policy.disabledRules?.includes(ruleId) === true) return false;
  if (policy.severityOverrides?.[ruleId] === "off") return false;
  if (policy.enabledRules?.includes(ruleId) === true) return true;
  return enabledByDefault;
}

/**
 * The severity of a finding under a policy, or `"off"` when the policy drops it.
 *
 * @example
 * ```ts
 * import { effectiveSeverity } from "fim-xoev/validation";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const policy = { severityOverrides: { "1102": "info" as const } };
 * for (const d of checkXml(xml).diagnostics) {
 *   const severity = effectiveSeverity(d, policy);
 *   if (severity !== "off") console.log(severity, d.ruleId, d.message);
 * }
 * ```
 */
export function effectiveSeverity(d: Diagnostic, policy: AcceptancePolicy = {}): Severity | "off" {
  if (d.ruleId !== undefined && policy.disabledRules?.includes(d.ruleId) === true) return "off";
  const overrides = policy.severityOverrides ?? {};
  return (d.ruleId !== undefined ? overrides[d.ruleId] : undefined) ?? overrides[d.code] ?? d.severity;
}

/**
 * The report with the policy applied: findings re-levelled, switched-off ones dropped.
 *
 * @example
 * ```ts
 * import { applyPolicy } from "fim-xoev/validation";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 * import { formatText } from "fim-xoev/report";
 *
 * declare const xml: string;
 * // the report as the team's policy sees it: 1101 dropped, 1102 only a note
 * const report = applyPolicy(checkXml(xml, { file: "S00000000362.xml" }), {
 *   disabledRules: ["1101"],
 *   severityOverrides: { "1102": "info" },
 * });
 * console.log(formatText([report]));
 * ```
 */
export function applyPolicy(report: Report, policy: AcceptancePolicy = {}): Report {
  const diagnostics: Diagnostic[] = [];
  for (const d of report.diagnostics) {
    const severity = effectiveSeverity(d, policy);
    if (severity === "off") continue;
    diagnostics.push(severity === d.severity ? d : ({ ...d, severity } as Diagnostic));
  }
  const off = (id: string) => policy.disabledRules?.includes(id) === true || policy.severityOverrides?.[id] === "off";
  return {
    ...report,
    diagnostics,
    rulesExecuted: report.rulesExecuted.filter((r) => !off(r.id)),
    rulesSkipped: report.rulesSkipped.filter((r) => !off(r.ruleId)),
  };
}

/**
 * Applies a policy to a report and decides.
 *
 * @example
 * ```ts
 * import { accept, parsePolicy } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * declare const policyJson: string;
 * const { report } = await validate(xml, { schemas: "/srv/xsd", rules: true });
 * const decision = accept(report, parsePolicy(JSON.parse(policyJson)));
 * // "acceptable", "reject", or "undefined" when a stage that defines validity did not run
 * if (decision !== "acceptable") process.exitCode = 1;
 * ```
 */
export function accept(report: Report, policy: AcceptancePolicy = {}): Acceptance {
  if (!report.completed || (report.incomplete?.length ?? 0) > 0) return "undefined";
  const threshold = SEVERITY_RANK[policy.rejectAt ?? "error"];
  const rejected = report.diagnostics.some((d) => {
    const severity = effectiveSeverity(d, policy);
    return severity !== "off" && SEVERITY_RANK[severity] <= threshold;
  });
  return rejected ? "reject" : "acceptable";
}
