/** The adapter from the 3.0.0 model to the neutral view the common FIM-QS rules read (`common/view.ts`), and the 3.0.0 profile. */
import { isCodeOf } from "../../../core/codelists/code.ts";
import { qsProfilDaten } from "../../common/qs/profil.ts";
import { baueSicht } from "../../common/qs/sicht.ts";
import {
  type CodelisteSicht,
  type ElementArt,
  type ElementSicht,
  type FeldSicht,
  leer,
  type QsProfil,
  type XdfSicht,
} from "../../common/view.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  datentypCodeList,
  dokumentartCodeList,
  feldartCodeList,
  freigabestatusCodeList,
  gruppenartCodeList,
  relationCodeList,
  schemaelementartCodeList,
  vorbefuellungCodeList,
} from "../codes.ts";
import type {
  AllgemeineAngaben,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  GenericodeIdentification,
  Regel,
  Schemaelementangaben,
  Stammdatenschema,
  Struktur,
} from "../model.ts";
import type { CodelisteKnoten, QsDokument } from "./context.ts";

/** The 3.0.0 profile of the common checks: its column of `common/qs/profil.ts` and its code lists. */
export const PROFIL_V3: QsProfil = {
  ...qsProfilDaten("3.0.0"),
  statusGueltig: (code) => isCodeOf(freigabestatusCodeList, code),
  schemaelementartGueltig: (code) => isCodeOf(schemaelementartCodeList, code),
  ableitungStrukturGueltig: (code) => isCodeOf(ableitungsmodifikationenStrukturCodeList, code),
  ableitungRepraesentationGueltig: (code) => isCodeOf(ableitungsmodifikationenRepraesentationCodeList, code),
  dokumentartGueltig: (code) => isCodeOf(dokumentartCodeList, code),
  relationGueltig: (code) => isCodeOf(relationCodeList, code),
  feldartGueltig: (code) => isCodeOf(feldartCodeList, code),
  datentypGueltig: (code) => isCodeOf(datentypCodeList, code),
  vorbefuellungGueltig: (code) => isCodeOf(vorbefuellungCodeList, code),
  gruppenartGueltig: (code) => isCodeOf(gruppenartCodeList, code),
};

/** How a code list is named in findings: `canonicalVersionUri`, else `canonicalIdentification_version`. */
export function codelistenKey(r: GenericodeIdentification): string {
  if (!leer(r.canonicalVersionUri)) return (r.canonicalVersionUri as string).trim();
  const id = (r.canonicalIdentification ?? "").trim();
  return leer(r.version) ? id : `${id}_${(r.version as string).trim()}`;
}

type Element = AllgemeineAngaben &
  Partial<Schemaelementangaben> &
  Partial<Pick<Stammdatenschema, "ableitungsmodifikationenStruktur" | "ableitungsmodifikationenRepraesentation" | "dokumentsteckbrief">> &
  Partial<Pick<Dokumentsteckbrief, "dokumentart" | "istAbstrakt">> &
  Partial<Pick<Datenfeldgruppe, "art">> & {
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
    dokumentsteckbriefId: x.dokumentsteckbrief?.id,
    gruppenart: x.art?.code,
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

function feld(node: object): FeldSicht {
  const f = node as Datenfeld;
  const keys: { codeKey?: string; nameKey?: string; helpKey?: string } = {};
  if (!leer(f.codeKey)) keys.codeKey = (f.codeKey as string).trim();
  if (!leer(f.nameKey)) keys.nameKey = (f.nameKey as string).trim();
  if (!leer(f.helpKey)) keys.helpKey = (f.helpKey as string).trim();
  return {
    target: f,
    identifikation: f.identifikation,
    feldart: f.feldart.code,
    datentyp: f.datentyp.code,
    schemaelementart: f.schemaelementart.code,
    vorbefuellung: f.vorbefuellung.code,
    praezisierung: f.praezisierung,
    ohnePraezisierung: f.praezisierung === undefined,
    inhalt: f.inhalt,
    werte: f.werte,
    codelisteReferenz: f.codelisteReferenz,
    codelisteUri: (f.codelisteReferenz?.canonicalIdentification ?? "").trim(),
    codeKeys: keys,
    codeKey: f.codeKey,
    nameKey: f.nameKey,
    helpKey: f.helpKey,
    maxSize: f.maxSize,
    mediaType: f.mediaType,
  };
}

function codeliste(c: CodelisteKnoten): CodelisteSicht {
  return {
    target: c.referenz,
    element: codelistenKey(c.referenz),
    canonicalIdentification: c.referenz.canonicalIdentification ?? "",
    version: c.referenz.version ?? "",
    referenz: c.referenz,
    referenziert: true,
    inline: undefined,
    keys: feld(c.feld).codeKeys,
  };
}

/** A fresh adapter for one run over an indexed message (its caches live as long as the run). */
export function sichtV3(dokument: QsDokument): XdfSicht {
  return baueSicht<Struktur, Regel>(
    {
      element,
      feld,
      codeliste: (node) => codeliste(node as CodelisteKnoten),
      status: (el) => (el as { freigabestatus: { code: string } }).freigabestatus.code,
      gruppenart: (g) => (g as Datenfeldgruppe).art?.code,
      datentyp: (f) => (f as Datenfeld).datentyp.code,
      bezug: (s) => s.bezug,
      regel: (g) => ({
        text: g.freitextRegel,
        skript: g.skript,
        latinTexte: () => [g.name, g.beschreibung, g.freitextRegel, g.fachlicherErsteller, ...g.bezug.map((b) => b.text)],
      }),
    },
    dokument,
  );
}
