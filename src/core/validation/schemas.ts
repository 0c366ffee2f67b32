/**
 * Locating and loading the official schema sets listed in `schemas/catalog.json`. The XSD files are not part
 * of the package: the caller names a schema root (option, CLI `--schemas`, or env `FIM_XOEV_SCHEMAS`), laid out
 * like the catalogue's `directory` entries (`<root>/xdatenfelder/3.0.0/xdatenfelder.xsd`, …), or adds the sets
 * to the per-user schema cache once (`fim-xoev schemas add`, see `schema-cache.ts`), which is used when nothing
 * else is configured. Beyond that the library never guesses a path.
 */
import { host } from "#host";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { XoevError } from "../errors.ts";
import { failure, type Result, success } from "../result.ts";
import { findSchemaCatalogEntry, type SchemaCatalog, type SchemaCatalogEntry, schemaCatalog } from "./catalog.ts";
import { SCHEMA_CACHE_MANIFEST, schemaCacheDir } from "./schema-cache-dir.ts";
import type { SchemaSet } from "./xsd.ts";

/**
 * The environment variable that names the schema root.
 *
 * @example
 * ```ts
 * import { resolveSchemaRoot, SCHEMAS_ENV_VAR } from "fim-xoev/validation";
 *
 * // the root a server finds in its environment, without reading the real process.env
 * console.log(resolveSchemaRoot({ env: { [SCHEMAS_ENV_VAR]: "/srv/xsd" }, schemaCache: false })); // "/srv/xsd"
 * ```
 */
export const SCHEMAS_ENV_VAR = "FIM_XOEV_SCHEMAS";

/**
 * Where to look for the schema root.
 *
 * @example
 * ```ts
 * import { resolveSchemaRoot, type SchemaRootOptions } from "fim-xoev/validation";
 *
 * // `--schemas` from the command line wins over FIM_XOEV_SCHEMAS; no per-user cache on the build server
 * const options: SchemaRootOptions = { schemas: "standards", cwd: "/builds/forms", schemaCache: false };
 * console.log(resolveSchemaRoot(options)); // "/builds/forms/standards"
 * ```
 */
export interface SchemaRootOptions {
  /** Explicit schema root (CLI `--schemas`); wins over the environment. */
  readonly schemas?: string | undefined;
  /** Environment to read {@link SCHEMAS_ENV_VAR} from (default `process.env` in Node, none in a browser). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Base for a relative root (default `process.cwd()` in Node). */
  readonly cwd?: string;
  /**
   * The per-user schema cache used when neither option nor environment names a root: `false` switches it off,
   * a string names its folder (default: `FIM_XOEV_CACHE`, else the XDG cache folder, see `schemaCacheDir`).
   */
  readonly schemaCache?: string | false | undefined;
}

/** Where a schema root came from: the option, the environment variable, or the schema cache. */
export interface SchemaRootSource {
  readonly root: string;
  readonly source: "option" | "env" | "cache";
}

/**
 * Options of {@link safeLoadSchemaSet}.
 *
 * @example
 * ```ts
 * import { type LoadSchemaSetOptions, loadSchemaSet } from "fim-xoev/validation";
 *
 * const options: LoadSchemaSetOptions = { schemas: "/srv/xsd", schemaCache: false };
 * const set = await loadSchemaSet("xdatenfelder-3.0.0", options);
 * console.log(set.directory, Object.keys(set.files));
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { resolveSchemaRoot } from "fim-xoev/validation";
 *
 * const root = resolveSchemaRoot({ schemas: "/srv/xsd" });
 * console.log(root ?? "no XSD validation: no schema root configured");
 * ```
 */
export function resolveSchemaRoot(options: SchemaRootOptions = {}): string | undefined {
  return resolveSchemaRootSource(options)?.root;
}

/**
 * Like {@link resolveSchemaRoot}, and says where the root came from. Order: explicit option, environment
 * variable {@link SCHEMAS_ENV_VAR}, then the schema cache when it holds a manifest (something was added to it).
 *
 * @example
 * ```ts
 * import { resolveSchemaRootSource } from "fim-xoev/validation";
 *
 * const found = resolveSchemaRootSource();
 * // "option", "env" or "cache": tell the user where the schemas came from
 * console.log(found === undefined ? "no schemas" : `${found.root} (${found.source})`);
 * ```
 */
