/** The Node implementation of {@link Host} (see `host.ts`): `node:fs/promises`, `node:path`, `process`. */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Host } from "./host.ts";

export const host: Host = {
  kind: "node",
  readFile: (path) => readFile(path),
  readDirectory: async (path, options = {}) =>
    (await readdir(path, { recursive: options.recursive === true })).map((n) => n.split("\\").join("/")),
  joinPath: (...segments) => join(...segments),
  resolvePath: (base, path) => resolve(base, path),
  environment: () => process.env,
  currentDirectory: () => process.cwd(),
  exists: (path) => existsSync(path),
  homeDirectory: () => homedir(),
};
