/**
 * A declarative XML binding: a standard describes each complex type once — attributes, simple content,
 * child elements in schema order with their multiplicity — and the generic engine reads, writes, checks and
 * builds zod schemas from that one description. Useful where a standard's XSD is not available and the
 * structure is reconstructed: the table is the single place where element names and order can be corrected,
 * and every entry can say what evidence it rests on.
 *
 * The binding knows no standard: element names are strings, namespaces are supplied at read/write time.
 */

import type { ZodType, z } from "zod";
import type { Severity } from "../diagnostics/diagnostic.ts";
import type { ParseContext } from "../xml/cursor.ts";
import type { XmlElement } from "../xml/node.ts";
import type { XmlWriter } from "../xml/write.ts";
import type { SimpleTypeDef } from "../xsd-types/facets.ts";

/**
 * Simple value types. `string` keeps the text exactly as written; the others collapse white space first
 * (XSD `token` semantics). `boolean` and `integer` become JS values; `decimal`, `date`, `time`, `dateTime`,
 * `token` stay lexical strings and are checked with `core/xsd-types` (the library's one implementation of the
 * XSD datatypes, exact as libxml2 applies them) when read, built and checked.
 */
/**
 * The zod namespace (`import { z } from "zod"`), as {@link Codec.zod} receives it: only what builds builder
 * schemas loads zod (≈ 0.1 s of a CLI start), not every table that reads and writes documents.
 */
export type Zod = typeof z;

export type SimpleType = "string" | "token" | "boolean" | "integer" | "decimal" | "date" | "time" | "dateTime";

/** Multiplicity: `1` exactly one, `?` optional, `*` any number, `+` at least one. */
export type Occurs = "1" | "?" | "*" | "+";

/** A closed (or open) list of codes a value is checked against in {@link checkComplex}. */
export interface CodeListCheck {
  /** URI (or name) of the code list, for the diagnostic. */
  readonly uri: string;
  /** Known values. */
  readonly values: readonly string[];
  /** `error` for closed lists, `warning` (or `info`) where the list is known to be incomplete. */
  readonly severity: Severity;
  /** Property of an object value that holds the code (default `code`); ignored for string values. */
  readonly codeProp?: string;
}

interface FieldBase {
  /** Model property that holds the value (typed by {@link complex}: a property of the table's model). */
  readonly prop: string;
  /**
   * Set when the XML name or the position of this field is reconstructed rather than confirmed in real
   * documents; the text says from what (e.g. `[JSON] modul_text_individuell`).
   */
  readonly reconstructed?: string;
}

/** An attribute. */
export interface AttributeField extends FieldBase {
  readonly kind: "attribute";
  /** Local name. */
  readonly name: string;
  /** Namespace URI (default: none). */
  readonly namespace?: string;
  readonly type: SimpleType;
  readonly required?: boolean;
  /** The XSD simple type of the value (`core/xsd-types`): checked by the strict reader, kept as written. */
  readonly facets?: SimpleTypeDef;
  /** Model value of a required attribute that is missing (strict reader; default: the property stays absent). */
  readonly fallback?: string;
}

/** The simple content of an element with attributes (e.g. an identifier with scheme attributes). */
export interface TextField extends FieldBase {
  readonly kind: "text";
  readonly type: SimpleType;
  /** The XSD simple type of the content (`core/xsd-types`): checked by the strict reader, kept as written. */
  readonly facets?: SimpleTypeDef;
}

/** A child element. */
export interface ElementField extends FieldBase {
  readonly kind: "element";
  /** Local name. */
  readonly name: string;
  readonly occurs: Occurs;
  readonly type: SimpleType | ComplexType | PolymorphicType;
  /** `false` for unqualified children (no namespace), such as `code`/`name` of XÖV codes. Default `true`. */
  readonly qualified?: boolean;
  /** Values checked against a code list. */
  readonly codeList?: CodeListCheck;
  /** The XSD simple type of a simple value (`core/xsd-types`): checked by the strict reader, kept as written. */
  readonly facets?: SimpleTypeDef;
  /** Model value of a required (`1`) element that is missing (strict reader; default: the property stays absent). */
  readonly fallback?: unknown;
}

/** One alternative of an {@link ChoiceField}. */
export interface ChoiceOption {
  /** Local name of the element; also the key of the single-key object in the model. */
  readonly name: string;
  readonly type: SimpleType | ComplexType | PolymorphicType;
  readonly qualified?: boolean;
  readonly reconstructed?: string;
}

/**
 * An `xs:choice` of elements. The model holds a single-key object named after the chosen element (an array
 * of them for `*`/`+`, which keeps the document order of the alternatives).
 */
export interface ChoiceField extends FieldBase {
  readonly kind: "choice";
  readonly occurs: Occurs;
  readonly options: readonly ChoiceOption[];
}

/** The local name of the element's `xsi:type`, when it names a type of the binding's namespace. */
export interface XsiTypeField extends FieldBase {
  readonly kind: "xsiType";
}

/** How a {@link Codec} reads: the binding's namespace and the parse context. */
export interface CodecReadOptions {
  /** Namespace of qualified elements. */
  readonly namespace: string;
  /** Collects diagnostics and source positions (a standard may pass its own subclass). */
  readonly ctx: ParseContext;
}

