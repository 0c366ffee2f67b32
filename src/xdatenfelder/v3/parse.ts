/**
 * XML → XDatenfelder 3.0.0 model. Elements are matched by namespace URI + local name (any prefix).
 * Every element and attribute the XSD allows is read; anything else is reported (`unexpected-*`),
 * so nothing in the input goes unnoticed. Parsing never judges semantics: that is the rules' job.
 */
import type { CodeList } from "../../core/codelists/code.ts";
import { GENERICODE_NAMESPACE, parseCodeListElement, toGcElement } from "../../core/codelists/genericode.ts";
import { parseXoevCode } from "../../core/codelists/xml.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, resultOf } from "../../core/result.ts";
import { attributeNamed, ElementCursor, ParseContext, simpleText } from "../../core/xml/cursor.ts";
import {
  isWhitespace,
  keepAttributes,
  type QName,
  sameContent,
  XML_NAMESPACE,
  type XmlElement,
  XSI_NAMESPACE,
} from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";
import { type ReadOptions, readXml } from "../../core/xml/read.ts";
import { collapseWhitespace } from "../../core/xsd-types/builtins.ts";
import type { SimpleTypeDef } from "../../core/xsd-types/facets.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  datenqualitaetCodeList,
  datentypCodeList,
  dokumentartCodeList,
  feldartCodeList,
  freigabestatusCodeList,
  gruppenartCodeList,
  type RegelParamTyp,
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
import type {
  AllgemeineAngaben,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  ElementUebersetzung,
  Enthaelt,
  Fehlermeldung,
  Genericode,
  GenericodeIdentification,
  GenericodeInhalt,
  Header,
  Nachricht,
  Praezisierung,
  Rechtsbezug,
  Regel,
  RegelParameter,
  RegelUebersetzung,
  RegelZiel,
  Relation,
  RootAttribute,
  Schemaelementangaben,
  Sprache,
  Stammdatenschema,
  Stichwort,
  Struktur,
  Wert,
  XoevCode,
} from "./model.ts";
import { MESSAGES, NAMESPACE, PREFIXES } from "./namespace.ts";

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

/** Collects the parse state of one document: diagnostics plus the relation statistics. */
class Xdf3Context extends ParseContext {
  duplicateRelations = 0;
  distinctRelations = 0;
  firstDuplicate: XmlElement | undefined;
  /** A shallow repeat (read with {@link SHALLOW_REPEATS}) had to be mapped in full: its positions are not its own. */
  mappedShallowRepeat = false;
}

/**
 * The elements this parser reads shallow when they repeat (see `ReadOptions.shallowRepeats`): relations, which
 * real exports repeat by the thousand and which {@link parseRelationen} recognises as repeats without reading
 * them. Callers that read with it pass `reread` to {@link safeParseElement}.
 */
export const SHALLOW_REPEATS: readonly QName[] = [{ namespace: X, local: "relation" }];

function code<C extends string>(el: XmlElement | undefined, ctx: ParseContext, list: CodeList<C>): XoevCode<C> {
  return el === undefined ? { code: "" as C } : parseXoevCode(el, ctx, list, { fixed: true });
}

function text(el: XmlElement, ctx: ParseContext): string {
  return simpleText(el, ctx);
}

/** @xsd xdf:ElementIdentifikation */
export function parseElementIdentifikation(el: XmlElement, ctx: ParseContext): ElementIdentifikation {
  const c = new ElementCursor(el, ctx);
  const id = c.requiredText(X, "id");
  const version = c.optionalText(X, "version", VERSION_STRING);
  c.done();
  return ctx.track(version === undefined ? { id } : { id, version }, el);
}

function parseRechtsbezug(el: XmlElement, ctx: ParseContext): Rechtsbezug {
  const link = checkedAttribute(el, ctx, "link", ANY_URI);
  const t = checkedText(el, ctx, LATIN, ["link"]);
  return link === undefined ? { text: t } : { text: t, link };
}

