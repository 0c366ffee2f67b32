/**
 * A declarative XML binding: a standard describes each complex type once — attributes, simple content,
 * child elements in schema order with their multiplicity — and the generic engine reads, writes, checks and
 * builds zod schemas from that one description. Useful where a standard's XSD is not available and the
 * structure is reconstructed: the table is the single place where element names and order can be corrected,
 * and every entry can say what evidence it rests on.
 *
 * The binding knows no standard: element names are strings, namespaces are supplied at read/write time.
 */
import type { Severity } from "../diagnostics/diagnostic.ts";

/**
 * Simple value types. `string` keeps the text exactly as written; the others collapse white space first
 * (XSD `token` semantics). `boolean` and `integer` become JS values; `decimal`, `date`, `dateTime`, `token`
 * stay lexical strings and are checked by pattern.
 */
export type SimpleType = "string" | "token" | "boolean" | "integer" | "decimal" | "date" | "dateTime";

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
  /** Model property that holds the value. */
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
}

/** The simple content of an element with attributes (e.g. an identifier with scheme attributes). */
export interface TextField extends FieldBase {
  readonly kind: "text";
  readonly type: SimpleType;
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

/** Any field of a complex type. */
export type Field = AttributeField | TextField | ElementField | ChoiceField | XsiTypeField;

/** A complex type: fields in schema order (attributes and text first by convention). */
export interface ComplexType {
  readonly kind: "complex";
  /** Type name (XSD type name where known), for documentation. */
  readonly name: string;
  readonly fields: readonly Field[];
  /** Set when the type's structure as a whole is reconstructed. */
  readonly reconstructed?: string;
}

/**
 * A type whose concrete structure is chosen with `xsi:type`. Each variant must have an {@link XsiTypeField};
 * the variant's `name` is the `xsi:type` local name.
 */
export interface PolymorphicType {
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

/** Defines a complex type; a typed identity function that keeps the literal structure. */
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
      else if (f.kind === "choice") for (const o of f.options) visit(o.type);
    }
  };
  visit(root);
  return out;
}
