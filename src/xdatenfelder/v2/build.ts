/**
 * Builders for programmatic construction of XDatenfelder 2.0 elements. Input is validated with zod; problems
 * become `invalid-input` diagnostics (thrown as one XoevError by `create*`, returned by `safeCreate*`). Explicit
 * defaults only: lists default to empty, the texts 2.0 requires but allows empty (`beschreibung`, `definition`,
 * `bezug`, help texts, `inhalt`, `script`, …) default to `""`, bare codes get the canonical
 * `listURI`/`listVersionID` of their list, and the Präzisierung may be given as values (written as JSON).
 */
import { z } from "zod";
import { type CodeList, codeOf, codesOf } from "../../core/codelists/code.ts";
import type { CodeListDocument } from "../../core/codelists/genericode.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { xsdString } from "../../core/xsd-types/zod.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  datentypCodeList,
  feldartCodeList,
  schemaelementartCodeList,
  statusCodeList,
} from "./codes.ts";
import { ANZAHL, DATE, DATE_TIME, LATIN, VERSION_STRING } from "./datatypes.ts";
import type {
  Codeliste,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  Header,
  Nachricht,
  Praezisierung,
  Regel,
  Stammdatenschema,
  Struktur,
  XoevCode,
} from "./model.ts";
import { praezisierungOf, readPraezisierung } from "./praezisierung.ts";

const token = z.string().min(1);
const versionString = xsdString(VERSION_STRING, "expected major.minor, e.g. 1.0");
const identifikation = z.object({ id: token, version: versionString.optional() });
const isoDate = xsdString(DATE, "expected a valid xs:date, e.g. 2026-01-31");
const isoDateTime = xsdString(DATE_TIME, "expected a valid xs:dateTime, e.g. 2026-01-31T12:00:00Z");
/** String.Latin text (the XSD type of every text element but a few). */
const latin = xsdString(LATIN);
const text = latin.default("");

/** A code given as the bare value (canonical list metadata is added) or as a full XoevCode. */
function codeInput<C extends string>(list: CodeList<C>) {
  const value = z.enum(codesOf(list) as [C, ...C[]]);
  return z
    .union([
      value,
      z.object({ code: value, name: z.string().optional(), listURI: z.string().optional(), listVersionID: z.string().optional() }),
    ])
    .transform((v): XoevCode<C> => (typeof v === "string" ? codeOf(list, v) : (v as XoevCode<C>)));
}

const allgemeineAngaben = {
  identifikation,
  name: latin,
  bezeichnungEingabe: latin,
  bezeichnungAusgabe: latin.optional(),
  beschreibung: text,
  definition: text,
  bezug: text,
  status: codeInput(statusCodeList),
  gueltigAb: isoDate.optional(),
  gueltigBis: isoDate.optional(),
  fachlicherErsteller: latin.optional(),
  versionshinweis: latin.optional(),
  freigabedatum: isoDate.optional(),
  veroeffentlichungsdatum: isoDate.optional(),
};

const schemaelementangaben = {
  ...allgemeineAngaben,
  schemaelementart: codeInput(schemaelementartCodeList),
  hilfetextEingabe: text,
  hilfetextAusgabe: text,
};

const regelSchema = z.object({ ...allgemeineAngaben, script: z.string().default("") });
const builtRegel = z.custom<Regel>(
  (v) => typeof v === "object" && v !== null && "script" in v && "identifikation" in v,
  "expected a Regel (createRegel)",
);

const praezisierungWerte = z.object({
  minLength: z.union([z.int().nonnegative(), z.string()]).transform(String).optional(),
  maxLength: z.union([z.int().positive(), z.string()]).transform(String).optional(),
  minValue: z.union([z.number(), z.string()]).transform(String).optional(),
  maxValue: z.union([z.number(), z.string()]).transform(String).optional(),
  pattern: z.string().optional(),
  note: z.string().optional(),
});
/** The Präzisierung as JSON text (kept verbatim) or as values (written as 2.0 JSON). */
const praezisierung = z
  .union([z.string(), praezisierungWerte])
  .default("")
  .transform((p): Praezisierung => {
    if (typeof p === "string") return readPraezisierung(p).praezisierung;
    const werte: Record<string, string> = {};
    for (const [k, v] of Object.entries(p)) if (v !== undefined) werte[k] = v;
    return praezisierungOf(werte);
  });

const genericodeIdentification = z.object({ canonicalIdentification: token, version: token, canonicalVersionUri: token });

const datenfeldSchema = z.object({
  ...schemaelementangaben,
  feldart: codeInput(feldartCodeList),
  datentyp: codeInput(datentypCodeList),
  praezisierung,
  inhalt: text,
  codelisteReferenz: z.object({ identifikation, genericodeIdentification }).optional(),
  regel: z.array(builtRegel).default([]),
});

