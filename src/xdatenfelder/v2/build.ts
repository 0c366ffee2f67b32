/**
 * Builders for programmatic construction of XDatenfelder 2.0 elements. The input schema of each builder is derived
 * from the binding table of its type (`binding.ts`): the same properties, multiplicities and XSD simple types as
 * the parser reads (checked through `core/xsd-types`), plus the builder's conveniences. Problems become
 * `invalid-input` diagnostics (thrown as one XoevError by `create*`, returned by `safeCreate*`). Explicit defaults
 * only: lists default to empty, the texts 2.0 requires but allows empty (`beschreibung`, `definition`, `bezug`,
 * help texts, `inhalt`, `script`, …) default to `""`, bare codes get the canonical `listURI`/`listVersionID` of
 * their list, and the Präzisierung may be given as values (written as JSON).
 */
import { z } from "zod";
import type { ComplexType, ElementField, Field } from "../../core/binding/types.ts";
import type { CodeListDocument } from "../../core/codelists/genericode.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import type { SimpleTypeDef } from "../../core/xsd-types/facets.ts";
import { xsdString } from "../../core/xsd-types/zod.ts";
import {
  builtInput,
  CodelisteType,
  DatenfeldgruppeType,
  DatenfeldType,
  DokumentsteckbriefType,
  HeaderType,
  RegelType,
  StammdatenschemaType,
  StrukturType,
} from "./binding.ts";
import { ANZAHL, DATE, DATE_TIME, VERSION_STRING } from "./datatypes.ts";
import type {
  Codeliste,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  Enthaelt,
  Genericode,
  Header,
  Nachricht,
  Praezisierung,
  Regel,
  Stammdatenschema,
  Struktur,
  XoevCode,
} from "./model.ts";

// ---------------------------------------------------------------------------------------------------------------
// Input schemas, derived from the tables

/** Required texts that 2.0 allows empty: builder input may leave them out, and they become `""`. */
const EMPTY_BY_DEFAULT = [
  "beschreibung",
  "definition",
  "bezug",
  "hilfetextEingabe",
  "hilfetextAusgabe",
  "inhalt",
  "script",
  "langname",
  "dokumentart",
] as const;
const emptyByDefault: ReadonlySet<string> = new Set(EMPTY_BY_DEFAULT);

/** Messages for values outside their XSD type, with an example (String.Latin: the generated message). */
const HINTS = new Map<SimpleTypeDef, string>([
  [DATE, "expected a valid xs:date, e.g. 2026-01-31"],
  [DATE_TIME, "expected a valid xs:dateTime, e.g. 2026-01-31T12:00:00Z"],
  [VERSION_STRING, "expected major.minor, e.g. 1.0"],
  [ANZAHL, "expected min:max, e.g. 0:1 or 1:*"],
]);

/**
 * A simple element: its XSD simple type (`xs:boolean` may also be given as a JS boolean); a required value without
 * a type must not be empty unless 2.0 allows it empty (then it may be left out).
 */
function simpleInput(f: ElementField): z.ZodType {
  const facets = f.facets;
  const value =
    facets?.base === "boolean"
      ? z.union([z.boolean(), z.enum(["true", "false", "1", "0"])]).transform(String)
      : facets !== undefined
        ? xsdString(facets, HINTS.get(facets))
        : f.occurs === "1" && !emptyByDefault.has(f.prop)
          ? z.string().min(1)
          : z.string();
  if (f.occurs === "?") return value.optional();
  return emptyByDefault.has(f.prop) ? value.default("") : value;
}

function fieldInput(f: Field): z.ZodType {
  switch (f.kind) {
    case "element": {
      if (typeof f.type === "string") return simpleInput(f);
      if (f.type.kind !== "complex") break;
      // Repeated elements are objects built before (createRegel, createStruktur); single ones are given inline.
      if (f.occurs === "*" || f.occurs === "+") return z.array(builtInput(z, f.type)).default([]);
      const inline = inputSchema(f.type);
      return f.occurs === "?" ? inline.optional() : inline;
    }
    case "custom": {
      const input = f.codec.zod?.(z);
      if (input === undefined) break;
      return f.occurs === "?" ? input.optional() : input;
    }
    default:
      break;
  }
  throw new Error(`no builder input for ${f.kind} field ${f.prop}`);
}

/** The input schema of a 2.0 type: one property per field of its table. */
function inputSchema(type: ComplexType): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const f of type.fields) shape[f.prop] = fieldInput(f);
  return z.object(shape);
}

// ---------------------------------------------------------------------------------------------------------------
// Input types (what the derived schemas accept)

