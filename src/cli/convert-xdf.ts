/**
 * `fim-xoev convert` — XDatenfelder 2.0 ⇄ 3.0.0 and genericode re-serialization.
 *
 *   fim-xoev convert <file.xml> --to xdf2|xdf3 [-o FILE] [options]
 *   fim-xoev convert <codelist.xml> --to genericode [--normalize] [-o FILE]
 *
 * Exit codes: 0 = converted (warnings and reported losses allowed); 1 = the input or the conversion has
 * errors; 2 = usage error, the input could not be read or an output could not be written (then none is).
 *
 * Files are written atomically and all-or-nothing (see `write.ts`); an existing file is overwritten only
 * with `--force`.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { safeParseGenericode, serializeGenericode } from "../core/codelists/genericode.ts";
import { DirectoryCodeListProvider } from "../core/codelists/provider.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { type StandardDescriptor, standardName } from "../core/standard/descriptor.ts";
import { STANDARDS, standardById } from "../registry.ts";
import { convertXdf2ToXdf3 } from "../xdatenfelder/convert/xdf2-to-xdf3.ts";
import { convertXdf3ToXdf2 } from "../xdatenfelder/convert/xdf3-to-xdf2.ts";
import { safeParse } from "../xdatenfelder/index.ts";
import * as v2 from "../xdatenfelder/v2/index.ts";
import * as v3 from "../xdatenfelder/v3/index.ts";
import { ioReason } from "./files.ts";
import { readRegistered, writeModel } from "./format.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";
import { type OutputFile, writeFilesAtomic } from "./write.ts";

/** Targets of `convert` handled here. */
export const CONVERT_TARGETS = ["xdf2", "xdf3", "genericode"] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

export const CONVERT_USAGE = `Usage:
  fim-xoev convert <file.xml> --to xdf2|xdf3 [-o FILE] [options]
      Converts an XDatenfelder message between 2.0 and 3.0.0 (the version of the input is detected).
      -o, --output <file>        write the XML there instead of stdout
      --force                    overwrite existing files (without it, an existing output is refused)
      --code-lists <dir>         (to xdf3) genericode files of FIM-internal code lists, which become inline werte
                                 (default: the input's folder)
      --unternummernkreis <nnn>  3-digit Unternummernkreis for IDs (default 000)
      --dokumentsteckbrief <id>  (to xdf3) Dokumentsteckbrief a schema refers to (default D99000000001)
      --no-originalwerte         (to xdf3) do not document the 2.0 values in beschreibung
      --code-list-dir <dir>      (to xdf2) where to write the genericode lists generated from inline werte
                                 (default: beside the output file; not written when writing to stdout)
      -q, --quiet                print no diagnostics, only errors
  fim-xoev convert <codelist.xml> --to genericode [--normalize] [-o FILE] [--force]
      Re-serializes an OASIS genericode 1.0 code list; --normalize writes the OASIS form (unqualified children)
      for a list in the FIM form.
  fim-xoev convert <file.xml> --to <standard id> [-o FILE] [--force]
      For a document of that registered standard and version (xzufi-2.3.1, xprozess-2.0, …): written again, as
      'fim-xoev format' does. Between other standards or versions there is no conversion (exit 1).
`;

/** The options of `convert` (every target; `--compact` and `--prefix` belong to the layout form, `convert.ts`). */
export const CONVERT_OPTIONS = {
  to: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  normalize: { type: "boolean" },
  "code-lists": { type: "string" },
  "code-list-dir": { type: "string" },
  unternummernkreis: { type: "string" },
  dokumentsteckbrief: { type: "string" },
  "no-originalwerte": { type: "boolean" },
  compact: { type: "boolean" },
  prefix: { type: "string" },
} as const;

function print(io: CliIo, diagnostics: readonly Diagnostic[], quiet: boolean, file?: string): void {
  for (const d of diagnostics) {
    if (quiet && d.severity !== "error" && d.severity !== "fatal") continue;
    io.stderr(`${formatDiagnostic(d, file)}\n`);
  }
}

