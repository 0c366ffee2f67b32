/** The Prozessklassen and Prozesse of a message with their canonical paths (shared by rules, files and BPMN). */
import type { Nachricht, Prozess, Prozessklasse } from "./model.ts";
import { PREFIX as P } from "./namespace.ts";

/** `[n]` for the n-th item of a list with more than one item (canonical path steps). */
function idx(arr: readonly unknown[], i: number): string {
  return arr.length > 1 ? `[${i + 1}]` : "";
}

/**
 * Every Prozessklasse and Prozess of a message, with its canonical path.
 *
 * @example
 * ```ts
 * import { parse, prozesseOf } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const { klassen, prozesse } = prozesseOf(parse(xml));
 * for (const [klasse, path] of klassen) console.log(`${path}: Prozessklasse ${klasse.id} "${klasse.name}"`);
 * for (const [prozess, path] of prozesse) console.log(`${path}: Prozess ${prozess.id} "${prozess.name}"`);
 * // e.g. /xprozess:alleInhalte.export.0303/xprozess:prozesskatalog/xprozess:prozessklasse: Prozessklasse 99125001012000 "Hundesteuer Anmeldung"
 * ```
 */
export function prozesseOf(n: Nachricht): { klassen: [Prozessklasse, string][]; prozesse: [Prozess, string][] } {
  const root = `/${P}:${n.nachricht}`;
  const klassen: [Prozessklasse, string][] = [];
  const prozesse: [Prozess, string][] = [];
  if ("prozesskatalog" in n && n.prozesskatalog !== undefined) {
    const list = n.prozesskatalog.prozessklasse;
    list.forEach((k, i) => {
      klassen.push([k, `${root}/${P}:prozesskatalog/${P}:prozessklasse${idx(list, i)}`]);
    });
  }
  if ("prozessbibliothek" in n && n.prozessbibliothek !== undefined) {
    const list = n.prozessbibliothek.prozess;
    list.forEach((p, i) => {
      prozesse.push([p, `${root}/${P}:prozessbibliothek/${P}:prozess${idx(list, i)}`]);
    });
  }
  return { klassen, prozesse };
}
