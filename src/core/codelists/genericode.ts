/**
 * OASIS genericode 1.0 code lists (`gc:CodeList`): read and write.
 *
 * - Typed: Identification (with Agency), ColumnSet (Column, Key), SimpleCodeList (Row, Value). Parts real
 *   files rarely use (Annotation, ColumnRef/KeyRef, ColumnSetRef, ComplexValue, Data parameters, …) are kept
 *   as generic element trees ({@link GcElement}) so that nothing is lost.
 * - Two forms: the OASIS form (root `gc:CodeList`, children in no namespace, as the OASIS XSD requires) and
 *   the FIM form exported by the FIM editors, whose children are qualified with the genericode namespace
 *   (`<gc:Identification>` or a default namespace on the root). The FIM form is read with a
 *   `genericode-qualified` warning and written back in the form it came in unless `normalize` is asked for.
 */
import { diagnostic } from "../diagnostics/create.ts";
import { XoevError } from "../errors.ts";
import { failure, type Result, resultOf, success } from "../result.ts";
import { ElementCursor, ParseContext, simpleText } from "../xml/cursor.ts";
import { isWhitespace, type XmlElement } from "../xml/node.ts";
import { canonicalName } from "../xml/path.ts";
import { type ReadOptions, readXml } from "../xml/read.ts";
import { XmlWriter } from "../xml/write.ts";

/**
 * Namespace of OASIS genericode 1.0.
 *
 * @example
 * ```ts
 * import { GENERICODE_NAMESPACE } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * // a cheap pre-check before reading: is this a genericode file at all?
 * console.log(xml.includes(GENERICODE_NAMESPACE));
 * ```
 */
export const GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

/**
 * Catalogue id of the genericode 1.0 schema set (see `schemas/catalog.json`).
 *
 * @example
 * ```ts
 * import { GENERICODE_SCHEMA_SET_ID } from "fim-xoev/codelists";
 * import { loadSchemaSet } from "fim-xoev/validation";
 *
 * const set = await loadSchemaSet(GENERICODE_SCHEMA_SET_ID, { schemas: "/srv/xsd" });
 * console.log(set.entry);
 * ```
 */
export const GENERICODE_SCHEMA_SET_ID = "genericode-1.0";

const GC = GENERICODE_NAMESPACE;
/** `xml:lang` in annotations: the writer must use the reserved prefix for the XML namespace. */
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const PREFIXES = { [GC]: "gc", [XML_NAMESPACE]: "xml" } as const;

/** `oasis`: children unqualified (OASIS XSD); `qualified`: children in the genericode namespace (FIM exports). */
export type GenericodeForm = "oasis" | "qualified";

/** An attribute as written: namespace URI (`""` for none), local name, value. */
export interface GcAttribute {
  readonly namespace: string;
  readonly local: string;
  readonly value: string;
}

/**
 * A generic element tree for parts of genericode that are kept as they came. Elements of the genericode
 * structure itself are stored with namespace `""` whatever form the document had; foreign content
 * (e.g. XRepository metadata inside `AppInfo`) keeps its namespace.
 */
export interface GcElement {
  readonly namespace: string;
  readonly local: string;
  readonly attributes: readonly GcAttribute[];
  /** Child elements and text (white space between child elements is left out). */
  readonly children: readonly (GcElement | string)[];
}

/** Text content with the attributes written on it (`Lang`, `Identifier`, …), e.g. ShortName, LongName. */
export interface GcText {
  readonly text: string;
  readonly attributes: readonly GcAttribute[];
}

/**
 * The agency that publishes a code list (`Agency` in its Identification).
 *
 * @xsd gc:Agency
 */
export interface Agency {
  readonly shortName?: GcText;
  readonly longName: readonly GcText[];
  readonly identifier: readonly GcText[];
}

/**
 * Who and what a code list is: short name, version, canonical URI and version URI (`Identification`).
 *
 * @xsd gc:Identification
 */
export interface Identification {
  readonly shortName: GcText;
  readonly longName: readonly GcText[];
  readonly version: string;
  readonly canonicalUri: string;
  readonly canonicalVersionUri: string;
  readonly locationUri: readonly string[];
  /** `AlternateFormatLocationUri` (MimeTypedUri) elements as they came. */
  readonly alternateFormatLocationUri: readonly GcText[];
  readonly agency?: Agency;
}

