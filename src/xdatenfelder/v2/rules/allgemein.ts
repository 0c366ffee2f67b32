/**
 * FIM-QS checks every 2.0 element kind shares: name, ID, status, labels, legal basis (`bezug`, one string
 * in 2.0), fachlicher Ersteller.
 */
import { isCodeOf } from "../../../core/codelists/code.ts";
import type { RuleVisitors } from "../../../core/validation/rule.ts";
import { isStringLatin } from "../../../core/xsd-types/latin.ts";
import { schemaelementartCodeList, statusCodeList } from "../codes.ts";
import type { AllgemeineAngaben, Datenfeld, Datenfeldgruppe, Schemaelementangaben } from "../model.ts";
import { elementKey, leer, type QsKontext, type QsRule, type V2Knoten } from "./context.ts";
import { qs } from "./qs.ts";

type Art = "stammdatenschema" | "datenfeldgruppe" | "datenfeld" | "dokumentsteckbrief";
const k = (e: AllgemeineAngaben) => ({ target: e, element: elementKey(e.identifikation) });

function fuer(arten: readonly Art[], check: (e: AllgemeineAngaben, art: Art) => boolean): RuleVisitors<V2Knoten, QsKontext> {
  const v: Record<string, (e: AllgemeineAngaben, ctx: { report: (f: { target: object; element: string }) => void }) => void> = {};
  for (const art of arten) {
    v[art] = (e, ctx) => {
      if (check(e, art)) ctx.report(k(e));
    };
  }
  return v as RuleVisitors<V2Knoten, QsKontext>;
}
function elemente(check: (e: Schemaelementangaben) => boolean): RuleVisitors<V2Knoten, QsKontext> {
  return {
    datenfeldgruppe: (g: Datenfeldgruppe, ctx) => {
      if (check(g)) ctx.report(k(g));
    },
    datenfeld: (f: Datenfeld, ctx) => {
      if (check(f)) ctx.report(k(f));
    },
  };
}

const ALLE: readonly Art[] = ["stammdatenschema", "datenfeldgruppe", "datenfeld", "dokumentsteckbrief"];
const ID_BUCHSTABE: Readonly<Record<Art, string>> = {
  stammdatenschema: "S",
  datenfeldgruppe: "G",
  datenfeld: "F",
  dokumentsteckbrief: "D",
};
const FIM_BAUSTEIN = /^FIM[- ]Baustein Datenfelder$/;

