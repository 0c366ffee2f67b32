/**
 * Builders for programmatic construction. Input is validated with zod; problems become `invalid-input`
 * diagnostics (thrown as one XoevError by `create*`, returned by `safeCreate*`). Explicit defaults only:
 * lists default to empty, bare codes get the canonical `listURI`/`listVersionID` of their list; every
 * value the standard requires must be given.
 */
import { z } from "zod";
import { type CodeList, codeOf, codesOf } from "../../core/codelists/code.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { xsdString } from "../../core/xsd-types/zod.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  datenqualitaetCodeList,
  datentypCodeList,
  dokumentartCodeList,
  feldartCodeList,
  freigabestatusCodeList,
  gruppenartCodeList,
  regelParamTypCodeList,
  regeltypCodeList,
  relationCodeList,
  schemaelementartCodeList,
  vorbefuellungCodeList,
} from "./codes.ts";
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
  Header,
  Nachricht,
  Regel,
  Stammdatenschema,
  Struktur,
  XoevCode,
} from "./model.ts";

const token = z.string().min(1);
const versionString = xsdString(VERSION_STRING, "expected major.minor.patch, e.g. 1.0.0");
const identifikation = z.object({ id: token, version: versionString.optional() });
const isoDate = xsdString(DATE, "expected a valid xs:date, e.g. 2026-01-31");
const isoDateTime = xsdString(DATE_TIME, "expected a valid xs:dateTime, e.g. 2026-01-31T12:00:00Z");
/** String.Latin text (the XSD type of every text element but a few). */
const latin = xsdString(LATIN);
const anyUri = xsdString(ANY_URI);

/** A code given as the bare value (canonical list metadata is added) or as a full XoevCode. */
function codeInput<C extends string>(list: CodeList<C>) {
  const value = list.closed ? z.enum(codesOf(list) as [C, ...C[]]) : (z.string().min(1) as unknown as z.ZodType<C>);
  return z
    .union([
      value,
      z.object({ code: value, name: z.string().optional(), listURI: z.string().optional(), listVersionID: z.string().optional() }),
    ])
    .transform((v): XoevCode<C> => (typeof v === "string" ? codeOf(list, v) : (v as XoevCode<C>)));
}

const rechtsbezug = z
  .union([latin, z.object({ text: latin, link: anyUri.optional() })])
  .transform((b) => (typeof b === "string" ? { text: b } : b));
const stichwort = z.object({ text: z.string(), uri: anyUri });
const relation = z.object({ praedikat: codeInput(relationCodeList), objekt: identifikation });

const allgemeineAngaben = {
  identifikation,
  name: latin,
  beschreibung: latin.optional(),
  definition: latin.optional(),
  bezug: z.array(rechtsbezug).default([]),
  freigabestatus: codeInput(freigabestatusCodeList),
  statusGesetztAm: isoDate.optional(),
  statusGesetztDurch: latin.optional(),
  gueltigAb: isoDate.optional(),
  gueltigBis: isoDate.optional(),
  versionshinweis: latin.optional(),
  veroeffentlichungsdatum: isoDate.optional(),
  letzteAenderung: isoDateTime,
  relation: z.array(relation).default([]),
  stichwort: z.array(stichwort).default([]),
};

const schemaelementangaben = {
  ...allgemeineAngaben,
  bezeichnungEingabe: latin,
  bezeichnungAusgabe: latin.optional(),
  schemaelementart: codeInput(schemaelementartCodeList),
  hilfetextEingabe: latin.optional(),
  hilfetextAusgabe: latin.optional(),
};

const fehlermeldung = z.object({
  text: z.string(),
  code: z.union([z.int().min(-2147483648).max(2147483647), xsdString(INT)]).transform(String),
});

const regelSchema = z.object({
  identifikation,
  name: latin,
  beschreibung: latin.optional(),
  freitextRegel: latin.optional(),
  bezug: z.array(rechtsbezug).default([]),
  stichwort: z.array(stichwort).default([]),
  fachlicherErsteller: latin.optional(),
  letzteAenderung: isoDateTime,
  typ: codeInput(regeltypCodeList),
  param: z
    .array(z.object({ element: z.string(), name: z.string(), typ: z.enum(codesOf(regelParamTypCodeList) as [string, ...string[]]) }))
    .default([]),
  ziel: z.array(z.object({ element: z.string(), name: z.string() })).default([]),
  skript: z.string().optional(),
  fehler: z.array(fehlermeldung).default([]),
});

const builtRegel = z.custom<Regel>(
  (v) => typeof v === "object" && v !== null && "typ" in v && "identifikation" in v,
  "expected a Regel (createRegel)",
);
const wert = z.object({ code: token, name: z.string(), hilfe: z.string().optional() });
const positiveInteger = z.union([z.int().positive(), xsdString(POSITIVE_INTEGER)]).transform(String);
const nonNegativeInteger = z.union([z.int().nonnegative(), xsdString(NON_NEGATIVE_INTEGER)]).transform(String);

const datenfeldSchema = z.object({
  ...schemaelementangaben,
  feldart: codeInput(feldartCodeList),
  datentyp: codeInput(datentypCodeList),
  praezisierung: z
    .object({
      text: latin.default(""),
      minLength: nonNegativeInteger.optional(),
      maxLength: positiveInteger.optional(),
      minValue: z.string().optional(),
      maxValue: z.string().optional(),
      pattern: z.string().optional(),
    })
    .optional(),
  inhalt: latin.optional(),
  vorbefuellung: codeInput(vorbefuellungCodeList),
  werte: z.array(wert).min(1).optional(),
  codelisteReferenz: z
    .object({ canonicalIdentification: z.string().optional(), version: z.string().optional(), canonicalVersionUri: z.string().optional() })
    .optional(),
  codeKey: z.string().optional(),
  nameKey: z.string().optional(),
  helpKey: z.string().optional(),
  regel: z.array(builtRegel).default([]),
  maxSize: positiveInteger.optional(),
  mediaType: z.array(xsdString(PATTERN_STRING, "expected a media type such as application/pdf")).default([]),
});