/**
 * The datatype of a column's values (`Data Type="string"`).
 *
 * @xsd gc:Data
 */
export interface Data {
  readonly type: string;
  /** Every other attribute of `Data` (`DatatypeLibrary`, `Lang`). */
  readonly attributes: readonly GcAttribute[];
  /** `Annotation?`, `Parameter*` as they came. */
  readonly content: readonly GcElement[];
}

/**
 * One column of a code list, e.g. `code`, `name` or `hilfe`, with its datatype and whether it is required.
 *
 * @xsd gc:Column
 */
export interface Column {
  readonly kind: "Column";
  readonly id: string;
  /** `required` | `optional`; the OASIS XSD requires it, some FIM exports leave it out (absent then). */
  readonly use?: string;
  readonly annotation?: GcElement;
  readonly shortName: GcText;
  readonly longName: readonly GcText[];
  readonly canonicalUri?: string;
  readonly canonicalVersionUri?: string;
  readonly data: Data;
}

/**
 * A reference from a Key to the column that holds its values.
 *
 * @xsd gc:KeyColumnRef
 */
export interface KeyColumnRef {
  readonly ref: string;
  readonly annotation?: GcElement;
}

/**
 * A key of a code list: the column(s) whose values identify a row (the code).
 *
 * @xsd gc:Key
 */
export interface Key {
  readonly kind: "Key";
  readonly id: string;
  readonly annotation?: GcElement;
  readonly shortName: GcText;
  readonly longName: readonly GcText[];
  readonly canonicalUri?: string;
  readonly canonicalVersionUri?: string;
  readonly columnRef: readonly KeyColumnRef[];
}

/** A `ColumnRef` or `KeyRef` inside a ColumnSet, kept as it came. */
export interface ColumnSetReference {
  readonly kind: "ColumnRef" | "KeyRef";
  readonly element: GcElement;
}

/**
 * The columns and keys of a code list, in document order.
 *
 * @xsd gc:ColumnSet
 */
export interface ColumnSet {
  /** Attributes of `ColumnSet` (`DatatypeLibrary`). */
  readonly attributes: readonly GcAttribute[];
  /** `(Column | ColumnRef)*` in document order */
  readonly column: readonly (Column | ColumnSetReference)[];
  /** `(Key | KeyRef)*` in document order */
  readonly key: readonly (Key | ColumnSetReference)[];
}

/**
 * One value of a row: the simple value of a column (or a complex one, kept as it came).
 *
 * @xsd gc:AnyOtherContent / gc:Value
 */
export interface Value {
  readonly columnRef?: string;
  readonly annotation?: GcElement;
  /** `SimpleValue` text; absent for a missing value or a complex one. */
  readonly simpleValue?: string;
  readonly complexValue?: GcElement;
}

/**
 * One row of a code list: one code with its name and further columns.
 *
 * @xsd gc:Row
 */
export interface Row {
  readonly annotation?: GcElement;
  readonly value: readonly Value[];
}

/**
 * The rows of a code list.
 *
 * @xsd gc:SimpleCodeList
 */
export interface SimpleCodeList {
  readonly annotation?: GcElement;
  readonly row: readonly Row[];
}

/**
 * A genericode 1.0 code-list document as read by {@link parseGenericode} and written by {@link serializeGenericode}.
 *
 * @xsd gc:CodeListDocument (root element `gc:CodeList`)
 */
export interface CodeListDocument {
  /** The form the document came in (see module documentation). */
  readonly form: GenericodeForm;
  /** Attributes of the root element besides namespace declarations (e.g. `xsi:schemaLocation`). */
  readonly attributes: readonly GcAttribute[];
  readonly annotation?: GcElement;
  readonly identification: Identification;
  /** The inline ColumnSet; absent when the document refers to one with `ColumnSetRef`. */
  readonly columnSet?: ColumnSet;
  readonly columnSetRef?: GcElement;
  readonly simpleCodeList?: SimpleCodeList;
}

// ---------------------------------------------------------------------------------------------- reading

