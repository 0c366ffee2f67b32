/**
 * The Node implementation of `#utf8` (see `utf8.ts`). Validation is `buffer.isUtf8` (simdutf: a hundred times
 * faster than the byte loop in JavaScript that located errors before); text is `Buffer#toString("utf8")`, which,
 * on bytes already found well-formed, never produces U+FFFD. (Building Latin-1-range text as a one-byte string
 * was tried: faster to decode, but no faster end to end through the reader, so not worth its code.)
 */
import { Buffer, isUtf8 } from "node:buffer";
import type { Utf8Bytes, Utf8Platform } from "./utf8.ts";

/** See {@link Utf8Platform.isWellFormedUtf8}. */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** See {@link Utf8Platform.decodeUtf8}. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/**
 * `Buffer#utf8Slice`: what `Buffer#toString("utf8", from, to)` calls after checking its arguments, a third faster
 * for the short values the reader makes by the hundred thousand. Not in Node's typings; used where it exists.
 */
type SlicingBuffer = Buffer & { utf8Slice(from: number, to: number): string };
const HAS_UTF8_SLICE = typeof (Buffer.prototype as Partial<SlicingBuffer>).utf8Slice === "function";

/** See {@link Utf8Platform.utf8Bytes}: `Buffer` slices (one native call a value), `Buffer#compare` and `Buffer#indexOf`. */
export function utf8Bytes(bytes: Uint8Array): Utf8Bytes {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as SlicingBuffer;
  return {
    bytes,
    text: HAS_UTF8_SLICE ? (from, to) => buffer.utf8Slice(from, to) : (from, to) => buffer.toString("utf8", from, to),
    // memcmp: a quarter faster through the reader than a loop here, although it allocates an arguments object a call
    same: (a, b, length) => buffer.compare(buffer, b, b + length, a, a + length) === 0,
    indexOf: (byte, from) => buffer.indexOf(byte, from), // memchr
  };
}

/** See {@link Utf8Platform.encodeUtf8}. */
export function encodeUtf8(text: string): Uint8Array {
  return Buffer.from(text, "utf8");
}
