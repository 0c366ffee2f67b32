/**
 * FIM quality checks for any XDatenfelder version — `import { checkXDatenfelder } from "fim-xoev/xdatenfelder"`.
 * Reads the document, detects the version by namespace and runs that version's QS rule set.
 */

import type { CodeListProvider } from "../core/codelists/provider.ts";
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import type { AcceptancePolicy } from "../core/validation/policy.ts";
import type { Report } from "../core/validation/report.ts";
import { canonicalName } from "../core/xml/path.ts";
import { readXml } from "../core/xml/read.ts";
import { readRules } from "./regeln/read.ts";
import { type FormNode, formTreeV2, formTreeV3 } from "./regeln/schema.ts";
import * as v2 from "./v2/index.ts";
import * as v2qs from "./v2/rules/index.ts";
import * as v3 from "./v3/index.ts";
import { rereader, SHALLOW_REPEATS } from "./v3/parse.ts";
import * as v3qs from "./v3/rules/index.ts";

/** Options of {@link checkXDatenfelder}. */
export interface QsCheckOptions {
  /** The file name, copied into the report and every finding. */
  readonly file?: string | undefined;
  /** Switches rules off (or deactivated ones on). */
  readonly policy?: AcceptancePolicy | undefined;
  /** Resolves code lists, so that the checks needing their contents run (else they are skipped). */
  readonly codeListProvider?: CodeListProvider | undefined;
  /**
   * Also read every rule into the rule model (`fim-xoev/xdatenfelder/regeln`) and add its diagnostics —
   * `rule-not-machine-readable`, `rule-partly-read`, `rule-target-unknown`, `rule-id-unused`,
   * `rule-element-unreachable`, `rule-structure-unknown`, `rule-effect-outside-ziel`, `rule-ziel-untargeted` — to the report.
   * These are not FIM-QS codes and carry no `ruleId`; off by default, so the QS findings stay the reference's.
   */
  readonly regeln?: boolean | undefined;
}

/** The rule-model diagnostics of a schema or group message (empty for other messages). */
function regelnDiagnostics(tree: FormNode | undefined, file: string | undefined): Diagnostic[] {
  if (tree === undefined) return [];
  return readRules(tree).flatMap((r) => r.diagnostics.map((d) => (file === undefined ? d : { ...d, file })));
}

const PREFIXES = { ...v2.PREFIXES, ...v3.PREFIXES };

function incomplete(
  file: string | undefined,
  standard: string | undefined,
  diagnostics: readonly Diagnostic[],
  stage: "xml" | "detect" | "model",
): Report {
  const order = ["xml", "detect", "model", "rules"] as const;
  const at = order.indexOf(stage);
  return {
    file,
    standard,
    completed: false,
    stages: order.map((s, i) => ({ stage: s, status: i < at ? "passed" : i === at ? "failed" : "skipped" })),
    diagnostics,
    rulesExecuted: [],
    rulesSkipped: [],
  };
}

/**
 * Errors that keep the rules from running: all but unknown codes (which the QS catalogue reports itself) and
 * values outside their XSD type (`invalid-value`: reported as errors of the model stage, the rules still run).
 */
const blocking = (ds: readonly Diagnostic[]) =>
  ds.some((d) => (d.severity === "error" || d.severity === "fatal") && d.code !== "unknown-code" && d.code !== "invalid-value");

/**
 * Reads an XDatenfelder 2.0 or 3.0.0 document and runs the FIM-QS rules of its version. Never throws for
 * document problems: they are in the report, whose `completed` is false when the rules could not run.
 */
export async function checkXDatenfelder(xml: string | Uint8Array, options: QsCheckOptions = {}): Promise<Report> {
  const file = options.file;
  const read = readXml(xml, { prefixes: PREFIXES, file, shallowRepeats: SHALLOW_REPEATS });
  if (!read.success) return incomplete(file, undefined, read.diagnostics, "xml");
  const root = read.data.root;
  const rest = { file, policy: options.policy };
  if (root.namespace === v3.NAMESPACE) {
    const parsed = v3.safeParseElement(root, { file, reread: rereader(xml, { file }) });
    if (parsed.data === undefined || blocking(parsed.diagnostics))
      return incomplete(file, "XDatenfelder 3.0.0", parsed.diagnostics, "model");
    const report =
      options.codeListProvider === undefined
        ? v3qs.check(parsed.data, rest)
        : await v3qs.checkWithCodeLists(parsed.data, { ...rest, codeListProvider: options.codeListProvider });
    const n = parsed.data;
    const tree =
      options.regeln !== true
        ? undefined
        : n.kind === "xdatenfelder.stammdatenschema.0102"
          ? formTreeV3(n.stammdatenschema)
          : n.kind === "xdatenfelder.datenfeldgruppe.0103"
            ? formTreeV3(n.datenfeldgruppe)
            : undefined;
    return withModel(report, parsed.diagnostics, regelnDiagnostics(tree, file));
  }
  if (root.namespace === v2.NAMESPACE) {
    const parsed = v2.safeParseElement(root, { file });
    if (parsed.data === undefined || blocking(parsed.diagnostics)) return incomplete(file, "XDatenfelder 2.0", parsed.diagnostics, "model");
    const report =
      options.codeListProvider === undefined
        ? v2qs.check(parsed.data, rest)
        : await v2qs.checkWithCodeLists(parsed.data, { ...rest, codeListProvider: options.codeListProvider });
    const n = parsed.data;
    const tree =
      options.regeln !== true
        ? undefined
        : n.kind === "xdatenfelder.stammdatenschema.0102"
          ? formTreeV2(n.stammdatenschema)
          : n.kind === "xdatenfelder.datenfeldgruppe.0103"
            ? formTreeV2(n.datenfeldgruppe)
            : undefined;
    return withModel(report, parsed.diagnostics, regelnDiagnostics(tree, file));
  }
  const d = diagnostic({
    code: "unknown-namespace",
    params: { namespace: root.namespace, element: root.local },
    severity: "fatal",
    stage: "detect",
    path: `/${canonicalName(root.namespace, root.local, PREFIXES)}`,
    location: { line: root.line, column: root.column },
    file,
  });
  return incomplete(file, undefined, [d], "detect");
}

function withModel(report: Report, parse: readonly Diagnostic[], regeln: readonly Diagnostic[] = []): Report {
  const failed = parse.some((d) => d.severity === "error" || d.severity === "fatal");
  return {
    ...report,
    stages: [
      { stage: "xml", status: "passed" },
      { stage: "detect", status: "passed" },
      { stage: "model", status: failed ? "failed" : "passed" },
      ...report.stages,
    ],
    diagnostics: [...parse, ...report.diagnostics, ...regeln],
  };
}
