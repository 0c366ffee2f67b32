import type { XmlElement, XmlNode } from "./node.ts";

/** Canonical prefixes by namespace URI, used to write paths independent of the document's own prefixes. */
export type PrefixMap = Readonly<Record<string, string>>;

/** The canonical name of an element or attribute: `prefix:local`, `local` (no namespace) or `Q{uri}local`. */
export function canonicalName(namespace: string, local: string, prefixes: PrefixMap): string {
  if (namespace === "") return local;
  const prefix = prefixes[namespace];
  if (prefix === undefined) return `Q{${namespace}}${local}`;
  return prefix === "" ? local : `${prefix}:${local}`;
}

/** Below this many children, an element's index among its siblings is found by scanning them (no cache). */
const SCAN_SIBLINGS = 16;

/**
 * Per children array of a parent with many children: each child element's 1-based index among the siblings of
 * its name, or 0 when it is the only one of its name. Built once, in one pass over the children, the first time a
 * path below that parent is asked for, so that the paths of all n children cost O(n), not O(n²) (a document
 * repeating one element 200 000 times, each reported, needs 200 000 paths). Keyed by the array, which a
 * shallow repeat shares with its first occurrence, together with the children's `parent`.
 */
const siblingIndexes = new WeakMap<readonly XmlNode[], Map<XmlElement, number>>();

function siblingIndexesOf(children: readonly XmlNode[]): Map<XmlElement, number> {
  let indexes = siblingIndexes.get(children);
  if (indexes !== undefined) return indexes;
  // Names by namespace, then local name: counts first, then the running index of each repeated name.
  const counts = new Map<string, Map<string, number>>();
  for (const c of children) {
    if (c.kind !== "element") continue;
    let byLocal = counts.get(c.namespace);
    if (byLocal === undefined) counts.set(c.namespace, (byLocal = new Map()));
    byLocal.set(c.local, (byLocal.get(c.local) ?? 0) + 1);
  }
  const running = new Map<string, Map<string, number>>();
  indexes = new Map();
  for (const c of children) {
    if (c.kind !== "element") continue;
    if ((counts.get(c.namespace)?.get(c.local) ?? 0) < 2) {
      indexes.set(c, 0);
      continue;
    }
    let byLocal = running.get(c.namespace);
    if (byLocal === undefined) running.set(c.namespace, (byLocal = new Map()));
    const index = (byLocal.get(c.local) ?? 0) + 1;
    byLocal.set(c.local, index);
    indexes.set(c, index);
  }
  siblingIndexes.set(children, indexes);
  return indexes;
}

/**
 * 1-based index of `el` among the children of `parent` with its name; 0 when it is the only one. `scan`: count by
 * scanning the siblings even when there are many (for a single path, see {@link elementPathOnce}).
 */
function siblingIndex(el: XmlElement, parent: XmlElement, scan = false): number {
  const children = parent.children;
  if (!scan && children.length > SCAN_SIBLINGS) return siblingIndexesOf(children).get(el) ?? 0;
  let index = 0;
  let count = 0;
  for (const sib of children) {
    if (sib.kind !== "element" || sib.local !== el.local || sib.namespace !== el.namespace) continue;
    count++;
    if (sib === el) index = count;
  }
  return count > 1 ? index : 0;
}

/**
 * The canonical path of an element: one step per ancestor, with `[n]` (1-based) where the parent has
 * more than one child element of that name. Independent of the prefixes the document used. Costs O(depth)
 * per call (amortised: a parent's children are indexed once, see {@link siblingIndexesOf}).
 */
export function elementPath(el: XmlElement, prefixes: PrefixMap): string {
  return pathOf(el, prefixes, false);
}

/**
 * {@link elementPath} for a caller that asks for one path below a parent, not for many: the siblings are scanned,
 * not indexed (an index of a parent's 16 000 children costs more than the one scan it would save).
 */
export function elementPathOnce(el: XmlElement, prefixes: PrefixMap): string {
  return pathOf(el, prefixes, true);
}

function pathOf(el: XmlElement, prefixes: PrefixMap, scan: boolean): string {
  const steps: string[] = [];
  for (let cur: XmlElement | undefined = el; cur !== undefined; cur = cur.parent) {
    let step = canonicalName(cur.namespace, cur.local, prefixes);
    const parent: XmlElement | undefined = cur.parent;
    if (parent !== undefined) {
      const index = siblingIndex(cur, parent, scan);
      if (index > 0) step += `[${index}]`;
    }
    steps.push(step);
  }
  return `/${steps.reverse().join("/")}`;
}

/** The canonical path of a child step below a parent path. */
export function childPath(parentPath: string, namespace: string, local: string, prefixes: PrefixMap): string {
  return `${parentPath}/${canonicalName(namespace, local, prefixes)}`;
}
