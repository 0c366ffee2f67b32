/**
 * The Node implementation of `#utf8` (see `utf8.ts`). Validation is `buffer.isUtf8` (simdutf, a hundred times
 * faster than a byte loop in JavaScript). Text whose characters are all below U+0100 (ASCII plus the umlauts and
 * ß of German FIM exports: every file of the corpus) is built as a Latin-1 one-byte string: the ASCII runs are
 * copied as they are and each two-byte sequence `C2 xx`/`C3 xx` becomes its one byte, several times faster than
 * `TextDecoder` (which builds a two-byte string through ICU) and half the memory. Anything else is decoded by
 * `Buffer#toString("utf8")`, which, on bytes already found well-formed, never produces U+FFFD.
 */
import { Buffer, isAscii, isUtf8 } from "node:buffer";
import type { Utf8Platform } from "./utf8.ts";

/** See {@link Utf8Platform.isWellFormedUtf8}. */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** See {@link Utf8Platform.decodeUtf8}. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return latin1Text(buf) ?? buf.toString("utf8");
}

/**
 * The text of well-formed UTF-8 `buf` as a one-byte string, or `undefined` when it holds a character from
 * U+0100 on. Such a character's lead byte is C4 or higher; every other non-ASCII byte belongs to a `C2`/`C3`
 * sequence, so the runs between those sequences must be ASCII (checked with `isAscii`, simdutf).
 */
function latin1Text(buf: Buffer): string | undefined {
  const n = buf.length;
  let c2 = buf.indexOf(0xc2);
  let c3 = buf.indexOf(0xc3);
  if (c2 < 0 && c3 < 0) return isAscii(buf) ? buf.toString("latin1", 0, n) : undefined;
  const out = Buffer.allocUnsafe(n);
  let from = 0;
  let length = 0;
  for (;;) {
    const at = c2 < 0 ? c3 : c3 < 0 ? c2 : Math.min(c2, c3);
    if (at < 0) break;
    if (at > from) {
      if (!isAscii(buf.subarray(from, at))) return undefined;
      length += buf.copy(out, length, from, at);
    }
    // well-formed: a continuation byte 80–BF follows
    out[length++] = (((buf[at] as number) & 0x03) << 6) | ((buf[at + 1] as number) & 0x3f);
    from = at + 2;
    if (at === c2) c2 = buf.indexOf(0xc2, from);
    else c3 = buf.indexOf(0xc3, from);
  }
  if (from < n) {
    if (!isAscii(buf.subarray(from, n))) return undefined;
    length += buf.copy(out, length, from, n);
  }
  return out.toString("latin1", 0, length);
}