export function resolveSchemaRootSource(options: SchemaRootOptions = {}): SchemaRootSource | undefined {
  const cwd = options.cwd ?? host.currentDirectory();
  const explicit = options.schemas?.trim();
  if (explicit !== undefined && explicit !== "") return { root: host.resolvePath(cwd, explicit), source: "option" };
  const fromEnv = (options.env ?? host.environment())[SCHEMAS_ENV_VAR]?.trim();
  if (fromEnv !== undefined && fromEnv !== "") return { root: host.resolvePath(cwd, fromEnv), source: "env" };
  if (options.schemaCache === false) return undefined;
  const cache = schemaCacheDir({ cacheDir: options.schemaCache, cwd, ...(options.env !== undefined && { env: options.env }) });
  return cache !== undefined && host.exists(host.joinPath(cache, SCHEMA_CACHE_MANIFEST)) ? { root: cache, source: "cache" } : undefined;
}

/**
 * The hint given when the schema cache is in use but lacks a set.
 *
 * @example
 * ```ts
 * import { notInCacheReason, resolveSchemaRootSource } from "fim-xoev/validation";
 *
 * const found = resolveSchemaRootSource();
 * if (found?.source === "cache") console.log(notInCacheReason(found.root, "xdatenfelder-2.0"));
 * ```
 */
export function notInCacheReason(root: string, id: string): string {
  return `the schema cache ${root} has no ${id}: add it with 'fim-xoev schemas add <folder|zip|url>', or pass --schemas <dir>`;
}

/**
 * The hint given when no schema root is configured.
 *
 * @example
 * ```ts
 * import { NO_SCHEMA_ROOT_REASON, resolveSchemaRoot } from "fim-xoev/validation";
 *
 * if (resolveSchemaRoot() === undefined) console.warn(NO_SCHEMA_ROOT_REASON);
 * ```
 */
export const NO_SCHEMA_ROOT_REASON = `no schema directory configured: set the environment variable ${SCHEMAS_ENV_VAR} or pass --schemas <dir> (a folder with the official XSDs laid out as in schemas/catalog.json, e.g. <dir>/xdatenfelder/3.0.0/xdatenfelder.xsd), or add the official files to the schema cache once with 'fim-xoev schemas add <folder|zip|url>'`;

/**
 * The `xsd-skipped` info diagnostic to report when the XSD stage cannot run.
 *
 * @example
 * ```ts
 * import { xsdSkippedDiagnostic } from "fim-xoev/validation";
 *
 * // a validator of your own reports the skipped XSD stage as the library does
 * const info = xsdSkippedDiagnostic(undefined, "S00000000362.xml");
 * console.log(info.code, info.severity, info.message); // "xsd-skipped", "info", …
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { safeLoadSchemaSet } from "fim-xoev/validation";
 *
 * const result = await safeLoadSchemaSet("xdatenfelder-3.0.0", { schemas: "/srv/xsd" });
 * if (!result.success) for (const d of result.diagnostics) console.error(d.message); // schema-load-failed
 * else if (result.data === undefined) console.log("no schema root: the XSD stage is skipped");
 * else console.log(`loaded from ${result.data.directory}`, result.diagnostics); // checksum warnings, if any
 * ```
 */