/**
 * A code in builder input: the bare value (the builder adds the list's canonical `listURI`/`listVersionID`) or a
 * full XoevCode as written.
 * @example
 * ```ts
 * import { type CodeInput, createDatenfeld, type Feldart } from "fim-xoev/xdatenfelder/v2";
 * const feldart: CodeInput<Feldart> = { code: "select", listURI: "urn:xoev-de:fim:codeliste:xdatenfelder.feldart", listVersionID: "1.0" };
 * const feld = createDatenfeld({
 *   identifikation: { id: "F00000154", version: "1.0" }, name: "Vornamen", bezeichnungEingabe: "Vornamen",
 *   schemaelementart: "HAR", status: "aktiv", feldart, datentyp: "text",
 * });
 * console.log(feld.feldart.code); // select
 * ```
 */
export type CodeInput<C extends string> =
  | C
  | { code: C; name?: string | undefined; listURI?: string | undefined; listVersionID?: string | undefined };

/**
 * The Präzisierung in builder input: the JSON text (kept verbatim) or the values (written as 2.0 JSON, numbers as strings).
 * @example
 * ```ts
 * import { createDatenfeld, type PraezisierungInput } from "fim-xoev/xdatenfelder/v2";
 * const plz: PraezisierungInput = { minLength: 5, maxLength: 5, pattern: "[0-9]{5}" };
 * const feld = createDatenfeld({
 *   identifikation: { id: "F00000054", version: "1.0" }, name: "Postleitzahl", bezeichnungEingabe: "Postleitzahl",
 *   schemaelementart: "HAR", status: "aktiv", feldart: "input", datentyp: "text", praezisierung: plz,
 * });
 * console.log(feld.praezisierung.text); // {"minLength":"5","maxLength":"5","pattern":"[0-9]{5}"}
 * ```
 */
export type PraezisierungInput =
  | string
  | {
      minLength?: number | string | undefined;
      maxLength?: number | string | undefined;
      minValue?: number | string | undefined;
      maxValue?: number | string | undefined;
      pattern?: string | undefined;
      note?: string | undefined;
    };

type Defaulted = (typeof EMPTY_BY_DEFAULT)[number] | "praezisierung" | "regel" | "struktur" | "genericode";
type OptionalKeys<M> = { [K in keyof M]-?: object extends Pick<M, K> ? K : never }[keyof M];
type Flatten<T> = { [K in keyof T]: T[K] };

/** Builder input of a model value. */
type InputValue<V> =
  V extends XoevCode<infer C>
    ? CodeInput<C>
    : V extends Praezisierung
      ? PraezisierungInput
      : V extends Genericode
        ? readonly CodeListDocument[]
        : V extends Enthaelt
          ? V
          : V extends readonly (infer U)[]
            ? readonly U[]
            : V extends string
              ? string
              : V extends object
                ? InputOf<V>
                : V;

/**
 * Builder input of a model object: optional where the model is optional or the builder has a default (texts 2.0
 * allows empty, lists), codes as bare values.
 */
export type InputOf<M> = Flatten<
  { [K in Exclude<keyof M, OptionalKeys<M> | Defaulted>]: InputValue<M[K]> } & {
    [K in Extract<keyof M, OptionalKeys<M> | Defaulted>]?: InputValue<NonNullable<M[K]>> | undefined;
  }
>;

/**
 * Input of {@link createRegel} (xdf:Regel): codes may be bare values; texts 2.0 allows empty may be omitted.
 * @example
 * ```ts
 * import { createRegel, type RegelInput } from "fim-xoev/xdatenfelder/v2";
 * const input: RegelInput = {
 *   identifikation: { id: "R00000023", version: "1.0" },
 *   name: "Monat bei Tag",
 *   bezeichnungEingabe: "Monat bei Tag",
 *   definition: "Wenn F00000231 nicht leer, dann darf F00000232 nicht leer sein.",
 *   status: "aktiv",
 * };
 * console.log(createRegel(input).script); // "" (2.0 rules are prose in `definition`)
 * ```
 */
export type RegelInput = InputOf<Regel>;
/**
 * Input of {@link createDatenfeld} (xdf:Datenfeld); `praezisierung` as JSON text or as values.
 * @example
 * ```ts
 * import { createDatenfeld, type DatenfeldInput } from "fim-xoev/xdatenfelder/v2";
 * const input: DatenfeldInput = {
 *   identifikation: { id: "F00000013", version: "1.0" },
 *   name: "Familienname",
 *   bezeichnungEingabe: "Familienname",
 *   schemaelementart: "HAR",
 *   status: "aktiv",
 *   feldart: "input",
 *   datentyp: "text",
 *   praezisierung: '{"minLength":"1","maxLength":"120"}',
 * };
 * console.log(createDatenfeld(input).praezisierung.werte?.maxLength); // "120"
 * ```
 */
