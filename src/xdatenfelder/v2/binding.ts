/**
 * The XML binding of XDatenfelder 2.0 (`xdatenfelder-baukasten.xsd`, `xdatenfelder.xsd`): every element of the
 * five messages 0101–0105 with its position, multiplicity and XSD simple type — stated here once. The parser
 * (`parse.ts`), the serializer (`serialize.ts`) and the builders' input schemas (`build.ts`) are derived from
 * these tables by the binding engine (`core/binding`); each table is tied to its model type in `model.ts`
 * (`complex<M>()` makes `tsc` reject a table that does not fit its model).
 *
 * The tables are read in the engine's `strict` mode: schema order expected (`element-out-of-order` errors),
 * unknown content an error, text kept as written and checked against its XSD simple type (`datatypes.ts`),
 * a missing required value read as its fallback (`""`, or the empty object of its type).
 *
 * Content the generic fields cannot express is read and written by codecs (the engine's extension point):
 * the XÖV codes with their fixed lists (`core/codelists/xml.ts`), the JSON inside `praezisierung`, the
 * genericode payload of a Codeliste, and the `enthaelt` wrapper of a Struktur (an `xs:choice` whose model is
 * the chosen element itself).
 */

import type { ZodType } from "zod";
import { complex, custom, element } from "../../core/binding/typed.ts";
import type { Codec, ComplexType, Zod } from "../../core/binding/types.ts";
import type { CodeList } from "../../core/codelists/code.ts";
import { xoevCodeCodec } from "../../core/codelists/codec.ts";
import type { CodeListDocument } from "../../core/codelists/genericode.ts";
import { useMessages } from "../../core/diagnostics/create.ts";
import { simpleText } from "../../core/xml/cursor.ts";
import { enthaeltCodec, genericodeCodec } from "../common/codecs.ts";
import { XDATENFELDER_MESSAGES } from "../common/messages.ts";
import {
  type AbleitungsmodifikationenRepraesentation,
  type AbleitungsmodifikationenStruktur,
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  type Datentyp,
  datentypCodeList,
  type Feldart,
  feldartCodeList,
  type Schemaelementart,
  type Status,
  schemaelementartCodeList,
  statusCodeList,
} from "./codes.ts";
import { ANZAHL, BOOLEAN, DATE, DATE_TIME, LATIN, VERSION_STRING } from "./datatypes.ts";
import type {
  Codeliste,
  CodelisteNachricht,
  CodelisteReferenz,
  Datenfeld,
  Datenfeldgruppe,
  DatenfeldgruppeNachricht,
  DatenfeldNachricht,
  Dokumentsteckbrief,
  DokumentsteckbriefNachricht,
  ElementIdentifikation,
  Enthaelt,
  Genericode,
  GenericodeIdentification,
  Header,
  Praezisierung,
  Regel,
  Stammdatenschema,
  StammdatenschemaNachricht,
  Struktur,
} from "./model.ts";
import type { MessageElement } from "./namespace.ts";
import { praezisierungOf, readPraezisierung } from "./praezisierung.ts";

useMessages(XDATENFELDER_MESSAGES);

// ---------------------------------------------------------------------------------------------------------------
// Codecs

/** An XÖV code of a `Code.*` type of the 2.0 XSD: list URI and version fixed, closed list. */
const code = <C extends string>(list: CodeList<C>) => xoevCodeCodec(list, { fixed: true });

/**
 * Builder input that must be an object built before (by its `create*` builder, or parsed): an object with every
 * required property of its table. The message names the builder, e.g. `expected a Regel (createRegel)`.
 */
export function builtInput<M>(z: Zod, type: ComplexType<M>): ZodType<M> {
  const name = type.name.replace(/^xdf:/, "");
  const required = type.fields.flatMap((f) => ("occurs" in f && f.occurs !== "?" ? [f.prop] : []));
  return z.custom<M>(
    (v) => typeof v === "object" && v !== null && required.every((p) => (v as Record<string, unknown>)[p] !== undefined),
    `expected a ${name} (create${name})`,
  );
}

