/**
 * The scenario the browser test runs in Chromium and in Node: parse, QS check, XSD validation against schema
 * files held in memory, serialize. It imports the public entries only (as an application would) and is bundled
 * for the browser by `browser.test.ts`; in Node it is imported as it is, so both runs can be compared.
 */
import { safeSchemaSetFromFiles } from "../../src/validation.ts";
import { checkXDatenfelder, parse, serialize } from "../../src/xdatenfelder/index.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";

export interface ScenarioResult {
  readonly version: string;
  readonly name: string;
  /** QS findings as `ruleId ?? code` with their path, sorted. */
  readonly qs: readonly string[];
  readonly qsCompleted: boolean;
  /** serialize(parse(serialize(parse(xml)))) equals serialize(parse(xml)). */
  readonly serializeStable: boolean;
  readonly serializedLength: number;
  /** The XSD stage of `v3.validate` with the schema set in memory; absent without schema files. */
  readonly xsd?: { readonly validity: string; readonly status: string; readonly codes: readonly string[] };
  /** The same for a copy of the document with an element the schema does not allow. */
  readonly xsdBroken?: { readonly validity: string; readonly status: string; readonly codes: readonly string[] };
}

/** Parse + QS check of one document (what `bench/browser.ts` times). */
export async function parseAndCheck(xml: string): Promise<number> {
  const report = await checkXDatenfelder(xml);
  if (!report.completed) throw new Error(`the QS check did not complete: ${report.diagnostics[0]?.message ?? ""}`);
  return report.diagnostics.length;
}

export async function runScenario(xml: string, schemaFiles?: Readonly<Record<string, Uint8Array>>): Promise<ScenarioResult> {
  const message = parse(xml);
  const version = message.version;
  const root = message.nachricht;
  const name =
    root.kind === "xdatenfelder.stammdatenschema.0102"
      ? root.stammdatenschema.name
      : root.kind === "xdatenfelder.datenfeldgruppe.0103"
        ? root.datenfeldgruppe.name
        : root.kind;
  const report = await checkXDatenfelder(xml);
  const once = serialize(message);
  const twice = serialize(parse(once));
  const result: ScenarioResult = {
    version,
    name,
    qs: report.diagnostics.map((d) => `${d.ruleId ?? d.code} ${d.path}`).sort(),
    qsCompleted: report.completed,
    serializeStable: once === twice,
    serializedLength: once.length,
  };
  if (schemaFiles === undefined || version !== "3.0.0") return result;
  const set = await safeSchemaSetFromFiles("xdatenfelder-3.0.0", schemaFiles);
  if (!set.success) throw new Error(`schema set: ${set.diagnostics.map((d) => d.message).join("; ")}`);
  const run = async (doc: string) => {
    const r = await v3.validate(doc, { schemaSets: [set.data] });
    return {
      validity: r.validity,
      status: r.report.stages.find((s) => s.stage === "xsd")?.status ?? "absent",
      codes: [...new Set(r.report.diagnostics.filter((d) => d.stage === "xsd").map((d) => d.code))].sort(),
    };
  };
  // An element the schema does not know, right after the header: only the XSD stage can object to it.
  const broken = xml.replace(/(<\/(\w+:)?header>)/, "$1<$2unbekanntesElement/>");
  return { ...result, xsd: await run(xml), xsdBroken: await run(broken) };
}
