/**
 * The binding engine: a table is compiled once into closures — a reader and a writer per complex type — so
 * that reading does one pass over an element's children (a `Map` from local name to the fields that take it)
 * instead of scanning the children once per field. Readers and writers are cached per type object.
 *
 * Two reading modes, one table:
 * - `lenient` (the default; tables whose structure is reconstructed, such as XZuFi): children in any order
 *   (elements out of order are reported at `orderSeverity`), unknown children and attributes reported at
 *   `unknownSeverity` and kept in `unknownElements`/`unknownAttributes`, so that writing loses nothing.
 * - `strict` (tables from an official XSD, such as XDatenfelder): the schema order is expected (an element
 *   read out of it is an `element-out-of-order` error), unknown content is an error and not kept, simple
 *   values keep their text as written and are checked against their XSD type (`facets`, `core/xsd-types`),
 *   and a missing required value reads as its `fallback` (`""` for simple values), so the model has the
 *   shape of its type even for a broken document.
 */
import type { Severity } from "../diagnostics/diagnostic.ts";
import { type ParseContext, simpleText } from "../xml/cursor.ts";
import { isWhitespace, textContent, type XmlAttribute, type XmlElement, type XmlNode } from "../xml/node.ts";
import { canonicalName } from "../xml/path.ts";
import type { AttributeSpec, XmlWriter } from "../xml/write.ts";
import { collapseWhitespace, isXsdDate, isXsdDateTime, isXsdDecimal, isXsdTime } from "../xsd-types/builtins.ts";
import {
  type ChoiceField,
  type ComplexType,
  type CustomField,
  type ElementField,
  type Field,
  type PolymorphicType,
  type RawAttribute,
  type RawElement,
  type SimpleType,
  UNKNOWN_ATTRIBUTES,
  UNKNOWN_ELEMENTS,
} from "./types.ts";

/** The XML Schema instance namespace (`xsi:type`, `xsi:schemaLocation`). */
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

/** How a compiled reader reads. */
export interface ReadBindingOptions {
  /** Namespace of qualified elements (`""` for documents without a namespace). */
  readonly namespace: string;
  /** Collects diagnostics and source positions. */
  readonly ctx: ParseContext;
  /** `lenient` (default) or `strict`; see the module documentation. */
  readonly mode?: "lenient" | "strict";
  /** Severity of elements out of the binding's order in lenient mode (default `info`: the order may be reconstructed). */
  readonly orderSeverity?: Severity;
  /** Severity of elements and attributes the binding does not know in lenient mode (default `warning`); they are kept. */
  readonly unknownSeverity?: Severity;
}