/** The String.Latin text of `praezisierung`, kept verbatim, with the JSON inside read (`invalid-praezisierung`). */
const praezisierungCodec: Codec<Praezisierung> = {
  name: "xdf:Datenfeld/praezisierung",
  read(el, { ctx }) {
    const text = simpleText(el, ctx);
    ctx.checkValue(el, text, LATIN);
    const read = readPraezisierung(text);
    if (read.problem !== undefined)
      ctx.report("invalid-praezisierung", { text: text.length > 60 ? `${text.slice(0, 60)}…` : text, reason: read.problem }, el, {
        severity: "warning",
      });
    return ctx.track(read.praezisierung, el);
  },
  write: (w, ns, local, value) => {
    w.element(ns, local, value.text);
  },
  // Builder input: the JSON text (kept verbatim) or the values (written as 2.0 JSON); empty when left out.
  zod: (z) =>
    z
      .union([
        z.string(),
        z.object({
          minLength: z.union([z.int().nonnegative(), z.string()]).transform(String).optional(),
          maxLength: z.union([z.int().positive(), z.string()]).transform(String).optional(),
          minValue: z.union([z.number(), z.string()]).transform(String).optional(),
          maxValue: z.union([z.number(), z.string()]).transform(String).optional(),
          pattern: z.string().optional(),
          note: z.string().optional(),
        }),
      ])
      .default("")
      .transform((p): Praezisierung => {
        if (typeof p === "string") return readPraezisierung(p).praezisierung;
        const werte: Record<string, string> = {};
        for (const [k, v] of Object.entries(p)) if (v !== undefined) werte[k] = v;
        return praezisierungOf(werte);
      }),
};

/** `xdf:Genericode`; builder input: the genericode lists the message carries (typed model of core/codelists). */
const genericode = genericodeCodec((z) =>
  z
    .array(z.custom<CodeListDocument>(isCodeListDocument, "expected a genericode CodeListDocument"))
    .default([])
    .transform((lists): Genericode => ({ inhalt: lists.map((codeList) => ({ codeList })) })),
);

const isCodeListDocument = (v: unknown): v is CodeListDocument =>
  typeof v === "object" && v !== null && "identification" in v && "form" in v;

/** `xdf:Enthaelt`; builder input: a built Datenfeld or Datenfeldgruppe. */
const enthaelt: Codec<Enthaelt> = enthaeltCodec<Datenfeld, Datenfeldgruppe>(
  () => ({ datenfeld: DatenfeldType, datenfeldgruppe: DatenfeldgruppeType }),
  (z) =>
    z.union([z.object({ datenfeld: builtInput(z, DatenfeldType) }), z.object({ datenfeldgruppe: builtInput(z, DatenfeldgruppeType) })]),
);

// ---------------------------------------------------------------------------------------------------------------
// Tables

/** Fallbacks of required complex elements that are missing (frozen: shared by every broken document). */
const EMPTY_IDENTIFIKATION: ElementIdentifikation = Object.freeze({ id: "" });
const EMPTY_GENERICODE_IDENTIFICATION: GenericodeIdentification = Object.freeze({
  canonicalIdentification: "",
  version: "",
  canonicalVersionUri: "",
});

/** @xsd xdf:ElementIdentifikation */
export const ElementIdentifikationType = complex<ElementIdentifikation>()("xdf:ElementIdentifikation", [
  element("id", "1", "string"),
  element("version", "?", "string", { facets: VERSION_STRING }),
]);

const identifikation = element("identifikation", "1", ElementIdentifikationType, { fallback: EMPTY_IDENTIFIKATION });

