/**
 * Comments and processing instructions ("misc nodes") for round trips.
 *
 * Models hold none of them: they stay in the reader's tree, which parsers already link to each model object
 * (`ParseContext.track`, {@link sourceElement}). The writer ({@link XmlWriter}) finds them there again: given
 * the model object of an element it writes, it takes that object's source element and writes the source's
 * comments and PIs at the same places, before the same child element or inside the same text. Nothing is
 * stored per parse except, for documents that have any, the comments and PIs around the root element
 * (below), so the parse path costs nothing more.
 */
import type { XmlElement, XmlNode } from "./node.ts";
import type { XmlDocument } from "./read.ts";

/** Documents whose prolog or epilog holds comments or PIs, by root element. */
const documents = new WeakMap<XmlElement, XmlDocument>();
/** Whether an element tree holds any comment or PI, by root element (computed once, when first asked). */
const treesWithMisc = new WeakMap<XmlElement, boolean>();

/** Remembers a read document's prolog and epilog (only when there is any) for {@link documentOf}. */
export function rememberDocument<D extends XmlDocument>(doc: D): D {
  if (doc.prolog.length > 0 || doc.epilog.length > 0) documents.set(doc.root, doc);
  return doc;
}

/** The document a root element was read in, when its prolog or epilog holds comments or PIs. */
export function documentOf(root: XmlElement): XmlDocument | undefined {
  return documents.get(root);
}

/** The root of the tree an element belongs to. */
export function rootOf(el: XmlElement): XmlElement {
  let r = el;
  while (r.parent !== undefined) r = r.parent;
  return r;
}

/** True when the element tree under `root` (root included) holds a comment or processing instruction. */
export function treeHasMisc(root: XmlElement): boolean {
  let known = treesWithMisc.get(root);
  if (known === undefined) {
    known = someMisc(root, () => true, true);
    treesWithMisc.set(root, known);
  }
  return known;
}

/** A comment or processing instruction and the element it is in (`undefined`: prolog or epilog). */
export interface MiscNode {
  readonly node: XmlNode & { kind: "comment" | "pi" };
  readonly parent: XmlElement | undefined;
}

/** Every comment and PI of a document in document order: prolog, tree, epilog. */
export function miscNodesOf(root: XmlElement): MiscNode[] {
  const out: MiscNode[] = [];
  const doc = documentOf(root);
  for (const n of doc?.prolog ?? []) if (n.kind === "comment" || n.kind === "pi") out.push({ node: n, parent: undefined });
  someMisc(root, (node, parent) => {
    out.push({ node, parent });
    return false;
  });
  for (const n of doc?.epilog ?? []) if (n.kind === "comment" || n.kind === "pi") out.push({ node: n, parent: undefined });
  return out;
}

/**
 * Visits the comments and PIs of a tree in document order until `found` returns true; iterative (no stack
 * limit). A shallow repeat (an element sharing its previous sibling's children, `ReadOptions.shallowRepeats`)
 * stands for its own copy of the content and is visited again, unless `skipRepeats` (for yes/no questions).
 */
function someMisc(
  root: XmlElement,
  found: (node: XmlNode & { kind: "comment" | "pi" }, parent: XmlElement) => boolean,
  skipRepeats = false,
): boolean {
  const stack: { el: XmlElement; i: number; last: readonly XmlNode[] | undefined }[] = [{ el: root, i: 0, last: undefined }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { el: XmlElement; i: number; last: readonly XmlNode[] | undefined };
    const ch = top.el.children;
    if (top.i >= ch.length) {
      stack.pop();
      continue;
    }
    const c = ch[top.i++] as XmlNode;
    if (c.kind === "element") {
      if (c.children.length > 0 && !(skipRepeats && c.children === top.last)) stack.push({ el: c, i: 0, last: undefined });
      top.last = c.children;
    } else if (c.kind === "comment" || c.kind === "pi") {
      if (found(c, top.el)) return true;
    }
  }
  return false;
}