function parseStichwort(el: XmlElement, ctx: ParseContext): Stichwort {
  const uri = checkedAttribute(el, ctx, "uri", ANY_URI);
  if (uri === undefined) ctx.report("missing-attribute", { attribute: "uri" }, el);
  return { text: simpleText(el, ctx, ["uri"]), uri: uri ?? "" };
}

/** The text of a simple-content element, checked against its XSD type. */
function checkedText(el: XmlElement, ctx: ParseContext, type: SimpleTypeDef, attributes: readonly string[] = []): string {
  const t = simpleText(el, ctx, attributes);
  ctx.checkValue(el, t, type);
  return t;
}

/** An attribute (no namespace), checked against its XSD type when present. */
function checkedAttribute(el: XmlElement, ctx: ParseContext, local: string, type: SimpleTypeDef): string | undefined {
  const a = attributeNamed(el, local);
  if (a !== undefined) ctx.checkValue(el, a.value, type, a);
  return a?.value;
}

function attributeOf(el: XmlElement, local: string): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.namespace === "") return a.value;
  return undefined;
}

function parseRelationen(els: XmlElement[], ctx: Xdf3Context): Relation[] {
  if (els.length === 0) return [];
  // Real exports repeat identical relations thousands of times: identical ones share one object.
  const seen = new Map<string, Relation>();
  const out: Relation[] = [];
  // Repeats are mostly adjacent and written the same way: compared with the last relation as XML, they
  // are recognised without building anything (as long as reading the last one reported nothing).
  let last: XmlElement | undefined;
  let lastRelation: Relation | undefined;
  for (const el of els) {
    if (lastRelation !== undefined && sameContent(el, last as XmlElement)) {
      out.push(lastRelation);
      ctx.duplicateRelations++;
      ctx.firstDuplicate ??= el;
      continue;
    }
    if (last !== undefined && el.children === last.children) ctx.mappedShallowRepeat = true;
    const reported = ctx.reportedCount;
    const c = new ElementCursor(el, ctx);
    const praedikat = code(c.required(X, "praedikat"), ctx, relationCodeList);
    const objEl = c.required(X, "objekt");
    const objekt = objEl === undefined ? { id: "" } : parseElementIdentifikation(objEl, ctx);
    c.done();
    last = el;
    const key = `${praedikat.code}\u0000${praedikat.listURI}\u0000${praedikat.listVersionID}\u0000${praedikat.name}\u0000${objekt.id}\u0000${objekt.version}`;
    const prev = seen.get(key);
    lastRelation = ctx.reportedCount === reported ? prev : undefined;
    if (prev !== undefined) {
      out.push(prev);
      ctx.duplicateRelations++;
      ctx.firstDuplicate ??= el;
      continue;
    }
    const rel: Relation = ctx.track({ praedikat, objekt }, el);
    if (ctx.reportedCount === reported) lastRelation = rel;
    seen.set(key, rel);
    ctx.distinctRelations++;
    out.push(rel);
  }
  return out;
}

function parseAllgemeineAngaben(c: ElementCursor, ctx: Xdf3Context): AllgemeineAngaben {
  const idEl = c.required(X, "identifikation");
  return {
    identifikation: idEl === undefined ? { id: "" } : parseElementIdentifikation(idEl, ctx),
    name: c.requiredText(X, "name", LATIN),
    beschreibung: c.optionalText(X, "beschreibung", LATIN),
    definition: c.optionalText(X, "definition", LATIN),
    bezug: c.all(X, "bezug").map((e) => parseRechtsbezug(e, ctx)),
    freigabestatus: code(c.required(X, "freigabestatus"), ctx, freigabestatusCodeList),
    statusGesetztAm: c.optionalText(X, "statusGesetztAm", DATE),
    statusGesetztDurch: c.optionalText(X, "statusGesetztDurch", LATIN),
    gueltigAb: c.optionalText(X, "gueltigAb", DATE),
    gueltigBis: c.optionalText(X, "gueltigBis", DATE),
    versionshinweis: c.optionalText(X, "versionshinweis", LATIN),
    veroeffentlichungsdatum: c.optionalText(X, "veroeffentlichungsdatum", DATE),
    letzteAenderung: c.requiredText(X, "letzteAenderung", DATE_TIME),
    relation: parseRelationen(c.all(X, "relation"), ctx),
    stichwort: c.all(X, "stichwort").map((e) => parseStichwort(e, ctx)),
  };
}

