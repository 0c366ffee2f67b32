import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { readXml } from "../core/xml/read.ts";
import * as xdf3 from "../xdatenfelder/v3/index.ts";
import { CONVERT_OPTIONS, CONVERT_USAGE, emitOutputs, runConvert } from "./convert-xdf.ts";
import { ioReason } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

export const CONVERT_HELP = `${CONVERT_USAGE}  fim-xoev convert <file.xml> --to xdf3 [--compact] [--prefix P] [-o FILE] [--force]
      For an XDatenfelder 3.0.0 input: parse → serialize with layout options (--compact: no added
      white space; --prefix: another prefix than xdf3, "" for the default namespace).

Exit code: 0 converted, 1 the input or the conversion has errors, 2 on usage errors, an unreadable input
or an output that cannot be written (then no file is written).
`;

/**
 * `convert`: an XDatenfelder 3.0.0 document written again as 3.0.0 with layout options is handled here;
 * every conversion between versions and genericode re-serialization goes to {@link runConvert}.
 */
export const convertCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand("convert", CONVERT_HELP, CONVERT_OPTIONS, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const file = positionals[0];
  const layout = values.compact === true || values.prefix !== undefined;
  if (!layout) return runConvert(values, positionals, io);
  if (values.to !== "xdf3" || file === undefined || positionals.length !== 1)
    return usageError(io, "convert", "--compact and --prefix apply to --to xdf3 of one XDatenfelder 3.0.0 input");
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch (e) {
    io.stderr(`fim-xoev convert: cannot read ${file}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const read = readXml(bytes);
  if (read.success && read.data.root.namespace !== xdf3.NAMESPACE)
    return usageError(io, "convert", "--compact and --prefix apply to --to xdf3 of an XDatenfelder 3.0.0 input");
  const parsedXml = xdf3.safeParse(bytes, { file });
  for (const d of parsedXml.diagnostics)
    if (d.severity !== "info" && (values.quiet !== true || d.severity !== "warning")) io.stderr(`${formatDiagnostic(d)}\n`);
  if (!parsedXml.success) return EXIT.findings;
  const out = xdf3.safeSerialize(parsedXml.data, {
    pretty: values.compact !== true,
    prefix: typeof values.prefix === "string" ? values.prefix : undefined,
  });
  if (!out.success) {
    for (const d of out.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    return EXIT.findings;
  }
  const force = values.force === true;
  return values.output === undefined
    ? emitOutputs(io, [], out.data, force)
    : emitOutputs(io, [{ path: values.output, data: out.data }], undefined, force);
};