function gcAttributes(el: XmlElement, skip: readonly string[] = []): GcAttribute[] {
  return el.attributes
    .filter((a) => !(a.namespace === "" && skip.includes(a.local)))
    .map((a) => ({ namespace: a.namespace, local: a.local, value: a.value }));
}

/** Converts a reader tree into a {@link GcElement}; `gcNs` (the structural namespace) becomes `""`. */
export function toGcElement(el: XmlElement, gcNs: string): GcElement {
  const hasElements = el.children.some((c) => c.kind === "element");
  const children: (GcElement | string)[] = [];
  for (const c of el.children) {
    if (c.kind === "element") children.push(toGcElement(c, gcNs));
    else if (c.kind === "text") {
      if (hasElements && isWhitespace(c.value)) continue;
      const last = children[children.length - 1];
      if (typeof last === "string") children[children.length - 1] = last + c.value;
      else children.push(c.value);
    }
  }
  return { namespace: gcNs !== "" && el.namespace === gcNs ? "" : el.namespace, local: el.local, attributes: gcAttributes(el), children };
}

class GcReader {
  constructor(
    readonly ctx: ParseContext,
    readonly ns: string,
  ) {}

  text(el: XmlElement): GcText {
    return {
      text: simpleText(
        el,
        this.ctx,
        el.attributes.filter((a) => a.namespace === "").map((a) => a.local),
      ),
      attributes: gcAttributes(el),
    };
  }

  optionalAny(c: ElementCursor, local: string): GcElement | undefined {
    const e = c.optional(this.ns, local);
    return e === undefined ? undefined : toGcElement(e, this.ns);
  }

  agency(el: XmlElement): Agency {
    const c = new ElementCursor(el, this.ctx);
    const shortEl = c.optional(this.ns, "ShortName");
    const agency: Agency = {
      shortName: shortEl === undefined ? undefined : this.text(shortEl),
      longName: c.all(this.ns, "LongName").map((e) => this.text(e)),
      identifier: c.all(this.ns, "Identifier").map((e) => this.text(e)),
    };
    c.done();
    return this.ctx.track(agency, el);
  }

  identification(el: XmlElement): Identification {
    const c = new ElementCursor(el, this.ctx);
    const shortEl = c.required(this.ns, "ShortName");
    const ident: Identification = {
      shortName: shortEl === undefined ? { text: "", attributes: [] } : this.text(shortEl),
      longName: c.all(this.ns, "LongName").map((e) => this.text(e)),
      version: c.requiredText(this.ns, "Version"),
      canonicalUri: c.requiredText(this.ns, "CanonicalUri"),
      canonicalVersionUri: c.requiredText(this.ns, "CanonicalVersionUri"),
      locationUri: c.allText(this.ns, "LocationUri"),
      alternateFormatLocationUri: c.all(this.ns, "AlternateFormatLocationUri").map((e) => this.text(e)),
      agency: ((e) => (e === undefined ? undefined : this.agency(e)))(c.optional(this.ns, "Agency")),
    };
    c.done();
    return this.ctx.track(ident, el);
  }

  data(el: XmlElement): Data {
    const c = new ElementCursor(el, this.ctx);
    const type = c.requiredAttribute("Type");
    const attributes = gcAttributes(el, ["Type"]);
    c.readAllAttributes();
    const content: GcElement[] = [];
    const ann = this.optionalAny(c, "Annotation");
    if (ann !== undefined) content.push(ann);
    for (const p of c.all(this.ns, "Parameter")) content.push(toGcElement(p, this.ns));
    c.done();
    return { type, attributes, content };
  }

  column(el: XmlElement): Column {
    const c = new ElementCursor(el, this.ctx);
    const id = c.requiredAttribute("Id");
    const use = c.attribute("Use");
    const annotation = this.optionalAny(c, "Annotation");
    const shortEl = c.required(this.ns, "ShortName");
    const column: Column = {
      kind: "Column",
      id,
      ...(use === undefined ? {} : { use }),
      annotation,
      shortName: shortEl === undefined ? { text: "", attributes: [] } : this.text(shortEl),
      longName: c.all(this.ns, "LongName").map((e) => this.text(e)),
      canonicalUri: c.optionalText(this.ns, "CanonicalUri"),
      canonicalVersionUri: c.optionalText(this.ns, "CanonicalVersionUri"),
      data: ((e) => (e === undefined ? { type: "", attributes: [], content: [] } : this.data(e)))(c.required(this.ns, "Data")),
    };
    c.done();
    return this.ctx.track(column, el);
  }

