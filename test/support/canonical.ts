/**
 * Canonical form of an XML document for "nothing lost" comparisons: namespace URIs instead of prefixes,
 * attributes sorted, adjacent text merged (CDATA counts as text), white-space-only text between elements
 * dropped. {@link canonicalXml} drops comments and PIs too; {@link canonicalXmlWithMisc} keeps them, with the
 * comments and PIs before and after the root element. Two documents with equal canonical forms say the same thing.
 */

import { isWhitespace, type XmlElement, type XmlNode } from "../../src/core/xml/node.ts";
import { readXml } from "../../src/core/xml/read.ts";

/** A comment (`<!--value-->`) or a processing instruction (`<?target value?>`). */
export type CanonicalMisc = { readonly comment: string } | { readonly pi: string; readonly value: string };

export interface CanonicalElement {
  readonly name: string;
  readonly attributes: readonly string[];
  readonly children: readonly (CanonicalElement | CanonicalMisc | string)[];
}

/** A document with its comments and PIs. */
export interface CanonicalDocument {
  readonly prolog: readonly CanonicalMisc[];
  readonly root: CanonicalElement;
  readonly epilog: readonly CanonicalMisc[];
}

function misc(n: XmlNode): CanonicalMisc | undefined {
  if (n.kind === "comment") return { comment: n.value };
  if (n.kind === "pi") return { pi: n.target, value: n.value };
  return undefined;
}

/**
 * Canonical form of an element. With `withMisc`, comments and PIs are children like elements, and
 * white-space-only text is dropped beside any of them (beside elements only, without).
 */
export function canonicalElement(el: XmlElement, withMisc = false): CanonicalElement {
  const attributes = el.attributes.map((a) => `{${a.namespace}}${a.local}=${a.value}`).sort();
  const hasElements = el.children.some((c) => c.kind === "element" || (withMisc && c.kind !== "text"));
  const children: (CanonicalElement | CanonicalMisc | string)[] = [];
  for (const c of el.children) {
    if (c.kind === "element") children.push(canonicalElement(c, withMisc));
    else if (c.kind === "text") {
      if (hasElements && isWhitespace(c.value)) continue;
      const last = children[children.length - 1];
      if (typeof last === "string") children[children.length - 1] = last + c.value;
      else children.push(c.value);
    } else if (withMisc) children.push(misc(c) as CanonicalMisc);
  }
  return { name: `{${el.namespace}}${el.local}`, attributes, children };
}

function read(xml: string | Uint8Array) {
  const r = readXml(xml, { maxTextLength: 50_000_000 });
  if (!r.success) throw new Error(`not well-formed: ${r.diagnostics[0].message}`);
  return r.data;
}

/** Canonical form without comments and PIs. */
export function canonicalXml(xml: string | Uint8Array): CanonicalElement {
  return canonicalElement(read(xml).root);
}

/** Canonical form in which comments and PIs count, at their places (prolog and epilog included). */
export function canonicalXmlWithMisc(xml: string | Uint8Array): CanonicalDocument {
  const doc = read(xml);
  const around = (nodes: readonly XmlNode[]) => nodes.map(misc).filter((m) => m !== undefined);
  return { prolog: around(doc.prolog), root: canonicalElement(doc.root, true), epilog: around(doc.epilog) };
}
