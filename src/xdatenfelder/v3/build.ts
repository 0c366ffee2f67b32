/**
 * Builders for programmatic construction. Input is validated with zod; problems become `invalid-input`
 * diagnostics (thrown as one XoevError by `create*`, returned by `safeCreate*`). Explicit defaults only:
 * lists default to empty, bare codes get the canonical `listURI`/`listVersionID` of their list; every
 * value the standard requires must be given.
 */
import { z } from "zod";
import type { ComplexType, Field, Occurs } from "../../core/binding/types.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import type { SimpleTypeDef } from "../../core/xsd-types/facets.ts";
import { xsdString } from "../../core/xsd-types/zod.ts";
import * as B from "./binding.ts";
import {
  ANY_URI,
  ANZAHL,
  DATE,
  DATE_TIME,
  INT,
  LATIN,
  NON_NEGATIVE_INTEGER,
  PATTERN_STRING,
  POSITIVE_INTEGER,
  VERSION_STRING,
} from "./datatypes.ts";
import type {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  Enthaelt,
  Header,
  Nachricht,
  Regel,
  Stammdatenschema,
  Struktur,
  XoevCode,
} from "./model.ts";

// ---------------------------------------------------------------------------------------------------
// Input schemas derived from the binding tables (binding.ts): each field's simple type (its XSD facets), its
// multiplicity and, for codes, the codec's input (a bare code or a full XoevCode). Only the conveniences of
// the builders are stated here: where input may be a number or a boolean, a shorthand, or an element built
// before (createRegel, createStruktur, createDatenfeld…).

/** Messages of the simple types builders name with an example. */
const HINTS = new Map<SimpleTypeDef, string>([
  [VERSION_STRING, "expected major.minor.patch, e.g. 1.0.0"],
  [DATE, "expected a valid xs:date, e.g. 2026-01-31"],
  [DATE_TIME, "expected a valid xs:dateTime, e.g. 2026-01-31T12:00:00Z"],
  [ANZAHL, "expected min:max, e.g. 0:1 or 1:*"],
  [PATTERN_STRING, "expected a media type such as application/pdf"],
]);
const simple = (facets: SimpleTypeDef | undefined) => (facets === undefined ? z.string() : xsdString(facets, HINTS.get(facets)));

const token = z.string().min(1);
const latin = xsdString(LATIN);
const positiveInteger = z.union([z.int().positive(), xsdString(POSITIVE_INTEGER)]).transform(String);
const nonNegativeInteger = z.union([z.int().nonnegative(), xsdString(NON_NEGATIVE_INTEGER)]).transform(String);
const built = <T>(what: string, is: (v: object) => boolean) =>
  z.custom<T>((v) => typeof v === "object" && v !== null && is(v), `expected a ${what} (create${what})`);
const builtRegel = built<Regel>("Regel", (v) => "typ" in v && "identifikation" in v);
const builtStruktur = built<Struktur>("Struktur", (v) => "anzahl" in v && "enthaelt" in v);

/** Per table: the builder conveniences that replace the derived schema of a field. */
const OVERRIDES = new Map<ComplexType, Readonly<Record<string, z.ZodType>>>();

function repeat(item: z.ZodType, occurs: Occurs): z.ZodType {
  switch (occurs) {
    case "1":
      return item;
    case "?":
      return item.optional();
    case "*":
      return z.array(item).default([]);
    case "+":
      return z.array(item).min(1);
  }
}

function fieldSchema(f: Field): z.ZodType {
  switch (f.kind) {
    case "attribute":
      return f.required === true ? simple(f.facets) : simple(f.facets).optional();
    case "text":
      return simple(f.facets);
    case "element": {
      const t = f.type;
      const item =
        typeof t === "string"
          ? f.codeList !== undefined
            ? z.enum(f.codeList.values as [string, ...string[]])
            : simple(f.facets)
          : t.kind === "complex"
            ? schemaOf(t)
            : z.never();
      return repeat(item, f.occurs);
    }
    case "custom":
      return repeat(f.codec.zod?.(z) ?? z.custom((v) => v !== undefined, `expected ${f.codec.name}`), f.occurs);
    default:
      return z.never();
  }
}

const schemas = new Map<ComplexType, z.ZodObject>();

/** The builder input schema of a table: every field derived, then the table's overrides. */
function schemaOf(type: ComplexType): z.ZodObject {
  let schema = schemas.get(type);
  if (schema === undefined) {
    const overrides = OVERRIDES.get(type) ?? {};
    const shape: Record<string, z.ZodType> = {};
    for (const f of type.fields) shape[f.prop] = overrides[f.prop] ?? fieldSchema(f);
    schemas.set(type, (schema = z.object(shape)));
  }
  return schema;
}

/** A Rechtsbezug may be given as its text alone. */
const bezug = z
  .array(
    z
      .union([latin, z.object({ text: latin, link: xsdString(ANY_URI).optional() })])
      .transform((b) => (typeof b === "string" ? { text: b } : b)),
  )
  .default([]);
