/**
 * LeiKa → XZuFi, the part every XZuFi version shares: a LeiKa catalogue row becomes a Leistung Stammtext, a
 * catalogue (rows or a streamed CSV) becomes one transfer message with a `schreibe` per Leistung.
 *
 * Version-independent because the LeiKa catalogue (`fim-xoev/leika`) is one and the same for every XZuFi
 * version, and so is everything that is decided from it here: the checks of the options, the text modules, the
 * id and its Redaktion, Typisierung, Sprachversion and Gültigkeit, the handling of repeated keys and the CSV
 * import. What differs between versions — the shape of the Leistung (its Leistungsstruktur, the reference to
 * the key, the repeated elements it must list) and the binding types of the options — each version supplies as
 * a {@link LeikaTarget}. Imports `core/` and `leika/` only.
 */
import { z } from "zod";
import { XML_NAME } from "../../core/binding/build.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { zodIssuesToDiagnostics, zodSchemaOf } from "../../core/binding/zod.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../../core/result.ts";
import { XS } from "../../core/xsd-types/facets.ts";
import { xsdString } from "../../core/xsd-types/zod.ts";
import { LEIKA_TEXTMODUL_LIST_URI, LEIKA_TEXTMODUL_VALUES, LeikaTextmodul, TYPISIERUNG_LIST_URI } from "../../leika/codes.ts";
import { type LeikaCsvInput, type LeikaCsvOptions, type LeikaEintrag, readLeikaCsv } from "../../leika/csv.ts";

/** The FIM Portal Redaktion id of the federal LeiKa source (fact sheet §6.7). */
export const LEIKA_REDAKTION_ID = "B100019";

/** Texts of further LeiKa text modules, by text-module code (`06` = Volltext, `09` = Voraussetzungen, …). */
export type LeikaTexte = Partial<Readonly<Record<LeikaTextmodul, string>>>;

/** Options of the LeiKa mapping; `V` is the version's `Versionsinformation`. */
export interface LeikaLeistungOptions<V = unknown> {
  /** Redaktion that issues the ids (`schemeAgencyID`); default {@link LEIKA_REDAKTION_ID}. */
  readonly schemeAgencyID?: string;
  /** Id of the Leistung; default: the 14-digit key. */
  readonly id?: (eintrag: LeikaEintrag) => string;
  /** Language of the texts (default `de-DE`). */
  readonly languageCode?: string;
  /** Validity of the Leistung (`gueltigkeit`). */
  readonly gueltigkeit?: { readonly beginn?: string; readonly ende?: string };
  /** Further text modules, for all rows or per row. */
  readonly texte?: LeikaTexte | ((eintrag: LeikaEintrag) => LeikaTexte | undefined);
  /** `listVersionID` of the text-module codes (default: none). */
  readonly textmodulListVersionID?: string;
  /** Version information to put on every Leistung (nothing time-dependent is added by default). */
  readonly versionsinformation?: V;
}

/** Options of the catalogue → message mapping; `K` is the version's `Nachrichtenkopf`. */
export interface LeikaNachrichtOptions<V = unknown, K = unknown> extends LeikaLeistungOptions<V> {
  /** Message header (nothing time-dependent is added by default). */
  readonly nachrichtenkopf?: K;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  /** Root element name to keep in the model (see `DEFAULT_ROOT_ELEMENT`). */
  readonly elementName?: string;
}

/** Options of the catalogue CSV import: the mapping's options plus how the CSV is read. */
export type LeikaImportOptions<V = unknown, K = unknown> = LeikaNachrichtOptions<V, K> & { readonly csv?: LeikaCsvOptions };

/** The outcome of a catalogue import; `N` is the version's `Nachricht`. */
export interface LeikaImport<N> {
  /** One transfer message with a `schreibe` per imported Leistung. */
  readonly nachricht: N;
  /** Data records read (header excluded). */
  readonly zeilen: number;
  /** Leistungen in the message. */
  readonly leistungen: number;
  /** Records that did not become a Leistung (each has at least one diagnostic with its line). */
  readonly abgelehnt: number;
}

/** An XÖV code as the mapping writes it. */
export interface LeikaCode {
  readonly listURI?: string;
  readonly listVersionID?: string;
  readonly code: string;
}

/** A `modulText` as the mapping writes it. */
export interface LeikaModulText {
  readonly idSekundaer: [];
  readonly positionDarstellung: number;
  readonly inhalt: { readonly value: string; readonly languageCode: string }[];
  readonly leikaTextmodul: LeikaCode;
  readonly leikaTextmodulAbweichendeBezeichnung: [];
  readonly weiterfuehrenderLink: [];
  readonly gueltigkeit: [];
}

