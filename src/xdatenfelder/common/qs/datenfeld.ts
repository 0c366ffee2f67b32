/**
 * FIM-QS checks of a Datenfeld written once for XDatenfelder 2.0 and 3.0.0 over the neutral view
 * ({@link FeldSicht}): Feldart, Datentyp, Präzisierung, inhalt, value lists, file fields. Where the versions
 * differ, the profile ({@link QsProfil}) says how; the checks of 3.0.0-only parts (`werte`, `vorbefuellung`,
 * `maxSize`, `mediaType`, `codeKey`…) find nothing in 2.0, which has none, and only 3.0.0 lists them. The one
 * check of the 2.0 Präzisierung's JSON (1035) stays in `v2/rules/eigene.ts`.
 */
import { elementKey, type FeldSicht, leer, type QsProfil } from "../view.ts";
import { rule, type Visitors, type XdfRule } from "./basis.ts";
import { istWahrheitswert, passt, vergleiche, type Wertart, wertartVon } from "./werte.ts";

/** A visitor of fields, each reported as the field. */
export function felder(check: (f: FeldSicht) => boolean): Visitors {
  return {
    datenfeld(node, ctx) {
      const f = ctx.options.sicht.feld(node);
      if (check(f)) ctx.report({ target: f.target, element: elementKey(f.identifikation) });
    },
  };
}

const hatLaenge = (f: FeldSicht) => !leer(f.praezisierung?.minLength) || !leer(f.praezisierung?.maxLength);
const hatWertebereich = (f: FeldSicht) => !leer(f.praezisierung?.minValue) || !leer(f.praezisierung?.maxValue);
const hatWerte = (f: FeldSicht) => f.werte !== undefined && f.werte.length > 0;
const hatCodeliste = (f: FeldSicht) => f.codelisteReferenz !== undefined;
const ganz = (v: string | undefined) => !leer(v) && /^\+?\d+$/.test((v as string).trim());
const ZAHLEN = ["num", "num_int", "num_currency"];

