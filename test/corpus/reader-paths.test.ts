/**
 * The reader's two paths on real files: every XML file of the shared corpus and every fixture is read by the
 * fast path and by saxes; where the fast path takes a file, both trees are deep-equal (positions included).
 * The corpus's XML must all be taken by the fast path, or the speed it exists for would be lost unnoticed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { readWellFormed } from "../../src/core/xml/fast-read.ts";
import type { XmlAttribute, XmlElement, XmlNode } from "../../src/core/xml/node.ts";
import type { XmlDocument } from "../../src/core/xml/read.ts";
import { DEFAULT_READ_LIMITS, decodeXml, readWithSaxes } from "../../src/core/xml/read.ts";
import { hasShared, REPO_ROOT, SHARED } from "../support/shared.ts";

function* xmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) yield* xmlFiles(p);
    else if (/\.(xml|xsd|gc)$/i.test(entry)) yield p;
  }
}

function plain(x: unknown): unknown {
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

/** Reads one file both ways; returns whether the fast path took it. */
function compare(path: string): boolean {
  let src = decodeXml(readFileSync(path));
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  const limits = { maxDepth: DEFAULT_READ_LIMITS.maxDepth, maxText: DEFAULT_READ_LIMITS.maxTextLength };
  const fast = readWellFormed(src, limits);
  const slow = readWithSaxes(src, limits.maxDepth, limits.maxText, {}, undefined);
  if (fast === undefined) return false;
  expect(slow.success, `${path}: the fast path took a file saxes rejects`).toBe(true);
  // A direct walk first: generic deep equality takes seconds on a 3 MB tree; toEqual only runs for the diff.
  if (slow.success && !sameDocument(fast, slow.data)) expect(plain(fast), path).toEqual(plain(slow.data));
  return true;
}

describe.skipIf(!hasShared)("reader paths on the shared corpus", () => {
  const folders = readdirSync(join(SHARED, "corpus")).filter((f) => statSync(join(SHARED, "corpus", f)).isDirectory());
  it.each(folders)("%s: every XML file is taken by the fast path and read as saxes reads it", (folder) => {
    const files = [...xmlFiles(join(SHARED, "corpus", folder))];
    const left = files.filter((f) => !compare(f));
    expect(left).toEqual([]);
  });
});

describe("reader paths on the fixtures", () => {
  it("every fixture the fast path takes is read as saxes reads it; the rest are left to saxes", () => {
    const files = [...xmlFiles(join(REPO_ROOT, "fixtures"))];
    const taken = files.filter(compare);
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });
});
