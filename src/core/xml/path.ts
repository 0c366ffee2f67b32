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

/**
 * The canonical path of an element: one step per ancestor, with `[n]` (1-based) where the parent has
 * more than one child element of that name. Independent of the prefixes the document used.
 */
export function elementPath(el: XmlElement, prefixes: PrefixMap): string {
  const steps: string[] = [];
  for (let cur: XmlElement | undefined = el; cur !== undefined; cur = cur.parent) {
    let step = canonicalName(cur.namespace, cur.local, prefixes);
    const parent: XmlElement | undefined = cur.parent;
    if (parent !== undefined) {
      let index = 0;
      let count = 0;
      for (const sib of parent.children as XmlNode[]) {
        if (sib.kind !== "element" || sib.local !== cur.local || sib.namespace !== cur.namespace) continue;
        count++;
        if (sib === cur) index = count;
      }
      if (count > 1) step += `[${index}]`;
    }
    steps.push(step);
  }
  return `/${steps.reverse().join("/")}`;
}

/** The canonical path of a child step below a parent path. */
export function childPath(parentPath: string, namespace: string, local: string, prefixes: PrefixMap): string {
  return `${parentPath}/${canonicalName(namespace, local, prefixes)}`;
}
