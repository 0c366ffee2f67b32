/**
 * Validates a parsed document (the reader's `XmlElement` tree) against a compiled schema set, in one walk, with
 * libxml2's behaviour and message texts: after a child that the content model does not expect, the rest of that
 * element's children is not assessed (and no "missing child" is reported); a lax wildcard assesses what it has a
 * declaration for; IDs are unique per document. Findings are `xsd-invalid` diagnostics with line, column and the
 * canonical path, capped at `maxDiagnostics` with one `diagnostics-truncated` for the rest.
 *
 * Shared subtrees (`ReadOptions.shallowRepeats`: a repeat's children are its first occurrence's) are assessed
 * once per type when they are clean; a finding inside a shared subtree sets `sharedFindings`, so that the caller
 * reads the document in full and validates again for the right lines.
 */
import { OmittedDiagnostics } from "../diagnostics/cap.ts";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { hasCopiedSubtrees } from "../xml/fast-read.ts";
import { isWhitespace, type XmlAttribute, type XmlElement, XSI_NAMESPACE } from "../xml/node.ts";
import { canonicalName, elementPath, type PrefixMap } from "../xml/path.ts";
import { isXsdBoolean } from "../xsd-types/builtins.ts";
import { XSD_NS } from "./builtins.ts";
import { displayName } from "./compile.ts";
import { type AttributeUse, allows, type CompiledSchemaSet, type ComplexType, type ElementDecl, type Wildcard } from "./components.ts";
import type { Term } from "./content.ts";
import { builtinType, checkSimpleValue, normalize, type SimpleType, simpleDerivesFrom } from "./simple.ts";

/** Options of {@link validateTree}. */
export interface TreeValidateOptions {
  readonly file?: string | undefined;
  readonly prefixes?: PrefixMap | undefined;
  readonly maxDiagnostics: number;
}

/** What {@link validateTree} found. */
export interface TreeValidation {
  readonly diagnostics: Diagnostic[];
  /** A finding was made inside a subtree the reader shared between repeats (see the module comment). */
  readonly sharedFindings: boolean;
}

type Type = SimpleType | ComplexType;

const XML_NS = "http://www.w3.org/XML/1998/namespace";

function typeDisplay(t: Type): string {
  if (t.qname !== undefined) return displayName(t.qname.namespace, t.qname.local);
  return t.name ?? "anonymous";
}

function termDisplay(t: Term): string {
  if (t.kind === "element") return displayName(t.namespace, t.local);
  const c = t.constraint;
  if (c.kind === "any") return "*";
  if (c.kind === "not") return `##other{${c.namespace}}*`;
  return [...c.namespaces].map((n) => (n === "" ? "*" : `{${n}}*`)).join(", ");
}

function expectedText(terms: readonly Term[]): string {
  if (terms.length === 0) return "";
  const names = terms.map(termDisplay);
  return names.length === 1 ? ` Expected is ( ${names[0]} ).` : ` Expected is one of ( ${names.join(", ")} ).`;
}

function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (c.kind === "text") s += c.value;
  return s;
}

function xsiAttribute(el: XmlElement, local: string): XmlAttribute | undefined {
  for (const a of el.attributes) if (a.local === local && a.namespace === XSI_NAMESPACE) return a;
  return undefined;
}

function lookupNamespace(el: XmlElement, prefix: string): string | undefined {
  if (prefix === "xml") return XML_NS;
  for (let e: XmlElement | undefined = el; e !== undefined; e = e.parent) {
    const ns = e.namespaceDeclarations?.[prefix];
    if (ns !== undefined) return ns;
  }
  return prefix === "" ? "" : undefined;
}

function complexDerivesFrom(t: ComplexType, base: ComplexType, anyType: ComplexType): boolean {
  if (base === anyType) return true;
  for (let c: Type | undefined = t; c !== undefined; c = c.kind === "complex" ? c.base : undefined) if (c === base) return true;
  return false;
}

/** How far {@link memoKey} descends. */
const MEMO_DEPTH = 12;

/** The number of steps of the last key {@link memoKey} returned (a number beside it, not an object per element). */
let memoDepth = 0;