OVERRIDES.set(B.ElementIdentifikation, { id: token });
/** The relation repeat is read by a codec (sharing repeats); its input is a list of Relationen. */
const ALLGEMEIN = { bezug, relation: z.array(schemaOf(B.Relation)).default([]) };
OVERRIDES.set(B.Wert, { code: token });
OVERRIDES.set(B.Header, { nachrichtID: token });
OVERRIDES.set(B.Fehlermeldung, { code: z.union([z.int().min(-2147483648).max(2147483647), xsdString(INT)]).transform(String) });
OVERRIDES.set(B.Praezisierung, {
  text: latin.default(""),
  minLength: nonNegativeInteger.optional(),
  maxLength: positiveInteger.optional(),
});
OVERRIDES.set(B.Regel, { ...ALLGEMEIN });
OVERRIDES.set(B.Datenfeld, {
  ...ALLGEMEIN,
  werte: z.array(schemaOf(B.Wert)).min(1).optional(),
  regel: z.array(builtRegel).default([]),
  maxSize: positiveInteger.optional(),
});
OVERRIDES.set(B.Struktur, {
  bezug,
  enthaelt: z.union([
    z.object({ datenfeld: built<Datenfeld>("Datenfeld", (v) => "feldart" in v) }),
    z.object({ datenfeldgruppe: built<Datenfeldgruppe>("Datenfeldgruppe", (v) => "struktur" in v && "schemaelementart" in v) }),
  ]),
});
OVERRIDES.set(B.Datenfeldgruppe, { ...ALLGEMEIN, regel: z.array(builtRegel).default([]), struktur: z.array(builtStruktur).min(1) });
OVERRIDES.set(B.Stammdatenschema, { ...ALLGEMEIN, regel: z.array(builtRegel).default([]), struktur: z.array(builtStruktur).min(1) });
OVERRIDES.set(B.Dokumentsteckbrief, {
  ...ALLGEMEIN,
  istAbstrakt: z.union([z.boolean(), z.enum(["true", "false", "1", "0"])]).transform(String),
});

// ---------------------------------------------------------------------------------------------------
// Input types, derived from the model types with the same conveniences

/** A code given as the bare value (canonical list metadata is added) or as a full XoevCode. */
type CodeInput<C extends string> =
  | C
  | {
      readonly code: C;
      readonly name?: string | undefined;
      readonly listURI?: string | undefined;
      readonly listVersionID?: string | undefined;
    };
type Flatten<T> = { [K in keyof T]: T[K] };
type ListKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[] ? K : never }[keyof T];
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/** Builder input of a model type: codes may be bare values, lists (and optional values) may be left out. */
type Input<T> =
  T extends XoevCode<infer C>
    ? CodeInput<C>
    : T extends string
      ? T
      : T extends readonly (infer U)[]
        ? readonly Input<U>[]
        : T extends object
          ? Flatten<
              { readonly [K in Exclude<keyof T, ListKeys<T> | OptionalKeys<T>>]: Input<T[K]> } & {
                readonly [K in ListKeys<T> | OptionalKeys<T>]?: Input<NonNullable<T[K]>> | undefined;
              }
            >
          : T;
/** `A` with the properties of `O` replaced. */
type With<A, O> = Flatten<Omit<A, keyof O> & O>;
type BezugInput = { readonly bezug?: readonly (string | { readonly text: string; readonly link?: string | undefined })[] | undefined };
type IntegerInput = number | string;

/**
 * Input of {@link createRegel} (xdf:Regel): codes may be bare values; lists may be omitted; a `fehler` code may be a number.
 * @example
 * ```ts
 * import { createRegel, type RegelInput } from "fim-xoev/xdatenfelder/v3";
 * const input: RegelInput = {
 *   identifikation: { id: "R60000000023", version: "2.0.0" },
 *   name: "Monat bei Tag",
 *   freitextRegel: 'Wenn F60000000231 "Tag" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   typ: "K", // Komplexe Regel
 *   fehler: [{ code: 1, text: "Bitte geben Sie den Monat an." }],
 * };
 * console.log(createRegel(input).typ.listURI); // urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp
 * ```
 */
export type RegelInput = With<
  Input<Regel>,
  BezugInput & { readonly fehler?: readonly { readonly text: string; readonly code: IntegerInput }[] | undefined }
>;
/**
 * Input of {@link createDatenfeld} (xdf:Datenfeld): codes as bare values (`feldart: "input"`) or full codes, lists
 * optional, `praezisierung` lengths and `maxSize` as numbers or strings, `regel` built with {@link createRegel}.
 * @example
 * ```ts
 * import { createDatenfeld, type DatenfeldInput } from "fim-xoev/xdatenfelder/v3";
 * const staatsangehoerigkeit: DatenfeldInput = {
 *   identifikation: { id: "F60000000236", version: "1.4.0" },
 *   name: "Staatsangehörigkeit",
 *   bezeichnungEingabe: "Staatsangehörigkeit",
 *   schemaelementart: "HAR",
 *   freigabestatus: "6",
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   feldart: "select",
 *   datentyp: "text",
 *   vorbefuellung: "keine",
 *   codelisteReferenz: { canonicalIdentification: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit", version: "2023-02-24" },
 * };
 * console.log(createDatenfeld(staatsangehoerigkeit).feldart.code); // select
 * ```
 */