export type DatenfeldInput = InputOf<Datenfeld>;
/**
 * Input of {@link createDatenfeldgruppe} (xdf:Datenfeldgruppe): its children as Strukturen built with {@link createStruktur}.
 * @example
 * ```ts
 * import { createDatenfeldgruppe, createStruktur, type Datenfeld, type DatenfeldgruppeInput } from "fim-xoev/xdatenfelder/v2";
 * declare const familienname: Datenfeld; // F00000013
 * const input: DatenfeldgruppeInput = {
 *   identifikation: { id: "G00000093", version: "1.0" },
 *   name: "Person",
 *   bezeichnungEingabe: "Person",
 *   schemaelementart: "HAR",
 *   status: "aktiv",
 *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
 * };
 * console.log(createDatenfeldgruppe(input).struktur.length); // 1
 * ```
 */
export type DatenfeldgruppeInput = InputOf<Datenfeldgruppe>;
/**
 * Input of {@link createStruktur} (xdf:Struktur): the `anzahl` (`min:max`, `*` unbounded), the element and an
 * optional `bezug`.
 * @example
 * ```ts
 * import { createStruktur, type Datenfeldgruppe, type StrukturInput } from "fim-xoev/xdatenfelder/v2";
 * declare const person: Datenfeldgruppe; // G00000093 "Person"
 * const input: StrukturInput = { anzahl: "1:*", enthaelt: { datenfeldgruppe: person }, bezug: "§ 14 GewO" };
 * console.log(createStruktur(input).anzahl); // 1:*
 * ```
 */
export type StrukturInput = InputOf<Struktur>;
/**
 * Input of {@link createStammdatenschema} (xdf:Stammdatenschema).
 * @example
 * ```ts
 * import { createStammdatenschema, type StammdatenschemaInput, type Struktur } from "fim-xoev/xdatenfelder/v2";
 * declare const betriebsinhaber: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: … } })
 * const input: StammdatenschemaInput = {
 *   identifikation: { id: "S00000009", version: "1.0" },
 *   name: "Gewerbe Anmeldung",
 *   bezeichnungEingabe: "Gewerbe Anmeldung",
 *   beschreibung: "Anzeige eines Gewerbes",
 *   bezug: "GewAnzV vom 22. Juli 2014",
 *   status: "inVorbereitung",
 *   ableitungsmodifikationenStruktur: "3",
 *   ableitungsmodifikationenRepraesentation: "1",
 *   struktur: [betriebsinhaber],
 * };
 * console.log(createStammdatenschema(input).status.code); // inVorbereitung
 * ```
 */
export type StammdatenschemaInput = InputOf<Stammdatenschema>;
/**
 * Input of {@link createDokumentsteckbrief} (xdf:Dokumentsteckbrief): `isReferenz` also as a boolean.
 * @example
 * ```ts
 * import { createDokumentsteckbrief, type DokumentsteckbriefInput } from "fim-xoev/xdatenfelder/v2";
 * const input: DokumentsteckbriefInput = {
 *   identifikation: { id: "D00000009", version: "1.0" },
 *   name: "Gewerbe Anmeldung",
 *   bezeichnungEingabe: "Gewerbeanmeldung",
 *   status: "aktiv",
 *   isReferenz: false,
 *   dokumentart: "Antrag", // a free string in 2.0
 * };
 * console.log(createDokumentsteckbrief(input).isReferenz); // "false"
 * ```
 */
export type DokumentsteckbriefInput = Flatten<
  Omit<InputOf<Dokumentsteckbrief>, "isReferenz"> & { isReferenz: boolean | "true" | "false" | "1" | "0" }
>;
/**
 * Input of {@link createCodeliste} (xdf:Codeliste): `genericode` is a list of typed genericode documents.
 * @example
 * ```ts
 * import type { CodeListDocument } from "fim-xoev/codelists";
 * import { createCodeliste, type CodelisteInput } from "fim-xoev/xdatenfelder/v2";
 * declare const staatsangehoerigkeit: CodeListDocument; // read with parseGenericode from fim-xoev/codelists
 * const input: CodelisteInput = {
 *   identifikation: { id: "C00000001", version: "1.0" },
 *   name: "Staatsangehörigkeit",
 *   bezeichnungEingabe: "Staatsangehörigkeit",
 *   status: "aktiv",
 *   genericodeIdentification: {
 *     canonicalIdentification: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit",
 *     version: "2023-02-24",
 *     canonicalVersionUri: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit_2023-02-24",
 *   },
 *   langname: "Staatsangehörigkeit (Destatis)",
 *   genericode: [staatsangehoerigkeit],
 * };
 * console.log(createCodeliste(input).genericode.inhalt.length); // 1
 * ```
 */
export type CodelisteInput = InputOf<Codeliste>;
/**
 * Input of {@link createHeader} (xdf:Header): the message id and creation time.
 * @example
 * ```ts
 * import { createHeader, type HeaderInput } from "fim-xoev/xdatenfelder/v2";
 * const input: HeaderInput = { nachrichtID: "S00000009-1", erstellungszeitpunkt: "2018-12-06T13:31:31.286Z" };
 * console.log(createHeader(input).referenzID); // undefined (answers only)
 * ```
 */
