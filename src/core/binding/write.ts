/** Writes a plain model object as XML, as a {@link ComplexType} describes it. Deterministic: field order only. */
import type { AttributeSpec, XmlWriter } from "../xml/write.ts";
import { XSI_NAMESPACE } from "./read.ts";
import {
  type ComplexType,
  type PolymorphicType,
  type RawAttribute,
  type RawElement,
  type SimpleType,
  UNKNOWN_ATTRIBUTES,
  UNKNOWN_ELEMENTS,
} from "./types.ts";

/** How {@link writeComplex} writes. */
export interface WriteBindingOptions {
  /** Namespace of qualified elements (`""` for none). */
  readonly namespace: string;
  /**
   * Prefix under which the writer declares {@link WriteBindingOptions.namespace} (`""` for the default
   * namespace); used to write `xsi:type` QName values.
   */
  readonly prefix: string;
}

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

/** The lexical form of a simple value. */
export function lexical(value: unknown, type: SimpleType): string {
  if (type === "boolean") return value === true ? "true" : "false";
  if (type === "integer") return String(value);
  return String(value);
}

/** Writes one element of a simple, complex or polymorphic type. */
export function writeValue(
  w: XmlWriter,
  ns: string,
  name: string,
  type: SimpleType | ComplexType | PolymorphicType,
  value: unknown,
  opts: WriteBindingOptions,
): void {
  if (typeof type === "string") {
    w.element(ns, name, lexical(value, type));
    return;
  }
  if (type.kind === "polymorphic") {
    const v = value as Record<string, unknown>;
    const variant =
      type.variants.find((t) => t.fields.some((f) => f.kind === "xsiType" && v[f.prop] === t.name)) ?? (type.variants[0] as ComplexType);
    writeComplex(w, ns, name, variant, v, opts);
    return;
  }
  writeComplex(w, ns, name, type, value as Record<string, unknown>, opts);
}

/** Writes an object as an element of a complex type, fields in binding order, then kept unknown content. */
export function writeComplex(
  w: XmlWriter,
  ns: string,
  name: string,
  type: ComplexType,
  value: Record<string, unknown>,
  opts: WriteBindingOptions,
): void {
  const attributes: AttributeSpec[] = [];
  for (const f of type.fields) {
    if (f.kind === "attribute") {
      const v = value[f.prop];
      if (v === undefined) continue;
      attributes.push(
        f.namespace === undefined || f.namespace === "" ? [f.name, lexical(v, f.type)] : [f.namespace, f.name, lexical(v, f.type)],
      );
    } else if (f.kind === "xsiType") {
      const v = value[f.prop];
      if (typeof v !== "string") continue;
      attributes.push([XSI_NAMESPACE, "type", opts.prefix === "" ? v : `${opts.prefix}:${v}`]);
    }
  }
  const extraAttributes = value[UNKNOWN_ATTRIBUTES] as readonly RawAttribute[] | undefined;
  for (const a of extraAttributes ?? []) attributes.push(a.namespace === "" ? [a.local, a.value] : [a.namespace, a.local, a.value]);
  w.start(ns, name, attributes, false, value); // value brings back its source's comments and PIs
  for (const f of type.fields) {
    switch (f.kind) {
      case "text": {
        const v = value[f.prop];
        if (v !== undefined) w.text(lexical(v, f.type));
        break;
      }
      case "element": {
        const v = value[f.prop];
        if (v === undefined) break;
        const childNs = f.qualified === false ? "" : opts.namespace;
        if (f.occurs === "*" || f.occurs === "+") {
          for (const item of v as readonly unknown[]) writeValue(w, childNs, f.name, f.type, item, opts);
        } else {
          writeValue(w, childNs, f.name, f.type, v, opts);
        }
        break;
      }
      case "choice": {
        const v = value[f.prop];
        if (v === undefined) break;
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
  for (const raw of extraElements ?? []) writeRawElement(w, raw);
  w.end();
}
