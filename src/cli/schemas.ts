/**
 * `fim-xoev schemas list|add|verify|path` — the per-user cache of official schema sets
 * (`core/validation/schema-cache.ts`), used by `validate`, the API and the test matchers when no schema root is
 * configured.
 *
 * Exit codes: 0 = done; 1 = `add` refused files or added nothing, `verify` found a changed file; 2 = usage error
 * or a source that cannot be read.
 */
import { join } from "node:path";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { SCHEMA_CACHE_ENV_VAR, safeAddSchemas, safeListSchemaCache, safeVerifySchemaCache } from "../core/validation/schema-cache.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

export const SCHEMAS_HELP = `Usage: fim-xoev schemas <list|add|verify|path> [options]

The per-user cache of official schema sets. validate, the library's validate() and the test matchers use it
when neither --schemas nor $FIM_XOEV_SCHEMAS names a schema folder.

  fim-xoev schemas list [--json]                   the catalogue's sets, whether cached, where published
  fim-xoev schemas add <folder|zip|url> [--trust] [--set ID] [--max-size BYTES]
                                                   add the sets found in a folder, a zip (as XRepository
                                                   serves them) or an http(s) URL; every file is checked
                                                   against the SHA-256 of the known releases
  fim-xoev schemas verify [--json]                 recompute the SHA-256 of every cached file
  fim-xoev schemas path [ID]                       print the cache folder (or a set's folder in it)

Options:
  --cache-dir <dir>     the cache folder (default: $${SCHEMA_CACHE_ENV_VAR}, else $XDG_CACHE_HOME/fim-xoev/schemas,
                        else ~/.cache/fim-xoev/schemas)
  --trust               add .xsd files no known release has (e.g. a newer release); they go to the folder of
                        the set named by --set or by their target namespace and are marked as trusted
  --set <id>            the catalogue set to add (e.g. xdatenfelder-3.0.0, xzufi-2.3.1)
  --max-size <bytes>    largest download / sum of schema files taken from one source (default 67108864)
  --json                machine-readable output (list, verify)

Exit code: 0 done, 1 add refused files or added nothing / verify found a changed or missing file,
2 usage error or a source that cannot be read.`;

const OPTIONS = {
  "cache-dir": { type: "string" },
  trust: { type: "boolean" },
  set: { type: "string" },
  "max-size": { type: "string" },
  json: { type: "boolean" },
} as const;

const printDiagnostics = (io: CliIo, ds: readonly Diagnostic[]) => {
  for (const d of ds) io.stderr(`${formatDiagnostic(d)}\n`);
};

/** `fim-xoev schemas …` */
export const schemasCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand("schemas", SCHEMAS_HELP, OPTIONS, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [sub, ...args] = positionals;
  const dirOptions = { env: io.env, cwd: io.cwd, ...(values["cache-dir"] !== undefined && { cacheDir: values["cache-dir"] }) };
  const quiet = values.quiet === true;
  switch (sub) {
    case "path": {
      if (args.length > 1) return usageError(io, "schemas", "path takes at most one set id");
      const listing = safeListSchemaCache(dirOptions);
      if (!listing.success) {
        printDiagnostics(io, listing.diagnostics);
        return EXIT.usage;
      }
      if (args[0] === undefined) {
        io.stdout(`${listing.data.cacheDir}\n`);
        return EXIT.ok;
      }
      const set = listing.data.sets.find((s) => s.id === args[0]);
      if (set === undefined) return usageError(io, "schemas", `unknown set '${args[0]}' (see 'fim-xoev schemas list')`);
      io.stdout(`${set.directory}\n`);
      return set.cached === undefined ? EXIT.findings : EXIT.ok;
    }
    case "list": {
      if (args.length > 0) return usageError(io, "schemas", "list takes no arguments");
      const listing = safeListSchemaCache(dirOptions);
      if (!listing.success) {
        printDiagnostics(io, listing.diagnostics);
        return EXIT.usage;
      }
      if (values.json === true) {
        io.stdout(`${JSON.stringify(listing.data, null, 2)}\n`);
        return EXIT.ok;
      }
      io.stdout(`cache: ${listing.data.cacheDir}\n`);
      for (const s of listing.data.sets) {
        const state =
          s.cached === undefined ? "not cached" : `cached${s.cached.trusted ? " (trusted, unknown release)" : ""} from ${s.cached.source}`;
        io.stdout(`${s.id.padEnd(20)} ${`${s.standard} ${s.version}`.padEnd(20)} ${state}\n`);
        io.stdout(`${"".padEnd(20)} published: ${s.published ?? "unknown"}${s.checksums ? "" : " (no checksums known)"}\n`);
      }
      return EXIT.ok;
    }
    case "verify": {
      if (args.length > 0) return usageError(io, "schemas", "verify takes no arguments");
      const result = await safeVerifySchemaCache(dirOptions);
      const sets = result.data ?? [];
      if (values.json === true) io.stdout(`${JSON.stringify({ sets, diagnostics: result.diagnostics }, null, 2)}\n`);
      else {
        printDiagnostics(io, result.diagnostics);
        for (const s of sets) io.stdout(`${s.id}: ${s.intact ? "ok" : "CHANGED"} (${s.files} files${s.trusted ? ", trusted" : ""})\n`);
        if (sets.length === 0 && result.success && !quiet) io.stderr("the schema cache holds no set\n");
      }
      if (!result.success) return result.data === undefined ? EXIT.usage : EXIT.findings;
      return EXIT.ok;
    }
    case "add": {
      const [source, ...extra] = args;
      if (source === undefined) return usageError(io, "schemas", "add needs a folder, zip file or http(s) URL");
      if (extra.length > 0) return usageError(io, "schemas", "add takes one source");
      let maxBytes: number | undefined;
      if (values["max-size"] !== undefined) {
        maxBytes = Number(values["max-size"]);
        if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) return usageError(io, "schemas", "--max-size must be a positive integer");
      }
      const result = await safeAddSchemas(source, {
        ...dirOptions,
        trust: values.trust === true,
        ...(values.set !== undefined && { set: values.set }),
        ...(maxBytes !== undefined && { maxBytes }),
      });
      if (!quiet || !result.success) printDiagnostics(io, result.diagnostics);
      // read but nothing added: a finding (1); not readable at all: 2
      if (!result.success) return result.data !== undefined ? EXIT.findings : EXIT.usage;
      for (const s of result.data.added) {
        io.stdout(
          `added ${s.id}${s.trusted ? " (trusted)" : ""}: ${s.files.length} files → ${join(result.data.cacheDir, ...s.directory.split("/"))}\n`,
        );
      }
      return result.data.refused.length > 0 ? EXIT.findings : EXIT.ok;
    }
    case undefined:
      return usageError(io, "schemas", "missing subcommand: list, add, verify or path");
    default:
      return usageError(io, "schemas", `unknown subcommand '${sub}' (list, add, verify or path)`);
  }
};
