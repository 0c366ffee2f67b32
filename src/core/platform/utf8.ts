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
}
