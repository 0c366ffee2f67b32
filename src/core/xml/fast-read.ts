import { DEFAULT_READ_LIMITS } from "./limits.ts";
import type { QName, XmlAttribute, XmlElement, XmlNode } from "./node.ts";
import { XML_NAMESPACE } from "./node.ts";
import type { XmlDeclaration, XmlDocument } from "./read.ts";

/**
 * The reader's fast path: a strict scanner for the XML that real FIM/XÖV files are made of, building the
 * same tree as the saxes path in a fraction of the time: `indexOf` over the string, names hashed once and
 * interned per document, repeated sibling subtrees cloned instead of scanned, instead of a character-by-character
 * state machine with an event per token.
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
 * A character outside what this scanner accepts (XML 1.0 Char minus surrogates, so no pairs to check). Every
 * text, attribute value, comment, PI and CDATA section is tested; all other characters the scanner passes are
 * checked one by one (names, white space, quotes, `=`, `<`, `>`), and a repeated subtree repeats checked text.
 */
const UNUSUAL_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/;
/** In attribute values, also the white-space characters that normalisation turns into spaces. */
const ATTRIBUTE_ATTENTION = /[^\x20-\uD7FF\uE000-\uFFFD]/;
const LONE_CR = /\r(?!\n)/;
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
  /**
   * The name's character codes, for comparing with the source: the `qname` string may be a V8 "sliced"
   * string into the document, whose charCodeAt is many times slower than an array read.
   */
  readonly codes: Uint16Array;
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

  constructor(private readonly maxLength: number) {}

  /** The ASCII QName starting at `k` (NCName, optionally prefixed); throws BAIL when there is none. */
  scan(src: string, k: number): Name {
    let c = src.charCodeAt(k);
    if (c >= 128 || NAME_CHAR[c] !== 1) throw BAIL;
    const start = k;
    let hash = c;
    let colon = -1;
    for (;;) {
      c = src.charCodeAt(++k);
      if (c < 128 && NAME_CHAR[c] !== 0) {
        hash = (Math.imul(hash, 31) + c) | 0;
        continue;
      }
      if (c !== 0x3a || colon >= 0) break;
      colon = k;
      hash = (Math.imul(hash, 31) + c) | 0;
      c = src.charCodeAt(++k);
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
      if (slot.hash === hash && slot.codes.length === length && sameChars(src, start, slot.codes)) return slot;
      // Names made to collide (easy with this hash) would make every lookup a long walk: leave them to saxes.
      if (probes === MAX_PROBES) throw BAIL;
      i = (i + 1) & this.mask;
    }
    const qname = src.slice(start, k);
    const codes = new Uint16Array(length);
    for (let j = 0; j < length; j++) codes[j] = src.charCodeAt(start + j);
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

/** True when `src` has the characters `codes` at `at`. */
function sameChars(src: string, at: number, codes: Uint16Array): boolean {
  for (let j = 0; j < codes.length; j++) if (src.charCodeAt(at + j) !== codes[j]) return false;
  return true;
}

/** End of the ASCII NCName starting at `k`, or `k` when there is none (PI targets). */
function ncNameEnd(src: string, k: number): number {
  let c = src.charCodeAt(k);
  if (c >= 128 || NAME_CHAR[c] !== 1) return k;
  do c = src.charCodeAt(++k);
  while (c < 128 && NAME_CHAR[c] !== 0);
  return k;
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
  const units = new Uint16Array(n);
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
  let out = "";
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return out;
}

/** Content of a comment, PI or CDATA section as XML delivers it: CR LF as LF (a lone CR never gets here). */
function rawValue(src: string, from: number, to: number, crlf: boolean): string {
  const s = src.slice(from, to);
  if (UNUSUAL_CHAR.test(s)) throw BAIL;
  return crlf ? s.replace(/\r\n/g, "\n") : s;
}

/** A text node's value: shared for pretty-printing white space, else sliced and decoded. */
function characterData(src: string, from: number, to: number, crlf: boolean): string {
  if (src.charCodeAt(from) === 0x0a) {
    let k = from + 1;
    while (k < to && src.charCodeAt(k) === 0x20) k++;
    const spaces = to - from - 1;
    // Only real indentation is kept, and built anew (a slice would keep the whole document alive): the table
    // lives as long as the process.
    if (k === to && spaces < 256) return (INDENTS[spaces] ??= `\n${" ".repeat(spaces)}`);
  }
  const raw = src.slice(from, to);
  if (raw.indexOf("]]>") >= 0 || UNUSUAL_CHAR.test(raw)) throw BAIL;
  const value = crlf ? raw.replace(/\r\n/g, "\n") : raw;
  return value.indexOf("&") < 0 ? value : decodeReferences(value);
}

/** An attribute value as XML delivers it: white-space characters as written become spaces, then references. */
function attributeValue(raw: string): string {
  let s = raw;
  if (ATTRIBUTE_ATTENTION.test(s)) {
    if (UNUSUAL_CHAR.test(s)) throw BAIL;
    s = s.replace(/\r\n/g, "\n").replace(/[\t\n\r]/g, " ");
  }
  return s.indexOf("&") < 0 ? s : decodeReferences(s);
}

/**
 * A copy of the subtree of `el`, for a repeat of its source text elsewhere: positions on the line where `el`
 * starts (`firstLine`) move by `lineDelta` and `columnDelta`, those on later lines by `lineDelta` alone. Text,
 * comment and PI nodes are immutable and shared, and so is the children array of an element without child
 * elements (nothing changes a tree once read).
 */
function cloneShifted(el: XmlElement, parent: XmlElement, firstLine: number, lineDelta: number, columnDelta: number): XmlElement {
  let attributes = NO_ATTRIBUTES;
  if (el.attributes.length > 0) {
    attributes = [];
    for (const a of el.attributes) {
      attributes.push({
        namespace: a.namespace,
        local: a.local,
        prefix: a.prefix,
        value: a.value,
        line: a.line + lineDelta,
        column: a.line === firstLine ? a.column + columnDelta : a.column,
      });
    }
  }
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
    attributes,
    children: leaf ? source : [],
    namespaceDeclarations: decls === undefined ? undefined : { ...decls },
    parent,
    line: el.line + lineDelta,
    column: el.line === firstLine ? el.column + columnDelta : el.column,
  };
  if (!leaf) {
    const children = copy.children;
    for (const c of source) children.push(c.kind === "element" ? cloneShifted(c, copy, firstLine, lineDelta, columnDelta) : c);
  }
  return copy;
}

