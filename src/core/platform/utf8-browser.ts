/** The browser implementation of `#utf8` (see `utf8.ts`): the fatal `TextDecoder`. */
import type { Utf8Bytes, Utf8Platform } from "./utf8.ts";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** See {@link Utf8Platform.decodeUtf8}. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** See {@link Utf8Platform.isWellFormedUtf8}. */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  return decodeUtf8(bytes) !== undefined;
}

/** See {@link Utf8Platform.utf8Bytes}. */
export function utf8Bytes(bytes: Uint8Array): Utf8Bytes {
  return {
    bytes,
    text: (from, to) => decoder.decode(bytes.subarray(from, to)),
    same: (a, b, length) => {
      for (let i = 0; i < length; i++) if (bytes[a + i] !== bytes[b + i]) return false;
      return true;
    },
    indexOf: (byte, from) => bytes.indexOf(byte, from),
  };
}

const encoder = new TextEncoder();

/** See {@link Utf8Platform.encodeUtf8}. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}