  key(el: XmlElement): Key {
    const c = new ElementCursor(el, this.ctx);
    const id = c.requiredAttribute("Id");
    const annotation = this.optionalAny(c, "Annotation");
    const shortEl = c.required(this.ns, "ShortName");
    const key: Key = {
      kind: "Key",
      id,
      annotation,
      shortName: shortEl === undefined ? { text: "", attributes: [] } : this.text(shortEl),
      longName: c.all(this.ns, "LongName").map((e) => this.text(e)),
      canonicalUri: c.optionalText(this.ns, "CanonicalUri"),
      canonicalVersionUri: c.optionalText(this.ns, "CanonicalVersionUri"),
      columnRef: c.atLeastOne(this.ns, "ColumnRef").map((r) => {
        const rc = new ElementCursor(r, this.ctx);
        const ref = rc.requiredAttribute("Ref");
        const annotationRef = this.optionalAny(rc, "Annotation");
        rc.done();
        return annotationRef === undefined ? { ref } : { ref, annotation: annotationRef };
      }),
    };
    c.done();
    return this.ctx.track(key, el);
  }

  columnSet(el: XmlElement): ColumnSet {
    const column: (Column | ColumnSetReference)[] = [];
    const key: (Key | ColumnSetReference)[] = [];
    let inKeys = false;
    for (const ch of el.children) {
      if (ch.kind === "text") {
        if (!isWhitespace(ch.value)) this.ctx.report("unexpected-text", { text: ch.value.trim().slice(0, 40) }, el);
        continue;
      }
      if (ch.kind !== "element") continue;
      if (ch.namespace !== this.ns) {
        this.ctx.report("unexpected-element", { element: canonicalName(ch.namespace, ch.local, this.ctx.prefixes) }, ch);
        continue;
      }
      if ((ch.local === "Column" || ch.local === "ColumnRef") && inKeys) this.ctx.report("element-out-of-order", { element: ch.local }, ch);
      if (ch.local === "Column") column.push(this.column(ch));
      else if (ch.local === "ColumnRef") column.push({ kind: "ColumnRef", element: toGcElement(ch, this.ns) });
      else if (ch.local === "Key") {
        inKeys = true;
        key.push(this.key(ch));
      } else if (ch.local === "KeyRef") {
        inKeys = true;
        key.push({ kind: "KeyRef", element: toGcElement(ch, this.ns) });
      } else this.ctx.report("unexpected-element", { element: canonicalName(ch.namespace, ch.local, this.ctx.prefixes) }, ch);
    }
    for (const a of el.attributes) {
      if (!(a.namespace === "" && a.local === "DatatypeLibrary")) {
        this.ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, this.ctx.prefixes) }, el, {
          attribute: a,
        });
      }
    }
    return this.ctx.track({ attributes: gcAttributes(el), column, key }, el);
  }

  value(el: XmlElement): Value {
    const c = new ElementCursor(el, this.ctx);
    const columnRef = c.attribute("ColumnRef");
    const annotation = this.optionalAny(c, "Annotation");
    const simpleValue = c.optionalText(this.ns, "SimpleValue");
    const complexValue = simpleValue === undefined ? this.optionalAny(c, "ComplexValue") : undefined;
    c.done();
    const v: { -readonly [K in keyof Value]: Value[K] } = {};
    if (columnRef !== undefined) v.columnRef = columnRef;
    if (annotation !== undefined) v.annotation = annotation;
    if (simpleValue !== undefined) v.simpleValue = simpleValue;
    if (complexValue !== undefined) v.complexValue = complexValue;
    return this.ctx.track(v, el);
  }

  simpleCodeList(el: XmlElement): SimpleCodeList {
    const c = new ElementCursor(el, this.ctx);
    const annotation = this.optionalAny(c, "Annotation");
    const row = c.all(this.ns, "Row").map((r): Row => {
      const rc = new ElementCursor(r, this.ctx);
      const rowAnnotation = this.optionalAny(rc, "Annotation");
      const value = rc.all(this.ns, "Value").map((v) => this.value(v));
      rc.done();
      return this.ctx.track(rowAnnotation === undefined ? { value } : { annotation: rowAnnotation, value }, r);
    });
    c.done();
    return this.ctx.track(annotation === undefined ? { row } : { annotation, row }, el);
  }
}

