/**
 * The XML binding of XDatenfelder 3.0.0: every element and attribute of `xdatenfelder.xsd`,
 * `xdatenfelder-baukasten.xsd` and `xdatenfelder-datentypen.xsd` with its position (the XSD sequence order),
 * multiplicity and simple type (`datatypes.ts`) — stated once here. Each table is typed by its interface in
 * `model.ts` (`complex<M>()`), so `tsc` rejects a table that does not fit the model. Parsing (`parse.ts`, the
 * binding's strict reader), serialization (`serialize.ts`) and the builders' input schemas (`build.ts`) are
 * derived from these tables.
 *
 * Content the generic fields cannot express goes through codecs (the binding's extension point): XÖV codes of
 * the fixed lists (`xoevCodeCodec`), the relation repeats that share identical occurrences, the `werte`
 * wrapper, the `enthaelt` choice and the embedded genericode of message 0105.
 */

import { readerOf, writerOf } from "../../core/binding/compile.ts";
import { attribute, complex, custom, element, text } from "../../core/binding/typed.ts";
import type { Codec, CodecReadOptions, ComplexType } from "../../core/binding/types.ts";
import type { CodeList, XoevCode } from "../../core/codelists/code.ts";
import { xoevCodeCodec } from "../../core/codelists/codec.ts";
import { ElementCursor, ParseContext } from "../../core/xml/cursor.ts";
import { sameContent, type XmlElement } from "../../core/xml/node.ts";
import { genericodeCodec } from "../common/codecs.ts";
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
  BOOLEAN,
  COUNTRY_CODE,
  DATE,
  DATE_TIME,
  INT,
  LANGUAGE,
  LANGUAGE_VARIANT,
  LATIN,
  NON_NEGATIVE_INTEGER,
  PATTERN_STRING,
  POSITIVE_INTEGER,
  VERSION_STRING,
} from "./datatypes.ts";
import type * as M from "./model.ts";
import { PREFIXES } from "./namespace.ts";

/** The parse state of one document: diagnostics plus the relation statistics (internal to the reader). */
export class Xdf3Context extends ParseContext {
  duplicateRelations = 0;
  distinctRelations = 0;
  firstDuplicate: XmlElement | undefined;
  /** A shallow repeat (read with `SHALLOW_REPEATS`) had to be mapped in full: its positions are not its own. */
  mappedShallowRepeat = false;
}

// ---------------------------------------------------------------------------------------------------
// Codecs: XÖV codes of the fixed lists

/** A code of a list the XSD fixes (`listURI`, and `listVersionID` where the list's version is fixed). */
const code = <C extends string>(list: CodeList<C>) => xoevCodeCodec(list, { fixed: true });
/** The model value of a missing required code. */
const NO_CODE = { code: "" } as XoevCode<never>;
/** The model value of a missing required identification. */
const NO_ID = { id: "" } as const;

// ---------------------------------------------------------------------------------------------------
// Shared building blocks

/** @xsd xdf:ElementIdentifikation */
export const ElementIdentifikation = complex<M.ElementIdentifikation>()("ElementIdentifikation", [
  element("id", "1", "string"),
  element("version", "?", "string", { facets: VERSION_STRING }),
]);

/** @xsd xdf:Rechtsbezug (simple content String.Latin with optional `@link`) */
export const Rechtsbezug = complex<M.Rechtsbezug>()(
  "Rechtsbezug",
  [attribute("link", "string", { facets: ANY_URI }), text("text", "string", { facets: LATIN })],
  { track: false },
);

/** @xsd xdf:Stichwort (simple content xs:token with required `@uri`) */
export const Stichwort = complex<M.Stichwort>()(
  "Stichwort",
  [attribute("uri", "string", { facets: ANY_URI, required: true }), text("text")],
  { track: false },
);

/** @xsd xdf:Relation */
export const Relation = complex<M.Relation>()("Relation", [
  custom("praedikat", "1", code(relationCodeList), { fallback: NO_CODE }),
  element("objekt", "1", ElementIdentifikation, { fallback: NO_ID }),
]);

/**
 * The `relation` repeat: real exports repeat identical relations thousands of times, so identical ones share
 * one object. Repeats are mostly adjacent and written the same way: compared with the last relation as XML,
 * they are recognised without reading them (as long as reading the last one reported nothing).
 */