/** A shallow repeat of `el` (see `ReadOptions.shallowRepeats`): own position, parent and attributes; shared children. */
function shallowCopy(el: XmlElement, parent: XmlElement, lineDelta: number, columnDelta: number): XmlElement {
  const firstLine = el.line;
  let attributes = NO_ATTRIBUTES;
  if (el.attributes.length > 0) {
    attributes = el.attributes.map((a) => ({
      ...a,
      line: a.line + lineDelta,
      column: a.line === firstLine ? a.column + columnDelta : a.column,
    }));
  }
  const decls = el.namespaceDeclarations;
  return {
    kind: "element",
    namespace: el.namespace,
    local: el.local,
    prefix: el.prefix,
    attributes,
    children: el.children,
    namespaceDeclarations: decls === undefined ? undefined : { ...decls },
    parent,
    line: el.line + lineDelta,
    column: el.column + columnDelta,
  };
}

/** Reads `src` (decoded, BOM removed, length already checked) or returns `undefined` for the saxes path. */
export function readWellFormed(src: string, limits: Limits): XmlDocument | undefined {
  const crlf = src.indexOf("\r") >= 0;
  if (crlf && LONE_CR.test(src)) return undefined;
  try {
    return scan(src, limits, crlf);
  } catch {
    // BAIL, or anything unforeseen (e.g. the stack running out while cloning a subtree nested deeper than the
    // default limits allow): saxes reads the document and reports whatever there is to report.
    return undefined;
  }
}

