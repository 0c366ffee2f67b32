/**
 * Encryption as FIT-Connect does it: the metadata, the Fachdaten and every attachment, each on its own, as a JWE in
 * compact serialization with `alg` RSA-OAEP-256 (key wrapping with the destination's public RSA key) and `enc`
 * A256GCM (content encryption), with `jose`. The protected header carries `cty` (the part's MIME type) and, when the
 * public key has one, its `kid`. Decryption accepts exactly these two algorithms, checks that every segment is
 * canonical base64url (so that any changed character of a JWE is found, not just the ones that change bytes) and
 * reports each part that cannot be decrypted as a diagnostic naming its file.
 */
import type * as Jose from "jose";
import type { JWK } from "jose";
import { diagnostic, useMessages } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../core/result.ts";
import type { Submission } from "./create.ts";
import { encryptedFileName } from "./layout.ts";
import { FITCONNECT_MESSAGES } from "./messages.ts";

useMessages(FITCONNECT_MESSAGES);

/**
 * A JSON Web Key (RFC 7517) as `jose` types it: the destination's public RSA key for encrypting, its private key
 * for decrypting.
 */
export type { JWK } from "jose";

/** A key as jose imports it. */
type ImportedKey = Awaited<ReturnType<typeof Jose.importJWK>>;

/**
 * jose is ESM-only: it is loaded with `import()` when first needed, so that the CommonJS build of this module
 * loads on every Node 20 (`require` of ES modules only arrived in 20.19).
 */
const jose = (): Promise<typeof Jose> => import("jose");

/**
 * The key management algorithm of FIT-Connect.
 *
 * @example
 * ```ts
 * import { JWE_ALG, JWE_ENC } from "fim-xoev/fitconnect";
 *
 * declare const jwe: string;
 * // the protected header of every part of a FIT-Connect submission
 * const header = JSON.parse(Buffer.from(jwe.split(".")[0] ?? "", "base64url").toString("utf8")) as { alg?: string; enc?: string };
 * console.log(header.alg === JWE_ALG && header.enc === JWE_ENC); // RSA-OAEP-256 + A256GCM
 * ```
 */
export const JWE_ALG = "RSA-OAEP-256";
/**
 * The content encryption algorithm of FIT-Connect.
 *
 * @example
 * ```ts
 * import { type JWK, JWE_ALG, JWE_ENC } from "fim-xoev/fitconnect";
 *
 * // the destination's public key must allow exactly this key management algorithm
 * declare const publicKey: JWK;
 * if (publicKey.alg !== undefined && publicKey.alg !== JWE_ALG) console.error(`key is for ${publicKey.alg}, FIT-Connect needs ${JWE_ALG}`);
 * console.log(`content encryption: ${JWE_ENC}`); // A256GCM
 * ```
 */
export const JWE_ENC = "A256GCM";

/** One encrypted part: its file name in the package and the JWE (compact serialization). */
export interface EncryptedPart {
  readonly name: string;
  readonly jwe: string;
}

/** The encrypted set of a submission. */
export interface EncryptedSubmission {
  readonly metadata: EncryptedPart;
  readonly data?: EncryptedPart;
  readonly attachments: readonly (EncryptedPart & { readonly attachmentId?: string })[];
}

