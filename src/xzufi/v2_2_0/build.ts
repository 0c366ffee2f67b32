/**
 * Builders for XZuFi 2.2.0: `create*` factories whose input is checked by zod schemas derived from the binding
 * (repeated elements may be left out and default to `[]`), and the LeiKa mapping — a catalogue row becomes a
 * Leistung Stammtext, a catalogue becomes one transfer message.
 */
import { z } from "zod";
import { LEXICAL_PATTERNS } from "../../core/binding/check.ts";
import type { ComplexType, PolymorphicType } from "../../core/binding/types.ts";
import { zodIssuesToDiagnostics, zodSchemaOf } from "../../core/binding/zod.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../../core/result.ts";
import { LEIKA_TEXTMODUL_LIST_URI, LEIKA_TEXTMODUL_VALUES, LeikaTextmodul, TYPISIERUNG_LIST_URI } from "../../leika/codes.ts";
import { type LeikaCsvInput, type LeikaCsvOptions, type LeikaEintrag, readLeikaCsv } from "../../leika/csv.ts";
import { leistungsobjektschluesselOf, leistungstypOf, splitLeistungsschluessel } from "../../leika/key.ts";
import * as B from "./binding.ts";
import type {
  Code,
  Identifikator,
  Leistung,
  Leistungsstruktur,
  ModulText,
  Nachricht,
  Nachrichtenkopf,
  Onlinedienst,
  Operation,
  Organisationseinheit,
  Spezialisierung,
  StringLocalized,
  Versionsinformation,
  Zeitraum,
  ZustaendigkeitTransferObjekt,
} from "./model.ts";
import { XZUFI_VERSION } from "./namespace.ts";

type ArrayKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[] ? K : never }[keyof T];

/**
 * Builder input for a model type: like the type, but repeated elements (arrays) may be left out — at every
 * depth — and default to `[]`.
 */
export type BuilderInput<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? readonly BuilderInput<U>[]
    : T extends object
      ? { [K in keyof T as K extends ArrayKeys<T> ? never : K]: BuilderInput<T[K]> } & {
          [K in ArrayKeys<T>]?: BuilderInput<NonNullable<T[K]>>;
        }
      : T;

/** Input of {@link createLeistung}. */
export type LeistungInput = BuilderInput<Leistung>;
/** Input of {@link createOrganisationseinheit}. */
export type OrganisationseinheitInput = BuilderInput<Organisationseinheit>;
/** Input of {@link createOnlinedienst}. */
export type OnlinedienstInput = BuilderInput<Onlinedienst>;
/** Input of {@link createZustaendigkeitTransferObjekt}. */
export type ZustaendigkeitTransferObjektInput = BuilderInput<ZustaendigkeitTransferObjekt>;
/** Input of {@link createSpezialisierung}. */
export type SpezialisierungInput = BuilderInput<Spezialisierung>;
/** Input of {@link createNachricht}. */
export type NachrichtInput = BuilderInput<Omit<Nachricht, "xzufiVersion">> & { readonly xzufiVersion?: string };

function safeBuild<T>(type: ComplexType | PolymorphicType, input: unknown, label: string): Result<T> {
  const parsed = zodSchemaOf(type).safeParse(input);
  if (parsed.success) return success(parsed.data as T);
  return failure(zodIssuesToDiagnostics(parsed.error, `/${label}`) as [Diagnostic, ...Diagnostic[]]);
}

/** Checks and completes a Leistung; invalid input gives `invalid-input` diagnostics with the property path. */
export function safeCreateLeistung(input: unknown): Result<Leistung> {
  return safeBuild<Leistung>(B.Leistung, input, "leistung");
}
/**
 * Creates a Leistung; repeated elements left out become `[]`.
 *
 * @throws {XoevError} when the input does not fit the model.
 * @example
 * const leistung = xzufi22.createLeistung({ id: { value: "L1", schemeAgencyID: "S100001" }, modulText: [...] });
 */
export function createLeistung(input: LeistungInput): Leistung {
  return unwrap(safeCreateLeistung(input));
}