function firstChildElement(el: XmlElement): XmlElement | undefined {
  for (const c of el.children) if (c.kind === "element") return c;
  return undefined;
}

/**
 * Maps a `gc:CodeList` element (read by {@link readXml}, standalone or inside an XDatenfelder message) to the
 * model. The form is taken from the namespace of the first child; the FIM form is reported as a warning.
 */
export function parseCodeListElement(el: XmlElement, ctx: ParseContext): CodeListDocument {
  const first = firstChildElement(el);
  const form: GenericodeForm = first !== undefined && first.namespace === GC ? "qualified" : "oasis";
  if (form === "qualified")
    ctx.report("genericode-qualified", { element: canonicalName(el.namespace, el.local, ctx.prefixes) }, el, { severity: "warning" });
  const r = new GcReader(ctx, form === "qualified" ? GC : "");
  const c = new ElementCursor(el, ctx);
  const attributes = gcAttributes(el);
  c.readAllAttributes();
  const annotation = r.optionalAny(c, "Annotation");
  const identEl = c.required(r.ns, "Identification");
  const identification =
    identEl === undefined
      ? {
          shortName: { text: "", attributes: [] },
          longName: [],
          version: "",
          canonicalUri: "",
          canonicalVersionUri: "",
          locationUri: [],
          alternateFormatLocationUri: [],
        }
      : r.identification(identEl);
  const csEl = c.optional(r.ns, "ColumnSet");
  const csRef = csEl === undefined ? r.optionalAny(c, "ColumnSetRef") : undefined;
  if (csEl === undefined && csRef === undefined) ctx.report("missing-element", { element: "ColumnSet" }, el, { childStep: "ColumnSet" });
  const sclEl = c.optional(r.ns, "SimpleCodeList");
  c.done();
  const doc: { -readonly [K in keyof CodeListDocument]: CodeListDocument[K] } = { form, attributes, identification };
  if (annotation !== undefined) doc.annotation = annotation;
  if (csEl !== undefined) doc.columnSet = r.columnSet(csEl);
  if (csRef !== undefined) doc.columnSetRef = csRef;
  if (sclEl !== undefined) doc.simpleCodeList = r.simpleCodeList(sclEl);
  return ctx.track(doc, el);
}

/**
 * Options for reading a genericode file.
 *
 * @example
 * ```ts
 * import { type GenericodeParseOptions, parseGenericode } from "fim-xoev/codelists";
 *
 * declare const bytes: Uint8Array;
 * // the file name goes into every diagnostic; a smaller limit for an upload form
 * const options: GenericodeParseOptions = { file: "staat_2023-02-24.xml", maxInputLength: 8_000_000 };
 * console.log(parseGenericode(bytes, options).identification.canonicalUri);
 * ```
 */
export interface GenericodeParseOptions extends Omit<ReadOptions, "prefixes"> {}

/**
 * Reads a genericode 1.0 code-list document (either form). Never throws.
 *
 * @example
 * ```ts
 * import { formatDiagnostic } from "fim-xoev";
 * import { codeListValues, safeParseGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * const result = safeParseGenericode(xml, { file: "staat.xml" });
 * if (result.success) console.log(codeListValues(result.data).length, "Werte");
 * else for (const d of result.diagnostics) console.error(formatDiagnostic(d));
 * ```
 */
