/**
 * `fim-xoev convert` — XDatenfelder 2.0 ⇄ 3.0.0 and genericode re-serialization.
 *
 *   fim-xoev convert <file.xml> --to xdf2|xdf3 [-o FILE] [options]
 *   fim-xoev convert <codelist.xml> --to genericode [--normalize] [-o FILE]
 *
 * Exit codes: 0 = converted (warnings and reported losses allowed); 1 = the input or the conversion has
 * errors; 2 = usage error or the input could not be read.
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { safeParseGenericode, serializeGenericode } from "../core/codelists/genericode.ts";
import { DirectoryCodeListProvider } from "../core/codelists/provider.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { convertXdf2ToXdf3 } from "../xdatenfelder/convert/xdf2-to-xdf3.ts";
import { convertXdf3ToXdf2 } from "../xdatenfelder/convert/xdf3-to-xdf2.ts";
import { safeParse } from "../xdatenfelder/index.ts";
import * as v2 from "../xdatenfelder/v2/index.ts";
import * as v3 from "../xdatenfelder/v3/index.ts";
import type { CliCommand, CliIo } from "./io.ts";

/** Targets of `convert` handled here. */
export const CONVERT_TARGETS = ["xdf2", "xdf3", "genericode"] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

export const CONVERT_USAGE = `Usage:
  fim-xoev convert <file.xml> --to xdf2|xdf3 [-o FILE] [options]
      Converts an XDatenfelder message between 2.0 and 3.0.0 (the version of the input is detected).
      -o, --output <file>        write the XML there instead of stdout
      --code-lists <dir>         (to xdf3) genericode files of FIM-internal code lists, which become inline werte
                                 (default: the input's folder)
      --unternummernkreis <nnn>  3-digit Unternummernkreis for IDs (default 000)
      --dokumentsteckbrief <id>  (to xdf3) Dokumentsteckbrief a schema refers to (default D99000000001)
      --no-originalwerte         (to xdf3) do not document the 2.0 values in beschreibung
      --code-list-dir <dir>      (to xdf2) where to write the genericode lists generated from inline werte
                                 (default: beside the output file; not written when writing to stdout)
      --quiet                    print no diagnostics, only errors
  fim-xoev convert <codelist.xml> --to genericode [--normalize] [-o FILE]
      Re-serializes an OASIS genericode 1.0 code list; --normalize writes the OASIS form (unqualified children)
      for a list in the FIM form.
`;

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      output: { type: "string", short: "o" },
      normalize: { type: "boolean" },
      "code-lists": { type: "string" },
      "code-list-dir": { type: "string" },
      unternummernkreis: { type: "string" },
      dokumentsteckbrief: { type: "string" },
      "no-originalwerte": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function print(io: CliIo, diagnostics: readonly Diagnostic[], quiet: boolean, file?: string): void {
  for (const d of diagnostics) {
    if (quiet && d.severity !== "error" && d.severity !== "fatal") continue;
    io.stderr(`${formatDiagnostic(d, file)}\n`);
  }
}

const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === "error" || d.severity === "fatal");

async function emit(io: CliIo, output: string | undefined, xml: string): Promise<void> {
  if (output === undefined) io.stdout(xml);
  else await writeFile(resolve(io.cwd, output), xml, "utf8");
}

