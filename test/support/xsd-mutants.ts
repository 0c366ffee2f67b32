/**
 * One-defect mutants of XML documents for comparing the two XSD engines (`js` and `libxml2`): a seeded mutation
 * of the parsed tree (delete, duplicate or swap elements, an unknown element, bad simple values, attributes
 * removed, added or changed, text in element-only content, xsi:type and xsi:nil), written back as text.
 * Used by `test/xsd/engines.test.ts` and `scripts/xsd-diff.ts`.
 */
import type { XsdReport } from "../../src/core/validation/xsd.ts";
import { type XmlAttribute, type XmlElement, type XmlNode, XSI_NAMESPACE } from "../../src/core/xml/node.ts";

/** A small seeded PRNG (mulberry32), so that a failing mutant can be regenerated from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A mutable deep copy of a parsed element (the reader's trees are read-only and may share children). */
interface MElement {
  namespace: string;
  local: string;
  prefix: string;
  attributes: { namespace: string; local: string; prefix: string; value: string }[];
  decls: Record<string, string> | undefined;
  children: MNode[];
  parent: MElement | undefined;
}
type MNode = MElement | { kind: "text"; value: string } | { kind: "other"; xml: string };

function isElement(n: MNode): n is MElement {
  return !("kind" in n);
}

function copy(el: XmlElement, parent: MElement | undefined): MElement {
  const m: MElement = {
    namespace: el.namespace,
    local: el.local,
    prefix: el.prefix,
    attributes: el.attributes.map((a: XmlAttribute) => ({ namespace: a.namespace, local: a.local, prefix: a.prefix, value: a.value })),
    decls: el.namespaceDeclarations === undefined ? undefined : { ...el.namespaceDeclarations },
    children: [],
    parent,
  };
  for (const c of el.children as XmlNode[]) {
    if (c.kind === "element") m.children.push(copy(c, m));
    else if (c.kind === "text") m.children.push({ kind: "text", value: c.value });
    else if (c.kind === "comment") m.children.push({ kind: "other", xml: `<!--${c.value}-->` });
    else m.children.push({ kind: "other", xml: `<?${c.target} ${c.value}?>` });
  }
  return m;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) =>
  escapeText(s).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");

function write(el: MElement): string {
  const name = el.prefix === "" ? el.local : `${el.prefix}:${el.local}`;
  let s = `<${name}`;
  for (const [p, uri] of Object.entries(el.decls ?? {})) s += p === "" ? ` xmlns="${escapeAttr(uri)}"` : ` xmlns:${p}="${escapeAttr(uri)}"`;
  for (const a of el.attributes) s += ` ${a.prefix === "" ? a.local : `${a.prefix}:${a.local}`}="${escapeAttr(a.value)}"`;
  if (el.children.length === 0) return `${s}/>`;
  s += ">";
  for (const c of el.children) s += isElement(c) ? write(c) : c.kind === "text" ? escapeText(c.value) : c.xml;
  return `${s}</${name}>`;
}

function elements(root: MElement): MElement[] {
  const out: MElement[] = [];
  const walk = (e: MElement) => {
    out.push(e);
    for (const c of e.children) if (isElement(c)) walk(c);
  };
  walk(root);
  return out;
}

/** The prefix bound to a namespace in scope at `el`, binding `xsi` on the root when needed. */
function prefixFor(el: MElement, namespace: string, root: MElement, fallback: string): string {
  for (let e: MElement | undefined = el; e !== undefined; e = e.parent) {
    for (const [p, uri] of Object.entries(e.decls ?? {})) if (uri === namespace && p !== "") return p;
  }
  root.decls = { ...(root.decls ?? {}), [fallback]: namespace };
  return fallback;
}

/** The mutation operators. */
export const OPERATORS = [
  "delete-element",
  "duplicate-element",
  "swap-siblings",
  "unknown-element",
  "bad-date",
  "bad-enumeration",
  "non-latin-text",
  "empty-value",
  "remove-attribute",
  "unexpected-attribute",
  "bad-attribute-value",
  "text-in-element-content",
  "xsi-type-builtin",
  "xsi-type-unknown",
  "xsi-nil",
] as const;
export type Operator = (typeof OPERATORS)[number];

