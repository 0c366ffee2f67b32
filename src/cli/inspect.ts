/**
 * `fim-xoev inspect <file>` — a summary of a document of any registered standard (`src/registry.ts`): the
 * standard is detected by namespace and root element, the document read into its model, and the descriptor's
 * `inspect` view shown.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { standardName } from "../core/standard/descriptor.ts";
import { readXml } from "../core/xml/read.ts";
import { ALL_PREFIXES, detect } from "../registry.ts";
import { ioReason } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";
import { registered } from "./validate.ts";

export const INSPECT_HELP = `Usage: fim-xoev inspect <file> [--depth N] [--format text|json]

Shows what a document holds, for every standard the library reads (${registered()}):
for XDatenfelder id, version and name of the message's main element, counts of groups, fields, rules and
code-list references, and an outline of the tree (down to --depth levels, default all); for XZuFi the
operations and Leistungen; for XProzess the Prozessklassen, Prozesse, embedded files and BPMN models; for a
genericode code list its identification, columns and rows.

Exit code: 0 shown, 1 the document has errors or is of no registered standard, 2 on usage errors or an
unreadable file.`;

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
  const read = readXml(bytes, { file: path, prefixes: ALL_PREFIXES });
  if (!read.success) {
    for (const d of read.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    return EXIT.findings;
  }
  const root = read.data.root;
  const standard = detect(root.namespace, root.local);
  if (standard === undefined) {
    io.stderr(`fim-xoev inspect: ${path}: namespace ${root.namespace || "(none)"} is not a standard fim-xoev reads (${registered()})\n`);
    return EXIT.findings;
  }
  const result = standard.safeParseElement(root, { file: path });
  for (const d of result.diagnostics)
    if (d.severity !== "info" && (values.quiet !== true || d.severity !== "warning")) io.stderr(`${formatDiagnostic(d)}\n`);
  const model = result.data;
  if (model === undefined) return EXIT.findings;
  const view = standard.summary?.(model, { depth }) ?? { kind: root.local, json: { message: root.local }, lines: [] };
  if (values.format === "json") {
    io.stdout(`${JSON.stringify({ file: path, standard: standardName(standard), ...view.json }, null, 2)}\n`);
  } else {
    io.stdout(`${[`${path}: ${view.kind} (${standardName(standard)})`, ...view.lines].join("\n")}\n`);
  }
  return result.success ? EXIT.ok : EXIT.findings;
};
