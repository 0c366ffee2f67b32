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
      if (f.occurs === "*" || f.occurs === "+") return z.array(builtInput(f.type)).default([]);
      const inline = inputSchema(f.type);
      return f.occurs === "?" ? inline.optional() : inline;
    }
    case "custom": {
      const input = f.codec.zod?.();
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

/** A code: the bare value or a full XoevCode. */
export type CodeInput<C extends string> =
  | C
  | { code: C; name?: string | undefined; listURI?: string | undefined; listVersionID?: string | undefined };

/** The Präzisierung as JSON text (kept verbatim) or as values (written as 2.0 JSON). */
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

/** Builder input of a model object: optional where the model is optional or the builder has a default. */
export type InputOf<M> = Flatten<
  { [K in Exclude<keyof M, OptionalKeys<M> | Defaulted>]: InputValue<M[K]> } & {
    [K in Extract<keyof M, OptionalKeys<M> | Defaulted>]?: InputValue<NonNullable<M[K]>> | undefined;
  }
>;

/** Input of {@link createRegel}: codes may be bare values; texts 2.0 allows empty may be omitted. */
export type RegelInput = InputOf<Regel>;
/** Input of {@link createDatenfeld}; `praezisierung` as JSON text or as values. */
export type DatenfeldInput = InputOf<Datenfeld>;
/** Input of {@link createDatenfeldgruppe}. */
export type DatenfeldgruppeInput = InputOf<Datenfeldgruppe>;
/** Input of {@link createStruktur}. */
export type StrukturInput = InputOf<Struktur>;
/** Input of {@link createStammdatenschema}. */
export type StammdatenschemaInput = InputOf<Stammdatenschema>;
/** Input of {@link createDokumentsteckbrief}: `isReferenz` also as a boolean. */
export type DokumentsteckbriefInput = Flatten<
  Omit<InputOf<Dokumentsteckbrief>, "isReferenz"> & { isReferenz: boolean | "true" | "false" | "1" | "0" }
>;
/** Input of {@link createCodeliste}: `genericode` is a list of typed genericode documents. */
export type CodelisteInput = InputOf<Codeliste>;
/** Input of {@link createHeader}. */
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

/** Builds a Regel (throws an XoevError on invalid input; `safeCreateRegel` returns the diagnostics). */
export const [createRegel, safeCreateRegel] = builder<Regel, RegelInput>(RegelType);
/** Builds a Datenfeld. */
export const [createDatenfeld, safeCreateDatenfeld] = builder<Datenfeld, DatenfeldInput>(DatenfeldType);
/** Builds a Struktur (one position with its multiplicity). */
export const [createStruktur, safeCreateStruktur] = builder<Struktur, StrukturInput>(StrukturType);
/** Builds a Datenfeldgruppe. */
export const [createDatenfeldgruppe, safeCreateDatenfeldgruppe] = builder<Datenfeldgruppe, DatenfeldgruppeInput>(DatenfeldgruppeType);
/** Builds a Stammdatenschema. */
export const [createStammdatenschema, safeCreateStammdatenschema] = builder<Stammdatenschema, StammdatenschemaInput>(StammdatenschemaType);
/** Builds a Dokumentsteckbrief. */
export const [createDokumentsteckbrief, safeCreateDokumentsteckbrief] = builder<Dokumentsteckbrief, DokumentsteckbriefInput>(
  DokumentsteckbriefType,
);
/** Builds a Codeliste with its genericode payload. */
export const [createCodeliste, safeCreateCodeliste] = builder<Codeliste, CodelisteInput>(CodelisteType);
/** Builds a Header. */
export const [createHeader, safeCreateHeader] = builder<Header, HeaderInput>(HeaderType);

/** Shorthand for an ElementIdentifikation. */
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