/** How a compiled writer writes. */
export interface WriteBindingOptions {
  /** Namespace of qualified elements (`""` for none). */
  readonly namespace: string;
  /**
   * Prefix under which the writer declares {@link WriteBindingOptions.namespace} (`""` for the default
   * namespace); used to write `xsi:type` QName values.
   */
  readonly prefix: string;
  /** Settings of a standard's writer that its codecs read (e.g. how to write an embedded document). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** Reads an element of a complex type into its model object. `attributes: false` leaves the attributes to the caller. */
export type Reader<M> = (el: XmlElement, opts: ReadBindingOptions, attributes?: boolean) => M;
/** Writes a model object as the element `ns`/`name` of a complex type. */
export type Writer<M> = (w: XmlWriter, ns: string, name: string, value: M, opts: WriteBindingOptions) => void;

// ---------------------------------------------------------------------------------------------------------------
// Simple values

/** Lexical checks of the simple types that stay strings (`core/xsd-types`, exact as libxml2 applies them). */
export const LEXICAL_CHECKS: Readonly<Partial<Record<SimpleType, (value: string) => boolean>>> = {
  date: isXsdDate,
  time: isXsdTime,
  dateTime: isXsdDateTime,
  decimal: isXsdDecimal,
};

const INTEGER = /^[+-]?[0-9]+$/;

/** Converts a lexical value; `undefined` (with a diagnostic) when it does not fit a boolean or integer. */
function convert(raw: string, type: SimpleType, el: XmlElement, opts: ReadBindingOptions, attribute?: XmlAttribute): unknown {
  if (type === "string") return raw;
  const v = collapseWhitespace(raw);
  switch (type) {
    case "token":
      return v;
    case "boolean":
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      opts.ctx.report(
        "invalid-value",
        { value: v, expected: "xs:boolean (true, false, 1, 0)" },
        el,
        attribute === undefined ? {} : { attribute },
      );
      return undefined;
    case "integer": {
      const n = Number(v);
      if (INTEGER.test(v) && Number.isSafeInteger(n)) return n;
      opts.ctx.report("invalid-value", { value: v, expected: "xs:integer" }, el, attribute === undefined ? {} : { attribute });
      return undefined;
    }
    default: {
      // date, time, dateTime, decimal: kept as written (collapsed), reported when not in the lexical space.
      const check = LEXICAL_CHECKS[type];
      if (check !== undefined && !check(v))
        opts.ctx.report("invalid-value", { value: v, expected: `xs:${type}` }, el, attribute === undefined ? {} : { attribute });
      return v;
    }
  }
}

/** The lexical form of a simple value. */
export function lexical(value: unknown, type: SimpleType): string {
  if (type === "boolean") return value === true ? "true" : "false";
  return String(value);
}

/** Keeps an element as a detached {@link RawElement} (comments and processing instructions are dropped). */
export function toRawElement(el: XmlElement): RawElement {
  const hasElements = el.children.some((c) => c.kind === "element");
  const children: (RawElement | string)[] = [];
  for (const c of el.children) {
    if (c.kind === "element") children.push(toRawElement(c));
    else if (c.kind === "text" && !(hasElements && isWhitespace(c.value))) {
      const last = children[children.length - 1];
      if (typeof last === "string") children[children.length - 1] = last + c.value;
      else children.push(c.value);
    }
  }
  return {
    namespace: el.namespace,
    local: el.local,
    attributes: el.attributes.map((a) => ({ namespace: a.namespace, local: a.local, value: a.value })),
    children,
  };
}

/** Resolves the prefix of a QName value (such as an `xsi:type`) against the declarations in scope. */
export function resolveQName(value: string, el: XmlElement): { namespace: string | undefined; local: string } {
  const v = value.trim();
  const colon = v.indexOf(":");
  const prefix = colon < 0 ? "" : v.slice(0, colon);
  const local = colon < 0 ? v : v.slice(colon + 1);
  for (let cur: XmlElement | undefined = el; cur !== undefined; cur = cur.parent) {
    const decl = cur.namespaceDeclarations?.[prefix];
    if (decl !== undefined) return { namespace: decl, local };
  }
  if (prefix === "xml") return { namespace: "http://www.w3.org/XML/1998/namespace", local };
  return { namespace: prefix === "" ? "" : undefined, local };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

type ValueType = SimpleType | ComplexType | PolymorphicType;

/** Reads an element whose type may be simple, complex or polymorphic. */
export function readValue(el: XmlElement, type: ValueType, opts: ReadBindingOptions): unknown {
  if (typeof type === "string") return readSimpleLenient(el, type, opts);
  if (type.kind === "polymorphic") return readPolymorphic(el, type, opts);
  return readerOf(type, opts.mode ?? "lenient")(el, opts);
}

function readSimpleLenient(el: XmlElement, type: SimpleType, opts: ReadBindingOptions): unknown {
  for (const c of el.children) {
    if (c.kind === "element") {
      opts.ctx.report("unexpected-element", { element: canonicalName(c.namespace, c.local, opts.ctx.prefixes) }, c, {
        severity: opts.unknownSeverity ?? "warning",
      });
    }
  }
  for (const a of el.attributes) {
    opts.ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, opts.ctx.prefixes) }, el, {
      attribute: a,
      severity: opts.unknownSeverity ?? "warning",
    });
  }
  return convert(textContent(el), type, el, opts);
}

function readPolymorphic(el: XmlElement, type: PolymorphicType, opts: ReadBindingOptions): unknown {
  const mode = opts.mode ?? "lenient";
  const attr = el.attributes.find((a) => a.namespace === XSI_NAMESPACE && a.local === "type");
  const first = type.variants[0] as ComplexType;
  if (attr === undefined) {
    opts.ctx.report("missing-attribute", { attribute: "xsi:type" }, el, {
      severity: type.reconstructed !== undefined ? "warning" : "error",
    });
    return readerOf(first, mode)(el, opts);
  }
  const q = resolveQName(attr.value, el);
  const variant = type.variants.find((v) => v.name === q.local && q.namespace === opts.namespace);
  if (variant === undefined) {
    opts.ctx.report("invalid-value", { value: attr.value, expected: `xsi:type ${type.variants.map((v) => v.name).join(" | ")}` }, el, {
      attribute: attr,
    });
    return readerOf(first, mode)(el, opts);
  }
  return readerOf(variant, mode)(el, opts);
}

