/** FIM-QS checks of a Datenfeld: Feldart, Datentyp, Präzisierung, inhalt, value lists. */

import { isCodeOf } from "../../../core/codelists/code.ts";
import { type CodeListValue, codeListValues } from "../../../core/codelists/genericode.ts";
import { istWahrheitswert, passt, vergleiche, type Wertart, wertartVon } from "../../common/qs/werte.ts";
import { datentypCodeList, feldartCodeList, vorbefuellungCodeList } from "../codes.ts";
import type { Datenfeld } from "../model.ts";
import { codelistenKey } from "./codeliste.ts";
import { type CodeListLookup, type CodelisteKnoten, elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

const k = (f: Datenfeld) => ({ target: f, element: elementKey(f.identifikation) });
const hatLaenge = (f: Datenfeld) => !leer(f.praezisierung?.minLength) || !leer(f.praezisierung?.maxLength);
const hatWertebereich = (f: Datenfeld) => !leer(f.praezisierung?.minValue) || !leer(f.praezisierung?.maxValue);
const istText = (f: Datenfeld) => f.datentyp.code === "text" || f.datentyp.code === "text_latin";
const hatWerte = (f: Datenfeld) => f.werte !== undefined && f.werte.length > 0;
const hatCodeliste = (f: Datenfeld) => f.codelisteReferenz !== undefined;
const doppelt = (xs: readonly string[]) => new Set(xs.map((x) => x.trim())).size !== xs.length;

/** The rows of a referenced code list read through the field's keys, when the list was resolved. */
function listenwerte(c: CodelisteKnoten, lookup: CodeListLookup | undefined): CodeListValue[] | undefined {
  const doc = lookup?.find(c.referenz);
  if (doc === undefined) return undefined;
  const keys: { codeKey?: string; nameKey?: string } = {};
  if (!leer(c.feld.codeKey)) keys.codeKey = (c.feld.codeKey as string).trim();
  if (!leer(c.feld.nameKey)) keys.nameKey = (c.feld.nameKey as string).trim();
  return codeListValues(doc, keys);
}
const NUMERISCH_ODER_ZEIT = new Set(["num", "num_int", "num_currency", "date", "time", "datetime"]);

/** Checks of a bound (minValue / maxValue) against the value kind of the Datentyp. */
function grenze(code: string, seite: "minValue" | "maxValue", art: Wertart, description: string): QsRule {
  return qs(
    code,
    { description },
    {
      datenfeld(f, ctx) {
        const v = f.praezisierung?.[seite];
        if (leer(v) || wertartVon(f.datentyp.code) !== art) return;
        if (!passt(art, v as string)) ctx.report(k(f));
      },
    },
  );
}

/** Checks of `inhalt` against the value kind of the Datentyp. */
function inhaltArt(code: string, arten: readonly Wertart[], description: string): QsRule {
  return qs(
    code,
    { description },
    {
      datenfeld(f, ctx) {
        if (leer(f.inhalt) || f.feldart.code === "select") return;
        const art = wertartVon(f.datentyp.code);
        if (art === undefined || !arten.includes(art)) return;
        if (!passt(art, f.inhalt as string)) ctx.report(k(f));
      },
    },
  );
}

/** The Datenfeld rules. */
export const datenfeldRules: readonly QsRule[] = [
  qs(
    "1011",
    { description: "feldart `select` with a datentyp other than `text`." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "select" && f.datentyp.code !== "text") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1012",
    {
      description:
        "feldart `select` or `label`, datentyp `text` or `text_latin`, with praezisierung/@minLength or @maxLength (for other Datentypen a length is 1015, as in the reference QS-DF 1.20).",
    },
    {
      datenfeld(f, ctx) {
        if ((f.feldart.code === "select" || f.feldart.code === "label") && istText(f) && hatLaenge(f)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1014",
    { description: "A Datenfeld with schemaelementart `ABS`." },
    {
      datenfeld(f, ctx) {
        if (f.schemaelementart.code === "ABS") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1015",
    { description: "@minLength/@maxLength on a field whose datentyp is not `text` or `text_latin`." },
    {
      datenfeld(f, ctx) {
        if (hatLaenge(f) && !istText(f)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1016",
    { description: "@minValue/@maxValue on a field whose datentyp is not numeric or a time type." },
    {
      datenfeld(f, ctx) {
        if (hatWertebereich(f) && !NUMERISCH_ODER_ZEIT.has(f.datentyp.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1017",
    { description: "`codelisteReferenz` or `werte` on a field whose feldart is not `select`." },
    {
      datenfeld(f, ctx) {
        if ((hatCodeliste(f) || hatWerte(f)) && f.feldart.code !== "select") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1018",
    { description: "feldart `select` with neither `codelisteReferenz` nor `werte`." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "select" && !hatCodeliste(f) && !hatWerte(f)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1027",
    { description: "feldart missing or not in the Feldart code list." },
    {
      datenfeld(f, ctx) {
        if (!isCodeOf(feldartCodeList, f.feldart.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1028",
    { description: "datentyp missing or not in the Datentyp code list." },
    {
      datenfeld(f, ctx) {
        if (!isCodeOf(datentypCodeList, f.datentyp.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1030",
    { description: "vorbefuellung missing or not in the Vorbefüllung code list." },
    {
      datenfeld(f, ctx) {
        if (!isCodeOf(vorbefuellungCodeList, f.vorbefuellung.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1044",
    {
      description:
        "`werte` with fewer than two `wert` entries; with resolved code lists also a referenced code list with fewer than two rows.",
    },
    {
      datenfeld(f, ctx) {
        if (f.werte !== undefined && f.werte.length < 2) ctx.report(k(f));
      },
      codeliste(c, ctx) {
        const werte = listenwerte(c, ctx.options.options.codeLists);
        if (werte !== undefined && werte.length < 2) ctx.report({ target: c.referenz, element: codelistenKey(c.referenz) });
      },
    },
  ),
  qs(
    "1045",
    { description: "Two `wert` entries of `werte` (or, with resolved code lists, two rows of a referenced list) with the same code." },
    {
      datenfeld(f, ctx) {
        if (doppelt((f.werte ?? []).map((w) => w.code))) ctx.report(k(f));
      },
      codeliste(c, ctx) {
        const werte = listenwerte(c, ctx.options.options.codeLists);
        if (werte !== undefined && doppelt(werte.map((w) => w.code)))
          ctx.report({ target: c.referenz, element: codelistenKey(c.referenz) });
      },
    },
  ),
  qs(
    "1093",
    { description: "Two `wert` entries of `werte` (or, with resolved code lists, two rows of a referenced list) with the same name." },
    {
      datenfeld(f, ctx) {
        if (doppelt((f.werte ?? []).map((w) => w.name))) ctx.report(k(f));
      },
      codeliste(c, ctx) {
        const werte = listenwerte(c, ctx.options.options.codeLists);
        // names read through a missing column are empty, not equal (the missing column is 1122)
        if (werte !== undefined && doppelt(werte.map((w) => w.name).filter((n) => !leer(n))))
          ctx.report({ target: c.referenz, element: codelistenKey(c.referenz) });
      },
    },
  ),
  qs(
    "1099",
    { description: "A `wert` whose `name` equals its `hilfe`." },
    {
      datenfeld(f, ctx) {
        if ((f.werte ?? []).some((w) => !leer(w.hilfe) && w.name.trim() === w.hilfe?.trim())) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1056",
    { description: "`maxSize` on a field whose datentyp is not `file`." },
    {
      datenfeld(f, ctx) {
        if (!leer(f.maxSize) && f.datentyp.code !== "file") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1057",
    { description: "`mediaType` on a field whose datentyp is not `file`." },
    {
      datenfeld(f, ctx) {
        if (f.mediaType.length > 0 && f.datentyp.code !== "file") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1058",
    { description: "`codeKey`, `nameKey` or `helpKey` on a field without `codelisteReferenz`." },
    {
      datenfeld(f, ctx) {
        if ((!leer(f.codeKey) || !leer(f.nameKey) || !leer(f.helpKey)) && !hatCodeliste(f)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1059",
    { description: "@minLength not an integer ≥ 0." },
    {
      datenfeld(f, ctx) {
        const v = f.praezisierung?.minLength;
        if (!leer(v) && !/^\+?\d+$/.test((v as string).trim())) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1060",
    { description: "@maxLength not an integer > 0." },
    {
      datenfeld(f, ctx) {
        const v = f.praezisierung?.maxLength;
        if (!leer(v) && !(/^\+?\d+$/.test((v as string).trim()) && Number(v) > 0)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1061",
    { description: "@minLength greater than @maxLength." },
    {
      datenfeld(f, ctx) {
        const min = f.praezisierung?.minLength;
        const max = f.praezisierung?.maxLength;
        if (leer(min) || leer(max) || !/^\+?\d+$/.test((min as string).trim()) || !/^\+?\d+$/.test((max as string).trim())) return;
        if (Number(min) > Number(max)) ctx.report(k(f));
      },
    },
  ),
  grenze("1062", "minValue", "zahl", "@minValue of a `num`/`num_currency` field is not a number."),
  grenze("1063", "maxValue", "zahl", "@maxValue of a `num`/`num_currency` field is not a number."),
  qs(
    "1064",
    { description: "@minValue greater than @maxValue (both valid for the datentyp)." },
    {
      datenfeld(f, ctx) {
        const art = wertartVon(f.datentyp.code);
        const min = f.praezisierung?.minValue;
        const max = f.praezisierung?.maxValue;
        if (art === undefined || leer(min) || leer(max) || !passt(art, min as string) || !passt(art, max as string)) return;
        const c = vergleiche(art, min as string, max as string);
        if (c !== undefined && c > 0) ctx.report(k(f));
      },
    },
  ),
  grenze("1065", "minValue", "ganzzahl", "@minValue of a `num_int` field is not an integer."),
  grenze("1066", "maxValue", "ganzzahl", "@maxValue of a `num_int` field is not an integer."),
  grenze("1067", "minValue", "datum", "@minValue of a `date` field is not an xs:date."),
  grenze("1068", "maxValue", "datum", "@maxValue of a `date` field is not an xs:date."),
  grenze("1079", "minValue", "zeitpunkt", "@minValue of a `datetime` field is not an xs:dateTime."),
  grenze("1080", "maxValue", "zeitpunkt", "@maxValue of a `datetime` field is not an xs:dateTime."),
  grenze("1081", "minValue", "uhrzeit", "@minValue of a `time` field is not an xs:time."),
  grenze("1082", "maxValue", "uhrzeit", "@maxValue of a `time` field is not an xs:time."),
  inhaltArt("1069", ["zahl"], "`inhalt` of a `num`/`num_currency` field is not a number."),
  inhaltArt("1070", ["ganzzahl"], "`inhalt` of a `num_int` field is not an integer."),
  inhaltArt("1071", ["datum"], "`inhalt` of a `date` field is not an xs:date."),
  inhaltArt("1083", ["zeitpunkt"], "`inhalt` of a `datetime` field is not an xs:dateTime."),
  inhaltArt("1084", ["uhrzeit"], "`inhalt` of a `time` field is not an xs:time."),
  qs(
    "1072",
    { description: "`inhalt` below @minValue (both valid for the datentyp)." },
    {
      datenfeld(f, ctx) {
        const art = wertartVon(f.datentyp.code);
        const min = f.praezisierung?.minValue;
        if (art === undefined || leer(f.inhalt) || leer(min) || !passt(art, f.inhalt as string) || !passt(art, min as string)) return;
        const c = vergleiche(art, f.inhalt as string, min as string);
        if (c !== undefined && c < 0) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1073",
    { description: "`inhalt` above @maxValue (both valid for the datentyp)." },
    {
      datenfeld(f, ctx) {
        const art = wertartVon(f.datentyp.code);
        const max = f.praezisierung?.maxValue;
        if (art === undefined || leer(f.inhalt) || leer(max) || !passt(art, f.inhalt as string) || !passt(art, max as string)) return;
        const c = vergleiche(art, f.inhalt as string, max as string);
        if (c !== undefined && c > 0) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1074",
    { description: "`inhalt` of a text field shorter than @minLength." },
    {
      datenfeld(f, ctx) {
        const min = f.praezisierung?.minLength;
        if (!istText(f) || leer(f.inhalt) || leer(min) || !/^\d+$/.test((min as string).trim())) return;
        if ([...(f.inhalt as string)].length < Number(min)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1075",
    { description: "`inhalt` of a text field longer than @maxLength." },
    {
      datenfeld(f, ctx) {
        const max = f.praezisierung?.maxLength;
        if (!istText(f) || leer(f.inhalt) || leer(max) || !/^\d+$/.test((max as string).trim())) return;
        if ([...(f.inhalt as string)].length > Number(max)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1077",
    { description: "`inhalt` of a `bool` field other than `true` or `false`." },
    {
      datenfeld(f, ctx) {
        if (f.datentyp.code === "bool" && !leer(f.inhalt) && !istWahrheitswert(f.inhalt as string)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1085",
    { description: "`inhalt` of a field with `werte` that is not one of their codes." },
    {
      datenfeld(f, ctx) {
        if (!hatWerte(f) || leer(f.inhalt)) return;
        const inhalt = (f.inhalt as string).trim();
        if (!(f.werte ?? []).some((w) => w.code.trim() === inhalt)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1089",
    { description: "feldart `input` with datentyp `obj` (deactivated in the catalogue).", enabledByDefault: false },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "input" && f.datentyp.code === "obj") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1090",
    { description: "feldart `label` with a datentyp other than `obj`, `text`, `text_latin`." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "label" && !["obj", "text", "text_latin"].includes(f.datentyp.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1100",
    { description: "`inhalt` on a field with datentyp `file` or `obj`." },
    {
      datenfeld(f, ctx) {
        if ((f.datentyp.code === "file" || f.datentyp.code === "obj") && !leer(f.inhalt)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1102",
    { description: "feldart `input`, datentyp `text`/`text_latin`, without both @minLength and @maxLength." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "input" && istText(f) && (leer(f.praezisierung?.minLength) || leer(f.praezisierung?.maxLength)))
          ctx.report(k(f));
      },
    },
  ),
  qs(
    "1103",
    {
      description:
        "Field with datentyp `num`, `num_int` or `num_currency` and no `praezisierung` at all (any Feldart; a Präzisierung with only a length or pattern counts as given, as in the reference QS-DF 1.20). The catalogue also names `date`; the reference does not check date fields, and neither do we (docs/qs.md).",
    },
    {
      datenfeld(f, ctx) {
        if (["num", "num_int", "num_currency"].includes(f.datentyp.code) && f.praezisierung === undefined) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1108",
    { description: "feldart `select` whose datentyp is not `text` (deactivated in the catalogue).", enabledByDefault: false },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "select" && f.datentyp.code !== "text") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1109",
    { description: "feldart `label` with an empty `inhalt`." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "label" && leer(f.inhalt)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1120",
    { description: "@pattern on a field with datentyp `file` or `obj`." },
    {
      datenfeld(f, ctx) {
        if ((f.datentyp.code === "file" || f.datentyp.code === "obj") && !leer(f.praezisierung?.pattern)) ctx.report(k(f));
      },
    },
  ),
];
