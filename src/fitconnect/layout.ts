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

/**
 * File name of the metadata document.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { join } from "node:path";
 * import { METADATA_FILE } from "fim-xoev/fitconnect";
 *
 * const metadata = JSON.parse(readFileSync(join("submission-dir", METADATA_FILE), "utf8")) as { $schema?: string };
 * console.log(metadata.$schema);
 * ```
 */
export const METADATA_FILE = "metadata.json";
/**
 * Folder of the attachments.
 *
 * @example
 * ```ts
 * import { readdirSync } from "node:fs";
 * import { join } from "node:path";
 * import { ATTACHMENTS_DIR } from "fim-xoev/fitconnect";
 *
 * console.log(readdirSync(join("submission-dir", ATTACHMENTS_DIR))); // ["haftpflichtversicherung.pdf"]
 * ```
 */
export const ATTACHMENTS_DIR = "attachments";
/**
 * Folder of the encrypted set.
 *
 * @example
 * ```ts
 * import { existsSync } from "node:fs";
 * import { join } from "node:path";
 * import { ENCRYPTED_DIR } from "fim-xoev/fitconnect";
 *
 * console.log(existsSync(join("submission-dir", ENCRYPTED_DIR)) ? "package has the JWE set" : "plain package only");
 * ```
 */
export const ENCRYPTED_DIR = "encrypted";
/**
 * The checksum list of a package on disk (`sha512sum -c SHA512SUMS`): the only hash of `metadata.json`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { join } from "node:path";
 * import { CHECKSUMS_FILE, parseSha512sums } from "fim-xoev/fitconnect";
 *
 * const { entries } = parseSha512sums(readFileSync(join("submission-dir", CHECKSUMS_FILE), "utf8"));
 * console.log([...entries.keys()]); // ["attachments/haftpflichtversicherung.pdf", "data.json", "metadata.json"]
 * ```
 */
export const CHECKSUMS_FILE = "SHA512SUMS";

/**
 * SHA-512 of bytes, lower-case hex (128 characters), as the metadata's `hash.content`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type Metadata, sha512Hex } from "fim-xoev/fitconnect";
 *
 * declare const metadata: Metadata;
 * // check the Fachdaten against the hash the metadata lists
 * const hash = await sha512Hex(readFileSync("submission-dir/data.json"));
 * console.log(hash === metadata.contentStructure.data?.hash.content);
 * ```
 */
export async function sha512Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto: the same in Node (globalThis.crypto) and in browsers, so the module needs no node:crypto.
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-512", bytes as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/**
 * The data file name for a Fachdaten MIME type.
 *
 * @example
 * ```ts
 * import { dataFileName, type Metadata } from "fim-xoev/fitconnect";
 *
 * declare const metadata: Metadata;
 * const mimeType = metadata.contentStructure.data?.submissionSchema.mimeType ?? "application/json";
 * console.log(dataFileName(mimeType)); // "data.json" or "data.xml"
 * ```
 */
export function dataFileName(mimeType: "application/json" | "application/xml"): string {
  return mimeType === "application/xml" ? "data.xml" : "data.json";
}

/**
 * The path of an attachment in the package: `attachments/<filename>`, or `attachments/<attachmentId>` without one.
 *
 * @example
 * ```ts
 * import { attachmentFileName, type Metadata } from "fim-xoev/fitconnect";
 *
 * declare const metadata: Metadata;
 * for (const a of metadata.contentStructure.attachments) console.log(attachmentFileName(a)); // attachments/haftpflichtversicherung.pdf
 * ```
 */
export function attachmentFileName(entry: Pick<AttachmentEntry, "filename" | "attachmentId">): string {
  return `${ATTACHMENTS_DIR}/${entry.filename ?? entry.attachmentId}`;
}

/**
 * The paths of the encrypted set.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { type EncryptedSubmission, encryptedFileName } from "fim-xoev/fitconnect";
 *
 * declare const encrypted: EncryptedSubmission;
 * writeFileSync(encryptedFileName.metadata, encrypted.metadata.jwe); // encrypted/metadata.jwe
 * for (const a of encrypted.attachments) if (a.attachmentId !== undefined) writeFileSync(encryptedFileName.attachment(a.attachmentId), a.jwe);
 * ```
 */
export const encryptedFileName = {
  /** `encrypted/metadata.jwe`. */
  metadata: `${ENCRYPTED_DIR}/metadata.jwe`,
  /** `encrypted/data.jwe`: the Fachdaten. */
  data: `${ENCRYPTED_DIR}/data.jwe`,
  /** `encrypted/attachments/<attachmentId>.jwe`: one attachment, named by its id (its file name may be unsafe or repeated). */
  attachment: (attachmentId: string) => `${ENCRYPTED_DIR}/${ATTACHMENTS_DIR}/${attachmentId}.jwe`,
} as const;

/**
 * Why a file name cannot stand in the package (`undefined` when it can): one plain path segment of at most 255
 * characters, no `/`, `\`, control characters, `.` or `..`.
 *
 * @example
 * ```ts
 * import { unsafeFileNameReason } from "fim-xoev/fitconnect";
 *
 * for (const name of ["haftpflichtversicherung.pdf", "../antrag.pdf", ".."]) {
 *   console.log(name, unsafeFileNameReason(name) ?? "ok"); // ok, "a path, not a file name", "not a file name"
 * }
 * ```
 */
export function unsafeFileNameReason(name: string): string | undefined {
  if (name === "" || name === "." || name === "..") return "not a file name";
  if (/[/\\]/.test(name)) return "a path, not a file name";
  if (/\p{Cc}/u.test(name)) return "control characters";
  if ([...name].length > 255) return "longer than 255 characters";
  return undefined;
}

/**
 * A `sha512sum` list (`<hex>  <name>` per line, sorted by name) of files.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { sha512sums, type Submission } from "fim-xoev/fitconnect";
 *
 * declare const submission: Submission;
 * const files = [
 *   { name: "metadata.json", bytes: submission.metadataBytes },
 *   { name: submission.data.name, bytes: submission.data.bytes },
 *   ...submission.attachments.map((a) => ({ name: a.name, bytes: a.bytes })),
 * ];
 * writeFileSync("submission-dir/SHA512SUMS", await sha512sums(files)); // `sha512sum -c SHA512SUMS` checks them
 * ```
 */
export async function sha512sums(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Promise<string> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines = await Promise.all(sorted.map(async (f) => `${await sha512Hex(f.bytes)}  ${f.name}\n`));
  return lines.join("");
}

/**
 * The lines of a `sha512sum` list: file name → expected hex (binary-mode `*` markers accepted). Malformed lines are returned apart.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseSha512sums, sha512Hex } from "fim-xoev/fitconnect";
 *
 * const { entries, malformed } = parseSha512sums(readFileSync("submission-dir/SHA512SUMS", "utf8"));
 * for (const [name, expected] of entries) {
 *   const actual = await sha512Hex(readFileSync(`submission-dir/${name}`));
 *   if (actual !== expected) console.error(`${name}: changed`);
 * }
 * if (malformed.length > 0) console.error(`malformed lines: ${malformed.join(", ")}`);
 * ```
 */
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
