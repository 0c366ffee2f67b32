/**
 * What every `fim-xoev` command shares: option parsing (`node:util` `parseArgs`, strict: an unknown option is
 * a usage error), the common options `--help`, `--version`, `--locale de|en` and `--quiet`, and the exit codes.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { setLocale } from "../core/diagnostics/create.ts";
import type { CliIo } from "./io.ts";

/** The version of the package, read from package.json when the CLI is built (so `dist/cli.mjs` carries it). */
export const VERSION: string = packageJson.version;

/**
 * Exit codes, the same in every command: 0 = everything is fine; 1 = findings (a document is invalid, fails
 * the policy or could not be converted); 2 = usage error or I/O problem (an unknown option, a file that cannot
 * be read or written, no input found). 2 wins over 1 when a batch has both.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** The options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  locale: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const satisfies OptionsConfig;

/** Help text of the common options, appended to every command's help. */
export const COMMON_HELP = `Common options:
  -h, --help            show this help
  -V, --version         print the version of fim-xoev
  --locale <de|en>      language of the messages (default en)
  -q, --quiet           no progress line, no summary, no notes (the report itself is still written)`;

type Parsed<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof COMMON_OPTIONS; allowPositionals: true; strict: true }>
>;

/**
 * Parses a command's arguments with its options plus the common ones. Returns the exit code instead when
 * nothing more is to be done: `--help` / `--version` (0, printed on stdout), an unknown option, a missing
 * value or an unknown `--locale` (2, message on stderr). A valid `--locale` is set for the diagnostics made
 * from here on.
 */
export function parseCommand<const O extends OptionsConfig>(
  command: string,
  help: string,
  options: O,
  argv: readonly string[],
  io: CliIo,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, ...COMMON_OPTIONS },
      allowPositionals: true,
      strict: true,
    }) as Parsed<O>;
  } catch (e) {
    return usageError(io, command, e instanceof Error ? e.message : String(e));
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help === true) {
    io.stdout(`${help.trimEnd()}\n\n${COMMON_HELP}\n`);
    return EXIT.ok;
  }
  if (values.version === true) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const locale = values.locale;
  if (locale !== undefined) {
    if (locale !== "de" && locale !== "en") return usageError(io, command, `unknown --locale ${String(locale)} (de or en)`);
    setLocale(locale);
  }
  return parsed;
}

/** Prints a usage error (with the hint to `--help`) and returns exit code 2. */
export function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`fim-xoev ${command}: ${message}\nRun 'fim-xoev ${command} --help' for the options.\n`);
  return EXIT.usage;
}

/** Splits repeatable, comma-separated option values (`--disable 1022 --disable 1006,1101`) into one list. */
export function splitList(values: readonly string[] | string | undefined): string[] {
  const all = values === undefined ? [] : typeof values === "string" ? [values] : values;
  return all
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Levenshtein distance (small inputs: option values). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The known value nearest to an unknown one (for "did you mean" in usage errors). */
export function nearest(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = distance(value.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