/** The rules on AllgemeineAngaben and Schemaelementangaben (2.0). */
export const allgemeinRules: readonly QsRule[] = [
  qs(
    "1002",
    { description: "`name` empty (schema, group, field, Dokumentsteckbrief; rules: regel.ts)." },
    fuer(ALLE, (e) => leer(e.name)),
  ),
  qs(
    "1006",
    { description: "Group or field with schemaelementart `RNG` and an empty `bezug`." },
    elemente((e) => e.schemaelementart.code === "RNG" && leer(e.bezug)),
  ),
  qs(
    "1101",
    { description: "Group or field with schemaelementart `HAR` and an empty `bezug`." },
    elemente((e) => e.schemaelementart.code === "HAR" && leer(e.bezug)),
  ),
  qs(
    "1009",
    { description: "Group or field with an empty `bezeichnungEingabe`." },
    elemente((e) => leer(e.bezeichnungEingabe)),
  ),
  qs(
    "1010",
    { description: "Group or field without (or with an empty) `bezeichnungAusgabe`." },
    elemente((e) => leer(e.bezeichnungAusgabe)),
  ),
  qs(
    "1031",
    { description: "schemaelementart missing or not ABS/HAR/RNG." },
    elemente((e) => !isCodeOf(schemaelementartCodeList, e.schemaelementart.code)),
  ),
  qs(
    "1032",
    { description: "status missing or not aktiv/inaktiv/inVorbereitung." },
    fuer(ALLE, (e) => !isCodeOf(statusCodeList, e.status.code)),
  ),
  qs(
    "1038",
    { description: "`identifikation/id` empty." },
    fuer(ALLE, (e) => leer(e.identifikation.id)),
  ),
  qs(
    "1039",
    { description: "`identifikation/id` not the element's letter (S, G, F, D) followed by 8 digits (2.0 form)." },
    fuer(ALLE, (e, art) => !leer(e.identifikation.id) && !new RegExp(`^${ID_BUCHSTABE[art]}\\d{8}$`).test(e.identifikation.id)),
  ),
  qs(
    "1098",
    {
      description:
        "`bezeichnungEingabe` equals `hilfetextEingabe` (group, field), or equals `hilfetext` (schema, Dokumentsteckbrief). Off by default for 2.0: the reference QS-DF 0.977 has no such check.",
      enabledByDefault: false,
    },
    fuer(ALLE, (e, art) => {
      const hilfe =
        art === "stammdatenschema" || art === "dokumentsteckbrief"
          ? (e as { hilfetext?: string }).hilfetext
          : (e as Schemaelementangaben).hilfetextEingabe;
      return !leer(hilfe) && e.bezeichnungEingabe.trim() === hilfe?.trim();
    }),
  ),
  qs(
    "1116",
    { description: "A group or field with status `inaktiv`, reported on each structure row that uses it." },
    {
      struktur(s, ctx) {
        if (s.child.status.code === "inaktiv")
          ctx.report({ target: s.struktur, element: elementKey(s.parent.identifikation), sub: s.child.identifikation.id });
      },
    },
  ),
  qs(
    "1140",
    { description: "A group, field or rule outside Nummernkreis 60 whose `fachlicherErsteller` is 'FIM-Baustein Datenfelder'." },
    {
      ...elemente((e) => FIM_BAUSTEIN.test((e.fachlicherErsteller ?? "").trim()) && !/^[GF]60/.test(e.identifikation.id)),
      regel(r, ctx) {
        if (FIM_BAUSTEIN.test((r.regel.fachlicherErsteller ?? "").trim()) && !/^R60/.test(r.regel.identifikation.id))
          ctx.report({ target: r.regel, element: elementKey(r.regel.identifikation) });
      },
    },
  ),
  qs(
    "1141",
    { description: "A schema outside Nummernkreis 60 whose `fachlicherErsteller` is 'FIM-Baustein Datenfelder'." },
    fuer(["stammdatenschema"], (e) => FIM_BAUSTEIN.test((e.fachlicherErsteller ?? "").trim()) && !/^S60/.test(e.identifikation.id)),
  ),
  qs(
    "1117",
    { description: "`fachlicherErsteller` empty. Off by default, as in the reference run (an option there).", enabledByDefault: false },
    {
      ...fuer(ALLE, (e) => leer(e.fachlicherErsteller)),
      regel(r, ctx) {
        if (leer(r.regel.fachlicherErsteller)) ctx.report({ target: r.regel, element: elementKey(r.regel.identifikation) });
      },
    },
  ),

  qs(
    "1131",
    {
      description:
        "A String.Latin text (name, bezeichnung*, beschreibung, definition, bezug, hilfetext*, fachlicherErsteller, versionshinweis, inhalt, Präzisierung) with a character outside String.Latin 1.1. Off by default for 2.0: the reference QS-DF 0.977 has no such check (real 2.0 exports contain e.g. `≤`).",
      enabledByDefault: false,
    },
    {
      ...fuer(ALLE, (e) => {
        const x = e as AllgemeineAngaben &
          Partial<Schemaelementangaben> & { hilfetext?: string; inhalt?: string; praezisierung?: { text: string } };
        const texte = [
          x.name,
          x.bezeichnungEingabe,
          x.bezeichnungAusgabe,
          x.beschreibung,
          x.definition,
          x.bezug,
          x.fachlicherErsteller,
          x.versionshinweis,
          x.hilfetext,
          x.hilfetextEingabe,
          x.hilfetextAusgabe,
          x.inhalt,
          x.praezisierung?.text,
        ];
        return texte.some((t) => t !== undefined && !isStringLatin(t));
      }),
      regel(r, ctx) {
        const g = r.regel;
        const texte = [g.name, g.bezeichnungEingabe, g.beschreibung, g.definition, g.bezug, g.fachlicherErsteller];
        if (texte.some((t) => t !== undefined && !isStringLatin(t))) ctx.report({ target: g, element: elementKey(g.identifikation) });
      },
    },
  ),

  qs(
    "1119",
    {
      description:
        "A versioned or published schema, group or field (with `version` or `veroeffentlichungsdatum`) whose status is not `aktiv` (deactivated in the catalogue; off by default).",
      enabledByDefault: false,
    },
    fuer(
      ["stammdatenschema", "datenfeldgruppe", "datenfeld"],
      (e) => (!leer(e.identifikation.version) || !leer(e.veroeffentlichungsdatum)) && e.status.code !== "aktiv",
    ),
  ),
];
