/**
 * Locating and loading the official schema sets listed in `schemas/catalog.json`. The XSD files are not part
 * of the package: the caller names a schema root (option, CLI `--schemas`, or env `FIM_XOEV_SCHEMAS`), laid out
 * like the catalogue's `directory` entries (`<root>/xdatenfelder/3.0.0/xdatenfelder.xsd`, …). The library never
 * guesses a path.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { XoevError } from "../errors.ts";
import { failure, type Result, success } from "../result.ts";
import { findSchemaCatalogEntry, type SchemaCatalog, type SchemaCatalogEntry, schemaCatalog } from "./catalog.ts";
import type { SchemaSet } from "./xsd.ts";

/** The environment variable that names the schema root. */
export const SCHEMAS_ENV_VAR = "FIM_XOEV_SCHEMAS";

/** Where to look for the schema root. */
export interface SchemaRootOptions {
  /** Explicit schema root (CLI `--schemas`); wins over the environment. */
  readonly schemas?: string | undefined;
  /** Environment to read {@link SCHEMAS_ENV_VAR} from (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Base for a relative root (default `process.cwd()`). */
  readonly cwd?: string;
}

/** Options of {@link safeLoadSchemaSet}. */
export interface LoadSchemaSetOptions extends SchemaRootOptions {
  /** Catalogue to look the set up in (default: the one shipped with the package). */
  readonly catalog?: SchemaCatalog;
}

/** A schema set loaded from a schema root, with the catalogue entry it came from. */
export interface LoadedSchemaSet extends SchemaSet {
  readonly namespace: string;
  readonly catalogEntry: SchemaCatalogEntry;
  /** Absolute folder the files were read from. */
  readonly directory: string;
}

/**
 * The schema root: the explicit option, else the environment variable {@link SCHEMAS_ENV_VAR}, else
 * `undefined` (no XSD validation). Relative paths are resolved against `cwd`.
 */
export function resolveSchemaRoot(options: SchemaRootOptions = {}): string | undefined {
  const explicit = options.schemas?.trim();
  const fromEnv = (options.env ?? process.env)[SCHEMAS_ENV_VAR]?.trim();
  const root = explicit !== undefined && explicit !== "" ? explicit : fromEnv !== undefined && fromEnv !== "" ? fromEnv : undefined;
  return root === undefined ? undefined : resolve(options.cwd ?? process.cwd(), root);
}

/** The hint given when no schema root is configured. */
export const NO_SCHEMA_ROOT_REASON = `no schema directory configured: set the environment variable ${SCHEMAS_ENV_VAR} or pass --schemas <dir> (a folder with the official XSDs laid out as in schemas/catalog.json, e.g. <dir>/xdatenfelder/3.0.0/xdatenfelder.xsd)`;

/** The `xsd-skipped` info diagnostic to report when the XSD stage cannot run. */
export function xsdSkippedDiagnostic(reason: string = NO_SCHEMA_ROOT_REASON, file?: string): Diagnostic {
  return diagnostic({ code: "xsd-skipped", params: { reason }, severity: "info", stage: "xsd", path: "/", file });
}

/**
 * Loads a schema set of the catalogue, by id (`xdatenfelder-3.0.0`) or namespace, from the schema root.
 *
 * - No schema root configured: success with `data: undefined` and one `xsd-skipped` info diagnostic, so the
 *   caller can report the XSD stage as skipped.
 * - Unknown set, or a file missing or unreadable: failure with `schema-load-failed`.
 * - A file whose SHA-256 differs from the catalogue: a `schema-checksum-mismatch` warning; the set is still
 *   returned and usable.
 */
export async function safeLoadSchemaSet(
  idOrNamespace: string,
  options: LoadSchemaSetOptions = {},
): Promise<Result<LoadedSchemaSet | undefined>> {
  const entry = findSchemaCatalogEntry(idOrNamespace, options.catalog ?? schemaCatalog);
  if (entry === undefined) {
    return failure([loadFailed(`the schema catalogue has no set with id or namespace "${idOrNamespace}"`)]);
  }
  const root = resolveSchemaRoot(options);
  if (root === undefined) return success(undefined, [xsdSkippedDiagnostic()]);

  const directory = join(root, ...entry.directory.split("/"));
  const files: Record<string, Uint8Array> = {};
  const diagnostics: Diagnostic[] = [];
  const failures: Diagnostic[] = [];
  await Promise.all(
    entry.files.map(async (f) => {
      const path = join(directory, ...f.path.split("/"));
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === "ENOENT" ? "is missing" : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
        failures.push(loadFailed(`${entry.id}: ${path} ${why}`, path));
        return;
      }
      files[f.path] = bytes;
      const actual = createHash("sha256").update(bytes).digest("hex");
      if (actual !== f.sha256.toLowerCase()) {
        diagnostics.push(
          diagnostic({
            code: "schema-checksum-mismatch",
            params: { file: path, expected: f.sha256, actual },
            severity: "warning",
            stage: "xsd",
            path: "/",
            file: path,
          }),
        );
      }
    }),
  );
  if (failures.length > 0) {
    failures.sort((a, b) => (a.file ?? "").localeCompare(b.file ?? ""));
    return failure([...(failures as [Diagnostic, ...Diagnostic[]]), ...diagnostics]);
  }
  diagnostics.sort((a, b) => (a.file ?? "").localeCompare(b.file ?? ""));
  return success({ id: entry.id, entry: entry.entry, files, namespace: entry.namespace, catalogEntry: entry, directory }, diagnostics);
}

/**
 * Like {@link safeLoadSchemaSet}, but returns the set or throws an {@link XoevError}; a missing schema root is
 * an error here (`schema-load-failed` with the same hint).
 */
export async function loadSchemaSet(idOrNamespace: string, options: LoadSchemaSetOptions = {}): Promise<LoadedSchemaSet> {
  const result = await safeLoadSchemaSet(idOrNamespace, options);
  if (!result.success) throw new XoevError(result.diagnostics);
  if (result.data === undefined) throw new XoevError([loadFailed(NO_SCHEMA_ROOT_REASON)]);
  return result.data;
}

function loadFailed(reason: string, file?: string): Diagnostic {
  return diagnostic({ code: "schema-load-failed", params: { reason }, severity: "error", stage: "xsd", path: "/", file });
}