/** How a {@link Codec} writes. */
export interface CodecWriteOptions {
  /** Namespace of qualified elements. */
  readonly namespace: string;
  /** Prefix of that namespace in the written document. */
  readonly prefix: string;
  /** Settings of a standard's writer that its codecs read (e.g. how to write an embedded document). */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** Reports a finding of {@link Codec.check}. */
export type CodecReport = (problem: { readonly value: string; readonly expected: string; readonly path?: string }) => void;

/**
 * The extension point of the binding: content the generic fields cannot express (an embedded document of
 * another standard, an XÖV code with a fixed list, a repeat whose occurrences share objects). A codec reads
 * one element into a model value, writes it back, and may check built values.
 */
export interface Codec<V = unknown> {
  /** Name for messages and documentation (e.g. `xoev-code:Code`). */
  readonly name: string;
  /** Reads one element. Findings go to `opts.ctx`. */
  read(el: XmlElement, opts: CodecReadOptions): V;
  /** Reads every occurrence of a repeated field at once (e.g. to share identical occurrences); default: `read` each. */
  readAll?(els: readonly XmlElement[], opts: CodecReadOptions): V[];
  /** Writes one value as the element `namespace`/`local`. */
  write(w: XmlWriter, namespace: string, local: string, value: V, opts: CodecWriteOptions): void;
  /** Checks a value built in code (structural check); reports problems. */
  check?(value: unknown, report: CodecReport): void;
  /** Binding types the codec reads and writes with (for {@link reachableTypes}). */
  readonly types?: readonly (ComplexType | PolymorphicType)[];
  /**
   * The zod schema of builder input for this content (default: a value `check` accepts), made with the zod
   * namespace the caller hands in: only what builds schemas loads zod, not every table that reads and writes.
   */
  zod?(z: Zod): ZodType;
}

/** Content read and written by a {@link Codec}: the child elements named `name` (and its `aliases`). */
export interface CustomField extends FieldBase {
  readonly kind: "custom";
  /** Local name of the element. */
  readonly name: string;
  readonly occurs: Occurs;
  /** `false` for unqualified children. Default `true`. */
  readonly qualified?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: an untyped table (no model type) must fit every typed use
  readonly codec: Codec<any>;
  /** Model value of a required (`1`) element that is missing (strict reader). */
  readonly fallback?: unknown;
}

/** Any field of a complex type. */
export type Field = AttributeField | TextField | ElementField | ChoiceField | XsiTypeField | CustomField;

/** Type-level tag carrying a table's model type (never present at run time). */
declare const MODEL: unique symbol;

/**
 * A complex type: fields in schema order (attributes and text first by convention). `M` is the model object
 * the table reads and writes; {@link complex} checks the fields against it.
 */
// biome-ignore lint/suspicious/noExplicitAny: an untyped table (no model type) must fit every typed use
export interface ComplexType<M = any> {
  /** The model type (type level only). */
  readonly [MODEL]?: M;
  readonly kind: "complex";
  /** Type name (XSD type name where known), for documentation. */
  readonly name: string;
  readonly fields: readonly Field[];
  /** Set when the type's structure as a whole is reconstructed. */
  readonly reconstructed?: string;
  /**
   * Whether a parsed object of this type remembers its source element (positions for later findings, comments
   * written back). Default `true`.
   */
  readonly track?: boolean;
}

/**
 * A type whose concrete structure is chosen with `xsi:type`. Each variant must have an {@link XsiTypeField};
 * the variant's `name` is the `xsi:type` local name.
 */
// biome-ignore lint/suspicious/noExplicitAny: an untyped table (no model type) must fit every typed use
export interface PolymorphicType<M = any> {
  /** The model type (type level only). */
  readonly [MODEL]?: M;
  readonly kind: "polymorphic";
  readonly name: string;
  readonly variants: readonly ComplexType[];
  readonly reconstructed?: string;
}

/** Model property that keeps child elements the binding does not know (see {@link RawElement}). */
export const UNKNOWN_ELEMENTS = "unknownElements";
/** Model property that keeps attributes the binding does not know. */
export const UNKNOWN_ATTRIBUTES = "unknownAttributes";

/** An attribute kept as it was read. */
export interface RawAttribute {
  readonly namespace: string;
  readonly local: string;
  readonly value: string;
}

/** An element kept as it was read, without parent links or positions (so models compare by value). */
export interface RawElement {
  readonly namespace: string;
  readonly local: string;
  readonly attributes: readonly RawAttribute[];
  /** Child elements and text (white space between child elements is dropped). */
  readonly children: readonly (RawElement | string)[];
}

/**
 * Defines a complex type without tying it to a model type (see {@link complex} in `typed.ts` for the typed
 * form).
 */
export function complexType(name: string, fields: readonly Field[], reconstructed?: string): ComplexType {
  return reconstructed === undefined ? { kind: "complex", name, fields } : { kind: "complex", name, fields, reconstructed };
}

/** Every complex type reachable from a type, each once, in depth-first order. */
export function reachableTypes(root: ComplexType | PolymorphicType): ComplexType[] {
  const out: ComplexType[] = [];
  const seen = new Set<object>();
  const visit = (t: SimpleType | ComplexType | PolymorphicType) => {
    if (typeof t === "string" || seen.has(t)) return;
    seen.add(t);
    if (t.kind === "polymorphic") {
      for (const v of t.variants) visit(v);
      return;
    }
    out.push(t);
    for (const f of t.fields) {
      if (f.kind === "element") visit(f.type);
      else if (f.kind === "custom") for (const r of f.codec.types ?? []) visit(r);
      else if (f.kind === "choice") for (const o of f.options) visit(o.type);
    }
  };
  visit(root);
  return out;
}
