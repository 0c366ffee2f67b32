/**
 * `fim-xoev/report` — report formats for CI and people (text, JSON, JUnit XML, SARIF 2.1.0) over the
 * standard-agnostic `Report`, plus the acceptance policy. Imports no standard and no XSD engine.
 */
export * from "./core/report/index.ts";
export { type Acceptance, type AcceptancePolicy, accept, applyPolicy, effectiveSeverity, isRuleEnabled } from "./core/validation/policy.ts";
export type { Report, RuleInfo, SkippedRule, StageStatus } from "./core/validation/report.ts";