/** Checks and completes an Organisationseinheit. */
export function safeCreateOrganisationseinheit(input: unknown): Result<Organisationseinheit> {
  return safeBuild<Organisationseinheit>(B.Organisationseinheit, input, "organisationseinheit");
}
/**
 * Creates an Organisationseinheit.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createOrganisationseinheit(input: OrganisationseinheitInput): Organisationseinheit {
  return unwrap(safeCreateOrganisationseinheit(input));
}

/** Checks and completes an Onlinedienst. */
export function safeCreateOnlinedienst(input: unknown): Result<Onlinedienst> {
  return safeBuild<Onlinedienst>(B.Onlinedienst, input, "onlinedienst");
}
/**
 * Creates an Onlinedienst.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createOnlinedienst(input: OnlinedienstInput): Onlinedienst {
  return unwrap(safeCreateOnlinedienst(input));
}

/** Checks and completes a ZustaendigkeitTransferObjekt. */
export function safeCreateZustaendigkeitTransferObjekt(input: unknown): Result<ZustaendigkeitTransferObjekt> {
  return safeBuild<ZustaendigkeitTransferObjekt>(B.ZustaendigkeitTransferObjekt, input, "zustaendigkeitTransferObjekt");
}
/**
 * Creates a ZustaendigkeitTransferObjekt.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createZustaendigkeitTransferObjekt(input: ZustaendigkeitTransferObjektInput): ZustaendigkeitTransferObjekt {
  return unwrap(safeCreateZustaendigkeitTransferObjekt(input));
}

/** Checks and completes a Spezialisierung. */
export function safeCreateSpezialisierung(input: unknown): Result<Spezialisierung> {
  return safeBuild<Spezialisierung>(B.Spezialisierung, input, "spezialisierung");
}
/**
 * Creates a Spezialisierung.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createSpezialisierung(input: SpezialisierungInput): Spezialisierung {
  return unwrap(safeCreateSpezialisierung(input));
}

/** Checks and completes a transfer message; `xzufiVersion` defaults to `2.2.0`. */
export function safeCreateNachricht(input: unknown): Result<Nachricht> {
  const withVersion =
    typeof input === "object" && input !== null && !("xzufiVersion" in input) ? { xzufiVersion: XZUFI_VERSION, ...input } : input;
  let elementName: unknown;
  let rest = withVersion;
  if (typeof withVersion === "object" && withVersion !== null && "elementName" in withVersion) {
    ({ elementName, ...rest } = withVersion as Record<string, unknown>);
  }
  const built = safeBuild<Nachricht>(B.Nachricht, rest, "nachricht");
  if (!built.success || elementName === undefined) return built;
  if (typeof elementName !== "string" || !/^[A-Za-z_][\w.-]*$/.test(elementName)) {
    return failure([
      diagnostic({
        code: "invalid-input",
        params: { issue: "elementName: expected an XML name" },
        severity: "error",
        stage: "input",
        path: "/nachricht/elementName",
      }),
    ]);
  }
  return success({ ...built.data, elementName });
}
/**
 * Creates a transfer message.
 *
 * @throws {XoevError} when the input does not fit the model.
 */
export function createNachricht(input: NachrichtInput): Nachricht {
  return unwrap(safeCreateNachricht(input));
}

// ---------------------------------------------------------------------------------------------------
// LeiKa → XZuFi

/** The FIM Portal Redaktion id of the federal LeiKa source (fact sheet §6.7). */
export const LEIKA_REDAKTION_ID = "B100019";

/** Texts of further LeiKa text modules, by text-module code (`06` = Volltext, `09` = Voraussetzungen, …). */
export type LeikaTexte = Partial<Readonly<Record<LeikaTextmodul, string>>>;

/** Options of the LeiKa mapping. */
export interface LeikaLeistungOptions {
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
  readonly versionsinformation?: Versionsinformation;
}