export async function safeLoadSchemaSet(
  idOrNamespace: string,
  options: LoadSchemaSetOptions = {},
): Promise<Result<LoadedSchemaSet | undefined>> {
  const entry = findSchemaCatalogEntry(idOrNamespace, options.catalog ?? schemaCatalog);
  if (entry === undefined) {
    return failure([loadFailed(`the schema catalogue has no set with id or namespace "${idOrNamespace}"`)]);
  }
  const found = resolveSchemaRootSource(options);
  if (found === undefined) return success(undefined, [xsdSkippedDiagnostic()]);
  const root = found.root;

  const directory = host.joinPath(root, ...entry.directory.split("/"));
  if (found.source === "cache" && !host.exists(directory))
    return success(undefined, [xsdSkippedDiagnostic(notInCacheReason(root, entry.id))]);
  const files: Record<string, Uint8Array> = {};
  const diagnostics: Diagnostic[] = [];
  const failures: Diagnostic[] = [];
  await Promise.all(
    entry.files.map(async (f) => {
      const path = host.joinPath(directory, ...f.path.split("/"));
      let bytes: Uint8Array;
      try {
        bytes = await host.readFile(path);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const why = code === "ENOENT" ? "is missing" : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
        failures.push(loadFailed(`${entry.id}: ${path} ${why}`, path));
        return;
      }
      files[f.path] = bytes;
      const actual = await sha256Hex(bytes);
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
 *
 * @example
 * ```ts
 * import { createXsdValidator, loadSchemaSet } from "fim-xoev/validation";
 *
 * declare const xml: string;
 * const set = await loadSchemaSet("urn:xoev-de:fim:standard:xdatenfelder_3.0.0", { schemas: "/srv/xsd" });
 * const validator = await createXsdValidator(set);
 * console.log(validator.validate(xml).valid);
 * validator.dispose();
 * ```
 */
export async function loadSchemaSet(idOrNamespace: string, options: LoadSchemaSetOptions = {}): Promise<LoadedSchemaSet> {
  const result = await safeLoadSchemaSet(idOrNamespace, options);
  if (!result.success) throw new XoevError(result.diagnostics);
  if (result.data === undefined) throw new XoevError([loadFailed(NO_SCHEMA_ROOT_REASON)]);
  return result.data;
}

/**
 * Options of {@link safeSchemaSetFromFiles}.
 *
 * @example
 * ```ts
 * import { type SchemaSetFromFilesOptions, safeSchemaSetFromFiles, schemaCatalog } from "fim-xoev/validation";
 *
 * declare const files: Record<string, Uint8Array>;
 * const options: SchemaSetFromFilesOptions = { catalog: schemaCatalog };
 * const set = await safeSchemaSetFromFiles("xdatenfelder-3.0.0", files, options);
 * console.log(set.success);
 * ```
 */
export interface SchemaSetFromFilesOptions {
  /** Catalogue to look the set up in (default: the one shipped with the package). */
  readonly catalog?: SchemaCatalog;
}

/**
 * A schema set of the catalogue from files held in memory (a browser's dropped files, an unzipped XRepository
 * archive): `files` maps paths to bytes; each catalogue file is found by its path, also below a common
 * folder (`xdatenfelder_3.0.0/xdatenfelder.xsd` for `xdatenfelder.xsd`). Needs no file system.
 *
 * - Unknown set, or a catalogue file not among `files`: failure with `schema-load-failed`.
 * - A file whose SHA-256 differs from the catalogue: a `schema-checksum-mismatch` warning; the set is still
 *   returned. `directory` is the common folder the files were found in (`""` at the top).
 *
 * @example
 * ```ts
 * import { safeSchemaSetFromFiles } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * // in a browser: the files of the dropped XRepository zip, by path
 * declare const unzipped: Record<string, Uint8Array>;
 * declare const xml: string;
 * const set = await safeSchemaSetFromFiles("xdatenfelder-3.0.0", unzipped);
 * if (set.success) {
 *   const result = await validate(xml, { schemaSets: [set.data] });
 *   console.log(result.validity);
 * }
 * ```
 */
export async function safeSchemaSetFromFiles(
  idOrNamespace: string,
  files: Readonly<Record<string, Uint8Array>>,
  options: SchemaSetFromFilesOptions = {},
): Promise<Result<LoadedSchemaSet>> {
  const entry = findSchemaCatalogEntry(idOrNamespace, options.catalog ?? schemaCatalog);
  if (entry === undefined) {
    return failure([loadFailed(`the schema catalogue has no set with id or namespace "${idOrNamespace}"`)]);
  }
  const names = Object.keys(files).map((n) => n.split("\\").join("/"));
  const byName = new Map(Object.entries(files).map(([n, b]) => [n.split("\\").join("/"), b] as const));
  // The folder the entry schema is in, so that every other file is looked up beside it.
  const entryHit = names.filter((n) => n === entry.entry || n.endsWith(`/${entry.entry}`)).sort((a, b) => a.length - b.length)[0];
  if (entryHit === undefined) return failure([loadFailed(`${entry.id}: ${entry.entry} is not among the files given`)]);
  const directory = entryHit.slice(0, entryHit.length - entry.entry.length).replace(/\/$/, "");
  const prefix = directory === "" ? "" : `${directory}/`;
  const set: Record<string, Uint8Array> = {};
  const failures: Diagnostic[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of entry.files) {
    const bytes = byName.get(`${prefix}${f.path}`);
    if (bytes === undefined) {
      failures.push(loadFailed(`${entry.id}: ${prefix}${f.path} is not among the files given`, `${prefix}${f.path}`));
      continue;
    }
    set[f.path] = bytes;
    const actual = await sha256Hex(bytes);
    if (actual !== f.sha256.toLowerCase()) {
      const file = `${prefix}${f.path}`;
      diagnostics.push(
        diagnostic({
          code: "schema-checksum-mismatch",
          params: { file, expected: f.sha256, actual },
          severity: "warning",
          stage: "xsd",
          path: "/",
          file,
        }),
      );
    }
  }
  if (failures.length > 0) return failure([...(failures as [Diagnostic, ...Diagnostic[]]), ...diagnostics]);
  return success({ id: entry.id, entry: entry.entry, files: set, namespace: entry.namespace, catalogEntry: entry, directory }, diagnostics);
}

function loadFailed(reason: string, file?: string): Diagnostic {
  return diagnostic({ code: "schema-load-failed", params: { reason }, severity: "error", stage: "xsd", path: "/", file });
}

/** SHA-256 of the bytes as lower-case hex, with Web Crypto (Node 20 and every browser have it). */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}
