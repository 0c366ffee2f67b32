/**
 * The version-independent view of a schema that rules are read against and evaluated on: a tree of Datenfelder
 * and Datenfeldgruppen with their multiplicity and the rules attached to each element. Built from the 2.0 or the
 * 3.0.0 model; nothing here depends on a version's types beyond these two builders.
 */
import type * as v2 from "../v2/model.ts";
import type * as v3 from "../v3/model.ts";

/** The text of a rule and where it came from. */
export interface RuleSource {
  readonly id: string;
  readonly version?: string;
  readonly name: string;
  /** `freitextRegel` (3.0.0), `definition` (2.0), or a `skript` when the prose is empty. */
  readonly source: "freitextRegel" | "definition" | "skript";
  readonly text: string;
}

/** One element of the form tree. The root (the Stammdatenschema) has kind `schema`. */
export interface FormNode {
  readonly kind: "schema" | "gruppe" | "feld";
  readonly id: string;
  readonly version?: string;
  readonly name: string;
  /** Lower and upper bound of the `anzahl` of the Struktur holding this element (`max` undefined = unbounded). */
  readonly min: number;
  readonly max: number | undefined;
  /** Datentyp code of a field (`text`, `bool`, `date`, `num`, `select`/Feldart …), as written. */
  readonly datentyp?: string;
  readonly children: readonly FormNode[];
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

/** The form tree of a 3.0.0 Stammdatenschema (or Datenfeldgruppe). */
export function formTreeV3(schema: v3.Stammdatenschema | v3.Datenfeldgruppe): FormNode {
  const walk = (struktur: readonly v3.Struktur[]): FormNode[] =>
    struktur.map((s) => {
      const { min, max } = anzahl(s.anzahl);
      if ("datenfeld" in s.enthaelt) {
        const f = s.enthaelt.datenfeld;
        return {
          kind: "feld",
          id: f.identifikation.id,
          ...opt("version", f.identifikation.version),
          name: f.name,
          min,
          max,
          datentyp: f.datentyp.code,
          children: [],
          rules: v3Rules(f.regel),
        };
      }
      const g = s.enthaelt.datenfeldgruppe;
      return {
        kind: "gruppe",
        id: g.identifikation.id,
        ...opt("version", g.identifikation.version),
        name: g.name,
        min,
        max,
        children: walk(g.struktur),
        rules: v3Rules(g.regel),
      };
    });
  return {
    kind: "bezeichnung" in schema ? "schema" : "gruppe",
    id: schema.identifikation.id,
    ...opt("version", schema.identifikation.version),
    name: schema.name,
    min: 1,
    max: 1,
    children: walk(schema.struktur),
    rules: v3Rules(schema.regel),
  };
}

/** The form tree of a 2.0 Stammdatenschema (or Datenfeldgruppe). */
export function formTreeV2(schema: v2.Stammdatenschema | v2.Datenfeldgruppe): FormNode {
  const walk = (struktur: readonly v2.Struktur[]): FormNode[] =>
    struktur.map((s) => {
      const { min, max } = anzahl(s.anzahl);
      if ("datenfeld" in s.enthaelt) {
        const f = s.enthaelt.datenfeld;
        return {
          kind: "feld",
          id: f.identifikation.id,
          ...opt("version", f.identifikation.version),
          name: f.name,
          min,
          max,
          datentyp: f.datentyp.code,
          children: [],
          rules: v2Rules(f.regel),
        };
      }
      const g = s.enthaelt.datenfeldgruppe;
      return {
        kind: "gruppe",
        id: g.identifikation.id,
        ...opt("version", g.identifikation.version),
        name: g.name,
        min,
        max,
        children: walk(g.struktur),
        rules: v2Rules(g.regel),
      };
    });
  return {
    kind: "ableitungsmodifikationenStruktur" in schema ? "schema" : "gruppe",
    id: schema.identifikation.id,
    ...opt("version", schema.identifikation.version),
    name: schema.name,
    min: 1,
    max: 1,
    children: walk(schema.struktur),
    rules: v2Rules(schema.regel),
  };
}

/** Every node of a tree, depth first, with its ancestors (root first). */
export function* walkForm(
  node: FormNode,
  ancestors: readonly FormNode[] = [],
): Generator<{ node: FormNode; ancestors: readonly FormNode[] }> {
  yield { node, ancestors };
  for (const c of node.children) yield* walkForm(c, [...ancestors, node]);
}

/** The ids of every element of the tree (Datenfelder and Datenfeldgruppen, unversioned). */
export function elementIds(root: FormNode): Set<string> {
  const out = new Set<string>();
  for (const { node } of walkForm(root)) if (node.kind !== "schema") out.add(node.id);
  return out;
}