export type DatenfeldInput = With<
  Input<Datenfeld>,
  BezugInput & {
    readonly regel?: readonly Regel[] | undefined;
    readonly maxSize?: IntegerInput | undefined;
    readonly praezisierung?:
      | With<Input<NonNullable<Datenfeld["praezisierung"]>>, { text?: string; minLength?: IntegerInput; maxLength?: IntegerInput }>
      | undefined;
  }
>;
/**
 * Input of {@link createDatenfeldgruppe} (xdf:Datenfeldgruppe): `struktur` (1..n) built with {@link createStruktur},
 * `art: "X"` for an Auswahlgruppe.
 * @example
 * ```ts
 * import { createDatenfeld, createDatenfeldgruppe, createStruktur, type DatenfeldgruppeInput } from "fim-xoev/xdatenfelder/v3";
 * const familienname = createDatenfeld({
 *   identifikation: { id: "F60000000227", version: "1.1.0" },
 *   name: "Familienname",
 *   bezeichnungEingabe: "Familienname",
 *   schemaelementart: "HAR",
 *   freigabestatus: "6",
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   feldart: "input",
 *   datentyp: "text",
 *   vorbefuellung: "keine",
 *   praezisierung: { minLength: 1, maxLength: 120 },
 * });
 * const person: DatenfeldgruppeInput = {
 *   identifikation: { id: "G60000000225", version: "1.0.0" },
 *   name: "Ansprechpartner (wenig)",
 *   bezeichnungEingabe: "Ansprechpartner",
 *   schemaelementart: "HAR",
 *   freigabestatus: "6",
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
 * };
 * console.log(createDatenfeldgruppe(person).struktur.length); // 1
 * ```
 */
export type DatenfeldgruppeInput = With<
  Input<Datenfeldgruppe>,
  BezugInput & { readonly regel?: readonly Regel[] | undefined; readonly struktur: readonly Struktur[] }
>;
/**
 * Input of {@link createStruktur} (xdf:Struktur): the `anzahl` (`min:max`, `*` unbounded) and the element it holds.
 * @example
 * ```ts
 * import { createStruktur, type Datenfeld, type StrukturInput } from "fim-xoev/xdatenfelder/v3";
 * declare const familienname: Datenfeld; // createDatenfeld({ … name: "Familienname" … })
 * const input: StrukturInput = { anzahl: "1:1", enthaelt: { datenfeld: familienname }, bezug: ["§ 3 Abs. 1 Nr. 1 BMG"] };
 * console.log(createStruktur(input).bezug); // [ { text: "§ 3 Abs. 1 Nr. 1 BMG" } ]
 * ```
 */
export type StrukturInput = With<Input<Omit<Struktur, "enthaelt">>, BezugInput & { readonly enthaelt: Enthaelt }>;
/**
 * Input of {@link createStammdatenschema} (xdf:Stammdatenschema): `bezug` entries may be plain texts, codes bare
 * values, `struktur` (1..n) built with {@link createStruktur}.
 * @example
 * ```ts
 * import { createStammdatenschema, type StammdatenschemaInput, type Struktur } from "fim-xoev/xdatenfelder/v3";
 * declare const personStruktur: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: person } })
 * const input: StammdatenschemaInput = {
 *   identifikation: { id: "S05000001205", version: "3.3.0" },
 *   name: "Erlaubnis für Honorar-Finanzanlagenberater Erteilung (OZG)",
 *   beschreibung: "Leika Schlüssel: 99050109001000",
 *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
 *   bezug: ["§ 34h Abs 1 Gewerbeordnung (GewO)"],
 *   freigabestatus: "5",
 *   letzteAenderung: "2025-01-24T12:51:31Z",
 *   ableitungsmodifikationenStruktur: "3",
 *   ableitungsmodifikationenRepraesentation: "1",
 *   dokumentsteckbrief: { id: "D99000000001" },
 *   struktur: [personStruktur],
 * };
 * console.log(createStammdatenschema(input).freigabestatus.listURI); // urn:xoev-de:xprozess:codeliste:status
 * ```
 */
export type StammdatenschemaInput = With<
  Input<Stammdatenschema>,
  BezugInput & { readonly regel?: readonly Regel[] | undefined; readonly struktur: readonly Struktur[] }
