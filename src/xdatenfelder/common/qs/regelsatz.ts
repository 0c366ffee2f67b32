/**
 * A version's FIM-QS rule set from its profile: the common rules (`allgemein.ts`, `schema.ts`, `struktur.ts`,
 * `datenfeld.ts`, `regel.ts`, `codeliste.ts`) made for the profile, plus the version's own rules, picked by
 * catalogue code in the order the version lists them. The order is the order of findings on one node and of
 * `rulesExecuted`, so each version keeps its reference checker's order.
 */
import type { QsProfil } from "../view.ts";
import { allgemeinRules } from "./allgemein.ts";
import type { XdfRule } from "./basis.ts";
import { codelisteRules } from "./codeliste.ts";
import { datenfeldRules } from "./datenfeld.ts";
import { regelRules } from "./regel.ts";
import { schemaRules } from "./schema.ts";
import { strukturRules } from "./struktur.ts";

/** The sections of a rule set, in the order they run: a code may stand in two (1002 of elements and of rules). */
export type QsAbschnitt = "allgemein" | "schema" | "struktur" | "datenfeld" | "regel" | "codeliste";

/** A version's rule set: per section, the catalogue codes it runs, separated by blanks, in report order. */
export type QsReihenfolge = Readonly<Record<QsAbschnitt, string>>;

const GEMEINSAM: Readonly<Record<QsAbschnitt, (profil: QsProfil) => Readonly<Record<string, XdfRule>>>> = {
  allgemein: allgemeinRules,
  schema: schemaRules,
  struktur: strukturRules,
  datenfeld: datenfeldRules,
  regel: regelRules,
  codeliste: codelisteRules,
};

/** Picks the rules of `codes` from a table, in that order. */
export function waehle<R>(table: Readonly<Record<string, R>>, codes: readonly string[]): R[] {
  return codes.map((c) => {
    const r = table[c];
    if (r === undefined) throw new TypeError(`FIM-QS ${c}: no such rule`);
    return r;
  });
}

/**
 * The rule set of a version: for each section, the codes of `reihenfolge` taken from the version's own rules
 * of that section (`eigene`), else from the common rules of that section made for `profil`, else from the
 * other common sections (3.0.0 runs the value-list checks 1044, 1045, 1093 with the field checks).
 *
 * @throws {TypeError} for a code that neither has.
 */
export function qsRegelsatz<R>(
  profil: QsProfil,
  reihenfolge: QsReihenfolge,
  eigene: Partial<Record<QsAbschnitt, Readonly<Record<string, R>>>> = {},
): (XdfRule | R)[] {
  const abschnitte = Object.keys(GEMEINSAM) as QsAbschnitt[];
  const tabellen = new Map(abschnitte.map((a) => [a, GEMEINSAM[a](profil)]));
  const alle: Readonly<Record<string, XdfRule>> = Object.assign({}, ...tabellen.values());
  return abschnitte.flatMap((abschnitt) => {
    const table: Readonly<Record<string, XdfRule | R>> = { ...alle, ...tabellen.get(abschnitt), ...eigene[abschnitt] };
    return waehle(
      table,
      reihenfolge[abschnitt].split(/\s+/).filter((c) => c !== ""),
    );
  });
}
