/** The adapter from the 2.0 model to the neutral view the common FIM-QS rules read (`common/view.ts`), and the 2.0 profile. */
import { isCodeOf } from "../../../core/codelists/code.ts";
import type { CodeListDocument } from "../../../core/codelists/genericode.ts";
import { qsProfilDaten } from "../../common/qs/profil.ts";
import { baueSicht } from "../../common/qs/sicht.ts";
import {
  type CodelisteSicht,
  type ElementArt,
  type ElementSicht,
  elementKey,
  type FeldSicht,
  leer,
  type QsProfil,
  type XdfSicht,
} from "../../common/view.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  datentypCodeList,
  feldartCodeList,
  schemaelementartCodeList,
  statusCodeList,
} from "../codes.ts";
import type {
  AllgemeineAngaben,
  Datenfeld,
  Dokumentsteckbrief,
  Regel,
  Schemaelementangaben,
  Stammdatenschema,
  Struktur,
} from "../model.ts";
import type { CodelisteKnoten, QsDokument } from "./context.ts";

/** 2.0 has neither relations, nor Vorbefüllung, nor Gruppenart: nothing to reject. */
const keinCode = () => true;

/** The 2.0 profile of the common checks: its column of `common/qs/profil.ts` and its code lists. */
export const PROFIL_V2: QsProfil = {
  ...qsProfilDaten("2.0"),
  statusGueltig: (code) => isCodeOf(statusCodeList, code),
  schemaelementartGueltig: (code) => isCodeOf(schemaelementartCodeList, code),
  ableitungStrukturGueltig: (code) => isCodeOf(ableitungsmodifikationenStrukturCodeList, code),
  ableitungRepraesentationGueltig: (code) => isCodeOf(ableitungsmodifikationenRepraesentationCodeList, code),
  dokumentartGueltig: (text) => !leer(text),
  feldartGueltig: (code) => isCodeOf(feldartCodeList, code),
  datentypGueltig: (code) => isCodeOf(datentypCodeList, code),
  relationGueltig: keinCode,
  vorbefuellungGueltig: keinCode,
  gruppenartGueltig: keinCode,
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
    dokumentsteckbriefId: undefined,
    gruppenart: undefined,
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

function feld(node: object): FeldSicht {
  const f = node as Datenfeld;
  const referenz = f.codelisteReferenz?.genericodeIdentification;
  return {
    target: f,
    identifikation: f.identifikation,
    feldart: f.feldart.code,
    datentyp: f.datentyp.code,
    schemaelementart: f.schemaelementart.code,
    vorbefuellung: undefined,
    praezisierung: f.praezisierung.werte,
    ohnePraezisierung: leer(f.praezisierung.text),
    inhalt: f.inhalt,
    werte: undefined,
    codelisteReferenz: referenz,
    codelisteUri: (referenz?.canonicalIdentification ?? "").trim(),
    codeKeys: {},
    codeKey: undefined,
    nameKey: undefined,
    helpKey: undefined,
    maxSize: undefined,
    mediaType: [],
  };
}

function codeliste(c: CodelisteKnoten): CodelisteSicht {
  const inline = c.codeliste?.genericode.inhalt.find((x): x is { codeList: CodeListDocument } => "codeList" in x);
  return {
    target: c.target,
    element: elementKey(c.identifikation),
    canonicalIdentification: c.genericodeIdentification.canonicalIdentification,
    version: c.genericodeIdentification.version,
    referenz: c.genericodeIdentification,
    referenziert: c.feld !== undefined,
    inline: inline?.codeList,
    keys: {},
  };
}

/** A fresh adapter for one run over an indexed message (its caches live as long as the run). */
export function sichtV2(dokument: QsDokument): XdfSicht {
  return baueSicht<Struktur, Regel>(
    {
      element,
      feld,
      codeliste: (node) => codeliste(node as CodelisteKnoten),
      status: (el) => (el as { status: { code: string } }).status.code,
      gruppenart: () => undefined,
      datentyp: (f) => (f as Datenfeld).datentyp.code,
      bezug: (s) => [{ text: s.bezug }],
      regel: (g) => ({
        text: g.definition,
        skript: g.script,
        latinTexte: () => [g.name, g.bezeichnungEingabe, g.beschreibung, g.definition, g.bezug, g.fachlicherErsteller],
      }),
    },
    dokument,
  );
}