/** The parts of a Leistung that every version fills the same way from a catalogue row and the options. */
export interface LeikaLeistungTeile {
  readonly id: { readonly value: string; readonly schemeAgencyID: string };
  readonly modulText: LeikaModulText[];
  readonly typisierung: LeikaCode[];
  readonly sprachversion: {
    readonly languageCode: string;
    readonly sprachbezeichnungDeutsch?: string;
    readonly sprachbezeichnungNativ?: string;
  }[];
  readonly gueltigkeit: { readonly beginn?: string; readonly ende?: string; readonly zusatz: [] }[];
}

/** The envelope of a transfer message as the mapping fills it. */
export interface LeikaNachricht<L, K> {
  readonly xzufiVersion: string;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  readonly elementName?: string;
  readonly nachrichtenkopf: K | Record<string, never>;
  readonly operation: { readonly schreibe: { readonly leistung: L } }[];
}

/**
 * What an XZuFi version supplies to the mapping: `L`, `N`, `V`, `K` are its `Leistung`, `Nachricht`,
 * `Versionsinformation` and `Nachrichtenkopf`.
 */
export interface LeikaTarget<L, N, V, K> {
  /** The value of `xzufiVersion` in the messages. */
  readonly xzufiVersion: string;
  /** Binding types the options `versionsinformation` and `nachrichtenkopf` are checked with. */
  readonly versionsinformation: ComplexType;
  readonly nachrichtenkopf: ComplexType;
  /** Assembles the version's Leistung of a row from the shared parts. */
  readonly leistung: (eintrag: LeikaEintrag, teile: LeikaLeistungTeile, options: LeikaLeistungOptions<V>) => L;
  /** The version's message of an envelope (usually the identity, which lets the compiler check the shape). */
  readonly nachricht: (envelope: LeikaNachricht<L, K>) => N;
}

/** An XÖV code with optional list attributes (left out when absent). */
export function leikaCode(value: string, listURI?: string, listVersionID?: string): LeikaCode {
  if (listURI === undefined && listVersionID === undefined) return { code: value };
  const c: { listURI?: string; listVersionID?: string; code: string } = { code: value };
  if (listURI !== undefined) c.listURI = listURI;
  if (listVersionID !== undefined) c.listVersionID = listVersionID;
  return c;
}

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === "function";

function optionSchemas(target: { versionsinformation: ComplexType; nachrichtenkopf: ComplexType }) {
  const shape = {
    schemeAgencyID: z.string().min(1).optional(),
    id: z.custom<LeikaLeistungOptions["id"]>(isFunction, "expected a function").optional(),
    languageCode: z
      .string()
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, "expected a language code such as de-DE")
      .optional(),
    gueltigkeit: z
      .strictObject({
        beginn: xsdString(XS.date, "expected xs:date").optional(),
        ende: xsdString(XS.date, "expected xs:date").optional(),
      })
      .optional(),
    texte: z
      .union([
        z.partialRecord(z.enum(LEIKA_TEXTMODUL_VALUES as [LeikaTextmodul, ...LeikaTextmodul[]]), z.string()),
        z.custom(isFunction, "expected a function"),
      ])
      .optional(),
    textmodulListVersionID: z.string().optional(),
    versionsinformation: zodSchemaOf(target.versionsinformation).optional(),
  };
  return {
    leistung: z.strictObject(shape),
    nachricht: z.strictObject({
      ...shape,
      nachrichtenkopf: zodSchemaOf(target.nachrichtenkopf).optional(),
      produktbezeichnung: z.string().optional(),
      produkthersteller: z.string().optional(),
      produktversion: z.string().optional(),
      elementName: z.string().regex(XML_NAME, "expected an XML name").optional(),
      csv: z.unknown().optional(),
    }),
  };
}

function checkOptions(schema: z.ZodType, options: unknown): Diagnostic[] {
  const parsed = schema.safeParse(options);
  return parsed.success ? [] : zodIssuesToDiagnostics(parsed.error, "/options");
}

function inputProblem(issue: string, path: string): Diagnostic {
  return diagnostic({ code: "invalid-input", params: { issue }, severity: "error", stage: "input", path });
}

/**
 * The LeiKa mapping of one XZuFi version. Deterministic: no clock, no random ids. Options are checked with zod
 * (`invalid-input` diagnostics under `/options`).
 */
export class LeikaMapping<L, N, V, K> {
  private readonly schemas: ReturnType<typeof optionSchemas>;

  constructor(readonly target: LeikaTarget<L, N, V, K>) {
    this.schemas = optionSchemas(target);
  }

  /** Maps a catalogue row to a Leistung Stammtext. */
  safeCreateLeistung(eintrag: LeikaEintrag, options: LeikaLeistungOptions<V> = {}): Result<L> {
    const problems = checkOptions(this.schemas.leistung, options);
    if (problems.length > 0) return failure(problems as [Diagnostic, ...Diagnostic[]]);
    return this.leistung(eintrag, options);
  }

