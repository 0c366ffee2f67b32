/**
 * The per-user schema cache behind `fim-xoev schemas add|list|verify|path`: official schema sets added once
 * from a folder, a zip (as XRepository serves them) or an http(s) URL, checked file by file against the
 * SHA-256 sums of the releases in `schemas/catalog.json`, and from then on found by {@link resolveSchemaRoot}
 * when no schema root is configured. Files no known release has are refused unless the caller trusts them.
 *
 * The cache is a schema root (`<cache>/xdatenfelder/3.0.0/xdatenfelder.xsd`, …) plus a manifest
 * (`fim-xoev-schemas.json`) that records per set where it came from, when, whether it was trusted and the
 * SHA-256 of every file written, so that {@link safeVerifySchemaCache} can tell a changed byte.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { XoevError } from "../errors.ts";
import { failure, type Result, success } from "../result.ts";
import { type SchemaCatalog, schemaCatalog } from "./catalog.ts";
import { SCHEMA_CACHE_MANIFEST, type SchemaCacheDirOptions, schemaCacheDir } from "./schema-cache-dir.ts";

export { SCHEMA_CACHE_ENV_VAR, SCHEMA_CACHE_MANIFEST, type SchemaCacheDirOptions, schemaCacheDir } from "./schema-cache-dir.ts";

/** Default limit of a download and of the schema bytes taken from one source: 64 MiB. */
export const SCHEMA_SOURCE_MAX_BYTES = 64 * 1024 * 1024;

/** One file of a cached set, relative to the set's folder. */
export interface CachedSchemaFile {
  readonly path: string;
  readonly sha256: string;
}

/** What the manifest records of one cached set. */
export interface CachedSchemaSet {
  /** Id of the set in the catalogue (`xdatenfelder-3.0.0`). */
  readonly id: string;
  /** Folder of the set below the cache, `/`-separated. */
  readonly directory: string;
  /** The folder, zip or URL it was added from. */
  readonly source: string;
  /** ISO time it was added. */
  readonly added: string;
  /** True when the files are not those of a known release and were added with `trust`. */
  readonly trusted: boolean;
  readonly files: readonly CachedSchemaFile[];
}

interface Manifest {
  readonly formatVersion: 1;
  readonly sets: Readonly<Record<string, CachedSchemaSet>>;
}

/** Options of {@link safeAddSchemas}. */
export interface AddSchemasOptions extends SchemaCacheDirOptions {
  /** Accept `.xsd` files no known release has (default false: they are refused). */
  readonly trust?: boolean;
  /**
   * Catalogue id the trusted files belong to (a set or a folder set, e.g. `xzufi-2.3.1`); without it the set is
   * found by the target namespace of the files. Also restricts which known sets are added.
   */
  readonly set?: string;
  /** Largest download and largest sum of schema bytes taken from one source (default {@link SCHEMA_SOURCE_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Time limit of a download in milliseconds (default 60 000). */
  readonly timeoutMs?: number;
  /** Catalogue to check against (default: the one shipped with the package). */
  readonly catalog?: SchemaCatalog;
  /** Clock for the manifest (tests). */
  readonly now?: () => Date;
}

/** What {@link safeAddSchemas} did. */
export interface AddSchemasResult {
  /** The cache folder. */
  readonly cacheDir: string;
  /** The sets written to the cache (replacing a set of the same id). */
  readonly added: readonly CachedSchemaSet[];
  /** `.xsd` files of the source that were not written: no known release has them and they were not trusted. */
  readonly refused: readonly CachedSchemaFile[];
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

class SourceError extends Error {}

function sourceUnreadable(source: string, reason: string): Diagnostic {
  return diagnostic({ code: "schema-source-unreadable", params: { source, reason }, severity: "error", stage: "xsd", path: "/" });
}

const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isXsdName = (name: string): boolean => name.toLowerCase().endsWith(".xsd");

/** Splits a relative path of a zip or folder into safe segments; `undefined` for `..`, absolute or empty paths. */
function safeSegments(path: string): string[] | undefined {
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path)) return undefined;
  const segments = path.split(/[\\/]+/).filter((s) => s !== "" && s !== ".");
  return segments.length === 0 || segments.some((s) => s === "..") ? undefined : segments;
}

