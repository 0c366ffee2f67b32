/**
 * Test-suite matchers for documents of every registered standard (`src/registry.ts`) and the FIM quality checks —
 * `import { fimMatchers } from "fim-xoev/testing"`.
 * Plain matcher functions in the shape vitest and jest share (`expect.extend`); nothing here imports a
 * test framework.
 *
 * @example
 * ```ts
 * // vitest.setup.ts (or jest.setup.ts): setupFimMatchers(expect); with vitest, `import "fim-xoev/testing/vitest"`
 * // registers these and the XSD matcher and declares their types in one import
 * import "fim-xoev/testing/vitest";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 * import { expect, test } from "vitest";
 *
 * declare const xml: string;
 * declare const xzufiXml: string;
 * test("the Stammdatenschema and the Leistung", async () => {
 *   const { report } = await validate(xml, { schemas: "/path/to/standards" });
 *   expect(report).toBeValidXDatenfelder(); // every stage ran, the XSD stage included
 *   expect(xml).toBeValidXDatenfelder({ requireXsd: false }); // the model stage alone (XSD facets, not structure)
 *   expect(xml).toPassFimQs({ failOn: "warning", policy: { disabledRules: ["1101"] } });
 *   expect(xzufiXml).toBeValidDocument({ requireXsd: false, standard: "xzufi-2.3.1" }); // any registered standard
 * });
 * ```
 */
import type { Diagnostic, Severity } from "../core/diagnostics/diagnostic.ts";
import { formatText } from "../core/report/text.ts";
import { standardName } from "../core/standard/descriptor.ts";
import { isValid } from "../core/validation/pipeline.ts";
import { type AcceptancePolicy, accept, applyPolicy } from "../core/validation/policy.ts";
import type { Report } from "../core/validation/report.ts";
import { SCHEMAS_ENV_VAR } from "../core/validation/schemas.ts";
import { checkDocument, STANDARDS, safeParseAny, standardById } from "../registry.ts";
import { safeParse } from "../xdatenfelder/index.ts";
import * as v2qs from "../xdatenfelder/v2/rules/index.ts";
import * as v3qs from "../xdatenfelder/v3/rules/index.ts";

/** What the matchers return (the result shape of vitest and jest matchers). */
export interface MatcherResult {
  /** Whether the expectation holds. */
  readonly pass: boolean;
  /** The failure message (or, under `.not`, the message why it should not have passed). */
  readonly message: () => string;
}

/**
 * Options of {@link toPassFimQs}.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import type { PassFimQsOptions } from "fim-xoev/testing";
 * import { expect, test } from "vitest";
 *
 * declare const xml: string;
 * // the team's rule: warnings fail too, 1101 is not checked
 * const streng: PassFimQsOptions = { failOn: "warning", policy: { disabledRules: ["1101"] } };
 * test("Stammdatenschema passes FIM-QS", () => {
 *   expect(xml).toPassFimQs(streng);
 * });
 * ```
 */
export interface PassFimQsOptions {
  /** Lowest severity that fails (default `error`). */
  readonly failOn?: Severity;
  /** Rules switched off or on, severities re-levelled (applied before deciding). */
  readonly policy?: AcceptancePolicy;
}

/**
 * Options of {@link toBeValidXDatenfelder}.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import type { ValidXDatenfelderOptions } from "fim-xoev/testing";
 * import { expect, test } from "vitest";
 *
 * declare const xml: string;
 * // on a machine without the official XSDs: the model stage alone
 * const ohneXsd: ValidXDatenfelderOptions = { requireXsd: false };
 * test("the schema reads into the model", () => {
 *   expect(xml).toBeValidXDatenfelder(ohneXsd);
 * });
 * ```
 */
export interface ValidXDatenfelderOptions {
  /**
   * Require that the XSD stage ran (default `true`). XML given to the matcher is only read into the model
   * (the matcher is synchronous and runs no XSD): pass the report of `validate(xml, { schemas })` instead, or
   * `false` to accept the model stage alone, which enforces the XSD's simple-type facets but not its structure.
   */
  readonly requireXsd?: boolean;
}

/**
 * Options of {@link toBeValidDocument}.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import type { ValidDocumentOptions } from "fim-xoev/testing";
 * import { expect, test } from "vitest";
 *
 * declare const leistungXml: string;
 * const xzufi: ValidDocumentOptions = { standard: "xzufi-2.3.1", requireXsd: false };
 * test("the Leistung is valid XZuFi 2.3.1", () => {
 *   expect(leistungXml).toBeValidDocument(xzufi);
 * });
 * ```
 */
export interface ValidDocumentOptions extends ValidXDatenfelderOptions {
  /** The registry id of the standard and version the document must be of (e.g. `xzufi-2.3.1`); any when absent. */
  readonly standard?: string;
}

