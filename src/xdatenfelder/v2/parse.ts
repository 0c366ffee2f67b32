/**
 * XML → XDatenfelder 2.0 model. Elements are matched by namespace URI + local name (any prefix). Every
 * element and attribute the XSD allows is read; anything else is reported (`unexpected-*`), so nothing
 * in the input goes unnoticed. Text is kept verbatim (empty required elements as `""`, CRs included).
 */
import type { CodeList } from "../../core/codelists/code.ts";
import { GENERICODE_NAMESPACE, parseCodeListElement, toGcElement } from "../../core/codelists/genericode.ts";
import { parseXoevCode } from "../../core/codelists/xml.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import { failure, type Result, resultOf } from "../../core/result.ts";
import { ElementCursor, ParseContext, simpleText } from "../../core/xml/cursor.ts";
import { isWhitespace, keepAttributes, type XmlElement } from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";
import { type ReadOptions, readXml } from "../../core/xml/read.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  datentypCodeList,
  feldartCodeList,
  schemaelementartCodeList,
  statusCodeList,
} from "./codes.ts";
import { ANZAHL, BOOLEAN, DATE, DATE_TIME, LATIN, VERSION_STRING } from "./datatypes.ts";
import type {
  AllgemeineAngaben,
  Codeliste,
  CodelisteReferenz,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  Enthaelt,
  Genericode,
  GenericodeIdentification,
  GenericodeInhalt,
  Header,
  Nachricht,
  Praezisierung,
  Regel,
  RootAttribute,
  Schemaelementangaben,
  Stammdatenschema,
  Struktur,
  XoevCode,
} from "./model.ts";
import { MESSAGES, NAMESPACE, PREFIXES } from "./namespace.ts";
import { readPraezisierung } from "./praezisierung.ts";

const X = NAMESPACE;

/** Options for parsing: reader limits plus a file name for diagnostics. */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /**
   * Severity of a value that violates a simple-type facet of the official XSD (`invalid-value`, default
   * `error`). `warning` reads XSD-invalid documents successfully (e.g. to convert real exports that hold
   * characters outside String.Latin); the findings are still reported.
   */
  readonly xsdFacets?: "error" | "warning";
}

function code<C extends string>(el: XmlElement | undefined, ctx: ParseContext, list: CodeList<C>): XoevCode<C> {
  return el === undefined ? { code: "" as C } : parseXoevCode(el, ctx, list, { fixed: true });
}

/** @xsd xdf:ElementIdentifikation */
export function parseElementIdentifikation(el: XmlElement, ctx: ParseContext): ElementIdentifikation {
  const c = new ElementCursor(el, ctx);
  const id = c.requiredText(X, "id");
  const version = c.optionalText(X, "version", VERSION_STRING);
  c.done();
  return ctx.track(version === undefined ? { id } : { id, version }, el);
}

function identifikation(el: XmlElement | undefined, ctx: ParseContext): ElementIdentifikation {
  return el === undefined ? { id: "" } : parseElementIdentifikation(el, ctx);
}

function parseAllgemeineAngaben(c: ElementCursor, ctx: ParseContext): AllgemeineAngaben {
  return {
    identifikation: identifikation(c.required(X, "identifikation"), ctx),
    name: c.requiredText(X, "name", LATIN),
    bezeichnungEingabe: c.requiredText(X, "bezeichnungEingabe", LATIN),
    bezeichnungAusgabe: c.optionalText(X, "bezeichnungAusgabe", LATIN),
    beschreibung: c.requiredText(X, "beschreibung", LATIN),
    definition: c.requiredText(X, "definition", LATIN),
    bezug: c.requiredText(X, "bezug", LATIN),
    status: code(c.required(X, "status"), ctx, statusCodeList),
    gueltigAb: c.optionalText(X, "gueltigAb", DATE),
    gueltigBis: c.optionalText(X, "gueltigBis", DATE),
    fachlicherErsteller: c.optionalText(X, "fachlicherErsteller", LATIN),
    versionshinweis: c.optionalText(X, "versionshinweis", LATIN),
    freigabedatum: c.optionalText(X, "freigabedatum", DATE),
    veroeffentlichungsdatum: c.optionalText(X, "veroeffentlichungsdatum", DATE),
  };
}