const relationen: Codec<M.Relation> = {
  name: "xdf:Relation*",
  types: [Relation],
  read: (el, opts) => readerOf(Relation, "strict")(el, opts),
  readAll(els, opts) {
    const ctx = opts.ctx as Xdf3Context;
    const read = readerOf(Relation, "strict");
    const seen = new Map<string, M.Relation>();
    const out: M.Relation[] = [];
    let last: XmlElement | undefined;
    let lastRelation: M.Relation | undefined;
    for (const el of els) {
      if (lastRelation !== undefined && sameContent(el, last as XmlElement)) {
        out.push(lastRelation);
        ctx.duplicateRelations++;
        ctx.firstDuplicate ??= el;
        continue;
      }
      if (last !== undefined && el.children === last.children) ctx.mappedShallowRepeat = true;
      const reported = ctx.reportedCount;
      const rel = read(el, opts);
      last = el;
      const { praedikat, objekt } = rel;
      const key = `${praedikat.code}\u0000${praedikat.listURI}\u0000${praedikat.listVersionID}\u0000${praedikat.name}\u0000${objekt.id}\u0000${objekt.version}`;
      const prev = seen.get(key);
      lastRelation = ctx.reportedCount === reported ? prev : undefined;
      if (prev !== undefined) {
        out.push(prev);
        ctx.duplicateRelations++;
        ctx.firstDuplicate ??= el;
        continue;
      }
      if (ctx.reportedCount === reported) lastRelation = rel;
      seen.set(key, rel);
      ctx.distinctRelations++;
      out.push(rel);
    }
    return out;
  },
  write: (w, ns, local, value, opts) => writerOf(Relation)(w, ns, local, value, opts),
};

const allgemeineAngaben = [
  element("identifikation", "1", ElementIdentifikation, { fallback: NO_ID }),
  element("name", "1", "string", { facets: LATIN }),
  element("beschreibung", "?", "string", { facets: LATIN }),
  element("definition", "?", "string", { facets: LATIN }),
  element("bezug", "*", Rechtsbezug),
  custom("freigabestatus", "1", code(freigabestatusCodeList), { fallback: NO_CODE }),
  element("statusGesetztAm", "?", "string", { facets: DATE }),
  element("statusGesetztDurch", "?", "string", { facets: LATIN }),
  element("gueltigAb", "?", "string", { facets: DATE }),
  element("gueltigBis", "?", "string", { facets: DATE }),
  element("versionshinweis", "?", "string", { facets: LATIN }),
  element("veroeffentlichungsdatum", "?", "string", { facets: DATE }),
  element("letzteAenderung", "1", "string", { facets: DATE_TIME }),
  custom("relation", "*", relationen),
  element("stichwort", "*", Stichwort),
] as const;

const schemaelementangaben = [
  ...allgemeineAngaben,
  element("bezeichnungEingabe", "1", "string", { facets: LATIN }),
  element("bezeichnungAusgabe", "?", "string", { facets: LATIN }),
  custom("schemaelementart", "1", code(schemaelementartCodeList), { fallback: NO_CODE }),
  element("hilfetextEingabe", "?", "string", { facets: LATIN }),
  element("hilfetextAusgabe", "?", "string", { facets: LATIN }),
] as const;

// ---------------------------------------------------------------------------------------------------
// Datenfeld and its parts

/** @xsd xdf:Praezisierung (simple content String.Latin with constraint attributes, written in XSD declaration order) */
export const Praezisierung = complex<M.Praezisierung>()(
  "Praezisierung",
  [
    text("text", "string", { facets: LATIN }),
    attribute("maxLength", "string", { facets: POSITIVE_INTEGER }),
    attribute("maxValue", "string"),
    attribute("minLength", "string", { facets: NON_NEGATIVE_INTEGER }),
    attribute("minValue", "string"),
    attribute("pattern", "string"),
  ],
  { track: false },
);

/** @xsd xdf:Wert */
export const Wert = complex<M.Wert>()("Wert", [
  element("code", "1", "string"),
  element("name", "1", "string"),
  element("hilfe", "?", "string"),
]);

/** `xdf:werte` (0..1) wrapping `wert` (1..n); the model keeps only the list. */
const Werte = complex<{ readonly wert: readonly M.Wert[] }>()("Werte", [element("wert", "+", Wert)], { track: false });

