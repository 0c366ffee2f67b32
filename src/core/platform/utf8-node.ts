/**
 * The Node implementation of `#utf8` (see `utf8.ts`). Validation is `buffer.isUtf8` (simdutf: a hundred times
 * faster than the byte loop in JavaScript that located errors before); text is `Buffer#toString("utf8")`, which,
 * on bytes already found well-formed, never produces U+FFFD. (Building Latin-1-range text as a one-byte string
 * was tried: faster to decode, but no faster end to end through the reader, so not worth its code.)
 */
import { Buffer, isUtf8 } from "node:buffer";
import type { Utf8Platform } from "./utf8.ts";

/** See {@link Utf8Platform.isWellFormedUtf8}. */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** See {@link Utf8Platform.decodeUtf8}. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
