/** The browser implementation of `#utf8` (see `utf8.ts`): the fatal `TextDecoder`. */
import type { Utf8Platform } from "./utf8.ts";

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
