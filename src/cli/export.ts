/**
 * `fim-xoev export <schema.xml> --to json-schema|xsd|ts`: the form schemas of a Stammdatenschema (or a
 * Datenfeldgruppe), XDatenfelder 3.0.0 or 2.0 (converted first). Shared with `fachdaten`: {@link loadForm}.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { DirectoryCodeListProvider, InMemoryCodeListProvider } from "../core/codelists/provider.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { convertXdf2ToXdf3 } from "../xdatenfelder/convert/index.ts";
import { type Form, type FormOptions, jsonSchemaText, safeBuildForm, toFachdatenXsd, toTypeScript } from "../xdatenfelder/forms/index.ts";
import { safeParse } from "../xdatenfelder/index.ts";
import type { Datenfeldgruppe, Stammdatenschema } from "../xdatenfelder/v3/model.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";
import { writeFilesAtomic } from "./write.ts";

export const EXPORT_USAGE = `Usage: fim-xoev export <schema.xml> --to json-schema|xsd|ts [options]
  Form schemas for the Fachdaten of a Stammdatenschema (0102) or Datenfeldgruppe (0103), XDatenfelder 3.0.0
  or 2.0 (converted to 3.0.0 first).
  --to json-schema      JSON Schema (Draft 2020-12)
  --to xsd              Fachdaten XSD (XFall-Daten style)
  --to ts               TypeScript module: zod schemas and inferred types
  -o, --output FILE     write to FILE (atomically) instead of stdout
  --force               overwrite FILE if it exists
  --unversioned-ids     name elements F60000000227 instead of F60000000227V1.1.0
  --codelists DIR       genericode files for code-list references (else: plain strings, with a warning)
  --namespace URI       target namespace of the XSD (default urn:fim-de:xfall:datenschema:xdf3)
  --locale de|en        language of the messages, also in the TypeScript module (default en)
  -q, --quiet           print errors only
Exit codes: 0 written, 1 the schema has errors, 2 usage or I/O error.
`;

/** Options of {@link loadForm}. */
export interface LoadFormOptions {
  readonly unversionedIds?: boolean;
  readonly codeLists?: string;
  readonly quiet?: boolean;
  /** The command name for messages. */
  readonly command: string;
  /** Called with the (3.0.0, converted when 2.0) schema or group the form was built from, and the form options used. */
  readonly onSource?: (source: Stammdatenschema | Datenfeldgruppe, formOptions: FormOptions) => void;
}

function print(io: CliIo, diagnostics: readonly Diagnostic[], quiet: boolean, file?: string): void {
  for (const d of diagnostics) {
    if (d.severity === "info" || (quiet && d.severity === "warning")) continue;
    io.stderr(`${formatDiagnostic(d, file)}\n`);
  }
}

/** Reads a schema file into a form model; a number is the exit code when that failed (1 schema errors, 2 I/O). */
export async function loadForm(input: string, io: CliIo, options: LoadFormOptions): Promise<Form | number> {
  const quiet = options.quiet ?? false;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, input));
  } catch (e) {
    io.stderr(`fim-xoev ${options.command}: cannot read ${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let codeLists: InMemoryCodeListProvider | undefined;
  if (options.codeLists !== undefined) {
    try {
      const loaded = await new DirectoryCodeListProvider(resolve(io.cwd, options.codeLists)).load();
      print(io, loaded.diagnostics, true);
      codeLists = new InMemoryCodeListProvider(loaded.documents);
    } catch (e) {
      io.stderr(`fim-xoev ${options.command}: cannot read ${options.codeLists}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const parsed = safeParse(bytes, { file: input });
  print(io, parsed.diagnostics, quiet, input);
  if (!parsed.success) return 1;
  let n = parsed.data.version === "3.0.0" ? parsed.data.nachricht : undefined;
  if (parsed.data.version === "2.0") {
    const c = await convertXdf2ToXdf3(parsed.data.nachricht, {
      codeLists: new DirectoryCodeListProvider(resolve(io.cwd, options.codeLists ?? dirname(input))),
      file: input,
    });
    print(io, c.diagnostics, true, input);
    if (!c.success) return 1;
    n = c.data;
  }
  if (n === undefined) return 1;
  const source =
    n.kind === "xdatenfelder.stammdatenschema.0102"
      ? n.stammdatenschema
      : n.kind === "xdatenfelder.datenfeldgruppe.0103"
        ? n.datenfeldgruppe
        : undefined;
  if (source === undefined) {
    io.stderr(`fim-xoev ${options.command}: ${input} is ${n.kind}, expected a Stammdatenschema (0102) or a Datenfeldgruppe (0103)\n`);
    return 2;
  }
  const formOptions: FormOptions = {
    ...(options.unversionedIds === true && { unversionedIds: true }),
    ...(codeLists !== undefined && { codeLists }),
  };
  const form = safeBuildForm(source, formOptions);
  print(io, form.diagnostics, quiet, input);
  if (!form.success) return 1;
  options.onSource?.(source, formOptions);
  return form.data;
}

/** Writes to `-o FILE` (atomically; an existing file only with `force`) or stdout; false (after a message) when it cannot. */
export async function emit(io: CliIo, command: string, output: string | undefined, text: string, force = false): Promise<boolean> {
  if (output === undefined) {
    io.stdout(text);
    return true;
  }
  const failed = writeFilesAtomic([{ path: output, data: text }], { force, cwd: io.cwd });
  if (failed === undefined) return true;
  io.stderr(`fim-xoev ${command}: ${failed.message}\n`);
  return false;
}

export const exportCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "export",
    EXPORT_USAGE,
    {
      to: { type: "string" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      "unversioned-ids": { type: "boolean" },
      codelists: { type: "string" },
      namespace: { type: "string" },
    },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const to = values.to;
  const locale = values.locale ?? "en";
  if (positionals.length !== 1 || (to !== "json-schema" && to !== "xsd" && to !== "ts") || (locale !== "de" && locale !== "en"))
    return usageError(io, "export", "expected one schema file and --to json-schema|xsd|ts");
  const form = await loadForm(positionals[0] as string, io, {
    command: "export",
    unversionedIds: values["unversioned-ids"] === true,
    ...(typeof values.codelists === "string" && { codeLists: values.codelists }),
    quiet: values.quiet === true,
  });
  if (typeof form === "number") return form;
  const text =
    to === "json-schema"
      ? jsonSchemaText(form)
      : to === "xsd"
        ? toFachdatenXsd(form, typeof values.namespace === "string" ? { namespace: values.namespace } : {})
        : toTypeScript(form, { locale });
  return (await emit(io, "export", values.output, text, values.force === true)) ? EXIT.ok : EXIT.usage;
};
