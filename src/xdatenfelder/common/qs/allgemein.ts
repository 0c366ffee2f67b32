/**
 * FIM-QS checks every element kind shares, written once for XDatenfelder 2.0 and 3.0.0 over the neutral view
 * (`../view.ts`): name, ID, status, labels, legal basis (bezug), relations, fachlicher Ersteller, status
 * dates, text lengths, String.Latin. Where the versions differ, the profile ({@link QsProfil}) says how;
 * which of these rules a version runs, and in which order, is its profile's list
 * (`v2/rules/index.ts`, `v3/rules/index.ts`).
 */
import { isStringLatin } from "../../../core/xsd-types/latin.ts";
import { type BezugSicht, type ElementArt, elementKey, leer, type QsProfil } from "../view.ts";
import { bausteinErsteller, fuer, regeln, rule, type Visitors, type XdfRule } from "./basis.ts";
import { regelErstellerVisitors } from "./regel.ts";

const ALLE: readonly ElementArt[] = ["stammdatenschema", "datenfeldgruppe", "datenfeld", "dokumentsteckbrief"];
const ELEMENTE: readonly ElementArt[] = ["datenfeldgruppe", "datenfeld"];
const ID_BUCHSTABE: Readonly<Record<ElementArt, string>> = {
  stammdatenschema: "S",
  datenfeldgruppe: "G",
  datenfeld: "F",
  dokumentsteckbrief: "D",
};
const RELATION_ZIELE: Readonly<Record<ElementArt, string>> = {
  stammdatenschema: "S",
  datenfeldgruppe: "FG",
  datenfeld: "FG",
  dokumentsteckbrief: "D",
};
/** A visitor of structure rows reporting rows with a `bezug` that fails `test`. */
function zeile(test: (b: BezugSicht) => boolean): Visitors {
  return {
    struktur(node, ctx) {
      const s = ctx.options.sicht.zeile(node);
      if (s.bezug.some(test)) ctx.report({ target: s.target, element: elementKey(s.parent), sub: s.child.id });
    },
  };
}

const ohneBezug = (bezug: readonly BezugSicht[]) => bezug.every((b) => leer(b.text));

/** Whether a legal-basis text names more than one provision (more than one `§`). */
export function mehrereHandlungsgrundlagen(text: string): boolean {
  const paragraphen = text.match(/§/g)?.length ?? 0;
  return paragraphen > 1;
}

/** Whether a legal-basis link is a usable URL: http(s), no white space. */
export function gueltigerLink(link: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/.test(link);
}
const falscherLink = (b: BezugSicht) => b.link !== undefined && b.link !== "" && !gueltigerLink(b.link);

/** Recommended maximum lengths (characters), as the reference applies them (`PruefeFeldlaenge=1`). */
export const EMPFOHLENE_LAENGE = {
  name: 255,
  bezeichnungEingabe: 255,
  bezeichnungAusgabe: 255,
  hilfetextEingabe: 500,
  hilfetextAusgabe: 500,
} as const;

/** More code points than `limit` (a text has at most as many code points as UTF-16 units: count only then). */
function zuLang(text: string | undefined, limit: number): boolean {
  return text !== undefined && text.length > limit && [...text].length > limit;
}

const latinVerletzt = (texte: readonly (string | undefined)[]) => texte.some((t) => t !== undefined && !isStringLatin(t));