>;
/**
 * Input of {@link createDokumentsteckbrief} (xdf:Dokumentsteckbrief): `istAbstrakt` as a boolean or its lexical form.
 * @example
 * ```ts
 * import { createDokumentsteckbrief, type DokumentsteckbriefInput } from "fim-xoev/xdatenfelder/v3";
 * const input: DokumentsteckbriefInput = {
 *   identifikation: { id: "D05000001205", version: "1.0.0" },
 *   name: "Antrag auf Erlaubnis als Honorar-Finanzanlagenberater",
 *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
 *   freigabestatus: "3",
 *   letzteAenderung: "2025-01-24T12:51:31Z",
 *   istAbstrakt: false,
 *   dokumentart: "001", // Antrag
 * };
 * console.log(createDokumentsteckbrief(input).istAbstrakt); // "false"
 * ```
 */
export type DokumentsteckbriefInput = With<Input<Dokumentsteckbrief>, BezugInput & { readonly istAbstrakt: boolean | string }>;
/**
 * Input of {@link createHeader} (xdf:Header): the message id and creation time; product fields optional.
 * @example
 * ```ts
 * import { createHeader, type HeaderInput } from "fim-xoev/xdatenfelder/v3";
 * const input: HeaderInput = {
 *   nachrichtID: "S05000001205-export-1",
 *   erstellungszeitpunkt: new Date().toISOString(),
 *   produktbezeichnung: "Antragsmanagement Musterstadt",
 *   datenqualitaet: "TEST",
 * };
 * console.log(createHeader(input).datenqualitaet?.code); // TEST
 * ```
 */
export type HeaderInput = Input<Header>;

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

function builder<I, T>(what: string, schema: z.ZodType, finish: (data: Record<string, unknown>) => T) {
  const safe = (input: I): Result<T> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(issuesToDiagnostics(parsed.error, what));
    return success(finish(parsed.data as Record<string, unknown>));
  };
  const create = (input: I): T => {
    const r = safe(input);
    if (!r.success) throw new XoevError(r.diagnostics);
    return r.data;
  };
  return [create, safe] as const;
}

/** Drops keys whose value is `undefined`, so built objects look like parsed ones. */
function clean<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * Builds a Regel (xdf:Regel) from one input object: `createRegel` throws one XoevError on invalid input,
 * `safeCreateRegel` returns a `Result` with `invalid-input` diagnostics. Bare codes get their list's `listURI`.
 * @example
 * ```ts
 * import { createRegel, safeCreateRegel } from "fim-xoev/xdatenfelder/v3";
 * const regel = createRegel({
 *   identifikation: { id: "R60000000023", version: "2.0.0" },
 *   name: "Monat bei Tag",
 *   freitextRegel: 'Wenn F60000000231 "Tag" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   typ: "K",
 * });
 * console.log(regel.typ.code, regel.fehler); // K []
 * const bad = safeCreateRegel({ ...regel, typ: "X" as "K" });
 * if (!bad.success) console.error(bad.diagnostics[0].message); // typ: expected a code of urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp: one of K, M, V, B …
 * ```
 */
export const [
  /**
   * Builds a Regel (xdf:Regel) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateRegel} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createRegel, safeCreateRegel } from "fim-xoev/xdatenfelder/v3";
   * const regel = createRegel({
   *   identifikation: { id: "R60000000023", version: "2.0.0" },
   *   name: "Monat bei Tag",
   *   freitextRegel: 'Wenn F60000000231 "Tag" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   typ: "K",
   * });
   * console.log(regel.typ.code, regel.fehler); // K []
   * const bad = safeCreateRegel({ ...regel, typ: "X" as "K" });
   * if (!bad.success) console.error(bad.diagnostics[0].message); // typ: expected a code of urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp: one of K, M, V, B …
   * ```
   */
  createRegel,
  /**
   * Builds a Regel (xdf:Regel) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createRegel}).
   * @example
   * ```ts
   * import { createRegel, safeCreateRegel } from "fim-xoev/xdatenfelder/v3";
   * const regel = createRegel({
   *   identifikation: { id: "R60000000023", version: "2.0.0" },
   *   name: "Monat bei Tag",
   *   freitextRegel: 'Wenn F60000000231 "Tag" nicht leer, dann darf F60000000232 "Monat" nicht leer sein.',
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   typ: "K",
   * });
   * console.log(regel.typ.code, regel.fehler); // K []
   * const bad = safeCreateRegel({ ...regel, typ: "X" as "K" });
   * if (!bad.success) console.error(bad.diagnostics[0].message); // typ: expected a code of urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp: one of K, M, V, B …
   * ```
   */
  safeCreateRegel,
] = builder<RegelInput, Regel>("Regel", schemaOf(B.Regel), (d) => clean(d) as unknown as Regel);
/**
 * Builds a Datenfeld (xdf:Datenfeld) from one input object: `createDatenfeld` throws one XoevError on invalid input,
 * `safeCreateDatenfeld` returns a `Result` with one `invalid-input` diagnostic per problem.
 * @example
 * ```ts
 * import { createDatenfeld, safeCreateDatenfeld } from "fim-xoev/xdatenfelder/v3";
 * const familienname = createDatenfeld({
 *   identifikation: { id: "F60000000227", version: "1.1.0" },
 *   name: "Familienname",
 *   bezeichnungEingabe: "Familienname",
 *   schemaelementart: "HAR",
 *   freigabestatus: "6",
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   feldart: "input",
 *   datentyp: "text",
 *   vorbefuellung: "keine",
 *   praezisierung: { minLength: 1, maxLength: 120 },
 * });
 * console.log(familienname.praezisierung); // { text: "", maxLength: "120", minLength: "1" }
 * const bad = safeCreateDatenfeld({ ...familienname, letzteAenderung: "gestern" });
 * if (!bad.success) console.error(bad.diagnostics.map((d) => d.message)); // letzteAenderung: expected a valid xs:dateTime …
 * ```
 */
