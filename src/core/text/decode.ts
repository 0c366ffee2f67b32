/**
 * The one place where bytes become text. Every decoding is fatal on invalid input: a byte sequence that is not
 * valid in the encoding becomes an `invalid-byte-sequence` diagnostic with the byte offset and the line and
 * column where it stands (counted in the text decoded before it), never a replacement character (U+FFFD).
 *
 * Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE, ISO-8859-1, ISO-8859-15, windows-1252 and US-ASCII.
 * ISO-8859-1 is read as windows-1252, as browsers do (WHATWG): the two agree on every printable character, and
 * what Latin-1 exports carry in 0x80–0x9F is windows-1252 (€, „ “, –), not the C1 control characters.
 */
import { decodeUtf8, isWellFormedUtf8 } from "#utf8";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic, Stage } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../result.ts";

/** A text encoding the library decodes. */
export type ByteEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "ISO-8859-1" | "ISO-8859-15" | "windows-1252" | "US-ASCII";

/** The WHATWG decoder label of the multi-byte encodings and ISO-8859-15; windows-1252 is decoded by {@link decodeWindows1252}. */
const DECODER_LABEL: Readonly<Record<ByteEncoding, string>> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  "ISO-8859-1": "windows-1252",
  "ISO-8859-15": "iso-8859-15",
  "windows-1252": "windows-1252",
  "US-ASCII": "windows-1252",
};

/** windows-1252 at 0x80–0x9F (WHATWG index; the five unassigned bytes map to the C1 control of the same value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * windows-1252 (and so ISO-8859-1 and US-ASCII) by table: Node's TextDecoder("windows-1252") reads 0x80–0x9F as
 * Latin-1 C1 controls on some versions (20.x), which would silently turn a € into U+0080.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** Decodes bytes known to be valid in `encoding` (no BOM handling). */
