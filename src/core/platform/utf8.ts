/**
 * Fast UTF-8 for the one byte decoder (`core/text/decode.ts`), chosen at build time through the package's
 * `imports` map (`#utf8`) like `#host`: `utf8-node.ts` uses Node's SIMD validation (`buffer.isUtf8`, simdutf)
 * and builds Latin-1 text as a one-byte string, `utf8-browser.ts` the fatal `TextDecoder`. Both are fatal: a
 * byte sequence that is not UTF-8 gives `undefined` (the decoder then locates it), never U+FFFD.
 */

/** The functions each implementation exports. */
export interface Utf8Platform {
  /** True when all of `bytes` is well-formed UTF-8 (Unicode rules: no overlong forms, surrogates or > U+10FFFF). */
  isWellFormedUtf8(bytes: Uint8Array): boolean;
  /** The text of `bytes` when they are well-formed UTF-8 (no BOM handling), else `undefined`. */
  decodeUtf8(bytes: Uint8Array): string | undefined;
  /** A view of well-formed UTF-8 bytes for the reader's fast path (see {@link Utf8Bytes}). */
  utf8Bytes(bytes: Uint8Array): Utf8Bytes;
  /** The UTF-8 bytes of `text`, which holds no lone surrogate (the caller checks: an encoder would write U+FFFD). */
  encodeUtf8(text: string): Uint8Array;
}

/**
 * Well-formed UTF-8 bytes, read in place: the reader's fast path scans the bytes and makes strings only of the
 * values it keeps, instead of decoding the whole document into one string first (decoding 71 MB of the corpus
 * cost as much as scanning it).
 */
export interface Utf8Bytes {
  readonly bytes: Uint8Array;
  /** The text of bytes `from` to `to`, which hold whole characters (the bytes were found well-formed). */
  text(from: number, to: number): string;
  /** True when the `length` bytes at `a` are the bytes at `b` (both ranges inside the bytes). */
  same(a: number, b: number, length: number): boolean;
  /** Offset of the first `byte` at or after `from`, or -1. */
  indexOf(byte: number, from: number): number;
}
