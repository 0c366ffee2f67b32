/**
 * The version-independent view of a schema that rules are read against and evaluated on: a tree of Datenfelder
 * and Datenfeldgruppen with their multiplicity and the rules attached to each element. Built from the 2.0 or the
 * 3.0.0 model; nothing here depends on a version's types beyond these two builders.
 */
import type * as v2 from "../v2/model.ts";
import type * as v3 from "../v3/model.ts";

/** The text of a rule (XDatenfelder `Regel`) and where it came from, version-independent. */
export interface RuleSource {
  /** Rule id (`R…`), unversioned. */
  readonly id: string;
  /** Rule version, if given. */
  readonly version?: string;
  /** Name of the rule. */
  readonly name: string;
  /** `freitextRegel` (3.0.0), `definition` (2.0), or a `skript` when the prose is empty. */
  readonly source: "freitextRegel" | "definition" | "skript";
  /** The rule text. */
  readonly text: string;
  /** 3.0.0 `ziel/@element`: the elements the rule acts on, as written (absent when the rule lists none). */
  readonly ziel?: readonly string[];
  /** 3.0.0 `param`: the elements the rule reads, as written (`@element`), with their `@name`. */
  readonly param?: readonly { readonly element: string; readonly name: string }[];
}

/** One element of the form tree. The root (the Stammdatenschema) has kind `schema`. */
export interface FormNode {
  /** `schema` (the root), `gruppe` or `feld`. */
  readonly kind: "schema" | "gruppe" | "feld";
  /** Element id, unversioned. */
  readonly id: string;
  /** Element version, if given. */
  readonly version?: string;
  /** Name of the element. */
  readonly name: string;
  /** Lower bound of the `anzahl` of the Struktur holding this element. */
  readonly min: number;
  /** Upper bound of that `anzahl` (`undefined` = unbounded). */
  readonly max: number | undefined;
  /** Datentyp code of a field (`text`, `bool`, `date`, `num`, `select`/Feldart …), as written. */
  readonly datentyp?: string;
  /** The children in schema order. */
  readonly children: readonly FormNode[];
  /** The rules attached to this element. */
  readonly rules: readonly RuleSource[];
}