function decodeValid(bytes: Uint8Array, encoding: ByteEncoding): string {
  if (encoding === "ISO-8859-1" || encoding === "windows-1252" || encoding === "US-ASCII") return decodeWindows1252(bytes);
  // fatal although the bytes were checked: a decoder here must never be able to produce U+FFFD
  return new TextDecoder(DECODER_LABEL[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** IANA names and aliases (lower case) of the supported encodings; `UTF-16` leaves the byte order to the BOM. */
const LABELS: Readonly<Record<string, ByteEncoding | "UTF-16">> = {
  "utf-8": "UTF-8",
  utf8: "UTF-8",
  "utf-16": "UTF-16",
  utf16: "UTF-16",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  "iso-8859-1": "ISO-8859-1",
  "iso8859-1": "ISO-8859-1",
  "iso_8859-1": "ISO-8859-1",
  "iso_8859-1:1987": "ISO-8859-1",
  "iso-ir-100": "ISO-8859-1",
  latin1: "ISO-8859-1",
  "latin-1": "ISO-8859-1",
  l1: "ISO-8859-1",
  cp819: "ISO-8859-1",
  ibm819: "ISO-8859-1",
  csisolatin1: "ISO-8859-1",
  "iso-8859-15": "ISO-8859-15",
  "iso8859-15": "ISO-8859-15",
  "iso_8859-15": "ISO-8859-15",
  "latin-9": "ISO-8859-15",
  latin9: "ISO-8859-15",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "x-cp1252": "windows-1252",
  "us-ascii": "US-ASCII",
  ascii: "US-ASCII",
  "ansi_x3.4-1968": "US-ASCII",
  "iso646-us": "US-ASCII",
  "iso-ir-6": "US-ASCII",
  us: "US-ASCII",
  cp367: "US-ASCII",
  ibm367: "US-ASCII",
  csascii: "US-ASCII",
};

/** The encoding an encoding name denotes (case-insensitive IANA names and aliases), or `undefined` when unsupported. */
export function encodingForLabel(label: string): ByteEncoding | "UTF-16" | undefined {
  const key = label.trim().toLowerCase();
  return Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
}

/** Where a byte sequence is not valid: its offset and length (the maximal ill-formed subpart, at least one byte). */
export interface InvalidSequence {
  readonly offset: number;
  readonly length: number;
  /** True when the sequence is only cut short by the end of the bytes (more bytes might complete it). */
  readonly incomplete: boolean;
}

/**
 * The first invalid sequence of UTF-8 `bytes` from `from`, following the Unicode rules (no overlong forms, no
 * encoded surrogates D800–DFFF, nothing above U+10FFFF), or `undefined` when all is valid.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): InvalidSequence | undefined {
  // the common case, valid input, checked by the platform (SIMD on Node); the scan below only locates an error
  if (isWellFormedUtf8(from === 0 ? bytes : bytes.subarray(from))) return undefined;
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f; // would encode a surrogate
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f; // would exceed U+10FFFF
    } else return { offset: i, length: 1, incomplete: false };
    let j = i + 1;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) return { offset: i, length: j - i, incomplete: true };
      const c = bytes[j] as number;
      if (c < lo || c > hi) return { offset: i, length: j - i, incomplete: false };
      lo = 0x80;
      hi = 0xbf;
    }
    i = j;
  }
  return undefined;
}

/** The first invalid sequence of `bytes` in `encoding`, or `undefined` when all is valid. */
export function findInvalidSequence(bytes: Uint8Array, encoding: ByteEncoding): InvalidSequence | undefined {
  switch (encoding) {
    case "UTF-8":
      return findInvalidUtf8(bytes);
    case "US-ASCII":
      for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return { offset: i, length: 1, incomplete: false };
      return undefined;
    case "UTF-16LE":
    case "UTF-16BE": {
      const le = encoding === "UTF-16LE";
      const unit = (i: number) =>
        le ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
      let i = 0;
      for (; i + 1 < bytes.length; i += 2) {
        const u = unit(i);
        if (u >= 0xd800 && u <= 0xdbff) {
          if (i + 3 >= bytes.length) return { offset: i, length: bytes.length - i, incomplete: true };
          const v = unit(i + 2);
          if (v < 0xdc00 || v > 0xdfff) return { offset: i, length: 2, incomplete: false };
          i += 2;
        } else if (u >= 0xdc00 && u <= 0xdfff) return { offset: i, length: 2, incomplete: false };
      }
      return i < bytes.length ? { offset: i, length: 1, incomplete: true } : undefined;
    }
    default:
      return undefined; // single-byte encodings map every byte
  }
}

/** How bytes are shown in messages: `DF 65`. */
export function hexBytes(bytes: Uint8Array, offset: number, length: number): string {
  const out: string[] = [];
  for (let i = offset; i < offset + length && i < bytes.length; i++)
    out.push((bytes[i] as number).toString(16).toUpperCase().padStart(2, "0"));
  return out.join(" ");
}

/**
 * Counts lines and columns over text as it is decoded, chunk by chunk: CR LF, CR and LF each end a line, a
 * CR LF split between two chunks included. `line`/`column` are where the next character stands (1-based;
 * the column counts UTF-16 code units, as the XML reader's columns do).
 */
export class TextPosition {
  line = 1;
  column = 1;
  private lastWasCR = false;

  advance(text: string): void {
    let line = this.line;
    let column = this.column;
    let cr = this.lastWasCR;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        if (!cr) line++;
        column = 1;
        cr = false;
      } else if (c === 0x0d) {
        line++;
        column = 1;
        cr = true;
      } else {
        column++;
        cr = false;
      }
    }
    this.line = line;
    this.column = column;
    this.lastWasCR = cr;
  }
}

/** Line and column just after `text` (where the character following it stands). */
export function positionAfter(text: string): { line: number; column: number } {
  const p = new TextPosition();
  p.advance(text);
  return { line: p.line, column: p.column };
}

/** Where a decoding diagnostic goes and which remedy its message names. */
export interface DecodeContext {
  /** `xml`: the remedy is an encoding declaration; `text`: the remedy is an encoding option. */
  readonly source: "xml" | "text";
  readonly stage: Stage;
  readonly path?: string | undefined;
  readonly file?: string | undefined;
}

/** The `invalid-byte-sequence` diagnostic for a sequence found at `offset`, with `before` the text decoded before it. */
export function invalidSequenceDiagnostic(
  encoding: ByteEncoding,
  bytes: Uint8Array,
  bad: InvalidSequence,
  location: { line: number; column: number },
  context: DecodeContext,
  offsetBase = 0,
): Diagnostic {
  return diagnostic({
    code: "invalid-byte-sequence",
    params: { encoding, offset: offsetBase + bad.offset, bytes: hexBytes(bytes, bad.offset, bad.length), source: context.source },
    severity: "fatal",
    stage: context.stage,
    path: context.path ?? "/",
    location,
    file: context.file,
  });
}

/**
 * Decodes `bytes` in `encoding`, fatally: the first invalid sequence is an `invalid-byte-sequence` diagnostic
 * with its byte offset (plus `offsetBase`, e.g. a BOM's length) and its line and column. No BOM is removed here.
 */
export function safeDecodeBytes(bytes: Uint8Array, encoding: ByteEncoding, context: DecodeContext, offsetBase = 0): Result<string> {
  if (encoding === "UTF-8") {
    const text = decodeUtf8(bytes);
    if (text !== undefined) return success(text);
  } else if (encoding === "UTF-16LE" || encoding === "UTF-16BE") {
    try {
      return success(new TextDecoder(DECODER_LABEL[encoding], { fatal: true, ignoreBOM: true }).decode(bytes));
    } catch {
      // located below
    }
  }
  const bad = findInvalidSequence(bytes, encoding);
  if (bad === undefined) return success(decodeValid(bytes, encoding));
  const before = decodeValid(bytes.subarray(0, bad.offset), encoding);
  return failure([invalidSequenceDiagnostic(encoding, bytes, bad, positionAfter(before), context, offsetBase)]);
}

/** A decoding failure of {@link Utf8Stream}: the sequence and where it stands. */
export interface StreamDecodeError {
  /** Offset of the sequence from the first byte pushed. */
  readonly offset: number;
  /** The sequence, as hex (`C3`). */
  readonly bytes: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A fatal streaming UTF-8 decoder: each chunk yields the text of its complete sequences; a sequence cut by the
 * chunk's end is kept for the next chunk (and is an error if the input ends there). The first invalid sequence
 * ends decoding with its absolute byte offset, line and column; `text` is what was valid before it.
 */
export class Utf8Stream {
  private carry: Uint8Array = new Uint8Array(0);
  private consumed = 0;
  /** Decodes only the prefix found valid (fatal all the same: never a U+FFFD). */
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** The position after the text decoded so far. */
  readonly position = new TextPosition();
  /** Set by the first invalid sequence; no text is decoded after it. */
  error: StreamDecodeError | undefined;

  push(chunk: Uint8Array): string {
    if (this.error !== undefined) return "";
    let data = chunk;
    if (this.carry.length > 0) {
      data = new Uint8Array(this.carry.length + chunk.length);
      data.set(this.carry);
      data.set(chunk, this.carry.length);
    }
    const bad = findInvalidUtf8(data);
    const end = bad === undefined ? data.length : bad.offset;
    const text = this.decoder.decode(data.subarray(0, end));
    this.position.advance(text);
    if (bad !== undefined && !bad.incomplete) {
      this.fail(data, bad);
      this.carry = new Uint8Array(0);
    } else {
      this.carry = data.slice(end);
    }
    this.consumed += end;
    return text;
  }

  /** Ends the input: a sequence still cut short is an error. */
  end(): void {
    if (this.error === undefined && this.carry.length > 0)
      this.fail(this.carry, { offset: 0, length: this.carry.length, incomplete: true });
    this.carry = new Uint8Array(0);
  }

  private fail(data: Uint8Array, bad: InvalidSequence): void {
    this.error = {
      offset: this.consumed + bad.offset,
      bytes: hexBytes(data, bad.offset, bad.length),
      line: this.position.line,
      column: this.position.column,
    };
  }
}