/**
 * What identifies an element's subtree as a copy the reader made of an earlier one: down the chain of first
 * children to the first leaf, the leaf's first text node (or its children array when it has no text), with the
 * number of steps. The reader's copies of a repeated subtree share exactly these objects with the original, and
 * nothing else does: two elements with the same key and depth are the same element or a copy and its original,
 * whose subtrees are identical. Undefined beyond {@link MEMO_DEPTH} steps (the cost stays bounded per element).
 * The depth is left in {@link memoDepth}.
 */
function memoKey(el: XmlElement): object | undefined {
  let cur = el;
  for (let depth = 0; depth <= MEMO_DEPTH; depth++) {
    const ch = cur.children;
    const first = ch[0];
    memoDepth = depth;
    if (first === undefined) return ch;
    if (first.kind === "element") {
      cur = first;
      continue;
    }
    return first.kind === "text" ? first : undefined;
  }
  return undefined;
}

/** The required attribute uses of each complex type, found once (the type's map is walked without an iterator then). */
const requiredUses = new WeakMap<ComplexType, readonly AttributeUse[]>();

function requiredOf(type: ComplexType): readonly AttributeUse[] {
  let list = requiredUses.get(type);
  if (list === undefined) {
    list = [...type.attributes.values()].filter((u) => u.required);
    requiredUses.set(type, list);
  }
  return list;
}

class Walker {
  readonly out: Diagnostic[] = [];
  private readonly omitted = new OmittedDiagnostics();
  private readonly ids = new Set<string>();
  // Maps, not WeakMaps: a walker lives for one document, and a WeakMap with an entry per element costs every
  // scavenge a walk through its ephemerons.
  /** Content found clean, by {@link memoKey}, with its type. */
  private readonly cleanContent = new Map<object, { depth: number; type: Type }[]>();
  /** Children arrays of shared subtrees found clean, by type. */
  private readonly cleanShared = new Map<readonly unknown[], Set<Type>>();
  sharedFindings = false;
  /** Whether the tree has copied subtrees to memoise (see `hasCopiedSubtrees`); without any, no memo is kept. */
  memo = true;
  /** Depth of shared subtrees being assessed (a finding there sets {@link sharedFindings}). */
  private sharedDepth = 0;
  private readonly prefixes: PrefixMap;

  constructor(
    private readonly schema: CompiledSchemaSet,
    private readonly options: TreeValidateOptions,
  ) {
    this.prefixes = options.prefixes ?? {};
  }

  private report(el: XmlElement, attribute: XmlAttribute | undefined, message: () => string): void {
    if (this.sharedDepth > 0) this.sharedFindings = true;
    if (this.out.length >= this.options.maxDiagnostics) {
      this.omitted.add("error", "xsd");
      return;
    }
    const owner = `Element '${displayName(el.namespace, el.local)}'`;
    const head = attribute === undefined ? `${owner}: ` : `${owner}, attribute '${displayName(attribute.namespace, attribute.local)}': `;
    let path = elementPath(el, this.prefixes);
    if (attribute !== undefined) path += `/@${canonicalName(attribute.namespace, attribute.local, this.prefixes)}`;
    const column = attribute !== undefined && attribute.line === el.line ? attribute.column : el.column;
    this.out.push(
      diagnostic({
        code: "xsd-invalid",
        params: { message: head + message() },
        severity: "error",
        stage: "xsd",
        path,
        location: { line: el.line, column },
        file: this.options.file,
      }),
    );
  }

  finish(): Diagnostic[] {
    const summary = this.omitted.diagnostic(this.options.maxDiagnostics, this.options.file);
    if (summary !== undefined) this.out.push(summary);
    return this.out;
  }

  root(el: XmlElement): void {
    const decl = this.schema.elements.get(el.namespace)?.get(el.local);
    if (decl === undefined) {
      this.report(el, undefined, () => "No matching global declaration available for the validation root.");
      return;
    }
    this.element(el, decl);
  }

