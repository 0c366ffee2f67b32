import { diagnostic } from "../diagnostics/create.ts";
import { XoevError } from "../errors.ts";
import { sourceElement } from "./cursor.ts";
import { documentOf, rootOf, treeHasMisc } from "./misc.ts";
import { isWhitespace, type KeptAttribute, XML_NAMESPACE, type XmlElement, type XmlNode, XSI_NAMESPACE } from "./node.ts";
import type { XmlDocument } from "./read.ts";

/** Options of the deterministic XML writer. */
export interface WriteOptions {
  /** Indent nested elements (default `true`). */
  readonly pretty?: boolean;
  /** Indentation unit in pretty mode (default two spaces). */
  readonly indent?: string;
  /** Write `<?xml version="1.0" encoding="UTF-8"?>` first (default `true`). */
  readonly declaration?: boolean;
  /** Prefix per namespace URI; `""` makes it the default namespace. Unknown namespaces get `ns1`, `ns2`, … */
  readonly prefixes?: Readonly<Record<string, string>>;
}

// Characters allowed by XML 1.0 (production Char); lone surrogates are rejected by the `u` flag semantics.
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const TEXT_ESCAPE = /[&<>\r]/;
const ATTR_ESCAPE = /[&<>"\t\n\r]/;

function assertChars(value: string, context: string): void {
  const m = INVALID_CHAR.exec(value);
  if (m === null) return;
  const cp = m[0].codePointAt(0) ?? 0;
  throw new XoevError([
    diagnostic({
      code: "invalid-xml-character",
      params: { codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, context },
      severity: "error",
      stage: "serialize",
      path: context,
    }),
  ]);
}

/** Escapes character data: `&`, `<`, `>` and CR (which a parser would otherwise normalise away). */
export function escapeText(value: string): string {
  if (!TEXT_ESCAPE.test(value)) return value;
  return value.replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

/** Escapes an attribute value for double quotes, including TAB, LF and CR (which attribute normalisation would turn into spaces). */
export function escapeAttribute(value: string): string {
  if (!ATTR_ESCAPE.test(value)) return value;
  return value.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "\t":
        return "&#9;";
      case "\n":
        return "&#10;";
      default:
        return "&#13;";
    }
  });
}

/** An attribute to write: `[localName, value]` (no namespace) or `[namespace, localName, value]`. */
export type AttributeSpec = readonly [string, string] | readonly [string, string, string];

interface Frame {
  readonly tag: string;
  /** Namespace bindings in scope at this element: prefix → URI. */
  readonly scope: Map<string, string>;
  hasChildElements: boolean;
  hasText: boolean;
  /** In pretty mode, set for mixed content: no indentation inside. */
  readonly preserve: boolean;
  /**
   * The element this one was read from, in a document that has comments or PIs: they are written back at
   * their places (see `misc.ts`). `undefined` for everything else, which then costs nothing.
   */
  readonly source: XmlElement | undefined;
  /** Index into `source.children`: what comes before was written (comments, PIs) or matched (elements). */
  srcPos: number;
  /**
   * Source child elements passed over by a match further on (a source out of the writer's order), each with
   * the comments and PIs just before it, written when the element is (or at the end).
   */
  skipped: { readonly el: XmlElement; readonly before: readonly XmlNode[] }[] | undefined;
  /** For the root element: the document whose epilog follows it. */
  readonly document: XmlDocument | undefined;
}

/** True when an element's content is text (simple or mixed) with comments or PIs in it: written without added white space. */
function inlineMisc(el: XmlElement): boolean {
  let misc = false;
  let elements = false;
  let text = false;
  for (const c of el.children) {
    if (c.kind === "element") elements = true;
    else if (c.kind === "text") text ||= !isWhitespace(c.value);
    else misc = true;
  }
  return misc && (text || !elements);
}

/**
 * A small deterministic streaming XML writer. Declares namespaces where they are first needed, writes
 * `xmlns=""` for unqualified elements under a default namespace, escapes correctly and rejects
 * characters not allowed in XML 1.0 with an {@link XoevError}.
 */