/** @xsd xdf:AllgemeineAngaben (abstract): the fields every element type starts with. */
const allgemeineAngaben = [
  identifikation,
  element("name", "1", "string", { facets: LATIN }),
  element("bezeichnungEingabe", "1", "string", { facets: LATIN }),
  element("bezeichnungAusgabe", "?", "string", { facets: LATIN }),
  element("beschreibung", "1", "string", { facets: LATIN }),
  element("definition", "1", "string", { facets: LATIN }),
  element("bezug", "1", "string", { facets: LATIN }),
  custom("status", "1", code(statusCodeList), { fallback: { code: "" as Status } }),
  element("gueltigAb", "?", "string", { facets: DATE }),
  element("gueltigBis", "?", "string", { facets: DATE }),
  element("fachlicherErsteller", "?", "string", { facets: LATIN }),
  element("versionshinweis", "?", "string", { facets: LATIN }),
  element("freigabedatum", "?", "string", { facets: DATE }),
  element("veroeffentlichungsdatum", "?", "string", { facets: DATE }),
] as const;

/** @xsd xdf:Schemaelementangaben (abstract) */
const schemaelementangaben = [
  ...allgemeineAngaben,
  custom("schemaelementart", "1", code(schemaelementartCodeList), { fallback: { code: "" as Schemaelementart } }),
  element("hilfetextEingabe", "1", "string", { facets: LATIN }),
  element("hilfetextAusgabe", "1", "string", { facets: LATIN }),
] as const;

/** @xsd xdf:Regel */
export const RegelType = complex<Regel>()("xdf:Regel", [...allgemeineAngaben, element("script", "1", "string")]);

/** @xsd xdf:GenericodeIdentification (2.0: every child required) */
export const GenericodeIdentificationType = complex<GenericodeIdentification>()("xdf:GenericodeIdentification", [
  element("canonicalIdentification", "1", "string"),
  element("version", "1", "string"),
  element("canonicalVersionUri", "1", "string"),
]);

const genericodeIdentification = element("genericodeIdentification", "1", GenericodeIdentificationType, {
  fallback: EMPTY_GENERICODE_IDENTIFICATION,
});

/** @xsd xdf:CodelisteReferenz */
export const CodelisteReferenzType = complex<CodelisteReferenz>()("xdf:CodelisteReferenz", [identifikation, genericodeIdentification]);

const regel = element("regel", "*", RegelType);

/** @xsd xdf:Datenfeld */
export const DatenfeldType = complex<Datenfeld>()("xdf:Datenfeld", [
  ...schemaelementangaben,
  custom("feldart", "1", code(feldartCodeList), { fallback: { code: "" as Feldart } }),
  custom("datentyp", "1", code(datentypCodeList), { fallback: { code: "" as Datentyp } }),
  custom("praezisierung", "1", praezisierungCodec, { fallback: { text: "" } }),
  element("inhalt", "1", "string", { facets: LATIN }),
  element("codelisteReferenz", "?", CodelisteReferenzType),
  regel,
]);

/** @xsd xdf:Struktur */
export const StrukturType = complex<Struktur>()("xdf:Struktur", [
  element("anzahl", "1", "string", { facets: ANZAHL }),
  element("bezug", "1", "string", { facets: LATIN }),
  custom("enthaelt", "1", enthaelt, { fallback: { datenfeldgruppe: undefined } as unknown as Enthaelt }),
]);

const struktur = element("struktur", "*", StrukturType);

/** @xsd xdf:Datenfeldgruppe */
export const DatenfeldgruppeType = complex<Datenfeldgruppe>()("xdf:Datenfeldgruppe", [...schemaelementangaben, regel, struktur]);

/** @xsd xdf:Stammdatenschema */
export const StammdatenschemaType = complex<Stammdatenschema>()("xdf:Stammdatenschema", [
  ...allgemeineAngaben,
  element("hilfetext", "?", "string", { facets: LATIN }),
  custom("ableitungsmodifikationenStruktur", "1", code(ableitungsmodifikationenStrukturCodeList), {
    fallback: { code: "" as AbleitungsmodifikationenStruktur },
  }),
  custom("ableitungsmodifikationenRepraesentation", "1", code(ableitungsmodifikationenRepraesentationCodeList), {
    fallback: { code: "" as AbleitungsmodifikationenRepraesentation },
  }),
  regel,
  struktur,
]);