  /** Resolves xsi:type; reports and returns undefined when it does not resolve. */
  private xsiType(el: XmlElement, a: XmlAttribute): Type | undefined {
    const v = a.value.trim();
    const colon = v.indexOf(":");
    const prefix = colon < 0 ? "" : v.slice(0, colon);
    const local = colon < 0 ? v : v.slice(colon + 1);
    const ns = lookupNamespace(el, prefix);
    const t =
      ns === undefined ? undefined : ns === XSD_NS && local === "anyType" ? this.schema.anyType : this.schema.types.get(ns)?.get(local);
    const found = t ?? (ns === XSD_NS ? builtinType(local) : undefined);
    if (found === undefined) {
      this.report(
        el,
        a,
        () =>
          `The QName value '${ns === undefined ? v : displayName(ns, local)}' of the xsi:type attribute does not resolve to a type definition.`,
      );
    }
    return found;
  }

  /** Assesses an element against its declaration (`decl`) or, for xsi:type under a wildcard, a type alone. */
  element(el: XmlElement, decl: ElementDecl | undefined, fallbackType?: Type): void {
    let type: Type = decl?.type ?? fallbackType ?? this.schema.anyType;
    const xsiTypeAttr = el.attributes.length === 0 ? undefined : xsiAttribute(el, "type");
    if (xsiTypeAttr !== undefined) {
      const t = this.xsiType(el, xsiTypeAttr);
      if (t !== undefined) {
        const ok =
          t.kind === "complex"
            ? type.kind === "complex" && complexDerivesFrom(t, type, this.schema.anyType)
            : type.kind === "simple"
              ? simpleDerivesFrom(t, type)
              : type === this.schema.anyType;
        if (ok) type = t;
        else
          this.report(
            el,
            xsiTypeAttr,
            () =>
              `The type definition '${typeDisplay(t)}', specified by xsi:type, is blocked or not validly derived from the type definition of the element declaration.`,
          );
      }
    }
    if (type.kind === "complex" && type.abstract) {
      this.report(el, undefined, () => "The type definition is abstract.");
      return;
    }
    let nilled = false;
    const nilAttr = el.attributes.length === 0 ? undefined : xsiAttribute(el, "nil");
    if (nilAttr !== undefined) {
      if (decl !== undefined && !decl.nillable) {
        this.report(el, undefined, () => "The element is not 'nillable'.");
      } else if (!isXsdBoolean(nilAttr.value)) {
        this.report(el, nilAttr, () => `'${normalize(nilAttr.value, "collapse")}' is not a valid value of the atomic type 'xs:boolean'.`);
      } else {
        const v = nilAttr.value.trim();
        nilled = v === "true" || v === "1";
      }
    }
    if (type.kind === "simple") this.noAttributes(el);
    else this.attributes(el, type);
    if (nilled) {
      this.checkNilled(el);
      return;
    }
    // A copy of an earlier element (the reader copies repeated subtrees, sharing their text nodes and the
    // children of their leaves): its content was found clean for this type already. IDs make the verdict depend on
    // the rest of the document, so content that registered one is not remembered.
    // Only element content is worth it: a simple value's verdict is cached per type already (checkSimpleValue).
    const memo =
      this.memo && type.kind === "complex" && (type.content === "element-only" || type.content === "mixed") ? memoKey(el) : undefined;
    const depth = memoDepth;
    if (memo !== undefined && this.isClean(memo, depth, type)) return;
    const before = this.out.length + this.omitted.count;
    const ids = this.ids.size;
    if (type.kind === "simple") this.simpleContent(el, type, decl);
    else this.complexContent(el, type, decl);
    if (memo !== undefined && this.out.length + this.omitted.count === before && this.ids.size === ids) this.remember(memo, depth, type);
  }

  private isClean(key: object, depth: number, type: Type): boolean {
    const list = this.cleanContent.get(key);
    if (list === undefined) return false;
    for (const m of list) if (m.depth === depth && m.type === type) return true;
    return false;
  }

  private remember(key: object, depth: number, type: Type): void {
    const list = this.cleanContent.get(key);
    if (list === undefined) this.cleanContent.set(key, [{ depth, type }]);
    else if (list.length < 8) list.push({ depth, type });
  }

