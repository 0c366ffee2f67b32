import { encodeUtf8, utf8Bytes } from "#utf8";
import type { Utf8Bytes } from "../platform/utf8.ts";
import { DEFAULT_READ_LIMITS } from "./limits.ts";
import type { QName, XmlAttribute, XmlElement, XmlNode } from "./node.ts";
import { XML_NAMESPACE } from "./node.ts";
import type { XmlDeclaration, XmlDocument } from "./read.ts";

/**
 * The reader's fast path: a strict scanner for the XML that real FIM/XÖV files are made of, building the
 * same tree as the saxes path in a fraction of the time: it reads the UTF-8 bytes in place and makes strings only
 * of the names and values it keeps (decoding a whole document into one string first cost as much as scanning
 * it), names are hashed once and interned per document, and repeated sibling subtrees are compared as bytes and
 * cloned instead of scanned, instead of a character-by-character state machine with an event per token.
 * Positions are counted in characters (UTF-16 code units) as saxes counts them, not in bytes.
 *
 * It never reports an error. On anything it does not fully check (any well-formedness error, a DOCTYPE,
 * non-ASCII names, surrogate pairs, a lone CR, an exceeded limit, an unusual namespace declaration…) it
 * returns `undefined`, and the caller reads the document with saxes, which is the authority for every
 * diagnostic. The contract, pinned by differential tests against the saxes path: whenever this returns a
 * document, saxes accepts the input too and builds a deep-equal tree (positions included).
 */

interface Limits {
  readonly maxDepth: number;
  readonly maxText: number;
  /** See `ReadOptions.maxAttributes` (default {@link DEFAULT_READ_LIMITS}). */
  readonly maxAttributes?: number | undefined;
  /** See `ReadOptions.maxNameLength`. */
  readonly maxNameLength?: number | undefined;
  /** See `ReadOptions.maxNamespaceDeclarations`. */
  readonly maxNamespaceDeclarations?: number | undefined;
  /** See `ReadOptions.shallowRepeats`. */
  readonly shallowRepeats?: readonly QName[] | undefined;
  /**
   * Shallow repeats chosen by the root element's namespace URI (taking precedence over {@link shallowRepeats}
   * once the root is read): a reader of several standards reads each document as its own standard's parser would.
   */
  readonly shallowRepeatsByRoot?: ReadonlyMap<string, readonly QName[]> | undefined;
}

/**
 * A character outside what this scanner accepts (XML 1.0 Char minus surrogates, so no pairs to check, and no
 * character beyond U+FFFF, so that a column in bytes less continuation bytes is the column in UTF-16 units).
 * Every text, attribute value, comment, PI and CDATA section with a non-ASCII byte is tested after decoding; ASCII
 * is classified byte by byte ({@link CLASS}); all other characters the scanner passes are checked one by one
 * (names, white space, quotes, `=`, `<`, `>`), and a repeated subtree repeats checked bytes.
 */
const UNUSUAL_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/;
/** A UTF-16 surrogate: a string holding one is left to saxes (an encoder would turn a lone one into U+FFFD). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Byte classes of character data, OR-ed over a value while it is scanned ({@link CLASS}). */
const CTRL = 1; // C0 control other than tab, LF, CR: not an XML character
const HIGH = 2; // a byte of a non-ASCII character: the decoded value is tested with UNUSUAL_CHAR
const AMP = 4; // '&': references to replace
const GT = 8; // '>': in text, part of a forbidden "]]>"?
const CR = 16; // CR: CR LF becomes LF
const WS = 32; // tab, LF, CR: attribute-value normalisation turns them into spaces
const TEXT = 64; // anything but white space
const LT = 128; // '<': ends character data; not allowed in attribute values
const CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  if (c === 0x3c) CLASS[c] = LT | TEXT;
  else if (c === 0x0d) CLASS[c] = CR | WS;
  else if (c === 0x09 || c === 0x0a) CLASS[c] = WS;
  else if (c === 0x20) CLASS[c] = 0;
  else if (c < 0x20) CLASS[c] = CTRL | TEXT;
  else if (c >= 0x80) CLASS[c] = HIGH | TEXT;
  else if (c === 0x26) CLASS[c] = AMP | TEXT;
  else if (c === 0x3e) CLASS[c] = GT | TEXT;
  else CLASS[c] = TEXT;
}
/** ASCII name characters: 1 = may start a name, 2 = may continue one. Non-ASCII names take the saxes path. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) NAME_CHAR[c] = 1;
  else if (/[0-9.-]/.test(ch)) NAME_CHAR[c] = 2;
}

/** Longest walk through the name table before the document is left to saxes (see {@link NameTable}). */
const MAX_PROBES = 32;

