/**
 * FIM-QS checks of a Stammdatenschema and a Dokumentsteckbrief written once for XDatenfelder 2.0 and 3.0.0
 * over the neutral view, with those of 3.0.0's own schema fields (the Dokumentsteckbrief reference: 1007,
 * 1096, 1097) that only 3.0.0 lists.
 */
import { type BezugSicht, type ElementSicht, leer, type QsProfil } from "../view.ts";
import { fuer, rule, type XdfRule } from "./basis.ts";

const ohneBezug = (bezug: readonly BezugSicht[]) => bezug.every((b) => leer(b.text));
const DEFAULT_DOKUMENTSTECKBRIEF = "D99000000001";
/** Methodically or fachlich released (freigabestatus 4, 5, 6). */
const freigegeben = (status: string) => status === "4" || status === "5" || status === "6";
const istDefaultDokumentsteckbrief = (e: ElementSicht) => (e.dokumentsteckbriefId ?? "").trim() === DEFAULT_DOKUMENTSTECKBRIEF;
const abstrakt = (e: ElementSicht) => ["true", "1"].includes((e.dokumentsteckbriefSchalter ?? "").trim());

/** The common schema and Dokumentsteckbrief checks, by catalogue code, for one version. */
export function schemaRules(profil: QsProfil): Readonly<Record<string, XdfRule>> {
  return {
    "1007": rule(
      "1007",
      { description: "Schema whose `dokumentsteckbrief/id` is empty." },
      fuer(["stammdatenschema"], (e) => leer(e.dokumentsteckbriefId)),
    ),
    "1096": rule(
      "1096",
      { description: "Schema assigned to the 'Default-Dokumentsteckbrief' D99000000001 (not yet released; released: 1097)." },
      fuer(["stammdatenschema"], (e) => istDefaultDokumentsteckbrief(e) && !freigegeben(e.status)),
    ),
    "1097": rule(
      "1097",
      { description: "Schema with freigabestatus 4, 5 or 6 assigned to the 'Default-Dokumentsteckbrief' D99000000001." },
      fuer(["stammdatenschema"], (e) => istDefaultDokumentsteckbrief(e) && freigegeben(e.status)),
    ),
    "1052": rule(
      "1052",
      { description: "Concrete Dokumentsteckbrief (istAbstrakt false) without a (non-empty) `bezug`." },
      fuer(["dokumentsteckbrief"], (e) => !abstrakt(e) && ohneBezug(e.bezug)),
    ),
    "1050": rule(
      "1050",
      {
        description:
          "Schema or Dokumentsteckbrief with an empty `bezeichnung` (2.0: `bezeichnungEingabe`, it has no separate `bezeichnung`).",
      },
      fuer(["stammdatenschema", "dokumentsteckbrief"], (e) => leer(e.bezeichnung)),
    ),
    "1051": rule(
      "1051",
      { description: "Schema without a (non-empty) `bezug`." },
      fuer(["stammdatenschema"], (e) => ohneBezug(e.bezug)),
    ),
    "1033": rule(
      "1033",
      { description: "ableitungsmodifikationenStruktur missing or not 0–3." },
      fuer(["stammdatenschema"], (e) => !profil.ableitungStrukturGueltig(e.ableitungsmodifikationenStruktur ?? "")),
    ),
    "1034": rule(
      "1034",
      { description: "ableitungsmodifikationenRepraesentation missing or not 0–1." },
      fuer(["stammdatenschema"], (e) => !profil.ableitungRepraesentationGueltig(e.ableitungsmodifikationenRepraesentation ?? "")),
    ),
    "1008": rule(
      "1008",
      { description: "Dokumentsteckbrief with an empty `bezug`." },
      fuer(["dokumentsteckbrief"], (e) => ohneBezug(e.bezug)),
    ),
    "1049": rule(
      "1049",
      { description: "Dokumentsteckbrief with an empty `definition`." },
      fuer(["dokumentsteckbrief"], (e) => leer(e.definition)),
    ),
    "1055": rule(
      "1055",
      { description: "dokumentart missing, or not in the Dokumentart code list (2.0: empty; a free string there)." },
      fuer(["dokumentsteckbrief"], (e) => !profil.dokumentartGueltig(e.dokumentart ?? "")),
    ),
    "1092": rule(
      "1092",
      { description: "`istAbstrakt` (2.0: `isReferenz`) not a boolean (`true`, `false`, `1`, `0`)." },
      fuer(["dokumentsteckbrief"], (e) => !["true", "false", "1", "0"].includes((e.dokumentsteckbriefSchalter ?? "").trim())),
    ),
    "1107": rule(
      "1107",
      { description: "Dokumentsteckbrief with an empty `hilfetext`." },
      fuer(["dokumentsteckbrief"], (e) => leer(e.hilfetext)),
    ),
  };
}