export const [
  /**
   * Builds a Datenfeld (xdf:Datenfeld) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateDatenfeld} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createDatenfeld, safeCreateDatenfeld } from "fim-xoev/xdatenfelder/v3";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F60000000227", version: "1.1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   freigabestatus: "6",
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   feldart: "input",
   *   datentyp: "text",
   *   vorbefuellung: "keine",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * console.log(familienname.praezisierung); // { text: "", maxLength: "120", minLength: "1" }
   * const bad = safeCreateDatenfeld({ ...familienname, letzteAenderung: "gestern" });
   * if (!bad.success) console.error(bad.diagnostics.map((d) => d.message)); // letzteAenderung: expected a valid xs:dateTime …
   * ```
   */
  createDatenfeld,
  /**
   * Builds a Datenfeld (xdf:Datenfeld) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createDatenfeld}).
   * @example
   * ```ts
   * import { createDatenfeld, safeCreateDatenfeld } from "fim-xoev/xdatenfelder/v3";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F60000000227", version: "1.1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   freigabestatus: "6",
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   feldart: "input",
   *   datentyp: "text",
   *   vorbefuellung: "keine",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * console.log(familienname.praezisierung); // { text: "", maxLength: "120", minLength: "1" }
   * const bad = safeCreateDatenfeld({ ...familienname, letzteAenderung: "gestern" });
   * if (!bad.success) console.error(bad.diagnostics.map((d) => d.message)); // letzteAenderung: expected a valid xs:dateTime …
   * ```
   */
  safeCreateDatenfeld,
] = builder<DatenfeldInput, Datenfeld>("Datenfeld", schemaOf(B.Datenfeld), (d) => {
  const f = clean(d);
  if (f.praezisierung !== undefined) f.praezisierung = clean(f.praezisierung as Record<string, unknown>);
  return f as unknown as Datenfeld;
});
/**
 * Builds a Struktur (xdf:Struktur): one child of a Datenfeldgruppe or Stammdatenschema with its `anzahl`;
 * `safeCreateStruktur` returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { createStruktur, type Datenfeld, type Datenfeldgruppe, safeCreateStruktur } from "fim-xoev/xdatenfelder/v3";
 * declare const familienname: Datenfeld;
 * declare const anschrift: Datenfeldgruppe;
 * const pflichtfeld = createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } });
 * const weitereAnschriften = safeCreateStruktur({ anzahl: "0:*", enthaelt: { datenfeldgruppe: anschrift } });
 * console.log(pflichtfeld.anzahl, weitereAnschriften.success);
 * ```
 */
export const [
  /**
   * Builds a Struktur (xdf:Struktur: one child with its multiplicity) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateStruktur} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createStruktur, type Datenfeld, type Datenfeldgruppe, safeCreateStruktur } from "fim-xoev/xdatenfelder/v3";
   * declare const familienname: Datenfeld;
   * declare const anschrift: Datenfeldgruppe;
   * const pflichtfeld = createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } });
   * const weitereAnschriften = safeCreateStruktur({ anzahl: "0:*", enthaelt: { datenfeldgruppe: anschrift } });
   * console.log(pflichtfeld.anzahl, weitereAnschriften.success);
   * ```
   */
  createStruktur,
  /**
   * Builds a Struktur (xdf:Struktur: one child with its multiplicity) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createStruktur}).
   * @example
   * ```ts
   * import { createStruktur, type Datenfeld, type Datenfeldgruppe, safeCreateStruktur } from "fim-xoev/xdatenfelder/v3";
   * declare const familienname: Datenfeld;
   * declare const anschrift: Datenfeldgruppe;
   * const pflichtfeld = createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } });
   * const weitereAnschriften = safeCreateStruktur({ anzahl: "0:*", enthaelt: { datenfeldgruppe: anschrift } });
   * console.log(pflichtfeld.anzahl, weitereAnschriften.success);
   * ```
   */
  safeCreateStruktur,
] = builder<StrukturInput, Struktur>("Struktur", schemaOf(B.Struktur), (d) => d as unknown as Struktur);
/**
 * Builds a Datenfeldgruppe (xdf:Datenfeldgruppe) from one input object; `safeCreateDatenfeldgruppe` returns a
 * `Result` instead of throwing.
 * @example
 * ```ts
 * import { createDatenfeld, createDatenfeldgruppe, createStruktur, safeCreateDatenfeldgruppe } from "fim-xoev/xdatenfelder/v3";
 * const familienname = createDatenfeld({
 *   identifikation: { id: "F60000000227", version: "1.1.0" },
 *   name: "Familienname",
 *   bezeichnungEingabe: "Familienname",
 *   schemaelementart: "HAR",
 *   freigabestatus: "6",
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   feldart: "input",
 *   datentyp: "text",
 *   vorbefuellung: "keine",
 *   praezisierung: { minLength: 1, maxLength: 120 },
 * });
 * const person = createDatenfeldgruppe({
 *   identifikation: { id: "G60000000225", version: "1.0.0" },
 *   name: "Ansprechpartner (wenig)",
 *   bezeichnungEingabe: "Ansprechpartner",
 *   schemaelementart: "HAR",
 *   freigabestatus: "6",
 *   letzteAenderung: "2024-03-01T10:00:00Z",
 *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
 * });
 * const empty = safeCreateDatenfeldgruppe({ ...person, struktur: [] });
 * console.log(person.identifikation.id, empty.success); // G60000000225 false (struktur needs 1..n)
 * ```
 */