export type HeaderInput = InputOf<Header>;

// ---------------------------------------------------------------------------------------------------------------
// Builders

function issuesToDiagnostics(error: z.ZodError, what: string): [Diagnostic, ...Diagnostic[]] {
  const list = error.issues.map((issue) =>
    diagnostic({
      code: "invalid-input",
      params: { issue: `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}` },
      severity: "error",
      stage: "input",
      path: `${what}${issue.path.length > 0 ? `.${issue.path.join(".")}` : ""}`,
    }),
  );
  return list as [Diagnostic, ...Diagnostic[]];
}

/** Drops keys whose value is `undefined`, so built objects look like parsed ones. */
function clean<T>(obj: object): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}

function builder<T, I>(type: ComplexType<T>) {
  const what = type.name.replace(/^xdf:/, "");
  let schema: z.ZodObject | undefined; // derived on first use
  const safe = (input: I): Result<T> => {
    schema ??= inputSchema(type);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(issuesToDiagnostics(parsed.error, what));
    return success(clean<T>(parsed.data));
  };
  const create = (input: I): T => {
    const r = safe(input);
    if (!r.success) throw new XoevError(r.diagnostics);
    return r.data;
  };
  return [create, safe] as const;
}

/**
 * Builds a Regel (xdf:Regel) from one input object: `createRegel` throws one XoevError on invalid input,
 * `safeCreateRegel` returns a `Result` with `invalid-input` diagnostics.
 * @example
 * ```ts
 * import { createRegel, safeCreateRegel } from "fim-xoev/xdatenfelder/v2";
 * const regel = createRegel({
 *   identifikation: { id: "R00000023", version: "1.0" },
 *   name: "Monat bei Tag",
 *   bezeichnungEingabe: "Monat bei Tag",
 *   definition: "Wenn F00000231 nicht leer, dann darf F00000232 nicht leer sein.",
 *   status: "aktiv",
 * });
 * const bad = safeCreateRegel({ ...regel, status: "gültig" as "aktiv" });
 * console.log(regel.status.listURI, bad.success); // urn:xoev-de:fim:codeliste:xdatenfelder.status false
 * ```
 */
export const [
  /**
   * Builds a Regel (xdf:Regel) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateRegel} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createRegel, safeCreateRegel } from "fim-xoev/xdatenfelder/v2";
   * const regel = createRegel({
   *   identifikation: { id: "R00000023", version: "1.0" },
   *   name: "Monat bei Tag",
   *   bezeichnungEingabe: "Monat bei Tag",
   *   definition: "Wenn F00000231 nicht leer, dann darf F00000232 nicht leer sein.",
   *   status: "aktiv",
   * });
   * const bad = safeCreateRegel({ ...regel, status: "gültig" as "aktiv" });
   * console.log(regel.status.listURI, bad.success); // urn:xoev-de:fim:codeliste:xdatenfelder.status false
   * ```
   */
  createRegel,
  /**
   * Builds a Regel (xdf:Regel) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createRegel}).
   * @example
   * ```ts
   * import { createRegel, safeCreateRegel } from "fim-xoev/xdatenfelder/v2";
   * const regel = createRegel({
   *   identifikation: { id: "R00000023", version: "1.0" },
   *   name: "Monat bei Tag",
   *   bezeichnungEingabe: "Monat bei Tag",
   *   definition: "Wenn F00000231 nicht leer, dann darf F00000232 nicht leer sein.",
   *   status: "aktiv",
   * });
   * const bad = safeCreateRegel({ ...regel, status: "gültig" as "aktiv" });
   * console.log(regel.status.listURI, bad.success); // urn:xoev-de:fim:codeliste:xdatenfelder.status false
   * ```
   */
  safeCreateRegel,
] = builder<Regel, RegelInput>(RegelType);
/**
 * Builds a Datenfeld (xdf:Datenfeld) from one input object; `safeCreateDatenfeld` returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { createDatenfeld, safeCreateDatenfeld } from "fim-xoev/xdatenfelder/v2";
 * const familienname = createDatenfeld({
 *   identifikation: { id: "F00000013", version: "1.0" },
 *   name: "Familienname",
 *   bezeichnungEingabe: "Familienname",
 *   schemaelementart: "HAR",
 *   status: "aktiv",
 *   feldart: "input",
 *   datentyp: "text",
 *   praezisierung: { minLength: 1, maxLength: 120 },
 * });
 * console.log(familienname.praezisierung); // { text: '{"minLength":"1","maxLength":"120"}', werte: { minLength: "1", maxLength: "120" } }
 * const bad = safeCreateDatenfeld({
 *   identifikation: { id: "F00000154" }, name: "Vornamen", bezeichnungEingabe: "Vornamen",
 *   schemaelementart: "HAR", status: "aktiv", feldart: "input", datentyp: "string" as "text",
 * });
 * if (!bad.success) console.error(bad.diagnostics[0].message); // datentyp: expected a code of …datentyp: one of text, date, …
 * ```
 */