function parseSchemaelementangaben(c: ElementCursor, ctx: Xdf3Context): Schemaelementangaben {
  return {
    ...parseAllgemeineAngaben(c, ctx),
    bezeichnungEingabe: c.requiredText(X, "bezeichnungEingabe", LATIN),
    bezeichnungAusgabe: c.optionalText(X, "bezeichnungAusgabe", LATIN),
    schemaelementart: code(c.required(X, "schemaelementart"), ctx, schemaelementartCodeList),
    hilfetextEingabe: c.optionalText(X, "hilfetextEingabe", LATIN),
    hilfetextAusgabe: c.optionalText(X, "hilfetextAusgabe", LATIN),
  };
}

function parsePraezisierung(el: XmlElement, ctx: ParseContext): Praezisierung {
  // Fixed key order (not the document's attribute order), so equal documents give equal models.
  return {
    text: checkedText(el, ctx, LATIN, PRAEZISIERUNG_ATTRIBUTES),
    minLength: checkedAttribute(el, ctx, "minLength", NON_NEGATIVE_INTEGER),
    maxLength: checkedAttribute(el, ctx, "maxLength", POSITIVE_INTEGER),
    minValue: attributeOf(el, "minValue"),
    maxValue: attributeOf(el, "maxValue"),
    pattern: attributeOf(el, "pattern"),
  };
}

const PRAEZISIERUNG_ATTRIBUTES = ["minLength", "maxLength", "minValue", "maxValue", "pattern"] as const;

function parseWerte(el: XmlElement, ctx: ParseContext): Wert[] {
  const c = new ElementCursor(el, ctx);
  const werte = c.atLeastOne(X, "wert").map((w) => {
    const wc = new ElementCursor(w, ctx);
    const wert: Wert = { code: wc.requiredText(X, "code"), name: wc.requiredText(X, "name"), hilfe: wc.optionalText(X, "hilfe") };
    wc.done();
    return ctx.track(wert, w);
  });
  c.done();
  return werte;
}

function parseGenericodeIdentification(el: XmlElement, ctx: ParseContext): GenericodeIdentification {
  const c = new ElementCursor(el, ctx);
  const g: GenericodeIdentification = {
    canonicalIdentification: c.optionalText(X, "canonicalIdentification"),
    version: c.optionalText(X, "version"),
    canonicalVersionUri: c.optionalText(X, "canonicalVersionUri"),
  };
  c.done();
  return ctx.track(g, el);
}

function parseFehlermeldung(el: XmlElement, ctx: ParseContext): Fehlermeldung {
  const codeAttr = checkedAttribute(el, ctx, "code", INT);
  if (codeAttr === undefined) ctx.report("missing-attribute", { attribute: "code" }, el);
  return { text: simpleText(el, ctx, ["code"]), code: codeAttr ?? "" };
}

function parseRegelParameter(el: XmlElement, ctx: ParseContext): RegelParameter {
  const c = new ElementCursor(el, ctx);
  const element = c.requiredAttribute("element");
  const name = c.requiredAttribute("name");
  const typEl = c.required(X, "typ");
  const typ = typEl === undefined ? "" : text(typEl, ctx);
  if (typEl !== undefined && !Object.hasOwn(regelParamTypCodeList.labels, collapseWhitespace(typ))) {
    ctx.report("unknown-code", { value: typ, codeList: regelParamTypCodeList.uri }, typEl);
  }
  c.done();
  return { element, name, typ: typ as RegelParamTyp };
}

function parseRegelZiel(el: XmlElement, ctx: ParseContext): RegelZiel {
  const c = new ElementCursor(el, ctx);
  const ziel = { element: c.requiredAttribute("element"), name: c.requiredAttribute("name") };
  c.done();
  return ziel;
}

