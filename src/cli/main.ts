#!/usr/bin/env node
/** The `fim-xoev` command line. */
import { getLocale, setLocale } from "../core/diagnostics/create.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, VERSION } from "./options.ts";

/**
 * The commands, each loaded when it runs: `fim-xoev --version` or `validate` does not load the modules of
 * `submission` (jose), `report`, `export` and the rest (start-up is a third of a small batch's time otherwise).
 */
const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  validate: async () => (await import("./validate.ts")).validateCommand,
  check: async () => (await import("./check.ts")).checkCommand,
  convert: async () => (await import("./convert.ts")).convertCommand,
  inspect: async () => (await import("./inspect.ts")).inspectCommand,
  format: async () => (await import("./format.ts")).formatCommand,
  leika: async () => (await import("./leika.ts")).leikaCommand,
  export: async () => (await import("./export.ts")).exportCommand,
  fachdaten: async () => (await import("./fachdaten.ts")).fachdatenCommand,
  xprozess: async () => (await import("./xprozess.ts")).xprozessCommand,
  regeln: async () => (await import("./regeln.ts")).regelnCommand,
  catalog: async () => (await import("./catalog.ts")).catalogCommand,
  submission: async () => (await import("./submission.ts")).submissionCommand,
  report: async () => (await import("./report.ts")).reportCommand,
  schemas: async () => (await import("./schemas.ts")).schemasCommand,
};

export const HELP = `Usage: fim-xoev <command> [options]

Commands:
  validate <files|dirs>... [--schemas DIR | --no-xsd] [--format text|json]   xml → detect → xsd → model → rules
  check <files|dirs>... [--format text|json|junit|sarif] [--fail-on error|warning] [--codelists DIR]
                                                                   model rules (FIM quality checks, XZuFi, XProzess)
  convert <file> --to xdf2|xdf3|genericode|<standard id> [-o FILE] [--force]   convert between versions, or write again
  inspect <file> [--depth N] [--format text|json]                  id, counts and outline
  format <file> [-o FILE] [--force]                                read into the typed model and write it back
  leika import <csv> --to xzufi-2.2|xzufi-2.3 [-o FILE] [--force]  LeiKa catalogue → XZuFi transfer message
  leika key <key> [--json] [--catalog FILE]                        explain a key, look it up in a catalogue
  export <schema.xml> --to json-schema|xsd|ts [-o FILE] [--unversioned-ids] [--codelists DIR]   form schemas
  fachdaten sample <schema.xml> [--format json|xml] [-o FILE]      a valid sample data set
  fachdaten validate <schema.xml> <data.json|data.xml>             validate Fachdaten (exit 1 invalid)
  fachdaten convert <schema.xml> <data> --to json|xml [-o FILE]    Fachdaten JSON ↔ XML
  xprozess files|inspect|validate <file> [-o DIR] [--schemas DIR]  XProzess: embedded files, summary, structure
  regeln <schema.xml> [--format text|json]                         rules → effects, conditions, outcome
  catalog <dir>... [--key KEY] [--gaps] [--format text|json]       one catalogue across LeiKa, XZuFi, XDF, XProzess
  submission create --schema S.xml --data D [--attachment F[:MIME]]... [--leika KEY] -o DIR [--encrypt-to JWK]
  submission verify DIR [--schema S.xml] [--key private.jwk]       FIT-Connect package: build / check
  report <schema.xml> [-o report.html] [--force]                   self-contained HTML report with live form preview
  schemas list|add|verify|path [--cache-dir DIR]                   cache of the official schema sets

Every command takes --help, --version, --locale de|en and --quiet.
Exit codes (every command): 0 all good, 1 findings, 2 usage error or I/O problem.
Run 'fim-xoev <command> --help' for a command's options.`;

/** Runs the CLI with arguments (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    io.stderr(`fim-xoev: unknown command '${name}'\n${HELP}\n`);
    return EXIT.usage;
  }
  // --locale sets the diagnostics locale for the command; the caller's is restored afterwards
  const locale = getLocale();
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    io.stderr(`fim-xoev ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  } finally {
    setLocale(locale);
  }
}

/**
 * The process's streams. A closed reader (`fim-xoev check … | head -1`) makes a write fail with EPIPE: from
 * then on that stream's output is dropped, the command finishes and exits with its own code, quietly.
 */
export function processIo(): CliIo {
  const closed = { stdout: false, stderr: false };
  for (const name of ["stdout", "stderr"] as const) {
    process[name].on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      closed[name] = true;
    });
  }
  const write = (name: "stdout" | "stderr", s: string) => {
    if (closed[name]) return;
    try {
      process[name].write(s);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
      closed[name] = true;
    }
  };
  return {
    stdout: (s) => write("stdout", s),
    stderr: (s) => write("stderr", s),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
