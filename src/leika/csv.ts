/**
 * Streaming reader of LeiKa catalogue CSV files.
 *
 * The FIM Portal publishes the catalogue as ISO-8859-1 CSV with the columns `Schluessel`,
 * `Leistungsgruppierung`, `Leistungskennung`, `Verrichtung`, `Verrichtungsdetail`, `Bezeichnung`,
 * `Bezeichnung2`, `Typ`, `Veröffentlichungsdatum`, `Besondere Merkmale`, `Synonyme` (the last two are
 * `|`-separated lists). Other catalogues (e.g. routing tables with dotted keys and no header) are read
 * with `columns`. The reader works chunk by chunk: memory stays bounded by one record, every record
 * yields one item as soon as it is complete, and every bad record becomes a diagnostic with its line —
 * including its raw fields, so nothing is lost.
 */
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../core/result.ts";
import { decodeWindows1252, findInvalidUtf8, type StreamDecodeError, Utf8Stream } from "../core/text/decode.ts";
import { splitTypisierung, type Typisierung } from "./codes.ts";
import { checkLeistungsschluessel, type Leistungsschluessel, safeComposeLeistungsschluessel, safeParseLeistungsschluessel } from "./key.ts";

/**
 * Text encodings of catalogue files. `auto` decides on the first non-ASCII character, once it is complete: valid
 * UTF-8 decides UTF-8 (a later invalid sequence is then a fatal error: the file mixes encodings), anything
 * else ISO-8859-1. Every decoding is fatal on invalid input; nothing is ever replaced by U+FFFD.
 */
export type LeikaCsvEncoding = "auto" | "utf-8" | "iso-8859-1";

/** Field separators the reader understands. */
export type LeikaCsvDelimiter = ";" | "," | "\t";

/**
 * What the reader accepts: text, bytes, or chunks of either (a Node `Readable` is such an async iterable).
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { type LeikaCsvInput, parseLeikaCsv } from "fim-xoev/leika";
 *
 * // a Node stream, bytes, text, or any (async) iterable of chunks
 * const input: LeikaCsvInput = createReadStream("leika.csv");
 * const katalog = await parseLeikaCsv(input);
 * console.log(katalog.eintraege.length);
 * ```
 */