/** A part as the receiving side has it: its name and its (decrypted, or plain) bytes. */
export interface ReceivedPart {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The parts of a submission to verify, unencrypted. An attachment without `attachmentId` is one the metadata does not list. */
export interface SubmissionParts {
  readonly metadata: ReceivedPart;
  readonly data?: ReceivedPart;
  readonly attachments: readonly (ReceivedPart & { readonly attachmentId?: string })[];
}

function keyError(issue: string): Diagnostic {
  return diagnostic({ code: "invalid-input", params: { issue }, severity: "error", stage: "input", path: "/" });
}

/** Why a JWK cannot be used for this purpose, or `undefined`. */
function keyProblem(jwk: JWK, purpose: "encrypt" | "decrypt"): string | undefined {
  if (jwk === null || typeof jwk !== "object") return "the key is not a JWK object";
  if (jwk.kty !== "RSA") return `the key must be an RSA key (kty RSA), not ${String(jwk.kty)}`;
  if (jwk.alg !== undefined && jwk.alg !== JWE_ALG) return `the key is for ${jwk.alg}, not ${JWE_ALG}`;
  if (jwk.use !== undefined && jwk.use !== "enc") return `the key is for use "${jwk.use}", not "enc"`;
  const isPrivate = typeof jwk.d === "string";
  if (purpose === "encrypt" && isPrivate) return "this is a private key; encrypt to the destination's public key";
  if (purpose === "decrypt" && !isPrivate) return "this is a public key; decrypting needs the private key";
  const ops = jwk.key_ops;
  const needed = purpose === "encrypt" ? ["wrapKey", "encrypt"] : ["unwrapKey", "decrypt"];
  if (ops !== undefined && !ops.some((o) => needed.includes(o))) return `the key's key_ops (${ops.join(", ")}) allow no ${needed[0]}`;
  return undefined;
}

async function importKey(jwk: JWK, purpose: "encrypt" | "decrypt"): Promise<Result<ImportedKey>> {
  const problem = keyProblem(jwk, purpose);
  if (problem !== undefined) return failure([keyError(problem)]);
  try {
    // key_ops and use were checked above; jose would turn `key_ops: ["wrapKey"]` (as FIT-Connect publishes its keys)
    // into WebCrypto usages that its RSA-OAEP implementation (encrypt/decrypt) refuses
    const { key_ops: _ops, use: _use, ...material } = jwk;
    return success(await (await jose()).importJWK({ ...material, alg: JWE_ALG, ext: true }, JWE_ALG));
  } catch (e) {
    return failure([keyError(`the key cannot be imported: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}

async function encryptPart(bytes: Uint8Array, mimeType: string, key: ImportedKey, kid: string | undefined): Promise<string> {
  const { CompactEncrypt } = await jose();
  return new CompactEncrypt(bytes)
    .setProtectedHeader({ alg: JWE_ALG, enc: JWE_ENC, cty: mimeType, ...(kid !== undefined && { kid }) })
    .encrypt(key);
}

/**
 * Encrypts every part of a submission to the destination's public key (an RSA JWK). Each part gets its own
 * content key. Fails (`invalid-input`) for a key that is not a public RSA encryption key.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { type JWK, safeEncryptSubmission, type Submission } from "fim-xoev/fitconnect";
 *
 * declare const submission: Submission;
 * const publicKey = JSON.parse(readFileSync("destination-public.jwk", "utf8")) as JWK; // from the destination's data
 * const encrypted = await safeEncryptSubmission(submission, publicKey);
 * if (encrypted.success) {
 *   writeFileSync("metadata.jwe", encrypted.data.metadata.jwe);
 *   for (const a of encrypted.data.attachments) console.log(a.name, a.jwe.length);
 * } else {
 *   console.error(encrypted.diagnostics[0].message); // invalid-input: not a public RSA encryption key
 * }
 * ```
 */
export async function safeEncryptSubmission(submission: Submission, publicKey: JWK): Promise<Result<EncryptedSubmission>> {
  const key = await importKey(publicKey, "encrypt");
  if (!key.success) return failure(key.diagnostics);
  const kid = typeof publicKey.kid === "string" ? publicKey.kid : undefined;
  let metadata: string;
  let data: string;
  const attachments = [];
  try {
    metadata = await encryptPart(submission.metadataBytes, "application/json", key.data, kid);
    data = await encryptPart(submission.data.bytes, submission.data.mimeType, key.data, kid);
    for (const a of submission.attachments) {
      attachments.push({
        name: encryptedFileName.attachment(a.attachmentId),
        attachmentId: a.attachmentId,
        jwe: await encryptPart(a.bytes, a.mimeType, key.data, kid),
      });
    }
  } catch (e) {
    return failure([keyError(`the key cannot encrypt: ${e instanceof Error ? e.message : String(e)}`)]);
  }
  return success({
    metadata: { name: encryptedFileName.metadata, jwe: metadata },
    data: { name: encryptedFileName.data, jwe: data },
    attachments,
  });
}

/**
 * Encrypts every part of a submission; throws one XoevError for an unusable key.
 *
 * @example
 * ```ts
 * import { type JWK, createSubmission, encryptSubmission } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * declare const fachdaten: FormData;
 * declare const destinationKey: JWK;
 * const encrypted = await encryptSubmission(await createSubmission({ schema, data: fachdaten }), destinationKey);
 * console.log(encrypted.metadata.name, encrypted.data?.name); // encrypted/metadata.jwe encrypted/data.jwe
 * ```
 */
export async function encryptSubmission(submission: Submission, publicKey: JWK): Promise<EncryptedSubmission> {
  return unwrap(await safeEncryptSubmission(submission, publicKey));
}

const B64URL = /^[A-Za-z0-9_-]*$/;
const B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Why a compact JWE is malformed before any cryptography, or `undefined`. */
function compactProblem(jwe: string): string | undefined {
  const segments = jwe.split(".");
  if (segments.length !== 5) return `not a JWE in compact serialization (${segments.length} segments, expected 5)`;
  const names = ["protected header", "encrypted key", "initialization vector", "ciphertext", "authentication tag"];
  for (const [i, s] of segments.entries()) {
    if (!B64URL.test(s)) return `the ${names[i]} is not base64url`;
    if (s.length % 4 === 1) return `the ${names[i]} has an impossible base64url length`;
    // canonical: the unused low bits of the last character are zero
    const rest = s.length % 4;
    if (rest !== 0) {
      const last = B64_ALPHABET.indexOf(s[s.length - 1] as string);
      const unused = rest === 2 ? 0b1111 : 0b11;
      if ((last & unused) !== 0) return `the ${names[i]} is not canonical base64url (changed)`;
    }
  }
  return undefined;
}

/** Decrypts one JWE part; a diagnostic naming the part when it cannot be decrypted. */
async function decryptPart(name: string, jwe: string | Uint8Array, key: ImportedKey, kid: string | undefined): Promise<Result<Uint8Array>> {
  const fail = (reason: string) =>
    failure<Uint8Array>([
      diagnostic({
        code: "submission-decryption-failed",
        params: { part: name, reason },
        severity: "error",
        stage: "input",
        path: "/",
        file: name,
      }),
    ]);
  let text: string;
  try {
    text = typeof jwe === "string" ? jwe : new TextDecoder("utf-8", { fatal: true }).decode(jwe);
  } catch {
    return fail("not text");
  }
  text = text.replace(/\r?\n$/, "");
  const problem = compactProblem(text);
  if (problem !== undefined) return fail(problem);
  const { compactDecrypt, decodeProtectedHeader } = await jose();
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(text) as Record<string, unknown>;
  } catch {
    return fail("the protected header is not JSON");
  }
  if (header.alg !== JWE_ALG || header.enc !== JWE_ENC)
    return fail(`encrypted with ${String(header.alg)} + ${String(header.enc)}, FIT-Connect uses ${JWE_ALG} + ${JWE_ENC}`);
  if (typeof header.kid === "string" && kid !== undefined && header.kid !== kid)
    return failure([
      diagnostic({
        code: "submission-key-mismatch",
        params: { part: name, expected: header.kid, actual: kid },
        severity: "error",
        stage: "input",
        path: "/",
        file: name,
      }),
    ]);
  try {
    const r = await compactDecrypt(text, key, { keyManagementAlgorithms: [JWE_ALG], contentEncryptionAlgorithms: [JWE_ENC] });
    return success(r.plaintext);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ERR_JWE_DECRYPTION_FAILED")
      return fail("the authentication failed: the bytes were changed or the part was encrypted for another key");
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** The encrypted set as the receiving side has it (JWE text or bytes per part). */
export interface ReceivedEncryptedSubmission {
  readonly metadata: { readonly name: string; readonly jwe: string | Uint8Array };
  readonly data?: { readonly name: string; readonly jwe: string | Uint8Array };
  readonly attachments: readonly { readonly name: string; readonly jwe: string | Uint8Array; readonly attachmentId?: string }[];
}

/**
 * Decrypts every part with the destination's private key (an RSA JWK). Each part that cannot be decrypted is one
 * diagnostic naming it (`submission-decryption-failed`, or `submission-key-mismatch` when the JWE names another
 * key id than the key's); the result is then a failure whose `data` holds the parts that could be decrypted.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type JWK, safeDecryptSubmission } from "fim-xoev/fitconnect";
 *
 * const privateKey = JSON.parse(readFileSync("destination-private.jwk", "utf8")) as JWK;
 * const decrypted = await safeDecryptSubmission(
 *   {
 *     metadata: { name: "encrypted/metadata.jwe", jwe: readFileSync("encrypted/metadata.jwe") },
 *     data: { name: "encrypted/data.jwe", jwe: readFileSync("encrypted/data.jwe") },
 *     attachments: [],
 *   },
 *   privateKey,
 * );
 * if (decrypted.success) console.log(new TextDecoder("utf-8", { fatal: true }).decode(decrypted.data.metadata.bytes));
 * else for (const d of decrypted.diagnostics) console.error(d.code, d.message); // submission-decryption-failed per part
 * ```
 */
export async function safeDecryptSubmission(encrypted: ReceivedEncryptedSubmission, privateKey: JWK): Promise<Result<SubmissionParts>> {
  const key = await importKey(privateKey, "decrypt");
  if (!key.success) return failure(key.diagnostics);
  const kid = typeof privateKey.kid === "string" ? privateKey.kid : undefined;
  const diagnostics: Diagnostic[] = [];
  const one = async (name: string, jwe: string | Uint8Array) => {
    const r = await decryptPart(name, jwe, key.data, kid);
    diagnostics.push(...r.diagnostics);
    return r.success ? r.data : undefined;
  };
  const metadata = await one(encrypted.metadata.name, encrypted.metadata.jwe);
  const data = encrypted.data === undefined ? undefined : await one(encrypted.data.name, encrypted.data.jwe);
  const attachments: (ReceivedPart & { attachmentId?: string })[] = [];
  for (const a of encrypted.attachments) {
    const bytes = await one(a.name, a.jwe);
    if (bytes !== undefined)
      attachments.push({ name: a.name, bytes, ...(a.attachmentId !== undefined && { attachmentId: a.attachmentId }) });
  }
  const parts: SubmissionParts = {
    metadata: { name: encrypted.metadata.name, bytes: metadata ?? new Uint8Array() },
    ...(data !== undefined && encrypted.data !== undefined && { data: { name: encrypted.data.name, bytes: data } }),
    attachments,
  };
  const [first, ...rest] = diagnostics;
  if (first !== undefined) return failure([first, ...rest], metadata === undefined ? undefined : parts);
  return success(parts);
}

/**
 * Decrypts every part; throws one XoevError listing every part that cannot be decrypted.
 *
 * @example
 * ```ts
 * import { decryptSubmission, type JWK, type ReceivedEncryptedSubmission, verifySubmission } from "fim-xoev/fitconnect";
 *
 * declare const received: ReceivedEncryptedSubmission;
 * declare const privateKey: JWK;
 * const parts = await decryptSubmission(received, privateKey); // throws when a part cannot be decrypted
 * const verified = await verifySubmission(parts, { requireFachdaten: false });
 * console.log(verified.checks);
 * ```
 */
export async function decryptSubmission(encrypted: ReceivedEncryptedSubmission, privateKey: JWK): Promise<SubmissionParts> {
  return unwrap(await safeDecryptSubmission(encrypted, privateKey));
}