/** The `werte` wrapper collapsed to its list of values. */
const werte: Codec<readonly M.Wert[]> = {
  name: "xdf:werte",
  types: [Werte],
  read: (el, opts) => readerOf(Werte, "strict")(el, opts).wert,
  write: (w, ns, local, value, opts) => writerOf(Werte)(w, ns, local, { wert: value }, opts),
  check(value, report) {
    if (!Array.isArray(value) || value.length === 0) report({ value: JSON.stringify(value) ?? "", expected: "at least one Wert" });
  },
};

/** @xsd xdf:GenericodeIdentification (3.0.0: every child optional) */
export const GenericodeIdentification = complex<M.GenericodeIdentification>()("GenericodeIdentification", [
  element("canonicalIdentification", "?", "string"),
  element("version", "?", "string"),
  element("canonicalVersionUri", "?", "string"),
]);

/** @xsd xdf:Fehlermeldung (simple content xs:string with required `@code` xs:int) */
export const Fehlermeldung = complex<M.Fehlermeldung>()(
  "Fehlermeldung",
  [attribute("code", "string", { facets: INT, required: true }), text("text")],
  { track: false },
);

/** @xsd xdf:RegelParameter */
export const RegelParameter = complex<M.RegelParameter>()(
  "RegelParameter",
  [
    attribute("element", "string", { required: true }),
    attribute("name", "string", { required: true }),
    element("typ", "1", "string", {
      codeList: { uri: regelParamTypCodeList.uri, values: Object.keys(regelParamTypCodeList.labels), severity: "error" },
    }),
  ],
  { track: false },
);

/** @xsd xdf:RegelZiel */
export const RegelZiel = complex<M.RegelZiel>()(
  "RegelZiel",
  [attribute("element", "string", { required: true }), attribute("name", "string", { required: true })],
  { track: false },
);

/** @xsd xdf:Regel */
export const Regel = complex<M.Regel>()("Regel", [
  element("identifikation", "1", ElementIdentifikation, { fallback: NO_ID }),
  element("name", "1", "string", { facets: LATIN }),
  element("beschreibung", "?", "string", { facets: LATIN }),
  element("freitextRegel", "?", "string", { facets: LATIN }),
  element("bezug", "*", Rechtsbezug),
  element("stichwort", "*", Stichwort),
  element("fachlicherErsteller", "?", "string", { facets: LATIN }),
  element("letzteAenderung", "1", "string", { facets: DATE_TIME }),
  custom("typ", "1", code(regeltypCodeList), { fallback: NO_CODE }),
  element("param", "*", RegelParameter),
  element("ziel", "*", RegelZiel),
  element("skript", "?", "string"),
  element("fehler", "*", Fehlermeldung),
]);

/** @xsd xdf:Datenfeld */
export const Datenfeld = complex<M.Datenfeld>()("Datenfeld", [
  ...schemaelementangaben,
  custom("feldart", "1", code(feldartCodeList), { fallback: NO_CODE }),
  custom("datentyp", "1", code(datentypCodeList), { fallback: NO_CODE }),
  element("praezisierung", "?", Praezisierung),
  element("inhalt", "?", "string", { facets: LATIN }),
  custom("vorbefuellung", "1", code(vorbefuellungCodeList), { fallback: NO_CODE }),
  custom("werte", "?", werte),
  element("codelisteReferenz", "?", GenericodeIdentification),
  element("codeKey", "?", "string"),
  element("nameKey", "?", "string"),
  element("helpKey", "?", "string"),
  element("regel", "*", Regel),
  element("maxSize", "?", "string", { facets: POSITIVE_INTEGER }),
  element("mediaType", "*", "string", { facets: PATTERN_STRING }),
]);

// ---------------------------------------------------------------------------------------------------
// Datenfeldgruppe, Struktur, Stammdatenschema, Dokumentsteckbrief

/** The content of `enthaelt` when it holds neither a Datenfeld nor a Datenfeldgruppe (reported). */
const NOTHING = { datenfeldgruppe: undefined } as unknown as M.Enthaelt;

/**
 * @xsd xdf:Enthaelt — `xs:choice` of `datenfeld` and `datenfeldgruppe`, a single-key object in the model. The
 * two element types refer back to the Struktur (a recursive structure), so the codec resolves them at use.
 */