/** The common Datenfeld checks, by catalogue code, for one version. */
export function datenfeldRules(profil: QsProfil): Readonly<Record<string, XdfRule>> {
  const istText = (f: FeldSicht) => profil.textTypen.includes(f.datentyp);
  const textTypen = profil.textTypen.map((t) => `\`${t}\``).join("/");
  /** minValue / maxValue against the value kind of the Datentyp. */
  const grenze = (code: string, seite: "minValue" | "maxValue", art: Wertart, description: string) =>
    rule(
      code,
      { description },
      felder((f) => {
        const v = f.praezisierung?.[seite];
        return !leer(v) && wertartVon(f.datentyp) === art && !passt(art, v as string);
      }),
    );
  /** `inhalt` against the value kind of the Datentyp. */
  const inhaltArt = (code: string, art: Wertart, description: string) =>
    rule(
      code,
      { description },
      felder((f) => !leer(f.inhalt) && f.feldart !== "select" && wertartVon(f.datentyp) === art && !passt(art, f.inhalt as string)),
    );
  /** `inhalt` compared with a bound (both valid for the Datentyp): `richtung` -1 below, 1 above. */
  const inhaltGegen = (code: string, seite: "minValue" | "maxValue", richtung: -1 | 1, description: string) =>
    rule(
      code,
      { description },
      felder((f) => {
        const art = wertartVon(f.datentyp);
        const g = f.praezisierung?.[seite];
        if (art === undefined || leer(f.inhalt) || leer(g) || !passt(art, f.inhalt as string) || !passt(art, g as string)) return false;
        const c = vergleiche(art, f.inhalt as string, g as string);
        return c !== undefined && Math.sign(c) === richtung;
      }),
    );
  /** The length of `inhalt` of a text field compared with minLength (-1) or maxLength (1). */
  const laenge = (code: string, seite: "minLength" | "maxLength", richtung: -1 | 1, description: string) =>
    rule(
      code,
      { description },
      felder((f) => {
        const g = f.praezisierung?.[seite];
        if (!istText(f) || leer(f.inhalt) || leer(g) || !profil.laengenangabe.test((g as string).trim())) return false;
        return Math.sign([...(f.inhalt as string)].length - Number(g)) === richtung;
      }),
    );
  return {
    "1011": rule(
      "1011",
      { description: "feldart `select` with a datentyp other than `text`." },
      felder((f) => f.feldart === "select" && f.datentyp !== "text"),
    ),
    "1012": rule(
      "1012",
      {
        description: profil.laengeBeiAuswahlNurText
          ? `feldart \`select\` or \`label\`, datentyp ${textTypen}, with praezisierung/@minLength or @maxLength (for other Datentypen a length is 1015, as in the reference QS-DF 1.20).`
          : "feldart `select` or `label` with minLength or maxLength in the praezisierung.",
      },
      felder((f) => (f.feldart === "select" || f.feldart === "label") && (!profil.laengeBeiAuswahlNurText || istText(f)) && hatLaenge(f)),
    ),
    "1014": rule(
      "1014",
      { description: "A Datenfeld with schemaelementart `ABS`." },
      felder((f) => f.schemaelementart === "ABS"),
    ),
    "1015": rule(
      "1015",
      { description: `minLength/maxLength on a field whose datentyp is not ${textTypen}.` },
      felder((f) => hatLaenge(f) && !istText(f)),
    ),
    "1016": rule(
      "1016",
      { description: `minValue/maxValue on a field whose datentyp is not one of ${[...profil.wertebereichTypen].join(", ")}.` },
      felder((f) => hatWertebereich(f) && !profil.wertebereichTypen.has(f.datentyp)),
    ),
    "1017": rule(
      "1017",
      { description: "`codelisteReferenz` (3.0.0: or `werte`) on a field whose feldart is not `select`." },
      felder((f) => (hatCodeliste(f) || hatWerte(f)) && f.feldart !== "select"),
    ),
    "1018": rule(
      "1018",
      { description: "feldart `select` with neither `codelisteReferenz` nor (3.0.0) `werte`." },
      felder((f) => f.feldart === "select" && !hatCodeliste(f) && !hatWerte(f)),
    ),
    "1027": rule(
      "1027",
      { description: "feldart missing or not in the version's Feldart code list." },
      felder((f) => !profil.feldartGueltig(f.feldart)),
    ),
    "1028": rule(
      "1028",
      { description: "datentyp missing or not in the version's Datentyp code list." },
      felder((f) => !profil.datentypGueltig(f.datentyp)),
    ),
    "1030": rule(
      "1030",
      { description: "vorbefuellung missing or not in the Vorbefüllung code list." },
      felder((f) => !profil.vorbefuellungGueltig(f.vorbefuellung ?? "")),
    ),
    "1099": rule(
      "1099",
      { description: "A `wert` whose `name` equals its `hilfe`." },
      felder((f) => (f.werte ?? []).some((w) => !leer(w.hilfe) && w.name.trim() === w.hilfe?.trim())),
    ),
    "1056": rule(
      "1056",
      { description: "`maxSize` on a field whose datentyp is not `file`." },
      felder((f) => !leer(f.maxSize) && f.datentyp !== "file"),
    ),
    "1057": rule(
      "1057",
      { description: "`mediaType` on a field whose datentyp is not `file`." },
      felder((f) => f.mediaType.length > 0 && f.datentyp !== "file"),
    ),
    "1058": rule(
      "1058",
      { description: "`codeKey`, `nameKey` or `helpKey` on a field without `codelisteReferenz`." },
      felder((f) => (!leer(f.codeKey) || !leer(f.nameKey) || !leer(f.helpKey)) && !hatCodeliste(f)),
    ),
    "1059": rule(
      "1059",
      { description: "minLength not an integer ≥ 0." },
      felder((f) => !leer(f.praezisierung?.minLength) && !ganz(f.praezisierung?.minLength)),
    ),
    "1060": rule(
      "1060",
      { description: "maxLength not an integer > 0." },
      felder((f) => {
        const v = f.praezisierung?.maxLength;
        return !leer(v) && !(ganz(v) && Number(v) > 0);
      }),
    ),
    "1061": rule(
      "1061",
      { description: "minLength greater than maxLength." },
      felder((f) => {
        const min = f.praezisierung?.minLength;
        const max = f.praezisierung?.maxLength;
        return ganz(min) && ganz(max) && Number(min) > Number(max);
      }),
    ),
    "1062": grenze("1062", "minValue", "zahl", "minValue of a `num`/`num_currency` field is not a number."),
    "1063": grenze("1063", "maxValue", "zahl", "maxValue of a `num`/`num_currency` field is not a number."),
    "1064": rule(
      "1064",
      { description: "minValue greater than maxValue (both valid for the datentyp)." },
      felder((f) => {
        const art = wertartVon(f.datentyp);
        const min = f.praezisierung?.minValue;
        const max = f.praezisierung?.maxValue;
        if (art === undefined || leer(min) || leer(max) || !passt(art, min as string) || !passt(art, max as string)) return false;
        const c = vergleiche(art, min as string, max as string);
        return c !== undefined && c > 0;
      }),
    ),
    "1065": grenze("1065", "minValue", "ganzzahl", "minValue of a `num_int` field is not an integer."),
    "1066": grenze("1066", "maxValue", "ganzzahl", "maxValue of a `num_int` field is not an integer."),
    "1067": grenze("1067", "minValue", "datum", "minValue of a `date` field is not an xs:date."),
    "1068": grenze("1068", "maxValue", "datum", "maxValue of a `date` field is not an xs:date."),
    "1079": grenze("1079", "minValue", "zeitpunkt", "minValue of a `datetime` field is not an xs:dateTime."),
    "1080": grenze("1080", "maxValue", "zeitpunkt", "maxValue of a `datetime` field is not an xs:dateTime."),
    "1081": grenze("1081", "minValue", "uhrzeit", "minValue of a `time` field is not an xs:time."),
    "1082": grenze("1082", "maxValue", "uhrzeit", "maxValue of a `time` field is not an xs:time."),
    "1069": inhaltArt("1069", "zahl", "`inhalt` of a `num`/`num_currency` field is not a number."),
    "1070": inhaltArt("1070", "ganzzahl", "`inhalt` of a `num_int` field is not an integer."),
    "1071": inhaltArt("1071", "datum", "`inhalt` of a `date` field is not an xs:date."),
    "1083": inhaltArt("1083", "zeitpunkt", "`inhalt` of a `datetime` field is not an xs:dateTime."),
    "1084": inhaltArt("1084", "uhrzeit", "`inhalt` of a `time` field is not an xs:time."),
    "1072": inhaltGegen("1072", "minValue", -1, "`inhalt` below minValue (both valid for the datentyp)."),
    "1073": inhaltGegen("1073", "maxValue", 1, "`inhalt` above maxValue (both valid for the datentyp)."),
    "1074": laenge("1074", "minLength", -1, "`inhalt` of a text field shorter than minLength."),
    "1075": laenge("1075", "maxLength", 1, "`inhalt` of a text field longer than maxLength."),
    "1077": rule(
      "1077",
      { description: "`inhalt` of a `bool` field other than `true` or `false`." },
      felder((f) => f.datentyp === "bool" && !leer(f.inhalt) && !istWahrheitswert(f.inhalt as string)),
    ),
    "1085": rule(
      "1085",
      { description: "`inhalt` of a field with `werte` that is not one of their codes." },
      felder((f) => hatWerte(f) && !leer(f.inhalt) && !(f.werte ?? []).some((w) => w.code.trim() === (f.inhalt as string).trim())),
    ),
    "1089": rule(
      "1089",
      { description: "feldart `input` with datentyp `obj` (deactivated in the catalogue).", enabledByDefault: false },
      felder((f) => f.feldart === "input" && f.datentyp === "obj"),
    ),
    "1090": rule(
      "1090",
      { description: `feldart \`label\` with a datentyp other than \`obj\` or ${textTypen}.` },
      felder((f) => f.feldart === "label" && f.datentyp !== "obj" && !istText(f)),
    ),
    "1100": rule(
      "1100",
      { description: "`inhalt` on a field with datentyp `file` or `obj`." },
      felder((f) => (f.datentyp === "file" || f.datentyp === "obj") && !leer(f.inhalt)),
    ),
    "1102": rule(
      "1102",
      { description: `feldart \`input\`, datentyp ${textTypen}, without both minLength and maxLength.` },
      felder((f) => f.feldart === "input" && istText(f) && (leer(f.praezisierung?.minLength) || leer(f.praezisierung?.maxLength))),
    ),
    "1103": rule(
      "1103",
      {
        description: profil.zahlOhnePraezisierungNurEingabe
          ? "Input field with datentyp `num`, `num_int` or `num_currency` and an empty `praezisierung` (the 2.0 reference QS-DF 0.977 looks at the whole Präzisierung, not at minValue/maxValue; date fields: see docs/qs.md)."
          : "Field with datentyp `num`, `num_int` or `num_currency` and no `praezisierung` at all (any Feldart; a Präzisierung with only a length or pattern counts as given, as in the reference QS-DF 1.20). The catalogue also names `date`; the reference does not check date fields, and neither do we (docs/qs.md).",
      },
      felder(
        (f) => ZAHLEN.includes(f.datentyp) && (!profil.zahlOhnePraezisierungNurEingabe || f.feldart === "input") && f.ohnePraezisierung,
      ),
    ),
    "1108": rule(
      "1108",
      { description: "feldart `select` whose datentyp is not `text` (deactivated in the catalogue).", enabledByDefault: false },
      felder((f) => f.feldart === "select" && f.datentyp !== "text"),
    ),
    "1109": rule(
      "1109",
      { description: "feldart `label` with an empty `inhalt`." },
      felder((f) => f.feldart === "label" && leer(f.inhalt)),
    ),
    "1120": rule(
      "1120",
      { description: "A pattern on a field with datentyp `file` or `obj`." },
      felder((f) => (f.datentyp === "file" || f.datentyp === "obj") && !leer(f.praezisierung?.pattern)),
    ),
  };
}
