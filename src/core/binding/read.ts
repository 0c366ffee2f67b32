/** Reads an XML tree into a plain model object as a {@link ComplexType} describes it. */
import type { Severity } from "../diagnostics/diagnostic.ts";
import type { ParseContext } from "../xml/cursor.ts";
import { isWhitespace, textContent, type XmlElement } from "../xml/node.ts";
import { canonicalName } from "../xml/path.ts";
import {
  type ComplexType,
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

/** How {@link readComplex} reads. */
export interface ReadBindingOptions {
  /** Namespace of qualified elements (`""` for documents without a namespace). */
  readonly namespace: string;
  /** Collects diagnostics and source positions. */
  readonly ctx: ParseContext;
  /** Severity of elements out of the binding's order (default `info`: the order may be reconstructed). */
  readonly orderSeverity?: Severity;
  /** Severity of elements and attributes the binding does not know (default `warning`); they are kept. */
  readonly unknownSeverity?: Severity;
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

/** Collapses white space as XSD `token` does. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\t\n\r ]+/g, " ").trim();
}

const INTEGER = /^[+-]?[0-9]+$/;

/** Converts a lexical value; `undefined` (with a diagnostic) when it does not fit the type. */
function convert(
  raw: string,
  type: SimpleType,
  el: XmlElement,
  opts: ReadBindingOptions,
  attribute?: XmlElement["attributes"][number],
): unknown {
  if (type === "string") return raw;
  const v = collapseWhitespace(raw);
  switch (type) {
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
    default:
      return v;
  }
}

function isQualifiedMatch(el: XmlElement, name: string, ns: string): boolean {
  return el.local === name && el.namespace === ns;
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

/** Reads an element whose type may be simple, complex or polymorphic. */
export function readValue(el: XmlElement, type: SimpleType | ComplexType | PolymorphicType, opts: ReadBindingOptions): unknown {
  if (typeof type === "string") {
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
  if (type.kind === "polymorphic") return readPolymorphic(el, type, opts);
  return readComplex(el, type, opts);
}

function readPolymorphic(el: XmlElement, type: PolymorphicType, opts: ReadBindingOptions): unknown {
  const attr = el.attributes.find((a) => a.namespace === XSI_NAMESPACE && a.local === "type");
  const first = type.variants[0] as ComplexType;
  if (attr === undefined) {
    opts.ctx.report("missing-attribute", { attribute: "xsi:type" }, el, {
      severity: type.reconstructed !== undefined ? "warning" : "error",
    });
    return readComplex(el, first, opts);
  }
  const q = resolveQName(attr.value, el);
  const variant = type.variants.find((v) => v.name === q.local && q.namespace === opts.namespace);
  if (variant === undefined) {
    opts.ctx.report("invalid-value", { value: attr.value, expected: `xsi:type ${type.variants.map((v) => v.name).join(" | ")}` }, el, {
      attribute: attr,
    });
    return readComplex(el, first, opts);
  }
  return readComplex(el, variant, opts);
}

/**
 * Reads an element of a complex type into a plain object. Children are matched by namespace URI and local
 * name in any order (elements out of the binding's order are reported at `orderSeverity`); children and
 * attributes the binding does not know are reported and kept in `unknownElements`/`unknownAttributes`,
 * so writing the object back loses nothing.
 */
export function readComplex(el: XmlElement, type: ComplexType, opts: ReadBindingOptions): Record<string, unknown> {
  const { ctx } = opts;
  const out: Record<string, unknown> = {};
  const attrUsed = el.attributes.map(() => false);
  const children: XmlElement[] = [];
  for (const c of el.children) if (c.kind === "element") children.push(c);
  const used = children.map(() => false);
  let lastIndex = -1;
  let hasText = false;

  const take = (index: number) => {
    used[index] = true;
    if (index < lastIndex) {
      const c = children[index] as XmlElement;
      ctx.report("element-out-of-order", { element: canonicalName(c.namespace, c.local, ctx.prefixes) }, c, {
        severity: opts.orderSeverity ?? "info",
      });
    } else {
      lastIndex = index;
    }
  };
  const missing = (f: Field, name: string, ns: string) => {
    ctx.report("missing-element", { element: canonicalName(ns, name, ctx.prefixes) }, el, {
      childStep: canonicalName(ns, name, ctx.prefixes),
      severity: f.reconstructed !== undefined ? "warning" : "error",
    });
  };

  for (const f of type.fields) {
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
        const a = el.attributes[i] as XmlElement["attributes"][number];
        const v = convert(a.value, f.type, el, opts, a);
        if (v !== undefined) out[f.prop] = v;
        break;
      }
      case "text": {
        hasText = true;
        const v = convert(textContent(el), f.type, el, opts);
        if (v !== undefined) out[f.prop] = v;
        break;
      }
      case "xsiType": {
        const i = el.attributes.findIndex((a) => a.local === "type" && a.namespace === XSI_NAMESPACE);
        if (i < 0) break;
        const q = resolveQName((el.attributes[i] as { value: string }).value, el);
        if (q.namespace !== opts.namespace) break; // kept as an unknown attribute
        attrUsed[i] = true;
        out[f.prop] = q.local;
        break;
      }
      case "element": {
        const ns = f.qualified === false ? "" : opts.namespace;
        const values: unknown[] = [];
        for (let i = 0; i < children.length; i++) {
          if (used[i] || !isQualifiedMatch(children[i] as XmlElement, f.name, ns)) continue;
          take(i);
          const v = readValue(children[i] as XmlElement, f.type, opts);
          if (v !== undefined) values.push(v);
          if (f.occurs === "1" || f.occurs === "?") break;
        }
        if (f.occurs === "*" || f.occurs === "+") {
          out[f.prop] = values;
          if (values.length === 0 && f.occurs === "+") missing(f, f.name, ns);
        } else if (values.length > 0) {
          out[f.prop] = values[0];
        } else if (f.occurs === "1") {
          missing(f, f.name, ns);
        }
        break;
      }
      case "choice": {
        const values: unknown[] = [];
        for (let i = 0; i < children.length; i++) {
          if (used[i]) continue;
          const c = children[i] as XmlElement;
          const option = f.options.find((o) => isQualifiedMatch(c, o.name, o.qualified === false ? "" : opts.namespace));
          if (option === undefined) continue;
          take(i);
          const v = readValue(c, option.type, opts);
          if (v !== undefined) values.push({ [option.name]: v });
          if (f.occurs === "1" || f.occurs === "?") break;
        }
        if (f.occurs === "*" || f.occurs === "+") {
          out[f.prop] = values;
          if (values.length === 0 && f.occurs === "+") missing(f, f.options.map((o) => o.name).join("|"), opts.namespace);
        } else if (values.length > 0) {
          out[f.prop] = values[0];
        } else if (f.occurs === "1") {
          missing(f, f.options.map((o) => o.name).join("|"), opts.namespace);
        }
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
    const a = el.attributes[i] as XmlElement["attributes"][number];
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
  return ctx.track(out, el);
}