/** The `.xsd` entries of a zip, by relative path; sizes bounded by `maxBytes` in sum. */
function unzipSchemas(bytes: Uint8Array, maxBytes: number): Map<string, Uint8Array> {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!isXsdName(f.name) || safeSegments(f.name) === undefined) return false;
        declared += f.originalSize;
        if (declared > maxBytes) throw new SourceError(`the schema files in the zip exceed ${maxBytes} bytes`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(`not a readable zip file (${e instanceof Error ? e.message : String(e)})`);
  }
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const [name, data] of Object.entries(entries)) {
    total += data.length;
    if (total > maxBytes) throw new SourceError(`the schema files in the zip exceed ${maxBytes} bytes`);
    files.set((safeSegments(name) ?? []).join("/"), data);
  }
  return files;
}

async function readFolder(dir: string, maxBytes: number): Promise<Map<string, Uint8Array>> {
  const names = (await readdir(dir, { recursive: true }))
    .map((n) => n.split("\\").join("/"))
    .filter(isXsdName)
    .sort();
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const name of names) {
    const path = join(dir, ...name.split("/"));
    if (!(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    total += bytes.length;
    if (total > maxBytes) throw new SourceError(`the schema files in the folder exceed ${maxBytes} bytes`);
    files.set(name, bytes);
  }
  return files;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Downloads an http(s) URL: redirects followed by hand (at most 5, http/https only), size and time bounded. */
async function download(url: string, maxBytes: number, timeoutMs: number): Promise<{ bytes: Uint8Array; name: string }> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new SourceError("not a valid URL");
  }
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= 5; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:") {
      throw new SourceError(
        hop === 0 ? `only http and https URLs are fetched, not ${current.protocol}` : `redirect to a ${current.protocol} URL refused`,
      );
    }
    let response: Response;
    try {
      response = await fetch(current, { redirect: "manual", signal });
    } catch (e) {
      throw new SourceError(signal.aborted ? `no answer within ${timeoutMs} ms` : e instanceof Error ? e.message : String(e));
    }
    if (REDIRECTS.has(response.status)) {
      const location = response.headers.get("location");
      await response.body?.cancel();
      if (location === null) throw new SourceError(`HTTP ${response.status} without a Location header`);
      try {
        current = new URL(location, current);
      } catch {
        throw new SourceError(`redirect to an invalid URL: ${location}`);
      }
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SourceError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel();
      throw new SourceError(`the download is larger than the limit of ${maxBytes} bytes (Content-Length ${length})`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    try {
      while (reader !== undefined) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > maxBytes) {
          await reader.cancel();
          throw new SourceError(`the download is larger than the limit of ${maxBytes} bytes`);
        }
        chunks.push(value);
      }
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new SourceError(signal.aborted ? `no answer within ${timeoutMs} ms` : e instanceof Error ? e.message : String(e));
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    const name = decodeURIComponent(current.pathname.split("/").pop() ?? "") || "download";
    return { bytes, name };
  }
  throw new SourceError("more than 5 redirects");
}

/** The `.xsd` files of a source (folder, zip, single `.xsd`, or http(s) URL), by relative path. */
async function readSource(source: string, options: AddSchemasOptions): Promise<Map<string, Uint8Array>> {
  const maxBytes = options.maxBytes ?? SCHEMA_SOURCE_MAX_BYTES;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const { bytes, name } = await download(source, maxBytes, options.timeoutMs ?? 60_000);
    if (isZip(bytes)) return unzipSchemas(bytes, maxBytes);
    if (isXsdName(name)) return new Map([[name, bytes]]);
    throw new SourceError("the download is neither a zip file nor an .xsd file");
  }
  const path = resolve(options.cwd ?? process.cwd(), source);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    throw new SourceError((e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : String(e));
  }
  if (info.isDirectory()) return readFolder(path, maxBytes);
  if (info.size > maxBytes) throw new SourceError(`the file is larger than the limit of ${maxBytes} bytes`);
  const bytes = await readFile(path);
  if (isZip(bytes)) return unzipSchemas(bytes, maxBytes);
  if (isXsdName(path)) return new Map([[path.split(/[\\/]/).pop() ?? "schema.xsd", bytes]]);
  throw new SourceError("neither a folder, a zip file nor an .xsd file");
}