/** @xsd xdf:Regel */
export function parseRegel(el: XmlElement, ctx: ParseContext): Regel {
  const c = new ElementCursor(el, ctx);
  const idEl = c.required(X, "identifikation");
  const regel: Regel = {
    identifikation: idEl === undefined ? { id: "" } : parseElementIdentifikation(idEl, ctx),
    name: c.requiredText(X, "name", LATIN),
    beschreibung: c.optionalText(X, "beschreibung", LATIN),
    freitextRegel: c.optionalText(X, "freitextRegel", LATIN),
    bezug: c.all(X, "bezug").map((e) => parseRechtsbezug(e, ctx)),
    stichwort: c.all(X, "stichwort").map((e) => parseStichwort(e, ctx)),
    fachlicherErsteller: c.optionalText(X, "fachlicherErsteller", LATIN),
    letzteAenderung: c.requiredText(X, "letzteAenderung", DATE_TIME),
    typ: code(c.required(X, "typ"), ctx, regeltypCodeList),
    param: c.all(X, "param").map((e) => parseRegelParameter(e, ctx)),
    ziel: c.all(X, "ziel").map((e) => parseRegelZiel(e, ctx)),
    skript: c.optionalText(X, "skript"),
    fehler: c.all(X, "fehler").map((e) => parseFehlermeldung(e, ctx)),
  };
  c.done();
  return ctx.track(regel, el);
}

/** @xsd xdf:Datenfeld */
export function parseDatenfeld(el: XmlElement, ctx: ParseContext): Datenfeld {
  const x = ctx as Xdf3Context;
  const c = new ElementCursor(el, x);
  const basis = parseSchemaelementangaben(c, x);
  const feldart = code(c.required(X, "feldart"), x, feldartCodeList);
  const datentyp = code(c.required(X, "datentyp"), x, datentypCodeList);
  const praezisierungEl = c.optional(X, "praezisierung");
  const inhalt = c.optionalText(X, "inhalt", LATIN);
  const vorbefuellung = code(c.required(X, "vorbefuellung"), x, vorbefuellungCodeList);
  const werteEl = c.optional(X, "werte");
  const refEl = c.optional(X, "codelisteReferenz");
  const feld: Datenfeld = {
    ...basis,
    feldart,
    datentyp,
    praezisierung: praezisierungEl === undefined ? undefined : parsePraezisierung(praezisierungEl, x),
    inhalt,
    vorbefuellung,
    werte: werteEl === undefined ? undefined : parseWerte(werteEl, x),
    codelisteReferenz: refEl === undefined ? undefined : parseGenericodeIdentification(refEl, x),
    codeKey: c.optionalText(X, "codeKey"),
    nameKey: c.optionalText(X, "nameKey"),
    helpKey: c.optionalText(X, "helpKey"),
    regel: c.all(X, "regel").map((e) => parseRegel(e, x)),
    maxSize: c.optionalText(X, "maxSize", POSITIVE_INTEGER),
    mediaType: c.allText(X, "mediaType", PATTERN_STRING),
  };
  c.done();
  return x.track(feld, el);
}

function parseStruktur(el: XmlElement, ctx: Xdf3Context): Struktur {
  const c = new ElementCursor(el, ctx);
  const anzahl = c.requiredText(X, "anzahl", ANZAHL);
  const bezug = c.all(X, "bezug").map((e) => parseRechtsbezug(e, ctx));
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
  const x = ctx as Xdf3Context;
  const c = new ElementCursor(el, x);
  const basis = parseSchemaelementangaben(c, x);
  const artEl = c.optional(X, "art");
  const gruppe: Datenfeldgruppe = {
    ...basis,
    art: artEl === undefined ? undefined : parseXoevCode(artEl, x, gruppenartCodeList, { fixed: true }),
    regel: c.all(X, "regel").map((e) => parseRegel(e, x)),
    struktur: c.atLeastOne(X, "struktur").map((e) => parseStruktur(e, x)),
  };
  c.done();
  return x.track(gruppe, el);
}

