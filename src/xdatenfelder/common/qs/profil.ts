/**
 * The data of the versions' QS profiles in one table, one column per version (2.0, 3.0.0), so that every
 * difference between the versions' checks stands on one line. The code lists a profile checks codes against
 * are the version's own (`v2/rules/view.ts`, `v3/rules/view.ts` add them).
 */
import type { QsProfilDaten } from "../view.ts";

/** The XDatenfelder versions a profile column stands for. */
export type XdfVersion = "2.0" | "3.0.0";

const SPALTEN: { readonly [K in keyof QsProfilDaten]: readonly [v2: QsProfilDaten[K], v3: QsProfilDaten[K]] } = {
  idZiffern: [8, 11],
  statusInaktiv: ["inaktiv", "7"],
  statusAktiv: ["aktiv", undefined],
  statusMitDatum: [new Set(), new Set(["3", "4", "5", "6", "7"])],
  anzahlNullIstLeer: [false, true],
  versionierteReferenz: [/[FG]\d{8}V\d+\.\d+/, /[FG]\d{11}V\d*\.\d*/],
  textTypen: [["text"], ["text", "text_latin"]],
  wertebereichTypen: [
    new Set(["num", "num_int", "num_currency", "date"]),
    new Set(["num", "num_int", "num_currency", "date", "time", "datetime"]),
  ],
  laengeBeiAuswahlNurText: [false, true],
  laengenangabe: [/^\+?\d+$/, /^\d+$/],
  zahlOhnePraezisierungNurEingabe: [true, false],
  urnUngetrimmt: [true, false],
  codelistenVersionPflicht: [true, false],
  leereNamenDoppelt: [true, false],
  defaultDatenfelder: [new Set(["F60000001", "F60000000001"]), new Set(["F60000000001"])],
  defaultDatenfeldNurAllein: [false, true],
  mehrereVersionenJe: ["stammdatenschema", "element"],
  unversioniertJe: ["container", "zeile"],
  arbeitskopieJe: ["zeile", "wurzel"],
  textChecksByDefault: [false, true],
  erstellerMitRegeln: [true, false],
  dateiAnzahlByDefault: [false, true],
};

/** The profile data of one version (its column of the table). */
export function qsProfilDaten(version: XdfVersion): QsProfilDaten {
  const i = version === "2.0" ? 0 : 1;
  return Object.fromEntries(Object.entries(SPALTEN).map(([k, spalte]) => [k, spalte[i]])) as unknown as QsProfilDaten;
}
