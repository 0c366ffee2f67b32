/** What the FIM-QS rules written once share: the node kinds, the run's context, the rule factory. */
import type { Rule, RuleContext, RuleVisitors } from "../../../core/validation/rule.ts";
import { type CodeListSuche, type ElementArt, type ElementSicht, elementKey, type RegelSicht, type XdfSicht } from "../view.ts";
import { type QsExtras, qsRule } from "./rule.ts";

/** The node kinds the common rules visit; the nodes are the version's model objects, read through the view. */
export interface XdfKnoten {
  readonly stammdatenschema: object;
  readonly datenfeldgruppe: object;
  readonly datenfeld: object;
  readonly dokumentsteckbrief: object;
  readonly struktur: object;
  readonly regel: object;
  readonly codeliste: object;
}

/** What the common rules need of a run's options: the version's adapter and the resolved code lists. */
export interface QsBasisKontext {
  readonly sicht: XdfSicht;
  readonly options: { readonly codeLists?: CodeListSuche | undefined };
}

/** A FIM-QS rule written once for every version. */
export type XdfRule = Rule<XdfKnoten, QsBasisKontext>;

export type Visitors = RuleVisitors<XdfKnoten, QsBasisKontext>;
export type Ctx = RuleContext<QsBasisKontext>;

export const rule = (code: string, extras: QsExtras, visit: Visitors): XdfRule => qsRule<XdfKnoten, QsBasisKontext>(code, extras, visit);

const FIM_BAUSTEIN = /^FIM[- ]Baustein Datenfelder$/;
/** Whether a fachlicher Ersteller is the FIM Baustein team (reserved for Nummernkreis 60). */
export const bausteinErsteller = (ersteller: string | undefined): boolean => FIM_BAUSTEIN.test((ersteller ?? "").trim());

/** A visitor of rules (Regel), each reported as the rule. */
export function regeln(check: (r: RegelSicht) => boolean): Visitors {
  return {
    regel(node, ctx) {
      const r = ctx.options.sicht.regel(node);
      if (check(r)) ctx.report({ target: r.target, element: elementKey(r.identifikation) });
    },
  };
}

/** Visitors applying one check to the given element kinds, each reported as the element. */
export function fuer(arten: readonly ElementArt[], check: (e: ElementSicht, ctx: Ctx) => boolean): Visitors {
  const v: Record<string, (node: object, ctx: Ctx) => void> = {};
  for (const art of arten) {
    v[art] = (node, ctx) => {
      const e = ctx.options.sicht.element(node, art);
      if (check(e, ctx)) ctx.report({ target: e.target, element: elementKey(e.identifikation) });
    };
  }
  return v as Visitors;
}
