/**
 * Navigating a parsed message: an index of every inlined Datenfeld, Datenfeldgruppe and Regel by
 * id + version, a depth-first walk, and the deduplicated view of relations.
 */
import type {
  AllgemeineAngaben,
  Datenfeld,
  Datenfeldgruppe,
  ElementIdentifikation,
  Nachricht,
  Regel,
  Relation,
  Struktur,
} from "./model.ts";

/**
 * An element's id and version as one string, as the FIM Portal writes it: `id` plus `V` plus version, or the bare id
 * when the version is absent (a working copy). An empty version is kept (`F1V`). Not the QS rules' key
 * (`qsElementKey`), which treats an empty version like an absent one.
 * @example
 * ```ts
 * import { elementIdVersion, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const nachricht = parse(xml);
 * if (nachricht.kind === "xdatenfelder.stammdatenschema.0102")
 *   console.log(elementIdVersion(nachricht.stammdatenschema.identifikation)); // S05000001205V3.3.0
 * ```
 */
export function elementIdVersion(identifikation: ElementIdentifikation): string {
  return identifikation.version === undefined ? identifikation.id : `${identifikation.id}V${identifikation.version}`;
}

/** Every element of a message found under one key, in document order. */
export interface ElementIndex {
  /** The first occurrence of a Datenfeld with this id (and version, if given). */
  datenfeld(id: string, version?: string): Datenfeld | undefined;
  /** The first occurrence of a Datenfeldgruppe with this id (and version, if given). */
  datenfeldgruppe(id: string, version?: string): Datenfeldgruppe | undefined;
  /** The first occurrence of a Regel with this id (and version, if given). */
  regel(id: string, version?: string): Regel | undefined;
  /** Every occurrence of an element (a Stammdatenschema inlines a reused element at every use). */
  occurrences(id: string, version?: string): readonly (Datenfeld | Datenfeldgruppe | Regel)[];
  /** Distinct elements (first occurrence per key), in document order. */
  readonly datenfelder: readonly Datenfeld[];
  readonly datenfeldgruppen: readonly Datenfeldgruppe[];
  readonly regeln: readonly Regel[];
}

/**
 * Visits every Struktur below a list of Strukturen, depth first, with the containing element's depth.
 * @example
 * ```ts
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 * import { walkStruktur } from "fim-xoev/xdatenfelder/v3";
 * declare const schema: Stammdatenschema;
 * for (const { struktur, depth } of walkStruktur(schema.struktur)) {
 *   const e = "datenfeld" in struktur.enthaelt ? struktur.enthaelt.datenfeld : struktur.enthaelt.datenfeldgruppe;
 *   console.log(`${"  ".repeat(depth)}[${struktur.anzahl}] ${e.identifikation.id} ${e.name}`); // [1:1] F60000000227 Familienname
 * }
 * ```
 */
export function* walkStruktur(struktur: readonly Struktur[], depth = 0): Generator<{ struktur: Struktur; depth: number }> {
  for (const s of struktur) {
    yield { struktur: s, depth };
    if ("datenfeldgruppe" in s.enthaelt) yield* walkStruktur(s.enthaelt.datenfeldgruppe.struktur, depth + 1);
  }
}

/**
 * Builds the index of every Datenfeld, Datenfeldgruppe and Regel inlined in a message (a Stammdatenschema inlines a
 * reused element at every use; the index finds each once).
 * @example
 * ```ts
 * import { indexElements, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // a Stammdatenschema
 * const index = indexElements(parse(xml));
 * const familienname = index.datenfeld("F60000000227");
 * console.log(familienname?.praezisierung?.maxLength, index.occurrences("F60000000227").length); // "120" 6 (six uses in S05000001205)
 * for (const regel of index.regeln) console.log(regel.identifikation.id, regel.freitextRegel);
 * ```
 */