/** The manifest of a cache folder; an empty one when there is none. Throws {@link SourceError} when unreadable. */
function readManifest(cacheDir: string): Manifest {
  const path = join(cacheDir, SCHEMA_CACHE_MANIFEST);
  if (!existsSync(path)) return { formatVersion: 1, sets: {} };
  try {
    const json = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (json.formatVersion !== 1 || typeof json.sets !== "object" || json.sets === null) throw new Error("unknown format");
    return json;
  } catch (e) {
    throw new SourceError(`the cache manifest ${path} is unreadable (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Writes files into a fresh temporary folder beside the target, then swaps it in. */
async function writeSet(cacheDir: string, directory: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const target = join(cacheDir, ...directory.split("/"));
  const temp = join(cacheDir, `.tmp-${randomBytes(6).toString("hex")}`);
  try {
    for (const [path, bytes] of files) {
      const out = join(temp, ...path.split("/"));
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, bytes);
    }
    await rm(target, { recursive: true, force: true });
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The text's root `targetNamespace`, read leniently (only used to place trusted files). */
function targetNamespace(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes.subarray(0, 65_536));
  return /<(?:[\w.-]+:)?schema\b[^>]*?\btargetNamespace\s*=\s*(["'])(.*?)\1/s.exec(text)?.[2];
}

/**
 * Adds the schema sets found in a source to the cache. Every `.xsd` file of the source is hashed; each set of
 * the catalogue whose files are all there (by SHA-256, wherever they lie in the source) is written to its folder
 * below the cache. Files no release has are refused (`schema-file-unknown` warnings; an error when nothing at
 * all could be added: then the result fails with `data` listing the refused files, while a source that cannot be
 * read at all fails without `data`) unless `trust` is set: then they, with the other files of the source, are written to the
 * folder of the set named by `set` or by their target namespace, and the manifest marks the set as trusted.
 */
export async function safeAddSchemas(source: string, options: AddSchemasOptions = {}): Promise<Result<AddSchemasResult>> {
  const cacheDir = schemaCacheDir(options);
  if (cacheDir === undefined) return failure([sourceUnreadable(source, "no cache folder: set FIM_XOEV_CACHE or pass --cache-dir")]);
  const catalog = options.catalog ?? schemaCatalog;
  if (
    options.set !== undefined &&
    !catalog.sets.some((s) => s.id === options.set) &&
    !(catalog.folderSets ?? []).some((s) => s.id === options.set)
  ) {
    return failure([sourceUnreadable(source, `the catalogue has no set "${options.set}"`)]);
  }
  let files: Map<string, Uint8Array>;
  let manifest: Manifest;
  try {
    manifest = readManifest(cacheDir);
    files = await readSource(source, options);
  } catch (e) {
    if (e instanceof SourceError) return failure([sourceUnreadable(source, e.message)]);
    throw e;
  }
  if (files.size === 0) return failure([sourceUnreadable(source, "it holds no .xsd file")]);

  const bySum = new Map<string, Uint8Array>();
  const sums = new Map<string, string>();
  for (const [path, bytes] of files) {
    const sum = sha256(bytes);
    bySum.set(sum, bytes);
    sums.set(path, sum);
  }
  const knownSums = new Set(catalog.sets.flatMap((s) => s.files.map((f) => f.sha256.toLowerCase())));
  const unknown = [...sums].filter(([, sum]) => !knownSums.has(sum)).map(([path, sum]) => ({ path, sha256: sum }));

  const now = (options.now ?? (() => new Date()))().toISOString();
  const writes: { set: CachedSchemaSet; files: Map<string, Uint8Array> }[] = [];
  const diagnostics: Diagnostic[] = [];

  let trustedId: string | undefined;
  if (options.trust === true && unknown.length > 0) {
    trustedId = options.set;
    if (trustedId === undefined) {
      const namespaces = new Set(unknown.map((f) => targetNamespace(files.get(f.path) ?? new Uint8Array())));
      const match = [...catalog.sets, ...(catalog.folderSets ?? [])].filter((s) => namespaces.has(s.namespace));
      if (match.length !== 1) {
        const why = match.length === 0 ? "no catalogue set has their target namespace" : `they match ${match.map((s) => s.id).join(", ")}`;
        return failure([sourceUnreadable(source, `cannot tell which set the unknown files belong to (${why}): name it with --set <id>`)]);
      }
      trustedId = match[0]?.id;
    }
    const target = [...catalog.sets, ...(catalog.folderSets ?? [])].find((s) => s.id === trustedId);
    if (target !== undefined) {
      // the folder of the source, with the common leading folder removed, so that relative includes still resolve
      const paths = [...files.keys()].map((p) => p.split("/"));
      let common = 0;
      const first = paths[0] ?? [];
      while (common < first.length - 1 && paths.every((p) => p.length > common + 1 && p[common] === first[common])) common++;
      const out = new Map<string, Uint8Array>();
      for (const [path, bytes] of files) out.set(path.split("/").slice(common).join("/"), bytes);
      const setFiles = [...out].map(([path, bytes]) => ({ path, sha256: sha256(bytes) })).sort((a, b) => a.path.localeCompare(b.path));
      writes.push({
        set: { id: target.id, directory: target.directory, source, added: now, trusted: true, files: setFiles },
        files: out,
      });
    }
  }

  for (const set of catalog.sets) {
    if (set.id === trustedId || (options.set !== undefined && options.set !== set.id)) continue;
    if (!set.files.every((f) => bySum.has(f.sha256.toLowerCase()))) continue;
    const out = new Map(set.files.map((f) => [f.path, bySum.get(f.sha256.toLowerCase()) ?? new Uint8Array()] as const));
    writes.push({
      set: { id: set.id, directory: set.directory, source, added: now, trusted: false, files: set.files.map((f) => ({ ...f })) },
      files: out,
    });
  }

  const refused = trustedId === undefined ? unknown : [];
  for (const f of refused) {
    diagnostics.push(
      diagnostic({ code: "schema-file-unknown", params: { file: f.path, sha256: f.sha256 }, severity: "warning", stage: "xsd", path: "/" }),
    );
  }
  if (writes.length === 0) {
    const reason =
      refused.length > 0
        ? "no complete release of the catalogue is in it and its other files are unknown (add them with --trust if you trust the source)"
        : "no complete release of the catalogue is in it (a file of each set is missing or differs)";
    return failure([sourceUnreadable(source, reason), ...diagnostics], { cacheDir, added: [], refused });
  }

  const sets: Record<string, CachedSchemaSet> = { ...manifest.sets };
  for (const w of writes) {
    await writeSet(cacheDir, w.set.directory, w.files);
    sets[w.set.id] = w.set;
  }
  await mkdir(cacheDir, { recursive: true });
  const manifestPath = join(cacheDir, SCHEMA_CACHE_MANIFEST);
  const tmp = `${manifestPath}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ formatVersion: 1, sets } satisfies Manifest, null, 2)}\n`);
  await rename(tmp, manifestPath);
  return success(
    { cacheDir, added: writes.map((w) => w.set), refused: refused.map((f) => ({ path: f.path, sha256: f.sha256 })) },
    diagnostics,
  );
}

/** Like {@link safeAddSchemas}, but returns what was added or throws one {@link XoevError}. */
export async function addSchemas(source: string, options: AddSchemasOptions = {}): Promise<AddSchemasResult> {
  const result = await safeAddSchemas(source, options);
  if (!result.success) throw new XoevError(result.diagnostics);
  return result.data;
}

/** One set of the catalogue and whether the cache holds it. */
export interface SchemaCacheListing {
  readonly id: string;
  readonly standard: string;
  readonly version: string;
  readonly namespace: string;
  /** Where the official set is published, where known. */
  readonly published?: string;
  /** True when the catalogue records the files' SHA-256 (else the set is only known by folder). */
  readonly checksums: boolean;
  /** The cache's record of the set, when it holds it. */
  readonly cached?: CachedSchemaSet;
  /** Absolute folder of the set in the cache. */
  readonly directory: string;
}

/**
 * Every set of the catalogue with what the cache holds of it (read from the manifest only; use
 * {@link safeVerifySchemaCache} to check the files).
 */
export function safeListSchemaCache(options: SchemaCacheDirOptions & { readonly catalog?: SchemaCatalog } = {}): Result<{
  readonly cacheDir: string;
  readonly sets: readonly SchemaCacheListing[];
}> {
  const cacheDir = schemaCacheDir(options);
  if (cacheDir === undefined) return failure([sourceUnreadable("(cache)", "no cache folder: set FIM_XOEV_CACHE or pass --cache-dir")]);
  let manifest: Manifest;
  try {
    manifest = readManifest(cacheDir);
  } catch (e) {
    return failure([sourceUnreadable(cacheDir, e instanceof Error ? e.message : String(e))]);
  }
  const catalog = options.catalog ?? schemaCatalog;
  const all = [
    ...catalog.sets.map((s) => ({ ...s, checksums: true })),
    ...(catalog.folderSets ?? []).map((s) => ({ ...s, checksums: false })),
  ];
  const sets = all.map((s): SchemaCacheListing => {
    const cached = Object.hasOwn(manifest.sets, s.id) ? manifest.sets[s.id] : undefined;
    return {
      id: s.id,
      standard: s.standard,
      version: s.version,
      namespace: s.namespace,
      checksums: s.checksums,
      directory: join(cacheDir, ...s.directory.split("/")),
      ...(s.published !== undefined && { published: s.published }),
      ...(cached !== undefined && { cached }),
    };
  });
  return success({ cacheDir, sets });
}

/** The outcome of verifying one cached set. */
export interface VerifiedSchemaSet {
  readonly id: string;
  readonly directory: string;
  readonly trusted: boolean;
  /** Number of files checked. */
  readonly files: number;
  /** True when every file is there with its recorded SHA-256. */
  readonly intact: boolean;
}

/**
 * Recomputes the SHA-256 of every file of every cached set and compares it with the catalogue (known releases)
 * or the manifest (trusted sets). A changed or missing file is a `schema-cache-changed` error, so the result
 * fails; the data lists every set with its outcome either way.
 */
export async function safeVerifySchemaCache(
  options: SchemaCacheDirOptions & { readonly catalog?: SchemaCatalog } = {},
): Promise<Result<readonly VerifiedSchemaSet[]>> {
  const listing = safeListSchemaCache(options);
  if (!listing.success) return failure(listing.diagnostics);
  const catalog = options.catalog ?? schemaCatalog;
  const diagnostics: Diagnostic[] = [];
  const verified: VerifiedSchemaSet[] = [];
  for (const entry of listing.data.sets) {
    const cached = entry.cached;
    if (cached === undefined) continue;
    const known = cached.trusted ? undefined : catalog.sets.find((s) => s.id === cached.id);
    const expected = known?.files ?? cached.files;
    let intact = true;
    for (const f of expected) {
      const path = join(entry.directory, ...f.path.split("/"));
      let actual: string;
      try {
        actual = sha256(await readFile(path));
      } catch {
        actual = "missing";
      }
      if (actual !== f.sha256.toLowerCase()) {
        intact = false;
        diagnostics.push(
          diagnostic({
            code: "schema-cache-changed",
            params: { set: cached.id, file: path, expected: f.sha256, actual },
            severity: "error",
            stage: "xsd",
            path: "/",
            file: path,
          }),
        );
      }
    }
    verified.push({ id: cached.id, directory: entry.directory, trusted: cached.trusted, files: expected.length, intact });
  }
  return diagnostics.length > 0 ? failure(diagnostics as [Diagnostic, ...Diagnostic[]], verified) : success(verified);
}