function code(value: string, listURI?: string, listVersionID?: string): Code {
  if (listURI === undefined && listVersionID === undefined) return { code: value };
  const c: { listURI?: string; listVersionID?: string; code: string } = { code: value };
  if (listURI !== undefined) c.listURI = listURI;
  if (listVersionID !== undefined) c.listVersionID = listVersionID;
  return c;
}

function text(value: string, languageCode: string): StringLocalized {
  return { value, languageCode };
}

/** The Leistungsstruktur a key implies: the xsi:type by Leistungstyp, the Leistungsgruppierung and Verrichtung codes. */
export function leistungsstrukturFor(eintrag: Pick<LeikaEintrag, "schluessel">): Leistungsstruktur {
  const key = eintrag.schluessel;
  const teile = splitLeistungsschluessel(key);
  const leistungsgruppierung = code(teile.leistungsgruppierung);
  switch (leistungstypOf(key)) {
    case "LO":
      return { xsiType: "LeistungsstrukturObjekt", leistungsgruppierung };
    case "LOV":
      return {
        xsiType: "LeistungsstrukturObjektMitVerrichtung",
        leistungsgruppierung,
        leistungsobjektID: { value: leistungsobjektschluesselOf(key) },
        verrichtung: { verrichtungLeiKa: code(teile.verrichtung) },
      };
    case "LOVD":
      return {
        xsiType: "LeistungsstrukturObjektMitVerrichtungUndDetail",
        leistungsgruppierung,
        leistungsobjektID: { value: leistungsobjektschluesselOf(key) },
        verrichtung: { verrichtungLeiKa: code(teile.verrichtung) },
        verrichtungsdetail: [],
      };
  }
}

const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === "function";
const leikaOptionsShape = {
  schemeAgencyID: z.string().min(1).optional(),
  id: z.custom<LeikaLeistungOptions["id"]>(isFunction, "expected a function").optional(),
  languageCode: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, "expected a language code such as de-DE")
    .optional(),
  gueltigkeit: z
    .strictObject({
      beginn: z
        .string()
        .regex(LEXICAL_PATTERNS.date as RegExp, "expected xs:date")
        .optional(),
      ende: z
        .string()
        .regex(LEXICAL_PATTERNS.date as RegExp, "expected xs:date")
        .optional(),
    })
    .optional(),
  texte: z
    .union([
      z.partialRecord(z.enum(LEIKA_TEXTMODUL_VALUES as [LeikaTextmodul, ...LeikaTextmodul[]]), z.string()),
      z.custom(isFunction, "expected a function"),
    ])
    .optional(),
  textmodulListVersionID: z.string().optional(),
  versionsinformation: zodSchemaOf(B.Versionsinformation).optional(),
};
const leikaLeistungOptionsSchema = z.strictObject(leikaOptionsShape);
const leikaNachrichtOptionsSchema = z.strictObject({
  ...leikaOptionsShape,
  nachrichtenkopf: zodSchemaOf(B.Nachrichtenkopf).optional(),
  produktbezeichnung: z.string().optional(),
  produkthersteller: z.string().optional(),
  produktversion: z.string().optional(),
  elementName: z
    .string()
    .regex(/^[A-Za-z_][\w.-]*$/, "expected an XML name")
    .optional(),
  csv: z.unknown().optional(),
});

function checkOptions(schema: z.ZodType, options: unknown): Diagnostic[] {
  const parsed = schema.safeParse(options);
  return parsed.success ? [] : zodIssuesToDiagnostics(parsed.error, "/options");
}

function inputProblem(issue: string, path: string): Diagnostic {
  return diagnostic({ code: "invalid-input", params: { issue }, severity: "error", stage: "input", path });
}