const isDatenfeld = (v: unknown): v is Datenfeld => typeof v === "object" && v !== null && "feldart" in v;
const isDatenfeldgruppe = (v: unknown): v is Datenfeldgruppe =>
  typeof v === "object" && v !== null && "struktur" in v && "schemaelementart" in v;
const strukturSchema = z.object({
  anzahl: xsdString(ANZAHL, "expected min:max, e.g. 0:1 or 1:*"),
  bezug: z.array(rechtsbezug).default([]),
  enthaelt: z.union([
    z.object({ datenfeld: z.custom<Datenfeld>(isDatenfeld, "expected a Datenfeld (createDatenfeld)") }),
    z.object({ datenfeldgruppe: z.custom<Datenfeldgruppe>(isDatenfeldgruppe, "expected a Datenfeldgruppe (createDatenfeldgruppe)") }),
  ]),
});
const builtStruktur = z.custom<Struktur>(
  (v) => typeof v === "object" && v !== null && "anzahl" in v && "enthaelt" in v,
  "expected a Struktur (createStruktur)",
);

const datenfeldgruppeSchema = z.object({
  ...schemaelementangaben,
  art: codeInput(gruppenartCodeList).optional(),
  regel: z.array(builtRegel).default([]),
  struktur: z.array(builtStruktur).min(1),
});

const stammdatenschemaSchema = z.object({
  ...allgemeineAngaben,
  bezeichnung: latin,
  hilfetext: latin.optional(),
  ableitungsmodifikationenStruktur: codeInput(ableitungsmodifikationenStrukturCodeList),
  ableitungsmodifikationenRepraesentation: codeInput(ableitungsmodifikationenRepraesentationCodeList),
  dokumentsteckbrief: identifikation,
  regel: z.array(builtRegel).default([]),
  struktur: z.array(builtStruktur).min(1),
});

const dokumentsteckbriefSchema = z.object({
  ...allgemeineAngaben,
  istAbstrakt: z.union([z.boolean(), z.enum(["true", "false", "1", "0"])]).transform(String),
  dokumentart: codeInput(dokumentartCodeList),
  bezeichnung: latin,
  hilfetext: latin.optional(),
});

const headerSchema = z.object({
  nachrichtID: token,
  erstellungszeitpunkt: isoDateTime,
  referenzID: z.string().optional(),
  produktbezeichnung: latin.optional(),
  produkthersteller: latin.optional(),
  produktversion: latin.optional(),
  datenqualitaet: codeInput(datenqualitaetCodeList).optional(),
});

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

function builder<S extends z.ZodType, T>(what: string, schema: S, finish: (data: z.output<S>) => T) {
  const safe = (input: z.input<S>): Result<T> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure(issuesToDiagnostics(parsed.error, what));
    return success(finish(parsed.data));
  };
  const create = (input: z.input<S>): T => {
    const r = safe(input);
    if (!r.success) throw new XoevError(r.diagnostics);
    return r.data;
  };
  return [create, safe] as const;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Drops keys whose value is `undefined`, so built objects look like parsed ones. */
function clean<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Input of {@link createRegel}: codes may be bare values; lists may be omitted. */
export type RegelInput = z.input<typeof regelSchema>;
export type DatenfeldInput = z.input<typeof datenfeldSchema>;
export type DatenfeldgruppeInput = z.input<typeof datenfeldgruppeSchema>;
export type StrukturInput = z.input<typeof strukturSchema>;
export type StammdatenschemaInput = z.input<typeof stammdatenschemaSchema>;
export type DokumentsteckbriefInput = z.input<typeof dokumentsteckbriefSchema>;
export type HeaderInput = z.input<typeof headerSchema>;

export const [createRegel, safeCreateRegel] = builder("Regel", regelSchema, (d) => clean(d as Mutable<Regel>) as Regel);
export const [createDatenfeld, safeCreateDatenfeld] = builder("Datenfeld", datenfeldSchema, (d) => {
  const f = clean(d as unknown as Mutable<Datenfeld>);
  if (f.praezisierung !== undefined) f.praezisierung = clean(f.praezisierung);
  return f as Datenfeld;
});
export const [createStruktur, safeCreateStruktur] = builder("Struktur", strukturSchema, (d) => d as Struktur);
export const [createDatenfeldgruppe, safeCreateDatenfeldgruppe] = builder("Datenfeldgruppe", datenfeldgruppeSchema, (d) =>
  clean(d as unknown as Datenfeldgruppe),
);
export const [createStammdatenschema, safeCreateStammdatenschema] = builder("Stammdatenschema", stammdatenschemaSchema, (d) =>
  clean(d as unknown as Stammdatenschema),
);
export const [createDokumentsteckbrief, safeCreateDokumentsteckbrief] = builder("Dokumentsteckbrief", dokumentsteckbriefSchema, (d) =>
  clean(d as unknown as Dokumentsteckbrief),
);
export const [createHeader, safeCreateHeader] = builder("Header", headerSchema, (d) => clean(d as Header));

/** Shorthand for an ElementIdentifikation. */
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