/** @xsd xdf:Stammdatenschema */
export function parseStammdatenschema(el: XmlElement, ctx: ParseContext): Stammdatenschema {
  const x = ctx as Xdf3Context;
  const c = new ElementCursor(el, x);
  const basis = parseAllgemeineAngaben(c, x);
  const bezeichnung = c.requiredText(X, "bezeichnung", LATIN);
  const hilfetext = c.optionalText(X, "hilfetext", LATIN);
  const ams = code(c.required(X, "ableitungsmodifikationenStruktur"), x, ableitungsmodifikationenStrukturCodeList);
  const amr = code(c.required(X, "ableitungsmodifikationenRepraesentation"), x, ableitungsmodifikationenRepraesentationCodeList);
  const dEl = c.required(X, "dokumentsteckbrief");
  const schema: Stammdatenschema = {
    ...basis,
    bezeichnung,
    hilfetext,
    ableitungsmodifikationenStruktur: ams,
    ableitungsmodifikationenRepraesentation: amr,
    dokumentsteckbrief: dEl === undefined ? { id: "" } : parseElementIdentifikation(dEl, x),
    regel: c.all(X, "regel").map((e) => parseRegel(e, x)),
    struktur: c.atLeastOne(X, "struktur").map((e) => parseStruktur(e, x)),
  };
  c.done();
  return x.track(schema, el);
}

/** @xsd xdf:Dokumentsteckbrief */
export function parseDokumentsteckbrief(el: XmlElement, ctx: ParseContext): Dokumentsteckbrief {
  const x = ctx as Xdf3Context;
  const c = new ElementCursor(el, x);
  const basis = parseAllgemeineAngaben(c, x);
  const d: Dokumentsteckbrief = {
    ...basis,
    istAbstrakt: c.requiredText(X, "istAbstrakt", BOOLEAN),
    dokumentart: code(c.required(X, "dokumentart"), x, dokumentartCodeList),
    bezeichnung: c.requiredText(X, "bezeichnung", LATIN),
    hilfetext: c.optionalText(X, "hilfetext", LATIN),
  };
  c.done();
  return x.track(d, el);
}

