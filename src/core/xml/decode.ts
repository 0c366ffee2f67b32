/**
 * Bytes of an XML document to text: the encoding from the byte order mark, the first bytes (XML 1.0 appendix F)
 * and the encoding declaration, then a fatal decoding ({@link safeDecodeBytes}). Undeclared input is UTF-8; a
 * declaration that contradicts the bytes, an unsupported encoding and every invalid byte sequence are fatal
 * diagnostics of stage `xml`, never a silent U+FFFD.
 */
import { diagnostic } from "../diagnostics/create.ts";
import type { DiagnosticCode, DiagnosticParams } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../result.ts";
import { type ByteEncoding, encodingForLabel, findInvalidUtf8, safeDecodeBytes } from "../text/decode.ts";

/** A decoded document. */
export interface DecodedXml {
  /** The text, without a byte order mark. */
  readonly text: string;
  /** The encoding the bytes were read in. */
  readonly encoding: ByteEncoding;
  /** The encoding the XML declaration names, as written (`undefined`: none). */
  readonly declared: string | undefined;
}

/** Options of {@link safeDecodeXml}. */
export interface DecodeXmlOptions {
  /** File name to put into diagnostics. */
  readonly file?: string | undefined;
}

/** The encoding pseudo-attribute of an XML declaration at the start of `head` (read as Latin-1 or decoded). */
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/;

/** The EncName production: what is no encoding name at all is left to the parser (a well-formedness error). */
const ENC_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;

function declaredEncoding(head: string): string | undefined {
  const m = DECLARATION.exec(head);
  const name = m === null ? undefined : (m[1] ?? m[2]);
  return name !== undefined && ENC_NAME.test(name) ? name : undefined;
}

/** The first bytes as Latin-1, enough to hold an XML declaration. */
function latin1Head(bytes: Uint8Array, from: number): string {
  let s = "";
  const end = Math.min(bytes.length, from + 1024);
  for (let i = from; i < end; i++) {
    const c = bytes[i] as number;
    s += String.fromCharCode(c);
    if (c === 0x3e) break; // '>': the declaration, if any, ends here
  }
  return s;
}

/**
 * Decodes the bytes of an XML document. The encoding is decided as XML 1.0 appendix F says: a byte order mark
 * (UTF-8, UTF-16 LE/BE) or `<?` in UTF-16 without one, else an ASCII-compatible encoding named by the XML
 * declaration, UTF-8 when it names none. Fatal diagnostics (stage `xml`, path `/`):
 * - `invalid-byte-sequence`: bytes that are not valid in that encoding (byte offset, line and column);
 * - `unsupported-encoding`: the declaration names an encoding the library does not read (or the bytes are UTF-32/EBCDIC);
 * - `encoding-mismatch`: the declaration contradicts the byte order mark or the byte width.
 */
export function safeDecodeXml(bytes: Uint8Array, options: DecodeXmlOptions = {}): Result<DecodedXml> {
  return decide(bytes, options, true) as Result<DecodedXml>;
}

/** What {@link safeCheckXml} found: as {@link DecodedXml}, without the text when the bytes are UTF-8. */
export interface CheckedXml {
  /** The text, or `undefined` for UTF-8 (the bytes are valid UTF-8 and may be handed on as they are). */
  readonly text: string | undefined;
  readonly encoding: ByteEncoding;
  readonly declared: string | undefined;
}

/**
 * The verdict of {@link safeDecodeXml} with the same diagnostics, without building the text for UTF-8 (a byte
 * scan, several times faster than decoding): for consumers that hand valid UTF-8 bytes on, such as the XSD stage.
 */
export function safeCheckXml(bytes: Uint8Array, options: DecodeXmlOptions = {}): Result<CheckedXml> {
  return decide(bytes, options, false);
}

function decide(bytes: Uint8Array, options: DecodeXmlOptions, needText: boolean): Result<CheckedXml> {
  const file = options.file;
  const fatal = <C extends DiagnosticCode>(code: C, params: DiagnosticParams[C]): Result<never> =>
    failure([diagnostic({ code, params, severity: "fatal", stage: "xml", path: "/", location: { line: 1, column: 1 }, file })]);
  const context = { source: "xml", stage: "xml", path: "/", file } as const;
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];

  // UTF-32 and EBCDIC are recognisable from the first four bytes; none is read.
  if (
    (b0 === 0 && b1 === 0 && (b2 === 0xfe || b2 === 0) && (b3 === 0xff || b3 === 0x3c)) ||
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
  )
    return fatal("unsupported-encoding", { encoding: "UTF-32" });
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) return fatal("unsupported-encoding", { encoding: "UTF-32" });
  if (b0 === 0x4c && b1 === 0x6f && b2 === 0xa7 && b3 === 0x94) return fatal("unsupported-encoding", { encoding: "EBCDIC" });

  // UTF-16: by byte order mark, or by "<?" in 16 bits (then the declaration must name UTF-16).
  let utf16: "UTF-16LE" | "UTF-16BE" | undefined;
  let bom = 0;
  if (b0 === 0xff && b1 === 0xfe) [utf16, bom] = ["UTF-16LE", 2];
  else if (b0 === 0xfe && b1 === 0xff) [utf16, bom] = ["UTF-16BE", 2];
  else if (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0) utf16 = "UTF-16LE";
  else if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f) utf16 = "UTF-16BE";
  if (utf16 !== undefined) {
    const decoded = safeDecodeBytes(bytes.subarray(bom), utf16, context, bom);
    if (!decoded.success) return failure(decoded.diagnostics);
    const text = decoded.data;
    const declared = declaredEncoding(text);
    const named = declared === undefined ? undefined : encodingForLabel(declared);
    const fits = named === "UTF-16" || named === utf16;
    if (declared !== undefined && named === undefined) return fatal("unsupported-encoding", { encoding: declared });
    if (declared === undefined ? bom === 0 : !fits)
      return fatal("encoding-mismatch", { declared: declared ?? "(none)", detected: bom === 0 ? utf16 : `${utf16} (BOM)` });
    return success({ text, encoding: utf16, declared });
  }

  // An ASCII-compatible encoding: UTF-8 by BOM, else what the declaration names (UTF-8 when none).
  const utf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  const declared = declaredEncoding(latin1Head(bytes, utf8Bom));
  let encoding: ByteEncoding = "UTF-8";
  if (declared !== undefined) {
    const named = encodingForLabel(declared);
    if (named === undefined) return fatal("unsupported-encoding", { encoding: declared });
    if (named === "UTF-16" || named === "UTF-16LE" || named === "UTF-16BE")
      return fatal("encoding-mismatch", { declared, detected: utf8Bom > 0 ? "UTF-8 (BOM)" : "8-bit (no BOM)" });
    if (utf8Bom > 0 && named !== "UTF-8") return fatal("encoding-mismatch", { declared, detected: "UTF-8 (BOM)" });
    encoding = named;
  }
  const body = bytes.subarray(utf8Bom);
  if (!needText && encoding === "UTF-8" && findInvalidUtf8(body) === undefined) return success({ text: undefined, encoding, declared });
  const decoded = safeDecodeBytes(body, encoding, context, utf8Bom);
  if (!decoded.success) return failure(decoded.diagnostics);
  return success({ text: decoded.data, encoding, declared });
}

/**
 * Decodes the bytes of an XML document (see {@link safeDecodeXml}).
 *
 * @throws {XoevError} when the bytes are not text in the encoding they declare (or UTF-8).
 */
export function decodeXml(bytes: Uint8Array, options?: DecodeXmlOptions): string {
  return unwrap(safeDecodeXml(bytes, options)).text;
}
