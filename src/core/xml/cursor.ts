import { OmittedDiagnostics } from "../diagnostics/cap.ts";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity, Stage } from "../diagnostics/diagnostic.ts";
import { checkSimpleValue, type SimpleTypeDef } from "../xsd-types/facets.ts";
import { DEFAULT_READ_LIMITS } from "./limits.ts";
import { isWhitespace, textContent, type XmlAttribute, type XmlElement, type XmlNode } from "./node.ts";
import { canonicalName, elementPath, type PrefixMap } from "./path.ts";

/**
 * Where a model object came from: the element it was read from, kept on the object under this symbol as a
 * non-enumerable property (invisible to `Object.keys`, spreads, JSON and deep-equality checks). A `WeakMap` from
 * object to element did the same until it held hundreds of thousands of entries: every scavenge then worked
 * through its ephemerons, which cost `validate` of the XDatenfelder corpus about 100 ms of its 1.5 s.
 */
const SOURCE: unique symbol = Symbol("fim-xoev source element");

type Tracked = { [SOURCE]?: XmlElement };

/** Sources of objects that cannot take the property (frozen, sealed or otherwise not extensible ones). */
const fixedSources = new WeakMap<object, XmlElement>();
/** Whether {@link fixedSources} was ever written to (until then, no lookup there). */
let fixedSourcesUsed = false;

function fixSource(obj: object, el: XmlElement): void {
  fixedSources.set(obj, el);
  fixedSourcesUsed = true;
}

/** The element a model object was parsed from, if it came from a parser of this library. */
export function sourceElement(obj: object): XmlElement | undefined {
  if (fixedSourcesUsed) {
    const fixed = fixedSources.get(obj);
    if (fixed !== undefined) return fixed;
  }
  return Object.hasOwn(obj, SOURCE) ? (obj as Tracked)[SOURCE] : undefined;
}

/**
 * Collects diagnostics while a standard maps an XML tree to its model, at most `maxDiagnostics` of them: beyond
 * that, findings are only counted (no message, no path is made for them), and {@link diagnostics} ends with one
 * `diagnostics-truncated` finding for them.
 */
export class ParseContext {
  private readonly kept: Diagnostic[] = [];
  private readonly omitted = new OmittedDiagnostics();
  /**
   * Severity of the findings of {@link checkValue} (default `error`: an XSD-invalid value makes the model stage
   * fail). Tolerant readers (e.g. converting real exports with characters outside String.Latin) may lower it.
   */
  facetSeverity: Severity = "error";
  constructor(
    readonly prefixes: PrefixMap,
    readonly file?: string,
    readonly stage: Stage = "model",
    readonly maxDiagnostics: number = DEFAULT_READ_LIMITS.maxDiagnostics,
  ) {}

  /**
   * The findings so far: the first `maxDiagnostics`, plus one `diagnostics-truncated` for the rest if there were
   * more. Without a truncation this is the context's own list (what is pushed onto it stays).
   */
  get diagnostics(): Diagnostic[] {
    const summary = this.omitted.diagnostic(this.maxDiagnostics, this.file);
    return summary === undefined ? this.kept : [...this.kept, summary];
  }

  /** How many findings were reported so far, those left out by the cap included. */
  get reportedCount(): number {
    return this.kept.length + this.omitted.count;
  }

  /** Records a model object's source element so that later findings can name its line and path. */
  track<T extends object>(obj: T, el: XmlElement): T {
    if (!Object.hasOwn(obj, SOURCE)) {
      if (Object.isExtensible(obj)) Object.defineProperty(obj, SOURCE, { value: el, writable: true, configurable: true });
      else fixSource(obj, el);
    } else if (Object.isFrozen(obj)) fixSource(obj, el);
    else (obj as Tracked)[SOURCE] = el;
    return obj;
  }

  /** Canonical path of an element. */
  path(el: XmlElement): string {
    return elementPath(el, this.prefixes);
  }

  /**
   * Checks a simple value the model reads against its XSD type (see `core/xsd-types`): a violated facet is an
   * `invalid-value` error at the element (or attribute). The value itself is kept as written by the caller.
   */
  checkValue(el: XmlElement, value: string, type: SimpleTypeDef, attribute?: XmlAttribute): boolean {
    const v = checkSimpleValue(type, value);
    if (v === undefined) return true;
    const name =
      attribute === undefined
        ? canonicalName(el.namespace, el.local, this.prefixes)
        : `@${canonicalName(attribute.namespace, attribute.local, this.prefixes)}`;
    this.report(
      "invalid-value",
      { value: clip(value, 80), expected: `${v.expected} (${type.name})`, element: name, facet: v.facet },
      el,
      attribute === undefined ? { severity: this.facetSeverity } : { attribute, severity: this.facetSeverity },
    );
    return false;
  }