/** A qualified name as written, split once per document and shared by every tag that uses it. */
interface Name {
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  readonly hash: number;
  /** The name's bytes (ASCII), for comparing with the source. */
  readonly codes: Uint8Array;
  /**
   * The number of the last start tag that had an attribute of this name: a duplicate attribute is found in O(1)
   * instead of by comparing with every earlier attribute of the tag (quadratic in the attribute count).
   */
  seenInTag: number;
}

/**
 * The names of one document, interned: a tag's name is hashed while it is scanned and looked up here, so
 * that the 1.6 million tags of the corpus cost no string allocations for their names (a document has a
 * few dozen distinct names). Open addressing; the table grows before it is half full.
 */
class NameTable {
  private slots: (Name | undefined)[] = new Array(64);
  private mask = 63;
  private size = 0;
  /** Set by {@link scan}: end of the name and offset of its colon (-1: none). */
  end = 0;
  colon = -1;

  constructor(
    private readonly src: Utf8Bytes,
    private readonly maxLength: number,
  ) {}

  /** The ASCII QName starting at `k` (NCName, optionally prefixed); throws BAIL when there is none. */
  scan(b: Uint8Array, k: number): Name {
    let c = b[k] as number;
    if (c >= 128 || NAME_CHAR[c] !== 1) throw BAIL;
    const start = k;
    let hash = c;
    let colon = -1;
    for (;;) {
      c = b[++k] as number;
      if (c < 128 && NAME_CHAR[c] !== 0) {
        hash = (Math.imul(hash, 31) + c) | 0;
        continue;
      }
      if (c !== 0x3a || colon >= 0) break;
      colon = k;
      hash = (Math.imul(hash, 31) + c) | 0;
      c = b[++k] as number;
      if (c >= 128 || NAME_CHAR[c] !== 1) throw BAIL; // empty local part, or one starting with a digit
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    this.end = k;
    this.colon = colon;
    const length = k - start;
    if (length > this.maxLength) throw BAIL; // saxes reports name-limit-exceeded
    let i = hash & this.mask;
    for (let probes = 0; ; probes++) {
      const slot = this.slots[i];
      if (slot === undefined) break;
      if (slot.hash === hash && slot.codes.length === length && sameChars(b, start, slot.codes)) return slot;
      // Names made to collide (easy with this hash) would make every lookup a long walk: leave them to saxes.
      if (probes === MAX_PROBES) throw BAIL;
      i = (i + 1) & this.mask;
    }
    const qname = this.src.text(start, k);
    const codes = b.slice(start, k);
    const name: Name =
      colon < 0
        ? { qname, prefix: "", local: qname, hash, codes, seenInTag: 0 }
        : { qname, prefix: qname.slice(0, colon - start), local: qname.slice(colon - start + 1), hash, codes, seenInTag: 0 };
    this.slots[i] = name;
    if (++this.size * 2 > this.mask) this.grow();
    return name;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Array(this.mask + 1);
    for (const name of old) {
      if (name === undefined) continue;
      let i = name.hash & this.mask;
      while (this.slots[i] !== undefined) i = (i + 1) & this.mask;
      this.slots[i] = name;
    }
  }
}

/** True when `b` has the bytes `codes` at `at`. */
function sameChars(b: Uint8Array, at: number, codes: Uint8Array): boolean {
  for (let j = 0; j < codes.length; j++) if (b[at + j] !== codes[j]) return false;
  return true;
}

/** End of the ASCII NCName starting at `k`, or `k` when there is none (PI targets). */
function ncNameEnd(b: Uint8Array, k: number): number {
  let c = b[k] as number;
  if (c >= 128 || NAME_CHAR[c] !== 1) return k;
  do c = b[++k] as number;
  while (c < 128 && NAME_CHAR[c] !== 0);
  return k;
}

/** Offset of the first `c1 c2` at or after `from`, or -1. */
function find2(b: Uint8Array, from: number, c1: number, c2: number): number {
  const last = b.length - 1;
  for (let k = from; k < last; k++) if (b[k] === c1 && b[k + 1] === c2) return k;
  return -1;
}

/** Offset of the first `]]>` at or after `from`, or -1. */
function cdataEnd(b: Uint8Array, from: number): number {
  for (let k = find2(b, from, 0x5d, 0x5d); k >= 0; k = find2(b, k + 1, 0x5d, 0x5d)) if (b[k + 2] === 0x3e) return k;
  return -1;
}

/** The classes ({@link CLASS}) of the bytes `from` to `to`, OR-ed. */
function classesOf(b: Uint8Array, from: number, to: number): number {
  let acc = 0;
  for (let k = from; k < to; k++) acc |= CLASS[b[k] as number] as number;
  return acc;
}

/** True when `b` holds the ASCII `text` at `at`. */
function startsWith(b: Uint8Array, at: number, text: string): boolean {
  for (let j = 0; j < text.length; j++) if (b[at + j] !== text.charCodeAt(j)) return false;
  return true;
}

/** Offset of the first LF at or after `from`, or the length of the bytes. */
function newlineFrom(src: Utf8Bytes, from: number): number {
  const k = src.indexOf(0x0a, from);
  return k < 0 ? src.bytes.length : k;
}

/** Pretty-printing white space ("\n" and n spaces) shared instead of allocated per text node. */
const INDENTS: string[] = [];
const XML_DECL =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(yes|no)"|'(yes|no)'))?[ \t\r\n]*\?>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/y;
const ENTITY_VALUES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** The empty attribute list shared with the saxes path's convention (frozen). */
const NO_ATTRIBUTES = Object.freeze([]) as unknown as XmlAttribute[];

class Bail {}
const BAIL = new Bail();

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Replaces the five predefined entities and character references; throws BAIL on anything else. The result is
 * written as UTF-16 code units into one buffer (never longer than the input: every reference is longer than
 * what it stands for) and turned into a string 8 192 at a time: a million references cost no string each.
 */
function decodeReferences(s: string): string {
  const n = s.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const units = scratch;
  let length = 0;
  let k = 0;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (c !== 0x26) {
      units[length++] = c;
      k++;
      continue;
    }
    k++;
    if (s.charCodeAt(k) === 0x23) {
      const hex = s.charCodeAt(k + 1) === 0x78;
      k += hex ? 2 : 1;
      const digitsStart = k;
      let cp = 0;
      for (;;) {
        const d = s.charCodeAt(k);
        let v: number;
        if (d >= 0x30 && d <= 0x39) v = d - 0x30;
        else if (hex && d >= 0x61 && d <= 0x66) v = d - 0x57;
        else if (hex && d >= 0x41 && d <= 0x46) v = d - 0x37;
        else break;
        cp = cp * (hex ? 16 : 10) + v;
        k++;
      }
      if (k === digitsStart || k - digitsStart > 7 || s.charCodeAt(k) !== 0x3b) throw BAIL;
      const ok =
        cp === 0x09 ||
        cp === 0x0a ||
        cp === 0x0d ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff);
      if (!ok) throw BAIL;
      if (cp < 0x10000) units[length++] = cp;
      else {
        units[length++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[length++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      }
      k++;
    } else {
      ENTITY.lastIndex = k - 1;
      const m = ENTITY.exec(s);
      if (m === null || m[1] === undefined) throw BAIL;
      units[length++] = (ENTITY_VALUES[m[1]] as string).charCodeAt(0);
      k = ENTITY.lastIndex;
    }
  }
  // apply, not a spread: a spread walks the iterator protocol, an allocation per code unit
  if (length <= 8192) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = "";
  for (let i = 0; i < length; i += 8192)
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return out;
}

/** The code units {@link decodeReferences} writes, kept between calls (it is not re-entered). */
let scratch = new Uint16Array(256);

/** Content of a comment, PI or CDATA section as XML delivers it: CR LF as LF (a lone CR never gets here). */
function rawValue(src: Utf8Bytes, from: number, to: number): string {
  const acc = classesOf(src.bytes, from, to);
  if ((acc & CTRL) !== 0) throw BAIL;
  const s = src.text(from, to);
  if ((acc & HIGH) !== 0 && UNUSUAL_CHAR.test(s)) throw BAIL;
  return (acc & CR) !== 0 ? s.replace(/\r\n/g, "\n") : s;
}

/**
 * A text node's value, from its bytes `from` to `to` and their classes `acc`: shared for pretty-printing white
 * space, else decoded.
 */
function characterData(src: Utf8Bytes, from: number, to: number, acc: number): string {
  const b = src.bytes;
  if ((acc & CTRL) !== 0) throw BAIL;
  if ((acc & TEXT) === 0 && b[from] === 0x0a) {
    let k = from + 1;
    while (k < to && b[k] === 0x20) k++;
    const spaces = to - from - 1;
    // Only real indentation is shared: the table lives as long as the process.
    if (k === to && spaces < 256) return (INDENTS[spaces] ??= `\n${" ".repeat(spaces)}`);
  }
  if ((acc & GT) !== 0) for (let k = from + 2; k < to; k++) if (b[k] === 0x3e && b[k - 1] === 0x5d && b[k - 2] === 0x5d) throw BAIL;
  let value = src.text(from, to);
  if ((acc & HIGH) !== 0 && UNUSUAL_CHAR.test(value)) throw BAIL;
  if ((acc & CR) !== 0) value = value.replace(/\r\n/g, "\n");
  return (acc & AMP) === 0 ? value : decodeReferences(value);
}

/**
 * An attribute value as XML delivers it, from its bytes `from` to `to` and their classes `acc`: white-space
 * characters as written become spaces, then references.
 */
function attributeValue(src: Utf8Bytes, from: number, to: number, acc: number): string {
  if ((acc & (CTRL | LT)) !== 0) throw BAIL;
  let s = src.text(from, to);
  if ((acc & HIGH) !== 0 && UNUSUAL_CHAR.test(s)) throw BAIL;
  if ((acc & WS) !== 0) s = s.replace(/\r\n/g, "\n").replace(/[\t\n\r]/g, " ");
  return (acc & AMP) === 0 ? s : decodeReferences(s);
}

/**
 * The attributes of `el` for a copy of it elsewhere: positions on the line where the copied subtree starts
 * (`firstLine`) move by `lineDelta` and `columnDelta`, those on later lines by `lineDelta` alone. The array has
 * exactly their number of slots (see {@link OPEN}).
 */
function shiftedAttributes(el: XmlElement, firstLine: number, lineDelta: number, columnDelta: number): XmlAttribute[] {
  if (el.attributes.length === 0) return NO_ATTRIBUTES;
  return el.attributes.map((a) => ({
    namespace: a.namespace,
    local: a.local,
    prefix: a.prefix,
    value: a.value,
    line: a.line + lineDelta,
    column: a.line === firstLine ? a.column + columnDelta : a.column,
  }));
}

/**
 * A copy of the subtree of `el`, for a repeat of its source text elsewhere: positions on the line where `el`
 * starts (`firstLine`) move by `lineDelta` and `columnDelta`, those on later lines by `lineDelta` alone. Text,
 * comment and PI nodes are immutable and shared, and so is the children array of an element without child
 * elements (nothing changes a tree once read).
 */
function cloneShifted(el: XmlElement, parent: XmlElement, firstLine: number, lineDelta: number, columnDelta: number): XmlElement {
  const decls = el.namespaceDeclarations;
  const source = el.children;
  let leaf = true;
  for (let i = 0; i < source.length; i++) {
    if ((source[i] as XmlNode).kind === "element") {
      leaf = false;
      break;
    }
  }
  const copy: XmlElement = {
    kind: "element",
    namespace: el.namespace,
    local: el.local,
    prefix: el.prefix,
    attributes: shiftedAttributes(el, firstLine, lineDelta, columnDelta),
    children: source,
    namespaceDeclarations: decls === undefined ? undefined : { ...decls },
    parent,
    line: el.line + lineDelta,
    column: el.line === firstLine ? el.column + columnDelta : el.column,
  };
  if (!leaf) {
    (copy as { children: XmlNode[] }).children = source.map((c) =>
      c.kind === "element" ? cloneShifted(c, copy, firstLine, lineDelta, columnDelta) : c,
    );
  }
  return copy;
}

/**
 * The children of an element while it is open: its children are gathered on one stack for the whole document and
 * become an array of their own length when it closes. An array grown by `push` from `[]` has room for 17 (V8),
 * and most elements hold one text node: the corpus's trees took 109 MB for 71 MB of XML (83 MB without the
 * room), and every scavenge copies what survives, so the wasted room cost garbage-collection time, not only memory.
 */
const OPEN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/** Roots of trees in which the fast path copied a repeated subtree (see {@link hasCopiedSubtrees}). */
const treesWithCopies = new WeakSet<XmlElement>();

/**
 * Whether the reader made the tree of `root` with copies of repeated subtrees (which share their text nodes and
 * leaf children with the first occurrence): only then can a consumer's memo of subtrees (the JS XSD engine's)
 * find anything. Shallow repeats (`ReadOptions.shallowRepeats`) are not counted: they share their children array.
 */
export function hasCopiedSubtrees(root: XmlElement): boolean {
  return treesWithCopies.has(root);
}

/** Whether `el` is one of the elements read shallow when they repeat (a loop: no closure per repeat). */
function isShallow(shallow: readonly QName[] | undefined, el: XmlElement): boolean {
  if (shallow === undefined) return false;
  for (let i = 0; i < shallow.length; i++) {
    const q = shallow[i] as QName;
    if (q.local === el.local && q.namespace === el.namespace) return true;
  }
  return false;
}

/** A shallow repeat of `el` (see `ReadOptions.shallowRepeats`): own position, parent and attributes; shared children. */
function shallowCopy(el: XmlElement, parent: XmlElement, lineDelta: number, columnDelta: number): XmlElement {
  const decls = el.namespaceDeclarations;
  return {
    kind: "element",
    namespace: el.namespace,
    local: el.local,
    prefix: el.prefix,
    attributes: shiftedAttributes(el, el.line, lineDelta, columnDelta),
    children: el.children,
    namespaceDeclarations: decls === undefined ? undefined : { ...decls },
    parent,
    line: el.line + lineDelta,
    column: el.column + columnDelta,
  };
}

/** Reads `src` (decoded, BOM removed, length already checked) or returns `undefined` for the saxes path. */
export function readWellFormed(src: string, limits: Limits): XmlDocument | undefined {
  if (SURROGATE.test(src)) return undefined;
  return readWellFormedBytes(encodeUtf8(src), limits);
}

/**
 * Reads `bytes`, which must be well-formed UTF-8 (checked by the caller; BOM removed, length already checked), or
 * returns `undefined` for the saxes path.
 */
export function readWellFormedBytes(bytes: Uint8Array, limits: Limits): XmlDocument | undefined {
  const src = utf8Bytes(bytes);
  // a lone CR (not followed by LF) is left to saxes; CR LF files are checked one line end at a time (memchr)
  for (let k = src.indexOf(0x0d, 0); k >= 0; k = src.indexOf(0x0d, k + 1)) if (bytes[k + 1] !== 0x0a) return undefined;
  try {
    return scan(src, limits);
  } catch {
    // BAIL, or anything unforeseen (e.g. the stack running out while cloning a subtree nested deeper than the
    // default limits allow): saxes reads the document and reports whatever there is to report.
    return undefined;
  }
}

function scan(src: Utf8Bytes, limits: Limits): XmlDocument {
  const b = src.bytes;
  const n = b.length;
  const { maxDepth, maxText } = limits;
  let copies = false; // a repeated subtree was copied (see hasCopiedSubtrees)
  let shallow = limits.shallowRepeats !== undefined && limits.shallowRepeats.length > 0 ? limits.shallowRepeats : undefined;
  let pos = 0;
  // Line bookkeeping: the last offset asked for is on line `line`, which starts at `lineStart`.
  let line = 1;
  let lineStart = 0;
  let nextNewline = newlineFrom(src, 0);
  /** Moves the line bookkeeping forward to `off` (offsets asked for only ever increase). */
  const lineOf = (off: number): void => {
    while (nextNewline < off) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = newlineFrom(src, lineStart);
    }
  };
  // Column bookkeeping: the characters of the current line before byte `columnAt` are `columnChars`.
  let columnAt = 0;
  let columnChars = 0;
  /** The column (in characters) of byte `off` on the current line, after {@link lineOf}(off). */
  const columnOf = (off: number): number => {
    if (columnAt < lineStart || columnAt > off) {
      columnAt = lineStart;
      columnChars = 0;
    }
    // every byte but a continuation byte (10xxxxxx) starts a character (and none is beyond U+FFFF, see UNUSUAL_CHAR)
    for (let k = columnAt; k < off; k++) if (((b[k] as number) & 0xc0) !== 0x80) columnChars++;
    columnAt = off;
    return columnChars + 1;
  };