/** Builds the Leistung of a row; options are already checked. */
function leistungFromLeika(eintrag: LeikaEintrag, options: LeikaLeistungOptions): Result<Leistung> {
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
  const modulText: ModulText[] = [];
  for (const modulCode of LEIKA_TEXTMODUL_VALUES) {
    const t = texte[modulCode];
    if (t === undefined) continue;
    modulText.push({
      idSekundaer: [],
      positionDarstellung: modulText.length,
      inhalt: [text(t, languageCode)],
      leikaTextmodul: code(modulCode, LEIKA_TEXTMODUL_LIST_URI, options.textmodulListVersionID),
      leikaTextmodulAbweichendeBezeichnung: [],
      weiterfuehrenderLink: [],
      gueltigkeit: [],
    });
  }
  const gueltigkeit: Zeitraum[] =
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
  const id: Identifikator = { value: idValue, schemeAgencyID: options.schemeAgencyID ?? LEIKA_REDAKTION_ID };
  // One object literal in binding order (faster than spreading a template; the type checks completeness).
  const leistung: Leistung = {
    id,
    idSekundaer: [],
    struktur: leistungsstrukturFor(eintrag),
    referenzLeiKa: [code(eintrag.schluessel)],
    modulText,
    modulTextIndividuell: [],
    modulBegriffImKontext: [],
    modulUrsprungsportal: [],
    typisierung: eintrag.typisierung.map((t) => code(t, TYPISIERUNG_LIST_URI)),
    leistungsadressat: [],
    kategorie: [],
    klassifizierung: [],
    informationsbereichSDG: [],
    idLeistungImKontext: [],
    idProzess: [],
    gueltigkeitGebietID: [],
    relevantFuerWirtschaftszweig: [],
    relevantFuerRechtsform: [],
    relevantFuerStaatsangehoerigkeit: [],
    ...(options.versionsinformation !== undefined && { versionsinformation: options.versionsinformation }),
    sprachversion: [german ? { languageCode, sprachbezeichnungDeutsch: "Deutsch", sprachbezeichnungNativ: "Deutsch" } : { languageCode }],
    gueltigkeit,
  };
  return success(leistung);
}

/**
 * Maps a LeiKa catalogue row to a Leistung Stammtext: id from the key, `struktur` by Leistungstyp,
 * `referenzLeiKa` with the key, text modules `02` (Bezeichnung) and `03` (Bezeichnung2) plus any `texte`,
 * Typisierung codes, Sprachversion and Gültigkeit. Deterministic: no clock, no random ids. The options are
 * checked with zod (`invalid-input` diagnostics under `/options`).
 */
export function safeCreateLeistungFromLeika(eintrag: LeikaEintrag, options: LeikaLeistungOptions = {}): Result<Leistung> {
  const problems = checkOptions(leikaLeistungOptionsSchema, options);
  if (problems.length > 0) return failure(problems as [Diagnostic, ...Diagnostic[]]);
  return leistungFromLeika(eintrag, options);
}

/**
 * Maps a LeiKa catalogue row to a Leistung Stammtext.
 *
 * @throws {XoevError} when an option does not fit the model (e.g. a malformed date).
 */
export function createLeistungFromLeika(eintrag: LeikaEintrag, options?: LeikaLeistungOptions): Leistung {
  return unwrap(safeCreateLeistungFromLeika(eintrag, options));
}

/** Options of the catalogue → message mapping. */
export interface LeikaNachrichtOptions extends LeikaLeistungOptions {
  /** Message header (nothing time-dependent is added by default). */
  readonly nachrichtenkopf?: Nachrichtenkopf;
  readonly produktbezeichnung?: string;
  readonly produkthersteller?: string;
  readonly produktversion?: string;
  /** Root element name to keep in the model (see `DEFAULT_ROOT_ELEMENT`). */
  readonly elementName?: string;
}

function envelope(operation: Operation[], options: LeikaNachrichtOptions): Nachricht {
  return {
    xzufiVersion: XZUFI_VERSION,
    ...(options.produktbezeichnung !== undefined && { produktbezeichnung: options.produktbezeichnung }),
    ...(options.produkthersteller !== undefined && { produkthersteller: options.produkthersteller }),
    ...(options.produktversion !== undefined && { produktversion: options.produktversion }),
    ...(options.elementName !== undefined && { elementName: options.elementName }),
    nachrichtenkopf: options.nachrichtenkopf ?? {},
    operation,
  };
}

