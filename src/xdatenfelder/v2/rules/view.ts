/** The adapter from the 2.0 model to the neutral view the common FIM-QS rules read (`common/view.ts`). */
import { isCodeOf } from "../../../core/codelists/code.ts";
import { type ElementArt, type ElementSicht, einmal, leer, type QsProfil, type XdfSicht } from "../../common/view.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  schemaelementartCodeList,
  statusCodeList,
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

/** The 2.0 parameters of the common checks. */
export const PROFIL_V2: QsProfil = {
  idZiffern: 8,
  statusGueltig: (code) => isCodeOf(statusCodeList, code),
  schemaelementartGueltig: (code) => isCodeOf(schemaelementartCodeList, code),
  statusInaktiv: "inaktiv",
  statusAktiv: "aktiv",
  statusMitDatum: new Set(),
  anzahlNullIstLeer: false,
  versionierteReferenz: /[FG]\d{8}V\d+\.\d+/,
  ableitungStrukturGueltig: (code) => isCodeOf(ableitungsmodifikationenStrukturCodeList, code),
  ableitungRepraesentationGueltig: (code) => isCodeOf(ableitungsmodifikationenRepraesentationCodeList, code),
  dokumentartGueltig: (text) => !leer(text),
  relationGueltig: () => true,
};

type Element = AllgemeineAngaben &
  Partial<Schemaelementangaben> &
  Partial<Pick<Stammdatenschema, "ableitungsmodifikationenStruktur" | "ableitungsmodifikationenRepraesentation">> &
  Partial<Pick<Dokumentsteckbrief, "dokumentart" | "isReferenz">> & {
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
    bezeichnung: x.bezeichnungEingabe,
    hilfetext: kopf ? x.hilfetext : x.hilfetextEingabe,
    bezeichnungEingabe: kopf ? undefined : x.bezeichnungEingabe,
    bezeichnungAusgabe: x.bezeichnungAusgabe,
    hilfetextEingabe: x.hilfetextEingabe,
    hilfetextAusgabe: x.hilfetextAusgabe,
    schemaelementart: x.schemaelementart?.code,
    status: x.status.code,
    statusGesetztAm: undefined,
    ersteller: x.fachlicherErsteller,
    veroeffentlichungsdatum: x.veroeffentlichungsdatum,
    bezug: [{ text: x.bezug }],
    relation: [],
    definition: x.definition,
    ableitungsmodifikationenStruktur: x.ableitungsmodifikationenStruktur?.code,
    ableitungsmodifikationenRepraesentation: x.ableitungsmodifikationenRepraesentation?.code,
    dokumentart: x.dokumentart,
    dokumentsteckbriefSchalter: x.isReferenz,
    latinTexte: () => [
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
    ],
  };
}

/** A fresh adapter (its caches live as long as one run). */
export function sichtV2(): XdfSicht {
  return {
    element: einmal(element),
    regel: einmal((node: object) => {
      const g: Regel = (node as RegelKnoten).regel;
      return {
        target: g,
        identifikation: g.identifikation,
        name: g.name,
        ersteller: g.fachlicherErsteller,
        text: g.definition,
        skript: g.script,
        latinTexte: () => [g.name, g.bezeichnungEingabe, g.beschreibung, g.definition, g.bezug, g.fachlicherErsteller],
      };
    }),
    zeile: einmal((node: object) => {
      const s = node as StrukturKnoten;
      return {
        target: s.struktur,
        parent: s.parent.identifikation,
        child: s.child.identifikation,
        childStatus: s.child.status.code,
        anzahl: s.struktur.anzahl,
        parentArt: s.parentKind,
        parentSchemaelementart: s.parentKind === "datenfeldgruppe" ? (s.parent as Datenfeldgruppe).schemaelementart.code : undefined,
        childArt: s.childKind,
        childSchemaelementart: s.child.schemaelementart.code,
        childDatentyp: s.childKind === "datenfeld" ? (s.child as Datenfeld).datentyp.code : undefined,
        bezug: [{ text: s.struktur.bezug }],
      };
    }),
  };
}
