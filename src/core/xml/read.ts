import { type SaxesAttributeNS, SaxesParser, type SaxesTagNS } from "saxes";
import { decodeUtf8 } from "#utf8";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../result.ts";
import { safeCheckXml } from "./decode.ts";
import { readWellFormed, readWellFormedBytes } from "./fast-read.ts";
import { DEFAULT_READ_LIMITS } from "./limits.ts";
import { rememberDocument } from "./misc.ts";
import type { QName, XmlAttribute, XmlElement, XmlNode } from "./node.ts";
import { canonicalName, type PrefixMap } from "./path.ts";

/**
 * Limits and settings of the secure reader.
 *
 * @example
 * ```ts
 * import type { ReadOptions } from "fim-xoev/validation";
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const upload: Uint8Array;
 * // tighter limits for files uploaded by strangers than the defaults
 * const limits: ReadOptions = { maxInputLength: 20_000_000, maxDepth: 200, maxDiagnostics: 100, file: "upload.xml" };
 * const result = safeParse(upload, limits);
 * console.log(result.success);
 * ```
 */
export interface ReadOptions {
  /**
   * Maximum element nesting depth (default 1 000). Raising it far is safe but has a cost: documents the fast path
   * leaves to saxes (malformed ones, among others) are read in time growing with depth², as saxes resolves
   * namespaces through one scope per level (8 000 levels: about 1 s; 32 000: about a minute).
   */
  readonly maxDepth?: number;
  /** Maximum length of one text node, CDATA section, comment or attribute value in characters (default 10 000 000). */
  readonly maxTextLength?: number;
  /** Maximum length of the whole document in characters (default 256 MiB of characters). */
  readonly maxInputLength?: number;
  /** Maximum number of attributes on one element, namespace declarations included (default 1 000). */
  readonly maxAttributes?: number;
  /** Maximum length of an element or attribute name or a processing-instruction target in characters (default 1 000). */
  readonly maxNameLength?: number;
  /** Maximum number of namespace declarations on one element (default 100). */
  readonly maxNamespaceDeclarations?: number;
  /**
   * Maximum number of diagnostics a parser reports for one document (default 1 000). The rest are counted, not
   * built, and summed up in one `diagnostics-truncated` diagnostic whose severity is the worst of them. The
   * reader itself stops at its first (fatal) finding.
   */
  readonly maxDiagnostics?: number;
  /** Canonical prefixes for paths in diagnostics (namespace URI → prefix). */
  readonly prefixes?: PrefixMap;
  /** File name to put into diagnostics. */
  readonly file?: string;
  /**
   * Elements (by namespace URI and local name) that may be read *shallow* when they repeat the previous
   * sibling's source text exactly: a new element with its own position and parent, whose children array is
   * the previous one's, so that its descendants carry the first occurrence's positions and parent. For parsers
   * that skip such repeats (XDatenfelder exports repeat identical relations by the thousand) and re-read
   * exactly when they do need one of them in full. Without it, every element is read in full.
   */
  readonly shallowRepeats?: readonly QName[];
}

/** The XML declaration, as written. */
export interface XmlDeclaration {
  readonly version?: string | undefined;
  readonly encoding?: string | undefined;
  readonly standalone?: string | undefined;
}

/** A parsed document: the root element plus comments/PIs around it. */
export interface XmlDocument {
  readonly root: XmlElement;
  readonly declaration: XmlDeclaration | undefined;
  /** Comments and processing instructions before the root element. */
  readonly prolog: readonly XmlNode[];
  /** Comments and processing instructions after the root element. */
  readonly epilog: readonly XmlNode[];
}

export { DEFAULT_READ_LIMITS };

/** The reader's structural limits, resolved (see {@link ReadOptions}). */
export interface StructureLimits {
  readonly maxAttributes: number;
  readonly maxNameLength: number;
  readonly maxNamespaceDeclarations: number;
}

const CHUNK = 1 << 20;
/** saxes's internal state number for character data (saxes 6.0.0, `S_TEXT` in saxes.js). */
const SAXES_S_TEXT = 13;

class Abort extends Error {}

/** The length in UTF-16 code units of the text of well-formed UTF-8 `bytes`. */
function utf16Length(bytes: Uint8Array): number {
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if ((c & 0xc0) !== 0x80) length += c >= 0xf0 ? 2 : 1;
  }
  return length;
}