/** The names a field takes: its own, or its options'. */
function fieldNames(f: Field): { local: string; qualified: boolean }[] {
  switch (f.kind) {
    case "element":
    case "custom":
      return [{ local: f.name, qualified: f.qualified !== false }];
    case "choice":
      return f.options.map((o) => ({ local: o.name, qualified: o.qualified !== false }));
    default:
      return [];
  }
}

/** For each local name: the fields that take an element of that name, with the qualification they expect. */
type NameIndex = Map<string, { readonly field: number; readonly qualified: boolean }[]>;

function nameIndex(fields: readonly Field[]): NameIndex {
  const index: NameIndex = new Map();
  fields.forEach((f, i) => {
    for (const n of fieldNames(f)) {
      let list = index.get(n.local);
      if (list === undefined) index.set(n.local, (list = []));
      if (!list.some((x) => x.field === i && x.qualified === n.qualified)) list.push({ field: i, qualified: n.qualified });
    }
  });
  return index;
}

/** Every field's children, in document order: one pass over the children through the name index. */
function buckets(children: readonly XmlElement[], index: NameIndex, fieldCount: number, ns: string): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(fieldCount);
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    const takers = index.get(c.local);
    if (takers === undefined) continue;
    for (const t of takers) {
      if (c.namespace !== (t.qualified ? ns : "")) continue;
      const b = out[t.field];
      if (b === undefined) out[t.field] = [i];
      else if (b[b.length - 1] !== i) b.push(i);
    }
  }
  return out;
}

const NO_ELEMENTS: readonly XmlElement[] = [];

/**
 * The strict reader's view of one element's children while its fields take them: each field's children in
 * document order (buckets of child positions), which were taken, and the position reading has reached. Kept in a
 * pool and reused: the reader runs once per element of a document (hundreds of thousands in the corpus), and two
 * closures, two typed arrays and a bucket array per element were most of the model stage's garbage.
 */
class ChildState {
  elems: readonly XmlElement[] = NO_ELEMENTS;
  /** Per child position: 1 when a field took it. */
  consumed = new Uint8Array(32);
  /** Per field: the first position in its bucket that may be untaken (what lies before was taken). */
  heads = new Int32Array(16);
  /**
   * Per field: the child positions it takes, in document order (only the first `fieldCount` are in use, each up to
   * its length in {@link bucketLengths}: arrays are reused, never shortened, as setting `length` is a runtime call).
   */
  readonly buckets: number[][] = [];
  bucketLengths = new Int32Array(16);
  /** The position after the last child taken in document order. */
  pos = 0;

  prepare(elems: readonly XmlElement[], index: NameIndex, fieldCount: number, ns: string): void {
    this.elems = elems;
    this.pos = 0;
    const n = elems.length;
    if (this.consumed.length < n) this.consumed = new Uint8Array(Math.max(n, this.consumed.length * 2));
    else this.consumed.fill(0, 0, n);
    if (this.heads.length < fieldCount) {
      this.heads = new Int32Array(Math.max(fieldCount, this.heads.length * 2));
      this.bucketLengths = new Int32Array(this.heads.length);
    } else {
      this.heads.fill(0, 0, fieldCount);
      this.bucketLengths.fill(0, 0, fieldCount);
    }
    const buckets = this.buckets;
    const lengths = this.bucketLengths;
    while (buckets.length < fieldCount) buckets.push([]);
    for (let i = 0; i < n; i++) {
      const c = elems[i] as XmlElement;
      const takers = index.get(c.local);
      if (takers === undefined) continue;
      for (const t of takers) {
        if (c.namespace !== (t.qualified ? ns : "")) continue;
        const f = t.field;
        const b = buckets[f] as number[];
        const length = lengths[f] as number;
        if (length > 0 && b[length - 1] === i) continue;
        b[length] = i;
        lengths[f] = length + 1;
      }
    }
  }