  /** Maps catalogue rows to one transfer message with one `schreibe` per Leistung. */
  safeCreateNachricht(eintraege: Iterable<LeikaEintrag>, options: LeikaNachrichtOptions<V, K> = {}): Result<N> {
    const mapper = new Mapper(this, options);
    for (const e of eintraege) mapper.add(e);
    return mapper.result();
  }

  /** Imports a catalogue CSV streaming into one transfer message. */
  async safeImportCsv(input: LeikaCsvInput, options: LeikaImportOptions<V, K> = {}): Promise<Result<LeikaImport<N>>> {
    const mapper = new Mapper(this, options, options.csv?.file);
    let rejected = 0;
    let records = 0;
    for await (const item of readLeikaCsv(input, options.csv)) {
      // With ids from keys, the mapper reports a repeated key as an error; the reader's warning would repeat it.
      mapper.diagnostics.push(
        ...(options.id === undefined ? item.diagnostics.filter((d) => d.code !== "duplicate-key") : item.diagnostics),
      );
      if (item.kind === "row") {
        records++;
        mapper.add(item.eintrag);
      } else if (item.kind === "rejected") {
        records++;
        rejected++;
      }
    }
    const message = mapper.result();
    if (mapper.optionProblems.length > 0) return failure(message.diagnostics as [Diagnostic, ...Diagnostic[]]);
    const data: LeikaImport<N> = {
      nachricht: message.data as N,
      zeilen: records,
      leistungen: mapper.mapped,
      abgelehnt: records - mapper.mapped,
    };
    if (!message.success || rejected > 0) return failure(mapper.diagnostics as [Diagnostic, ...Diagnostic[]], data);
    return success(data, mapper.diagnostics);
  }

  /** The mapping's public functions, each bound, in a `safe` form and a throwing form. */
  functions() {
    return {
      safeCreateLeistungFromLeika: (eintrag: LeikaEintrag, options?: LeikaLeistungOptions<V>): Result<L> =>
        this.safeCreateLeistung(eintrag, options),
      createLeistungFromLeika: (eintrag: LeikaEintrag, options?: LeikaLeistungOptions<V>): L =>
        unwrap(this.safeCreateLeistung(eintrag, options)),
      safeCreateNachrichtFromLeika: (eintraege: Iterable<LeikaEintrag>, options?: LeikaNachrichtOptions<V, K>): Result<N> =>
        this.safeCreateNachricht(eintraege, options),
      createNachrichtFromLeika: (eintraege: Iterable<LeikaEintrag>, options?: LeikaNachrichtOptions<V, K>): N =>
        unwrap(this.safeCreateNachricht(eintraege, options)),
      safeImportLeikaCsv: (input: LeikaCsvInput, options?: LeikaImportOptions<V, K>): Promise<Result<LeikaImport<N>>> =>
        this.safeImportCsv(input, options),
      importLeikaCsv: async (input: LeikaCsvInput, options?: LeikaImportOptions<V, K>): Promise<LeikaImport<N>> =>
        unwrap(await this.safeImportCsv(input, options)),
    };
  }

  /** The option schema of message mappings (used by the row mapper). */
  nachrichtOptionProblems(options: unknown): Diagnostic[] {
    return checkOptions(this.schemas.nachricht, options);
  }