  /** Reports a finding about an element (or one of its attributes). */
  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    el: XmlElement,
    options: { severity?: Severity; attribute?: XmlAttribute; childStep?: string; ruleId?: string } = {},
  ): void {
    const severity = options.severity ?? "error";
    if (this.kept.length >= this.maxDiagnostics) {
      this.omitted.add(severity, this.stage);
      return;
    }
    let path = this.path(el);
    let location = { line: el.line, column: el.column };
    if (options.attribute !== undefined) {
      path += `/@${canonicalName(options.attribute.namespace, options.attribute.local, this.prefixes)}`;
      location = { line: options.attribute.line, column: options.attribute.column };
    } else if (options.childStep !== undefined) {
      path += `/${options.childStep}`;
    }
    this.kept.push(
      diagnostic({
        code,
        params,
        severity,
        stage: this.stage,
        path,
        location,
        ruleId: options.ruleId,
        file: this.file,
      }),
    );
  }
}

/**
 * Reads the children of one element in schema order, matching by namespace URI + local name. Children
 * are consumed as they are read; {@link ElementCursor.done} reports what was never read, so nothing in
 * the input goes unnoticed. Elements read out of schema order are accepted and reported.
 */
export class ElementCursor {
  /** The child elements; the element's own `children` array when it holds nothing else (never modified). */
  private readonly elems: readonly XmlElement[];
  /**
   * Which children were read, created only once a child is skipped: until then every child before
   * {@link pos} was read and none from it on (the common case: children read in schema order).
   */
  private consumed: boolean[] | undefined;
  /** Which attributes were read; created by the first read of an element that has attributes. */
  private attrsUsed: boolean[] | undefined;
  private pos = 0;

  constructor(
    readonly el: XmlElement,
    readonly ctx: ParseContext,
  ) {
    const children = el.children;
    let elems: XmlElement[] | undefined;
    for (let i = 0; i < children.length; i++) {
      const c = children[i] as XmlNode;
      if (c.kind === "element") {
        if (elems !== undefined) elems.push(c);
      } else {
        elems ??= children.slice(0, i) as XmlElement[];
        if (c.kind === "text" && !isWhitespace(c.value)) ctx.report("unexpected-text", { text: clip(c.value) }, el);
      }
    }
    this.elems = elems ?? (children as XmlElement[]);
  }

  private isConsumed(i: number): boolean {
    return this.consumed === undefined ? i < this.pos : this.consumed[i] === true;
  }

  private name(ns: string, local: string): string {
    return canonicalName(ns, local, this.ctx.prefixes);
  }

  private take(ns: string, local: string): XmlElement | undefined {
    const { elems } = this;
    // Forward from pos: children from pos on are never consumed (see `consumed`).
    for (let i = this.pos; i < elems.length; i++) {
      const e = elems[i] as XmlElement;
      if (e.local === local && e.namespace === ns) {
        if (i > this.pos || this.consumed !== undefined) {
          // Children pos..i-1 are skipped: from now on, keep a record of what was read.
          let consumed = this.consumed;
          if (consumed === undefined) {
            consumed = this.consumed = [];
            for (let k = 0; k < this.pos; k++) consumed.push(true);
          }
          for (let k = consumed.length; k < i; k++) consumed.push(false);
          consumed[i] = true;
        }
        this.pos = i + 1;
        return e;
      }
    }
    const consumed = this.consumed;
    if (consumed === undefined) return undefined; // every child before pos was read
    for (let i = 0; i < this.pos; i++) {
      const e = elems[i] as XmlElement;
      if (!consumed[i] && e.local === local && e.namespace === ns) {
        consumed[i] = true;
        this.ctx.report("element-out-of-order", { element: this.name(ns, local) }, e);
        return e;
      }
    }
    return undefined;
  }

  /** The next child with this name, or `undefined` (reported as missing). */
  required(ns: string, local: string): XmlElement | undefined {
    const e = this.take(ns, local);
    if (e === undefined)
      this.ctx.report("missing-element", { element: this.name(ns, local) }, this.el, { childStep: this.name(ns, local) });
    return e;
  }

  /** The next child with this name, if present. */
  optional(ns: string, local: string): XmlElement | undefined {
    return this.take(ns, local);
  }

  /** Every remaining child with this name, in document order. */
  all(ns: string, local: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (let e = this.take(ns, local); e !== undefined; e = this.take(ns, local)) out.push(e);
    return out;
  }

