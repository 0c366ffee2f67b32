/**
 * `fim-xoev format <file> [-o FILE] [--force]` — reads a document of any registered standard into its typed model
 * and writes it back with the standard's writer: the round trip a user can check with a diff. Read-only standards
 * (no writer, e.g. XProzess 0.1) are refused with a message.
 *
 * Exit codes: 0 = written; 1 = the document has errors, is of no registered standard, or its standard is
 * read-only (nothing is written); 2 = usage error, unreadable input or an output that cannot be written.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { XoevError } from "../core/errors.ts";
import { type StandardDescriptor, standardName } from "../core/standard/descriptor.ts";
import { readXml } from "../core/xml/read.ts";
import { ALL_PREFIXES, detect, STANDARDS } from "../registry.ts";
import { ioReason } from "./files.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";
import { registered } from "./validate.ts";
import { writeFilesAtomic } from "./write.ts";

export const FORMAT_HELP = `Usage: fim-xoev format <file> [-o FILE] [--force]

Reads the document into the typed model of its standard and writes it back with the library's writer (the
round trip: compare input and output with a diff). Recognised (detected by namespace): ${registered()}.
Read-only: ${
  STANDARDS.filter((d) => d.serialize === undefined)
    .map(standardName)
    .join(", ") || "none"
} (refused).

Options:
  -o, --output <file>   write there (atomically) instead of stdout
  --force               overwrite the --output file if it exists

Exit code: 0 written, 1 the document has errors, is of no registered standard or its standard is read-only
(nothing is written), 2 on usage errors, an unreadable input or an output that cannot be written.`;

function print(io: CliIo, diagnostics: readonly Diagnostic[], quiet: boolean): void {
  for (const d of diagnostics) {
    if (d.severity === "info" || (quiet && d.severity === "warning")) continue;
    io.stderr(`${formatDiagnostic(d)}\n`);
  }
}

/**
 * Reads a file of a registered standard: its descriptor and model, or the exit code when it cannot (the reason is
 * printed). Shared by `format` and `convert` to the document's own standard.
 */
export function readRegistered(
  command: string,
  path: string,
  io: CliIo,
  quiet: boolean,
): { readonly standard: StandardDescriptor; readonly model: unknown } | number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (e) {
    io.stderr(`fim-xoev ${command}: cannot read ${path}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const read = readXml(bytes, { file: path, prefixes: ALL_PREFIXES });
  if (!read.success) {
    print(io, read.diagnostics, quiet);
    return EXIT.findings;
  }
  const root = read.data.root;
  const standard = detect(root.namespace, root.local);
  if (standard === undefined) {
    io.stderr(`fim-xoev ${command}: ${path}: namespace ${root.namespace || "(none)"} is not a standard fim-xoev reads (${registered()})\n`);
    return EXIT.findings;
  }
  const parsed = standard.safeParse(bytes, { file: path });
  print(io, parsed.diagnostics, quiet);
  if (!parsed.success) return EXIT.findings;
  return { standard, model: parsed.data };
}

/** Writes a model with its standard's writer, to `output` or stdout; the exit code. */
export function writeModel(
  command: string,
  io: CliIo,
  path: string,
  standard: StandardDescriptor,
  model: unknown,
  output: string | undefined,
  force: boolean,
): number {
  if (standard.serialize === undefined) {
    io.stderr(`fim-xoev ${command}: ${path}: ${standardName(standard)} is read-only in fim-xoev: it reads it but cannot write it\n`);
    return EXIT.findings;
  }
  let xml: string;
  try {
    xml = standard.serialize(model);
  } catch (e) {
    if (!(e instanceof XoevError)) throw e;
    print(io, e.diagnostics, false);
    return EXIT.findings;
  }
  if (output === undefined) {
    io.stdout(xml);
    return EXIT.ok;
  }
  const failed = writeFilesAtomic([{ path: output, data: xml }], { force, cwd: io.cwd });
  if (failed !== undefined) {
    io.stderr(`fim-xoev ${command}: ${failed.message}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

export const formatCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand("format", FORMAT_HELP, { output: { type: "string", short: "o" }, force: { type: "boolean" } }, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, "format", "expected one file");
  const path = positionals[0] as string;
  const read = readRegistered("format", path, io, values.quiet === true);
  if (typeof read === "number") return read;
  return writeModel("format", io, path, read.standard, read.model, values.output, values.force === true);
};