export class XmlWriter {
  /** The output so far: appending builds a V8 rope, flattened once by toString (faster than joining parts). */
  private out = "";
  private readonly stack: Frame[] = [];
  private readonly pretty: boolean;
  private readonly indentUnit: string;
  private readonly prefixes: Readonly<Record<string, string>>;
  private generated = 0;
  private readonly generatedPrefixes = new Map<string, string>();
  private openTagPending = false;

  constructor(options: WriteOptions = {}) {
    this.pretty = options.pretty ?? true;
    this.indentUnit = options.indent ?? "  ";
    this.prefixes = options.prefixes ?? {};
    if (options.declaration ?? true) this.out += '<?xml version="1.0" encoding="UTF-8"?>';
  }

  private prefixFor(namespace: string): string {
    if (namespace === XML_NAMESPACE) return "xml";
    const p = this.prefixes[namespace];
    if (p !== undefined) return p;
    let g = this.generatedPrefixes.get(namespace);
    if (g === undefined) {
      g = `ns${++this.generated}`;
      this.generatedPrefixes.set(namespace, g);
    }
    return g;
  }

  private closePendingOpenTag(): void {
    if (this.openTagPending) {
      this.out += ">";
      this.openTagPending = false;
    }
  }

  private newlineIndent(depth: number): void {
    if (this.out.length === 0) return;
    this.out += `\n${this.indentUnit.repeat(depth)}`;
  }

  /**
   * Opens an element. `model` is the model object the element is written from (or `null` for content that
   * carries its own comments, such as a reader tree): when it was parsed from a document with comments or
   * processing instructions, they are written back where they were (see `misc.ts`). Children of such an
   * element find theirs in its source by name and order, without being given a model.
   */
  start(namespace: string, local: string, attributes: readonly AttributeSpec[] = [], preserveSpace = false, model?: object | null): this {
    const parent = this.stack[this.stack.length - 1];
    let source: XmlElement | undefined;
    let document: XmlDocument | undefined;
    if (parent?.source !== undefined) {
      const matched = this.matchSource(parent, namespace, local);
      if (model !== null) source = matched;
    } else if (model !== undefined && model !== null) {
      const own = sourceElement(model);
      if (own !== undefined && own.local === local && own.namespace === namespace) {
        if (parent === undefined && own.parent === undefined) {
          document = documentOf(own);
          for (const n of document?.prolog ?? []) this.misc(n);
        }
        if (treeHasMisc(rootOf(own))) source = own;
      }
    }
    if (source !== undefined && inlineMisc(source)) preserveSpace = true;
    this.closePendingOpenTag();
    if (parent !== undefined) parent.hasChildElements = true;
    const inheritedPreserve = parent?.preserve ?? false;
    if (this.pretty && !inheritedPreserve && (parent === undefined || !parent.hasText)) this.newlineIndent(this.stack.length);

    // Copy on write: an element shares its parent's bindings until it declares one of its own.
    let scope = parent?.scope ?? new Map<string, string>();
    let owned = parent === undefined;
    const bind = (prefix: string, uri: string) => {
      if (!owned) {
        scope = new Map(scope);
        owned = true;
      }
      scope.set(prefix, uri);
    };
    let decls = "";
    let tag: string;
    if (namespace === "") {
      tag = local;
      const def = scope.get("");
      if (def !== undefined && def !== "") {
        bind("", "");
        decls += ' xmlns=""';
      }
    } else {
      const prefix = this.prefixFor(namespace);
      tag = prefix === "" ? local : `${prefix}:${local}`;
      if (scope.get(prefix) !== namespace) {
        bind(prefix, namespace);
        assertChars(namespace, `namespace of ${tag}`);
        decls += prefix === "" ? ` xmlns="${escapeAttribute(namespace)}"` : ` xmlns:${prefix}="${escapeAttribute(namespace)}"`;
      }
    }
    let attrs = "";
    for (const a of attributes) {
      const [ns, name, value] = a.length === 3 ? a : ["", a[0], a[1]];
      let qname = name;
      if (ns !== "") {
        let prefix = this.prefixFor(ns);
        if (prefix === "") prefix = `ns${++this.generated}`; // attributes cannot use the default namespace
        qname = `${prefix}:${name}`;
        // The xml prefix is bound by definition and must not be declared.
        if (ns !== XML_NAMESPACE && scope.get(prefix) !== ns) {
          bind(prefix, ns);
          decls += ` xmlns:${prefix}="${escapeAttribute(ns)}"`;
        }
      }
      assertChars(value, `@${qname} of ${tag}`);
      attrs += ` ${qname}="${escapeAttribute(value)}"`;
    }
    this.out += `<${tag}${decls}${attrs}`;
    this.openTagPending = true;
    this.stack.push({
      tag,
      scope,
      hasChildElements: false,
      hasText: false,
      preserve: inheritedPreserve || preserveSpace,
      source,
      srcPos: 0,
      skipped: undefined,
      document,
    });
    return this;
  }