export const [
  /**
   * Builds a Datenfeld (xdf:Datenfeld) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateDatenfeld} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createDatenfeld, safeCreateDatenfeld } from "fim-xoev/xdatenfelder/v2";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F00000013", version: "1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   status: "aktiv",
   *   feldart: "input",
   *   datentyp: "text",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * console.log(familienname.praezisierung); // { text: '{"minLength":"1","maxLength":"120"}', werte: { minLength: "1", maxLength: "120" } }
   * const bad = safeCreateDatenfeld({
   *   identifikation: { id: "F00000154" }, name: "Vornamen", bezeichnungEingabe: "Vornamen",
   *   schemaelementart: "HAR", status: "aktiv", feldart: "input", datentyp: "string" as "text",
   * });
   * if (!bad.success) console.error(bad.diagnostics[0].message); // datentyp: expected a code of …datentyp: one of text, date, …
   * ```
   */
  createDatenfeld,
  /**
   * Builds a Datenfeld (xdf:Datenfeld) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createDatenfeld}).
   * @example
   * ```ts
   * import { createDatenfeld, safeCreateDatenfeld } from "fim-xoev/xdatenfelder/v2";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F00000013", version: "1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   status: "aktiv",
   *   feldart: "input",
   *   datentyp: "text",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * console.log(familienname.praezisierung); // { text: '{"minLength":"1","maxLength":"120"}', werte: { minLength: "1", maxLength: "120" } }
   * const bad = safeCreateDatenfeld({
   *   identifikation: { id: "F00000154" }, name: "Vornamen", bezeichnungEingabe: "Vornamen",
   *   schemaelementart: "HAR", status: "aktiv", feldart: "input", datentyp: "string" as "text",
   * });
   * if (!bad.success) console.error(bad.diagnostics[0].message); // datentyp: expected a code of …datentyp: one of text, date, …
   * ```
   */
  safeCreateDatenfeld,
] = builder<Datenfeld, DatenfeldInput>(DatenfeldType);
/**
 * Builds a Struktur (xdf:Struktur): one child of a group or schema with its multiplicity; `safeCreateStruktur`
 * returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { createStruktur, type Datenfeld, safeCreateStruktur } from "fim-xoev/xdatenfelder/v2";
 * declare const familienname: Datenfeld; // F00000013
 * const pflicht = createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } });
 * const falsch = safeCreateStruktur({ anzahl: "eins", enthaelt: { datenfeld: familienname } });
 * console.log(pflicht.bezug, falsch.success); // "" false
 * ```
 */
export const [
  /**
   * Builds a Struktur (xdf:Struktur: one child with its multiplicity) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateStruktur} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createStruktur, type Datenfeld, safeCreateStruktur } from "fim-xoev/xdatenfelder/v2";
   * declare const familienname: Datenfeld; // F00000013
   * const pflicht = createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } });
   * const falsch = safeCreateStruktur({ anzahl: "eins", enthaelt: { datenfeld: familienname } });
   * console.log(pflicht.bezug, falsch.success); // "" false
   * ```
   */
  createStruktur,
  /**
   * Builds a Struktur (xdf:Struktur: one child with its multiplicity) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createStruktur}).
   * @example
   * ```ts
   * import { createStruktur, type Datenfeld, safeCreateStruktur } from "fim-xoev/xdatenfelder/v2";
   * declare const familienname: Datenfeld; // F00000013
   * const pflicht = createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } });
   * const falsch = safeCreateStruktur({ anzahl: "eins", enthaelt: { datenfeld: familienname } });
   * console.log(pflicht.bezug, falsch.success); // "" false
   * ```
   */
  safeCreateStruktur,
] = builder<Struktur, StrukturInput>(StrukturType);
/**
 * Builds a Datenfeldgruppe (xdf:Datenfeldgruppe); `safeCreateDatenfeldgruppe` returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { createDatenfeld, createDatenfeldgruppe, createStruktur, safeCreateDatenfeldgruppe } from "fim-xoev/xdatenfelder/v2";
 * const familienname = createDatenfeld({
 *   identifikation: { id: "F00000013", version: "1.0" },
 *   name: "Familienname",
 *   bezeichnungEingabe: "Familienname",
 *   schemaelementart: "HAR",
 *   status: "aktiv",
 *   feldart: "input",
 *   datentyp: "text",
 *   praezisierung: { minLength: 1, maxLength: 120 },
 * });
 * const person = createDatenfeldgruppe({
 *   identifikation: { id: "G00000093", version: "1.0" },
 *   name: "Person",
 *   bezeichnungEingabe: "Person",
 *   schemaelementart: "HAR",
 *   status: "aktiv",
 *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
 * });
 * console.log(person.identifikation.id, safeCreateDatenfeldgruppe({ ...person, name: undefined as unknown as string }).success); // G00000093 false
 * ```
 */