/** A UTF-16 surrogate without its partner: no character at all, only a string (never decoded bytes) can hold one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Offset of the first lone surrogate of `src`, or -1. Encoding such a string as UTF-8 (as the XSD stage does for
 * libxml2) would silently turn it into U+FFFD.
 * @internal
 */
export function loneSurrogateOffset(src: string): number {
  return LONE_SURROGATE.exec(src)?.index ?? -1;
}

/**
 * The `attributes` of every element that has none: one frozen empty array instead of one per element
 * (nothing in the library adds attributes to a parsed element; a caller trying to would get a TypeError).
 */
const NO_ATTRIBUTES = Object.freeze([]) as unknown as XmlAttribute[];

/**
 * The parser the reader uses. saxes keeps each handler given to `on()` as a property of the parser,
 * added by a keyed store; on a plain `SaxesParser`, the seventh such property makes V8 switch the
 * instance to slow (dictionary) properties, and every step of saxes' state machine then runs several
 * times slower (callgrind: a saxes pass with the reader's ten handlers cost 5× the instructions of one
 * with three). Instances of a subclass keep fast properties with all ten (checked with
 * `%HasFastProperties` on Node 20).
 */
class ReaderParser extends SaxesParser<{ xmlns: true; position: true }> {}

/**
 * Reads XML securely into a namespace-aware tree with line and column for every element and attribute.
 * Bytes are decoded by {@link safeDecodeXml} (fatal on invalid byte sequences, unsupported or contradicting
 * encodings); a string is taken as decoded text (a leading U+FEFF is skipped).
 * DOCTYPE (and so DTDs, entity declarations, external entities) is rejected with a fatal diagnostic;
 * nesting depth, text size and input size are bounded. Nothing is fetched from files or the network.
 * Well-formed documents are read by a fast path (`fast-read.ts`); everything else, and every diagnostic, by saxes.
 */
export function readXml(input: string | Uint8Array, options: ReadOptions = {}): Result<XmlDocument> {
  return readXmlFor(input, options, undefined);
}

/**
 * {@link readXml} for a reader of several standards (the pipeline): `shallowRepeatsByRoot` names, per namespace
 * URI of the root element, the elements read shallow when they repeat (see {@link ReadOptions.shallowRepeats}),
 * so that each document is read as its own standard's parser reads it.
 * @internal
 */
export function readXmlFor(
  input: string | Uint8Array,
  options: ReadOptions,
  shallowRepeatsByRoot: ReadonlyMap<string, readonly QName[]> | undefined,
): Result<XmlDocument> {
  const maxDepth = options.maxDepth ?? DEFAULT_READ_LIMITS.maxDepth;
  const maxText = options.maxTextLength ?? DEFAULT_READ_LIMITS.maxTextLength;
  const maxInput = options.maxInputLength ?? DEFAULT_READ_LIMITS.maxInputLength;
  const prefixes = options.prefixes ?? {};
  const file = options.file;
  const structure: StructureLimits = {
    maxAttributes: options.maxAttributes ?? DEFAULT_READ_LIMITS.maxAttributes,
    maxNameLength: options.maxNameLength ?? DEFAULT_READ_LIMITS.maxNameLength,
    maxNamespaceDeclarations: options.maxNamespaceDeclarations ?? DEFAULT_READ_LIMITS.maxNamespaceDeclarations,
  };

  const fastLimits = { maxDepth, maxText, ...structure, shallowRepeats: options.shallowRepeats, shallowRepeatsByRoot };
  const tooLong = () => fatalAt("input-limit-exceeded", { limit: maxInput }, "/", { line: 1, column: 1 }, file);
  let src: string;
  if (typeof input === "string") {
    src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (src.length > maxInput) return tooLong();
    // Fast path for the common case; anything it does not vouch for (every error among it) is read by saxes.
    const fast = readWellFormed(src, fastLimits);
    if (fast !== undefined) return success(rememberDocument(fast));
  } else {
    if (input.length > maxInput * 4) return fatalAt("input-limit-exceeded", { limit: maxInput }, "/", undefined, file);
    // Fatal on anything that is not text in the encoding the bytes declare (UTF-8 when none): never U+FFFD.
    const checked = safeCheckXml(input, { file });
    if (!checked.success) return failure(checked.diagnostics);
    if (checked.data.text === undefined) {
      // Well-formed UTF-8: the fast path reads the bytes in place; only saxes needs the whole text.
      const body = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
      if (body.length > maxInput && utf16Length(body) > maxInput) return tooLong();
      const fast = readWellFormedBytes(body, fastLimits);
      if (fast !== undefined) return success(rememberDocument(fast));
      src = decodeUtf8(body) as string; // checked above: never undefined
    } else {
      src = checked.data.text;
      if (src.length > maxInput) return tooLong();
      const fast = readWellFormed(src, fastLimits);
      if (fast !== undefined) return success(rememberDocument(fast));
    }
  }
  const read = readWithSaxes(src, maxDepth, maxText, prefixes, file, structure);
  if (read.success) rememberDocument(read.data); // comments and PIs around the root, for writers (misc.ts)
  return read;
}

