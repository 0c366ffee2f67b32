/**
 * Where the per-user schema cache lives (`fim-xoev schemas add` fills it): `--cache-dir` / option, else the
 * environment variable {@link SCHEMA_CACHE_ENV_VAR}, else `$XDG_CACHE_HOME/fim-xoev/schemas`, else
 * `~/.cache/fim-xoev/schemas`. The cache is laid out like a schema root (`<cache>/xdatenfelder/3.0.0/…`) and
 * holds a manifest ({@link SCHEMA_CACHE_MANIFEST}) of what was added, from where, with which SHA-256.
 */
import { host } from "#host";

/**
 * The environment variable that names the schema cache folder itself.
 *
 * @example
 * ```ts
 * import { SCHEMA_CACHE_ENV_VAR, schemaCacheDir } from "fim-xoev/validation";
 *
 * // a CI job keeps the schema cache inside its workspace
 * console.log(schemaCacheDir({ env: { [SCHEMA_CACHE_ENV_VAR]: "/builds/forms/.xsd-cache" } }));
 * ```
 */
export const SCHEMA_CACHE_ENV_VAR = "FIM_XOEV_CACHE";

/**
 * The manifest file of a schema cache, relative to the cache folder.
 *
 * @example
 * ```ts
 * import { existsSync } from "node:fs";
 * import { join } from "node:path";
 * import { SCHEMA_CACHE_MANIFEST, schemaCacheDir } from "fim-xoev/validation";
 *
 * // has anything been added with `fim-xoev schemas add`?
 * const dir = schemaCacheDir();
 * console.log(dir !== undefined && existsSync(join(dir, SCHEMA_CACHE_MANIFEST)));
 * ```
 */
export const SCHEMA_CACHE_MANIFEST = "fim-xoev-schemas.json";

/**
 * Where to look for the schema cache.
 *
 * @example
 * ```ts
 * import { type SchemaCacheDirOptions, schemaCacheDir } from "fim-xoev/validation";
 *
 * const options: SchemaCacheDirOptions = { env: { XDG_CACHE_HOME: "/var/cache/me" } };
 * console.log(schemaCacheDir(options)); // "/var/cache/me/fim-xoev/schemas"
 * ```
 */
export interface SchemaCacheDirOptions {
  /** Explicit cache folder (CLI `--cache-dir`); wins over the environment. */
  readonly cacheDir?: string | undefined;
  /**
   * Environment to read {@link SCHEMA_CACHE_ENV_VAR}, `XDG_CACHE_HOME` and `HOME` from (default `process.env`;
   * only then is the user's home folder asked of the operating system when `HOME` is unset).
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Base for a relative folder (default `process.cwd()`). */
  readonly cwd?: string;
}

const nonEmpty = (s: string | undefined): string | undefined => (s === undefined || s.trim() === "" ? undefined : s.trim());

/**
 * The schema cache folder: explicit option, {@link SCHEMA_CACHE_ENV_VAR}, `$XDG_CACHE_HOME/fim-xoev/schemas` or
 * `<home>/.cache/fim-xoev/schemas`; `undefined` only when an explicit `env` names no home folder at all.
 *
 * @example
 * ```ts
 * import { schemaCacheDir } from "fim-xoev/validation";
 *
 * console.log(schemaCacheDir({ env: { XDG_CACHE_HOME: "/var/cache/me" } })); // "/var/cache/me/fim-xoev/schemas"
 * console.log(schemaCacheDir({ cacheDir: "xsd-cache", cwd: "/srv/app" })); // "/srv/app/xsd-cache"
 * ```
 */
export function schemaCacheDir(options: SchemaCacheDirOptions = {}): string | undefined {
  const env = options.env ?? host.environment();
  const cwd = options.cwd ?? host.currentDirectory();
  const explicit = nonEmpty(options.cacheDir) ?? nonEmpty(env[SCHEMA_CACHE_ENV_VAR]);
  if (explicit !== undefined) return host.resolvePath(cwd, explicit);
  const xdg = nonEmpty(env.XDG_CACHE_HOME);
  if (xdg !== undefined) return host.joinPath(host.resolvePath(cwd, xdg), "fim-xoev", "schemas");
  const home = nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE) ?? (options.env === undefined ? nonEmpty(host.homeDirectory()) : undefined);
  return home === undefined ? undefined : host.joinPath(host.resolvePath(cwd, home), ".cache", "fim-xoev", "schemas");
}