function parseGenericode(el: XmlElement, ctx: ParseContext): Genericode {
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

function parseElementUebersetzung(el: XmlElement, ctx: ParseContext): ElementUebersetzung {
  const c = new ElementCursor(el, ctx);
  const uEl = c.required(X, "uebersetzt");
  const uebersetzt = uEl === undefined ? { id: "" } : parseElementIdentifikation(uEl, ctx);
  const bezeichnungEingabe = c.requiredText(X, "bezeichnungEingabe");
  const bezeichnungAusgabe = c.requiredText(X, "bezeichnungAusgabe");
  const hilfetextEingabe = c.optionalText(X, "hilfetextEingabe");
  const hilfetextAusgabe = c.optionalText(X, "hilfetextAusgabe");
  const inhalt = c.optionalText(X, "inhalt");
  const werteEl = c.optional(X, "werte");
  const regel = c.all(X, "regel").map((r): RegelUebersetzung => {
    const rc = new ElementCursor(r, ctx);
    const ruEl = rc.required(X, "uebersetzt");
    const ru = {
      uebersetzt: ruEl === undefined ? { id: "" } : parseElementIdentifikation(ruEl, ctx),
      fehler: rc.atLeastOne(X, "fehler").map((f) => parseFehlermeldung(f, ctx)),
    };
    rc.done();
    return ctx.track(ru, r);
  });
  c.done();
  return ctx.track(
    {
      uebersetzt,
      bezeichnungEingabe,
      bezeichnungAusgabe,
      hilfetextEingabe,
      hilfetextAusgabe,
      inhalt,
      werte: werteEl === undefined ? undefined : parseWerte(werteEl, ctx),
      regel,
    },
    el,
  );
}

function parseSprache(el: XmlElement, ctx: ParseContext): Sprache {
  const c = new ElementCursor(el, ctx);
  const lang = c.requiredAttribute("lang", LANGUAGE);
  const region = c.attribute("region", "", COUNTRY_CODE);
  const variant = c.attribute("variant", "", LANGUAGE_VARIANT);
  const version = c.requiredAttribute("version", POSITIVE_INTEGER);
  const element = c.atLeastOne(X, "element").map((e) => parseElementUebersetzung(e, ctx));
  c.done();
  return ctx.track({ lang, region, variant, version, element }, el);
}

function parseHeader(el: XmlElement, ctx: ParseContext): Header {
  const c = new ElementCursor(el, ctx);
  const h: Header = {
    nachrichtID: c.requiredText(X, "nachrichtID"),
    erstellungszeitpunkt: c.requiredText(X, "erstellungszeitpunkt", DATE_TIME),
    referenzID: c.optionalText(X, "referenzID"),
    produktbezeichnung: c.optionalText(X, "produktbezeichnung", LATIN),
    produkthersteller: c.optionalText(X, "produkthersteller", LATIN),
    produktversion: c.optionalText(X, "produktversion", LATIN),
    datenqualitaet: ((e) => (e === undefined ? undefined : parseXoevCode(e, ctx, datenqualitaetCodeList, { fixed: true })))(
      c.optional(X, "datenqualitaet"),
    ),
  };
  c.done();
  return ctx.track(h, el);
}

const ROOTS = new Set<string>(Object.values(MESSAGES));

/**
 * Maps a message root element (already read by {@link readXml}) to the model. The element must be in
 * the XDatenfelder 3.0.0 namespace; everything found is reported in the returned diagnostics.
 */
export function safeParseElement(
  root: XmlElement,
  options: {
    file?: string;
    /** At most this many diagnostics, then one `diagnostics-truncated` (default `DEFAULT_READ_LIMITS.maxDiagnostics`). */
    maxDiagnostics?: number | undefined;
    /**
     * For a root read with `shallowRepeats: SHALLOW_REPEATS`: reads the document again in full, for the rare case
     * that a repeat has to be mapped in full (its first occurrence had findings), so that every finding has its
     * own position. Without it, such findings carry the first occurrence's positions.
     */
    reread?: () => XmlElement | undefined;
    /** See {@link ParseOptions.xsdFacets}. */
    xsdFacets?: "error" | "warning";
  } = {},
): Result<Nachricht> {
  const ctx = new Xdf3Context(PREFIXES, options.file, "model", options.maxDiagnostics);
  if (options.xsdFacets === "warning") ctx.facetSeverity = "warning";
  if (root.namespace !== X) {
    return failure([
      diagnostic({
        code: "unknown-namespace",
        params: { namespace: root.namespace, element: root.local },
        severity: "fatal",
        stage: "detect",
        path: `/${canonicalName(root.namespace, root.local, PREFIXES)}`,
        location: { line: root.line, column: root.column },
        file: options.file,
      }),
    ]);
  }
  if (!ROOTS.has(root.local)) {
    return failure([
      diagnostic({
        code: "unknown-root-element",
        params: { element: canonicalName(root.namespace, root.local, PREFIXES) },
        severity: "fatal",
        stage: "detect",
        path: `/${canonicalName(root.namespace, root.local, PREFIXES)}`,
        location: { line: root.line, column: root.column },
        file: options.file,
      }),
    ]);
  }
  const c = new ElementCursor(root, ctx);
  // Root attributes are kept (real files carry xsi:schemaLocation); any outside the xsi and xml
  // namespaces is also reported, since the schema allows none.
  const attributes = c.readAllAttributes();
  for (const a of attributes) {
    if (a.namespace !== XSI_NAMESPACE && a.namespace !== XML_NAMESPACE) {
      ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, PREFIXES) }, root, { attribute: a });
    }
  }
  const rootAttributes: RootAttribute[] = keepAttributes(attributes);
  const headerEl = c.required(X, "header");
  const header = headerEl === undefined ? ({ nachrichtID: "", erstellungszeitpunkt: "" } as Header) : parseHeader(headerEl, ctx);
  const basis = rootAttributes.length === 0 ? { header } : { header, rootAttributes };
  let nachricht: Nachricht | undefined;
  const payload = (local: string) => c.required(X, local);
  switch (root.local as (typeof MESSAGES)[keyof typeof MESSAGES]) {
    case "xdatenfelder.dokumentsteckbrief.0101": {
      const e = payload("dokumentsteckbrief");
      if (e !== undefined)
        nachricht = { kind: "xdatenfelder.dokumentsteckbrief.0101", ...basis, dokumentsteckbrief: parseDokumentsteckbrief(e, ctx) };
      break;
    }
    case "xdatenfelder.stammdatenschema.0102": {
      const e = payload("stammdatenschema");
      if (e !== undefined)
        nachricht = { kind: "xdatenfelder.stammdatenschema.0102", ...basis, stammdatenschema: parseStammdatenschema(e, ctx) };
      break;
    }
    case "xdatenfelder.datenfeldgruppe.0103": {
      const e = payload("datenfeldgruppe");
      if (e !== undefined)
        nachricht = { kind: "xdatenfelder.datenfeldgruppe.0103", ...basis, datenfeldgruppe: parseDatenfeldgruppe(e, ctx) };
      break;
    }
    case "xdatenfelder.datenfeld.0104": {
      const e = payload("datenfeld");
      if (e !== undefined) nachricht = { kind: "xdatenfelder.datenfeld.0104", ...basis, datenfeld: parseDatenfeld(e, ctx) };
      break;
    }
    case "xdatenfelder.codeliste.0105": {
      const e = payload("genericode");
      if (e !== undefined) nachricht = { kind: "xdatenfelder.codeliste.0105", ...basis, genericode: parseGenericode(e, ctx) };
      break;
    }
    case "xdatenfelder.uebersetzung.0106": {
      const uEl = c.required(X, "uebersetzt");
      const uebersetzt = uEl === undefined ? { id: "" } : parseElementIdentifikation(uEl, ctx);
      const sprache = c.atLeastOne(X, "sprache").map((e) => parseSprache(e, ctx));
      nachricht = { kind: "xdatenfelder.uebersetzung.0106", ...basis, uebersetzt, sprache };
      break;
    }
  }
  c.done();
  if (nachricht !== undefined) ctx.track(nachricht, root);
  if (ctx.mappedShallowRepeat && options.reread !== undefined) {
    const exact = options.reread();
    if (exact !== undefined)
      return safeParseElement(exact, {
        file: options.file,
        maxDiagnostics: options.maxDiagnostics,
        ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
      });
  }
  const diagnostics: Diagnostic[] = ctx.diagnostics;
  if (ctx.duplicateRelations > 0) {
    const first = ctx.firstDuplicate ?? root;
    diagnostics.push(
      diagnostic({
        code: "duplicate-relations",
        params: { count: ctx.duplicateRelations, distinct: ctx.distinctRelations },
        severity: "info",
        stage: "model",
        path: ctx.path(first),
        location: { line: first.line, column: first.column },
        file: options.file,
      }),
    );
  }
  return resultOf(nachricht, diagnostics);
}

/** Parses an XDatenfelder 3.0.0 message, returning the model and every finding. Never throws. */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  const read = readXml(xml, { ...options, prefixes: PREFIXES, shallowRepeats: SHALLOW_REPEATS });
  if (!read.success) return read as Result<never>;
  return safeParseElement(read.data.root, {
    file: options.file,
    maxDiagnostics: options.maxDiagnostics,
    reread: rereader(xml, options),
    ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
  });
}

/** Reads `xml` again in full, for {@link safeParseElement}'s `reread`. */
export function rereader(xml: string | Uint8Array, options: ReadOptions = {}): () => XmlElement | undefined {
  return () => {
    const again = readXml(xml, { ...options, prefixes: PREFIXES, shallowRepeats: undefined });
    return again.success ? again.data.root : undefined;
  };
}