  let declaration: XmlDeclaration | undefined;
  XML_DECL.lastIndex = 0;
  if (startsWith(b, 0, "<?xml") && isSpace(b[5] as number)) {
    // the declaration as Latin-1 (it is ASCII; one longer than this is left to saxes)
    let head = "";
    for (let k = 0; k < n && k < 512; k++) head += String.fromCharCode(b[k] as number);
    const m = XML_DECL.exec(head);
    if (m === null) throw BAIL;
    declaration = { version: "1.0", encoding: m[1] ?? m[2], standalone: m[3] ?? m[4] };
    pos = XML_DECL.lastIndex;
  }

  const prolog: XmlNode[] = [];
  const epilog: XmlNode[] = [];
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  const starts: number[] = []; // offsets of the open elements' '<'
  // Per depth: the last element closed there under the current parent, with its name and source range.
  // A sibling whose source text is the same is a copy of it (FIM exports repeat identical relations by the
  // thousand: 80% of the corpus's bytes), and is cloned instead of scanned.
  const sibling: (XmlElement | undefined)[] = [];
  const siblingName: (Name | undefined)[] = [];
  const siblingStart: number[] = [];
  const siblingEnd: number[] = [];
  // ... and the shape of its source text, so that the line and column bookkeeping can step over a repeat of it
  // without reading its bytes again: line breaks in it, offset of the last one from its start (-1: none), and its
  // characters after the last line break (all of them when there is none).
  const siblingNewlines: number[] = [];
  const siblingLastNewline: number[] = [];
  const siblingTail: number[] = [];
  /** Records the source shape of the element `el` just closed at depth `depth`, read from `start` to `end`. */
  const closeSibling = (depth: number, el: XmlElement, name: Name, start: number, end: number): void => {
    sibling[depth] = el;
    siblingName[depth] = name;
    siblingStart[depth] = start;
    siblingEnd[depth] = end;
    lineOf(end - 1);
    const newlines = line - el.line;
    siblingNewlines[depth] = newlines;
    siblingLastNewline[depth] = newlines > 0 ? lineStart - 1 - start : -1;
    siblingTail[depth] = columnOf(end) - (newlines > 0 ? 1 : el.column);
  };
  const maxAttributes = limits.maxAttributes ?? DEFAULT_READ_LIMITS.maxAttributes;
  const maxNameLength = limits.maxNameLength ?? DEFAULT_READ_LIMITS.maxNameLength;
  const maxNamespaceDeclarations = limits.maxNamespaceDeclarations ?? DEFAULT_READ_LIMITS.maxNamespaceDeclarations;
  const names = new NameTable(src, maxNameLength);
  let tagNumber = 0; // numbers the start tags, for `Name.seenInTag`
  const open: Name[] = []; // names of the open elements, for their end tags
  // Namespace bindings in scope, innermost last: prefix (`""` = default) → URI. `bindingMarks` holds, per open
  // element, how many bindings there were before it. The last lookup is cached: documents declare their
  // namespaces on the root, so the cache nearly never goes stale.
  // `scopes` holds, per prefix, the URIs bound to it, innermost last: a lookup costs O(1) however many
  // declarations are in scope (a scan of them all made thousands of declarations a quadratic case).
  const boundPrefixes: string[] = [];
  const scopes = new Map<string, string[]>([
    ["xml", [XML_NAMESPACE]],
    ["", [""]],
  ]);
  const bind = (prefix: string, uri: string): void => {
    boundPrefixes.push(prefix);
    const scope = scopes.get(prefix);
    if (scope === undefined) scopes.set(prefix, [uri]);
    else scope.push(uri);
  };
  const bindingMarks: number[] = [];
  let cachedPrefix = "";
  let cachedUri = "";
  const resolve = (prefix: string): string | undefined => {
    if (prefix === cachedPrefix) return cachedUri;
    const scope = scopes.get(prefix);
    if (scope === undefined || scope.length === 0) return undefined;
    cachedPrefix = prefix;
    cachedUri = scope[scope.length - 1] as string;
    return cachedUri;
  };
  const unbind = (): void => {
    const mark = bindingMarks.pop() as number;
    if (mark !== boundPrefixes.length) {
      for (let i = mark; i < boundPrefixes.length; i++) scopes.get(boundPrefixes[i] as string)?.pop();
      boundPrefixes.length = mark;
      cachedPrefix = "\u0000";
    }
  };
  let parent: XmlElement | undefined;
  const attrNames: Name[] = [];
  const attrValues: string[] = [];
  const attrOffsets: number[] = [];