  /**
   * The source child of `frame` that an element about to be written was read from: the next one of that name,
   * after writing the comments and PIs before it; else one passed over before (a source out of order).
   */
  private matchSource(frame: Frame, namespace: string, local: string): XmlElement | undefined {
    const ch = (frame.source as XmlElement).children;
    for (let i = frame.srcPos; i < ch.length; i++) {
      const c = ch[i] as XmlNode;
      if (c.kind !== "element" || c.local !== local || c.namespace !== namespace) continue;
      let before: XmlNode[] = [];
      for (let k = frame.srcPos; k < i; k++) {
        const n = ch[k] as XmlNode;
        if (n.kind === "element") {
          (frame.skipped ??= []).push({ el: n, before });
          before = [];
        } else if (n.kind !== "text") before.push(n);
      }
      for (const n of before) this.misc(n);
      frame.srcPos = i + 1;
      return c;
    }
    const skipped = frame.skipped;
    if (skipped !== undefined) {
      for (let k = 0; k < skipped.length; k++) {
        const s = skipped[k] as { el: XmlElement; before: readonly XmlNode[] };
        if (s.el.local === local && s.el.namespace === namespace) {
          skipped.splice(k, 1);
          for (const n of s.before) this.misc(n);
          return s.el;
        }
      }
    }
    return undefined;
  }

  private misc(node: XmlNode): void {
    if (node.kind === "comment") this.comment(node.value);
    else if (node.kind === "pi") this.processingInstruction(node.target, node.value);
  }

  /** Writes the comments and PIs of `frame`'s source not written yet (at the end of the element). */
  private restOfSource(frame: Frame): void {
    for (const s of frame.skipped ?? []) for (const n of s.before) this.misc(n);
    frame.skipped = undefined;
    const ch = (frame.source as XmlElement).children;
    for (let k = frame.srcPos; k < ch.length; k++) this.misc(ch[k] as XmlNode);
    frame.srcPos = ch.length;
  }

  /**
   * Writes text that is exactly the source's next run of text (up to its next child element) together with
   * the comments and PIs inside that run. False when the text differs (the model changed it, e.g. normalised
   * white space): the run's comments and PIs are then written after it.
   */
  private textWithMisc(frame: Frame, source: XmlElement, value: string): boolean {
    const ch = source.children;
    let end = frame.srcPos;
    let run = "";
    let misc = false;
    for (; end < ch.length; end++) {
      const c = ch[end] as XmlNode;
      if (c.kind === "element") break;
      if (c.kind === "text") run += c.value;
      else misc = true;
    }
    if (!misc || run !== value) return false;
    for (let k = frame.srcPos; k < end; k++) {
      const c = ch[k] as XmlNode;
      if (c.kind === "text") this.rawText(frame, c.value);
      else this.misc(c);
    }
    frame.srcPos = end;
    return true;
  }

  private rawText(frame: Frame, value: string): void {
    if (value === "") return;
    this.closePendingOpenTag();
    frame.hasText = true;
    this.out += escapeText(value);
  }