  private checkNilled(el: XmlElement): void {
    for (const c of el.children) {
      if (c.kind === "element" || (c.kind === "text" && !isWhitespace(c.value))) {
        this.report(el, undefined, () => "Neither character nor element content is allowed, because the element was 'nilled'.");
        return;
      }
    }
  }

  /** Attributes of an element of a simple type: only the xsi ones. */
  private noAttributes(el: XmlElement): void {
    for (const a of el.attributes) {
      if (a.namespace === XSI_NAMESPACE) continue;
      this.report(el, a, () => `The attribute '${displayName(a.namespace, a.local)}' is not allowed.`);
    }
  }

  private attributes(el: XmlElement, type: ComplexType): void {
    const uses = type.attributes;
    let seenRequired = 0;
    for (const a of el.attributes) {
      if (a.namespace === XSI_NAMESPACE) {
        const l = a.local;
        if (l === "type" || l === "nil" || l === "schemaLocation" || l === "noNamespaceSchemaLocation") continue;
      }
      const use = uses.size === 0 ? undefined : uses.get(a.namespace === "" ? a.local : `{${a.namespace}}${a.local}`);
      if (use !== undefined) {
        if (use.required) seenRequired++;
        this.attributeValue(el, a, use.type, use.fixed);
        continue;
      }
      const w = type.attributeWildcard;
      if (w !== undefined && allows(w.constraint, a.namespace)) {
        if (w.process === "skip") continue;
        const global = this.schema.attributes.get(a.namespace)?.get(a.local);
        if (global !== undefined) this.attributeValue(el, a, global.type, global.fixed);
        else if (w.process === "strict")
          this.report(el, a, () => "No matching global attribute declaration available, but demanded by the strict wildcard.");
        continue;
      }
      this.report(el, a, () => `The attribute '${displayName(a.namespace, a.local)}' is not allowed.`);
    }
    if (uses.size === 0) return;
    const required = requiredOf(type);
    if (required.length === seenRequired) return;
    for (const u of required) {
      let present = false;
      for (const a of el.attributes) if (a.local === u.local && a.namespace === u.namespace) present = true;
      if (!present) this.report(el, undefined, () => `The attribute '${displayName(u.namespace, u.local)}' is required but missing.`);
    }
  }

  private attributeValue(el: XmlElement, a: XmlAttribute, type: SimpleType, fixed: string | undefined): void {
    const bad = checkSimpleValue(type, a.value);
    if (bad.length > 0) {
      for (const m of bad) this.report(el, a, () => m);
      return;
    }
    const v = normalize(a.value, type.whiteSpace);
    if (fixed !== undefined && v !== normalize(fixed, type.whiteSpace)) {
      this.report(el, a, () => `The value '${v}' does not match the fixed value constraint '${fixed}'.`);
      return;
    }
    if (type.isId) this.id(el, a, v);
  }

  private id(el: XmlElement, a: XmlAttribute | undefined, v: string): void {
    if (this.ids.has(v)) this.report(el, a, () => `'${v}' is not a valid value of the atomic type 'xs:ID'.`);
    else this.ids.add(v);
  }

  private simpleContent(el: XmlElement, type: SimpleType, decl: ElementDecl | undefined): void {
    for (const c of el.children) {
      if (c.kind === "element") {
        this.report(el, undefined, () => "Element content is not allowed, because the content type is a simple type definition.");
        return;
      }
    }
    this.value(el, type, decl);
  }

  private value(el: XmlElement, type: SimpleType, decl: ElementDecl | undefined): void {
    let raw = textOf(el);
    if (raw === "" && decl?.defaultValue !== undefined) raw = decl.defaultValue;
    if (raw === "" && decl?.fixed !== undefined) raw = decl.fixed;
    const bad = checkSimpleValue(type, raw);
    if (bad.length > 0) {
      for (const m of bad) this.report(el, undefined, () => m);
      return;
    }
    const v = normalize(raw, type.whiteSpace);
    if (decl?.fixed !== undefined && v !== normalize(decl.fixed, type.whiteSpace)) {
      this.report(el, undefined, () => `The value '${v}' does not match the fixed value constraint '${decl.fixed}'.`);
      return;
    }
    if (type.isId) this.id(el, undefined, v);
  }