  /** Like {@link all}, reporting a missing element when there is none (`1..n`). */
  atLeastOne(ns: string, local: string): XmlElement[] {
    const out = this.all(ns, local);
    if (out.length === 0)
      this.ctx.report("missing-element", { element: this.name(ns, local) }, this.el, { childStep: this.name(ns, local) });
    return out;
  }

  /** Text of a simple child, checked against its XSD type when one is given. */
  private textOf(e: XmlElement, type: SimpleTypeDef | undefined): string {
    const t = simpleText(e, this.ctx);
    if (type !== undefined) this.ctx.checkValue(e, t, type);
    return t;
  }

  /** Text of a required simple child; `""` (reported) when it is missing. `type`: its XSD simple type, checked. */
  requiredText(ns: string, local: string, type?: SimpleTypeDef): string {
    const e = this.required(ns, local);
    return e === undefined ? "" : this.textOf(e, type);
  }

  /** Text of an optional simple child. `type`: its XSD simple type, checked. */
  optionalText(ns: string, local: string, type?: SimpleTypeDef): string | undefined {
    const e = this.optional(ns, local);
    return e === undefined ? undefined : this.textOf(e, type);
  }

  /** Texts of a repeated simple child. `type`: their XSD simple type, checked. */
  allText(ns: string, local: string, type?: SimpleTypeDef): string[] {
    return this.all(ns, local).map((e) => this.textOf(e, type));
  }

  /** An attribute value (no namespace unless given), marked as read; checked against `type` when given. */
  attribute(local: string, ns = "", type?: SimpleTypeDef): string | undefined {
    const attrs = this.el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i] as XmlAttribute;
      if (a.local === local && a.namespace === ns) {
        (this.attrsUsed ??= attrs.map(() => false))[i] = true;
        if (type !== undefined) this.ctx.checkValue(this.el, a.value, type, a);
        return a.value;
      }
    }
    return undefined;
  }

  /** A required attribute; `""` (reported) when it is missing. `type`: its XSD simple type, checked. */
  requiredAttribute(local: string, type?: SimpleTypeDef): string {
    const v = this.attribute(local, "", type);
    if (v === undefined) this.ctx.report("missing-attribute", { attribute: local }, this.el);
    return v ?? "";
  }

  /** The attributes nobody has read yet. */
  unreadAttributes(): XmlAttribute[] {
    const used = this.attrsUsed;
    return this.el.attributes.filter((_, i) => used === undefined || !used[i]);
  }

  /** Marks every attribute as read (for callers that keep them all). */
  readAllAttributes(): XmlAttribute[] {
    this.attrsUsed = this.el.attributes.map(() => true);
    return this.el.attributes;
  }

  /** The child elements nobody has read yet. */
  unreadElements(): XmlElement[] {
    return this.elems.filter((_, i) => !this.isConsumed(i));
  }

  /** Reports every child element and attribute that was not read. */
  done(): void {
    for (let i = this.consumed === undefined ? this.pos : 0; i < this.elems.length; i++) {
      if (!this.isConsumed(i)) {
        const e = this.elems[i] as XmlElement;
        this.ctx.report("unexpected-element", { element: this.name(e.namespace, e.local) }, e);
      }
    }
    const attrs = this.el.attributes;
    const used = this.attrsUsed;
    for (let i = 0; i < attrs.length; i++) {
      if (used === undefined || !used[i]) {
        const a = attrs[i] as XmlAttribute;
        this.ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, this.ctx.prefixes) }, this.el, {
          attribute: a,
        });
      }
    }
  }
}

/** Looks up an attribute (no namespace) of an element. */
export function attributeNamed(el: XmlElement, local: string): XmlAttribute | undefined {
  for (const a of el.attributes) if (a.local === local && a.namespace === "") return a;
  return undefined;
}

/** The text of an element that may hold only text; child elements and attributes are reported. */
export function simpleText(el: XmlElement, ctx: ParseContext, allowedAttributes: readonly string[] = []): string {
  const ch = el.children;
  if (ch.length === 1 && ch[0]?.kind === "text" && el.attributes.length === 0) return ch[0].value;
  for (const c of ch) {
    if (c.kind === "element") ctx.report("unexpected-element", { element: canonicalName(c.namespace, c.local, ctx.prefixes) }, c);
  }
  for (const a of el.attributes) {
    if (a.namespace === "" && allowedAttributes.includes(a.local)) continue;
    ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, ctx.prefixes) }, el, { attribute: a });
  }
  return textContent(el);
}

function clip(s: string, max = 40): string {
  const t = max === 40 ? s.trim() : s;
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
