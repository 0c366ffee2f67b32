/** FIM-QS checks of 2.0 rules (Regel extends AllgemeineAngaben; the rule text is in `definition`). */
import { elementKey, leer, type QsRule, type RegelKnoten } from "./context.ts";
import { qs } from "./qs.ts";

const k = (r: RegelKnoten) => ({ target: r.regel, element: elementKey(r.regel.identifikation) });

/** The 2.0 rule rules. */
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
    { description: "Rule whose id is not `R` followed by 8 digits." },
    {
      regel(r, ctx) {
        if (!leer(r.regel.identifikation.id) && !/^R\d{8}$/.test(r.regel.identifikation.id)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1019",
    { description: "Rule whose `definition` names an element with a version (e.g. `F00000463V1.0`)." },
    {
      regel(r, ctx) {
        if (/[FG]\d{8}V\d+\.\d+/.test(r.regel.definition)) ctx.report(k(r));
      },
    },
  ),
  qs(
    "1104",
    { description: "Rule with an empty `script` (deactivated in the catalogue).", enabledByDefault: false },
    {
      regel(r, ctx) {
        if (leer(r.regel.script)) ctx.report(k(r));
      },
    },
  ),
];