export const [
  /**
   * Builds a Datenfeldgruppe (xdf:Datenfeldgruppe) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateDatenfeldgruppe} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createDatenfeld, createDatenfeldgruppe, createStruktur, safeCreateDatenfeldgruppe } from "fim-xoev/xdatenfelder/v3";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F60000000227", version: "1.1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   freigabestatus: "6",
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   feldart: "input",
   *   datentyp: "text",
   *   vorbefuellung: "keine",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * const person = createDatenfeldgruppe({
   *   identifikation: { id: "G60000000225", version: "1.0.0" },
   *   name: "Ansprechpartner (wenig)",
   *   bezeichnungEingabe: "Ansprechpartner",
   *   schemaelementart: "HAR",
   *   freigabestatus: "6",
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
   * });
   * const empty = safeCreateDatenfeldgruppe({ ...person, struktur: [] });
   * console.log(person.identifikation.id, empty.success); // G60000000225 false (struktur needs 1..n)
   * ```
   */
  createDatenfeldgruppe,
  /**
   * Builds a Datenfeldgruppe (xdf:Datenfeldgruppe) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createDatenfeldgruppe}).
   * @example
   * ```ts
   * import { createDatenfeld, createDatenfeldgruppe, createStruktur, safeCreateDatenfeldgruppe } from "fim-xoev/xdatenfelder/v3";
   * const familienname = createDatenfeld({
   *   identifikation: { id: "F60000000227", version: "1.1.0" },
   *   name: "Familienname",
   *   bezeichnungEingabe: "Familienname",
   *   schemaelementart: "HAR",
   *   freigabestatus: "6",
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   feldart: "input",
   *   datentyp: "text",
   *   vorbefuellung: "keine",
   *   praezisierung: { minLength: 1, maxLength: 120 },
   * });
   * const person = createDatenfeldgruppe({
   *   identifikation: { id: "G60000000225", version: "1.0.0" },
   *   name: "Ansprechpartner (wenig)",
   *   bezeichnungEingabe: "Ansprechpartner",
   *   schemaelementart: "HAR",
   *   freigabestatus: "6",
   *   letzteAenderung: "2024-03-01T10:00:00Z",
   *   struktur: [createStruktur({ anzahl: "1:1", enthaelt: { datenfeld: familienname } })],
   * });
   * const empty = safeCreateDatenfeldgruppe({ ...person, struktur: [] });
   * console.log(person.identifikation.id, empty.success); // G60000000225 false (struktur needs 1..n)
   * ```
   */
  safeCreateDatenfeldgruppe,
] = builder<DatenfeldgruppeInput, Datenfeldgruppe>(
  "Datenfeldgruppe",
  schemaOf(B.Datenfeldgruppe),
  (d) => clean(d) as unknown as Datenfeldgruppe,
);
/**
 * Builds a Stammdatenschema (xdf:Stammdatenschema) from one input object; `safeCreateStammdatenschema` returns a
 * `Result` instead of throwing. Wrap it with `createNachricht` to serialize it.
 * @example
 * ```ts
 * import { createHeader, createNachricht, createStammdatenschema, type Struktur, serialize } from "fim-xoev/xdatenfelder/v3";
 * declare const personStruktur: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: person } })
 * const schema = createStammdatenschema({
 *   identifikation: { id: "S05000001205", version: "3.3.0" },
 *   name: "Erlaubnis für Honorar-Finanzanlagenberater Erteilung (OZG)",
 *   beschreibung: "Leika Schlüssel: 99050109001000",
 *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
 *   freigabestatus: "5",
 *   letzteAenderung: "2025-01-24T12:51:31Z",
 *   ableitungsmodifikationenStruktur: "3",
 *   ableitungsmodifikationenRepraesentation: "1",
 *   dokumentsteckbrief: { id: "D99000000001" },
 *   struktur: [personStruktur],
 * });
 * const header = createHeader({ nachrichtID: "S05000001205-1", erstellungszeitpunkt: "2025-01-24T13:00:00Z" });
 * console.log(serialize(createNachricht({ header, stammdatenschema: schema })));
 * ```
 */
