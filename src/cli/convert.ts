import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { readXml } from "../core/xml/read.ts";
import * as xdf3 from "../xdatenfelder/v3/index.ts";
import { CONVERT_USAGE, convertXdfCommand } from "./convert-xdf.ts";
import type { CliCommand } from "./io.ts";

export const CONVERT_HELP = `${CONVERT_USAGE}  fim-xoev convert <file.xml> --to xdf3 [--compact] [--prefix P] [-o FILE]
      For an XDatenfelder 3.0.0 input: parse → serialize with layout options (--compact: no added
      white space; --prefix: another prefix than xdf3, "" for the default namespace).
`;

/**
 * `convert`: an XDatenfelder 3.0.0 document written again as 3.0.0 with layout options is handled here;
 * every conversion between versions and genericode re-serialization goes to {@link convertXdfCommand}.
 */
export const convertCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: {
      to: { type: "string" },
      output: { type: "string", short: "o" },
      compact: { type: "boolean", default: false },
      prefix: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true) {
    io.stdout(CONVERT_HELP);
    return 0;
  }
  const file = positionals[0];
  const layout = values.compact === true || values.prefix !== undefined;
  if (values.to !== "xdf3" || typeof file !== "string" || positionals.length !== 1 || !layout || !isXdf3(file, io.cwd)) {
    if (layout && values.to !== "xdf3") {
      io.stderr("fim-xoev convert: --compact and --prefix apply to --to xdf3 of an XDatenfelder 3.0.0 input\n");
      return 2;
    }
    return convertXdfCommand(argv, io);
  }
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
  const out = xdf3.safeSerialize(parsed.data, {
    pretty: values.compact !== true,
    prefix: typeof values.prefix === "string" ? values.prefix : undefined,
  });
  if (!out.success) {
    for (const d of out.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  if (typeof values.output === "string") writeFileSync(resolve(io.cwd, values.output), out.data);
  else io.stdout(out.data);
  return 0;
};

function isXdf3(file: string, cwd: string): boolean {
  try {
    const head = readFileSync(resolve(cwd, file));
    const read = readXml(head);
    return read.success && read.data.root.namespace === xdf3.NAMESPACE;
  } catch {
    return false;
  }
}