  private complexContent(el: XmlElement, type: ComplexType, decl: ElementDecl | undefined): void {
    const content = type.content;
    if (content === "simple") {
      this.simpleContent(el, type.simpleType as SimpleType, decl);
      return;
    }
    const children = el.children;
    if (content === "empty") {
      for (const c of children) {
        if (c.kind === "element") {
          this.report(el, undefined, () => "Element content is not allowed, because the content type is empty.");
          return;
        }
        if (c.kind === "text" && !isWhitespace(c.value)) {
          this.report(el, undefined, () => "Character content is not allowed, because the content type is empty.");
          return;
        }
      }
      return;
    }
    // A shallow repeat (children shared with the first occurrence): assessed once per type while clean.
    let shared = false;
    for (const c of children) {
      if (c.kind === "element") {
        shared = c.parent !== el;
        break;
      }
    }
    if (shared) {
      const clean = this.cleanShared.get(children);
      if (clean?.has(type) === true) return;
      this.sharedDepth++;
    }
    const before = this.out.length + this.omitted.count;
    this.children(el, type);
    if (shared) {
      this.sharedDepth--;
      if (this.out.length + this.omitted.count === before) {
        let set = this.cleanShared.get(children);
        if (set === undefined) this.cleanShared.set(children, (set = new Set()));
        set.add(type);
      }
    }
  }

  private children(el: XmlElement, type: ComplexType): void {
    const model = type.model;
    if (model === undefined) return;
    const mixed = type.content === "mixed";
    let state = model.start;
    let textReported = false;
    for (const c of el.children) {
      if (c.kind === "text") {
        if (!mixed && !textReported && !isWhitespace(c.value)) {
          textReported = true;
          this.report(
            el,
            undefined,
            () => "Character content other than whitespace is not allowed because the content type is 'element-only'.",
          );
        }
        continue;
      }
      if (c.kind !== "element") continue;
      const edge = model.step(state, c.namespace, c.local);
      if (edge.target === undefined) {
        const expected = model.expected(state);
        this.report(c, undefined, () => `This element is not expected.${expectedText(expected)}`);
        return; // libxml2 does not assess the rest of this element's content
      }
      state = edge.target;
      const term = edge.term as Term;
      if (term.kind === "element") this.element(c, term);
      else this.wildcardChild(c, term);
    }
    if (!state.accepting) {
      const expected = model.expected(state);
      this.report(el, undefined, () => `Missing child element(s).${expectedText(expected)}`);
    }
  }

  private wildcardChild(c: XmlElement, w: Wildcard): void {
    if (w.process === "skip") return;
    const decl = this.schema.elements.get(c.namespace)?.get(c.local);
    if (decl !== undefined) {
      this.element(c, decl);
      return;
    }
    const xsiType = c.attributes.length === 0 ? undefined : xsiAttribute(c, "type");
    if (xsiType !== undefined) {
      this.element(c, undefined, undefined);
      return;
    }
    if (w.process === "strict") {
      this.report(c, undefined, () => "No matching global element declaration available, but demanded by the strict wildcard.");
      return;
    }
    this.lax(c);
  }

  /** Lax assessment of an element without declaration: its children are assessed where a declaration exists. */
  private lax(el: XmlElement): void {
    for (const c of el.children) {
      if (c.kind !== "element") continue;
      const decl = this.schema.elements.get(c.namespace)?.get(c.local);
      if (decl !== undefined) this.element(c, decl);
      else if (c.attributes.length > 0 && xsiAttribute(c, "type") !== undefined) this.element(c, undefined, undefined);
      else this.lax(c);
    }
  }
}

/** Validates the tree of one document against a compiled schema set. */
export function validateTree(schema: CompiledSchemaSet, root: XmlElement, options: TreeValidateOptions): TreeValidation {
  const w = new Walker(schema, options);
  w.memo = hasCopiedSubtrees(root);
  w.root(root);
  return { diagnostics: w.finish(), sharedFindings: w.sharedFindings };
}