/** One mutant: its text, or undefined when the operator found nothing to change. */
export function mutate(root: XmlElement, operator: Operator, seed: number): string | undefined {
  const r = rng(seed);
  const m = copy(root, undefined);
  const all = elements(m);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(r() * list.length)];
  const leaves = all.filter((e) => e.children.every((c) => !isElement(c)));
  const nonRoot = all.filter((e) => e.parent !== undefined);
  const siblingsOf = (e: MElement) => (e.parent as MElement).children;
  const setText = (e: MElement, value: string) => {
    e.children = [{ kind: "text", value }];
  };
  switch (operator) {
    case "delete-element": {
      const e = pick(nonRoot);
      if (e === undefined) return undefined;
      siblingsOf(e).splice(siblingsOf(e).indexOf(e), 1);
      break;
    }
    case "duplicate-element": {
      const e = pick(nonRoot);
      if (e === undefined) return undefined;
      const list = siblingsOf(e);
      list.splice(list.indexOf(e) + 1, 0, { ...e, children: [...e.children] });
      break;
    }
    case "swap-siblings": {
      const candidates = all.filter((e) => e.children.filter(isElement).length >= 2);
      const p = pick(candidates);
      if (p === undefined) return undefined;
      const kids = p.children.filter(isElement);
      const i = Math.floor(r() * (kids.length - 1));
      const a = kids[i] as MElement;
      const b = kids[i + 1] as MElement;
      const ia = p.children.indexOf(a);
      const ib = p.children.indexOf(b);
      p.children[ia] = b;
      p.children[ib] = a;
      break;
    }
    case "unknown-element": {
      const p = pick(all.filter((e) => e.children.some(isElement)));
      if (p === undefined) return undefined;
      const at = Math.floor(r() * (p.children.length + 1));
      p.children.splice(at, 0, {
        namespace: p.namespace,
        local: "unbekannt",
        prefix: p.prefix,
        attributes: [],
        decls: undefined,
        children: [],
        parent: p,
      });
      break;
    }
    case "bad-date":
    case "bad-enumeration":
    case "non-latin-text":
    case "empty-value": {
      const e = pick(leaves.filter((x) => x.parent !== undefined));
      if (e === undefined) return undefined;
      setText(e, { "bad-date": "2024-02-30", "bad-enumeration": "kein-code", "non-latin-text": "Ωμέγα ☃", "empty-value": "" }[operator]);
      break;
    }
    case "remove-attribute": {
      const e = pick(all.filter((x) => x.attributes.length > 0));
      if (e === undefined) return undefined;
      e.attributes.splice(Math.floor(r() * e.attributes.length), 1);
      break;
    }
    case "unexpected-attribute": {
      const e = pick(all);
      if (e === undefined) return undefined;
      e.attributes.push({ namespace: "", local: "unerwartet", prefix: "", value: "1" });
      break;
    }
    case "bad-attribute-value": {
      const e = pick(all.filter((x) => x.attributes.length > 0));
      if (e === undefined) return undefined;
      const a = e.attributes[Math.floor(r() * e.attributes.length)] as MElement["attributes"][number];
      a.value = "?? kein Wert ??";
      break;
    }
    case "text-in-element-content": {
      const p = pick(all.filter((e) => e.children.some(isElement)));
      if (p === undefined) return undefined;
      p.children.splice(Math.floor(r() * (p.children.length + 1)), 0, { kind: "text", value: "Text" });
      break;
    }
    case "xsi-type-builtin":
    case "xsi-type-unknown":
    case "xsi-nil": {
      const e = pick(nonRoot);
      if (e === undefined) return undefined;
      const xsi = prefixFor(e, XSI_NAMESPACE, m, "xsi");
      if (operator === "xsi-nil") e.attributes.push({ namespace: XSI_NAMESPACE, local: "nil", prefix: xsi, value: "true" });
      else {
        const xs = prefixFor(e, "http://www.w3.org/2001/XMLSchema", m, "xs");
        e.attributes.push({
          namespace: XSI_NAMESPACE,
          local: "type",
          prefix: xsi,
          value: operator === "xsi-type-builtin" ? `${xs}:string` : `${xs}:Unbekannt`,
        });
      }
      break;
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(m)}`;
}

/** What the differential comparison looks at: the verdict, the error lines (set) and the first error's line. */
export function verdictOf(report: XsdReport): { valid: boolean; lines: number[]; first: number | undefined } {
  const errors = report.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
  const lines = [...new Set(errors.map((d) => d.location?.line ?? 0))].sort((a, b) => a - b);
  return { valid: report.valid, lines, first: errors[0]?.location?.line };
}
