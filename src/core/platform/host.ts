/**
 * What the library needs from its host beyond ECMAScript: file reading, paths, the environment. Two
 * implementations are chosen at build time through the package's `imports` map (`#host`): `host-node.ts` for
 * Node (and every runtime without the `browser` condition), `host-browser.ts` for browser bundles, which has no
 * file system and no environment. Code that must run in a browser imports `#host`, never `node:*`.
 */
export interface Host {
  /** `"node"` or `"browser"`: which implementation this is. */
  readonly kind: "node" | "browser";
  /** The bytes of a file; rejects (an `Error` with `code` `ENOENT` for a missing file, as Node does). */
  readFile(path: string): Promise<Uint8Array>;
  /** The names in a folder (relative, `/`-separated; with `recursive` those of its sub-folders too). */
  readDirectory(path: string, options?: { readonly recursive?: boolean }): Promise<string[]>;
  /** Joins path segments with the host's separator. */
  joinPath(...segments: string[]): string;
  /** An absolute path: `path` resolved against `base`. */
  resolvePath(base: string, path: string): string;
  /** The process environment (the browser has none: `{}`). */
  environment(): Readonly<Record<string, string | undefined>>;
  /** The working directory (the browser has none: `/`). */
  currentDirectory(): string;
  /** Whether a file or folder exists (the browser has no file system: always `false`). */
  exists(path: string): boolean;
  /** The user's home folder, when the host has one (the browser has none). */
  homeDirectory(): string | undefined;
}