  // The children of the open elements, innermost last; `childMarks` holds where each open element's begin.
  const nodes: XmlNode[] = [];
  const childMarks: number[] = [];

  const misc = (node: XmlNode) => {
    if (parent !== undefined) nodes.push(node);
    else (root === undefined ? prolog : epilog).push(node);
  };

  while (pos < n) {
    // character data up to the next '<', its byte classes OR-ed
    let lt = pos;
    let acc = 0;
    for (; lt < n; lt++) {
      const cls = CLASS[b[lt] as number] as number;
      if (cls === (LT | TEXT)) break;
      acc |= cls;
    }
    if (lt > pos) {
      if (lt - pos > maxText) throw BAIL;
      if (parent === undefined) {
        if ((acc & TEXT) !== 0) throw BAIL;
      } else {
        nodes.push({ kind: "text", value: characterData(src, pos, lt, acc) });
      }
    }
    if (lt === n) break;
    pos = lt + 1;
    const c = b[pos] as number;
    if (c === 0x2f) {
      // end tag
      const name = open.pop();
      if (name === undefined || !sameChars(b, pos + 1, name.codes)) throw BAIL;
      let k = pos + 1 + name.codes.length;
      while (isSpace(b[k] as number)) k++;
      if (b[k] !== 0x3e) throw BAIL;
      pos = k + 1;
      const closed = stack.pop() as XmlElement;
      const mark = childMarks.pop() as number;
      (closed as { children: XmlNode[] }).children = nodes.slice(mark);
      nodes.length = mark;
      unbind();
      const depth = stack.length;
      closeSibling(depth, closed, name, starts.pop() as number, pos);
      parent = stack[depth - 1];
      continue;
    }
    if (c === 0x21) {
      if (b[pos + 1] === 0x2d && b[pos + 2] === 0x2d) {
        const end = find2(b, pos + 3, 0x2d, 0x2d);
        if (end < 0 || b[end + 2] !== 0x3e) throw BAIL; // unterminated, or "--" inside
        if (end - pos - 3 > maxText) throw BAIL;
        misc({ kind: "comment", value: rawValue(src, pos + 3, end) });
        pos = end + 3;
        continue;
      }
      if (startsWith(b, pos + 1, "[CDATA[") && parent !== undefined) {
        const end = cdataEnd(b, pos + 8);
        if (end < 0 || end - pos - 8 > maxText) throw BAIL;
        nodes.push({ kind: "text", value: rawValue(src, pos + 8, end), cdata: true });
        pos = end + 3;
        continue;
      }
      throw BAIL; // DOCTYPE, or markup saxes reports
    }
    if (c === 0x3f) {
      let k = ncNameEnd(b, pos + 1);
      if (k === pos + 1 || k - pos - 1 > maxNameLength) throw BAIL;
      const target = src.text(pos + 1, k);
      if (target.length === 3 && target.toLowerCase() === "xml") throw BAIL;
      const end = find2(b, k, 0x3f, 0x3e);
      if (end < 0) throw BAIL;
      if (end > k) {
        if (!isSpace(b[k] as number)) throw BAIL;
        while (k < end && isSpace(b[k] as number)) k++;
      }
      misc({ kind: "pi", target, value: rawValue(src, k, end) });
      pos = end + 2;
      continue;
    }

    // start tag
    if (root !== undefined && parent === undefined) throw BAIL; // a second root element
    const name = names.scan(b, pos);
    const depth = stack.length;
    const previous = sibling[depth];
    if (previous !== undefined && siblingName[depth] === name && parent !== undefined) {
      const from = siblingStart[depth] as number;
      const length = (siblingEnd[depth] as number) - from;
      if (lt + length <= n && src.same(lt, from, length)) {
        lineOf(lt);
        const column = columnOf(lt);
        const lineDelta = line - previous.line;
        const columnDelta = column - previous.column;
        let copy: XmlElement;
        if (isShallow(shallow, previous)) copy = shallowCopy(previous, parent, lineDelta, columnDelta);
        else {
          copies = true;
          copy = cloneShifted(previous, parent, previous.line, lineDelta, columnDelta);
        }
        nodes.push(copy);
        sibling[depth] = copy;
        siblingStart[depth] = lt;
        siblingEnd[depth] = lt + length;
        pos = lt + length;
        // Step the bookkeeping over the repeat: its bytes are the previous sibling's, so are its lines and columns.
        const newlines = siblingNewlines[depth] as number;
        if (newlines === 0) {
          columnChars = column - 1 + (siblingTail[depth] as number);
        } else {
          line += newlines;
          lineStart = lt + (siblingLastNewline[depth] as number) + 1;
          nextNewline = newlineFrom(src, pos);
          columnChars = siblingTail[depth] as number;
        }
        columnAt = pos;
        continue;
      }
    }
    let k = names.end;
    let count = 0;
    let declarations = 0;
    let prefixed = 0;
    const tag = ++tagNumber;
    const mark = boundPrefixes.length;
    let decls: Record<string, string> | undefined;
    for (;;) {
      let ch = b[k] as number;
      if (ch === 0x3e || ch === 0x2f) break;
      if (!isSpace(ch)) throw BAIL;
      do ch = b[++k] as number;
      while (isSpace(ch));
      if (ch === 0x3e || ch === 0x2f) break;
      if (count >= maxAttributes) throw BAIL; // saxes reports attribute-limit-exceeded
      const nameAt = k;
      const aname = names.scan(b, k);
      k = names.end;
      while (isSpace(b[k] as number)) k++;
      if (b[k] !== 0x3d) throw BAIL;
      k++;
      while (isSpace(b[k] as number)) k++;
      const q = b[k];
      if (q !== 0x22 && q !== 0x27) throw BAIL;
      let close = k + 1;
      let valueClasses = 0;
      for (; close < n; close++) {
        const vc = b[close] as number;
        if (vc === q) break;
        valueClasses |= CLASS[vc] as number;
      }
      if (close === n || close - k - 1 > maxText) throw BAIL;
      const value = attributeValue(src, k + 1, close, valueClasses);
      k = close + 1;
      if (aname.seenInTag === tag) throw BAIL; // a duplicate attribute
      aname.seenInTag = tag;
      if (aname.prefix === "xmlns" || aname.qname === "xmlns") {
        const prefix = aname.prefix === "" ? "" : aname.local;
        // Declarations saxes checks in detail (reserved prefixes and names, undeclaring a prefix): saxes path.
        if (prefix === "xml" || prefix === "xmlns" || value === XML_NAMESPACE || value === XMLNS_NAMESPACE) throw BAIL;
        if (prefix !== "" && value === "") throw BAIL;
        if (value.trim() !== value) throw BAIL; // saxes binds the trimmed URI

        if (prefix === "__proto__") throw BAIL;
        if (++declarations > maxNamespaceDeclarations) throw BAIL; // saxes reports namespace-limit-exceeded
        (decls ??= {})[prefix] = value;
        bind(prefix, value);
      } else if (aname.prefix !== "") prefixed++;
      attrNames[count] = aname;
      attrValues[count] = value;
      attrOffsets[count] = nameAt;
      count++;
    }
    const selfClosing = b[k] === 0x2f;
    if (selfClosing && b[k + 1] !== 0x3e) throw BAIL;
    if (stack.length >= maxDepth) throw BAIL;

    bindingMarks.push(mark);
    if (decls !== undefined) cachedPrefix = cachedUri = "\u0000"; // bindings changed: no cached lookup
    const { prefix, local } = name;
    if (prefix === "xml" || prefix === "xmlns") throw BAIL;
    const namespace = resolve(prefix);
    if (namespace === undefined || (prefix !== "" && namespace === "")) throw BAIL;

    lineOf(lt);
    const elLine = line;
    const elColumn = columnOf(lt);
    let attributes = NO_ATTRIBUTES;
    const expanded = prefixed > 8 ? new Set<string>() : undefined;
    for (let i = 0; i < count; i++) {
      const aname = attrNames[i] as Name;
      const aprefix = aname.prefix;
      if (aprefix === "xmlns" || aname.qname === "xmlns") continue;
      const alocal = aname.local;
      const ans = aprefix === "" ? "" : resolve(aprefix);
      if (ans === undefined || (aprefix !== "" && ans === "")) throw BAIL;
      if (aprefix !== "") {
        // Two attributes with the same expanded name under different prefixes: a namespace error saxes reports.
        // Compared one by one for the few prefixed attributes of real tags; by a set beyond that (linear time).
        if (expanded !== undefined) {
          const key = `${ans}\u0000${alocal}`;
          if (expanded.has(key)) throw BAIL;
          expanded.add(key);
        } else for (const other of attributes) if (other.namespace === ans && other.local === alocal) throw BAIL;
      }
      const off = attrOffsets[i] as number;
      lineOf(off);
      if (attributes === NO_ATTRIBUTES) attributes = [];
      attributes.push({
        namespace: ans,
        local: alocal,
        prefix: aprefix,
        value: attrValues[i] as string,
        line,
        column: columnOf(off),
      });
    }

    if (attributes !== NO_ATTRIBUTES && attributes.length < 16) attributes = attributes.slice(); // exact length, see OPEN
    const el: XmlElement = {
      kind: "element",
      namespace,
      local,
      prefix,
      attributes,
      children: selfClosing ? [] : OPEN,
      namespaceDeclarations: decls,
      parent,
      line: elLine,
      column: elColumn,
    };
    if (parent === undefined) {
      root = el;
      const byRoot = limits.shallowRepeatsByRoot?.get(namespace);
      if (byRoot !== undefined) shallow = byRoot.length > 0 ? byRoot : undefined;
    } else nodes.push(el);
    if (selfClosing) {
      unbind();
      pos = k + 2;
      closeSibling(depth, el, name, lt, pos);
    } else {
      stack.push(el);
      childMarks.push(nodes.length);
      starts.push(lt);
      sibling[depth + 1] = undefined;
      open.push(name);
      parent = el;
      pos = k + 1;
    }
  }
  if (root === undefined || stack.length > 0) throw BAIL;
  if (copies) treesWithCopies.add(root);
  return { root, declaration, prolog, epilog };
}
