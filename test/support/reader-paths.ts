/**
 * The reader's two paths side by side, for the tests that pin the fast path (`src/core/xml/fast-read.ts`) to
 * the saxes path: whenever the fast path returns a tree, saxes must accept the input and build a deep-equal one.
 */
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";
import { readWellFormed, readWellFormedBytes } from "../../src/core/xml/fast-read.ts";
import type { XmlAttribute, XmlElement, XmlNode } from "../../src/core/xml/node.ts";
import { DEFAULT_READ_LIMITS, readWithSaxes, type XmlDocument } from "../../src/core/xml/read.ts";

/** The reader's default limits, as both paths take them. */
export const LIMITS = { maxDepth: DEFAULT_READ_LIMITS.maxDepth, maxText: DEFAULT_READ_LIMITS.maxTextLength };

/** The saxes path with the default limits. */
export function readBySaxes(src: string) {
  return readWithSaxes(src, LIMITS.maxDepth, LIMITS.maxText, {}, undefined);
}

/** The tree without parent links, for a readable diff (deep equality would otherwise walk every tree twice). */
export function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (x !== null && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (k !== "parent") out[k] = plain(v);
    return out;
  }
  return x;
}

function sameNode(a: XmlNode, b: XmlNode): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "element") return sameElement(a, b as XmlElement);
  return isDeepStrictEqual(a, b);
}

function sameElement(a: XmlElement, b: XmlElement): boolean {
  if (a.namespace !== b.namespace || a.local !== b.local || a.prefix !== b.prefix || a.line !== b.line || a.column !== b.column)
    return false;
  if (!isDeepStrictEqual(a.namespaceDeclarations, b.namespaceDeclarations)) return false;
  if (a.attributes.length !== b.attributes.length || a.children.length !== b.children.length) return false;
  for (let i = 0; i < a.attributes.length; i++) {
    if (!isDeepStrictEqual(a.attributes[i] as XmlAttribute, b.attributes[i] as XmlAttribute)) return false;
  }
  for (let i = 0; i < a.children.length; i++) if (!sameNode(a.children[i] as XmlNode, b.children[i] as XmlNode)) return false;
  return true;
}

function sameDocument(a: XmlDocument, b: XmlDocument): boolean {
  return (
    isDeepStrictEqual(a.declaration, b.declaration) &&
    isDeepStrictEqual(a.prolog, b.prolog) &&
    isDeepStrictEqual(a.epilog, b.epilog) &&
    sameElement(a.root, b.root)
  );
}

/**
 * Reads `src` (decoded, no BOM) both ways and asserts the contract; returns whether the fast path took it.
 * `label` names the input in failures (default: the input itself). With `bytes` (the UTF-8 bytes `src` was decoded
 * from, no BOM), the fast path reads those in place, as the reader does for UTF-8 input, else the text.
 */
export function pathsAgree(src: string, label = JSON.stringify(src), bytes?: Uint8Array): boolean {
  const fast = bytes === undefined ? readWellFormed(src, LIMITS) : readWellFormedBytes(bytes, LIMITS);
  if (fast === undefined) return false;
  const slow = readBySaxes(src);
  if (!slow.success) throw new Error(`fast path accepted what saxes rejects (${slow.diagnostics[0].message}): ${label}`);
  // A direct walk first: generic deep equality takes seconds on a 3 MB tree; toEqual only runs for the diff.
  if (!sameDocument(fast, slow.data)) expect(plain(fast), label).toEqual(plain(slow.data));
  return true;
}