function anzahl(a: string): { min: number; max: number | undefined } {
  const [lo, hi] = a.split(":");
  const min = Number.parseInt(lo ?? "0", 10);
  const max = hi === undefined || hi === "*" ? (hi === undefined ? min : undefined) : Number.parseInt(hi, 10);
  return { min: Number.isFinite(min) ? min : 0, max: max !== undefined && Number.isFinite(max) ? max : undefined };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function v3Rules(list: readonly v3.Regel[]): RuleSource[] {
  return list.map((r) => {
    const prose = r.freitextRegel ?? "";
    const useScript = prose.trim() === "" && (r.skript ?? "").trim() !== "";
    return {
      id: r.identifikation.id,
      ...opt("version", r.identifikation.version),
      name: r.name,
      source: useScript ? "skript" : "freitextRegel",
      text: useScript ? (r.skript ?? "") : prose,
      ...(r.ziel.length > 0 ? { ziel: r.ziel.map((z) => z.element) } : {}),
      ...(r.param.length > 0 ? { param: r.param.map((p) => ({ element: p.element, name: p.name })) } : {}),
    };
  });
}

function v2Rules(list: readonly v2.Regel[]): RuleSource[] {
  return list.map((r) => ({
    id: r.identifikation.id,
    ...opt("version", r.identifikation.version),
    name: r.name,
    source: "definition",
    text: r.definition,
  }));
}

/** What the form tree reads of an element, the same in 2.0 and 3.0.0 (`R` is the version's `Regel`). */
interface ElementSource<R> {
  readonly identifikation: { readonly id: string; readonly version?: string | undefined };
  readonly name: string;
  readonly regel: readonly R[];
}
interface GruppeSource<R> extends ElementSource<R> {
  readonly struktur: readonly {
    readonly anzahl: string;
    readonly enthaelt:
      | { readonly datenfeld: ElementSource<R> & { readonly datentyp: { readonly code: string } } }
      | { readonly datenfeldgruppe: GruppeSource<R> };
  }[];
}

/** The form tree of a schema or group of either version; `rulesOf` reads that version's rules. */
function formTree<R>(schema: GruppeSource<R>, isSchema: boolean, rulesOf: (list: readonly R[]) => RuleSource[]): FormNode {
  const node = (kind: FormNode["kind"], el: ElementSource<R>, min: number, max: number | undefined) => ({
    kind,
    id: el.identifikation.id,
    ...opt("version", el.identifikation.version),
    name: el.name,
    min,
    max,
    rules: rulesOf(el.regel),
  });
  const walk = (g: GruppeSource<R>): FormNode[] =>
    g.struktur.map((s) => {
      const { min, max } = anzahl(s.anzahl);
      if ("datenfeld" in s.enthaelt) {
        const f = s.enthaelt.datenfeld;
        return { ...node("feld", f, min, max), datentyp: f.datentyp.code, children: [] };
      }
      const child = s.enthaelt.datenfeldgruppe;
      return { ...node("gruppe", child, min, max), children: walk(child) };
    });
  return { ...node(isSchema ? "schema" : "gruppe", schema, 1, 1), children: walk(schema) };
}

/**
 * The form tree of a 3.0.0 Stammdatenschema (or Datenfeldgruppe): the elements with their `anzahl`, datatypes and
 * rules, the input of {@link readRules} and {@link evaluateForm}.
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { formTreeV3, walkForm } from "fim-xoev/xdatenfelder/regeln";
 * declare const xml: string;
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * const tree = formTreeV3(nachricht.stammdatenschema);
 * for (const { node, ancestors } of walkForm(tree)) console.log(`${"  ".repeat(ancestors.length)}${node.id} ${node.name}`);
 * ```
 */
export function formTreeV3(schema: v3.Stammdatenschema | v3.Datenfeldgruppe): FormNode {
  return formTree(schema, "bezeichnung" in schema, v3Rules);
}

/**
 * The form tree of a 2.0 Stammdatenschema (or Datenfeldgruppe); rules are read from their `definition`.
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { formTreeV2, readRules } from "fim-xoev/xdatenfelder/regeln";
 * declare const xml: string; // e.g. S00000009 Gewerbeanmeldung (XDatenfelder 2.0)
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * const rules = readRules(formTreeV2(nachricht.stammdatenschema));
 * console.log(rules.filter((r) => r.outcome !== "read").map((r) => r.id));
 * ```
 */
export function formTreeV2(schema: v2.Stammdatenschema | v2.Datenfeldgruppe): FormNode {
  return formTree(schema, "ableitungsmodifikationenStruktur" in schema, v2Rules);
}

/**
 * Every node of a tree, depth first, with its ancestors (root first).
 * @example
 * ```ts
 * import { type FormNode, walkForm } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode;
 * const required = [...walkForm(tree)].filter(({ node }) => node.kind === "feld" && node.min >= 1);
 * console.log(required.map(({ node, ancestors }) => [...ancestors.slice(1), node].map((n) => n.id).join(".")));
 * ```
 */
export function* walkForm(
  node: FormNode,
  ancestors: readonly FormNode[] = [],
): Generator<{ node: FormNode; ancestors: readonly FormNode[] }> {
  yield { node, ancestors };
  for (const c of node.children) yield* walkForm(c, [...ancestors, node]);
}

/**
 * The ids of every element of the tree (Datenfelder and Datenfeldgruppen, unversioned).
 * @example
 * ```ts
 * import { elementIds, type FormNode } from "fim-xoev/xdatenfelder/regeln";
 * declare const tree: FormNode;
 * console.log(elementIds(tree).has("F60000000227")); // does the schema contain the Familienname field?
 * ```
 */
export function elementIds(root: FormNode): Set<string> {
  const out = new Set<string>();
  for (const { node } of walkForm(root)) if (node.kind !== "schema") out.add(node.id);
  return out;
}