function scan(src: string, limits: Limits, crlf: boolean): XmlDocument {
  const n = src.length;
  const { maxDepth, maxText } = limits;
  let shallow = limits.shallowRepeats !== undefined && limits.shallowRepeats.length > 0 ? limits.shallowRepeats : undefined;
  let pos = 0;
  // Line bookkeeping: the last offset asked for is on line `line`, which starts at `lineStart`.
  let line = 1;
  let lineStart = 0;
  let nextNewline = src.indexOf("\n");
  if (nextNewline < 0) nextNewline = n;
  /** Moves the line bookkeeping forward to `off` (offsets asked for only ever increase). */
  const lineOf = (off: number): void => {
    while (nextNewline < off) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = src.indexOf("\n", lineStart);
      if (nextNewline < 0) nextNewline = n;
    }
  };

  let declaration: XmlDeclaration | undefined;
  XML_DECL.lastIndex = 0;
  if (src.startsWith("<?xml") && isSpace(src.charCodeAt(5))) {
    const m = XML_DECL.exec(src);
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
  const maxAttributes = limits.maxAttributes ?? DEFAULT_READ_LIMITS.maxAttributes;
  const maxNameLength = limits.maxNameLength ?? DEFAULT_READ_LIMITS.maxNameLength;
  const maxNamespaceDeclarations = limits.maxNamespaceDeclarations ?? DEFAULT_READ_LIMITS.maxNamespaceDeclarations;
  const names = new NameTable(maxNameLength);
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

  const misc = (node: XmlNode) => {
    if (parent !== undefined) parent.children.push(node);
    else (root === undefined ? prolog : epilog).push(node);
  };

  while (pos < n) {
    const lt = src.indexOf("<", pos);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos) {
      if (textEnd - pos > maxText) throw BAIL;
      if (parent === undefined) {
        for (let k = pos; k < textEnd; k++) if (!isSpace(src.charCodeAt(k))) throw BAIL;
      } else {
        parent.children.push({ kind: "text", value: characterData(src, pos, textEnd, crlf) });
      }
    }
    if (lt < 0) break;
    pos = lt + 1;
    const c = src.charCodeAt(pos);
    if (c === 0x2f) {
      // end tag
      const name = open.pop();
      if (name === undefined || !sameChars(src, pos + 1, name.codes)) throw BAIL;
      let k = pos + 1 + name.codes.length;
      while (isSpace(src.charCodeAt(k))) k++;
      if (src.charCodeAt(k) !== 0x3e) throw BAIL;
      pos = k + 1;
      const closed = stack.pop() as XmlElement;
      unbind();
      const depth = stack.length;
      sibling[depth] = closed;
      siblingName[depth] = name;
      siblingStart[depth] = starts.pop() as number;
      siblingEnd[depth] = pos;
      parent = stack[depth - 1];
      continue;
    }
    if (c === 0x21) {
      if (src.startsWith("--", pos + 1)) {
        const end = src.indexOf("--", pos + 3);
        if (end < 0 || src.charCodeAt(end + 2) !== 0x3e) throw BAIL; // unterminated, or "--" inside
        if (end - pos - 3 > maxText) throw BAIL;
        misc({ kind: "comment", value: rawValue(src, pos + 3, end, crlf) });
        pos = end + 3;
        continue;
      }
      if (src.startsWith("[CDATA[", pos + 1) && parent !== undefined) {
        const end = src.indexOf("]]>", pos + 8);
        if (end < 0 || end - pos - 8 > maxText) throw BAIL;
        parent.children.push({ kind: "text", value: rawValue(src, pos + 8, end, crlf), cdata: true });
        pos = end + 3;
        continue;
      }
      throw BAIL; // DOCTYPE, or markup saxes reports
    }
    if (c === 0x3f) {
      let k = ncNameEnd(src, pos + 1);
      if (k === pos + 1 || k - pos - 1 > maxNameLength) throw BAIL;
      const target = src.slice(pos + 1, k);
      if (target.length === 3 && target.toLowerCase() === "xml") throw BAIL;
      const end = src.indexOf("?>", k);
      if (end < 0) throw BAIL;
      if (end > k) {
        if (!isSpace(src.charCodeAt(k))) throw BAIL;
        while (k < end && isSpace(src.charCodeAt(k))) k++;
      }
      misc({ kind: "pi", target, value: rawValue(src, k, end, crlf) });
      pos = end + 2;
      continue;
    }

    // start tag
    if (root !== undefined && parent === undefined) throw BAIL; // a second root element
    const name = names.scan(src, pos);
    const depth = stack.length;
    const previous = sibling[depth];
    if (previous !== undefined && siblingName[depth] === name && parent !== undefined) {
      const from = siblingStart[depth] as number;
      const length = (siblingEnd[depth] as number) - from;
      if (src.substring(lt, lt + length) === src.substring(from, from + length)) {
        lineOf(lt);
        const lineDelta = line - previous.line;
        const columnDelta = lt - lineStart + 1 - previous.column;
        const copy = shallow?.some((q) => q.local === previous.local && q.namespace === previous.namespace)
          ? shallowCopy(previous, parent, lineDelta, columnDelta)
          : cloneShifted(previous, parent, previous.line, lineDelta, columnDelta);
        parent.children.push(copy);
        sibling[depth] = copy;
        siblingStart[depth] = lt;
        siblingEnd[depth] = lt + length;
        pos = lt + length;
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
      let ch = src.charCodeAt(k);
      if (ch === 0x3e || ch === 0x2f) break;
      if (!isSpace(ch)) throw BAIL;
      do ch = src.charCodeAt(++k);
      while (isSpace(ch));
      if (ch === 0x3e || ch === 0x2f) break;
      if (count >= maxAttributes) throw BAIL; // saxes reports attribute-limit-exceeded
      const nameAt = k;
      const aname = names.scan(src, k);
      k = names.end;
      while (isSpace(src.charCodeAt(k))) k++;
      if (src.charCodeAt(k) !== 0x3d) throw BAIL;
      k++;
      while (isSpace(src.charCodeAt(k))) k++;
      const q = src.charCodeAt(k);
      if (q !== 0x22 && q !== 0x27) throw BAIL;
      const close = src.indexOf(q === 0x22 ? '"' : "'", k + 1);
      if (close < 0 || close - k - 1 > maxText) throw BAIL;
      const raw = src.slice(k + 1, close);
      if (raw.indexOf("<") >= 0) throw BAIL;
      k = close + 1;
      if (aname.seenInTag === tag) throw BAIL; // a duplicate attribute
      aname.seenInTag = tag;
      const value = attributeValue(raw);
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
    const selfClosing = src.charCodeAt(k) === 0x2f;
    if (selfClosing && src.charCodeAt(k + 1) !== 0x3e) throw BAIL;
    if (stack.length >= maxDepth) throw BAIL;

    bindingMarks.push(mark);
    if (decls !== undefined) cachedPrefix = cachedUri = "\u0000"; // bindings changed: no cached lookup
    const { prefix, local } = name;
    if (prefix === "xml" || prefix === "xmlns") throw BAIL;
    const namespace = resolve(prefix);
    if (namespace === undefined || (prefix !== "" && namespace === "")) throw BAIL;

    lineOf(lt);
    const elLine = line;
    const elColumn = lt - lineStart + 1;
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
        column: off - lineStart + 1,
      });
    }

    const el: XmlElement = {
      kind: "element",
      namespace,
      local,
      prefix,
      attributes,
      children: [],
      namespaceDeclarations: decls,
      parent,
      line: elLine,
      column: elColumn,
    };
    if (parent === undefined) {
      root = el;
      const byRoot = limits.shallowRepeatsByRoot?.get(namespace);
      if (byRoot !== undefined) shallow = byRoot.length > 0 ? byRoot : undefined;
    } else parent.children.push(el);
    if (selfClosing) {
      unbind();
      pos = k + 2;
      sibling[depth] = el;
      siblingName[depth] = name;
      siblingStart[depth] = lt;
      siblingEnd[depth] = pos;
    } else {
      stack.push(el);
      starts.push(lt);
      sibling[depth + 1] = undefined;
      open.push(name);
      parent = el;
      pos = k + 1;
    }
  }
  if (root === undefined || stack.length > 0) throw BAIL;
  return { root, declaration, prolog, epilog };
}
