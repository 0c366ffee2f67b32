/**
 * FIM quality checks for any XDatenfelder version — `import { checkXDatenfelder } from "fim-xoev/xdatenfelder"`.
 * Reads the document, detects the version by namespace and runs that version's QS rule set.
 */

import type { CodeListProvider } from "../core/codelists/provider.ts";
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { standardName } from "../core/standard/descriptor.ts";
import { stoppedReport } from "../core/standard/run.ts";
import type { AcceptancePolicy } from "../core/validation/policy.ts";
import type { Report } from "../core/validation/report.ts";
import type { XmlElement } from "../core/xml/node.ts";
import { canonicalName } from "../core/xml/path.ts";
import { readXml } from "../core/xml/read.ts";
import { readRules } from "./regeln/read.ts";
import { type FormNode, formTreeV2, formTreeV3 } from "./regeln/schema.ts";
import * as v2 from "./v2/index.ts";
import * as v2qs from "./v2/rules/index.ts";
import * as v3 from "./v3/index.ts";
import { rereader, SHALLOW_REPEATS } from "./v3/parse.ts";
import * as v3qs from "./v3/rules/index.ts";

/**
 * Options of {@link checkXDatenfelder}: file name, policy, a code-list provider, and whether to read the rules too.
 *
 * @example
 * ```ts
 * import { DirectoryCodeListProvider } from "fim-xoev/codelists";
 * import { checkXDatenfelder, type QsCheckOptions } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const options: QsCheckOptions = {
 *   file: "S60000011V1.0.xml",
 *   policy: { enabledRules: ["1117"] },
 *   codeListProvider: new DirectoryCodeListProvider("codelisten"),
 *   regeln: true,
 * };
 * const report = await checkXDatenfelder(xml, options);
 * console.log(report.diagnostics.length);
 * ```
 */
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

/** Canonical prefixes of every version, from the versions' registry entries. */
const PREFIXES: Readonly<Record<string, string>> = Object.assign({}, ...[v3.descriptor, v2.descriptor].map((d) => d.prefixes));

/** A report that stopped at `stage` (xml, detect or model: the rules did not run). */
const incomplete = stoppedReport;

/**
 * Errors that keep the rules from running: all but unknown codes (which the QS catalogue reports itself) and
 * values outside their XSD type (`invalid-value`: reported as errors of the model stage, the rules still run).
 */
const blocking = (ds: readonly Diagnostic[]) =>
  ds.some((d) => (d.severity === "error" || d.severity === "fatal") && d.code !== "unknown-code" && d.code !== "invalid-value");

/** What {@link checkXDatenfelder} needs of a version: its registry entry, reader, rule set and form tree. */
interface QsVersion<N extends { readonly kind: string }, S> {
  readonly descriptor: typeof v3.descriptor | typeof v2.descriptor;
  parse(root: XmlElement, xml: string | Uint8Array, file: string | undefined): { data?: N | undefined; diagnostics: readonly Diagnostic[] };
  check(n: N, options: { file: string | undefined; policy: AcceptancePolicy | undefined }): Report;
  checkWithCodeLists(
    n: N,
    options: { file: string | undefined; policy: AcceptancePolicy | undefined; codeListProvider: CodeListProvider },
  ): Promise<Report>;
  formTree(schema: S): FormNode;
}

/** Runs one version's parse, QS and (when asked) rule reading over a document whose namespace is that version's. */
async function checkVersion<N extends { readonly kind: string }, S>(
  v: QsVersion<N, S>,
  root: XmlElement,
  xml: string | Uint8Array,
  options: QsCheckOptions,
): Promise<Report> {
  const file = options.file;
  const rest = { file, policy: options.policy };
  const parsed = v.parse(root, xml, file);
  if (parsed.data === undefined || blocking(parsed.diagnostics))
    return incomplete(file, standardName(v.descriptor), parsed.diagnostics, "model");
  const n = parsed.data;
  const report =
    options.codeListProvider === undefined
      ? v.check(n, rest)
      : await v.checkWithCodeLists(n, { ...rest, codeListProvider: options.codeListProvider });
  const inhalt = n as { readonly kind: string; readonly stammdatenschema?: S; readonly datenfeldgruppe?: S };
  const schema =
    options.regeln !== true
      ? undefined
      : n.kind === "xdatenfelder.stammdatenschema.0102"
        ? inhalt.stammdatenschema
        : n.kind === "xdatenfelder.datenfeldgruppe.0103"
          ? inhalt.datenfeldgruppe
          : undefined;
  return withModel(report, parsed.diagnostics, regelnDiagnostics(schema === undefined ? undefined : v.formTree(schema), file));
}

const V3: QsVersion<v3.Nachricht, v3.Stammdatenschema | v3.Datenfeldgruppe> = {
  descriptor: v3.descriptor,
  parse: (root, xml, file) => v3.safeParseElement(root, { file, reread: rereader(xml, { file }) }),
  check: v3qs.check,
  checkWithCodeLists: v3qs.checkWithCodeLists,
  formTree: formTreeV3,
};
const V2: QsVersion<v2.Nachricht, v2.Stammdatenschema | v2.Datenfeldgruppe> = {
  descriptor: v2.descriptor,
  parse: (root, _xml, file) => v2.safeParseElement(root, { file }),
  check: v2qs.check,
  checkWithCodeLists: v2qs.checkWithCodeLists,
  formTree: formTreeV2,
};

/**
 * Reads an XDatenfelder 2.0 or 3.0.0 document and runs the FIM-QS rules of its version. Never throws for
 * document problems: they are in the report, whose `completed` is false when the rules could not run.
 *
 * @example
 * ```ts
 * import { checkXDatenfelder } from "fim-xoev/xdatenfelder";
 *
 * declare const bytes: Uint8Array;
 * const report = await checkXDatenfelder(bytes, { file: "S60000011V1.0.xml" });
 * const fehler = report.diagnostics.filter((d) => d.ruleId !== undefined && d.severity === "error");
 * console.log(`${report.standard}: ${fehler.length} FIM-QS errors`);
 * ```
 */
export async function checkXDatenfelder(xml: string | Uint8Array, options: QsCheckOptions = {}): Promise<Report> {
  const file = options.file;
  const read = readXml(xml, { prefixes: PREFIXES, file, shallowRepeats: SHALLOW_REPEATS });
  if (!read.success) return incomplete(file, undefined, read.diagnostics, "xml");
  const root = read.data.root;
  if (V3.descriptor.namespaces.includes(root.namespace)) return checkVersion(V3, root, xml, options);
  if (V2.descriptor.namespaces.includes(root.namespace)) return checkVersion(V2, root, xml, options);
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