const enthaelt: Codec<M.Enthaelt> = {
  name: "xdf:Enthaelt",
  get types() {
    return [Datenfeld, Datenfeldgruppe];
  },
  read(el, opts: CodecReadOptions) {
    const { ctx, namespace } = opts;
    const ec = new ElementCursor(el, ctx);
    const feld = ec.optional(namespace, "datenfeld");
    const gruppe = feld === undefined ? ec.optional(namespace, "datenfeldgruppe") : undefined;
    let out: M.Enthaelt | undefined;
    if (feld !== undefined) out = { datenfeld: readerOf(Datenfeld, "strict")(feld, opts) };
    else if (gruppe !== undefined) out = { datenfeldgruppe: readerOf(Datenfeldgruppe, "strict")(gruppe, opts) };
    else {
      const p = PREFIXES[namespace] ?? "";
      ctx.report("missing-element", { element: `${p}:datenfeld | ${p}:datenfeldgruppe` }, el);
    }
    ec.done();
    return out ?? NOTHING;
  },
  write(w, ns, local, value, opts) {
    w.start(ns, local);
    if ("datenfeld" in value) writerOf(Datenfeld)(w, ns, "datenfeld", value.datenfeld, opts);
    else writerOf(Datenfeldgruppe)(w, ns, "datenfeldgruppe", value.datenfeldgruppe, opts);
    w.end();
  },
  check(value, report) {
    const ok =
      typeof value === "object" &&
      value !== null &&
      (("datenfeld" in value && typeof value.datenfeld === "object") ||
        ("datenfeldgruppe" in value && typeof value.datenfeldgruppe === "object"));
    if (!ok) report({ value: JSON.stringify(value) ?? "", expected: "{ datenfeld } or { datenfeldgruppe }" });
  },
};

/** @xsd xdf:Struktur */
export const Struktur: ComplexType<M.Struktur> = complex<M.Struktur>()("Struktur", [
  element("anzahl", "1", "string", { facets: ANZAHL }),
  element("bezug", "*", Rechtsbezug),
  custom("enthaelt", "1", enthaelt, { fallback: NOTHING }),
]);

/** @xsd xdf:Datenfeldgruppe */
export const Datenfeldgruppe: ComplexType<M.Datenfeldgruppe> = complex<M.Datenfeldgruppe>()("Datenfeldgruppe", [
  ...schemaelementangaben,
  custom("art", "?", code(gruppenartCodeList)),
  element("regel", "*", Regel),
  element("struktur", "+", Struktur),
]);

/** @xsd xdf:Stammdatenschema */
export const Stammdatenschema = complex<M.Stammdatenschema>()("Stammdatenschema", [
  ...allgemeineAngaben,
  element("bezeichnung", "1", "string", { facets: LATIN }),
  element("hilfetext", "?", "string", { facets: LATIN }),
  custom("ableitungsmodifikationenStruktur", "1", code(ableitungsmodifikationenStrukturCodeList), { fallback: NO_CODE }),
  custom("ableitungsmodifikationenRepraesentation", "1", code(ableitungsmodifikationenRepraesentationCodeList), { fallback: NO_CODE }),
  element("dokumentsteckbrief", "1", ElementIdentifikation, { fallback: NO_ID }),
  element("regel", "*", Regel),
  element("struktur", "+", Struktur),
]);

/** @xsd xdf:Dokumentsteckbrief */
export const Dokumentsteckbrief = complex<M.Dokumentsteckbrief>()("Dokumentsteckbrief", [
  ...allgemeineAngaben,
  element("istAbstrakt", "1", "string", { facets: BOOLEAN }),
  custom("dokumentart", "1", code(dokumentartCodeList), { fallback: NO_CODE }),
  element("bezeichnung", "1", "string", { facets: LATIN }),
  element("hilfetext", "?", "string", { facets: LATIN }),
]);

// ---------------------------------------------------------------------------------------------------
// Code list (0105) and translation (0106)

/**
 * @xsd xdf:Genericode — `xs:any*` in the genericode 1.0 namespace: a `gc:CodeList` is read into the typed
 * genericode model, any other element of that namespace is kept as a generic element tree. Written in the form
 * it came in, or in the OASIS form with the writer setting `normalizeGenericode`.
 */
const genericode: Codec<M.Genericode> = genericodeCodec() as Codec<M.Genericode>;

/** @xsd xdf:RegelUebersetzung */
export const RegelUebersetzung = complex<M.RegelUebersetzung>()("RegelUebersetzung", [
  element("uebersetzt", "1", ElementIdentifikation, { fallback: NO_ID }),
  element("fehler", "+", Fehlermeldung),
]);