export type LeikaCsvInput = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Options of the catalogue reader.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type LeikaCsvOptions, parseLeikaCsvSync } from "fim-xoev/leika";
 *
 * // an export without header row, in Latin-1, separated by semicolons
 * const options: LeikaCsvOptions = {
 *   encoding: "iso-8859-1",
 *   delimiter: ";",
 *   header: false,
 *   columns: ["Schlüssel", "Bezeichnung", "Bezeichnung2", "Typ"],
 *   file: "leika-export.csv",
 * };
 * console.log(parseLeikaCsvSync(readFileSync("leika-export.csv"), options).eintraege[0]?.bezeichnung);
 * ```
 */
export interface LeikaCsvOptions {
  /** Encoding of byte input (default `auto`). Ignored for string chunks. */
  readonly encoding?: LeikaCsvEncoding;
  /** Field separator; detected from the first line when absent (`;`, `,` or tab; `;` if none occurs). */
  readonly delimiter?: LeikaCsvDelimiter;
  /**
   * Whether the first record is a header. `auto` (default): it is when one of its fields names the key
   * column (`Schluessel`, `Leistungsschlüssel`, …).
   */
  readonly header?: boolean | "auto";
  /**
   * Column names for files without a header (or to replace the header's names), in column order.
   * Known names (case, umlauts and spaces do not matter) map to the fields of {@link LeikaEintrag};
   * others are kept in `weitereSpalten`. A file without a header is refused without `columns` (fatal
   * `missing-header`: a catalogue whose columns cannot be told would yield nameless Leistungen).
   */
  readonly columns?: readonly string[];
  /** File name to put into diagnostics. */
  readonly file?: string;
  /** Upper bound of one record's length in characters (default 1 000 000); protects against runaway quotes. */
  readonly maxRecordLength?: number;
}

/** One Leistung of the catalogue. Field names follow the published columns. */
export interface LeikaEintrag {
  /** Line of the file where the record starts (1-based). */
  readonly zeile: number;
  /** The Leistungsschlüssel, canonical 14 digits (parsed from any of the three forms). */
  readonly schluessel: Leistungsschluessel;
  /** Column `Leistungsgruppierung` as written. */
  readonly leistungsgruppierung?: string;
  /** Column `Leistungskennung` as written. */
  readonly leistungskennung?: string;
  /** Column `Verrichtung` as written. */
  readonly verrichtung?: string;
  /** Column `Verrichtungsdetail` as written. */
  readonly verrichtungsdetail?: string;
  /** Column `Bezeichnung`: the official Leistungsbezeichnung. */
  readonly bezeichnung?: string;
  /** Column `Bezeichnung2`: the citizen-friendly Leistungsbezeichnung II. */
  readonly bezeichnung2?: string;
  /** Column `Typ` as written (Typisierung, possibly combined such as `1;2/3`). */
  readonly typ?: string;
  /** The Typisierung codes of `typ` (or of a `Typisierung` column) that are in the code list. */
  readonly typisierung: readonly Typisierung[];
  /** Column `Veröffentlichungsdatum` as written (`DD.MM.YYYY hh:mm`). */
  readonly veroeffentlichungsdatum?: string;
  /** Column `Besondere Merkmale`, split at `|`. */
  readonly besondereMerkmale: readonly string[];
  /** Column `Synonyme`, split at `|`. */
  readonly synonyme: readonly string[];
  /** Values of columns the reader does not know, by column name. */
  readonly weitereSpalten: Readonly<Record<string, string>>;
}

/** Fields of {@link LeikaEintrag} a column can map to. */
export type LeikaSpalte =
  | "schluessel"
  | "leistungsgruppierung"
  | "leistungskennung"
  | "verrichtung"
  | "verrichtungsdetail"
  | "bezeichnung"
  | "bezeichnung2"
  | "typ"
  | "typisierung"
  | "veroeffentlichungsdatum"
  | "besondereMerkmale"
  | "synonyme";

/** One item of the stream: the header, an accepted row, or a rejected row. */
export type LeikaCsvItem =
  | {
      readonly kind: "header";
      /** Line of the header (or of the first record, when the columns came from options). */
      readonly line: number;
      /** The column names in use. */
      readonly columns: readonly string[];
      /** Which field each column maps to (`undefined` = kept in `weitereSpalten`). */
      readonly mapping: readonly (LeikaSpalte | undefined)[];
      readonly diagnostics: readonly Diagnostic[];
    }
  | {
      readonly kind: "row";
      readonly line: number;
      /** The raw fields of the record. */
      readonly fields: readonly string[];
      readonly eintrag: LeikaEintrag;
      /** Warnings and information about the row. */
      readonly diagnostics: readonly Diagnostic[];
    }
  | {
      readonly kind: "rejected";
      readonly line: number;
      /** The raw fields of the record, so nothing is lost. */
      readonly fields: readonly string[];
      /** At least one error says why the row was rejected. */
      readonly diagnostics: readonly [Diagnostic, ...Diagnostic[]];
    };

/** Text columns copied as they are (trimmed; empty = absent), in {@link LeikaEintrag} order. */
const TEXT_FIELDS = [
  "leistungsgruppierung",
  "leistungskennung",
  "verrichtung",
  "verrichtungsdetail",
  "bezeichnung",
  "bezeichnung2",
] as const;

const ALIASES: Readonly<Record<string, LeikaSpalte>> = {
  schluessel: "schluessel",
  leistungsschluessel: "schluessel",
  leikaschluessel: "schluessel",
  leikaid: "schluessel",
  leistungsgruppierung: "leistungsgruppierung",
  gruppierung: "leistungsgruppierung",
  leistungskennung: "leistungskennung",
  kennung: "leistungskennung",
  verrichtung: "verrichtung",
  verrichtungskennung: "verrichtung",
  verrichtungsdetail: "verrichtungsdetail",
  bezeichnung: "bezeichnung",
  leistungsbezeichnung: "bezeichnung",
  bezeichnung2: "bezeichnung2",
  bezeichnungii: "bezeichnung2",
  leistungsbezeichnung2: "bezeichnung2",
  leistungsbezeichnungii: "bezeichnung2",
  typ: "typ",
  typisierung: "typisierung",
  veroeffentlichungsdatum: "veroeffentlichungsdatum",
  datum: "veroeffentlichungsdatum",
  besonderemerkmale: "besondereMerkmale",
  synonyme: "synonyme",
};

/**
 * Maps a column name to the field it fills, ignoring case, umlaut spelling, spaces and punctuation.
 *
 * @example
 * ```ts
 * import { leikaSpalteOf } from "fim-xoev/leika";
 *
 * console.log(leikaSpalteOf("Leistungsschlüssel"), leikaSpalteOf("Besondere Merkmale"), leikaSpalteOf("Zuständigkeit"));
 * // "schluessel" "besondereMerkmale" undefined (kept in weitereSpalten)
 * ```
 */
export function leikaSpalteOf(columnName: string): LeikaSpalte | undefined {
  const n = columnName
    .trim()
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
  return ALIASES[n];
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/** What a chunk decodes to: text, and the invalid sequence that ended decoding, if any. */
interface Decoded {
  readonly text: string;
  readonly error?: StreamDecodeError | undefined;
}

/**
 * Incremental decoder of byte chunks, fatal on invalid input. `utf-8` decodes as it goes and stops at the first
 * invalid sequence (a sequence cut by a chunk's end waits for the next chunk). `iso-8859-1` maps every byte
 * (as windows-1252, see `core/text/decode.ts`). `auto` decides once, for the whole input, on its first
 * non-ASCII sequence, and only when that sequence is complete (never on a lead byte at a chunk's end):
 * valid UTF-8 decides UTF-8, and a later invalid sequence is then a fatal error (the file mixes encodings;
 * neither decoding would be right); an invalid sequence (or one cut by the end of the input) decides ISO-8859-1.
 * Before the decision everything is ASCII, the same in both; the bytes of the undecided sequence (at most
 * three) are held back. One decoder decodes the whole input.
 */
class ChunkDecoder {
  private decided: "utf-8" | "iso-8859-1" | undefined;
  /** Decodes UTF-8, counting offsets, lines and columns from the first byte (also while undecided). */
  private readonly utf8 = new Utf8Stream();
  /** `auto`: the bytes from the first non-ASCII byte on while its sequence is incomplete. */
  private held: Uint8Array | undefined;

  constructor(encoding: LeikaCsvEncoding) {
    if (encoding !== "auto") this.decided = encoding;
  }

  /** The encoding in use, once decided. */
  get encoding(): "utf-8" | "iso-8859-1" | undefined {
    return this.decided;
  }

  decode(bytes: Uint8Array): Decoded {
    if (this.decided === "iso-8859-1") return { text: decodeWindows1252(bytes) };
    if (this.decided === "utf-8") return { text: this.utf8.push(bytes), error: this.utf8.error };
    let ascii = "";
    let rest: Uint8Array;
    if (this.held === undefined) {
      let k = 0;
      while (k < bytes.length && (bytes[k] as number) < 0x80) k++;
      ascii = this.utf8.push(bytes.subarray(0, k));
      if (k === bytes.length) return { text: ascii };
      rest = bytes.subarray(k);
    } else {
      rest = new Uint8Array(this.held.length + bytes.length);
      rest.set(this.held);
      rest.set(bytes, this.held.length);
    }
    const bad = findInvalidUtf8(rest);
    if (bad !== undefined && bad.offset === 0) {
      if (bad.incomplete) {
        this.held = rest.slice();
        return { text: ascii };
      }
      this.held = undefined;
      this.decided = "iso-8859-1";
      return { text: ascii + decodeWindows1252(rest) };
    }
    this.held = undefined;
    this.decided = "utf-8";
    return { text: ascii + this.utf8.push(rest), error: this.utf8.error };
  }

  end(): Decoded {
    if (this.decided === "utf-8") {
      this.utf8.end();
      return { text: "", error: this.utf8.error };
    }
    if (this.held === undefined) return { text: "" };
    // The first non-ASCII sequence is cut by the end of the input: no UTF-8.
    const text = decodeWindows1252(this.held);
    this.held = undefined;
    this.decided = "iso-8859-1";
    return { text };
  }
}

// ---------------------------------------------------------------------------------------------------
// Tokenizing

const S = { START: 0, UNQUOTED: 1, QUOTED: 2, QUOTE_SEEN: 3 } as const;
type TokState = (typeof S)[keyof typeof S];

interface RawRecord {
  readonly line: number;
  readonly fields: string[];
  readonly problems: string[];
}

class Abort extends Error {}

/**
 * Push parser of a LeiKa catalogue: feed it text with {@link LeikaCsvParser.push} (or bytes with
 * {@link LeikaCsvParser.pushBytes}) and call {@link LeikaCsvParser.end} at the end. Each call returns the
 * items completed by it. Use {@link readLeikaCsv} unless you drive the chunks yourself.
 *
 * @example
 * ```ts
 * import { LeikaCsvParser } from "fim-xoev/leika";
 *
 * declare const chunks: readonly Uint8Array[]; // e.g. from a fetch body reader
 * const parser = new LeikaCsvParser({ file: "leika.csv" });
 * for (const chunk of chunks) {
 *   for (const item of parser.pushBytes(chunk)) if (item.kind === "row") console.log(item.eintrag.schluessel);
 * }
 * for (const item of parser.end()) if (item.kind === "row") console.log(item.eintrag.schluessel);
 * ```
 */
export class LeikaCsvParser {
  private readonly options: LeikaCsvOptions;
  private readonly maxRecordLength: number;
  private readonly decoder: ChunkDecoder;
  private delimiter: number | undefined;
  private pendingText = "";
  private started = false;
  private stopped = false;

  // tokenizer state
  private state: TokState = S.START;
  private field = "";
  private fields: string[] = [];
  private problems: string[] = [];
  private line = 1;
  private recordLine = 1;
  private recordLength = 0;
  private lastWasCR = false;

  // record interpretation state
  private headerDone = false;
  private columns: string[] = [];
  private mapping: (LeikaSpalte | undefined)[] = [];
  private readonly seen = new Map<string, number>();
  private out: LeikaCsvItem[] = [];

  constructor(options: LeikaCsvOptions = {}) {
    this.options = options;
    this.maxRecordLength = options.maxRecordLength ?? 1_000_000;
    this.decoder = new ChunkDecoder(options.encoding ?? "auto");
    if (options.delimiter !== undefined) this.delimiter = options.delimiter.charCodeAt(0);
  }

  /** The encoding chosen for byte input (`auto`: once the first non-ASCII character is complete). */
  get encoding(): "utf-8" | "iso-8859-1" | undefined {
    return this.decoder.encoding;
  }

  /** Feeds bytes (decoded incrementally; an invalid byte sequence ends the input with a fatal diagnostic). */
  pushBytes(bytes: Uint8Array): LeikaCsvItem[] {
    const decoded = this.decoder.decode(bytes);
    const items = this.push(decoded.text);
    if (decoded.error === undefined) return items;
    this.failEncoding(decoded.error);
    return [...items, ...this.flush()];
  }

  /**
   * An invalid byte sequence: the record it stands in is rejected with its fields so far and a fatal
   * `invalid-byte-sequence` (line and column of the sequence), and reading stops: nothing after it is guessed at.
   */
  private failEncoding(error: StreamDecodeError): void {
    if (this.stopped) return;
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(this.pendingText.split(/[\r\n]/)[0] ?? "");
      const t = this.pendingText;
      this.pendingText = "";
      this.scan(t);
      if (this.stopped) return;
    }
    const d = diagnostic({
      code: "invalid-byte-sequence",
      params: { encoding: "UTF-8", offset: error.offset, bytes: error.bytes, source: "text" },
      severity: "fatal",
      stage: "input",
      path: `/line[${error.line}]`,
      location: { line: error.line, column: error.column },
      file: this.options.file,
    });
    this.out.push({ kind: "rejected", line: this.recordLine, fields: [...this.fields, this.field], diagnostics: [d] });
    this.stopped = true;
  }

  /** Feeds text. */
  push(text: string): LeikaCsvItem[] {
    if (this.stopped || text === "") return this.flush();
    if (!this.started) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    if (this.delimiter === undefined) {
      // Wait for the first complete line to detect the separator.
      this.pendingText += text;
      const nl = this.pendingText.search(/[\r\n]/);
      if (nl < 0 && this.pendingText.length < 65_536) return this.flush();
      this.delimiter = detectDelimiter(nl < 0 ? this.pendingText : this.pendingText.slice(0, nl));
      text = this.pendingText;
      this.pendingText = "";
    }
    this.scan(text);
    return this.flush();
  }

  /** Ends the input; returns the items of the last record(s). */
  end(): LeikaCsvItem[] {
    const rest = this.decoder.end();
    const items = rest.text !== "" ? this.push(rest.text) : [];
    if (rest.error !== undefined) this.failEncoding(rest.error);
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(this.pendingText);
      const t = this.pendingText;
      this.pendingText = "";
      if (!this.stopped) this.scan(t);
    }
    try {
      if (!this.stopped) {
        if (this.state === S.QUOTED) {
          this.problems.push("unterminated quoted field at the end of the input");
          this.fields.push(this.field);
          this.emitRecord(true);
        } else if (this.state !== S.START || this.fields.length > 0) {
          this.fields.push(this.field);
          this.emitRecord(false);
        }
      }
    } catch (e) {
      if (!(e instanceof Abort)) throw e;
    }
    this.stopped = true;
    return [...items, ...this.flush()];
  }

  private flush(): LeikaCsvItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private scan(s: string): void {
    const delim = this.delimiter as number;
    const n = s.length;
    try {
      let i = 0;
      while (i < n) {
        const c = s.charCodeAt(i);
        const afterCR = this.lastWasCR;
        this.lastWasCR = c === 0x0d;
        if (c === 0x0a && afterCR) {
          // The LF of a CRLF pair: the CR already ended the line.
          if (this.state === S.QUOTED) this.field += "\n";
          i++;
          continue;
        }
        const newline = c === 0x0a || c === 0x0d;
        switch (this.state) {
          case S.START:
          case S.UNQUOTED:
            if (c === delim) {
              this.fields.push(this.field);
              this.field = "";
              this.state = S.START;
            } else if (newline) {
              this.line++;
              this.endRecordAtNewline();
            } else if (c === 0x22 && this.state === S.START) {
              this.state = S.QUOTED;
            } else {
              // Take the whole run up to the next delimiter or line break at once.
              let j = i + 1;
              while (j < n) {
                const d = s.charCodeAt(j);
                if (d === delim || d === 0x0a || d === 0x0d) break;
                j++;
              }
              this.field += s.slice(i, j);
              this.state = S.UNQUOTED;
              this.count(j - i);
              i = j;
              continue;
            }
            break;
          case S.QUOTED:
            if (c === 0x22) this.state = S.QUOTE_SEEN;
            else if (newline) {
              // Line breaks inside quotes belong to the value and are kept as written.
              this.line++;
              this.field += s[i];
            } else {
              let j = i + 1;
              while (j < n) {
                const d = s.charCodeAt(j);
                if (d === 0x22 || d === 0x0a || d === 0x0d) break;
                j++;
              }
              this.field += s.slice(i, j);
              this.count(j - i);
              i = j;
              continue;
            }
            break;
          case S.QUOTE_SEEN:
            if (c === 0x22) {
              this.field += '"';
              this.state = S.QUOTED;
            } else if (c === delim) {
              this.fields.push(this.field);
              this.field = "";
              this.state = S.START;
            } else if (newline) {
              this.line++;
              this.endRecordAtNewline();
            } else {
              this.problems.push(`text after a closing quote in field ${this.fields.length + 1}`);
              this.field += s[i];
              this.state = S.UNQUOTED;
            }
            break;
        }
        this.count(1);
        i++;
      }
    } catch (e) {
      if (!(e instanceof Abort)) throw e;
    }
  }

  private count(chars: number): void {
    this.recordLength += chars;
    if (this.recordLength > this.maxRecordLength) this.fail("text-limit-exceeded", { limit: this.maxRecordLength });
  }

  private endRecordAtNewline(): void {
    this.fields.push(this.field);
    this.emitRecord(false);
  }

  private resetRecord(): void {
    this.field = "";
    this.fields = [];
    this.problems = [];
    this.state = S.START;
    this.recordLine = this.line;
    this.recordLength = 0;
  }

  private fail<C extends DiagnosticCode>(code: C, params: DiagnosticParams[C]): never {
    const d = this.diag(code, params, "fatal", this.recordLine, "");
    this.out.push({ kind: "rejected", line: this.recordLine, fields: [...this.fields, this.field], diagnostics: [d] });
    this.stopped = true;
    throw new Abort();
  }

  private diag<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    severity: Severity,
    line: number,
    column: string,
  ): Diagnostic {
    return diagnostic({
      code,
      params,
      severity,
      stage: "input",
      path: column === "" ? `/line[${line}]` : `/line[${line}]/${column}`,
      location: { line },
      file: this.options.file,
    });
  }

  private emitRecord(unterminated: boolean): void {
    const record: RawRecord = { line: this.recordLine, fields: this.fields, problems: this.problems };
    this.resetRecord();
    // A blank line is no record.
    if (record.fields.length === 1 && record.fields[0] === "" && record.problems.length === 0 && !unterminated) return;
    if (!this.headerDone) {
      if (!this.interpretHeader(record)) return;
    }
    this.out.push(this.interpretRow(record, unterminated));
  }

  /** Decides on the columns; returns true when the record is data and must still be interpreted. */
  private interpretHeader(record: RawRecord): boolean {
    this.headerDone = true;
    const diagnostics: Diagnostic[] = [];
    const headerOption = this.options.header ?? "auto";
    const looksLikeHeader = record.fields.some((f) => leikaSpalteOf(f) === "schluessel");
    const isHeader = headerOption === "auto" ? looksLikeHeader : headerOption;
    let columns: string[];
    if (this.options.columns !== undefined) {
      columns = [...this.options.columns];
    } else if (isHeader) {
      columns = record.fields.map((f) => f.trim());
    } else {
      // No names at all: which column is which (and whether any holds the name of the Leistung) cannot be told,
      // so the file is refused rather than read as nameless Leistungen. The key column found in the first record
      // goes into the hint.
      const keyAt = record.fields.findIndex((f) => safeParseLeistungsschluessel(f).success);
      const d = this.diag("missing-header", { keyColumn: keyAt + 1 }, "fatal", record.line, "");
      this.out.push({ kind: "header", line: record.line, columns: [], mapping: [], diagnostics: [d] });
      this.stopped = true;
      throw new Abort();
    }
    const mapping = columns.map((c) => leikaSpalteOf(c));
    for (let i = 0; i < columns.length; i++) {
      if (mapping[i] === undefined)
        diagnostics.push(this.diag("unknown-column", { column: columns[i] as string }, "info", record.line, ""));
    }
    this.columns = columns;
    this.mapping = mapping;
    if (!mapping.includes("schluessel")) {
      const d = this.diag("missing-column", { column: "Schluessel" }, "fatal", record.line, "");
      this.out.push({ kind: "header", line: record.line, columns, mapping, diagnostics: [d, ...diagnostics] });
      this.stopped = true;
      throw new Abort();
    }
    this.out.push({ kind: "header", line: record.line, columns, mapping, diagnostics });
    return !isHeader;
  }

  private interpretRow(record: RawRecord, unterminated: boolean): LeikaCsvItem {
    const { line, fields } = record;
    const diagnostics: Diagnostic[] = [];
    let rejected = false;
    for (const p of record.problems) {
      diagnostics.push(this.diag("malformed-record", { reason: p }, unterminated ? "error" : "warning", line, ""));
      if (unterminated) rejected = true;
    }
    if (fields.length !== this.columns.length && !unterminated) {
      diagnostics.push(this.diag("field-count-mismatch", { expected: this.columns.length, actual: fields.length }, "warning", line, ""));
    }
    const values: Partial<Record<LeikaSpalte, string>> = {};
    const weitereSpalten: Record<string, string> = {};
    let keyColumn = "Schluessel";
    for (let i = 0; i < fields.length; i++) {
      const value = fields[i] as string;
      const target = this.mapping[i];
      const name = this.columns[i] ?? `Spalte${i + 1}`;
      if (target === undefined) {
        if (value !== "" || i < this.columns.length) weitereSpalten[name] = value;
      } else {
        values[target] = value;
        if (target === "schluessel") keyColumn = name;
      }
    }
    const rawKey = values.schluessel?.trim() ?? "";
    let schluessel: Leistungsschluessel | undefined;
    if (rawKey === "") {
      diagnostics.push(this.diag("missing-field", { field: keyColumn }, "error", line, keyColumn));
      rejected = true;
    } else {
      const parsed = safeParseLeistungsschluessel(rawKey, {
        path: `/line[${line}]/${keyColumn}`,
        location: { line },
        file: this.options.file,
      });
      if (parsed.success) {
        schluessel = parsed.data;
        diagnostics.push(
          ...checkLeistungsschluessel(schluessel, { path: `/line[${line}]/${keyColumn}`, location: { line }, file: this.options.file }),
        );
        this.checkParts(schluessel, values, line, diagnostics);
        const first = this.seen.get(schluessel);
        if (first !== undefined)
          diagnostics.push(this.diag("duplicate-key", { key: schluessel, firstLine: first }, "warning", line, keyColumn));
        else this.seen.set(schluessel, line);
      } else {
        diagnostics.push(...parsed.diagnostics);
        rejected = true;
      }
    }
    // A Leistung without a name (neither Bezeichnung nor Bezeichnung2) is no usable catalogue entry.
    if (!rejected && (values.bezeichnung?.trim() ?? "") === "" && (values.bezeichnung2?.trim() ?? "") === "") {
      const column = this.columns[this.mapping.indexOf("bezeichnung")] ?? "Bezeichnung";
      diagnostics.push(this.diag("missing-field", { field: column }, "error", line, column));
      rejected = true;
    }
    if (rejected || schluessel === undefined) {
      return { kind: "rejected", line, fields, diagnostics: diagnostics as [Diagnostic, ...Diagnostic[]] };
    }
    const typSource = values.typisierung ?? values.typ;
    const typ = typSource === undefined ? undefined : splitTypisierung(typSource);
    if (typ !== undefined) {
      for (const u of typ.unbekannt) {
        diagnostics.push(
          this.diag(
            "unknown-code",
            { value: u, codeList: "urn:de:fim:leika:typisierung" },
            "warning",
            line,
            values.typisierung !== undefined ? "Typisierung" : "Typ",
          ),
        );
      }
    }
    const eintrag: Record<string, unknown> = { zeile: line, schluessel };
    for (const k of TEXT_FIELDS) {
      const v = values[k]?.trim();
      if (v !== undefined && v !== "") eintrag[k] = v;
    }
    const typValue = (values.typ ?? values.typisierung)?.trim();
    if (typValue !== undefined && typValue !== "") eintrag.typ = typValue;
    eintrag.typisierung = typ?.typisierung ?? [];
    const datum = values.veroeffentlichungsdatum?.trim();
    if (datum !== undefined && datum !== "") eintrag.veroeffentlichungsdatum = datum;
    eintrag.besondereMerkmale = splitList(values.besondereMerkmale);
    eintrag.synonyme = splitList(values.synonyme);
    eintrag.weitereSpalten = weitereSpalten;
    return { kind: "row", line, fields, eintrag: eintrag as unknown as LeikaEintrag, diagnostics };
  }

  /** Compares the part columns with the key (warning on a mismatch). */
  private checkParts(
    key: Leistungsschluessel,
    values: Partial<Record<LeikaSpalte, string>>,
    line: number,
    diagnostics: Diagnostic[],
  ): void {
    const g = values.leistungsgruppierung?.trim();
    const k = values.leistungskennung?.trim();
    if (g === undefined || k === undefined || g === "" || k === "") return;
    // The common case: the columns are the zero-padded parts of the key.
    const v = values.verrichtung?.trim() || "000";
    const d = values.verrichtungsdetail?.trim() || "000";
    if (key.slice(2, 5) === g && key.slice(5, 8) === k && key.slice(8, 11) === v && key.slice(11, 14) === d) return;
    const composed = safeComposeLeistungsschluessel(
      {
        praefix: key.slice(0, 2),
        leistungsgruppierung: g,
        leistungskennung: k,
        verrichtung: values.verrichtung,
        verrichtungsdetail: values.verrichtungsdetail,
      },
      { path: `/line[${line}]`, location: { line }, file: this.options.file },
    );
    if (!composed.success) {
      diagnostics.push(...composed.diagnostics.map((d) => ({ ...d, severity: "warning" as const })));
    } else if (composed.data !== key) {
      diagnostics.push(
        this.diag("invalid-value", { value: composed.data, expected: `parts that compose the key ${key}` }, "warning", line, ""),
      );
    }
  }
}

function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function detectDelimiter(firstLine: string): number {
  let best = 0x3b;
  let bestCount = 0;
  for (const d of [0x3b, 0x2c, 0x09]) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < firstLine.length; i++) {
      const c = firstLine.charCodeAt(i);
      if (c === 0x22) quoted = !quoted;
      else if (!quoted && c === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Public entry points

function isAsyncIterable(x: unknown): x is AsyncIterable<string | Uint8Array> {
  return typeof x === "object" && x !== null && Symbol.asyncIterator in x;
}

/**
 * Reads a LeiKa catalogue CSV incrementally. Yields a `header` item first, then one `row` or `rejected`
 * item per record, each as soon as the record is complete. Never throws for bad data: every problem is a
 * diagnostic with its line; a fatal one (no key column, runaway record) ends the stream.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { readLeikaCsv } from "fim-xoev/leika";
 *
 * // streaming: one item at a time, without holding the catalogue
 * for await (const item of readLeikaCsv(createReadStream("leika.csv"))) {
 *   if (item.kind === "row") console.log(item.eintrag.schluessel, item.eintrag.bezeichnung);
 *   else if (item.kind === "rejected") console.error(item.line, item.diagnostics.map((d) => d.message));
 * }
 * ```
 */