/**
 * The saxes path of {@link readXml}: reads everything the fast path leaves to it and is the source of every
 * diagnostic. Exported for the differential tests that pin the two paths to the same trees.
 * @internal
 */
export function readWithSaxes(
  src: string,
  maxDepth: number,
  maxText: number,
  prefixes: PrefixMap,
  file: string | undefined,
  structure: StructureLimits = DEFAULT_READ_LIMITS,
): Result<XmlDocument> {
  const { maxAttributes, maxNameLength, maxNamespaceDeclarations } = structure;
  const parser = new ReaderParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const prolog: XmlNode[] = [];
  const epilog: XmlNode[] = [];
  let root: XmlElement | undefined;
  let declaration: XmlDeclaration | undefined;
  let fatal: Diagnostic | undefined;
  // Where the start tag being read begins (set at "opentagstart", used at "opentag"): plain numbers, so that
  // no object is allocated per element.
  let startLine = 1;
  let startColumn = 1;
  let startOffset = -1;
  // The attributes of the start tag being read, in document order, as saxes reports them ("attribute"):
  // one buffer reused for every tag, instead of enumerating saxes' per-tag dictionary object.
  const attrBuffer: SaxesAttributeNS[] = [];
  let attrCount = 0;
  let declarationCount = 0;
  // Line and column of each attribute of the start tag being read, found in one pass over the tag at "opentag".
  const attrLines: number[] = [];
  const attrColumns: number[] = [];

  const here = () => ({ line: parser.line, column: parser.column + 1 });
  const pathOfStack = () => (stack.length === 0 ? "/" : `/${stack.map((e) => canonicalName(e.namespace, e.local, prefixes)).join("/")}`);
  const stop = <C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    location: { line: number; column: number } = here(),
  ): never => {
    fatal = diagnostic({ code, params, severity: "fatal", stage: "xml", path: pathOfStack(), location, file });
    throw new Abort();
  };
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children.push(node);
    else if (node.kind === "comment" || node.kind === "pi") (root === undefined ? prolog : epilog).push(node);
  };

  parser.on("error", (err) => {
    if (fatal !== undefined) throw new Abort();
    // saxes prefixes its messages with "line:column: "; keep the reason only.
    const reason = err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
    stop("not-well-formed", { reason });
  });
  parser.on("doctype", () => {
    // Report where the declaration starts, not where saxes finished reading it.
    const off = src.lastIndexOf("<!DOCTYPE", parser.position);
    stop("doctype-not-allowed", {}, off < 0 ? here() : positionOfOffset(src, off));
  });
  parser.on("xmldecl", (d) => {
    declaration = { version: d.version, encoding: d.encoding, standalone: d.standalone };
  });
  parser.on("opentagstart", (tag) => {
    // saxes calls this just after the name and the character that ended it (a space, '>' or '/'). Fast path:
    // that character is no line break, so the '<' is on the current line, name length + 2 code units back.
    const position = parser.position;
    const nameLength = tag.name.length;
    const end = src.charCodeAt(position - 1);
    if (src.charCodeAt(position - nameLength - 2) === 0x3c && end !== 0x0a && end !== 0x0d) {
      startOffset = position - nameLength - 2;
      startLine = parser.line;
      startColumn = parser.columnIndex - nameLength - 1;
    } else {
      startOffset = src.lastIndexOf("<", position - 1);
      const p = tagStartPosition(src, startOffset, position, parser.line, parser.columnIndex);
      startLine = p.line;
      startColumn = p.column;
    }
    attrCount = 0;
    declarationCount = 0;
    if (stack.length >= maxDepth) stop("depth-limit-exceeded", { limit: maxDepth }, { line: startLine, column: startColumn });
    if (nameLength > maxNameLength) stop("name-limit-exceeded", { limit: maxNameLength }, { line: startLine, column: startColumn });
  });
  parser.on("attribute", (a) => {
    // saxes reports each attribute as soon as its value ends: the limits stop a hostile tag while it is read.
    if (attrCount >= maxAttributes) stop("attribute-limit-exceeded", { limit: maxAttributes });
    if (a.name.length > maxNameLength) stop("name-limit-exceeded", { limit: maxNameLength });
    if ((a.name.startsWith("xmlns:") || a.name === "xmlns") && ++declarationCount > maxNamespaceDeclarations)
      stop("namespace-limit-exceeded", { limit: maxNamespaceDeclarations });
    attrBuffer[attrCount++] = a as SaxesAttributeNS;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    let attributes: XmlAttribute[] = NO_ATTRIBUTES;
    let decls: Record<string, string> | undefined;
    if (attrCount > 0)
      locateAttributes(src, startOffset, parser.position, startLine, startColumn, attrBuffer, attrCount, attrLines, attrColumns);
    for (let i = 0; i < attrCount; i++) {
      // saxes has resolved the namespace (`uri`) of each attribute object by now.
      const a = attrBuffer[i] as SaxesAttributeNS;
      attrBuffer[i] = undefined as unknown as SaxesAttributeNS; // keep nothing of the document alive
      if (a.prefix === "xmlns" || (a.prefix === "" && a.local === "xmlns")) {
        (decls ??= {})[a.prefix === "" ? "" : a.local] = a.value;
        continue;
      }
      if (attributes === NO_ATTRIBUTES) attributes = [];
      attributes.push({
        namespace: a.uri,
        local: a.local,
        prefix: a.prefix,
        value: a.value,
        line: attrLines[i] as number,
        column: attrColumns[i] as number,
      });
    }
    const parent = stack[stack.length - 1];
    const el: XmlElement = {
      kind: "element",
      namespace: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      attributes,
      children: [],
      namespaceDeclarations: decls,
      parent,
      line: startLine,
      column: startColumn,
    };
    if (parent === undefined) root = el;
    else parent.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (value) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return; // white space around the root element
    if (value.length > maxText) stop("text-limit-exceeded", { limit: maxText });
    parent.children.push({ kind: "text", value });
  });
  parser.on("cdata", (value) => {
    if (value.length > maxText) stop("text-limit-exceeded", { limit: maxText });
    append({ kind: "text", value, cdata: true });
  });
  parser.on("comment", (value) => append({ kind: "comment", value }));
  parser.on("processinginstruction", (pi) => append({ kind: "pi", target: pi.target, value: pi.body }));

  const internal = parser as unknown as { text: string; state: number; name: string; piTarget: string };
  try {
    // saxes reads a high surrogate and the code unit after it as one character without checking that it is a low
    // surrogate, so that a lone surrogate in text was accepted (and one before a quote or '-' swallowed it):
    // saxes reads up to the first lone surrogate only, and reading stops there unless it found an error before.
    const lone = LONE_SURROGATE.exec(src);
    const end = lone === null ? src.length : lone.index;
    for (let i = 0; i < end; i += CHUNK) {
      const chunk = src.slice(i, Math.min(i + CHUNK, end));
      // Inside a text node, the node runs at least up to the next '<': when that already exceeds the
      // limit, stop before saxes reads it (a 50 MB text node is rejected in milliseconds, not seconds).
      if (internal.state === SAXES_S_TEXT && internal.text.length > 0) {
        const lt = chunk.indexOf("<");
        if (internal.text.length + (lt < 0 ? chunk.length : lt) > maxText) stop("text-limit-exceeded", { limit: maxText });
      }
      parser.write(chunk);
      // saxes accumulates a text node (or attribute value, comment) in `text` until it ends: bound it while it grows.
      if (internal.text.length > maxText) stop("text-limit-exceeded", { limit: maxText });
      // and a name (or PI target) in `name`/`piTarget`: a megabyte-long name stops at the end of its chunk.
      if (internal.name.length > maxNameLength || internal.piTarget.length > maxNameLength)
        stop("name-limit-exceeded", { limit: maxNameLength });
    }
    if (lone !== null) {
      const hex = src.charCodeAt(end).toString(16).toUpperCase();
      stop("not-well-formed", { reason: `lone surrogate U+${hex} (not an XML character).` });
    }
    parser.close();
  } catch (e) {
    if (!(e instanceof Abort)) {
      const reason = e instanceof Error ? e.message : String(e);
      fatal = diagnostic({
        code: "not-well-formed",
        params: { reason },
        severity: "fatal",
        stage: "xml",
        path: pathOfStack(),
        location: here(),
        file,
      });
    }
  }
  if (fatal !== undefined) return failure([fatal]);
  if (root === undefined) {
    return fatalAt("not-well-formed", { reason: "no root element" }, "/", here(), file);
  }
  return success({ root, declaration, prolog, epilog });
}

