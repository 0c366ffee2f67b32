/**
 * Canonical form of an XML document for "nothing lost" comparisons: namespace URIs instead of prefixes,
 * attributes sorted, white-space-only text between elements dropped, comments and PIs dropped,
 * adjacent text merged. Two documents with equal canonical forms say the same thing.
 */

import { isWhitespace, type XmlElement } from "../../src/core/xml/node.ts";
import { readXml } from "../../src/core/xml/read.ts";

export interface CanonicalElement {
  readonly name: string;
  readonly attributes: readonly string[];
  readonly children: readonly (CanonicalElement | string)[];
}

export function canonicalElement(el: XmlElement): CanonicalElement {
  const attributes = el.attributes.map((a) => `{${a.namespace}}${a.local}=${a.value}`).sort();
  const hasElements = el.children.some((c) => c.kind === "element");
  const children: (CanonicalElement | string)[] = [];
  for (const c of el.children) {
    if (c.kind === "element") children.push(canonicalElement(c));
    else if (c.kind === "text") {
      if (hasElements && isWhitespace(c.value)) continue;
      const last = children[children.length - 1];
      if (typeof last === "string") children[children.length - 1] = last + c.value;
      else children.push(c.value);
    }
  }
  return { name: `{${el.namespace}}${el.local}`, attributes, children };
}

export function canonicalXml(xml: string | Uint8Array): CanonicalElement {
  const r = readXml(xml, { maxTextLength: 50_000_000 });
  if (!r.success) throw new Error(`not well-formed: ${r.diagnostics[0].message}`);
  return canonicalElement(r.data.root);
}
