/**
 * ZIP archives embedded in XProzess 2.0 messages, unpacked in memory within limits (see `files.ts` for listing and
 * decoding the embedded files).
 *
 * **Untrusted archives.** Limits on the number of entries, the total and per-entry uncompressed size and the
 * compression ratio are checked twice: against the sizes the central directory declares (before anything is
 * inflated), and while inflating, in 1 KiB steps, against the bytes really produced — so an archive that lies in
 * its headers is stopped after at most one step past the limit. Entries are inflated with `fflate` (raw DEFLATE
 * only; stored entries are copied); other methods, encrypted entries and ZIP64 are refused. Entry names are kept
 * as written; {@link safeExtractionPlan} refuses names that would leave a target folder (`..`, absolute paths,
 * drive letters, NUL). Every refusal is an `archive-rejected` diagnostic; nothing throws on bad input.
 */
import { Inflate } from "fflate";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../../core/result.ts";
import { fileDiagnostic } from "./file-diagnostic.ts";
import { type ContentKind, type EingebetteteDatei, listFiles, safeDecodeFile, sniffContent } from "./files.ts";
import type { Nachricht } from "./model.ts";
import { PREFIX } from "./namespace.ts";

/** Limits for {@link safeUnzip}. */
export interface ZipLimits {
  /** Most entries (default 1 000). */
  readonly maxEntries?: number;
  /** Most uncompressed bytes of one entry (default 64 MiB). */
  readonly maxEntrySize?: number;
  /** Most uncompressed bytes of all entries together (default 256 MiB). */
  readonly maxTotalSize?: number;
  /** Highest ratio uncompressed : compressed of an entry larger than 1 MiB (default 200). */
  readonly maxRatio?: number;
}

/** An entry of a ZIP archive, inflated. */
export interface ZipEntry {
  /** Name as written in the archive (not checked here; see {@link safeExtractionPlan}). */
  readonly name: string;
  /** Uncompressed size the central directory declares. */
  readonly declaredSize: number;
  readonly compressedSize: number;
  /** The inflated bytes. */
  readonly bytes: Uint8Array;
}

const DEFAULT_LIMITS: Required<ZipLimits> = {
  maxEntries: 1000,
  maxEntrySize: 64 * 1024 * 1024,
  maxTotalSize: 256 * 1024 * 1024,
  maxRatio: 200,
};

/** Size of one inflation step: the output of one step is at most ~1 032 times this. */
const STEP = 1024;
const RATIO_FLOOR = 1024 * 1024;

class ZipRejected extends Error {}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