const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === "error" || d.severity === "fatal");

/**
 * Writes the outputs of one conversion: the files all-or-nothing (atomically, refused over existing files
 * without `force`), then what goes to stdout. Exit code 2 when the files could not be written.
 */
export function emitOutputs(io: CliIo, files: readonly OutputFile[], stdout: string | undefined, force: boolean): number {
  if (files.length > 0) {
    const failed = writeFilesAtomic(files, { force, cwd: io.cwd });
    if (failed !== undefined) {
      io.stderr(`fim-xoev convert: ${failed.message}\n`);
      return EXIT.usage;
    }
  }
  if (stdout !== undefined) io.stdout(stdout);
  return EXIT.ok;
}

function emit(io: CliIo, output: string | undefined, xml: string, force: boolean): number {
  return output === undefined ? emitOutputs(io, [], xml, force) : emitOutputs(io, [{ path: output, data: xml }], undefined, force);
}

/** `convert <codelist.xml> --to genericode [--normalize]`. */
export async function convertGenericode(
  input: string,
  io: CliIo,
  options: { output?: string | undefined; normalize?: boolean | undefined; quiet?: boolean | undefined; force?: boolean | undefined } = {},
): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, input));
  } catch (e) {
    io.stderr(`fim-xoev convert: cannot read ${input}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const r = safeParseGenericode(bytes, { file: input });
  print(io, r.diagnostics, options.quiet ?? false, input);
  if (!r.success) return EXIT.findings;
  return emit(io, options.output, serializeGenericode(r.data, { normalize: options.normalize }), options.force === true);
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
  /** Overwrite existing files. */
  readonly force?: boolean;
}

/** `convert <file.xml> --to xdf2|xdf3`. A document already in the target version is re-serialized. */
export async function convertXdf(input: string, to: "xdf2" | "xdf3", io: CliIo, options: ConvertXdfOptions = {}): Promise<number> {
  const quiet = options.quiet ?? false;
  const force = options.force ?? false;
  const path = resolve(io.cwd, input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    io.stderr(`fim-xoev convert: cannot read ${input}: ${ioReason(e)}\n`);
    return EXIT.usage;
  }
  const parsed = safeParse(bytes, { file: input });
  print(io, parsed.diagnostics, quiet, input);
  if (!parsed.success) return EXIT.findings;
  const m = parsed.data;
  if (options.unternummernkreis !== undefined && !/^\d{3}$/.test(options.unternummernkreis))
    return usageError(io, "convert", "--unternummernkreis must be three digits");
  if (to === "xdf3") {
    if (m.version === "3.0.0") return emit(io, options.output, v3.serialize(m.nachricht), force);
    const r = await convertXdf2ToXdf3(m.nachricht, {
      codeLists: new DirectoryCodeListProvider(resolve(io.cwd, options.codeLists ?? dirname(input))),
      unternummernkreis: options.unternummernkreis,
      dokumentsteckbriefId: options.dokumentsteckbrief,
      originalwerteDoku: options.originalwerte,
      file: input,
    });
    print(io, r.diagnostics, quiet, input);
    if (!r.success) return EXIT.findings;
    const code = emit(io, options.output, v3.serialize(r.data), force);
    return code !== EXIT.ok ? code : hasErrors(r.diagnostics) ? EXIT.findings : EXIT.ok;
  }
  if (m.version === "2.0") return emit(io, options.output, v2.serialize(m.nachricht), force);
  const r = convertXdf3ToXdf2(m.nachricht, { unternummernkreis: options.unternummernkreis, file: input });
  print(io, r.diagnostics, quiet, input);
  if (!r.success) return EXIT.findings;
  const xml = v2.serialize(r.data.nachricht);
  const files: OutputFile[] = options.output === undefined ? [] : [{ path: options.output, data: xml }];
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
        files.push({ path: join(resolve(io.cwd, dir), name), data: serializeGenericode(l) });
      }
    }
  }
  return emitOutputs(io, files, options.output === undefined ? xml : undefined, force);
}

/**
 * `convert <file> --to <standard id>` (e.g. `xzufi-2.3.1`, `xprozess-2.0`): a document of that standard and
 * version is written again (as `format` does); the library has no converter between other pairs, which is said
 * and exits 1 (XDatenfelder 2.0 ⇄ 3.0.0 are `--to xdf2|xdf3`).
 */
export async function convertToStandard(
  input: string,
  target: StandardDescriptor,
  io: CliIo,
  options: { output?: string | undefined; quiet?: boolean | undefined; force?: boolean | undefined } = {},
): Promise<number> {
  const read = readRegistered("convert", input, io, options.quiet === true);
  if (typeof read === "number") return read;
  if (read.standard.id !== target.id) {
    const hint = read.standard.label === "XDatenfelder" && target.label === "XDatenfelder" ? " (use --to xdf2 or --to xdf3)" : "";
    io.stderr(
      `fim-xoev convert: ${input}: no conversion from ${standardName(read.standard)} to ${standardName(target)} in fim-xoev${hint}\n`,
    );
    return EXIT.findings;
  }
  return writeModel("convert", io, input, read.standard, read.model, options.output, options.force === true);
}

/** `convert` once its options are parsed: checks them and runs the conversion for `--to`. */
export async function runConvert(
  values: { readonly [K in keyof typeof CONVERT_OPTIONS]?: (typeof CONVERT_OPTIONS)[K]["type"] extends "boolean" ? boolean : string } & {
    readonly quiet?: boolean | undefined;
  },
  positionals: readonly string[],
  io: CliIo,
): Promise<number> {
  const [input, ...extra] = positionals;
  const to = values.to;
  const target = to === undefined ? undefined : standardById(to);
  if (
    input === undefined ||
    extra.length > 0 ||
    to === undefined ||
    (!(CONVERT_TARGETS as readonly string[]).includes(to) && target === undefined)
  )
    return usageError(
      io,
      "convert",
      `expected one input file and --to ${CONVERT_TARGETS.join("|")} or a standard id (${STANDARDS.map((d) => d.id).join(", ")})`,
    );
  if (target !== undefined && !(CONVERT_TARGETS as readonly string[]).includes(to)) {
    if (values.compact === true || values.prefix !== undefined || values.normalize === true)
      return usageError(io, "convert", "--compact, --prefix and --normalize do not apply to --to <standard id>");
    return convertToStandard(input, target, io, { output: values.output, quiet: values.quiet, force: values.force === true });
  }
  if (values.compact === true || values.prefix !== undefined)
    return usageError(io, "convert", "--compact and --prefix apply to --to xdf3 of an XDatenfelder 3.0.0 input");
  const force = values.force === true;
  if (to === "genericode")
    return convertGenericode(input, io, { output: values.output, normalize: values.normalize, quiet: values.quiet, force });
  if (values.normalize === true) return usageError(io, "convert", "--normalize applies to --to genericode only");
  return convertXdf(input, to as "xdf2" | "xdf3", io, {
    output: values.output,
    codeLists: values["code-lists"],
    codeListDir: values["code-list-dir"],
    unternummernkreis: values.unternummernkreis,
    dokumentsteckbrief: values.dokumentsteckbrief,
    originalwerte: values["no-originalwerte"] === true ? false : undefined,
    quiet: values.quiet,
    force,
  });
}

/** The `convert` command for these targets; another target is a usage error (exit 2). */
export const convertXdfCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand("convert", CONVERT_USAGE, CONVERT_OPTIONS, argv, io);
  if (typeof parsed === "number") return parsed;
  return runConvert(parsed.values, parsed.positionals, io);
};