export const [
  /**
   * Builds a Datenfeldgruppe (xdf:Datenfeldgruppe) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateDatenfeldgruppe} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createDatenfeld, createDatenfeldgruppe, createStruktur, safeCreateDatenfeldgruppe } from "fim-xoev/xdatenfelder/v2";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F00000013", version: "1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   status: "aktiv",
   *   feldart: "input",
   *   datentyp: "text",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * const person = createDatenfeldgruppe({
   *   identifikation: { id: "G00000093", version: "1.0" },
   *   name: "Person",
   *   bezeichnungEingabe: "Person",
   *   schemaelementart: "HAR",
   *   status: "aktiv",
   *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
   * });
   * console.log(person.identifikation.id, safeCreateDatenfeldgruppe({ ...person, name: undefined as unknown as string }).success); // G00000093 false
   * ```
   */
  createDatenfeldgruppe,
  /**
   * Builds a Datenfeldgruppe (xdf:Datenfeldgruppe) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createDatenfeldgruppe}).
   * @example
   * ```ts
   * import { createDatenfeld, createDatenfeldgruppe, createStruktur, safeCreateDatenfeldgruppe } from "fim-xoev/xdatenfelder/v2";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F00000013", version: "1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   status: "aktiv",
   *   feldart: "input",
   *   datentyp: "text",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * const person = createDatenfeldgruppe({
   *   identifikation: { id: "G00000093", version: "1.0" },
   *   name: "Person",
   *   bezeichnungEingabe: "Person",
   *   schemaelementart: "HAR",
   *   status: "aktiv",
   *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
   * });
   * console.log(person.identifikation.id, safeCreateDatenfeldgruppe({ ...person, name: undefined as unknown as string }).success); // G00000093 false
   * ```
   */
  safeCreateDatenfeldgruppe,
] = builder<Datenfeldgruppe, DatenfeldgruppeInput>(DatenfeldgruppeType);
/**
 * Builds a Stammdatenschema (xdf:Stammdatenschema); `safeCreateStammdatenschema` returns a `Result` instead of
 * throwing. Wrap it with `createNachricht` to serialize it.
 * @example
 * ```ts
 * import { createHeader, createNachricht, createStammdatenschema, type Struktur, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const betriebsinhaber: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: … } })
 * const schema = createStammdatenschema({
 *   identifikation: { id: "S00000009", version: "1.0" },
 *   name: "Gewerbe Anmeldung",
 *   bezeichnungEingabe: "Gewerbe Anmeldung",
 *   status: "inVorbereitung",
 *   ableitungsmodifikationenStruktur: "3",
 *   ableitungsmodifikationenRepraesentation: "1",
 *   struktur: [betriebsinhaber],
 * });
 * const header = createHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "2018-12-06T13:31:31.286Z" });
 * console.log(serialize(createNachricht({ header, stammdatenschema: schema }))); // <xdf:xdatenfelder.stammdatenschema.0102 …
 * ```
 */
export const [
  /**
   * Builds a Stammdatenschema (xdf:Stammdatenschema) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateStammdatenschema} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createHeader, createNachricht, createStammdatenschema, type Struktur, serialize } from "fim-xoev/xdatenfelder/v2";
   * declare const betriebsinhaber: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: … } })
   * const schema = createStammdatenschema({
   *   identifikation: { id: "S00000009", version: "1.0" },
   *   name: "Gewerbe Anmeldung",
   *   bezeichnungEingabe: "Gewerbe Anmeldung",
   *   status: "inVorbereitung",
   *   ableitungsmodifikationenStruktur: "3",
   *   ableitungsmodifikationenRepraesentation: "1",
   *   struktur: [betriebsinhaber],
   * });
   * const header = createHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "2018-12-06T13:31:31.286Z" });
   * console.log(serialize(createNachricht({ header, stammdatenschema: schema }))); // <xdf:xdatenfelder.stammdatenschema.0102 …
   * ```
   */
  createStammdatenschema,
  /**
   * Builds a Stammdatenschema (xdf:Stammdatenschema) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createStammdatenschema}).
   * @example
   * ```ts
   * import { createHeader, createNachricht, createStammdatenschema, type Struktur, serialize } from "fim-xoev/xdatenfelder/v2";
   * declare const betriebsinhaber: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: … } })
   * const schema = createStammdatenschema({
   *   identifikation: { id: "S00000009", version: "1.0" },
   *   name: "Gewerbe Anmeldung",
   *   bezeichnungEingabe: "Gewerbe Anmeldung",
   *   status: "inVorbereitung",
   *   ableitungsmodifikationenStruktur: "3",
   *   ableitungsmodifikationenRepraesentation: "1",
   *   struktur: [betriebsinhaber],
   * });
   * const header = createHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "2018-12-06T13:31:31.286Z" });
   * console.log(serialize(createNachricht({ header, stammdatenschema: schema }))); // <xdf:xdatenfelder.stammdatenschema.0102 …
   * ```
   */
  safeCreateStammdatenschema,
] = builder<Stammdatenschema, StammdatenschemaInput>(StammdatenschemaType);
/**
 * Builds a Dokumentsteckbrief (xdf:Dokumentsteckbrief); `safeCreateDokumentsteckbrief` returns a `Result` instead
 * of throwing.
 * @example
 * ```ts
 * import { safeCreateDokumentsteckbrief } from "fim-xoev/xdatenfelder/v2";
 * const result = safeCreateDokumentsteckbrief({
 *   identifikation: { id: "D00000009", version: "1.0" },
 *   name: "Gewerbe Anmeldung",
 *   bezeichnungEingabe: "Gewerbeanmeldung",
 *   status: "aktiv",
 *   isReferenz: true,
 *   dokumentart: "Anzeige",
 * });
 * if (result.success) console.log(result.data.isReferenz, result.data.dokumentart); // true Anzeige
 * ```
 */