export async function* readLeikaCsv(input: LeikaCsvInput, options: LeikaCsvOptions = {}): AsyncGenerator<LeikaCsvItem, void, undefined> {
  const parser = new LeikaCsvParser(options);
  const feed = (chunk: string | Uint8Array) => (typeof chunk === "string" ? parser.push(chunk) : parser.pushBytes(chunk));
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield* feed(input);
  } else if (isAsyncIterable(input)) {
    for await (const chunk of input) yield* feed(chunk);
  } else {
    for (const chunk of input) yield* feed(chunk);
  }
  yield* parser.end();
}

/** A whole catalogue, collected. */
export interface LeikaKatalog {
  /** Column names in use. */
  readonly spalten: readonly string[];
  /** The accepted entries, in file order. */
  readonly eintraege: readonly LeikaEintrag[];
  /** The rejected records with their raw fields. */
  readonly abgelehnt: readonly { readonly zeile: number; readonly felder: readonly string[] }[];
}

function collect(
  items: Iterable<LeikaCsvItem>,
  acc: {
    spalten: string[];
    eintraege: LeikaEintrag[];
    abgelehnt: { zeile: number; felder: readonly string[] }[];
    diagnostics: Diagnostic[];
  },
): void {
  for (const item of items) {
    acc.diagnostics.push(...item.diagnostics);
    if (item.kind === "header") acc.spalten = [...item.columns];
    else if (item.kind === "row") acc.eintraege.push(item.eintrag);
    else acc.abgelehnt.push({ zeile: item.line, felder: item.fields });
  }
}

