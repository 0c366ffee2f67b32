import { closeSync, type Dirent, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { SaxesParser } from "saxes";
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Stage } from "../core/diagnostics/diagnostic.ts";
import type { Report } from "../core/validation/report.ts";
import { safeDecodeXml } from "../core/xml/decode.ts";

/** One input of a batch: a file to read, or a path that could not be read (then `unreadable` says why). */
export interface BatchEntry {
  /** Absolute path. */
  readonly path: string;
  /** The path as reports show it: relative to the working directory. */
  readonly name: string;
  readonly unreadable?: string;
}

/** A short reason for a failed file operation (`no such file or directory`, `permission denied`, …). */
export const ioReason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ENOENT") return "no such file or directory";
  if (err.code === "EACCES" || err.code === "EPERM") return "permission denied";
  if (err.code === "EISDIR") return "is a directory";
  if (err.code === "ELOOP") return "too many levels of symbolic links";
  return err.code ?? (e instanceof Error ? e.message : String(e));
};

/**
 * Expands files and directories (recursively, `*.xml`) into a list of entries: each argument in order, the
 * files of a directory sorted by name. A missing argument or a directory that cannot be listed is an entry
 * with `unreadable` set, so the batch reports it and goes on. Symbolic links inside a directory are not
 * followed into directories (no loops); a link named `*.xml` is an entry (and unreadable if it dangles).
 */
export function collectFiles(args: readonly string[], cwd: string, extensions: readonly string[] = [".xml"]): BatchEntry[] {
  const entries: BatchEntry[] = [];
  const entry = (p: string, unreadable?: string): BatchEntry => ({
    path: p,
    name: relative(cwd, p) || p,
    ...(unreadable !== undefined && { unreadable }),
  });
  const walk = (dir: string) => {
    let list: Dirent[];
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      entries.push(entry(dir, ioReason(e)));
      return;
    }
    for (const d of list.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (extensions.some((e) => d.name.toLowerCase().endsWith(e))) entries.push(entry(p));
    }
  };
  for (const a of args) {
    const p = resolve(cwd, a);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      entries.push(entry(p, ioReason(e)));
      continue;
    }
    if (st.isDirectory()) walk(p);
    else entries.push(entry(p));
  }
  return entries;
}

/** The message for a batch without any file to process. */
export function noFilesMessage(args: readonly string[]): string {
  return `no XML files found in ${args.join(", ")}`;
}

/** Reads a batch entry: its bytes, or why it cannot be read. */
export function readEntry(e: BatchEntry): { bytes: Uint8Array } | { error: string } {
  if (e.unreadable !== undefined) return { error: e.unreadable };
  try {
    return { bytes: readFileSync(e.path) };
  } catch (err) {
    return { error: ioReason(err) };
  }
}

/** The read buffer {@link withFileBytes} keeps between the files of a batch (`undefined` while one is lent out). */
let spare: Buffer | undefined = Buffer.allocUnsafeSlow(1 << 16);

/** Reads the whole file at `path` into `buffer`, or a larger one; returns the buffer used and the length read. */
function readInto(path: string, buffer: Buffer): { buffer: Buffer; length: number } {
  const fd = openSync(path, "r");
  try {
    let buf = buffer;
    const size = fstatSync(fd).size;
    // one byte more than the size, so that a file that grew since is read to its end, not cut
    if (buf.length < size + 1) buf = Buffer.allocUnsafeSlow(Math.max(size + 1, Math.min(buf.length * 2, 2 ** 31 - 1)));
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) return { buffer: buf, length };
      length += n;
      if (length === buf.length) {
        const larger = Buffer.allocUnsafeSlow(buf.length * 2);
        buf.copy(larger, 0, 0, length);
        buf = larger;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the file at `path` and hands its bytes to `use`; they are valid only until `use` (and the promise it
 * returns) is done. The bytes are read into one buffer kept for the next file: a fresh buffer per file cost the
 * page faults of mapping it anew (about a tenth of `validate`'s time on the 71 MB of the XDatenfelder corpus). A
 * call made while another one's bytes are in use reads into a buffer of its own. Read errors are thrown before
 * `use` is called.
 */
export async function withFileBytes<T>(path: string, use: (bytes: Uint8Array) => T | Promise<T>): Promise<T> {
  const lent = spare ?? Buffer.allocUnsafeSlow(1 << 16);
  spare = undefined;
  let kept = lent;
  try {
    const { buffer, length } = readInto(path, lent);
    kept = buffer;
    return await use(buffer.subarray(0, length));
  } finally {
    spare = kept;
  }
}

/**
 * The report of a file that could not be read: one fatal `io-error`, the input stage failed and the given
 * stages skipped. Every report format shows it like any other finding.
 */
export function ioReport(file: string, reason: string, stages: readonly Stage[]): Report {
  return {
    file,
    completed: false,
    stages: [{ stage: "input", status: "failed" }, ...stages.map((stage) => ({ stage, status: "skipped" as const }))],
    diagnostics: [diagnostic({ code: "io-error", params: { reason }, severity: "fatal", stage: "input", path: "/", file })],
    rulesExecuted: [],
    rulesSkipped: [],
  };
}

class Found extends Error {
  constructor(readonly namespace: string) {
    super();
  }
}

/**
 * The namespace of a document's root element, read from its first 64 KiB (decoded as the reader decodes, by
 * BOM or XML declaration) without building the tree; `undefined` when it cannot be told (not XML, or a
 * prolog longer than that). Used to sort a batch into code lists and schemas before checking it.
 */
export function sniffRootNamespace(bytes: Uint8Array): string | undefined {
  // Cut at a UTF-8 character boundary, so that the head decodes whenever the whole file does.
  let end = Math.min(bytes.length, 65536);
  while (end < bytes.length && end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--;
  const decoded = safeDecodeXml(bytes.subarray(0, end));
  if (!decoded.success) return undefined; // the file's own reading reports why
  const head = decoded.data.text;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    throw new Found(tag.uri);
  });
  parser.on("error", () => {
    throw new Error("not XML");
  });
  try {
    parser.write(head);
  } catch (e) {
    if (e instanceof Found) return e.namespace;
  }
  return undefined;
}

/**
 * A progress line on stderr, shown only when stderr is a terminal, there is more than one file and not `quiet`.
 * One line rewritten with `\r` is all a batch needs; a progress library (cli-progress, listr2) would add a
 * dependency and its terminal handling for no more information than `[n/total] file`.
 */
export function progress(io: { stderr: (s: string) => void; stderrIsTTY: boolean }, total: number, quiet = false) {
  const show = io.stderrIsTTY && total > 1 && !quiet;
  let lastWidth = 0;
  return {
    update(done: number, file: string) {
      if (!show) return;
      const line = `[${done}/${total}] ${file}`.slice(0, 100);
      io.stderr(`\r${line.padEnd(lastWidth)}`);
      lastWidth = line.length;
    },
    clear() {
      if (show && lastWidth > 0) io.stderr(`\r${" ".repeat(lastWidth)}\r`);
    },
  };
}
