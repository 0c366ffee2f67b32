#!/usr/bin/env node
import { checkCommand } from "./check.ts";
/** The `fim-xoev` command line. */
import { convertCommand } from "./convert.ts";
import { inspectCommand } from "./inspect.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { leikaCommand } from "./leika.ts";
import { validateCommand } from "./validate.ts";
import { xprozessCommand } from "./xprozess.ts";

const COMMANDS: Readonly<Record<string, CliCommand>> = {
  validate: validateCommand,
  check: checkCommand,
  convert: convertCommand,
  inspect: inspectCommand,
  leika: leikaCommand,
  xprozess: xprozessCommand,
};

export const HELP = `Usage: fim-xoev <command> [options]

Commands:
  validate <files|dirs>... [--schemas DIR] [--format text|json]   xml → detect → xsd → model
  convert <file> --to xdf2|xdf3|genericode [-o FILE]               convert between versions, or write again
  check <files|dirs>... [--format text|json|junit|sarif] [--fail-on error|warning]   FIM quality checks
  inspect <file>                                                   id, counts and outline
  leika import <csv> --to xzufi-2.2|xzufi-2.3 [-o FILE]            LeiKa catalogue → XZuFi transfer message
  leika key <key>                                                  explain a Leistungsschlüssel
  xprozess files|inspect|validate <file> [-o DIR] [--schemas DIR]  XProzess: embedded files, summary, structure

Run 'fim-xoev <command> --help' for a command's options.`;

/** Runs the CLI with arguments (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`fim-xoev: unknown command '${name}'\n${HELP}\n`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    io.stderr(`fim-xoev ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

export function processIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}
