/**
 * The files of a submission package on disk (what `fim-xoev submission create` writes and `verify` reads) and
 * SHA-512 hashing. Pure: names and bytes, no file system access (the CLI does that).
 *
 * ```
 * metadata.json                  the metadata document
 * data.json | data.xml           the Fachdaten
 * attachments/<filename>         each attachment (its filename, else its attachmentId)
 * encrypted/metadata.jwe         with an encryption key: every part as JWE compact serialization
 * encrypted/data.jwe
 * encrypted/attachments/<attachmentId>.jwe
 * SHA512SUMS                     `sha512sum -c` list of every file above (metadata.json has no hash elsewhere)
 * ```
 */
import type { AttachmentEntry } from "./metadata.ts";

/** File name of the metadata document. */
export const METADATA_FILE = "metadata.json";
/** Folder of the attachments. */
export const ATTACHMENTS_DIR = "attachments";
/** Folder of the encrypted set. */
export const ENCRYPTED_DIR = "encrypted";
/** The checksum list. */
export const CHECKSUMS_FILE = "SHA512SUMS";

/** SHA-512 of bytes, lower-case hex (128 characters), as the metadata's `hash.content`. */
export async function sha512Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto: the same in Node (globalThis.crypto) and in browsers, so the module needs no node:crypto.
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-512", bytes as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/** The data file name for a Fachdaten MIME type. */
export function dataFileName(mimeType: "application/json" | "application/xml"): string {
  return mimeType === "application/xml" ? "data.xml" : "data.json";
}

/** The path of an attachment in the package: `attachments/<filename>`, or `attachments/<attachmentId>` without one. */
export function attachmentFileName(entry: Pick<AttachmentEntry, "filename" | "attachmentId">): string {
  return `${ATTACHMENTS_DIR}/${entry.filename ?? entry.attachmentId}`;
}

/** The paths of the encrypted set. */
export const encryptedFileName = {
  metadata: `${ENCRYPTED_DIR}/metadata.jwe`,
  data: `${ENCRYPTED_DIR}/data.jwe`,
  attachment: (attachmentId: string) => `${ENCRYPTED_DIR}/${ATTACHMENTS_DIR}/${attachmentId}.jwe`,
} as const;

/**
 * Why a file name cannot stand in the package (`undefined` when it can): one plain path segment of at most 255
 * characters, no `/`, `\`, control characters, `.` or `..`.
 */
export function unsafeFileNameReason(name: string): string | undefined {
  if (name === "" || name === "." || name === "..") return "not a file name";
  if (/[/\\]/.test(name)) return "a path, not a file name";
  if (/\p{Cc}/u.test(name)) return "control characters";
  if ([...name].length > 255) return "longer than 255 characters";
  return undefined;
}

/** A `sha512sum` list (`<hex>  <name>` per line, sorted by name) of files. */
export async function sha512sums(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<string> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines = await Promise.all(sorted.map(async (f) => `${await sha512Hex(f.bytes)}  ${f.name}\n`));
  return lines.join("");
}

/** The lines of a `sha512sum` list: file name → expected hex (binary-mode `*` markers accepted). Malformed lines are returned apart. */
export function parseSha512sums(text: string): { readonly entries: ReadonlyMap<string, string>; readonly malformed: readonly number[] } {
  const entries = new Map<string, string>();
  const malformed: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const m = /^([0-9a-f]{128}) [ *](.+)$/.exec(line);
    if (m === null) malformed.push(i + 1);
    else entries.set(m[2] as string, m[1] as string);
  });
  return { entries, malformed };
}