export const [
  /**
   * Builds a Stammdatenschema (xdf:Stammdatenschema) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateStammdatenschema} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createHeader, createNachricht, createStammdatenschema, type Struktur, serialize } from "fim-xoev/xdatenfelder/v3";
   * declare const personStruktur: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: person } })
   * const schema = createStammdatenschema({
   *   identifikation: { id: "S05000001205", version: "3.3.0" },
   *   name: "Erlaubnis für Honorar-Finanzanlagenberater Erteilung (OZG)",
   *   beschreibung: "Leika Schlüssel: 99050109001000",
   *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
   *   freigabestatus: "5",
   *   letzteAenderung: "2025-01-24T12:51:31Z",
   *   ableitungsmodifikationenStruktur: "3",
   *   ableitungsmodifikationenRepraesentation: "1",
   *   dokumentsteckbrief: { id: "D99000000001" },
   *   struktur: [personStruktur],
   * });
   * const header = createHeader({ nachrichtID: "S05000001205-1", erstellungszeitpunkt: "2025-01-24T13:00:00Z" });
   * console.log(serialize(createNachricht({ header, stammdatenschema: schema })));
   * ```
   */
  createStammdatenschema,
  /**
   * Builds a Stammdatenschema (xdf:Stammdatenschema) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createStammdatenschema}).
   * @example
   * ```ts
   * import { createHeader, createNachricht, createStammdatenschema, type Struktur, serialize } from "fim-xoev/xdatenfelder/v3";
   * declare const personStruktur: Struktur; // createStruktur({ anzahl: "1:1", enthaelt: { datenfeldgruppe: person } })
   * const schema = createStammdatenschema({
   *   identifikation: { id: "S05000001205", version: "3.3.0" },
   *   name: "Erlaubnis für Honorar-Finanzanlagenberater Erteilung (OZG)",
   *   beschreibung: "Leika Schlüssel: 99050109001000",
   *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
   *   freigabestatus: "5",
   *   letzteAenderung: "2025-01-24T12:51:31Z",
   *   ableitungsmodifikationenStruktur: "3",
   *   ableitungsmodifikationenRepraesentation: "1",
   *   dokumentsteckbrief: { id: "D99000000001" },
   *   struktur: [personStruktur],
   * });
   * const header = createHeader({ nachrichtID: "S05000001205-1", erstellungszeitpunkt: "2025-01-24T13:00:00Z" });
   * console.log(serialize(createNachricht({ header, stammdatenschema: schema })));
   * ```
   */
  safeCreateStammdatenschema,
] = builder<StammdatenschemaInput, Stammdatenschema>(
  "Stammdatenschema",
  schemaOf(B.Stammdatenschema),
  (d) => clean(d) as unknown as Stammdatenschema,
);
/**
 * Builds a Dokumentsteckbrief (xdf:Dokumentsteckbrief) from one input object; `safeCreateDokumentsteckbrief`
 * returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { Dokumentart, safeCreateDokumentsteckbrief } from "fim-xoev/xdatenfelder/v3";
 * const result = safeCreateDokumentsteckbrief({
 *   identifikation: { id: "D05000001205", version: "1.0.0" },
 *   name: "Antrag auf Erlaubnis als Honorar-Finanzanlagenberater",
 *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
 *   freigabestatus: "3",
 *   letzteAenderung: "2025-01-24T12:51:31Z",
 *   istAbstrakt: false,
 *   dokumentart: Dokumentart.antrag,
 * });
 * if (result.success) console.log(result.data.dokumentart); // { code: "001", listURI: "urn:xoev-de:fim-datenfelder:codeliste:dokumentart", … }
 * ```
 */
