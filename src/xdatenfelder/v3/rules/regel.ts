/** FIM-QS checks of rules (Regeln): identification, name, free-text rule and the elements it refers to. */
import { elementKey, leer, type QsRule, type RegelKnoten } from "./context.ts";
import { qs } from "./qs.ts";

const k = (r: RegelKnoten) => ({ target: r.regel, element: elementKey(r.regel.identifikation) });
const FIM_BAUSTEIN = /^FIM[- ]Baustein Datenfelder$/;

/** IDs of groups and fields the free-text rule mentions (3.0.0 form: letter + 11 digits). */
export function referenzierteElemente(text: string): string[] {
  return [...new Set(text.match(/[FG]\d{11}/g) ?? [])];
}

/** The rule rules. */
export const regelRules: readonly QsRule[] = [
  qs(
    "1002",
    { description: "Rule with an empty `name`." },
    {
      regel(r, ctx) {
        if (leer(r.regel.name)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1038",
    { description: "Rule with an empty `identifikation/id`." },
    {
      regel(r, ctx) {
        if (leer(r.regel.identifikation.id)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1039",
    { description: "Rule whose id is not `R` followed by 11 digits." },
    {
      regel(r, ctx) {
        if (!leer(r.regel.identifikation.id) && !/^R\d{11}$/.test(r.regel.identifikation.id)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1024",
    { description: "Rule with an empty `freitextRegel`." },
    {
      regel(r, ctx) {
        if (leer(r.regel.freitextRegel)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1140",
    { description: "Rule outside Nummernkreis 60 whose `fachlicherErsteller` is 'FIM-Baustein Datenfelder'." },
    {
      regel(r, ctx) {
        if (FIM_BAUSTEIN.test((r.regel.fachlicherErsteller ?? "").trim()) && !/^R60/.test(r.regel.identifikation.id)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1117",
    { description: "Rule with an empty `fachlicherErsteller`. Off by default, as in the reference run.", enabledByDefault: false },
    {
      regel(r, ctx) {
        if (leer(r.regel.fachlicherErsteller)) ctx.report(k(r));
      },
    },
  ),
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
  qs(
    "1019",
    { description: "Rule whose `freitextRegel` names an element with a version (e.g. `F60000000001V1.0`)." },
    {
      regel(r, ctx) {
        if (/[FG]\d{11}V\d*\.\d*/.test(r.regel.freitextRegel ?? "")) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1041",
    { description: "Rule whose `freitextRegel` names an element by the old 2.0 ID (F/G + 8 digits)." },
    {
      regel(r, ctx) {
        if (/[FG]\d{8}(?!\d)/.test(r.regel.freitextRegel ?? "")) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1104",
    { description: "Rule without `skript` (deactivated in the catalogue).", enabledByDefault: false },
    {
      regel(r, ctx) {
        if (leer(r.regel.skript)) ctx.report(k(r));
      },
    },
  ),
];
