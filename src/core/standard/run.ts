/**
 * The verbs every registered standard has, run from its descriptor: `validate` (the staged pipeline
 * xml → detect → xsd → model → rules, asynchronous) and `checkDocument` (xml → detect → model → rules,
 * synchronous, no XSD). A version module's `validate` and `check` are one line each over these.
 */
import { diagnostic, hasErrors } from "../diagnostics/create.ts";
import type { Diagnostic, Stage } from "../diagnostics/diagnostic.ts";
import { type PipelineOptions, type PipelineStandard, runPipeline } from "../validation/pipeline.ts";
import type { AcceptancePolicy } from "../validation/policy.ts";
import type { Report } from "../validation/report.ts";
import { canonicalName } from "../xml/path.ts";
import { type ReadOptions, readXml } from "../xml/read.ts";
import { detectStandard, type StandardDescriptor, standardName } from "./descriptor.ts";

/**
 * Options of the `validate` of every standard version module (`fim-xoev/xprozess/v2`, `fim-xoev/xzufi/v2_3_1`, …):
 * where the schemas are, reader limits, the file name, and whether and how the model rules run.
 *
 * @example
 * ```ts
 * import type { StandardValidateOptions } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // the user-supplied XProzess schemas, and the listVersionID info (XPROZESS-002) switched off
 * const options: StandardValidateOptions = { schemas: "/srv/xsd", policy: { disabledRules: ["XPROZESS-002"] }, file: "prozess.xml" };
 * const report = await validate(xml, options);
 * console.log(report.completed, report.diagnostics.length);
 * ```
 */
export interface StandardValidateOptions extends PipelineOptions {
  /**
   * Run the model rules in the rules stage also for standards whose rules are quality checks rather than part
   * of validity (XDatenfelder's FIM-QS; `rulesDefineValidity: false`). Default: only where they define validity.
   */
  readonly rules?: boolean | undefined;
  /** Switches rules of the rules stage off (or default-off ones on). */
  readonly policy?: AcceptancePolicy | undefined;
}

/** The pipeline's handling of one descriptor's namespaces. */
export function pipelineStandard(d: StandardDescriptor, options: StandardValidateOptions = {}): PipelineStandard<unknown> {
  const runRules = d.rules.length > 0 && (d.rulesDefineValidity || options.rules === true);
  return {
    standard: standardName(d),
    schemaSetId: d.schemaSetId,
    prefixes: d.prefixes,
    model: (root, file, o) => d.safeParseElement(root, { file, maxDiagnostics: o?.maxDiagnostics, strict: true }),
    rules: runRules
      ? (data, file) => {
          const r = d.check(data, { file, policy: options.policy });
          return { diagnostics: r.diagnostics, rulesExecuted: r.rulesExecuted, rulesSkipped: r.rulesSkipped };
        }
      : undefined,
  };
}

/**
 * The pipeline's table of several descriptors, by namespace. Where several descriptors share a namespace, the
 * first one that takes other root elements (or else the first) handles it: the registry keeps namespaces unique.
 */
export function pipelineStandards(
  descriptors: readonly StandardDescriptor[],
  options: StandardValidateOptions = {},
): Readonly<Record<string, PipelineStandard<unknown>>> {
  const out: Record<string, PipelineStandard<unknown>> = {};
  for (const d of descriptors) for (const ns of d.namespaces) if (!Object.hasOwn(out, ns)) out[ns] = pipelineStandard(d, options);
  return out;
}

/** Runs one standard's pipeline on a document: its report (a document of another namespace fails `detect`). */
export async function validateWith(
  d: StandardDescriptor,
  xml: string | Uint8Array,
  options: StandardValidateOptions = {},
): Promise<Report> {
  return (await runPipeline(xml, pipelineStandards([d], options), options)).report;
}