  /**
   * The next child of field `fi`: the first untaken one from the reading position on, else one passed over (taken
   * out of document order, and reported as such).
   */
  take(fi: number, ctx: ParseContext): XmlElement | undefined {
    const bucket = this.buckets[fi] as number[];
    const length = this.bucketLengths[fi] as number;
    const consumed = this.consumed;
    let h = this.heads[fi] as number;
    while (h < length && consumed[bucket[h] as number] === 1) h++;
    this.heads[fi] = h;
    let before = -1;
    for (let k = h; k < length; k++) {
      const i = bucket[k] as number;
      if (consumed[i] === 1) continue;
      if (i >= this.pos) {
        consumed[i] = 1;
        this.pos = i + 1;
        return this.elems[i];
      }
      if (before < 0) before = i;
    }
    if (before < 0) return undefined;
    consumed[before] = 1;
    const e = this.elems[before] as XmlElement;
    ctx.report("element-out-of-order", { element: canonicalName(e.namespace, e.local, ctx.prefixes) }, e);
    return e;
  }

  /** Done with this element: the children are let go (the state waits in the pool for the next element). */
  release(): void {
    this.elems = NO_ELEMENTS;
    childStates.push(this);
  }
}

/** Child states not in use (see {@link ChildState}); a reader that throws leaves its state to the garbage collector. */
const childStates: ChildState[] = [];

const readers = new WeakMap<object, { lenient?: Reader<unknown>; strict?: Reader<unknown> }>();

/** The compiled reader of a complex type (compiled on first use, then cached). */
export function readerOf<M>(type: ComplexType<M>, mode: "lenient" | "strict" = "lenient"): Reader<M> {
  let entry = readers.get(type);
  if (entry === undefined) readers.set(type, (entry = {}));
  let reader = entry[mode];
  if (reader === undefined) reader = entry[mode] = mode === "strict" ? compileStrict(type) : compileLenient(type);
  return reader as Reader<M>;
}

