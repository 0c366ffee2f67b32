import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import * as xdf3 from "../xdatenfelder/v3/index.ts";
import type { CliCommand } from "./io.ts";

export const CONVERT_HELP = `Usage: fim-xoev convert <file> --to xdf3 [-o FILE] [--compact] [--prefix P]

Parses the document and writes it again (parse → serialize): --to xdf3 for XDatenfelder 3.0.0.
Writes to stdout unless -o is given.`;

export const convertCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      output: { type: "string", short: "o" },
      compact: { type: "boolean", default: false },
      prefix: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true || positionals.length !== 1 || values.to === undefined) {
    io.stdout(`${CONVERT_HELP}\n`);
    return values.help === true ? 0 : 2;
  }
  if (values.to !== "xdf3") {
    io.stderr(`fim-xoev convert: unsupported target --to ${values.to} (supported: xdf3)\n`);
    return 2;
  }
  const file = positionals[0] as string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch {
    io.stderr(`fim-xoev convert: cannot read ${file}\n`);
    return 2;
  }
  const parsed = xdf3.safeParse(bytes, { file });
  for (const d of parsed.diagnostics) if (d.severity !== "info") io.stderr(`${formatDiagnostic(d)}\n`);
  if (!parsed.success) return 1;
  const out = xdf3.safeSerialize(parsed.data, { pretty: !values.compact, prefix: values.prefix });
  if (!out.success) {
    for (const d of out.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  if (values.output !== undefined) writeFileSync(resolve(io.cwd, values.output), out.data);
  else io.stdout(out.data);
  return 0;
};