/** `convert <codelist.xml> --to genericode [--normalize]`. */
export async function convertGenericode(
  input: string,
  io: CliIo,
  options: { output?: string; normalize?: boolean; quiet?: boolean } = {},
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, input));
  } catch (e) {
    io.stderr(`fim-xoev convert: cannot read ${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const r = safeParseGenericode(bytes, { file: input });
  print(io, r.diagnostics, options.quiet ?? false, input);
  if (!r.success) return 1;
  await emit(io, options.output, serializeGenericode(r.data, { normalize: options.normalize }));
  return 0;
}

/** Options of {@link convertXdf}. */
export interface ConvertXdfOptions {
  readonly output?: string;
  readonly codeLists?: string;
  readonly codeListDir?: string;
  readonly unternummernkreis?: string;
  readonly dokumentsteckbrief?: string;
  readonly originalwerte?: boolean;
  readonly quiet?: boolean;
}

/** `convert <file.xml> --to xdf2|xdf3`. A document already in the target version is re-serialized. */
export async function convertXdf(input: string, to: "xdf2" | "xdf3", io: CliIo, options: ConvertXdfOptions = {}): Promise<number> {
  const quiet = options.quiet ?? false;
  const path = resolve(io.cwd, input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    io.stderr(`fim-xoev convert: cannot read ${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const parsed = safeParse(bytes, { file: input });
  print(io, parsed.diagnostics, quiet, input);
  if (!parsed.success) return 1;
  const m = parsed.data;
  if (options.unternummernkreis !== undefined && !/^\d{3}$/.test(options.unternummernkreis)) {
    io.stderr(`fim-xoev convert: --unternummernkreis must be three digits\n`);
    return 2;
  }
  if (to === "xdf3") {
    if (m.version === "3.0.0") {
      await emit(io, options.output, v3.serialize(m.nachricht));
      return 0;
    }
    const r = await convertXdf2ToXdf3(m.nachricht, {
      codeLists: new DirectoryCodeListProvider(resolve(io.cwd, options.codeLists ?? dirname(input))),
      unternummernkreis: options.unternummernkreis,
      dokumentsteckbriefId: options.dokumentsteckbrief,
      originalwerteDoku: options.originalwerte,
      file: input,
    });
    print(io, r.diagnostics, quiet, input);
    if (!r.success) return 1;
    await emit(io, options.output, v3.serialize(r.data));
    return hasErrors(r.diagnostics) ? 1 : 0;
  }
  if (m.version === "2.0") {
    await emit(io, options.output, v2.serialize(m.nachricht));
    return 0;
  }
  const r = convertXdf3ToXdf2(m.nachricht, { unternummernkreis: options.unternummernkreis, file: input });
  print(io, r.diagnostics, quiet, input);
  if (!r.success) return 1;
  await emit(io, options.output, v2.serialize(r.data.nachricht));
  const lists = r.data.codeListen;
  if (lists.length > 0) {
    const dir = options.codeListDir ?? (options.output === undefined ? undefined : dirname(options.output));
    if (dir === undefined) {
      io.stderr(
        `fim-xoev convert: ${lists.length} code list(s) generated from inline werte were not written (use -o or --code-list-dir)\n`,
      );
    } else {
      for (const l of lists) {
        const name = `${l.identification.canonicalUri.replace(/[^A-Za-z0-9._-]+/g, "_")}_${l.identification.version}_genericode.xml`;
        await writeFile(join(resolve(io.cwd, dir), name), serializeGenericode(l), "utf8");
      }
    }
  }
  return 0;
}

/** The `convert` command for these targets; another target is a usage error (exit 2). */
export const convertXdfCommand: CliCommand = async (argv, io) => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`fim-xoev convert: ${e instanceof Error ? e.message : String(e)}\n${CONVERT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  const [input, ...extra] = positionals;
  const to = values.to;
  if (input === undefined || extra.length > 0 || to === undefined || !(CONVERT_TARGETS as readonly string[]).includes(to)) {
    io.stderr(`fim-xoev convert: expected one input file and --to ${CONVERT_TARGETS.join("|")}\n${CONVERT_USAGE}`);
    return 2;
  }
  if (to === "genericode") return convertGenericode(input, io, { output: values.output, normalize: values.normalize, quiet: values.quiet });
  if (values.normalize === true) {
    io.stderr(`fim-xoev convert: --normalize applies to --to genericode only\n`);
    return 2;
  }
  return convertXdf(input, to as "xdf2" | "xdf3", io, {
    output: values.output,
    codeLists: values["code-lists"],
    codeListDir: values["code-list-dir"],
    unternummernkreis: values.unternummernkreis,
    dokumentsteckbrief: values.dokumentsteckbrief,
    originalwerte: values["no-originalwerte"] === true ? false : undefined,
    quiet: values.quiet,
  });
};