  /** Writes character data into the open element. */
  text(value: string): this {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) throw new TypeError("XmlWriter.text: no open element");
    if (value === "") return this;
    assertChars(value, frame.tag);
    const source = frame.source;
    if (source !== undefined && this.textWithMisc(frame, source, value)) return this;
    this.rawText(frame, value);
    return this;
  }

  /** Writes a comment. */
  comment(value: string): this {
    assertChars(value, "comment");
    if (value.includes("--") || value.endsWith("-")) throw new TypeError("XmlWriter.comment: '--' is not allowed in a comment");
    this.closePendingOpenTag();
    const parent = this.stack[this.stack.length - 1];
    if (this.pretty && !(parent?.preserve ?? false) && !(parent?.hasText ?? false)) this.newlineIndent(this.stack.length);
    if (parent !== undefined) parent.hasChildElements = true;
    this.out += `<!--${value}-->`;
    return this;
  }

  /** Writes a processing instruction. */
  processingInstruction(target: string, value: string): this {
    assertChars(value, "processing instruction");
    this.closePendingOpenTag();
    const parent = this.stack[this.stack.length - 1];
    if (this.pretty && !(parent?.preserve ?? false) && !(parent?.hasText ?? false)) this.newlineIndent(this.stack.length);
    if (parent !== undefined) parent.hasChildElements = true;
    this.out += `<?${target}${value === "" ? "" : ` ${value}`}?>`;
    return this;
  }

  /** Closes the innermost open element. */
  end(): this {
    const open = this.stack[this.stack.length - 1];
    if (open?.source !== undefined) this.restOfSource(open);
    const frame = this.stack.pop();
    if (frame === undefined) throw new TypeError("XmlWriter.end: no open element");
    if (this.openTagPending) {
      this.out += "/>";
      this.openTagPending = false;
    } else {
      if (this.pretty && !frame.preserve && frame.hasChildElements && !frame.hasText) this.newlineIndent(this.stack.length);
      this.out += `</${frame.tag}>`;
    }
    if (frame.document !== undefined) for (const n of frame.document.epilog) this.misc(n);
    return this;
  }

  /** Writes `<el>text</el>` (or `<el/>` for an empty string). */
  element(namespace: string, local: string, text: string, attributes: readonly AttributeSpec[] = []): this {
    return this.start(namespace, local, attributes).text(text).end();
  }

  /**
   * Writes a tree from the reader as it came (prefixes aside). White-space-only text between elements
   * is left out in pretty mode; elements with mixed content are written without added indentation.
   */
  node(node: XmlNode): this {
    switch (node.kind) {
      case "text":
        return this.text(node.value);
      case "comment":
        return this.comment(node.value);
      case "pi":
        return this.processingInstruction(node.target, node.value);
      case "element":
        return this.treeElement(node);
    }
  }

  private treeElement(el: XmlElement): this {
    let hasElements = false;
    let hasRealText = false;
    for (const c of el.children) {
      if (c.kind === "element") hasElements = true;
      else if (c.kind === "text" && !isWhitespace(c.value)) hasRealText = true;
    }
    const mixed = hasElements && hasRealText;
    this.start(
      el.namespace,
      el.local,
      el.attributes.map((a) => [a.namespace, a.local, a.value] as const),
      mixed,
      null, // the tree carries its own comments and PIs
    );
    for (const c of el.children) {
      if (c.kind === "text" && hasElements && !mixed && isWhitespace(c.value) && this.pretty) continue;
      this.node(c);
    }
    return this.end();
  }

  /** The document written so far, ended by a newline. All elements must be closed. */
  toString(): string {
    if (this.stack.length > 0) throw new TypeError(`XmlWriter: <${this.stack[this.stack.length - 1]?.tag}> is still open`);
    return `${this.out}\n`;
  }
}

/**
 * Writer prefixes for a document that carries kept attributes: the given map plus `xsi` and `xml`, plus each
 * kept attribute's own prefix for its namespace where that prefix is still free.
 */
export function prefixesWithKept(prefixes: Readonly<Record<string, string>>, kept: readonly KeptAttribute[] = []): Record<string, string> {
  const out: Record<string, string> = { [XSI_NAMESPACE]: "xsi", [XML_NAMESPACE]: "xml", ...prefixes };
  const used = new Set(Object.values(out));
  for (const a of kept) {
    if (a.namespace !== "" && out[a.namespace] === undefined && a.prefix !== "" && !used.has(a.prefix)) {
      out[a.namespace] = a.prefix;
      used.add(a.prefix);
    }
  }
  return out;
}

/** Kept attributes as writer attribute specs. */
export function keptAttributeSpecs(kept: readonly KeptAttribute[] = []): AttributeSpec[] {
  return kept.map((a) => [a.namespace, a.local, a.value] as const);
}
