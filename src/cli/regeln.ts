import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { safeParse } from "../xdatenfelder/index.ts";
import { formatEffect, formTreeV2, formTreeV3, readRules } from "../xdatenfelder/regeln/index.ts";
import type { FormNode } from "../xdatenfelder/regeln/schema.ts";
import { ioReason } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { labels } from "./labels.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

export const REGELN_HELP = `Usage: fim-xoev regeln <schema.xml> [--format text|json]

Reads every rule of a Stammdatenschema or Datenfeldgruppe (XDatenfelder 2.0 'definition' or 3.0.0
'freitextRegel') into typed effects (show, hide, require, optional, prefill, validate) with their
condition tree and Land scope, and says for each rule whether it was read completely, partly or not
at all (and why). --format json prints an array with one object per rule:
{ "id", "version", "outcome": "read"|"partial"|"unreadable", "effects": [ { "kind", "targets",
"paths", "value", "condition", "assert", "lands" } ], "unread", "diagnostics" }.

Exit code: 0 every rule read completely, 1 a rule was read only in part or not at all or names an
element that is not in the schema (or the document has errors), 2 on usage errors or an unreadable file.`;

export const regelnCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand("regeln", REGELN_HELP, { format: { type: "string", default: "text" } }, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, "regeln", "expected one schema file");
  if (values.format !== "text" && values.format !== "json")
    return usageError(io, "regeln", `unknown --format ${values.format} (text or json)`);
  const path = positionals[0] as string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (e) {
    io.stderr(`fim-xoev regeln: cannot read ${path}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const result = safeParse(bytes, { file: path });
  for (const d of result.diagnostics) if (d.severity === "fatal" || d.severity === "error") io.stderr(`${formatDiagnostic(d)}\n`);
  const doc = result.data;
  let tree: FormNode | undefined;
  if (doc?.version === "3.0.0") {
    const n = doc.nachricht;
    if (n.kind === "xdatenfelder.stammdatenschema.0102") tree = formTreeV3(n.stammdatenschema);
    else if (n.kind === "xdatenfelder.datenfeldgruppe.0103") tree = formTreeV3(n.datenfeldgruppe);
  } else if (doc?.version === "2.0") {
    const n = doc.nachricht;
    if (n.kind === "xdatenfelder.stammdatenschema.0102") tree = formTreeV2(n.stammdatenschema);
    else if (n.kind === "xdatenfelder.datenfeldgruppe.0103") tree = formTreeV2(n.datenfeldgruppe);
  }
  if (tree === undefined) {
    if (doc !== undefined) io.stderr(`fim-xoev regeln: ${path}: not a Stammdatenschema or Datenfeldgruppe message\n`);
    return EXIT.findings;
  }
  const rules = readRules(tree);
  const incomplete = rules.some((r) => r.outcome !== "read" || r.diagnostics.some((d) => d.code === "rule-target-unknown"));
  if (values.format === "json") {
    const out = rules.map((r) => ({
      id: r.id,
      version: r.version ?? null,
      owner: r.owner,
      outcome: r.outcome,
      effects: r.effects.map((e) => ({
        kind: e.kind,
        targets: e.targets.map((t) => t.id),
        paths: e.targets.map((t) => t.path.join(".")),
        value: e.value?.value ?? null,
        condition: e.condition ?? null,
        assert: e.assert ?? null,
        lands: e.lands ?? null,
      })),
      unread: r.unread,
      diagnostics: r.diagnostics,
    }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    const l = labels();
    for (const r of rules) {
      lines.push(`${r.id}${r.version === undefined ? "" : `V${r.version}`} ${l.ruleOutcome(r.outcome)} (${l.ruleOn(r.owner)})`);
      for (const e of r.effects) lines.push(`  ${formatEffect(e)}`);
      for (const u of r.unread) lines.push(`  ${l.notRead}: "${u.text}" (${u.reason})`);
      // the outcome lines above already say what was not read; every other finding is printed
      for (const d of r.diagnostics)
        if (d.code !== "rule-not-machine-readable" && d.code !== "rule-partly-read") lines.push(`  ${formatDiagnostic(d)}`);
    }
    if (values.quiet !== true) {
      const n = (o: string) => rules.filter((r) => r.outcome === o).length;
      lines.push(`${path}: ${l.rulesSummary(rules.length, n("read"), n("partial"), n("unreadable"))}`);
    }
    if (lines.length > 0) io.stdout(`${lines.join("\n")}\n`);
  }
  return result.success && !incomplete ? EXIT.ok : EXIT.findings;
};
