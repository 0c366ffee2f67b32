/**
 * The browser implementation of {@link Host} (see `host.ts`): there is no file system and no environment, so
 * reading a file or folder rejects with an `Error` whose `code` is `ENOSYS`, which the callers report as their
 * usual load failure (`schema-load-failed`, `code-list-unavailable`). Schemas and code lists reach a browser
 * in memory (`SchemaSet.files`, `InMemoryCodeListProvider`).
 */
import type { Host } from "./host.ts";

function noFileSystem(path: string): Promise<never> {
  const error = new Error(`cannot read ${path}: there is no file system in the browser (pass the files in memory)`);
  (error as Error & { code: string }).code = "ENOSYS";
  return Promise.reject(error);
}

function joinPosix(...segments: string[]): string {
  return normalize(segments.filter((s) => s !== "").join("/"));
}

function normalize(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part !== ".." || !absolute) out.push(part);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}

export const host: Host = {
  kind: "browser",
  readFile: (path) => noFileSystem(path),
  readDirectory: (path) => noFileSystem(path),
  joinPath: joinPosix,
  resolvePath: (base, path) => (path.startsWith("/") ? normalize(path) : joinPosix(base.startsWith("/") ? base : `/${base}`, path)),
  environment: () => ({}),
  currentDirectory: () => "/",
  exists: () => false,
  homeDirectory: () => undefined,
};
