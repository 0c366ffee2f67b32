/**
 * FIM-QS checks of 3.0.0 rules (Regeln): the common ones (`common/qs/regel.ts`) and those reading the
 * 3.0.0 rule itself (the free-text rule and the elements it refers to), in the order the reports list them.
 */
import { regelRules as gemeinsam } from "../../common/qs/regel.ts";
import { elementKey, leer, type QsRule, type RegelKnoten } from "./context.ts";
import { qs } from "./qs.ts";
import { PROFIL_V3 } from "./view.ts";

const k = (r: RegelKnoten) => ({ target: r.regel, element: elementKey(r.regel.identifikation) });

/** IDs of groups and fields the free-text rule mentions (3.0.0 form: letter + 11 digits). */
export function referenzierteElemente(text: string): string[] {
  return [...new Set(text.match(/[FG]\d{11}/g) ?? [])];
}

const c = gemeinsam(PROFIL_V3);

/** The rule rules. */
export const regelRules: readonly QsRule[] = [
  c["1002"],
  c["1038"],
  c["1039"],
  qs(
    "1024",
    { description: "Rule with an empty `freitextRegel`." },
    {
      regel(r, ctx) {
        if (leer(r.regel.freitextRegel)) ctx.report(k(r));
      },
    },
  ),
  c["1140"],
  c["1117"],
  qs(
    "1001",
    { description: "Rule whose `freitextRegel` names a group or field (F/G + 11 digits) that is not inside the element owning the rule." },
    {
      regel(r, ctx) {
        const ids = referenzierteElemente(r.regel.freitextRegel ?? "");
        if (ids.length === 0) return;
        const erreichbar = new Set<string>([r.owner.identifikation.id]);
        const stack: object[] = [r.owner];
        while (stack.length > 0) {
          const cur = stack.pop() as { struktur?: readonly { enthaelt: object }[] };
          for (const s of cur.struktur ?? []) {
            const e = s.enthaelt as {
              datenfeld?: { identifikation: { id: string } };
              datenfeldgruppe?: { identifikation: { id: string } };
            };
            const el = e.datenfeld ?? e.datenfeldgruppe;
            if (el === undefined || erreichbar.has(el.identifikation.id)) continue;
            erreichbar.add(el.identifikation.id);
            if (e.datenfeldgruppe !== undefined) stack.push(e.datenfeldgruppe);
          }
        }
        if (ids.some((id) => !erreichbar.has(id))) ctx.report(k(r));
      },
    },
  ),
  c["1019"],
  qs(
    "1041",
    { description: "Rule whose `freitextRegel` names an element by the old 2.0 ID (F/G + 8 digits)." },
    {
      regel(r, ctx) {
        if (/[FG]\d{8}(?!\d)/.test(r.regel.freitextRegel ?? "")) ctx.report(k(r));
      },
    },
  ),
  c["1104"],
];
