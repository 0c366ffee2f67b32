/**
 * FIM-QS checks every element kind shares: name, ID, status, labels, legal basis (bezug), relations,
 * fachlicher Ersteller and status dates. In 3.0.0 the catalogue's "Fachlicher Ersteller" of schemas,
 * groups and fields is `statusGesetztDurch` (rules have their own `fachlicherErsteller`).
 */
import { isCodeOf } from "../../../core/codelists/code.ts";
import type { RuleVisitors } from "../../../core/validation/rule.ts";
import { isStringLatin } from "../../../core/xsd-types/latin.ts";
import { freigabestatusCodeList, relationCodeList, schemaelementartCodeList } from "../codes.ts";
import type { AllgemeineAngaben, Datenfeld, Datenfeldgruppe, Rechtsbezug, Schemaelementangaben } from "../model.ts";
import { elementKey, leer, type QsKontext, type QsRule, type StrukturKnoten, type V3Knoten } from "./context.ts";
import { qs } from "./qs.ts";

type Art = "stammdatenschema" | "datenfeldgruppe" | "datenfeld" | "dokumentsteckbrief";
const k = (e: AllgemeineAngaben) => ({ target: e, element: elementKey(e.identifikation) });

/** Visitors applying one check to the given kinds of AllgemeineAngaben. */
function fuer(arten: readonly Art[], check: (e: AllgemeineAngaben, art: Art) => boolean): RuleVisitors<V3Knoten, QsKontext> {
  const v: Record<string, (e: AllgemeineAngaben, ctx: { report: (f: { target: object; element: string }) => void }) => void> = {};
  for (const art of arten) {
    v[art] = (e, ctx) => {
      if (check(e, art)) ctx.report(k(e));
    };
  }
  return v as RuleVisitors<V3Knoten, QsKontext>;
}
/** Visitors for groups and fields. */
function elemente(check: (e: Schemaelementangaben) => boolean): RuleVisitors<V3Knoten, QsKontext> {
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
const ohneBezug = (bezug: readonly Rechtsbezug[]) => bezug.every((b) => leer(b.text));
const STATUS_MIT_DATUM = new Set(["3", "4", "5", "6", "7"]);
const FIM_BAUSTEIN = /^FIM[- ]Baustein Datenfelder$/;

/** Whether a legal-basis text names more than one provision (`§§`, or `§`/`Art.` more than once). */
export function mehrereHandlungsgrundlagen(text: string): boolean {
  const paragraphen = text.match(/§/g)?.length ?? 0;
  return paragraphen > 1;
}

/** Whether a legal-basis link is a usable URL: http(s), no white space. */
export function gueltigerLink(link: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/.test(link);
}

const RELATION_ZIELE: Readonly<Record<Art, string>> = {
  stammdatenschema: "S",
  datenfeldgruppe: "FG",
  datenfeld: "FG",
  dokumentsteckbrief: "D",
};
const falscherLink = (b: Rechtsbezug) => b.link !== undefined && b.link !== "" && !gueltigerLink(b.link);

/** A visitor of structure rows reporting rows with a `bezug` that fails `test`. */
function zeile(test: (b: Rechtsbezug) => boolean) {
  return (s: StrukturKnoten, ctx: { report: (f: { target: object; element: string; sub?: string }) => void }) => {
    if (s.struktur.bezug.some(test))
      ctx.report({ target: s.struktur, element: elementKey(s.parent.identifikation), sub: s.child.identifikation.id });
  };
}

/** Recommended maximum lengths (characters), as the reference applies them (`PruefeFeldlaenge=1`). */
export const EMPFOHLENE_LAENGE = {
  name: 255,
  bezeichnungEingabe: 255,
  bezeichnungAusgabe: 255,
  hilfetextEingabe: 500,
  hilfetextAusgabe: 500,
} as const;

/** The rules on AllgemeineAngaben and Schemaelementangaben. */
export const allgemeinRules: readonly QsRule[] = [
  qs(
    "1002",
    { description: "`name` empty (schema, group, field, Dokumentsteckbrief; rules: see regel.ts)." },
    fuer(ALLE, (e) => leer(e.name)),
  ),
  qs(
    "1006",
    { description: "Group or field with schemaelementart `RNG` and no (non-empty) `bezug`." },
    elemente((e) => e.schemaelementart.code === "RNG" && ohneBezug(e.bezug)),
  ),
  qs(
    "1101",
    { description: "Group or field with schemaelementart `HAR` and no (non-empty) `bezug`." },
    elemente((e) => e.schemaelementart.code === "HAR" && ohneBezug(e.bezug)),
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
    { description: "freigabestatus missing or not in the status list (1–8)." },
    fuer(ALLE, (e) => !isCodeOf(freigabestatusCodeList, e.freigabestatus.code)),
  ),
  qs(
    "1038",
    { description: "`identifikation/id` empty." },
    fuer(ALLE, (e) => leer(e.identifikation.id)),
  ),
  qs(
    "1039",
    { description: "`identifikation/id` not the element's letter (S, G, F, D) followed by 11 digits." },
    fuer(ALLE, (e, art) => !leer(e.identifikation.id) && !new RegExp(`^${ID_BUCHSTABE[art]}\\d{11}$`).test(e.identifikation.id)),
  ),
  qs(
    "1098",
    {
      description:
        "`bezeichnung` equals `hilfetext` (schema, Dokumentsteckbrief), or `bezeichnungEingabe` equals `hilfetextEingabe` (group, field).",
    },
    fuer(ALLE, (e, art) => {
      if (art === "stammdatenschema" || art === "dokumentsteckbrief") {
        const s = e as AllgemeineAngaben & { bezeichnung: string; hilfetext?: string };
        return !leer(s.hilfetext) && s.bezeichnung.trim() === s.hilfetext?.trim();
      }
      const s = e as Schemaelementangaben;
      return !leer(s.hilfetextEingabe) && s.bezeichnungEingabe.trim() === s.hilfetextEingabe?.trim();
    }),
  ),
  qs(
    "1132",
    {
      description:
        "A `bezug` of an element or of a structure row naming several provisions at once (more than one `§`, e.g. `§§ 55, 63 AsylG`).",
    },
    {
      ...fuer(ALLE, (e) => e.bezug.some((b) => mehrereHandlungsgrundlagen(b.text))),
      struktur: zeile((b) => mehrereHandlungsgrundlagen(b.text)),
    },
  ),
  qs(
    "1133",
    { description: "A `bezug/@link` of an element or of a structure row that is not an http(s) URL without white space." },
    { ...fuer(ALLE, (e) => e.bezug.some(falscherLink)), struktur: zeile(falscherLink) },
  ),
  qs(
    "1029",
    { description: "A `relation` whose praedikat is missing or not ABL/ERS/EQU/VKN." },
    fuer(ALLE, (e) => e.relation.some((r) => !isCodeOf(relationCodeList, r.praedikat.code))),
  ),
  qs(
    "1091",
    { description: "A `relation` without `objekt/id`." },
    fuer(ALLE, (e) => e.relation.some((r) => leer(r.objekt.id))),
  ),
  qs(
    "1087",
    {
      description:
        "A `relation` pointing to an object of an inadmissible kind: groups and fields may relate to groups and fields (F, G), schemas to schemas (S), Dokumentsteckbriefe to Dokumentsteckbriefe (D).",
    },
    fuer(ALLE, (e, art) => e.relation.some((r) => !leer(r.objekt.id) && !RELATION_ZIELE[art].includes(r.objekt.id.trim()[0] ?? ""))),
  ),
  qs(
    "1116",
    { description: "A group or field with freigabestatus `7` (inaktiv), reported on each structure row that uses it." },
    {
      struktur(s, ctx) {
        if (s.child.freigabestatus.code === "7")
          ctx.report({ target: s.struktur, element: elementKey(s.parent.identifikation), sub: s.child.identifikation.id });
      },
    },
  ),
  qs(
    "1140",
    {
      description:
        "A group or field outside Nummernkreis 60 whose fachlicher Ersteller (`statusGesetztDurch`) is 'FIM-Baustein Datenfelder'.",
    },
    elemente((e) => FIM_BAUSTEIN.test((e.statusGesetztDurch ?? "").trim()) && !/^[GF]60/.test(e.identifikation.id)),
  ),
  qs(
    "1141",
    { description: "A schema outside Nummernkreis 60 whose fachlicher Ersteller (`statusGesetztDurch`) is 'FIM-Baustein Datenfelder'." },
    fuer(["stammdatenschema"], (e) => FIM_BAUSTEIN.test((e.statusGesetztDurch ?? "").trim()) && !/^S60/.test(e.identifikation.id)),
  ),
  qs(
    "1142",
    { description: "Group or field with freigabestatus 3–7 and no `statusGesetztAm`." },
    elemente((e) => STATUS_MIT_DATUM.has(e.freigabestatus.code) && leer(e.statusGesetztAm)),
  ),
  qs(
    "1143",
    { description: "Schema with freigabestatus 3–7 and no `statusGesetztAm`." },
    fuer(["stammdatenschema"], (e) => STATUS_MIT_DATUM.has(e.freigabestatus.code) && leer(e.statusGesetztAm)),
  ),
  qs(
    "1144",
    { description: "Dokumentsteckbrief with freigabestatus 3–7 and no `statusGesetztAm`." },
    fuer(["dokumentsteckbrief"], (e) => STATUS_MIT_DATUM.has(e.freigabestatus.code) && leer(e.statusGesetztAm)),
  ),
  qs(
    "1117",
    {
      description: "Fachlicher Ersteller (`statusGesetztDurch`) empty. Off by default, as in the reference run (an option there).",
      enabledByDefault: false,
    },
    fuer(ALLE, (e) => leer(e.statusGesetztDurch)),
  ),

  qs(
    "1136",
    {
      description:
        "A text longer than recommended: `name`, `bezeichnungEingabe`, `bezeichnungAusgabe` over 255 characters, `hilfetextEingabe`, `hilfetextAusgabe` over 500 (thresholds read off the reference's findings; other texts: docs/qs.md).",
    },
    elemente((e) =>
      (Object.keys(EMPFOHLENE_LAENGE) as (keyof typeof EMPFOHLENE_LAENGE)[]).some((p) => [...(e[p] ?? "")].length > EMPFOHLENE_LAENGE[p]),
    ),
  ),

  qs(
    "1131",
    {
      description:
        "A String.Latin text (name, beschreibung, definition, bezug, bezeichnung*, hilfetext*, versionshinweis, statusGesetztDurch, inhalt, Präzisierung text, the rules' texts) with a character outside String.Latin 1.1.",
    },
    {
      ...fuer(ALLE, (e) => {
        const x = e as AllgemeineAngaben &
          Partial<Schemaelementangaben> & { bezeichnung?: string; hilfetext?: string; inhalt?: string; praezisierung?: { text: string } };
        const texte = [
          x.name,
          x.beschreibung,
          x.definition,
          x.versionshinweis,
          x.statusGesetztDurch,
          x.bezeichnung,
          x.hilfetext,
          x.bezeichnungEingabe,
          x.bezeichnungAusgabe,
          x.hilfetextEingabe,
          x.hilfetextAusgabe,
          x.inhalt,
          x.praezisierung?.text,
          ...x.bezug.map((b) => b.text),
        ];
        return texte.some((t) => t !== undefined && !isStringLatin(t));
      }),
      regel(r, ctx) {
        const g = r.regel;
        const texte = [g.name, g.beschreibung, g.freitextRegel, g.fachlicherErsteller, ...g.bezug.map((b) => b.text)];
        if (texte.some((t) => t !== undefined && !isStringLatin(t))) ctx.report({ target: g, element: elementKey(g.identifikation) });
      },
    },
  ),
];
