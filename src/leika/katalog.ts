/**
 * Lookup in an imported LeiKa catalogue: a Leistung by its key (exact, in any of the three written forms), all
 * Leistungen below a key prefix, or all of one Leistungsgruppierung. The catalogue itself stays plain data
 * ({@link LeikaKatalog}); {@link indexLeikaKatalog} builds the index over it once.
 */
import type { LeikaEintrag, LeikaKatalog } from "./csv.ts";
import { LEISTUNGSSCHLUESSEL_URN_PREFIX, type Leistungsschluessel, safeParseLeistungsschluessel, splitLeistungsschluessel } from "./key.ts";

/** Lookups over one catalogue. Queries that are no key or prefix find nothing; they never throw. */
export interface LeikaKatalogIndex {
  /** The catalogue the index was built from. */
  readonly katalog: LeikaKatalog;
  /**
   * The Leistung with this key (14 digits, URN or dotted); the first one when the catalogue repeats a key
   * (the reader warns about that with `duplicate-key`).
   */
  get(key: string): LeikaEintrag | undefined;
  /**
   * The Leistungen whose 14-digit key starts with the prefix, in key order. The prefix is written like a key
   * (`99050`, `99.050.012`, `urn:de:fim:leika:leistung:99050`); dots are dropped, so `99.050` = `99050`.
   */
  byPrefix(prefix: string): LeikaEintrag[];
  /**
   * The Leistungen of a Leistungsgruppierung (digits 3–5 of the key, e.g. `050` or `50`) whatever their
   * 2-digit prefix, in key order.
   */
  byLeistungsgruppierung(gruppierung: string): LeikaEintrag[];
}

/** Digits of a key prefix, or `undefined` when it is none (empty, other characters, longer than 14 digits). */
function prefixDigits(prefix: string): string | undefined {
  let p = prefix.trim();
  if (p.toLowerCase().startsWith(LEISTUNGSSCHLUESSEL_URN_PREFIX)) p = p.slice(LEISTUNGSSCHLUESSEL_URN_PREFIX.length);
  p = p.replaceAll(".", "");
  return /^\d{1,14}$/.test(p) ? p : undefined;
}

/** The first index in the sorted keys whose key is not less than `s`. */
function lowerBound(keys: readonly string[], s: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the lookups over a catalogue (time O(n log n), once).
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { indexLeikaKatalog, parseLeikaCsv } from "fim-xoev/leika";
 *
 * const index = indexLeikaKatalog(await parseLeikaCsv(createReadStream("leika.csv")));
 * console.log(index.get("99.050.012.104.000")?.bezeichnung);
 * console.log(index.byPrefix("99050012").map((e) => e.schluessel)); // every Verrichtung of Leistungsobjekt 99050012
 * console.log(index.byLeistungsgruppierung("050").length);
 * ```
 */
export function indexLeikaKatalog(katalog: LeikaKatalog): LeikaKatalogIndex {
  const byKey = new Map<Leistungsschluessel, LeikaEintrag>();
  for (const e of katalog.eintraege) if (!byKey.has(e.schluessel)) byKey.set(e.schluessel, e);
  const keys = [...byKey.keys()].sort();
  const sorted = keys.map((k) => byKey.get(k) as LeikaEintrag);
  const groups = new Map<string, LeikaEintrag[]>();
  for (const e of sorted) {
    const g = splitLeistungsschluessel(e.schluessel).leistungsgruppierung;
    const list = groups.get(g);
    if (list === undefined) groups.set(g, [e]);
    else list.push(e);
  }
  return {
    katalog,
    get(key) {
      const parsed = safeParseLeistungsschluessel(key);
      return parsed.success ? byKey.get(parsed.data) : undefined;
    },
    byPrefix(prefix) {
      const digits = prefixDigits(prefix);
      if (digits === undefined) return [];
      const out: LeikaEintrag[] = [];
      for (let i = lowerBound(keys, digits); i < keys.length && (keys[i] as string).startsWith(digits); i++)
        out.push(sorted[i] as LeikaEintrag);
      return out;
    },
    byLeistungsgruppierung(gruppierung) {
      const g = gruppierung.trim();
      if (!/^\d{1,3}$/.test(g)) return [];
      return [...(groups.get(g.padStart(3, "0")) ?? [])];
    },
  };
}