function toResult(acc: {
  spalten: string[];
  eintraege: LeikaEintrag[];
  abgelehnt: { zeile: number; felder: readonly string[] }[];
  diagnostics: Diagnostic[];
}): Result<LeikaKatalog> {
  const data: LeikaKatalog = { spalten: acc.spalten, eintraege: acc.eintraege, abgelehnt: acc.abgelehnt };
  if (acc.abgelehnt.length > 0 || acc.diagnostics.some((d) => d.severity === "fatal" || d.severity === "error")) {
    return failure(acc.diagnostics as [Diagnostic, ...Diagnostic[]], data);
  }
  return success(data, acc.diagnostics);
}

/**
 * Reads a whole catalogue (text or bytes) at once. Fails when a row was rejected; the failed result still
 * carries every accepted entry and the rejected records in `data`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeParseLeikaCsvSync } from "fim-xoev/leika";
 *
 * const r = safeParseLeikaCsvSync(readFileSync("leika.csv"), { file: "leika.csv" });
 * // a failed result still carries every accepted entry and the rejected records
 * console.log(r.data?.eintraege.length, r.data?.abgelehnt.length, r.diagnostics.length);
 * ```
 */
export function safeParseLeikaCsvSync(input: string | Uint8Array, options: LeikaCsvOptions = {}): Result<LeikaKatalog> {
  const parser = new LeikaCsvParser(options);
  const acc = {
    spalten: [] as string[],
    eintraege: [] as LeikaEintrag[],
    abgelehnt: [] as { zeile: number; felder: readonly string[] }[],
    diagnostics: [] as Diagnostic[],
  };
  collect(typeof input === "string" ? parser.push(input) : parser.pushBytes(input), acc);
  collect(parser.end(), acc);
  return toResult(acc);
}