/** @xsd xdf:Dokumentsteckbrief */
export const DokumentsteckbriefType = complex<Dokumentsteckbrief>()("xdf:Dokumentsteckbrief", [
  ...allgemeineAngaben,
  element("isReferenz", "1", "string", { facets: BOOLEAN }),
  element("dokumentart", "1", "string"),
  element("hilfetext", "?", "string", { facets: LATIN }),
]);

/** @xsd xdf:Codeliste */
export const CodelisteType = complex<Codeliste>()("xdf:Codeliste", [
  ...allgemeineAngaben,
  genericodeIdentification,
  element("langname", "1", "string", { facets: LATIN }),
  custom("genericode", "1", genericode, { fallback: { inhalt: [] } }),
]);

/** @xsd xdf:Header */
export const HeaderType = complex<Header>()("xdf:Header", [
  element("nachrichtID", "1", "string"),
  element("erstellungszeitpunkt", "1", "string", { facets: DATE_TIME }),
  element("referenzID", "?", "string"),
]);

const header = element("header", "1", HeaderType, {
  fallback: Object.freeze({ nachrichtID: "", erstellungszeitpunkt: "" }),
});

/** @xsd xdf:xdatenfelder.dokumentsteckbrief.0101 (payload element spelled `dokumentensteckbrief` in 2.0) */
const DokumentsteckbriefNachrichtType = complex<DokumentsteckbriefNachricht>()(
  "xdatenfelder.dokumentsteckbrief.0101",
  [header, element("dokumentensteckbrief", "1", DokumentsteckbriefType)],
  { omit: ["kind"], track: false },
);
/** @xsd xdf:xdatenfelder.stammdatenschema.0102 */
const StammdatenschemaNachrichtType = complex<StammdatenschemaNachricht>()(
  "xdatenfelder.stammdatenschema.0102",
  [header, element("stammdatenschema", "1", StammdatenschemaType)],
  { omit: ["kind"], track: false },
);
/** @xsd xdf:xdatenfelder.datenfeldgruppe.0103 */
const DatenfeldgruppeNachrichtType = complex<DatenfeldgruppeNachricht>()(
  "xdatenfelder.datenfeldgruppe.0103",
  [header, element("datenfeldgruppe", "1", DatenfeldgruppeType)],
  { omit: ["kind"], track: false },
);
/** @xsd xdf:xdatenfelder.datenfeld.0104 */
const DatenfeldNachrichtType = complex<DatenfeldNachricht>()(
  "xdatenfelder.datenfeld.0104",
  [header, element("datenfeld", "1", DatenfeldType)],
  { omit: ["kind"], track: false },
);
/** @xsd xdf:xdatenfelder.codeliste.0105 */
const CodelisteNachrichtType = complex<CodelisteNachricht>()(
  "xdatenfelder.codeliste.0105",
  [header, element("codeliste", "1", CodelisteType)],
  { omit: ["kind"], track: false },
);

/**
 * The five messages of `xdatenfelder.xsd` by root element, each with the property of its payload. The root's
 * attributes are not in the tables: they are kept as read (`rootAttributes`).
 */
export const MESSAGE_TYPES = {
  "xdatenfelder.dokumentsteckbrief.0101": { type: DokumentsteckbriefNachrichtType, payload: "dokumentensteckbrief" },
  "xdatenfelder.stammdatenschema.0102": { type: StammdatenschemaNachrichtType, payload: "stammdatenschema" },
  "xdatenfelder.datenfeldgruppe.0103": { type: DatenfeldgruppeNachrichtType, payload: "datenfeldgruppe" },
  "xdatenfelder.datenfeld.0104": { type: DatenfeldNachrichtType, payload: "datenfeld" },
  "xdatenfelder.codeliste.0105": { type: CodelisteNachrichtType, payload: "codeliste" },
} as const satisfies Record<MessageElement, { readonly type: object; readonly payload: string }>;