function readCentralDirectory(z: Uint8Array, limits: Required<ZipLimits>): CentralEntry[] {
  const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
  const u16 = (o: number) => {
    if (o + 2 > z.length) throw new ZipRejected("truncated archive");
    return dv.getUint16(o, true);
  };
  const u32 = (o: number) => {
    if (o + 4 > z.length) throw new ZipRejected("truncated archive");
    return dv.getUint32(o, true);
  };
  let eocd = -1;
  for (let i = z.length - 22; i >= Math.max(0, z.length - 22 - 65535); i--) {
    if (z[i] === 0x50 && z[i + 1] === 0x4b && z[i + 2] === 5 && z[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRejected("no end of central directory record");
  const count = u16(eocd + 10);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipRejected("ZIP64 archives are not supported");
  if (count > limits.maxEntries) throw new ZipRejected(`${count} entries, more than the limit of ${limits.maxEntries}`);
  const entries: CentralEntry[] = [];
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (u32(p) !== 0x02014b50) throw new ZipRejected(`central directory entry ${n + 1} is damaged`);
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const compressedSize = u32(p + 20);
    const size = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    const localOffset = u32(p + 42);
    if (p + 46 + nameLen > z.length) throw new ZipRejected("truncated archive");
    const name = new TextDecoder("utf-8", { fatal: false }).decode(z.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipRejected(`entry ${JSON.stringify(name)}: ZIP64 sizes are not supported`);
    if (size > limits.maxEntrySize)
      throw new ZipRejected(`entry ${JSON.stringify(name)} declares ${size} bytes, more than the limit of ${limits.maxEntrySize}`);
    total += size;
    if (total > limits.maxTotalSize)
      throw new ZipRejected(`the entries declare ${total} bytes or more, more than the limit of ${limits.maxTotalSize}`);
    if (size > RATIO_FLOOR && size > compressedSize * limits.maxRatio)
      throw new ZipRejected(`entry ${JSON.stringify(name)} declares a compression ratio above ${limits.maxRatio}`);
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inflateEntry(z: Uint8Array, e: CentralEntry, limits: Required<ZipLimits>, totalSoFar: number): Uint8Array {
  const dv = new DataView(z.buffer, z.byteOffset, z.byteLength);
  if (e.localOffset + 30 > z.length || dv.getUint32(e.localOffset, true) !== 0x04034b50)
    throw new ZipRejected(`entry ${JSON.stringify(e.name)}: local header missing`);
  if ((e.flags & 1) !== 0) throw new ZipRejected(`entry ${JSON.stringify(e.name)} is encrypted`);
  const start = e.localOffset + 30 + dv.getUint16(e.localOffset + 26, true) + dv.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > z.length) throw new ZipRejected(`entry ${JSON.stringify(e.name)} is truncated`);
  const data = z.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipRejected(`stored entry ${JSON.stringify(e.name)} has inconsistent sizes`);
    return data.slice();
  }
  if (e.method !== 8)
    throw new ZipRejected(`entry ${JSON.stringify(e.name)} uses compression method ${e.method} (only stored and DEFLATE are read)`);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let done = false;
  const limit = Math.min(limits.maxEntrySize, limits.maxTotalSize - totalSoFar);
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > limit || produced > e.size)
      throw new ZipRejected(
        `entry ${JSON.stringify(e.name)} inflates to more than ${Math.min(limit, e.size)} bytes (declared ${e.size}): stopped while inflating`,
      );
    if (produced > RATIO_FLOOR && produced > e.compressedSize * limits.maxRatio)
      throw new ZipRejected(`entry ${JSON.stringify(e.name)} inflates with a ratio above ${limits.maxRatio}: stopped while inflating`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let o = 0; o < data.length; o += STEP) inflater.push(data.subarray(o, Math.min(o + STEP, data.length)), o + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipRejected) throw err;
    throw new ZipRejected(
      `entry ${JSON.stringify(e.name)} is not valid DEFLATE data (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!done) throw new ZipRejected(`entry ${JSON.stringify(e.name)} ends before its DEFLATE stream does`);
  if (produced !== e.size)
    throw new ZipRejected(`entry ${JSON.stringify(e.name)} inflates to ${produced} bytes, not the declared ${e.size}`);
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Unpacks a ZIP archive in memory within {@link ZipLimits}: checked against the central directory before
 * inflating, and against the real output while inflating. A refused archive gives one `archive-rejected` error.
 *
 * @example
 * ```ts
 * import { listFiles, parse, safeDecodeFile, safeUnzip } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const [modell] = listFiles(parse(xml)).filter((f) => f.art === "prozessmodelldatei");
 * const bytes = modell === undefined ? undefined : safeDecodeFile(modell);
 * if (bytes?.success) {
 *   const entries = safeUnzip(bytes.data, { maxEntries: 50, maxTotalSize: 16 * 1024 * 1024 });
 *   if (entries.success) for (const e of entries.data) console.log(e.name, e.declaredSize);
 *   else console.error(entries.diagnostics[0].message); // archive-rejected: too many entries, a zip bomb, …
 * }
 * ```
 */
export function safeUnzip(bytes: Uint8Array, limits: ZipLimits = {}, path = "/", line?: number): Result<ZipEntry[]> {
  const l: Required<ZipLimits> = { ...DEFAULT_LIMITS, ...limits };
  try {
    const entries = readCentralDirectory(bytes, l);
    const out: ZipEntry[] = [];
    let total = 0;
    for (const e of entries) {
      const data = e.name.endsWith("/") && e.size === 0 ? new Uint8Array(0) : inflateEntry(bytes, e, l, total);
      total += data.length;
      out.push({ name: e.name, declaredSize: e.size, compressedSize: e.compressedSize, bytes: data });
    }
    return success(out);
  } catch (err) {
    if (err instanceof ZipRejected) return failure([fileDiagnostic("archive-rejected", err.message, path, line)]);
    throw err;
  }
}

/**
 * Unpacks a ZIP archive in memory within {@link ZipLimits} (see {@link safeUnzip}).
 *
 * @throws {XoevError} with the `archive-rejected` finding.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { unzip } from "fim-xoev/xprozess/v2";
 *
 * const entries = unzip(readFileSync("hundesteuer-anmeldung.zip"), { maxEntrySize: 8 * 1024 * 1024 });
 * const bpmn = entries.find((e) => e.name.endsWith(".bpmn"));
 * console.log(bpmn?.name, bpmn?.bytes.length);
 * ```
 */
export function unzip(bytes: Uint8Array, limits?: ZipLimits): ZipEntry[] {
  return unwrap(safeUnzip(bytes, limits));
}

/** An embedded file decoded: its bytes, what they are, and the entries when they are a ZIP archive. */
export interface DecodedDatei extends EingebetteteDatei {
  readonly bytes: Uint8Array;
  readonly kind: ContentKind;
  /** The entries, when `kind` is `zip`. */
  readonly entries?: readonly ZipEntry[];
}

/**
 * Decodes an embedded file and unpacks it when it is a ZIP archive.
 *
 * @example
 * ```ts
 * import { listFiles, parse, safeReadFile } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * for (const datei of listFiles(parse(xml))) {
 *   const read = safeReadFile(datei);
 *   if (!read.success) console.error(datei.dateiname, read.diagnostics[0].message);
 *   else if (read.data.kind === "zip") console.log(datei.dateiname, read.data.entries?.map((e) => e.name));
 *   else console.log(datei.dateiname, read.data.kind, read.data.bytes.length);
 * }
 * ```
 */
export function safeReadFile(file: EingebetteteDatei, limits: ZipLimits = {}): Result<DecodedDatei> {
  const decoded = safeDecodeFile(file);
  if (!decoded.success) return failure(decoded.diagnostics);
  const kind = sniffContent(decoded.data);
  if (kind !== "zip") return success({ ...file, bytes: decoded.data, kind });
  const entries = safeUnzip(decoded.data, limits, `${file.path}/${PREFIX}:inhalt`, file.line);
  if (!entries.success) return failure(entries.diagnostics);
  return success({ ...file, bytes: decoded.data, kind, entries: entries.data });
}

/**
 * Decodes an embedded file and unpacks it when it is a ZIP archive (see {@link safeReadFile}).
 *
 * @throws {XoevError} with the `invalid-base64` or `archive-rejected` finding.
 *
 * @example
 * ```ts
 * import { listFiles, parse, readFile } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const bericht = listFiles(parse(xml)).find((f) => f.art === "beschreibungsdatei");
 * if (bericht !== undefined) {
 *   const datei = readFile(bericht, { maxEntrySize: 32 * 1024 * 1024 }); // throws on invalid base64 or a refused archive
 *   console.log(datei.dateiname, datei.kind, datei.bytes.length); // e.g. "Prozessbericht.pdf" "pdf" 48213
 * }
 * ```
 */
export function readFile(file: EingebetteteDatei, limits?: ZipLimits): DecodedDatei {
  return unwrap(safeReadFile(file, limits));
}

/**
 * Why an entry name cannot be written below a target folder, or `undefined` when it can.
 *
 * @example
 * ```ts
 * import { unsafeEntryName } from "fim-xoev/xprozess/v2";
 *
 * for (const name of ["modell/hundesteuer.bpmn", "../../etc/passwd", "C:\\Windows\\win.ini"]) {
 *   console.log(name, unsafeEntryName(name) ?? "ok"); // ok, "a `..` segment", "a drive letter"
 * }
 * ```
 */
export function unsafeEntryName(name: string): string | undefined {
  if (name.length === 0) return "an empty name";
  if (name.includes("\0")) return "a NUL character";
  if (/^[A-Za-z]:/.test(name)) return "a drive letter";
  if (name.startsWith("/") || name.startsWith("\\")) return "an absolute path";
  if (name.split(/[/\\]/).some((s) => s === "..")) return "a `..` segment";
  return undefined;
}

/** A file to write below a target folder: a relative path with `/` separators, and its bytes. */
export interface PlannedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * What extracting a message's files to a folder writes: each file as `<dateiname>` when it is not an archive,
 * each entry of an archive as `<dateiname>/<entry name>`. Every name is checked with {@link unsafeEntryName}
 * (a file or entry name that would leave the folder refuses the whole file with `archive-rejected`); a name
 * used twice gets a ` (2)` suffix. Files that cannot be decoded are reported and left out. Writes nothing.
 *
 * @example
 * ```ts
 * import { mkdirSync, writeFileSync } from "node:fs";
 * import { dirname, join } from "node:path";
 * import { parse, safeExtractionPlan } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const plan = safeExtractionPlan(parse(xml));
 * for (const datei of plan.data ?? []) {
 *   const target = join("hundesteuer-dateien", datei.path); // every path was checked: none leaves the folder
 *   mkdirSync(dirname(target), { recursive: true });
 *   writeFileSync(target, datei.bytes);
 * }
 * for (const d of plan.diagnostics) console.error(d.message); // files that could not be decoded are left out
 * ```
 */
export function safeExtractionPlan(nachricht: Nachricht, limits: ZipLimits = {}): Result<PlannedFile[]> {
  const plan: PlannedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const used = new Set<string>();
  const unique = (p: string) => {
    let candidate = p;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${p} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
  for (const file of listFiles(nachricht)) {
    const bad = unsafeEntryName(file.dateiname);
    if (bad !== undefined) {
      diagnostics.push(fileDiagnostic("archive-rejected", `file name ${JSON.stringify(file.dateiname)} has ${bad}`, file.path, file.line));
      continue;
    }
    const read = safeReadFile(file, limits);
    if (!read.success) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    if (read.data.entries === undefined) {
      plan.push({ path: unique(file.dateiname), bytes: read.data.bytes });
      continue;
    }
    const unsafe = read.data.entries.map((e) => [e, unsafeEntryName(e.name)] as const).find(([, why]) => why !== undefined);
    if (unsafe !== undefined) {
      diagnostics.push(
        fileDiagnostic(
          "archive-rejected",
          `entry name ${JSON.stringify(unsafe[0].name)} has ${unsafe[1]}`,
          `${file.path}/${PREFIX}:inhalt`,
          file.line,
        ),
      );
      continue;
    }
    const folder = unique(file.dateiname);
    for (const e of read.data.entries)
      if (!e.name.endsWith("/")) plan.push({ path: `${folder}/${e.name.replace(/\\/g, "/")}`, bytes: e.bytes });
  }
  return diagnostics.length === 0 ? success(plan) : failure(diagnostics as [Diagnostic, ...Diagnostic[]], plan);
}