export const [
  /**
   * Builds a Dokumentsteckbrief (xdf:Dokumentsteckbrief) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateDokumentsteckbrief} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { safeCreateDokumentsteckbrief } from "fim-xoev/xdatenfelder/v2";
   * const result = safeCreateDokumentsteckbrief({
   *   identifikation: { id: "D00000009", version: "1.0" },
   *   name: "Gewerbe Anmeldung",
   *   bezeichnungEingabe: "Gewerbeanmeldung",
   *   status: "aktiv",
   *   isReferenz: true,
   *   dokumentart: "Anzeige",
   * });
   * if (result.success) console.log(result.data.isReferenz, result.data.dokumentart); // true Anzeige
   * ```
   */
  createDokumentsteckbrief,
  /**
   * Builds a Dokumentsteckbrief (xdf:Dokumentsteckbrief) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createDokumentsteckbrief}).
   * @example
   * ```ts
   * import { safeCreateDokumentsteckbrief } from "fim-xoev/xdatenfelder/v2";
   * const result = safeCreateDokumentsteckbrief({
   *   identifikation: { id: "D00000009", version: "1.0" },
   *   name: "Gewerbe Anmeldung",
   *   bezeichnungEingabe: "Gewerbeanmeldung",
   *   status: "aktiv",
   *   isReferenz: true,
   *   dokumentart: "Anzeige",
   * });
   * if (result.success) console.log(result.data.isReferenz, result.data.dokumentart); // true Anzeige
   * ```
   */
  safeCreateDokumentsteckbrief,
] = builder<Dokumentsteckbrief, DokumentsteckbriefInput>(DokumentsteckbriefType);
/**
 * Builds a Codeliste (xdf:Codeliste) with its genericode payload, the content of message 0105;
 * `safeCreateCodeliste` returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import type { CodeListDocument } from "fim-xoev/codelists";
 * import { createCodeliste, createHeader, createNachricht, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const document: CodeListDocument; // a genericode code list, e.g. read with parseGenericode
 * const { shortName, longName, canonicalUri, version, canonicalVersionUri } = document.identification;
 * const codeliste = createCodeliste({
 *   identifikation: { id: "C00000001", version: "1.0" },
 *   name: shortName.text,
 *   bezeichnungEingabe: shortName.text,
 *   status: "aktiv",
 *   genericodeIdentification: { canonicalIdentification: canonicalUri, version, canonicalVersionUri },
 *   langname: longName[0]?.text ?? shortName.text,
 *   genericode: [document],
 * });
 * const header = createHeader({ nachrichtID: "C00000001-1", erstellungszeitpunkt: new Date().toISOString() });
 * console.log(serialize(createNachricht({ header, codeliste })));
 * ```
 */
