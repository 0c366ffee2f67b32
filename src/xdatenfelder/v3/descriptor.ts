/**
 * XDatenfelder 3.0.0 as the registry lists it (`src/registry.ts`): namespace, messages, schema set, reader,
 * writer, the FIM-QS rules as its model rules (quality checks: `validate` leaves them to `check`) and the
 * `inspect` summary.
 */
import type { InspectView, StandardDescriptor } from "../../core/standard/descriptor.ts";
import type { Report, RuleInfo } from "../../core/validation/report.ts";
import type { Rule } from "../../core/validation/rule.ts";
import { ruleInfo } from "../../core/validation/run-rules.ts";
import { type Freigabestatus, freigabestatusCodeList } from "./codes.ts";
import { countElements } from "./elements.ts";
import type { AllgemeineAngaben, Nachricht, Struktur } from "./model.ts";
import { MESSAGES, NAMESPACE, PREFIXES, SCHEMA_SET_ID, VERSION } from "./namespace.ts";
import { SHALLOW_REPEATS, safeParse, safeParseElement } from "./parse.ts";
import { type CheckOptions, check as checkQs, qsRules } from "./rules/index.ts";
import { serialize } from "./serialize.ts";

type Outline = { readonly label: string; readonly children: readonly Outline[] };

function label(el: AllgemeineAngaben): string {
  return `${el.identifikation.id}${el.identifikation.version === undefined ? "" : ` v${el.identifikation.version}`} ${el.name}`.trim();
}

function outlineOf(struktur: readonly Struktur[]): Outline[] {
  return struktur.map((s) => {
    if ("datenfeld" in s.enthaelt) {
      const f = s.enthaelt.datenfeld;
      return { label: `[${s.anzahl}] ${label(f)} (${f.feldart.code}/${f.datentyp.code})`, children: [] };
    }
    const g = s.enthaelt.datenfeldgruppe;
    return { label: `[${s.anzahl}] ${label(g)}`, children: outlineOf(g.struktur) };
  });
}

function render(nodes: readonly Outline[], depth: number, max: number, out: string[]): void {
  if (depth >= max) return;
  for (const n of nodes) {
    out.push(`${"  ".repeat(depth + 1)}${n.label}`);
    render(n.children, depth + 1, max, out);
  }
}

/** The `inspect` summary: main element, counts and the outline of the tree. */
function inspect(n: Nachricht, options: { readonly depth?: number | undefined }): InspectView {
  const counts = countElements(n);
  let main: AllgemeineAngaben | undefined;
  let outline: Outline[] = [];
  switch (n.kind) {
    case "xdatenfelder.stammdatenschema.0102":
      main = n.stammdatenschema;
      outline = outlineOf(n.stammdatenschema.struktur);
      break;
    case "xdatenfelder.datenfeldgruppe.0103":
      main = n.datenfeldgruppe;
      outline = outlineOf(n.datenfeldgruppe.struktur);
      break;
    case "xdatenfelder.datenfeld.0104":
      main = n.datenfeld;
      break;
    case "xdatenfelder.dokumentsteckbrief.0101":
      main = n.dokumentsteckbrief;
      break;
    default:
      break;
  }
  const lines: string[] = [];
  if (main !== undefined) {
    lines.push(`  id:       ${main.identifikation.id}`);
    lines.push(`  version:  ${main.identifikation.version ?? "(none)"}`);
    lines.push(`  name:     ${main.name}`);
    lines.push(
      `  status:   ${main.freigabestatus.code} ${freigabestatusCodeList.labels[main.freigabestatus.code as Freigabestatus] ?? ""}`.trimEnd(),
    );
  }
  if (n.kind === "xdatenfelder.uebersetzung.0106") {
    lines.push(
      `  translates ${n.uebersetzt.id} ${n.uebersetzt.version ?? ""} into ${n.sprache.map((s) => s.lang + (s.region ? `-${s.region}` : "")).join(", ")}`,
    );
  }
  lines.push(
    `  groups:   ${counts.datenfeldgruppen} distinct (${counts.datenfeldgruppenVorkommen} uses)`,
    `  fields:   ${counts.datenfelder} distinct (${counts.datenfelderVorkommen} uses)`,
    `  rules:    ${counts.regeln}`,
    `  code-list references: ${counts.codelistenReferenzen}`,
  );
  if (outline.length > 0) {
    lines.push("  outline:");
    render(outline, 0, options.depth ?? Number.POSITIVE_INFINITY, lines);
  }
  return {
    kind: n.kind,
    json: { message: n.kind, identifikation: main?.identifikation, name: main?.name, counts, outline },
    lines,
  };
}

/** The FIM-QS rules of 3.0.0 once each (a code may be implemented for several element kinds). */
const RULES: readonly RuleInfo[] = [...new Map(qsRules.map((r) => [r.id, ruleInfo(r as Rule<never, never>)])).values()];

/**
 * XDatenfelder 3.0.0 in the standard registry: namespace, message root elements, schema set, reader, writer, the
 * FIM-QS rules and the `inspect` summary.
 * @example
 * ```ts
 * import { descriptor } from "fim-xoev/xdatenfelder/v3";
 * console.log(descriptor.label, descriptor.version, descriptor.schemaSetId); // XDatenfelder 3.0.0 xdatenfelder-3.0.0
 * console.log(descriptor.rules.length, "FIM-QS rules"); // e.g. to list them in a settings dialog
 * ```
 */
export const descriptor: StandardDescriptor<Nachricht> = {
  id: SCHEMA_SET_ID,
  label: "XDatenfelder",
  version: VERSION,
  namespaces: [NAMESPACE],
  rootElements: Object.values(MESSAGES),
  prefixes: PREFIXES,
  schemaSetId: SCHEMA_SET_ID,
  fixtures: ["fixtures/xdatenfelder/v3/valid", "fixtures/xdatenfelder/v3/round-trip", "fixtures/demo"],
  rules: RULES,
  rulesDefineValidity: false,
  shallowRepeats: SHALLOW_REPEATS,
  safeParseElement: (root, o) =>
    safeParseElement(root, { file: o.file, maxDiagnostics: o.maxDiagnostics, ...(o.reread !== undefined && { reread: o.reread }) }),
  safeParse: (xml, o) => safeParse(xml, o),
  serialize: (model) => serialize(model),
  check: (model, o) => checkQs(model, o),
  summary: inspect,
};

/**
 * Runs the FIM-QS rules (quality checks) on a parsed message and returns a `Report`: policies, severities and every
 * report format apply.
 * @example
 * ```ts
 * import { check, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // e.g. the content of S05000001205.xdf3.xml
 * const report = check(parse(xml), { file: "S05000001205.xdf3.xml" });
 * for (const d of report.diagnostics) console.log(`${d.ruleId ?? d.code} ${d.severity}: ${d.message}`);
 * console.log(`${report.rulesExecuted.length} rules ran`);
 * ```
 */
export function check(model: Nachricht, options: CheckOptions = {}): Report {
  return checkQs(model, options);
}