/** The matcher signatures, for declaration merging into a test framework's assertion type. */
export interface FimMatchers<R = unknown> {
  /** See {@link toBeValidDocument}. */
  toBeValidDocument(options?: ValidDocumentOptions): R;
  /** See {@link toBeValidXDatenfelder}. */
  toBeValidXDatenfelder(options?: ValidXDatenfelderOptions): R;
  /** See {@link toPassFimQs}. */
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
 * need one are skipped); for a document of another registered standard, that standard's model rules. Returns a report also for unreadable documents (then `completed` is false).
 *
 * @example
 * ```ts
 * import { checkSync } from "fim-xoev/testing";
 *
 * declare const xml: string;
 * // FIM-QS of either XDatenfelder version (or another standard's model rules), no code-list provider
 * const report = checkSync(xml, { disabledRules: ["1101"] });
 * console.log(report.standard, report.diagnostics.filter((d) => d.severity === "error").length);
 * ```
 */
export function checkSync(xml: string | Uint8Array, policy?: AcceptancePolicy): Report {
  const parsed = safeParse(xml);
  // another registered standard: its model rules, from the registry (an unknown namespace: a failed detect stage)
  if (parsed.diagnostics.some((d) => d.code === "unknown-namespace")) return checkDocument(xml, policy === undefined ? {} : { policy });
  const blocking = parsed.diagnostics.filter(
    (d) => (d.severity === "error" || d.severity === "fatal") && d.code !== "unknown-code" && d.code !== "invalid-value",
  );
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

const HOW_TO_XSD =
  `the XSD stage did not run. Validate with the official schemas and match the report: ` +
  `\`const { report } = await validate(xml, { schemas: dir })\` (or set ${SCHEMAS_ENV_VAR}=<dir>), then ` +
  `\`expect(report).toBeValidXDatenfelder()\`; or pass { requireXsd: false } to accept the model stage alone ` +
  `(it enforces the XSD's simple-type facets, not the document's whole structure).`;

/**
 * Passes when the input is valid XDatenfelder 2.0 or 3.0.0: a report (from `validate`) of which every stage ran
 * and found no error, or XML that reads into the model without errors. Fails when the XSD stage did not run
 * (always so for XML, which the matcher only parses) unless `requireXsd: false`.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import { readFileSync } from "node:fs";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 * import { expect, test } from "vitest";
 *
 * test("S00000000362 is valid XDatenfelder 3.0.0", async () => {
 *   const xml = readFileSync("schemas/S00000000362.xml");
 *   const { report } = await validate(xml, { schemas: "/srv/xsd" });
 *   expect(report).toBeValidXDatenfelder(); // every stage ran, the XSD stage included
 *   expect(xml).toBeValidXDatenfelder({ requireXsd: false }); // the model stage alone
 * });
 * ```
 */
export function toBeValidXDatenfelder(input: unknown, options: ValidXDatenfelderOptions = {}): MatcherResult {
  const requireXsd = options.requireXsd !== false;
  // the result of validate() ({ valid, validity, report, … }) stands for its report
  const received = typeof input === "object" && input !== null && "report" in input && isReport(input.report) ? input.report : input;
  if (isReport(received)) {
    const pass = isValid(received, { requireXsd });
    const noXsd = !pass && isValid(received, { requireXsd: false });
    return {
      pass,
      message: () =>
        pass
          ? "expected the document not to be valid XDatenfelder, but it is"
          : noXsd
            ? `expected valid XDatenfelder, but ${HOW_TO_XSD}`
            : `expected valid XDatenfelder:\n${formatText([received])}`,
    };
  }
  if (typeof received !== "string" && !(received instanceof Uint8Array)) {
    return { pass: false, message: () => "expected an XML string or bytes, or a report of validate()" };
  }
  const r = safeParse(received);
  const errors = r.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
  const pass = r.success && !requireXsd;
  return {
    pass,
    message: () =>
      pass
        ? `expected the document not to be valid XDatenfelder, but it is (${r.success ? r.data.version : ""}, model stage without XSD)`
        : r.success
          ? `expected valid XDatenfelder: the model stage found no error, but ${HOW_TO_XSD}`
          : `expected valid XDatenfelder, found ${errors.length} error(s):\n${lines(errors)}`,
  };
}

/**
 * Passes when the document (XML or a report from `check`) has no FIM-QS finding at or above `failOn`
 * after the policy, and every stage ran.
 *
 * @example
 * ```ts
 * import { toPassFimQs } from "fim-xoev/testing";
 *
 * declare const xml: string;
 * // the matcher function outside a test framework: pass, and the message a test would print
 * const result = toPassFimQs(xml, { failOn: "warning" });
 * if (!result.pass) console.log(result.message());
 * ```
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

const REGISTERED = STANDARDS.map(standardName).join(", ");

/**
 * Passes when the input is a valid document of a registered standard (any, or the one `options.standard` names): a
 * report (from `validate` of any module, or `validateDocument` of the registry) of which every stage ran and found
 * no error, or XML that reads into its standard's model without errors and, where the standard's model rules
 * define validity (XZuFi, XProzess), passes them. Fails when the XSD stage did not run (always so for XML, which the
 * matcher only reads) unless `requireXsd: false`.
 *
 * @example
 * ```ts
 * import "fim-xoev/testing/vitest";
 * import { expect, test } from "vitest";
 *
 * declare const prozessXml: string;
 * declare const codelisteXml: string;
 * test("the catalogue's files are valid", () => {
 *   expect(prozessXml).toBeValidDocument({ standard: "xprozess-2.0", requireXsd: false });
 *   expect(codelisteXml).toBeValidDocument({ requireXsd: false }); // any registered standard
 * });
 * ```
 */
export function toBeValidDocument(input: unknown, options: ValidDocumentOptions = {}): MatcherResult {
  const requireXsd = options.requireXsd !== false;
  const wanted = options.standard === undefined ? undefined : standardById(options.standard);
  if (options.standard !== undefined && wanted === undefined)
    return {
      pass: false,
      message: () => `no registered standard has the id ${options.standard} (${STANDARDS.map((d) => d.id).join(", ")})`,
    };
  const received = typeof input === "object" && input !== null && "report" in input && isReport(input.report) ? input.report : input;
  if (isReport(received)) {
    const standardOk = wanted === undefined || received.standard === standardName(wanted);
    const pass = standardOk && isValid(received, { requireXsd });
    const noXsd = standardOk && !pass && isValid(received, { requireXsd: false });
    return {
      pass,
      message: () =>
        pass
          ? `expected the document not to be valid ${received.standard ?? ""}, but it is`
          : !standardOk
            ? `expected a document of ${standardName(wanted as never)}, got ${received.standard ?? "none"}`
            : noXsd
              ? `expected a valid document, but ${HOW_TO_XSD}`
              : `expected a valid document:\n${formatText([received])}`,
    };
  }
  if (typeof received !== "string" && !(received instanceof Uint8Array)) {
    return { pass: false, message: () => "expected an XML string or bytes, or a report of validate()" };
  }
  const { standard, result } = safeParseAny(received);
  if (standard === undefined)
    return { pass: false, message: () => `expected a document of a registered standard (${REGISTERED}):\n${lines(result.diagnostics)}` };
  if (wanted !== undefined && standard.id !== wanted.id)
    return { pass: false, message: () => `expected a document of ${standardName(wanted)}, got ${standardName(standard)}` };
  const rules = result.success && standard.rulesDefineValidity ? standard.check(result.data).diagnostics : [];
  const errors = [...result.diagnostics, ...rules].filter((d) => d.severity === "error" || d.severity === "fatal");
  const modelOk = errors.length === 0;
  const pass = modelOk && !requireXsd;
  return {
    pass,
    message: () =>
      pass
        ? `expected the document not to be valid ${standardName(standard)}, but it is (model stage without XSD)`
        : modelOk
          ? `expected valid ${standardName(standard)}: the model stage found no error, but ${HOW_TO_XSD}`
          : `expected valid ${standardName(standard)}, found ${errors.length} error(s):\n${lines(errors)}`,
  };
}

/**
 * The matchers, for `expect.extend(fimMatchers)`.
 *
 * @example
 * ```ts
 * import { fimMatchers, fimXsdMatchers } from "fim-xoev/testing";
 * import { expect } from "vitest";
 *
 * // by hand instead of `import "fim-xoev/testing/vitest"` (which also declares the types)
 * expect.extend({ ...fimMatchers, ...fimXsdMatchers });
 * ```
 */
export const fimMatchers = {
  /** {@link toBeValidDocument} */
  toBeValidDocument,
  /** {@link toBeValidXDatenfelder} */
  toBeValidXDatenfelder,
  /** {@link toPassFimQs} */
  toPassFimQs,
};

/** What {@link setupFimMatchers} needs of a framework's `expect`: vitest's and jest's both fit. */
export interface ExpectLike {
  /** The framework's `expect.extend`. */
  extend(matchers: typeof fimMatchers): void;
}

/**
 * Registers the matchers with a vitest or jest `expect`.
 *
 * @example
 * ```ts
 * import { setupFimMatchers } from "fim-xoev/testing";
 * import { expect } from "vitest";
 *
 * // vitest.setup.ts: the synchronous matchers (the types come with `import "fim-xoev/testing/vitest"`)
 * setupFimMatchers(expect);
 * ```
 */
export function setupFimMatchers(expect: ExpectLike): void {
  expect.extend(fimMatchers);
}
export * from "./xsd.ts";