function compileLenient(type: ComplexType): Reader<unknown> {
  const fields = type.fields;
  const index = nameIndex(fields);
  const hasText = fields.some((f) => f.kind === "text");
  const track = type.track !== false;
  return (el, opts) => {
    const { ctx } = opts;
    const out: Record<string, unknown> = {};
    const attrUsed = el.attributes.map(() => false);
    const children: XmlElement[] = [];
    for (const c of el.children) if (c.kind === "element") children.push(c);
    const used = children.map(() => false);
    const byField = buckets(children, index, fields.length, opts.namespace);
    let lastIndex = -1;

    const take = (i: number) => {
      used[i] = true;
      if (i < lastIndex) {
        const c = children[i] as XmlElement;
        ctx.report("element-out-of-order", { element: canonicalName(c.namespace, c.local, ctx.prefixes) }, c, {
          severity: opts.orderSeverity ?? "info",
        });
      } else {
        lastIndex = i;
      }
    };
    const missing = (f: Field, name: string, ns: string) => {
      ctx.report("missing-element", { element: canonicalName(ns, name, ctx.prefixes) }, el, {
        childStep: canonicalName(ns, name, ctx.prefixes),
        severity: f.reconstructed !== undefined ? "warning" : "error",
      });
    };
    const setRepeat = (f: ElementField | CustomField | ChoiceField, values: unknown[], name: string, ns: string) => {
      if (f.occurs === "*" || f.occurs === "+") {
        out[f.prop] = values;
        if (values.length === 0 && f.occurs === "+") missing(f, name, ns);
      } else if (values.length > 0) {
        out[f.prop] = values[0];
      } else if (f.occurs === "1") {
        missing(f, name, ns);
      }
    };

    for (let fi = 0; fi < fields.length; fi++) {
      const f = fields[fi] as Field;
      switch (f.kind) {
        case "attribute": {
          const ns = f.namespace ?? "";
          const i = el.attributes.findIndex((a) => a.local === f.name && a.namespace === ns);
          if (i < 0) {
            if (f.required === true)
              ctx.report("missing-attribute", { attribute: canonicalName(ns, f.name, ctx.prefixes) }, el, {
                severity: f.reconstructed !== undefined ? "warning" : "error",
              });
            break;
          }
          attrUsed[i] = true;
          const a = el.attributes[i] as XmlAttribute;
          if (f.facets !== undefined) ctx.checkValue(el, a.value, f.facets, a);
          const v = convert(a.value, f.type, el, opts, a);
          if (v !== undefined) out[f.prop] = v;
          break;
        }
        case "text": {
          const t = textContent(el);
          if (f.facets !== undefined) ctx.checkValue(el, t, f.facets);
          const v = convert(t, f.type, el, opts);
          if (v !== undefined) out[f.prop] = v;
          break;
        }
        case "xsiType": {
          const i = el.attributes.findIndex((a) => a.local === "type" && a.namespace === XSI_NAMESPACE);
          if (i < 0) break;
          const q = resolveQName((el.attributes[i] as XmlAttribute).value, el);
          if (q.namespace !== opts.namespace) break; // kept as an unknown attribute
          attrUsed[i] = true;
          out[f.prop] = q.local;
          break;
        }
        case "element":
        case "custom": {
          const ns = f.qualified === false ? "" : opts.namespace;
          const values: unknown[] = [];
          const single = f.occurs === "1" || f.occurs === "?";
          const taken: XmlElement[] = [];
          for (const i of byField[fi] ?? []) {
            if (used[i]) continue;
            take(i);
            taken.push(children[i] as XmlElement);
            if (single) break;
          }
          if (f.kind === "custom") {
            if (!single && f.codec.readAll !== undefined) values.push(...f.codec.readAll(taken, opts));
            else for (const c of taken) values.push(f.codec.read(c, opts));
          } else {
            for (const c of taken) {
              const v = typeof f.type === "string" ? readSimpleField(c, f, opts) : readValue(c, f.type, opts);
              if (v !== undefined) values.push(v);
            }
          }
          setRepeat(f, values, f.name, ns);
          break;
        }
        case "choice": {
          const values: unknown[] = [];
          for (const i of byField[fi] ?? []) {
            if (used[i]) continue;
            const c = children[i] as XmlElement;
            const option = f.options.find((o) => c.local === o.name && c.namespace === (o.qualified === false ? "" : opts.namespace));
            if (option === undefined) continue;
            take(i);
            const v = readValue(c, option.type, opts);
            if (v !== undefined) values.push({ [option.name]: v });
            if (f.occurs === "1" || f.occurs === "?") break;
          }
          setRepeat(f, values, f.options.map((o) => o.name).join("|"), opts.namespace);
          break;
        }
      }
    }

    if (!hasText) {
      for (const c of el.children) {
        if (c.kind === "text" && !isWhitespace(c.value)) {
          const t = c.value.trim();
          ctx.report("unexpected-text", { text: t.length > 40 ? `${t.slice(0, 40)}…` : t }, el, {
            severity: opts.unknownSeverity ?? "warning",
          });
          break;
        }
      }
    }
    const unknownElements: RawElement[] = [];
    for (let i = 0; i < children.length; i++) {
      if (used[i]) continue;
      const c = children[i] as XmlElement;
      ctx.report("unexpected-element", { element: canonicalName(c.namespace, c.local, ctx.prefixes) }, c, {
        severity: opts.unknownSeverity ?? "warning",
      });
      unknownElements.push(toRawElement(c));
    }
    const unknownAttributes: RawAttribute[] = [];
    for (let i = 0; i < el.attributes.length; i++) {
      if (attrUsed[i]) continue;
      const a = el.attributes[i] as XmlAttribute;
      // xsi:schemaLocation and friends are kept without complaint.
      if (a.namespace !== XSI_NAMESPACE) {
        ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, ctx.prefixes) }, el, {
          attribute: a,
          severity: opts.unknownSeverity ?? "warning",
        });
      }
      unknownAttributes.push({ namespace: a.namespace, local: a.local, value: a.value });
    }
    if (unknownElements.length > 0) out[UNKNOWN_ELEMENTS] = unknownElements;
    if (unknownAttributes.length > 0) out[UNKNOWN_ATTRIBUTES] = unknownAttributes;
    return track ? ctx.track(out, el) : out;
  };
}

/** A simple-typed element field (lenient): the generic conversion, then the field's XSD facets. */
function readSimpleField(el: XmlElement, f: ElementField, opts: ReadBindingOptions): unknown {
  const v = readSimpleLenient(el, f.type as SimpleType, opts);
  if (f.facets !== undefined && typeof v === "string") opts.ctx.checkValue(el, v, f.facets);
  return v;
}