/**
 * Maps catalogue rows to one transfer message with one `schreibe` per Leistung. A row whose key (or id)
 * repeats an earlier one is not mapped and gives a `duplicate-key` error with its line; so does a row the
 * model rejects. The result fails when any row was not mapped; `data` then holds the message of the rest.
 */
export function safeCreateNachrichtFromLeika(eintraege: Iterable<LeikaEintrag>, options: LeikaNachrichtOptions = {}): Result<Nachricht> {
  const mapper = new LeikaMapper(options);
  for (const e of eintraege) mapper.add(e);
  return mapper.result();
}

/**
 * Maps catalogue rows to one transfer message.
 *
 * @throws {XoevError} when a row could not be mapped.
 */
export function createNachrichtFromLeika(eintraege: Iterable<LeikaEintrag>, options?: LeikaNachrichtOptions): Nachricht {
  return unwrap(safeCreateNachrichtFromLeika(eintraege, options));
}

class LeikaMapper {
  readonly operation: Operation[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Map<string, number>();
  rows = 0;
  mapped = 0;
  /** Problems of the options; when there are any, no row is mapped. */
  readonly optionProblems: Diagnostic[];
  constructor(
    readonly options: LeikaNachrichtOptions,
    readonly file?: string,
  ) {
    this.optionProblems = checkOptions(leikaNachrichtOptionsSchema, options);
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
    const built = leistungFromLeika(e, this.options);
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

  result(): Result<Nachricht> {
    if (this.optionProblems.length > 0) return failure([...(this.optionProblems as [Diagnostic, ...Diagnostic[]]), ...this.diagnostics]);
    const data = envelope(this.operation, this.options);
    if (this.diagnostics.some((d) => d.severity === "error" || d.severity === "fatal"))
      return failure(this.diagnostics as [Diagnostic, ...Diagnostic[]], data);
    return success(data, this.diagnostics);
  }
}

/** The outcome of a catalogue import. */
export interface LeikaImport {
  /** One transfer message with a `schreibe` per imported Leistung. */
  readonly nachricht: Nachricht;
  /** Data records read (header excluded). */
  readonly zeilen: number;
  /** Leistungen in the message. */
  readonly leistungen: number;
  /** Records that did not become a Leistung (each has at least one diagnostic with its line). */
  readonly abgelehnt: number;
}

/**
 * Imports a LeiKa catalogue CSV streaming: every record becomes a Leistung in one transfer message or a
 * diagnostic with its line. Fails when a record was rejected; `data` still holds the import of the rest.
 *
 * @example
 * const result = await xzufi22.safeImportLeikaCsv(createReadStream("leika.csv"));
 * writeFileSync("leika.xml", xzufi22.serialize(result.data!.nachricht));
 */
export async function safeImportLeikaCsv(
  input: LeikaCsvInput,
  options: LeikaNachrichtOptions & { readonly csv?: LeikaCsvOptions } = {},
): Promise<Result<LeikaImport>> {
  const mapper = new LeikaMapper(options, options.csv?.file);
  let rejected = 0;
  let records = 0;
  for await (const item of readLeikaCsv(input, options.csv)) {
    // With ids from keys, the mapper reports a repeated key as an error; the reader's warning would repeat it.
    mapper.diagnostics.push(...(options.id === undefined ? item.diagnostics.filter((d) => d.code !== "duplicate-key") : item.diagnostics));
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
  const data: LeikaImport = {
    nachricht: message.data as Nachricht,
    zeilen: records,
    leistungen: mapper.mapped,
    abgelehnt: records - mapper.mapped,
  };
  if (!message.success || rejected > 0) return failure(mapper.diagnostics as [Diagnostic, ...Diagnostic[]], data);
  return success(data, mapper.diagnostics);
}

/**
 * Imports a LeiKa catalogue CSV into one transfer message.
 *
 * @throws {XoevError} when a record was rejected.
 */
export async function importLeikaCsv(
  input: LeikaCsvInput,
  options?: LeikaNachrichtOptions & { readonly csv?: LeikaCsvOptions },
): Promise<LeikaImport> {
  return unwrap(await safeImportLeikaCsv(input, options));
}