function parseSchemaelementangaben(c: ElementCursor, ctx: ParseContext): Schemaelementangaben {
  return {
    ...parseAllgemeineAngaben(c, ctx),
    schemaelementart: code(c.required(X, "schemaelementart"), ctx, schemaelementartCodeList),
    hilfetextEingabe: c.requiredText(X, "hilfetextEingabe", LATIN),
    hilfetextAusgabe: c.requiredText(X, "hilfetextAusgabe", LATIN),
  };
}

/** @xsd xdf:Regel */
export function parseRegel(el: XmlElement, ctx: ParseContext): Regel {
  const c = new ElementCursor(el, ctx);
  const regel: Regel = { ...parseAllgemeineAngaben(c, ctx), script: c.requiredText(X, "script") };
  c.done();
  return ctx.track(regel, el);
}

function parseGenericodeIdentification(el: XmlElement | undefined, ctx: ParseContext): GenericodeIdentification {
  if (el === undefined) return { canonicalIdentification: "", version: "", canonicalVersionUri: "" };
  const c = new ElementCursor(el, ctx);
  const g: GenericodeIdentification = {
    canonicalIdentification: c.requiredText(X, "canonicalIdentification"),
    version: c.requiredText(X, "version"),
    canonicalVersionUri: c.requiredText(X, "canonicalVersionUri"),
  };
  c.done();
  return ctx.track(g, el);
}

function parseCodelisteReferenz(el: XmlElement, ctx: ParseContext): CodelisteReferenz {
  const c = new ElementCursor(el, ctx);
  const ref: CodelisteReferenz = {
    identifikation: identifikation(c.required(X, "identifikation"), ctx),
    genericodeIdentification: parseGenericodeIdentification(c.required(X, "genericodeIdentification"), ctx),
  };
  c.done();
  return ctx.track(ref, el);
}

function parsePraezisierung(el: XmlElement | undefined, ctx: ParseContext): Praezisierung {
  if (el === undefined) return { text: "" };
  const text = simpleText(el, ctx);
  ctx.checkValue(el, text, LATIN);
  const read = readPraezisierung(text);
  if (read.problem !== undefined)
    ctx.report("invalid-praezisierung", { text: text.length > 60 ? `${text.slice(0, 60)}…` : text, reason: read.problem }, el, {
      severity: "warning",
    });
  return ctx.track(read.praezisierung, el);
}

/** @xsd xdf:Datenfeld */
export function parseDatenfeld(el: XmlElement, ctx: ParseContext): Datenfeld {
  const c = new ElementCursor(el, ctx);
  const basis = parseSchemaelementangaben(c, ctx);
  const feldart = code(c.required(X, "feldart"), ctx, feldartCodeList);
  const datentyp = code(c.required(X, "datentyp"), ctx, datentypCodeList);
  const praezisierung = parsePraezisierung(c.required(X, "praezisierung"), ctx);
  const inhalt = c.requiredText(X, "inhalt", LATIN);
  const refEl = c.optional(X, "codelisteReferenz");
  const feld: Datenfeld = {
    ...basis,
    feldart,
    datentyp,
    praezisierung,
    inhalt,
    codelisteReferenz: refEl === undefined ? undefined : parseCodelisteReferenz(refEl, ctx),
    regel: c.all(X, "regel").map((e) => parseRegel(e, ctx)),
  };
  c.done();
  return ctx.track(feld, el);
}

function parseStruktur(el: XmlElement, ctx: ParseContext): Struktur {
  const c = new ElementCursor(el, ctx);
  const anzahl = c.requiredText(X, "anzahl", ANZAHL);
  const bezug = c.requiredText(X, "bezug", LATIN);
  const enthaeltEl = c.required(X, "enthaelt");
  c.done();
  let enthaelt: Enthaelt | undefined;
  if (enthaeltEl !== undefined) {
    const ec = new ElementCursor(enthaeltEl, ctx);
    const feld = ec.optional(X, "datenfeld");
    const gruppe = feld === undefined ? ec.optional(X, "datenfeldgruppe") : undefined;
    if (feld !== undefined) enthaelt = { datenfeld: parseDatenfeld(feld, ctx) };
    else if (gruppe !== undefined) enthaelt = { datenfeldgruppe: parseDatenfeldgruppe(gruppe, ctx) };
    else ctx.report("missing-element", { element: `${PREFIXES[X]}:datenfeld | ${PREFIXES[X]}:datenfeldgruppe` }, enthaeltEl);
    ec.done();
  }
  return ctx.track({ anzahl, bezug, enthaelt: enthaelt ?? ({ datenfeldgruppe: undefined } as unknown as Enthaelt) }, el);
}