export function safeParseGenericode(xml: string | Uint8Array, options: GenericodeParseOptions = {}): Result<CodeListDocument> {
  const read = readXml(xml, { ...options, prefixes: PREFIXES });
  if (!read.success) return read as Result<never>;
  const root = read.data.root;
  if (root.namespace !== GC || root.local !== "CodeList") {
    const name = canonicalName(root.namespace, root.local, PREFIXES);
    const base = {
      severity: "fatal",
      stage: "detect",
      path: `/${name}`,
      location: { line: root.line, column: root.column },
      file: options.file,
    } as const;
    return failure([
      root.namespace !== GC
        ? diagnostic({ ...base, code: "unknown-namespace", params: { namespace: root.namespace, element: root.local } })
        : diagnostic({ ...base, code: "unknown-root-element", params: { element: name } }),
    ]);
  }
  const ctx = new ParseContext(PREFIXES, options.file, "model", options.maxDiagnostics);
  const doc = parseCodeListElement(root, ctx);
  return resultOf(doc, ctx.diagnostics);
}

/**
 * Reads a genericode document; throws an XoevError carrying every finding if it has errors.
 *
 * @example
 * ```ts
 * import { codeListValues, parseGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * const liste = parseGenericode(xml);
 * console.log(liste.identification.shortName.text, liste.identification.version);
 * for (const { code, name } of codeListValues(liste)) console.log(code, name);
 * ```
 */
export function parseGenericode(xml: string | Uint8Array, options: GenericodeParseOptions = {}): CodeListDocument {
  const r = safeParseGenericode(xml, options);
  if (!r.success) throw new XoevError(r.diagnostics);
  return r.data;
}

// ---------------------------------------------------------------------------------------------- writing

/**
 * Options for writing genericode.
 *
 * @example
 * ```ts
 * import { type GenericodeWriteOptions, parseGenericode, serializeGenericode } from "fim-xoev/codelists";
 *
 * declare const fimExport: string;
 * // a FIM-form list (qualified children, columns without Use) written in the OASIS form
 * const write: GenericodeWriteOptions = { normalize: true };
 * console.log(serializeGenericode(parseGenericode(fimExport), write));
 * ```
 */
export interface GenericodeWriteOptions {
  /**
   * Write the OASIS form (unqualified children) even if the document came in the FIM form, and supply
   * `Use="optional"` on columns that lack the `Use` attribute the OASIS XSD requires.
   */
  readonly normalize?: boolean;
}

/**
 * Options for {@link serializeGenericode}.
 *
 * @example
 * ```ts
 * import { type GenericodeSerializeOptions, parseGenericode, serializeGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * const options: GenericodeSerializeOptions = { normalize: true, pretty: true, indent: "  ", declaration: true };
 * console.log(serializeGenericode(parseGenericode(xml), options));
 * ```
 */
export interface GenericodeSerializeOptions extends GenericodeWriteOptions {
  readonly pretty?: boolean;
  readonly indent?: string;
  readonly declaration?: boolean;
}

function attrSpecs(attrs: readonly GcAttribute[]): [string, string, string][] {
  return attrs.map((a) => [a.namespace, a.local, a.value]);
}

/** Writes a {@link GcElement}; structural elements (namespace `""`) go into `ns`. */
export function writeGcElement(w: XmlWriter, el: GcElement, ns: string): void {
  w.start(el.namespace === "" ? ns : el.namespace, el.local, attrSpecs(el.attributes));
  for (const c of el.children) {
    if (typeof c === "string") w.text(c);
    else writeGcElement(w, c, ns);
  }
  w.end();
}