function fatalAt<C extends DiagnosticCode>(
  code: C,
  params: DiagnosticParams[C],
  path: string,
  location: { line: number; column: number } | undefined,
  file: string | undefined,
): Result<never> {
  return failure([diagnostic({ code, params, severity: "fatal", stage: "xml", path, location, file })]);
}

/**
 * Line and column of the source offset `off`, given the parser's current offset, line and column index.
 * Positions are derived backwards from the parser's position, so the cost is the distance between the
 * two (a tag's length), never the length of a line: FIM exports put megabytes on one line.
 */
function positionBefore(
  src: string,
  off: number,
  position: number,
  lineNow: number,
  columnIndexNow: number,
): { line: number; column: number } {
  let newlines = 0;
  for (let k = off; k < position; k++) if (src.charCodeAt(k) === 0x0a) newlines++;
  if (newlines === 0) return { line: lineNow, column: columnIndexNow - (position - off) + 1 };
  // Rare: a tag spanning lines. Only then look for the start of the tag's own line.
  return { line: lineNow - newlines, column: off - (src.lastIndexOf("\n", off - 1) + 1) + 1 };
}

/** Line and column of a start tag's `<` at `off` (`-1`: not found), saxes being at `position`. */
function tagStartPosition(
  src: string,
  off: number,
  position: number,
  lineNow: number,
  columnIndexNow: number,
): { line: number; column: number } {
  if (off < 0) return { line: lineNow, column: 1 };
  return positionBefore(src, off, position, lineNow, columnIndexNow);
}