/**
 * Reads a whole catalogue at once.
 *
 * @throws {XoevError} when a row was rejected.
 *
 * @example
 * ```ts
 * import { parseLeikaCsvSync } from "fim-xoev/leika";
 *
 * const csv = "Schlüssel;Bezeichnung;Typ\n99.050.012.104.000;Gewerbe Anmeldung;2/3\n";
 * const [eintrag] = parseLeikaCsvSync(csv).eintraege;
 * console.log(eintrag?.schluessel, eintrag?.bezeichnung, eintrag?.typisierung); // "99050012104000" "Gewerbe Anmeldung" ["2/3"]
 * ```
 */
export function parseLeikaCsvSync(input: string | Uint8Array, options?: LeikaCsvOptions): LeikaKatalog {
  return unwrap(safeParseLeikaCsvSync(input, options));
}

/**
 * Like {@link safeParseLeikaCsvSync}, for any {@link LeikaCsvInput} including streams.
 *
 * @example
 * ```ts
 * import { safeParseLeikaCsv } from "fim-xoev/leika";
 *
 * declare const response: Response; // the catalogue downloaded with fetch
 * const r = await safeParseLeikaCsv(new Uint8Array(await response.arrayBuffer()), { file: "leika.csv" });
 * if (!r.success) for (const d of r.diagnostics) console.error(d.location?.line, d.message);
 * ```
 */
export async function safeParseLeikaCsv(input: LeikaCsvInput, options: LeikaCsvOptions = {}): Promise<Result<LeikaKatalog>> {
  const acc = {
    spalten: [] as string[],
    eintraege: [] as LeikaEintrag[],
    abgelehnt: [] as { zeile: number; felder: readonly string[] }[],
    diagnostics: [] as Diagnostic[],
  };
  for await (const item of readLeikaCsv(input, options)) collect([item], acc);
  return toResult(acc);
}

/**
 * Reads a whole catalogue from any {@link LeikaCsvInput}.
 *
 * @throws {XoevError} when a row was rejected.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { parseLeikaCsv } from "fim-xoev/leika";
 *
 * const katalog = await parseLeikaCsv(createReadStream("leika.csv"), { file: "leika.csv" });
 * console.log(katalog.spalten, katalog.eintraege.filter((e) => e.typisierung.includes("1")).length);
 * ```
 */
export async function parseLeikaCsv(input: LeikaCsvInput, options?: LeikaCsvOptions): Promise<LeikaKatalog> {
  return unwrap(await safeParseLeikaCsv(input, options));
}
