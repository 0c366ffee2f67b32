/**
 * XDatenfelder 2.0 as the registry lists it (`src/registry.ts`): namespace, messages, schema set, reader,
 * writer, the FIM-QS rules as its model rules (quality checks: `validate` leaves them to `check`) and the
 * `inspect` summary.
 */
import type { InspectView, StandardDescriptor } from "../../core/standard/descriptor.ts";
import type { Report, RuleInfo } from "../../core/validation/report.ts";
import type { Rule } from "../../core/validation/rule.ts";
import { ruleInfo } from "../../core/validation/run-rules.ts";
import type { AllgemeineAngaben, Nachricht, Struktur } from "./model.ts";
import { MESSAGES, NAMESPACE, PREFIXES, SCHEMA_SET_ID, VERSION } from "./namespace.ts";
import { safeParse, safeParseElement } from "./parse.ts";
import { type CheckOptions, check as checkQs, qsRules } from "./rules/index.ts";
import { serialize } from "./serialize.ts";

function label(el: AllgemeineAngaben): string {
  return `${el.identifikation.id}${el.identifikation.version === undefined ? "" : ` v${el.identifikation.version}`} ${el.name}`.trim();
}

/** Outline lines of a structure, down to `max` levels; counts distinct fields and groups on the way. */
function outline(
  struktur: readonly Struktur[],
  depth: number,
  max: number,
  out: string[],
  seen: { felder: Set<string>; gruppen: Set<string> },
): void {
  for (const s of struktur) {
    const key = (el: AllgemeineAngaben) => `${el.identifikation.id} ${el.identifikation.version ?? ""}`;
    if ("datenfeld" in s.enthaelt) {
      const f = s.enthaelt.datenfeld;
      seen.felder.add(key(f));
      if (depth < max) out.push(`${"  ".repeat(depth + 1)}[${s.anzahl}] ${label(f)} (${f.feldart.code}/${f.datentyp.code})`);
    } else {
      const g = s.enthaelt.datenfeldgruppe;
      seen.gruppen.add(key(g));
      if (depth < max) out.push(`${"  ".repeat(depth + 1)}[${s.anzahl}] ${label(g)}`);
      outline(g.struktur, depth + 1, max, out, seen);
    }
  }
}

/** The `inspect` summary: main element, distinct groups and fields, and the outline of the tree. */
function inspect(n: Nachricht, options: { readonly depth?: number | undefined }): InspectView {
  const main: AllgemeineAngaben =
    n.kind === "xdatenfelder.stammdatenschema.0102"
      ? n.stammdatenschema
      : n.kind === "xdatenfelder.datenfeldgruppe.0103"
        ? n.datenfeldgruppe
        : n.kind === "xdatenfelder.datenfeld.0104"
          ? n.datenfeld
          : n.kind === "xdatenfelder.codeliste.0105"
            ? n.codeliste
            : n.dokumentensteckbrief;
  const struktur =
    n.kind === "xdatenfelder.stammdatenschema.0102"
      ? n.stammdatenschema.struktur
      : n.kind === "xdatenfelder.datenfeldgruppe.0103"
        ? n.datenfeldgruppe.struktur
        : [];
  const lines: string[] = [
    `  id:       ${main.identifikation.id}`,
    `  version:  ${main.identifikation.version ?? "(none)"}`,
    `  name:     ${main.name}`,
    `  status:   ${main.status.code}`,
  ];
  const rendered: string[] = [];
  const seen = { felder: new Set<string>(), gruppen: new Set<string>() };
  outline(struktur, 0, options.depth ?? Number.POSITIVE_INFINITY, rendered, seen);
  const counts = { datenfeldgruppen: seen.gruppen.size, datenfelder: seen.felder.size };
  lines.push(`  groups:   ${counts.datenfeldgruppen} distinct`, `  fields:   ${counts.datenfelder} distinct`);
  if (rendered.length > 0) lines.push("  outline:", ...rendered);
  return {
    kind: n.kind,
    json: { message: n.kind, identifikation: main.identifikation, name: main.name, counts, outline: rendered.map((l) => l.trim()) },
    lines,
  };
}

/** The FIM-QS rules of 2.0 once each (a code may be implemented for several element kinds). */
const RULES: readonly RuleInfo[] = [...new Map(qsRules.map((r) => [r.id, ruleInfo(r as Rule<never, never>)])).values()];

/**
 * XDatenfelder 2.0 in the standard registry: namespace, message root elements, schema set, reader, writer, the
 * FIM-QS rules and the `inspect` summary.
 * @example
 * ```ts
 * import { descriptor } from "fim-xoev/xdatenfelder/v2";
 * console.log(descriptor.label, descriptor.version, descriptor.schemaSetId); // XDatenfelder 2.0 xdatenfelder-2.0
 * console.log(descriptor.rules.map((r) => r.id).join(", ")); // the FIM-QS codes checked for 2.0
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
  fixtures: ["fixtures/xdatenfelder/v2/valid", "fixtures/xdatenfelder/v2/round-trip"],
  rules: RULES,
  rulesDefineValidity: false,
  safeParseElement: (root, o) => safeParseElement(root, { file: o.file, maxDiagnostics: o.maxDiagnostics }),
  safeParse: (xml, o) => safeParse(xml, o),
  serialize: (model) => serialize(model),
  check: (model, o) => checkQs(model, o),
  summary: inspect,
};

/**
 * Runs the FIM-QS rules (quality checks) on a parsed 2.0 message and returns a `Report`: policies, severities and
 * every report format apply.
 * @example
 * ```ts
 * import { check, parse } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // e.g. S00000009 (Gewerbe Anmeldung)
 * const report = check(parse(xml), { file: "S00000009_xdatenfelder.xml" });
 * for (const d of report.diagnostics) console.log(`${d.ruleId ?? d.code} ${d.path}: ${d.message}`);
 * // 1013 …: Only HAR or RNG elements may be used inside schemas and groups.
 * ```
 */
export function check(model: Nachricht, options: CheckOptions = {}): Report {
  return checkQs(model, options);
}