/** The simple value of a strict element field: its text as written, checked against its facets and code list. */
function readSimpleStrict(el: XmlElement, f: ElementField, opts: ReadBindingOptions): unknown {
  const t = simpleText(el, opts.ctx);
  if (f.facets !== undefined) opts.ctx.checkValue(el, t, f.facets);
  const list = f.codeList;
  if (list !== undefined && !list.values.includes(collapseWhitespace(t)))
    opts.ctx.report("unknown-code", { value: t, codeList: list.uri }, el, { severity: list.severity });
  return f.type === "string" ? t : convert(t, f.type as SimpleType, el, opts);
}

/** A required child element (or choice) that is not there: reported at the parent, with the child's step in the path. */
function missing(ctx: ParseContext, el: XmlElement, name: string, ns: string): void {
  const n = canonicalName(ns, name, ctx.prefixes);
  ctx.report("missing-element", { element: n }, el, { childStep: n });
}

function compileStrict(type: ComplexType): Reader<unknown> {
  const fields = type.fields;
  /** The readers of the fields' complex types, resolved on first use (types may refer to each other). */
  const sub: (Reader<unknown> | undefined)[] = fields.map(() => undefined);
  /** One occurrence of a strict element or custom field. */
  const readStrictValue = (e: XmlElement, fi: number, f: ElementField | CustomField, opts: ReadBindingOptions): unknown => {
    if (f.kind === "custom") return f.codec.read(e, opts);
    const t = f.type;
    if (typeof t === "string") return readSimpleStrict(e, f, opts);
    if (t.kind === "polymorphic") return readPolymorphic(e, t, opts);
    let r = sub[fi];
    if (r === undefined) r = sub[fi] = readerOf(t, "strict");
    return r(e, opts);
  };
  const index = nameIndex(fields);
  const textField = fields.find((f) => f.kind === "text");
  const attributeNames = fields.flatMap((f) => (f.kind === "attribute" && (f.namespace ?? "") === "" ? [f.name] : []));
  const track = type.track !== false;

  const readAttribute = (f: Field & { kind: "attribute" }, el: XmlElement, opts: ReadBindingOptions, used: boolean[] | undefined) => {
    const ns = f.namespace ?? "";
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i] as XmlAttribute;
      if (a.local !== f.name || a.namespace !== ns) continue;
      if (used !== undefined) used[i] = true;
      if (f.facets !== undefined) opts.ctx.checkValue(el, a.value, f.facets, a);
      return f.type === "string" ? a.value : convert(a.value, f.type, el, opts, a);
    }
    if (f.required === true) {
      opts.ctx.report("missing-attribute", { attribute: canonicalName(ns, f.name, opts.ctx.prefixes) }, el);
      return f.fallback ?? "";
    }
    return undefined;
  };

  if (textField !== undefined) {
    // Simple content with attributes: the text as written; attributes other than the table's are reported.
    return (el, opts) => {
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        if (f.kind === "attribute") {
          const v = readAttribute(f, el, opts, undefined);
          if (v !== undefined) out[f.prop] = v;
        } else if (f.kind === "text") {
          const t = simpleText(el, opts.ctx, attributeNames);
          if (f.facets !== undefined) opts.ctx.checkValue(el, t, f.facets);
          out[f.prop] = f.type === "string" ? t : convert(t, f.type, el, opts);
        }
      }
      return track ? opts.ctx.track(out, el) : out;
    };
  }

  return (el, opts, ownAttributes = true) => {
    const { ctx } = opts;
    const out: Record<string, unknown> = {};
    // The children, as the schema-order cursor sees them: text other than white space is reported first.
    const ch = el.children;
    let children: XmlElement[] | undefined;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i] as XmlNode;
      if (c.kind === "element") {
        if (children !== undefined) children.push(c);
      } else {
        children ??= ch.slice(0, i) as XmlElement[];
        if (c.kind === "text" && !isWhitespace(c.value)) ctx.report("unexpected-text", { text: clip(c.value) }, el);
      }
    }
    const elems = children ?? (ch as XmlElement[]);
    const state = childStates.pop() ?? new ChildState();
    state.prepare(elems, index, fields.length, opts.namespace);
    const attrUsed: boolean[] | undefined = ownAttributes && el.attributes.length > 0 ? el.attributes.map(() => false) : undefined;

    for (let fi = 0; fi < fields.length; fi++) {
      const f = fields[fi] as Field;
      switch (f.kind) {
        case "attribute": {
          if (!ownAttributes) break;
          const v = readAttribute(f, el, opts, attrUsed);
          if (v !== undefined) out[f.prop] = v;
          break;
        }
        case "xsiType": {
          const i = el.attributes.findIndex((a) => a.local === "type" && a.namespace === XSI_NAMESPACE);
          if (i < 0) break;
          const q = resolveQName((el.attributes[i] as XmlAttribute).value, el);
          if (q.namespace !== opts.namespace) break;
          if (attrUsed !== undefined) attrUsed[i] = true;
          out[f.prop] = q.local;
          break;
        }
        case "text":
          break;
        case "element":
        case "custom": {
          const ns = f.qualified === false ? "" : opts.namespace;
          if (f.occurs === "1" || f.occurs === "?") {
            const e = state.take(fi, ctx);
            if (e === undefined) {
              if (f.occurs === "1") {
                missing(ctx, el, f.name, ns);
                const fb = f.fallback ?? (f.kind === "element" && typeof f.type === "string" ? "" : undefined);
                if (fb !== undefined) out[f.prop] = fb;
              }
              break;
            }
            const v = readStrictValue(e, fi, f, opts);
            if (v !== undefined) out[f.prop] = v;
            break;
          }
          const taken: XmlElement[] = [];
          for (let e = state.take(fi, ctx); e !== undefined; e = state.take(fi, ctx)) taken.push(e);
          if (taken.length === 0 && f.occurs === "+") missing(ctx, el, f.name, ns);
          if (f.kind === "custom" && f.codec.readAll !== undefined) {
            out[f.prop] = f.codec.readAll(taken, opts);
          } else {
            const values: unknown[] = [];
            for (const e of taken) {
              const v = readStrictValue(e, fi, f, opts);
              if (v !== undefined) values.push(v);
            }
            out[f.prop] = values;
          }
          break;
        }
        case "choice": {
          const values: unknown[] = [];
          const single = f.occurs === "1" || f.occurs === "?";
          for (let e = state.take(fi, ctx); e !== undefined; e = single ? undefined : state.take(fi, ctx)) {
            const c = e;
            const option = f.options.find((o) => c.local === o.name && c.namespace === (o.qualified === false ? "" : opts.namespace));
            if (option === undefined) continue;
            const v =
              typeof option.type === "string"
                ? readSimpleStrict(c, { kind: "element", prop: "", name: option.name, occurs: "1", type: option.type }, opts)
                : readValue(c, option.type, { ...opts, mode: "strict" });
            if (v !== undefined) values.push({ [option.name]: v });
          }
          if (values.length === 0 && (f.occurs === "1" || f.occurs === "+"))
            missing(ctx, el, f.options.map((o) => o.name).join(" | "), opts.namespace);
          if (!single) out[f.prop] = values;
          else if (values.length > 0) out[f.prop] = values[0];
          break;
        }
      }
    }

    const consumed = state.consumed;
    for (let i = 0; i < elems.length; i++) {
      if (consumed[i] === 1) continue;
      const e = elems[i] as XmlElement;
      ctx.report("unexpected-element", { element: canonicalName(e.namespace, e.local, ctx.prefixes) }, e);
    }
    state.release();
    if (attrUsed !== undefined) {
      const attrs = el.attributes;
      for (let i = 0; i < attrs.length; i++) {
        if (attrUsed[i]) continue;
        const a = attrs[i] as XmlAttribute;
        ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, ctx.prefixes) }, el, { attribute: a });
      }
    }
    return track ? ctx.track(out, el) : out;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** Writes a detached raw element. */