/** Writes a `gc:CodeList` element (and everything in it) into an open writer. */
export function writeCodeList(w: XmlWriter, doc: CodeListDocument, options: GenericodeWriteOptions = {}): void {
  const ns = doc.form === "qualified" && options.normalize !== true ? GC : "";
  const text = (local: string, t: GcText) => w.element(ns, local, t.text, attrSpecs(t.attributes));
  const simple = (local: string, v: string | undefined) => {
    if (v !== undefined) w.element(ns, local, v);
  };
  const any = (el: GcElement | undefined) => {
    if (el !== undefined) writeGcElement(w, el, ns);
  };
  w.start(GC, "CodeList", attrSpecs(doc.attributes), false, doc); // doc brings back its source's comments and PIs
  any(doc.annotation);
  const id = doc.identification;
  w.start(ns, "Identification");
  text("ShortName", id.shortName);
  for (const l of id.longName) text("LongName", l);
  simple("Version", id.version);
  simple("CanonicalUri", id.canonicalUri);
  simple("CanonicalVersionUri", id.canonicalVersionUri);
  for (const l of id.locationUri) simple("LocationUri", l);
  for (const l of id.alternateFormatLocationUri) text("AlternateFormatLocationUri", l);
  if (id.agency !== undefined) {
    w.start(ns, "Agency");
    if (id.agency.shortName !== undefined) text("ShortName", id.agency.shortName);
    for (const l of id.agency.longName) text("LongName", l);
    for (const l of id.agency.identifier) text("Identifier", l);
    w.end();
  }
  w.end();
  if (doc.columnSet !== undefined) {
    w.start(ns, "ColumnSet", attrSpecs(doc.columnSet.attributes));
    for (const col of doc.columnSet.column) {
      if (col.kind !== "Column") {
        any(col.element);
        continue;
      }
      // Normalising supplies the `Use` the OASIS XSD requires (FIM exports sometimes leave it out).
      const use = col.use ?? (options.normalize === true ? "optional" : undefined);
      w.start(
        ns,
        "Column",
        use === undefined
          ? [["Id", col.id]]
          : [
              ["Id", col.id],
              ["Use", use],
            ],
      );
      any(col.annotation);
      text("ShortName", col.shortName);
      for (const l of col.longName) text("LongName", l);
      simple("CanonicalUri", col.canonicalUri);
      simple("CanonicalVersionUri", col.canonicalVersionUri);
      w.start(ns, "Data", [["Type", col.data.type], ...attrSpecs(col.data.attributes)]);
      for (const c of col.data.content) any(c);
      w.end();
      w.end();
    }
    for (const key of doc.columnSet.key) {
      if (key.kind !== "Key") {
        any(key.element);
        continue;
      }
      w.start(ns, "Key", [["Id", key.id]]);
      any(key.annotation);
      text("ShortName", key.shortName);
      for (const l of key.longName) text("LongName", l);
      simple("CanonicalUri", key.canonicalUri);
      simple("CanonicalVersionUri", key.canonicalVersionUri);
      for (const r of key.columnRef) {
        w.start(ns, "ColumnRef", [["Ref", r.ref]]);
        any(r.annotation);
        w.end();
      }
      w.end();
    }
    w.end();
  }
  any(doc.columnSetRef);
  if (doc.simpleCodeList !== undefined) {
    w.start(ns, "SimpleCodeList");
    any(doc.simpleCodeList.annotation);
    for (const row of doc.simpleCodeList.row) {
      w.start(ns, "Row");
      any(row.annotation);
      for (const v of row.value) {
        w.start(ns, "Value", v.columnRef === undefined ? [] : [["ColumnRef", v.columnRef]]);
        any(v.annotation);
        simple("SimpleValue", v.simpleValue);
        any(v.complexValue);
        w.end();
      }
      w.end();
    }
    w.end();
  }
  w.end();
}

/**
 * Writes a genericode document. Throws an XoevError for characters XML 1.0 cannot carry.
 *
 * @example
 * ```ts
 * import { parseGenericode, serializeGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * // a lossless round trip: the document as it was read, attributes and annotations included
 * const out = serializeGenericode(parseGenericode(xml));
 * console.log(out.length);
 * ```
 */
export function serializeGenericode(doc: CodeListDocument, options: GenericodeSerializeOptions = {}): string {
  const w = new XmlWriter({
    pretty: options.pretty ?? true,
    indent: options.indent,
    declaration: options.declaration ?? true,
    prefixes: PREFIXES,
  });
  writeCodeList(w, doc, options);
  return w.toString();
}

/**
 * Like {@link serializeGenericode}, returning problems as diagnostics.
 *
 * @example
 * ```ts
 * import { parseGenericode, safeSerializeGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * const written = safeSerializeGenericode(parseGenericode(xml), { normalize: true });
 * if (written.success) console.log(written.data);
 * else console.error(written.diagnostics.map((d) => d.message));
 * ```
 */
