/**
 * Test-suite matchers for XDatenfelder documents — `import { fimMatchers } from "fim-xoev/testing"`.
 * Plain matcher functions in the shape vitest and jest share (`expect.extend`); nothing here imports a
 * test framework.
 *
 * @example
 * // vitest.setup.ts (or jest.setup.ts)
 * import { expect } from "vitest";
 * import { setupFimMatchers } from "fim-xoev/testing";
 * setupFimMatchers(expect);
 * // a test
 * expect(xml).toBeValidXDatenfelder();
 * expect(xml).toPassFimQs({ failOn: "warning", policy: { disabledRules: ["1101"] } });
 *
 * // types (vitest): declare module "vitest" { interface Assertion<T> extends FimMatchers<void> {} }
 */
import type { Diagnostic, Severity } from "../core/diagnostics/diagnostic.ts";
import { formatText } from "../core/report/text.ts";
import { type AcceptancePolicy, accept, applyPolicy } from "../core/validation/policy.ts";
import type { Report } from "../core/validation/report.ts";
import { safeParse } from "../xdatenfelder/index.ts";
import * as v2qs from "../xdatenfelder/v2/rules/index.ts";
import * as v3qs from "../xdatenfelder/v3/rules/index.ts";

/** What the matchers return (the result shape of vitest and jest matchers). */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** Options of {@link toPassFimQs}. */
export interface PassFimQsOptions {
  /** Lowest severity that fails (default `error`). */
  readonly failOn?: Severity;
  /** Rules switched off or on, severities re-levelled (applied before deciding). */
  readonly policy?: AcceptancePolicy;
}

/** The matcher signatures, for declaration merging into a test framework's assertion type. */
export interface FimMatchers<R = unknown> {
  toBeValidXDatenfelder(): R;
  toPassFimQs(options?: PassFimQsOptions): R;
}

type Input = string | Uint8Array | Report;
const isReport = (x: unknown): x is Report => typeof x === "object" && x !== null && "diagnostics" in x && "stages" in x;
const lines = (ds: readonly Diagnostic[]) =>
  ds
    .map((d) => `  ${d.severity} ${d.ruleId ?? d.code}${d.location === undefined ? "" : ` line ${d.location.line}`}: ${d.message}`)
    .join("\n");

/**
 * Runs the FIM-QS rules of the document's version synchronously (no code-list provider: the checks that
 * need one are skipped). Returns a report also for unreadable documents (then `completed` is false).
 */
export function checkSync(xml: string | Uint8Array, policy?: AcceptancePolicy): Report {
  const parsed = safeParse(xml);
  const blocking = parsed.diagnostics.filter((d) => (d.severity === "error" || d.severity === "fatal") && d.code !== "unknown-code");
  if (parsed.data === undefined || blocking.length > 0) {
    return {
      completed: false,
      stages: [
        { stage: "model", status: "failed" },
        { stage: "rules", status: "skipped" },
      ],
      diagnostics: parsed.diagnostics,
      rulesExecuted: [],
      rulesSkipped: [],
    };
  }
  const options = policy === undefined ? {} : { policy };
  const report = parsed.data.version === "3.0.0" ? v3qs.check(parsed.data.nachricht, options) : v2qs.check(parsed.data.nachricht, options);
  return { ...report, diagnostics: [...parsed.diagnostics, ...report.diagnostics] };
}

/** Passes when the input is an XDatenfelder 2.0 or 3.0.0 document that reads into the model without errors. */
export function toBeValidXDatenfelder(received: unknown): MatcherResult {
  if (typeof received !== "string" && !(received instanceof Uint8Array)) {
    return { pass: false, message: () => "expected an XML string or bytes" };
  }
  const r = safeParse(received);
  const errors = r.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
  return {
    pass: r.success,
    message: () =>
      r.success
        ? `expected the document not to be valid XDatenfelder, but it is (${r.data.version})`
        : `expected valid XDatenfelder, found ${errors.length} error(s):\n${lines(errors)}`,
  };
}

/**
 * Passes when the document (XML or a report from `check`) has no FIM-QS finding at or above `failOn`
 * after the policy, and every stage ran.
 */
export function toPassFimQs(received: unknown, options: PassFimQsOptions = {}): MatcherResult {
  if (typeof received !== "string" && !(received instanceof Uint8Array) && !isReport(received)) {
    return { pass: false, message: () => "expected an XML string, bytes or a QS report" };
  }
  const input = received as Input;
  const policy: AcceptancePolicy = { ...options.policy, rejectAt: options.failOn ?? options.policy?.rejectAt ?? "error" };
  const report = applyPolicy(isReport(input) ? input : checkSync(input, policy), policy);
  const verdict = accept(report, policy);
  const pass = verdict === "acceptable";
  return {
    pass,
    message: () =>
      pass
        ? `expected the document to fail the FIM QS (fail-on ${policy.rejectAt}), but it passes`
        : verdict === "undefined"
          ? `expected the document to pass the FIM QS, but it could not be checked:\n${formatText([report])}`
          : `expected the document to pass the FIM QS (fail-on ${policy.rejectAt}):\n${formatText([report])}`,
  };
}

/** The matchers, for `expect.extend(fimMatchers)`. */
export const fimMatchers = { toBeValidXDatenfelder, toPassFimQs };

/** What {@link setupFimMatchers} needs of a framework's `expect`: vitest's and jest's both fit. */
export interface ExpectLike {
  extend(matchers: typeof fimMatchers): void;
}

/** Registers the matchers with a vitest or jest `expect`. */
export function setupFimMatchers(expect: ExpectLike): void {
  expect.extend(fimMatchers);
}