/** @xsd xdf:Datenfeldgruppe */
export function parseDatenfeldgruppe(el: XmlElement, ctx: ParseContext): Datenfeldgruppe {
  const c = new ElementCursor(el, ctx);
  const gruppe: Datenfeldgruppe = {
    ...parseSchemaelementangaben(c, ctx),
    regel: c.all(X, "regel").map((e) => parseRegel(e, ctx)),
    struktur: c.all(X, "struktur").map((e) => parseStruktur(e, ctx)),
  };
  c.done();
  return ctx.track(gruppe, el);
}

/** @xsd xdf:Stammdatenschema */
export function parseStammdatenschema(el: XmlElement, ctx: ParseContext): Stammdatenschema {
  const c = new ElementCursor(el, ctx);
  const basis = parseAllgemeineAngaben(c, ctx);
  const schema: Stammdatenschema = {
    ...basis,
    hilfetext: c.optionalText(X, "hilfetext", LATIN),
    ableitungsmodifikationenStruktur: code(
      c.required(X, "ableitungsmodifikationenStruktur"),
      ctx,
      ableitungsmodifikationenStrukturCodeList,
    ),
    ableitungsmodifikationenRepraesentation: code(
      c.required(X, "ableitungsmodifikationenRepraesentation"),
      ctx,
      ableitungsmodifikationenRepraesentationCodeList,
    ),
    regel: c.all(X, "regel").map((e) => parseRegel(e, ctx)),
    struktur: c.all(X, "struktur").map((e) => parseStruktur(e, ctx)),
  };
  c.done();
  return ctx.track(schema, el);
}

/** @xsd xdf:Dokumentsteckbrief */
export function parseDokumentsteckbrief(el: XmlElement, ctx: ParseContext): Dokumentsteckbrief {
  const c = new ElementCursor(el, ctx);
  const d: Dokumentsteckbrief = {
    ...parseAllgemeineAngaben(c, ctx),
    isReferenz: c.requiredText(X, "isReferenz", BOOLEAN),
    dokumentart: c.requiredText(X, "dokumentart"),
    hilfetext: c.optionalText(X, "hilfetext", LATIN),
  };
  c.done();
  return ctx.track(d, el);
}

function parseGenericode(el: XmlElement | undefined, ctx: ParseContext): Genericode {
  if (el === undefined) return { inhalt: [] };
  const inhalt: GenericodeInhalt[] = [];
  for (const n of el.children) {
    if (n.kind === "text") {
      if (!isWhitespace(n.value)) ctx.report("unexpected-text", { text: n.value.trim().slice(0, 40) }, el);
      continue;
    }
    if (n.kind !== "element") continue;
    if (n.namespace !== GENERICODE_NAMESPACE) {
      ctx.report("unexpected-element", { element: canonicalName(n.namespace, n.local, ctx.prefixes) }, n);
      continue;
    }
    inhalt.push(n.local === "CodeList" ? { codeList: parseCodeListElement(n, ctx) } : { element: toGcElement(n, "") });
  }
  for (const a of el.attributes) {
    ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, ctx.prefixes) }, el, { attribute: a });
  }
  return ctx.track({ inhalt }, el);
}

/** @xsd xdf:Codeliste */
export function parseCodeliste(el: XmlElement, ctx: ParseContext): Codeliste {
  const c = new ElementCursor(el, ctx);
  const cl: Codeliste = {
    ...parseAllgemeineAngaben(c, ctx),
    genericodeIdentification: parseGenericodeIdentification(c.required(X, "genericodeIdentification"), ctx),
    langname: c.requiredText(X, "langname", LATIN),
    genericode: parseGenericode(c.required(X, "genericode"), ctx),
  };
  c.done();
  return ctx.track(cl, el);
}