/** @xsd xdf:ElementUebersetzung */
export const ElementUebersetzung = complex<M.ElementUebersetzung>()("ElementUebersetzung", [
  element("uebersetzt", "1", ElementIdentifikation, { fallback: NO_ID }),
  element("bezeichnungEingabe", "1", "string"),
  element("bezeichnungAusgabe", "1", "string"),
  element("hilfetextEingabe", "?", "string"),
  element("hilfetextAusgabe", "?", "string"),
  element("inhalt", "?", "string"),
  custom("werte", "?", werte),
  element("regel", "*", RegelUebersetzung),
]);

/** @xsd xdf:Sprache */
export const Sprache = complex<M.Sprache>()("Sprache", [
  attribute("lang", "string", { facets: LANGUAGE, required: true }),
  attribute("region", "string", { facets: COUNTRY_CODE }),
  attribute("variant", "string", { facets: LANGUAGE_VARIANT }),
  attribute("version", "string", { facets: POSITIVE_INTEGER, required: true }),
  element("element", "+", ElementUebersetzung),
]);

// ---------------------------------------------------------------------------------------------------
// Messages

/** @xsd xdf:Header */
export const Header = complex<M.Header>()("Header", [
  element("nachrichtID", "1", "string"),
  element("erstellungszeitpunkt", "1", "string", { facets: DATE_TIME }),
  element("referenzID", "?", "string"),
  element("produktbezeichnung", "?", "string", { facets: LATIN }),
  element("produkthersteller", "?", "string", { facets: LATIN }),
  element("produktversion", "?", "string", { facets: LATIN }),
  custom("datenqualitaet", "?", code(datenqualitaetCodeList)),
]);

/** The model of a missing header. */
const NO_HEADER = { nachrichtID: "", erstellungszeitpunkt: "" } as M.Header;

/** The content of a message's root element; `kind` (the root's name) and `rootAttributes` are the driver's. */
type Content<N extends M.Nachricht> = Omit<N, "kind" | "rootAttributes">;
const header = element("header", "1", Header, { fallback: NO_HEADER });

/** The root element of each message, by its local name: what it holds, in schema order. */
export const MESSAGE_CONTENT: { readonly [K in M.Nachricht["kind"]]: ComplexType<Content<Extract<M.Nachricht, { kind: K }>>> } = {
  "xdatenfelder.dokumentsteckbrief.0101": complex<Content<M.DokumentsteckbriefNachricht>>()("xdatenfelder.dokumentsteckbrief.0101", [
    header,
    element("dokumentsteckbrief", "1", Dokumentsteckbrief),
  ]),
  "xdatenfelder.stammdatenschema.0102": complex<Content<M.StammdatenschemaNachricht>>()("xdatenfelder.stammdatenschema.0102", [
    header,
    element("stammdatenschema", "1", Stammdatenschema),
  ]),
  "xdatenfelder.datenfeldgruppe.0103": complex<Content<M.DatenfeldgruppeNachricht>>()("xdatenfelder.datenfeldgruppe.0103", [
    header,
    element("datenfeldgruppe", "1", Datenfeldgruppe),
  ]),
  "xdatenfelder.datenfeld.0104": complex<Content<M.DatenfeldNachricht>>()("xdatenfelder.datenfeld.0104", [
    header,
    element("datenfeld", "1", Datenfeld),
  ]),
  "xdatenfelder.codeliste.0105": complex<Content<M.CodelisteNachricht>>()("xdatenfelder.codeliste.0105", [
    header,
    custom("genericode", "1", genericode),
  ]),
  "xdatenfelder.uebersetzung.0106": complex<Content<M.UebersetzungNachricht>>()("xdatenfelder.uebersetzung.0106", [
    header,
    element("uebersetzt", "1", ElementIdentifikation, { fallback: NO_ID }),
    element("sprache", "+", Sprache),
  ]),
};

/** The payload property of each message (absent when the payload element is missing: no model then). */
export const PAYLOAD: { readonly [K in M.Nachricht["kind"]]: string | undefined } = {
  "xdatenfelder.dokumentsteckbrief.0101": "dokumentsteckbrief",
  "xdatenfelder.stammdatenschema.0102": "stammdatenschema",
  "xdatenfelder.datenfeldgruppe.0103": "datenfeldgruppe",
  "xdatenfelder.datenfeld.0104": "datenfeld",
  "xdatenfelder.codeliste.0105": "genericode",
  "xdatenfelder.uebersetzung.0106": undefined,
};
