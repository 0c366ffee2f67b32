/** `fim-xoev report <schema.xml> [-o report.html]`: the self-contained HTML report of a schema (docs/report.md). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { safeRenderHtmlReport } from "../xdatenfelder/report/index.ts";
import { emit } from "./export.ts";
import { ioReason } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

export const REPORT_HELP = `Usage: fim-xoev report <schema.xml> [-o report.html] [--force]

Writes one self-contained HTML page (inline CSS and script, no network) for an XDatenfelder 2.0 or
3.0.0 Stammdatenschema or Datenfeldgruppe: the element tree (groups, fields, cardinalities,
datatypes, code lists with their values), the FIM-QS findings at their elements with the catalogue
text, the rules in readable form, and a live preview of the form that applies the rules as you type.

Options:
  -o, --output FILE     write to FILE (atomically) instead of stdout
  --force               overwrite FILE if it exists

Exit code: 0 the page was written (QS findings are in the page, not in the exit code), 1 the document
is not a readable schema or group message, 2 on usage errors or an unreadable/unwritable file.`;

export const reportCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand("report", REPORT_HELP, { output: { type: "string", short: "o" }, force: { type: "boolean" } }, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError(io, "report", "expected one schema file");
  const path = positionals[0] as string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (e) {
    io.stderr(`fim-xoev report: cannot read ${path}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const result = await safeRenderHtmlReport(bytes, { file: path });
  if (!result.success) {
    for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    return EXIT.findings;
  }
  return (await emit(io, "report", values.output, result.data, values.force === true)) ? EXIT.ok : EXIT.usage;
};