export function writeRawElement(w: XmlWriter, raw: RawElement): void {
  w.start(
    raw.namespace,
    raw.local,
    raw.attributes.map((a) => [a.namespace, a.local, a.value] as const),
  );
  for (const c of raw.children) {
    if (typeof c === "string") w.text(c);
    else writeRawElement(w, c);
  }
  w.end();
}

/** Writes one element of a simple, complex or polymorphic type. */
export function writeValue(w: XmlWriter, ns: string, name: string, type: ValueType, value: unknown, opts: WriteBindingOptions): void {
  if (typeof type === "string") {
    w.element(ns, name, lexical(value, type));
    return;
  }
  if (type.kind === "polymorphic") {
    const v = value as Record<string, unknown>;
    const variant =
      type.variants.find((t) => t.fields.some((f) => f.kind === "xsiType" && v[f.prop] === t.name)) ?? (type.variants[0] as ComplexType);
    writerOf(variant)(w, ns, name, v, opts);
    return;
  }
  writerOf(type)(w, ns, name, value, opts);
}

/** Writes the content (child elements and text) of a model object into an element already opened. */
export type ContentWriter<M> = (w: XmlWriter, value: M, opts: WriteBindingOptions) => void;

const writers = new WeakMap<object, { element: Writer<unknown>; content: ContentWriter<unknown> }>();