  /** Builds the Leistung of a row; options are already checked. */
  leistung(eintrag: LeikaEintrag, options: LeikaLeistungOptions<V>): Result<L> {
    const languageCode = options.languageCode ?? "de-DE";
    const extra = typeof options.texte === "function" ? options.texte(eintrag) : options.texte;
    const problems: Diagnostic[] = [];
    for (const [k, t] of Object.entries(extra ?? {})) {
      if (!(LEIKA_TEXTMODUL_VALUES as readonly string[]).includes(k))
        problems.push(inputProblem(`texte: "${k}" is no LeiKa text-module code`, "/options/texte"));
      else if (typeof t !== "string") problems.push(inputProblem(`texte.${k}: expected a string`, "/options/texte"));
    }
    const idValue = options.id === undefined ? eintrag.schluessel : options.id(eintrag);
    if (typeof idValue !== "string" || idValue.trim() === "")
      problems.push(inputProblem("id: the function must return a non-empty string", "/options/id"));
    if (problems.length > 0) return failure(problems as [Diagnostic, ...Diagnostic[]]);
    const texte: Partial<Record<string, string>> = {
      ...(eintrag.bezeichnung !== undefined && { [LeikaTextmodul.leistungsbezeichnung]: eintrag.bezeichnung }),
      ...(eintrag.bezeichnung2 !== undefined && { [LeikaTextmodul.leistungsbezeichnungII]: eintrag.bezeichnung2 }),
      ...extra,
    };
    const modulText: LeikaModulText[] = [];
    for (const modulCode of LEIKA_TEXTMODUL_VALUES) {
      const t = texte[modulCode];
      if (t === undefined) continue;
      modulText.push({
        idSekundaer: [],
        positionDarstellung: modulText.length,
        inhalt: [{ value: t, languageCode }],
        leikaTextmodul: leikaCode(modulCode, LEIKA_TEXTMODUL_LIST_URI, options.textmodulListVersionID),
        leikaTextmodulAbweichendeBezeichnung: [],
        weiterfuehrenderLink: [],
        gueltigkeit: [],
      });
    }
    const gueltigkeit: LeikaLeistungTeile["gueltigkeit"] =
      options.gueltigkeit === undefined
        ? []
        : [
            {
              ...(options.gueltigkeit.beginn !== undefined && { beginn: options.gueltigkeit.beginn }),
              ...(options.gueltigkeit.ende !== undefined && { ende: options.gueltigkeit.ende }),
              zusatz: [],
            },
          ];
    const german = languageCode.toLowerCase().startsWith("de");
    const teile: LeikaLeistungTeile = {
      id: { value: idValue, schemeAgencyID: options.schemeAgencyID ?? LEIKA_REDAKTION_ID },
      modulText,
      typisierung: eintrag.typisierung.map((t) => leikaCode(t, TYPISIERUNG_LIST_URI)),
      sprachversion: [german ? { languageCode, sprachbezeichnungDeutsch: "Deutsch", sprachbezeichnungNativ: "Deutsch" } : { languageCode }],
      gueltigkeit,
    };
    return success(this.target.leistung(eintrag, teile, options));
  }

  /** The message of the mapped Leistungen. */
  envelope(operation: LeikaNachricht<L, K>["operation"], options: LeikaNachrichtOptions<V, K>): N {
    return this.target.nachricht({
      xzufiVersion: this.target.xzufiVersion,
      ...(options.produktbezeichnung !== undefined && { produktbezeichnung: options.produktbezeichnung }),
      ...(options.produkthersteller !== undefined && { produkthersteller: options.produkthersteller }),
      ...(options.produktversion !== undefined && { produktversion: options.produktversion }),
      ...(options.elementName !== undefined && { elementName: options.elementName }),
      nachrichtenkopf: options.nachrichtenkopf ?? {},
      operation,
    });
  }
}

/**
 * Maps rows one by one. A row whose key (or id) repeats an earlier one is not mapped and gives a
 * `duplicate-key` error with its line; so does a row the model rejects.
 */
class Mapper<L, N, V, K> {
  readonly operation: { readonly schreibe: { readonly leistung: L } }[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Map<string, number>();
  rows = 0;
  mapped = 0;
  /** Problems of the options; when there are any, no row is mapped. */
  readonly optionProblems: Diagnostic[];
  constructor(
    readonly mapping: LeikaMapping<L, N, V, K>,
    readonly options: LeikaNachrichtOptions<V, K>,
    readonly file?: string,
  ) {
    this.optionProblems = mapping.nachrichtOptionProblems(options);
  }

  add(e: LeikaEintrag): void {
    this.rows++;
    const id = this.options.id?.(e) ?? e.schluessel;
    const first = this.seen.get(id);
    if (first !== undefined) {
      this.diagnostics.push(
        diagnostic({
          code: "duplicate-key",
          params: { key: id, firstLine: first },
          severity: "error",
          stage: "convert",
          path: `/line[${e.zeile}]`,
          location: { line: e.zeile },
          file: this.file,
        }),
      );
      return;
    }
    if (this.optionProblems.length > 0) return;
    const built = this.mapping.leistung(e, this.options);
    if (!built.success) {
      this.diagnostics.push(
        ...built.diagnostics.map((d) => ({
          ...d,
          path: `/line[${e.zeile}]${d.path}`,
          location: { line: e.zeile },
          ...(this.file !== undefined && { file: this.file }),
        })),
      );
      return;
    }
    this.seen.set(id, e.zeile);
    this.mapped++;
    this.operation.push({ schreibe: { leistung: built.data } });
  }

  result(): Result<N> {
    if (this.optionProblems.length > 0) return failure([...(this.optionProblems as [Diagnostic, ...Diagnostic[]]), ...this.diagnostics]);
    const data = this.mapping.envelope(this.operation, this.options);
    if (this.diagnostics.some((d) => d.severity === "error" || d.severity === "fatal"))
      return failure(this.diagnostics as [Diagnostic, ...Diagnostic[]], data);
    return success(data, this.diagnostics);
  }
}
