/**
 * Writing the CLI's output files: atomically (a temporary file in the target's folder, then a rename, so a
 * reader never sees half a file), several files all-or-nothing, and never over an existing file unless the
 * caller says `force`. Node's `fs` is all it takes (rename within one folder is atomic on POSIX and on NTFS),
 * so no `write-file-atomic` dependency.
 */
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** One file to write. */
export interface OutputFile {
  /** Absolute path (or relative to `cwd` of {@link writeFilesAtomic}). */
  readonly path: string;
  readonly data: string | Uint8Array;
}

/** Why nothing was written. `existing`: a target exists and `force` was not given. */
export interface WriteFailure {
  readonly kind: "existing" | "duplicate" | "io";
  readonly path: string;
  readonly message: string;
}

const tempName = (target: string, tag: string) =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.${tag}`);

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Writes every file or none. First every target is checked (no directory, not twice in the list, absent
 * unless `force`); then each is written to a temporary file beside it; then all are renamed into place. If any
 * step fails, the temporary files are removed, files replaced so far get their previous content back, and
 * files created so far are removed: the folder looks as before. Returns `undefined` on success.
 */
export function writeFilesAtomic(
  files: readonly OutputFile[],
  options: {
    readonly force?: boolean;
    readonly cwd?: string;
    /** @internal the rename to use (tests make it fail midway) */
    readonly rename?: (from: string, to: string) => void;
  } = {},
): WriteFailure | undefined {
  const rename = options.rename ?? renameSync;
  const cwd = options.cwd ?? process.cwd();
  const targets = files.map((f) => ({ path: resolve(cwd, f.path), data: f.data }));
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.path)) return { kind: "duplicate", path: t.path, message: `two outputs would be written to ${t.path}` };
    seen.add(t.path);
    let exists = false;
    try {
      const st = statSync(t.path);
      exists = true;
      if (st.isDirectory()) return { kind: "io", path: t.path, message: `${t.path} is a directory` };
    } catch {
      exists = existsSync(t.path); // a dangling link exists too
    }
    if (exists && options.force !== true)
      return { kind: "existing", path: t.path, message: `${t.path} exists (use --force to overwrite it)` };
  }
  const temps: string[] = [];
  const backups: { target: string; backup: string }[] = [];
  const created: string[] = [];
  const rollback = () => {
    for (const t of temps) removeQuietly(t);
    for (const c of created) removeQuietly(c);
    for (const b of backups) {
      try {
        renameSync(b.backup, b.target);
      } catch {
        removeQuietly(b.backup);
      }
    }
  };
  let current = targets[0]?.path ?? "";
  try {
    const staged = targets.map((t) => {
      current = t.path;
      const temp = tempName(t.path, "tmp");
      writeFileSync(temp, t.data, { flag: "wx" });
      temps.push(temp);
      return { ...t, temp };
    });
    for (const s of staged) {
      current = s.path;
      if (existsSync(s.path)) {
        // keep the previous content (a hard link: no copy) until every rename has succeeded
        const backup = tempName(s.path, "bak");
        linkSync(s.path, backup);
        backups.push({ target: s.path, backup });
      } else {
        created.push(s.path);
      }
      rename(s.temp, s.path);
      temps.splice(temps.indexOf(s.temp), 1);
    }
  } catch (e) {
    rollback();
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === undefined ? (e instanceof Error ? e.message : String(e)) : code;
    return { kind: "io", path: current, message: `cannot write ${current} (${reason}); nothing was written` };
  }
  for (const b of backups) removeQuietly(b.backup);
  return undefined;
}