export function safeSerializeGenericode(doc: CodeListDocument, options: GenericodeSerializeOptions = {}): Result<string> {
  try {
    return success(serializeGenericode(doc, options));
  } catch (e) {
    if (e instanceof XoevError) return failure(e.diagnostics);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------- values

/**
 * The columns of a code list with their Ids in order (inline ColumnSet only).
 *
 * @example
 * ```ts
 * import { codeListColumns, parseGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * // e.g. [["code", "required"], ["name", "required"], ["hilfe", "optional"]]
 * console.log(codeListColumns(parseGenericode(xml)).map((c) => [c.id, c.use]));
 * ```
 */
export function codeListColumns(doc: CodeListDocument): Column[] {
  return (doc.columnSet?.column ?? []).filter((c): c is Column => c.kind === "Column");
}

/**
 * The rows of a code list as `column id → simple value`. A `Value` without `ColumnRef` belongs to the column
 * after the previous value's column (genericode 1.0 rule R47).
 *
 * @example
 * ```ts
 * import { codeListRows, parseGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * // every row as column id → value, e.g. { code: "000", name: "Deutschland", … }
 * const zeilen = codeListRows(parseGenericode(xml));
 * console.log(zeilen.find((z) => z.code === "000"));
 * ```
 */
export function codeListRows(doc: CodeListDocument): Record<string, string>[] {
  const ids = codeListColumns(doc).map((c) => c.id);
  return (doc.simpleCodeList?.row ?? []).map((row) => {
    const out: Record<string, string> = {};
    let index = -1;
    for (const v of row.value) {
      index = v.columnRef !== undefined ? ids.indexOf(v.columnRef) : index + 1;
      const id = v.columnRef ?? ids[index];
      if (id !== undefined && v.simpleValue !== undefined) out[id] = v.simpleValue;
    }
    return out;
  });
}

/** Which columns hold code, name and help text (XDatenfelder 3.0.0 `codeKey`/`nameKey`/`helpKey`). */
export interface CodeListKeys {
  readonly codeKey?: string;
  readonly nameKey?: string;
  readonly helpKey?: string;
}

/** One entry of a code list, read through {@link CodeListKeys}. */
export interface CodeListValue {
  readonly code: string;
  readonly name: string;
  readonly hilfe?: string;
}

/**
 * The column ids to use for code and name: the given keys, else (as the FIM XSLTs do) the column of the
 * first `Key` for the code and the first other column for the name.
 *
 * @example
 * ```ts
 * import { parseGenericode, resolveCodeListKeys } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * // without keys: the first Key column is the code, the first other column the name (as the FIM XSLTs do)
 * const { codeKey, nameKey } = resolveCodeListKeys(parseGenericode(xml));
 * console.log(codeKey, nameKey);
 * ```
 */
export function resolveCodeListKeys(
  doc: CodeListDocument,
  keys: CodeListKeys = {},
): { codeKey: string; nameKey: string; helpKey?: string } {
  const columns = codeListColumns(doc).map((c) => c.id);
  const firstKey = doc.columnSet?.key.find((k): k is Key => k.kind === "Key");
  const codeKey = keys.codeKey ?? firstKey?.columnRef[0]?.ref ?? columns[0] ?? "";
  const nameKey = keys.nameKey ?? columns.find((c) => c !== codeKey) ?? codeKey;
  return keys.helpKey === undefined ? { codeKey, nameKey } : { codeKey, nameKey, helpKey: keys.helpKey };
}

/**
 * The entries of a code list as code, name and optional help text.
 *
 * @example
 * ```ts
 * import { codeListValues, parseGenericode } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * // the columns an XDatenfelder 3.0.0 Datenfeld names with codeKey/nameKey/helpKey
 * const werte = codeListValues(parseGenericode(xml), { codeKey: "Schluessel", nameKey: "Bezeichnung", helpKey: "Hinweis" });
 * console.log(werte.map((w) => `${w.code} ${w.name}${w.hilfe === undefined ? "" : ` (${w.hilfe})`}`));
 * ```
 */
export function codeListValues(doc: CodeListDocument, keys: CodeListKeys = {}): CodeListValue[] {
  const k = resolveCodeListKeys(doc, keys);
  return codeListRows(doc).map((row) => {
    const hilfe = k.helpKey === undefined ? undefined : row[k.helpKey];
    const v = { code: row[k.codeKey] ?? "", name: row[k.nameKey] ?? "" };
    return hilfe === undefined ? v : { ...v, hilfe };
  });
}