export const [
  /**
   * Builds a Dokumentsteckbrief (xdf:Dokumentsteckbrief) from one input object; throws one XoevError on invalid input
   * ({@link safeCreateDokumentsteckbrief} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { Dokumentart, safeCreateDokumentsteckbrief } from "fim-xoev/xdatenfelder/v3";
   * const result = safeCreateDokumentsteckbrief({
   *   identifikation: { id: "D05000001205", version: "1.0.0" },
   *   name: "Antrag auf Erlaubnis als Honorar-Finanzanlagenberater",
   *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
   *   freigabestatus: "3",
   *   letzteAenderung: "2025-01-24T12:51:31Z",
   *   istAbstrakt: false,
   *   dokumentart: Dokumentart.antrag,
   * });
   * if (result.success) console.log(result.data.dokumentart); // { code: "001", listURI: "urn:xoev-de:fim-datenfelder:codeliste:dokumentart", … }
   * ```
   */
  createDokumentsteckbrief,
  /**
   * Builds a Dokumentsteckbrief (xdf:Dokumentsteckbrief) from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createDokumentsteckbrief}).
   * @example
   * ```ts
   * import { Dokumentart, safeCreateDokumentsteckbrief } from "fim-xoev/xdatenfelder/v3";
   * const result = safeCreateDokumentsteckbrief({
   *   identifikation: { id: "D05000001205", version: "1.0.0" },
   *   name: "Antrag auf Erlaubnis als Honorar-Finanzanlagenberater",
   *   bezeichnung: "Erlaubnis zum Honorar-Finanzanlagenberater beantragen",
   *   freigabestatus: "3",
   *   letzteAenderung: "2025-01-24T12:51:31Z",
   *   istAbstrakt: false,
   *   dokumentart: Dokumentart.antrag,
   * });
   * if (result.success) console.log(result.data.dokumentart); // { code: "001", listURI: "urn:xoev-de:fim-datenfelder:codeliste:dokumentart", … }
   * ```
   */
  safeCreateDokumentsteckbrief,
] = builder<DokumentsteckbriefInput, Dokumentsteckbrief>(
  "Dokumentsteckbrief",
  schemaOf(B.Dokumentsteckbrief),
  (d) => clean(d) as unknown as Dokumentsteckbrief,
);
/**
 * Builds the Header (xdf:Header) of a message; `safeCreateHeader` returns a `Result` instead of throwing.
 * @example
 * ```ts
 * import { createHeader, safeCreateHeader } from "fim-xoev/xdatenfelder/v3";
 * const header = createHeader({ nachrichtID: crypto.randomUUID(), erstellungszeitpunkt: new Date().toISOString() });
 * const bad = safeCreateHeader({ nachrichtID: "", erstellungszeitpunkt: "05.12.2026" });
 * console.log(header.nachrichtID, bad.diagnostics.length); // …, 2
 * ```
 */
export const [
  /**
   * Builds the Header (xdf:Header) of a message from one input object; throws one XoevError on invalid input
   * ({@link safeCreateHeader} returns the `invalid-input` diagnostics instead).
   * @example
   * ```ts
   * import { createHeader, safeCreateHeader } from "fim-xoev/xdatenfelder/v3";
   * const header = createHeader({ nachrichtID: crypto.randomUUID(), erstellungszeitpunkt: new Date().toISOString() });
   * const bad = safeCreateHeader({ nachrichtID: "", erstellungszeitpunkt: "05.12.2026" });
   * console.log(header.nachrichtID, bad.diagnostics.length); // …, 2
   * ```
   */
  createHeader,
  /**
   * Builds the Header (xdf:Header) of a message from one input object, returning a `Result` with `invalid-input` diagnostics
   * instead of throwing (see {@link createHeader}).
   * @example
   * ```ts
   * import { createHeader, safeCreateHeader } from "fim-xoev/xdatenfelder/v3";
   * const header = createHeader({ nachrichtID: crypto.randomUUID(), erstellungszeitpunkt: new Date().toISOString() });
   * const bad = safeCreateHeader({ nachrichtID: "", erstellungszeitpunkt: "05.12.2026" });
   * console.log(header.nachrichtID, bad.diagnostics.length); // …, 2
   * ```
   */
  safeCreateHeader,
] = builder<HeaderInput, Header>("Header", schemaOf(B.Header), (d) => clean(d) as unknown as Header);

/**
 * Shorthand for an ElementIdentifikation (xdf:ElementIdentifikation): the id and, unless a working copy, the version.
 * @example
 * ```ts
 * import { identifikationOf, type Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * declare const schema: Stammdatenschema;
 * const platzhalter = identifikationOf("D99000000001"); // the common Dokumentsteckbrief placeholder
 * console.log(schema.dokumentsteckbrief.id === platzhalter.id, identifikationOf("F60000000227", "1.1.0"));
 * ```
 */
export function identifikationOf(id: string, version?: string): ElementIdentifikation {
  return version === undefined ? { id } : { id, version };
}

type Payload =
  | { readonly dokumentsteckbrief: Dokumentsteckbrief }
  | { readonly stammdatenschema: Stammdatenschema }
  | { readonly datenfeldgruppe: Datenfeldgruppe }
  | { readonly datenfeld: Datenfeld };

/** Wraps a built element into its message (0101–0104), choosing the message by the payload. */
export function createNachricht(header: Header, payload: Payload): Nachricht {
  if ("stammdatenschema" in payload)
    return { kind: "xdatenfelder.stammdatenschema.0102", header, stammdatenschema: payload.stammdatenschema };
  if ("datenfeldgruppe" in payload) return { kind: "xdatenfelder.datenfeldgruppe.0103", header, datenfeldgruppe: payload.datenfeldgruppe };
  if ("datenfeld" in payload) return { kind: "xdatenfelder.datenfeld.0104", header, datenfeld: payload.datenfeld };
  return { kind: "xdatenfelder.dokumentsteckbrief.0101", header, dokumentsteckbrief: payload.dokumentsteckbrief };
}