export function indexElements(nachricht: Nachricht): ElementIndex {
  const byKey = new Map<string, (Datenfeld | Datenfeldgruppe | Regel)[]>();
  const felder = new Map<string, Datenfeld>();
  const gruppen = new Map<string, Datenfeldgruppe>();
  const regeln = new Map<string, Regel>();
  const add = (el: Datenfeld | Datenfeldgruppe | Regel) => {
    const k = elementIdVersion(el.identifikation);
    let list = byKey.get(k);
    if (list === undefined) byKey.set(k, (list = []));
    list.push(el);
    // Also index the bare id, so that a lookup without version finds every version.
    if (el.identifikation.version !== undefined) {
      let bare = byKey.get(el.identifikation.id);
      if (bare === undefined) byKey.set(el.identifikation.id, (bare = []));
      bare.push(el);
    }
  };
  const addRegeln = (list: readonly Regel[]) => {
    for (const r of list) {
      add(r);
      const k = elementIdVersion(r.identifikation);
      if (!regeln.has(k)) regeln.set(k, r);
    }
  };
  const visit = (struktur: readonly Struktur[]) => {
    for (const s of struktur) {
      if ("datenfeld" in s.enthaelt) {
        const f = s.enthaelt.datenfeld;
        add(f);
        const k = elementIdVersion(f.identifikation);
        if (!felder.has(k)) felder.set(k, f);
        addRegeln(f.regel);
      } else {
        const g = s.enthaelt.datenfeldgruppe;
        add(g);
        const k = elementIdVersion(g.identifikation);
        if (!gruppen.has(k)) gruppen.set(k, g);
        addRegeln(g.regel);
        visit(g.struktur);
      }
    }
  };
  switch (nachricht.kind) {
    case "xdatenfelder.stammdatenschema.0102":
      addRegeln(nachricht.stammdatenschema.regel);
      visit(nachricht.stammdatenschema.struktur);
      break;
    case "xdatenfelder.datenfeldgruppe.0103": {
      const g = nachricht.datenfeldgruppe;
      visit([{ anzahl: "1:1", bezug: [], enthaelt: { datenfeldgruppe: g } }]);
      break;
    }
    case "xdatenfelder.datenfeld.0104":
      visit([{ anzahl: "1:1", bezug: [], enthaelt: { datenfeld: nachricht.datenfeld } }]);
      break;
    default:
      break;
  }
  const first = <T>(list: readonly unknown[] | undefined, pred: (x: unknown) => x is T): T | undefined => list?.find(pred);
  const isFeld = (x: unknown): x is Datenfeld => typeof x === "object" && x !== null && "feldart" in x;
  const isGruppe = (x: unknown): x is Datenfeldgruppe => typeof x === "object" && x !== null && "struktur" in x && "schemaelementart" in x;
  const isRegel = (x: unknown): x is Regel => typeof x === "object" && x !== null && "typ" in x && !("feldart" in x);
  const key = (id: string, version?: string) => (version === undefined ? id : `${id}V${version}`);
  return {
    datenfeld: (id, version) => first(byKey.get(key(id, version)), isFeld),
    datenfeldgruppe: (id, version) => first(byKey.get(key(id, version)), isGruppe),
    regel: (id, version) => first(byKey.get(key(id, version)), isRegel),
    occurrences: (id, version) => byKey.get(key(id, version)) ?? [],
    datenfelder: [...felder.values()],
    datenfeldgruppen: [...gruppen.values()],
    regeln: [...regeln.values()],
  };
}

/**
 * The relations (xdf:Relation) of an element without repetitions (first occurrence kept, order preserved); real
 * exports repeat identical ones.
 * @example
 * ```ts
 * import { type Datenfeld, uniqueRelations } from "fim-xoev/xdatenfelder/v3";
 * declare const feld: Datenfeld;
 * for (const r of uniqueRelations(feld)) console.log(r.praedikat.code, r.objekt.id); // e.g. ABL F00000000013
 * ```
 */
export function uniqueRelations(element: Pick<AllgemeineAngaben, "relation">): Relation[] {
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const r of element.relation) {
    const p = r.praedikat;
    const k = `${p.code}\u0000${p.listURI}\u0000${p.listVersionID}\u0000${p.name}\u0000${r.objekt.id}\u0000${r.objekt.version}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

/** Counts of a message's inlined content, as `fim-xoev inspect` shows them. */
export interface ElementCounts {
  /** Distinct Datenfeldgruppen (by id + version) and all their occurrences. */
  readonly datenfeldgruppen: number;
  readonly datenfeldgruppenVorkommen: number;
  readonly datenfelder: number;
  readonly datenfelderVorkommen: number;
  readonly regeln: number;
  /** Distinct code-list references (canonical URI + version) of the distinct Datenfelder. */
  readonly codelistenReferenzen: number;
}

/**
 * Counts distinct and total groups, fields, rules and code-list references of a message, as `fim-xoev inspect` shows them.
 * @example
 * ```ts
 * import { countElements, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // e.g. S05000001205
 * const c = countElements(parse(xml));
 * console.log(`${c.datenfelder} fields (${c.datenfelderVorkommen} uses), ${c.regeln} rules, ${c.codelistenReferenzen} code lists`);
 * ```
 */
export function countElements(nachricht: Nachricht): ElementCounts {
  const index = indexElements(nachricht);
  let gv = 0;
  let fv = 0;
  const root =
    nachricht.kind === "xdatenfelder.stammdatenschema.0102"
      ? nachricht.stammdatenschema.struktur
      : nachricht.kind === "xdatenfelder.datenfeldgruppe.0103"
        ? nachricht.datenfeldgruppe.struktur
        : [];
  for (const { struktur } of walkStruktur(root)) {
    if ("datenfeld" in struktur.enthaelt) fv++;
    else gv++;
  }
  if (nachricht.kind === "xdatenfelder.datenfeld.0104") fv = 1;
  if (nachricht.kind === "xdatenfelder.datenfeldgruppe.0103") gv++;
  const refs = new Set<string>();
  for (const f of index.datenfelder) {
    const r = f.codelisteReferenz;
    if (r !== undefined) refs.add(`${r.canonicalIdentification ?? ""}|${r.version ?? r.canonicalVersionUri ?? ""}`);
  }
  return {
    datenfeldgruppen: index.datenfeldgruppen.length,
    datenfeldgruppenVorkommen: gv,
    datenfelder: index.datenfelder.length,
    datenfelderVorkommen: fv,
    regeln: index.regeln.length,
    codelistenReferenzen: refs.size,
  };
}