/** Runs the pipeline of whichever of the descriptors the document's namespace names. */
export async function validateAny(
  descriptors: readonly StandardDescriptor[],
  xml: string | Uint8Array,
  options: StandardValidateOptions = {},
): Promise<Report> {
  return (await runPipeline(xml, pipelineStandards(descriptors, options), options)).report;
}

/** Options of {@link checkDocumentWith}. */
export interface CheckDocumentOptions extends Omit<ReadOptions, "prefixes"> {
  /** Switches rules off (or default-off ones on). */
  readonly policy?: AcceptancePolicy | undefined;
}

const CHECK_ORDER = ["xml", "detect", "model", "rules"] as const;

/** A report that stopped at `stage` (failed there, later stages skipped). */
export function stoppedReport(
  file: string | undefined,
  standard: string | undefined,
  diagnostics: readonly Diagnostic[],
  stage: Stage,
): Report {
  const at = (CHECK_ORDER as readonly Stage[]).indexOf(stage);
  return {
    file,
    standard,
    completed: false,
    stages: CHECK_ORDER.map((s, i) => ({ stage: s, status: i < at ? "passed" : i === at ? "failed" : "skipped" })),
    diagnostics,
    rulesExecuted: [],
    rulesSkipped: [],
  };
}

/**
 * Reads a document of any of the descriptors (detected by namespace and root element) and runs its model rules:
 * xml → detect → model → rules, synchronously and without XSD. The rules run when the model has no error;
 * otherwise the report is not `completed`. Never throws.
 */
export function checkDocumentWith(
  descriptors: readonly StandardDescriptor[],
  xml: string | Uint8Array,
  options: CheckDocumentOptions = {},
): Report {
  const { policy, ...readOptions } = options;
  const file = options.file;
  const prefixes: Record<string, string> = {};
  for (const d of descriptors) Object.assign(prefixes, d.prefixes);
  const read = readXml(xml, { ...readOptions, prefixes });
  if (!read.success) return stoppedReport(file, undefined, read.diagnostics, "xml");
  const root = read.data.root;
  const d = detectStandard(descriptors, root.namespace, root.local);
  if (d === undefined) {
    const unknown = diagnostic({
      code: "unknown-namespace",
      params: { namespace: root.namespace, element: root.local },
      severity: "fatal",
      stage: "detect",
      path: `/${canonicalName(root.namespace, root.local, prefixes)}`,
      location: { line: root.line, column: root.column },
      file,
    });
    return stoppedReport(file, undefined, [unknown], "detect");
  }
  const model = d.safeParseElement(root, { file, maxDiagnostics: options.maxDiagnostics });
  if (model.data === undefined || hasErrors(model.diagnostics)) return stoppedReport(file, standardName(d), model.diagnostics, "model");
  const report = d.check(model.data, { file, policy });
  // a structure finding the tolerant reader gave as a warning and the rules as an error is reported once, by the rules
  const repeated = new Set(report.diagnostics.map((x) => `${x.code} ${x.path}`));
  const modelOnly = model.diagnostics.filter((x) => !repeated.has(`${x.code} ${x.path}`));
  return {
    ...report,
    file,
    standard: standardName(d),
    stages: [
      { stage: "xml", status: "passed" },
      { stage: "detect", status: "passed" },
      { stage: "model", status: "passed" },
      ...report.stages,
    ],
    diagnostics: [...modelOnly, ...report.diagnostics],
  };
}

/** A report of the rules stage alone, from what a rule run found (the shape of every descriptor's `check`). */
export function rulesReport(
  standard: string,
  file: string | undefined,
  run: {
    readonly diagnostics: readonly Diagnostic[];
    readonly executed: Report["rulesExecuted"];
    readonly skipped: Report["rulesSkipped"];
  },
): Report {
  return {
    file,
    standard,
    completed: true,
    stages: [{ stage: "rules", status: hasErrors(run.diagnostics) ? "failed" : "passed" }],
    diagnostics: run.diagnostics,
    rulesExecuted: run.executed,
    rulesSkipped: run.skipped,
  };
}