export const [
  /**
   * Builds a Codeliste (xdf:Codeliste) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateCodeliste} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import type { CodeListDocument } from "fim-xoev/codelists";
   * import { createCodeliste, createHeader, createNachricht, serialize } from "fim-xoev/xdatenfelder/v2";
   * declare const document: CodeListDocument; // a genericode code list, e.g. read with parseGenericode
   * const { shortName, longName, canonicalUri, version, canonicalVersionUri } = document.identification;
   * const codeliste = createCodeliste({
   *   identifikation: { id: "C00000001", version: "1.0" },
   *   name: shortName.text,
   *   bezeichnungEingabe: shortName.text,
   *   status: "aktiv",
   *   genericodeIdentification: { canonicalIdentification: canonicalUri, version, canonicalVersionUri },
   *   langname: longName[0]?.text ?? shortName.text,
   *   genericode: [document],
   * });
   * const header = createHeader({ nachrichtID: "C00000001-1", erstellungszeitpunkt: new Date().toISOString() });
   * console.log(serialize(createNachricht({ header, codeliste })));
   * ```
   */
  createCodeliste,
  /**
   * Builds a Codeliste (xdf:Codeliste) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createCodeliste}).
   * @example
   * ```ts
   * import type { CodeListDocument } from "fim-xoev/codelists";
   * import { createCodeliste, createHeader, createNachricht, serialize } from "fim-xoev/xdatenfelder/v2";
   * declare const document: CodeListDocument; // a genericode code list, e.g. read with parseGenericode
   * const { shortName, longName, canonicalUri, version, canonicalVersionUri } = document.identification;
   * const codeliste = createCodeliste({
   *   identifikation: { id: "C00000001", version: "1.0" },
   *   name: shortName.text,
   *   bezeichnungEingabe: shortName.text,
   *   status: "aktiv",
   *   genericodeIdentification: { canonicalIdentification: canonicalUri, version, canonicalVersionUri },
   *   langname: longName[0]?.text ?? shortName.text,
   *   genericode: [document],
   * });
   * const header = createHeader({ nachrichtID: "C00000001-1", erstellungszeitpunkt: new Date().toISOString() });
   * console.log(serialize(createNachricht({ header, codeliste })));
   * ```
   */
  safeCreateCodeliste,
] = builder<Codeliste, CodelisteInput>(CodelisteType);
/**
 * Builds the Header (xdf:Header) of a message; `safeCreateHeader` returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { createHeader, safeCreateHeader } from "fim-xoev/xdatenfelder/v2";
 * const header = createHeader({ nachrichtID: crypto.randomUUID(), erstellungszeitpunkt: new Date().toISOString() });
 * const bad = safeCreateHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "6.12.2018" });
 * console.log(header.nachrichtID, bad.success); // … false
 * ```
 */
export const [
  /**
   * Builds the Header (xdf:Header) of a message from one input object; throws one XoevError on invalid input
   * ({@link safeCreateHeader} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createHeader, safeCreateHeader } from "fim-xoev/xdatenfelder/v2";
   * const header = createHeader({ nachrichtID: crypto.randomUUID(), erstellungszeitpunkt: new Date().toISOString() });
   * const bad = safeCreateHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "6.12.2018" });
   * console.log(header.nachrichtID, bad.success); // … false
   * ```
   */
  createHeader,
  /**
   * Builds the Header (xdf:Header) of a message from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createHeader}).
   * @example
   * ```ts
   * import { createHeader, safeCreateHeader } from "fim-xoev/xdatenfelder/v2";
   * const header = createHeader({ nachrichtID: crypto.randomUUID(), erstellungszeitpunkt: new Date().toISOString() });
   * const bad = safeCreateHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "6.12.2018" });
   * console.log(header.nachrichtID, bad.success); // … false
   * ```
   */
  safeCreateHeader,
] = builder<Header, HeaderInput>(HeaderType);

/**
 * Shorthand for an ElementIdentifikation (xdf:ElementIdentifikation): the id and, unless a working copy, the version.
 * @example
 * ```ts
 * import { identifikationOf, parse } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // S00000009 (Gewerbe Anmeldung), a working copy without version
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.stammdatenschema.0102") console.log(n.stammdatenschema.identifikation, identifikationOf("F00000013", "1.0"));
 * ```
 */
export function identifikationOf(id: string, version?: string): ElementIdentifikation {
  return version === undefined ? { id } : { id, version };
}

type Payload =
  | { readonly dokumentensteckbrief: Dokumentsteckbrief }
  | { readonly stammdatenschema: Stammdatenschema }
  | { readonly datenfeldgruppe: Datenfeldgruppe }
  | { readonly datenfeld: Datenfeld }
  | { readonly codeliste: Codeliste };

/** Wraps a built element into its message (0101–0105), choosing the message by the payload. */
export function createNachricht(header: Header, payload: Payload): Nachricht {
  if ("stammdatenschema" in payload)
    return { kind: "xdatenfelder.stammdatenschema.0102", header, stammdatenschema: payload.stammdatenschema };
  if ("datenfeldgruppe" in payload) return { kind: "xdatenfelder.datenfeldgruppe.0103", header, datenfeldgruppe: payload.datenfeldgruppe };
  if ("datenfeld" in payload) return { kind: "xdatenfelder.datenfeld.0104", header, datenfeld: payload.datenfeld };
  if ("codeliste" in payload) return { kind: "xdatenfelder.codeliste.0105", header, codeliste: payload.codeliste };
  return { kind: "xdatenfelder.dokumentsteckbrief.0101", header, dokumentensteckbrief: payload.dokumentensteckbrief };
}