function compiledWriters(type: ComplexType): { element: Writer<unknown>; content: ContentWriter<unknown> } {
  let entry = writers.get(type);
  if (entry === undefined) writers.set(type, (entry = compileWriter(type)));
  return entry;
}

/** The compiled writer of a complex type: fields in table order, then content kept from parsing. */
export function writerOf<M>(type: ComplexType<M>): Writer<M> {
  return compiledWriters(type).element as Writer<M>;
}

/**
 * The compiled writer of a complex type's content only — for a standard's driver that writes the element
 * itself (e.g. a root element with attributes kept from parsing).
 */
export function contentWriterOf<M>(type: ComplexType<M>): ContentWriter<M> {
  return compiledWriters(type).content as ContentWriter<M>;
}

function compileWriter(type: ComplexType): { element: Writer<unknown>; content: ContentWriter<unknown> } {
  const attributeFields = type.fields.filter((f) => f.kind === "attribute" || f.kind === "xsiType");
  const contentFields = type.fields.filter((f) => f.kind !== "attribute" && f.kind !== "xsiType");
  const content: ContentWriter<unknown> = (w, model, opts) => {
    const value = model as Record<string, unknown>;
    for (const f of contentFields) {
      const v = value[f.prop];
      if (v === undefined) continue;
      switch (f.kind) {
        case "text":
          w.text(lexical(v, f.type));
          break;
        case "element": {
          const childNs = f.qualified === false ? "" : opts.namespace;
          if (f.occurs === "*" || f.occurs === "+")
            for (const item of v as readonly unknown[]) writeValue(w, childNs, f.name, f.type, item, opts);
          else writeValue(w, childNs, f.name, f.type, v, opts);
          break;
        }
        case "custom": {
          const childNs = f.qualified === false ? "" : opts.namespace;
          if (f.occurs === "*" || f.occurs === "+")
            for (const item of v as readonly unknown[]) f.codec.write(w, childNs, f.name, item, opts);
          else f.codec.write(w, childNs, f.name, v, opts);
          break;
        }
        case "choice": {
          const items = f.occurs === "*" || f.occurs === "+" ? (v as readonly Record<string, unknown>[]) : [v as Record<string, unknown>];
          for (const item of items) {
            const option = f.options.find((o) => item[o.name] !== undefined);
            if (option === undefined) continue;
            writeValue(w, option.qualified === false ? "" : opts.namespace, option.name, option.type, item[option.name], opts);
          }
          break;
        }
        default:
          break;
      }
    }
    const extraElements = value[UNKNOWN_ELEMENTS] as readonly RawElement[] | undefined;
    if (extraElements !== undefined) for (const raw of extraElements) writeRawElement(w, raw);
  };
  const element: Writer<unknown> = (w, ns, name, model, opts) => {
    const value = model as Record<string, unknown>;
    const attributes: AttributeSpec[] = [];
    for (const f of attributeFields) {
      const v = value[f.prop];
      if (f.kind === "attribute") {
        if (v === undefined) continue;
        attributes.push(
          f.namespace === undefined || f.namespace === "" ? [f.name, lexical(v, f.type)] : [f.namespace, f.name, lexical(v, f.type)],
        );
      } else if (typeof v === "string") {
        attributes.push([XSI_NAMESPACE, "type", opts.prefix === "" ? v : `${opts.prefix}:${v}`]);
      }
    }
    const extraAttributes = value[UNKNOWN_ATTRIBUTES] as readonly RawAttribute[] | undefined;
    if (extraAttributes !== undefined)
      for (const a of extraAttributes) attributes.push(a.namespace === "" ? [a.local, a.value] : [a.namespace, a.local, a.value]);
    w.start(ns, name, attributes, false, value); // value brings back its source's comments and PIs
    content(w, value, opts);
    w.end();
  };
  return { element, content };
}