const isDatenfeld = (v: unknown): v is Datenfeld => typeof v === "object" && v !== null && "feldart" in v;
const isDatenfeldgruppe = (v: unknown): v is Datenfeldgruppe =>
  typeof v === "object" && v !== null && "struktur" in v && "schemaelementart" in v;
const strukturSchema = z.object({
  anzahl: xsdString(ANZAHL, "expected min:max, e.g. 0:1 or 1:*"),
  bezug: text,
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
  regel: z.array(builtRegel).default([]),
  struktur: z.array(builtStruktur).default([]),
});

const stammdatenschemaSchema = z.object({
  ...allgemeineAngaben,
  hilfetext: latin.optional(),
  ableitungsmodifikationenStruktur: codeInput(ableitungsmodifikationenStrukturCodeList),
  ableitungsmodifikationenRepraesentation: codeInput(ableitungsmodifikationenRepraesentationCodeList),
  regel: z.array(builtRegel).default([]),
  struktur: z.array(builtStruktur).default([]),
});

const dokumentsteckbriefSchema = z.object({
  ...allgemeineAngaben,
  isReferenz: z.union([z.boolean(), z.enum(["true", "false", "1", "0"])]).transform(String),
  dokumentart: z.string().default(""),
  hilfetext: latin.optional(),
});

const isCodeListDocument = (v: unknown): v is CodeListDocument =>
  typeof v === "object" && v !== null && "identification" in v && "form" in v;
const codelisteSchema = z.object({
  ...allgemeineAngaben,
  genericodeIdentification,
  langname: text,
  /** The genericode lists the message carries (typed model of core/codelists). */
  genericode: z.array(z.custom<CodeListDocument>(isCodeListDocument, "expected a genericode CodeListDocument")).default([]),
});

const headerSchema = z.object({ nachrichtID: token, erstellungszeitpunkt: isoDateTime, referenzID: z.string().optional() });

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

/** Drops keys whose value is `undefined`, so built objects look like parsed ones. */
function clean<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Input of {@link createRegel}: codes may be bare values; texts 2.0 allows empty may be omitted. */
export type RegelInput = z.input<typeof regelSchema>;
/** Input of {@link createDatenfeld}; `praezisierung` as JSON text or as values. */
export type DatenfeldInput = z.input<typeof datenfeldSchema>;
/** Input of {@link createDatenfeldgruppe}. */
export type DatenfeldgruppeInput = z.input<typeof datenfeldgruppeSchema>;
/** Input of {@link createStruktur}. */
export type StrukturInput = z.input<typeof strukturSchema>;
/** Input of {@link createStammdatenschema}. */
export type StammdatenschemaInput = z.input<typeof stammdatenschemaSchema>;
/** Input of {@link createDokumentsteckbrief}. */
export type DokumentsteckbriefInput = z.input<typeof dokumentsteckbriefSchema>;
/** Input of {@link createCodeliste}: `genericode` is a list of typed genericode documents. */
export type CodelisteInput = z.input<typeof codelisteSchema>;
/** Input of {@link createHeader}. */
export type HeaderInput = z.input<typeof headerSchema>;

/** Builds a Regel (throws an XoevError on invalid input; `safeCreateRegel` returns the diagnostics). */
export const [createRegel, safeCreateRegel] = builder("Regel", regelSchema, (d) => clean(d) as Regel);
/** Builds a Datenfeld. */
export const [createDatenfeld, safeCreateDatenfeld] = builder("Datenfeld", datenfeldSchema, (d) => clean(d) as Datenfeld);
/** Builds a Struktur (one position with its multiplicity). */
export const [createStruktur, safeCreateStruktur] = builder("Struktur", strukturSchema, (d) => d as Struktur);
/** Builds a Datenfeldgruppe. */
export const [createDatenfeldgruppe, safeCreateDatenfeldgruppe] = builder(
  "Datenfeldgruppe",
  datenfeldgruppeSchema,
  (d) => clean(d) as Datenfeldgruppe,
);
/** Builds a Stammdatenschema. */
export const [createStammdatenschema, safeCreateStammdatenschema] = builder(
  "Stammdatenschema",
  stammdatenschemaSchema,
  (d) => clean(d) as Stammdatenschema,
);
/** Builds a Dokumentsteckbrief. */
export const [createDokumentsteckbrief, safeCreateDokumentsteckbrief] = builder(
  "Dokumentsteckbrief",
  dokumentsteckbriefSchema,
  (d) => clean(d) as Dokumentsteckbrief,
);
/** Builds a Codeliste with its genericode payload. */
export const [createCodeliste, safeCreateCodeliste] = builder("Codeliste", codelisteSchema, (d) => {
  const c = clean(d);
  return { ...c, genericode: { inhalt: d.genericode.map((codeList) => ({ codeList })) } } as Codeliste;
});
/** Builds a Header. */
export const [createHeader, safeCreateHeader] = builder("Header", headerSchema, (d) => clean(d) as Header);

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