function parseHeader(el: XmlElement, ctx: ParseContext): Header {
  const c = new ElementCursor(el, ctx);
  const h: Header = {
    nachrichtID: c.requiredText(X, "nachrichtID"),
    erstellungszeitpunkt: c.requiredText(X, "erstellungszeitpunkt", DATE_TIME),
    referenzID: c.optionalText(X, "referenzID"),
  };
  c.done();
  return ctx.track(h, el);
}

const ROOTS = new Set<string>(Object.values(MESSAGES));

function detectFailure(root: XmlElement, file: string | undefined, unknownNamespace: boolean): Result<never> {
  const name = canonicalName(root.namespace, root.local, PREFIXES);
  const base = { severity: "fatal", stage: "detect", path: `/${name}`, location: { line: root.line, column: root.column }, file } as const;
  return failure([
    unknownNamespace
      ? diagnostic({ ...base, code: "unknown-namespace", params: { namespace: root.namespace, element: root.local } })
      : diagnostic({ ...base, code: "unknown-root-element", params: { element: name } }),
  ]);
}

/**
 * Maps a message root element (already read by {@link readXml}) to the model. The element must be in the
 * XDatenfelder 2.0 namespace; everything found is reported in the returned diagnostics.
 */
export function safeParseElement(
  root: XmlElement,
  options: {
    file?: string;
    maxDiagnostics?: number | undefined /** See {@link ParseOptions.xsdFacets}. */;
    xsdFacets?: "error" | "warning";
  } = {},
): Result<Nachricht> {
  if (root.namespace !== X) return detectFailure(root, options.file, true);
  if (!ROOTS.has(root.local)) return detectFailure(root, options.file, false);
  const ctx = new ParseContext(PREFIXES, options.file, "model", options.maxDiagnostics);
  if (options.xsdFacets === "warning") ctx.facetSeverity = "warning";
  const c = new ElementCursor(root, ctx);
  const rootAttributes: RootAttribute[] = keepAttributes(c.readAllAttributes());
  const headerEl = c.required(X, "header");
  const header = headerEl === undefined ? ({ nachrichtID: "", erstellungszeitpunkt: "" } as Header) : parseHeader(headerEl, ctx);
  const basis = rootAttributes.length === 0 ? { header } : { header, rootAttributes };
  let nachricht: Nachricht | undefined;
  switch (root.local as (typeof MESSAGES)[keyof typeof MESSAGES]) {
    case "xdatenfelder.dokumentsteckbrief.0101": {
      const e = c.required(X, "dokumentensteckbrief");
      if (e !== undefined)
        nachricht = { kind: "xdatenfelder.dokumentsteckbrief.0101", ...basis, dokumentensteckbrief: parseDokumentsteckbrief(e, ctx) };
      break;
    }
    case "xdatenfelder.stammdatenschema.0102": {
      const e = c.required(X, "stammdatenschema");
      if (e !== undefined)
        nachricht = { kind: "xdatenfelder.stammdatenschema.0102", ...basis, stammdatenschema: parseStammdatenschema(e, ctx) };
      break;
    }
    case "xdatenfelder.datenfeldgruppe.0103": {
      const e = c.required(X, "datenfeldgruppe");
      if (e !== undefined)
        nachricht = { kind: "xdatenfelder.datenfeldgruppe.0103", ...basis, datenfeldgruppe: parseDatenfeldgruppe(e, ctx) };
      break;
    }
    case "xdatenfelder.datenfeld.0104": {
      const e = c.required(X, "datenfeld");
      if (e !== undefined) nachricht = { kind: "xdatenfelder.datenfeld.0104", ...basis, datenfeld: parseDatenfeld(e, ctx) };
      break;
    }
    case "xdatenfelder.codeliste.0105": {
      const e = c.required(X, "codeliste");
      if (e !== undefined) nachricht = { kind: "xdatenfelder.codeliste.0105", ...basis, codeliste: parseCodeliste(e, ctx) };
      break;
    }
  }
  c.done();
  if (nachricht !== undefined) ctx.track(nachricht, root);
  return resultOf(nachricht, ctx.diagnostics);
}

/** Parses an XDatenfelder 2.0 message, returning the model and every finding. Never throws. */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  const read = readXml(xml, { ...options, prefixes: PREFIXES });
  if (!read.success) return read as Result<never>;
  return safeParseElement(read.data.root, {
    file: options.file,
    maxDiagnostics: options.maxDiagnostics,
    ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
  });
}
