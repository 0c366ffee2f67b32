/** The adapter from the 3.0.0 model to the neutral view the common FIM-QS rules read (`common/view.ts`). */
import { isCodeOf } from "../../../core/codelists/code.ts";
import { type ElementArt, type ElementSicht, einmal, type QsProfil, type XdfSicht } from "../../common/view.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  dokumentartCodeList,
  freigabestatusCodeList,
  relationCodeList,
  schemaelementartCodeList,
} from "../codes.ts";
import type {
  AllgemeineAngaben,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  Regel,
  Schemaelementangaben,
  Stammdatenschema,
} from "../model.ts";
import type { RegelKnoten, StrukturKnoten } from "./context.ts";

/** The 3.0.0 parameters of the common checks. */
export const PROFIL_V3: QsProfil = {
  idZiffern: 11,
  statusGueltig: (code) => isCodeOf(freigabestatusCodeList, code),
  schemaelementartGueltig: (code) => isCodeOf(schemaelementartCodeList, code),
  statusInaktiv: "7",
  statusAktiv: undefined,
  statusMitDatum: new Set(["3", "4", "5", "6", "7"]),
  anzahlNullIstLeer: true,
  versionierteReferenz: /[FG]\d{11}V\d*\.\d*/,
  ableitungStrukturGueltig: (code) => isCodeOf(ableitungsmodifikationenStrukturCodeList, code),
  ableitungRepraesentationGueltig: (code) => isCodeOf(ableitungsmodifikationenRepraesentationCodeList, code),
  dokumentartGueltig: (code) => isCodeOf(dokumentartCodeList, code),
  relationGueltig: (code) => isCodeOf(relationCodeList, code),
};

type Element = AllgemeineAngaben &
  Partial<Schemaelementangaben> &
  Partial<Pick<Stammdatenschema, "ableitungsmodifikationenStruktur" | "ableitungsmodifikationenRepraesentation">> &
  Partial<Pick<Dokumentsteckbrief, "dokumentart" | "istAbstrakt">> & {
    bezeichnung?: string;
    hilfetext?: string;
    inhalt?: string;
    praezisierung?: { text: string };
  };

function element(node: object, art: ElementArt): ElementSicht {
  const x = node as Element;
  const kopf = art === "stammdatenschema" || art === "dokumentsteckbrief";
  return {
    art,
    target: node,
    identifikation: x.identifikation,
    name: x.name,
    bezeichnung: (kopf ? x.bezeichnung : x.bezeichnungEingabe) ?? "",
    hilfetext: kopf ? x.hilfetext : x.hilfetextEingabe,
    bezeichnungEingabe: x.bezeichnungEingabe,
    bezeichnungAusgabe: x.bezeichnungAusgabe,
    hilfetextEingabe: x.hilfetextEingabe,
    hilfetextAusgabe: x.hilfetextAusgabe,
    schemaelementart: x.schemaelementart?.code,
    status: x.freigabestatus.code,
    statusGesetztAm: x.statusGesetztAm,
    ersteller: x.statusGesetztDurch,
    veroeffentlichungsdatum: x.veroeffentlichungsdatum,
    bezug: x.bezug,
    definition: x.definition,
    ableitungsmodifikationenStruktur: x.ableitungsmodifikationenStruktur?.code,
    ableitungsmodifikationenRepraesentation: x.ableitungsmodifikationenRepraesentation?.code,
    dokumentart: x.dokumentart?.code,
    dokumentsteckbriefSchalter: x.istAbstrakt,
    relation: x.relation.map((r) => ({ praedikat: r.praedikat.code, objektId: r.objekt.id })),
    latinTexte: () => [
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
    ],
  };
}

/** A fresh adapter (its caches live as long as one run). */
export function sichtV3(): XdfSicht {
  return {
    element: einmal(element),
    regel: einmal((node: object) => {
      const g: Regel = (node as RegelKnoten).regel;
      return {
        target: g,
        identifikation: g.identifikation,
        name: g.name,
        ersteller: g.fachlicherErsteller,
        text: g.freitextRegel,
        skript: g.skript,
        latinTexte: () => [g.name, g.beschreibung, g.freitextRegel, g.fachlicherErsteller, ...g.bezug.map((b) => b.text)],
      };
    }),
    zeile: einmal((node: object) => {
      const s = node as StrukturKnoten;
      return {
        target: s.struktur,
        parent: s.parent.identifikation,
        child: s.child.identifikation,
        childStatus: s.child.freigabestatus.code,
        anzahl: s.struktur.anzahl,
        parentArt: s.parentKind,
        parentSchemaelementart: s.parentKind === "datenfeldgruppe" ? (s.parent as Datenfeldgruppe).schemaelementart.code : undefined,
        childArt: s.childKind,
        childSchemaelementart: s.child.schemaelementart.code,
        childDatentyp: s.childKind === "datenfeld" ? (s.child as Datenfeld).datentyp.code : undefined,
        bezug: s.struktur.bezug,
      };
    }),
  };
}
