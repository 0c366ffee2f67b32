/**
 * Finds a document type declaration in the prolog of an XML document without parsing it, so that documents
 * carrying a DTD (and with it entity declarations, external entities, entity expansion bombs) can be
 * rejected before any XML engine sees them.
 */

/** 1-based line and column (UTF-16 code units for strings, bytes otherwise) of a `<!DOCTYPE`. */
export interface DoctypePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Returns where the prolog (before the root element) declares a `<!DOCTYPE`, or `undefined` when it does not.
 * Handles a BOM, the XML declaration, comments, processing instructions and white space in the prolog; for
 * byte input UTF-8 and other ASCII-compatible encodings are scanned as bytes, UTF-16 (with or without BOM)
 * is decoded first. Anything else in the prolog ends the scan: the XML engine reports it as not well-formed.
 *
 * @example
 * ```ts
 * import { findDoctype } from "fim-xoev/validation";
 *
 * declare const upload: Uint8Array;
 * // refuse a DTD before handing the bytes to any XML engine
 * const doctype = findDoctype(upload);
 * if (doctype !== undefined) throw new Error(`DOCTYPE at line ${doctype.line}, column ${doctype.column}`);
 * ```
 */
export function findDoctype(input: string | Uint8Array): DoctypePosition | undefined {
  if (typeof input === "string") return scan(input.length, (i) => input.charCodeAt(i));
  const utf16 = utf16Encoding(input);
  if (utf16 !== undefined) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(input);
    } catch {
      // Not UTF-16 after all: the library decodes (fatally) before it asks, so only a direct caller gets here;
      // the engine rejects such bytes itself.
      return undefined;
    }
    return scan(text.length, (i) => text.charCodeAt(i));
  }
  return scan(input.length, (i) => input[i] as number);
}

function utf16Encoding(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0x00)) return "utf-16le";
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0x00 && b[1] === 0x3c)) return "utf-16be";
  return undefined;
}

const LT = 0x3c;
const QUESTION = 0x3f;
const BANG = 0x21;
const DASH = 0x2d;
const GT = 0x3e;
const DOCTYPE = "DOCTYPE";

function scan(length: number, at: (i: number) => number): DoctypePosition | undefined {
  let i = 0;
  // BOM: U+FEFF in a string, EF BB BF in UTF-8 bytes
  if (at(0) === 0xfeff) i = 1;
  else if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) i = 3;
  const start = i;
  for (;;) {
    while (i < length && isSpace(at(i))) i++;
    if (i >= length || at(i) !== LT) return undefined;
    const next = at(i + 1);
    if (next === QUESTION) {
      // XML declaration or processing instruction: skip to "?>"
      const end = indexOfPair(QUESTION, GT, i + 2, length, at);
      if (end < 0) return undefined;
      i = end + 2;
      continue;
    }
    if (next !== BANG) return undefined; // the root element (or something the engine will reject)
    if (at(i + 2) === DASH && at(i + 3) === DASH) {
      const end = indexOfComment(i + 4, length, at);
      if (end < 0) return undefined;
      i = end + 3;
      continue;
    }
    let matches = true;
    for (let k = 0; k < DOCTYPE.length; k++) {
      if ((at(i + 2 + k) & 0xdf) !== DOCTYPE.charCodeAt(k)) {
        matches = false;
        break;
      }
    }
    return matches ? position(start, i, at) : undefined;
  }
}

function indexOfPair(a: number, b: number, from: number, length: number, at: (i: number) => number): number {
  for (let i = from; i + 1 < length; i++) if (at(i) === a && at(i + 1) === b) return i;
  return -1;
}

function indexOfComment(from: number, length: number, at: (i: number) => number): number {
  for (let i = from; i + 2 < length; i++) if (at(i) === DASH && at(i + 1) === DASH && at(i + 2) === GT) return i;
  return -1;
}

function position(start: number, offset: number, at: (i: number) => number): DoctypePosition {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) {
    if (at(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