/** The common rules on AllgemeineAngaben and Schemaelementangaben, by catalogue code, for one version. */
export function allgemeinRules(profil: QsProfil): Readonly<Record<string, XdfRule>> {
  const inAbAn = profil.textChecksByDefault ? {} : { enabledByDefault: false };

  const idMuster = (art: ElementArt) => new RegExp(`^${ID_BUCHSTABE[art]}\\d{${profil.idZiffern}}$`);
  const ersteller1140 = fuer(ELEMENTE, (e) => bausteinErsteller(e.ersteller) && !/^[GF]60/.test(e.identifikation.id));
  const ersteller1117 = fuer(ALLE, (e) => leer(e.ersteller));
  return {
    "1002": rule(
      "1002",
      { description: "`name` empty (schema, group, field, Dokumentsteckbrief; rules: the rule checks)." },
      fuer(ALLE, (e) => leer(e.name)),
    ),
    "1006": rule(
      "1006",
      { description: "Group or field with schemaelementart `RNG` and no (non-empty) `bezug`." },
      fuer(ELEMENTE, (e) => e.schemaelementart === "RNG" && ohneBezug(e.bezug)),
    ),
    "1101": rule(
      "1101",
      { description: "Group or field with schemaelementart `HAR` and no (non-empty) `bezug`." },
      fuer(ELEMENTE, (e) => e.schemaelementart === "HAR" && ohneBezug(e.bezug)),
    ),
    "1009": rule(
      "1009",
      { description: "Group or field with an empty `bezeichnungEingabe`." },
      fuer(ELEMENTE, (e) => leer(e.bezeichnungEingabe)),
    ),
    "1010": rule(
      "1010",
      { description: "Group or field without (or with an empty) `bezeichnungAusgabe`." },
      fuer(ELEMENTE, (e) => leer(e.bezeichnungAusgabe)),
    ),
    "1031": rule(
      "1031",
      { description: "schemaelementart missing or not ABS/HAR/RNG." },
      fuer(ELEMENTE, (e) => !profil.schemaelementartGueltig(e.schemaelementart ?? "")),
    ),
    "1032": rule(
      "1032",
      { description: "Status (2.0 `status`, 3.0.0 `freigabestatus`) missing or not in the version's status list." },
      fuer(ALLE, (e) => !profil.statusGueltig(e.status)),
    ),
    "1038": rule(
      "1038",
      { description: "`identifikation/id` empty." },
      fuer(ALLE, (e) => leer(e.identifikation.id)),
    ),
    "1039": rule(
      "1039",
      { description: `\`identifikation/id\` not the element's letter (S, G, F, D) followed by ${profil.idZiffern} digits.` },
      fuer(ALLE, (e) => !leer(e.identifikation.id) && !idMuster(e.art).test(e.identifikation.id)),
    ),
    "1098": rule(
      "1098",
      {
        description:
          "`bezeichnung` (2.0: `bezeichnungEingabe`) equals `hilfetext` (schema, Dokumentsteckbrief), or `bezeichnungEingabe` equals `hilfetextEingabe` (group, field). Off by default for 2.0: the reference QS-DF 0.977 has no such check.",
        ...inAbAn,
      },
      fuer(ALLE, (e) => !leer(e.hilfetext) && e.bezeichnung.trim() === e.hilfetext?.trim()),
    ),
    "1132": rule(
      "1132",
      {
        description:
          "A `bezug` of an element or of a structure row naming several provisions at once (more than one `§`, e.g. `§§ 55, 63 AsylG`).",
      },
      {
        ...fuer(ALLE, (e) => e.bezug.some((b) => mehrereHandlungsgrundlagen(b.text))),
        ...zeile((b) => mehrereHandlungsgrundlagen(b.text)),
      },
    ),
    "1133": rule(
      "1133",
      { description: "A `bezug/@link` of an element or of a structure row that is not an http(s) URL without white space." },
      { ...fuer(ALLE, (e) => e.bezug.some(falscherLink)), ...zeile(falscherLink) },
    ),
    "1029": rule(
      "1029",
      { description: "A `relation` whose praedikat is missing or not ABL/ERS/EQU/VKN." },
      fuer(ALLE, (e) => e.relation.some((r) => !profil.relationGueltig(r.praedikat))),
    ),
    "1091": rule(
      "1091",
      { description: "A `relation` without `objekt/id`." },
      fuer(ALLE, (e) => e.relation.some((r) => leer(r.objektId))),
    ),
    "1087": rule(
      "1087",
      {
        description:
          "A `relation` pointing to an object of an inadmissible kind: groups and fields may relate to groups and fields (F, G), schemas to schemas (S), Dokumentsteckbriefe to Dokumentsteckbriefe (D).",
      },
      fuer(ALLE, (e) => e.relation.some((r) => !leer(r.objektId) && !RELATION_ZIELE[e.art].includes(r.objektId.trim()[0] ?? ""))),
    ),
    "1116": rule(
      "1116",
      { description: "A group or field with the inactive status (2.0 `inaktiv`, 3.0.0 `7`), reported on each structure row that uses it." },
      {
        struktur(node, ctx) {
          const s = ctx.options.sicht.zeile(node);
          if (s.childStatus === profil.statusInaktiv) ctx.report({ target: s.target, element: elementKey(s.parent), sub: s.child.id });
        },
      },
    ),
    "1140": rule(
      "1140",
      {
        description: `A group or field${profil.erstellerMitRegeln ? ", or a rule," : ""} outside Nummernkreis 60 whose fachlicher Ersteller (2.0 \`fachlicherErsteller\`, 3.0.0 \`statusGesetztDurch\`) is 'FIM-Baustein Datenfelder'.`,
      },
      profil.erstellerMitRegeln ? { ...ersteller1140, ...regelErstellerVisitors("1140") } : ersteller1140,
    ),
    "1141": rule(
      "1141",
      { description: "A schema outside Nummernkreis 60 whose fachlicher Ersteller is 'FIM-Baustein Datenfelder'." },
      fuer(["stammdatenschema"], (e) => bausteinErsteller(e.ersteller) && !/^S60/.test(e.identifikation.id)),
    ),
    "1142": rule(
      "1142",
      { description: "Group or field with freigabestatus 3–7 and no `statusGesetztAm`." },
      fuer(ELEMENTE, (e) => profil.statusMitDatum.has(e.status) && leer(e.statusGesetztAm)),
    ),
    "1143": rule(
      "1143",
      { description: "Schema with freigabestatus 3–7 and no `statusGesetztAm`." },
      fuer(["stammdatenschema"], (e) => profil.statusMitDatum.has(e.status) && leer(e.statusGesetztAm)),
    ),
    "1144": rule(
      "1144",
      { description: "Dokumentsteckbrief with freigabestatus 3–7 and no `statusGesetztAm`." },
      fuer(["dokumentsteckbrief"], (e) => profil.statusMitDatum.has(e.status) && leer(e.statusGesetztAm)),
    ),
    "1117": rule(
      "1117",
      {
        description: "Fachlicher Ersteller empty. Off by default, as in the reference run (an option there).",
        enabledByDefault: false,
      },
      profil.erstellerMitRegeln ? { ...ersteller1117, ...regelErstellerVisitors("1117") } : ersteller1117,
    ),
    "1136": rule(
      "1136",
      {
        description:
          "A text longer than recommended: `name`, `bezeichnungEingabe`, `bezeichnungAusgabe` over 255 characters, `hilfetextEingabe`, `hilfetextAusgabe` over 500 (thresholds read off the reference's findings; other texts: docs/qs.md).",
      },
      fuer(ELEMENTE, (e) =>
        (Object.keys(EMPFOHLENE_LAENGE) as (keyof typeof EMPFOHLENE_LAENGE)[]).some((p) => zuLang(e[p], EMPFOHLENE_LAENGE[p])),
      ),
    ),
    "1131": rule(
      "1131",
      {
        description:
          "A String.Latin text of an element or rule (name, beschreibung, definition, bezug, bezeichnung*, hilfetext*, versionshinweis, fachlicher Ersteller, inhalt, Präzisierung, the rules' texts) with a character outside String.Latin 1.1. Off by default for 2.0: the reference QS-DF 0.977 has no such check (real 2.0 exports contain e.g. `≤`).",
        ...inAbAn,
      },
      { ...fuer(ALLE, (e) => latinVerletzt(e.latinTexte())), ...regeln((r) => latinVerletzt(r.latinTexte())) },
    ),
    "1119": rule(
      "1119",
      {
        description:
          "A versioned or published schema, group or field (with `version` or `veroeffentlichungsdatum`) whose status is not active (deactivated in the catalogue; off by default).",
        enabledByDefault: false,
      },
      fuer(
        ["stammdatenschema", "datenfeldgruppe", "datenfeld"],
        (e) => (!leer(e.identifikation.version) || !leer(e.veroeffentlichungsdatum)) && e.status !== profil.statusAktiv,
      ),
    ),
  };
}
