/** The namespace-aware, position-carrying XML tree the reader builds. Prefixes are kept for information only. */

/** A namespace URI and local name. The empty namespace is `""`. */
export interface QName {
  readonly namespace: string;
  readonly local: string;
}

/** An attribute as the reader found it: namespace URI, local name, the prefix written, value and position. */
export interface XmlAttribute {
  readonly namespace: string;
  readonly local: string;
  /** The prefix the document used (`""` for none); never use it for matching. */
  readonly prefix: string;
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/**
 * An element of the tree the secure reader builds (what a standard's `safeParseElement` maps to its model): namespace
 * URI and local name, attributes, children, parent and its 1-based position in the source.
 */
export interface XmlElement {
  readonly kind: "element";
  readonly namespace: string;
  readonly local: string;
  /** The prefix the document used (`""` for the default namespace); never use it for matching. */
  readonly prefix: string;
  readonly attributes: XmlAttribute[];
  readonly children: XmlNode[];
  /** Namespace declarations made on this element: prefix (`""` = default) → URI. */
  readonly namespaceDeclarations: Record<string, string> | undefined;
  readonly parent: XmlElement | undefined;
  readonly line: number;
  readonly column: number;
}

/** Text content (character data or a CDATA section). */
export interface XmlText {
  readonly kind: "text";
  readonly value: string;
  /** True when the text came from a CDATA section. */
  readonly cdata?: boolean;
}

/** An XML comment, kept so that writers can reproduce it. */
export interface XmlComment {
  readonly kind: "comment";
  readonly value: string;
}

/** A processing instruction (`<?target value?>`). */
export interface XmlProcessingInstruction {
  readonly kind: "pi";
  readonly target: string;
  readonly value: string;
}

/** Any child of an element. */
export type XmlNode = XmlElement | XmlText | XmlComment | XmlProcessingInstruction;

/** The child elements of an element. */
export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.kind === "element") out.push(c);
  return out;
}

/** The concatenated text and CDATA content of an element (not of its descendants). */
export function textContent(el: XmlElement): string {
  const ch = el.children;
  if (ch.length === 1) {
    const only = ch[0] as XmlNode;
    return only.kind === "text" ? only.value : "";
  }
  let s = "";
  for (const c of ch) if (c.kind === "text") s += c.value;
  return s;
}

/**
 * True when two elements have the same content: names (by namespace URI), attributes (in order) and
 * children, recursively. Prefixes, namespace declarations and positions do not count. Allocates nothing.
 */
export function sameContent(a: XmlElement, b: XmlElement): boolean {
  if (a.local !== b.local || a.namespace !== b.namespace) return false;
  const aa = a.attributes;
  const ba = b.attributes;
  if (aa.length !== ba.length) return false;
  for (let i = 0; i < aa.length; i++) {
    const x = aa[i] as XmlAttribute;
    const y = ba[i] as XmlAttribute;
    if (x.local !== y.local || x.namespace !== y.namespace || x.value !== y.value) return false;
  }
  const ac = a.children;
  const bc = b.children;
  if (ac === bc) return true; // a shallow repeat (ReadOptions.shallowRepeats)
  if (ac.length !== bc.length) return false;
  for (let i = 0; i < ac.length; i++) {
    const x = ac[i] as XmlNode;
    const y = bc[i] as XmlNode;
    if (x.kind !== y.kind) return false;
    if (x.kind === "element") {
      if (!sameContent(x, y as XmlElement)) return false;
    } else if (x.kind === "pi") {
      if (x.target !== (y as XmlProcessingInstruction).target || x.value !== (y as XmlProcessingInstruction).value) return false;
    } else if (x.value !== (y as XmlText | XmlComment).value || (x.kind === "text" && x.cdata !== (y as XmlText).cdata)) return false;
  }
  return true;
}

/** True for strings made only of XML white space (space, tab, CR, LF). */
export function isWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

/** Namespace of `xsi:schemaLocation` and friends. */
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
/** Namespace of `xml:lang` and friends, bound to the prefix `xml` by definition. */
export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/**
 * An attribute kept as it came so that it survives a round trip (e.g. `xsi:schemaLocation` on a message
 * root, which no content model declares), with the prefix the document used.
 */
export interface KeptAttribute {
  /** Namespace URI (`""` for none). */
  readonly namespace: string;
  readonly local: string;
  /** Prefix the document used; writers reuse it when it does not clash. */
  readonly prefix: string;
  readonly value: string;
}

/** The attributes of an element as {@link KeptAttribute}s, in document order. */
export function keepAttributes(attributes: readonly XmlAttribute[]): KeptAttribute[] {
  return attributes.map((a) => ({ namespace: a.namespace, local: a.local, prefix: a.prefix, value: a.value }));
}