/**
 * Finds where the name of each of the `count` attributes of a start tag starts, in one forward pass over the tag
 * from its `<` (at `tagOpen`, line `tagLine`, column `tagColumn`) up to `position`: saxes reports the attributes
 * in document order at the end of the tag. Linear in the tag's length, however many attributes it has (looking
 * each one up from the `<` made 200 000 attributes take minutes). An attribute not found where expected gets the
 * tag's position.
 */
function locateAttributes(
  src: string,
  tagOpen: number,
  position: number,
  tagLine: number,
  tagColumn: number,
  attrs: readonly SaxesAttributeNS[],
  count: number,
  lines: number[],
  columns: number[],
): void {
  let found = 0;
  if (tagOpen >= 0) {
    let line = tagLine;
    let lineStart = tagOpen - (tagColumn - 1);
    let k = tagOpen + 1;
    while (k < position && !isSpace(src.charCodeAt(k))) k++; // element name
    while (k < position && found < count) {
      for (let c = src.charCodeAt(k); k < position && isSpace(c); c = src.charCodeAt(++k)) {
        if (c === 0x0a) {
          line++;
          lineStart = k + 1;
        }
      }
      const nameStart = k;
      while (k < position) {
        const c = src.charCodeAt(k);
        if (c === 0x3d || isSpace(c) || c === 0x3e || c === 0x2f) break;
        k++;
      }
      const name = (attrs[found] as SaxesAttributeNS).name;
      if (k === nameStart || k - nameStart !== name.length || !src.startsWith(name, nameStart)) break;
      lines[found] = line;
      columns[found] = nameStart - lineStart + 1;
      found++;
      // to the value's closing quote, counting line breaks on the way
      let quote = 0;
      for (; k < position; k++) {
        const c = src.charCodeAt(k);
        if (c === 0x22 || c === 0x27) {
          quote = c;
          break;
        }
        if (c === 0x0a) {
          line++;
          lineStart = k + 1;
        }
      }
      if (quote === 0) break;
      for (k++; k < position; k++) {
        const c = src.charCodeAt(k);
        if (c === quote) break;
        if (c === 0x0a) {
          line++;
          lineStart = k + 1;
        }
      }
      k++;
    }
  }
  for (; found < count; found++) {
    lines[found] = tagLine;
    columns[found] = tagColumn;
  }
}

/** 1-based line and column of an offset, by counting from the start (only for rare, fatal cases). */
function positionOfOffset(src: string, off: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = src.indexOf("\n"); k >= 0 && k < off; k = src.indexOf("\n", k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: off - lineStart + 1 };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
