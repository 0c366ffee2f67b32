import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { readXml } from "../core/xml/read.ts";
import * as xdf3 from "../xdatenfelder/v3/index.ts";
import { ioReason } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

export const INSPECT_HELP = `Usage: fim-xoev inspect <file> [--depth N] [--format text|json]

Shows id, version and name of the message's main element, counts of groups, fields, rules and
code-list references, and an outline of the tree (down to --depth levels, default all).

Exit code: 0 shown, 1 the document has errors or is not XDatenfelder 3.0.0, 2 on usage errors or an
unreadable file.`;

type Outline = { readonly label: string; readonly children: readonly Outline[] };

function label(el: xdf3.AllgemeineAngaben): string {
  return `${el.identifikation.id}${el.identifikation.version === undefined ? "" : ` v${el.identifikation.version}`} ${el.name}`.trim();
}

function outlineOf(struktur: readonly xdf3.Struktur[]): Outline[] {
  return struktur.map((s) => {
    if ("datenfeld" in s.enthaelt) {
      const f = s.enthaelt.datenfeld;
      return { label: `[${s.anzahl}] ${label(f)} (${f.feldart.code}/${f.datentyp.code})`, children: [] };
    }
    const g = s.enthaelt.datenfeldgruppe;
    return { label: `[${s.anzahl}] ${label(g)}`, children: outlineOf(g.struktur) };
  });
}

function render(nodes: readonly Outline[], depth: number, max: number, out: string[], indent = "  "): void {
  if (depth >= max) return;
  for (const n of nodes) {
    out.push(`${indent.repeat(depth + 1)}${n.label}`);
    render(n.children, depth + 1, max, out, indent);
  }
}

export const inspectCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "inspect",
    INSPECT_HELP,
    { depth: { type: "string" }, format: { type: "string", default: "text" } },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, "inspect", "expected one file");
  if (values.format !== "text" && values.format !== "json")
    return usageError(io, "inspect", `unknown --format ${values.format} (text or json)`);
  const depth = values.depth === undefined ? undefined : Number(values.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 0))
    return usageError(io, "inspect", `--depth expects a whole number, got ${values.depth}`);
  const path = positionals[0] as string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (e) {
    io.stderr(`fim-xoev inspect: cannot read ${path}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const read = readXml(bytes, { file: path, prefixes: xdf3.PREFIXES });
  if (!read.success) {
    for (const d of read.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    return EXIT.findings;
  }
  const root = read.data.root;
  if (root.namespace !== xdf3.NAMESPACE) {
    io.stderr(`fim-xoev inspect: ${path}: namespace ${root.namespace || "(none)"} is not supported by inspect (XDatenfelder 3.0.0)\n`);
    return EXIT.findings;
  }
  const result = xdf3.safeParseElement(root, { file: path });
  for (const d of result.diagnostics)
    if (d.severity !== "info" && (values.quiet !== true || d.severity !== "warning")) io.stderr(`${formatDiagnostic(d)}\n`);
  const n = result.data;
  if (n === undefined) return EXIT.findings;
  const counts = xdf3.countElements(n);
  let main: xdf3.AllgemeineAngaben | undefined;
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
  const max = depth ?? Number.POSITIVE_INFINITY;
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify({ file: path, message: n.kind, identifikation: main?.identifikation, name: main?.name, counts, outline }, null, 2)}\n`,
    );
    return result.success ? EXIT.ok : EXIT.findings;
  }
  const lines: string[] = [];
  lines.push(`${path}: ${n.kind} (XDatenfelder ${xdf3.VERSION})`);
  if (main !== undefined) {
    lines.push(`  id:       ${main.identifikation.id}`);
    lines.push(`  version:  ${main.identifikation.version ?? "(none)"}`);
    lines.push(`  name:     ${main.name}`);
    lines.push(
      `  status:   ${main.freigabestatus.code} ${xdf3.freigabestatusCodeList.labels[main.freigabestatus.code as xdf3.Freigabestatus] ?? ""}`.trimEnd(),
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
    render(outline, 0, max, lines);
  }
  io.stdout(`${lines.join("\n")}\n`);
  return result.success ? EXIT.ok : EXIT.findings;
};
