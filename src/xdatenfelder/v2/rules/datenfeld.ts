/** FIM-QS checks of a 2.0 Datenfeld: Feldart, Datentyp, Präzisierung (JSON in 2.0), inhalt, code list. */
import { isCodeOf } from "../../../core/codelists/code.ts";
import { istWahrheitswert, passt, vergleiche, type Wertart, wertartVon } from "../../common/qs/werte.ts";
import { datentypCodeList, feldartCodeList } from "../codes.ts";
import type { Datenfeld } from "../model.ts";
import { elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

const k = (f: Datenfeld) => ({ target: f, element: elementKey(f.identifikation) });
const w = (f: Datenfeld) => f.praezisierung.werte;
const hatLaenge = (f: Datenfeld) => !leer(w(f)?.minLength) || !leer(w(f)?.maxLength);
const hatWertebereich = (f: Datenfeld) => !leer(w(f)?.minValue) || !leer(w(f)?.maxValue);
const istText = (f: Datenfeld) => f.datentyp.code === "text";
const hatCodeliste = (f: Datenfeld) => f.codelisteReferenz !== undefined;
const NUMERISCH_ODER_ZEIT = new Set(["num", "num_int", "num_currency", "date"]);

function grenze(code: string, seite: "minValue" | "maxValue", art: Wertart, description: string): QsRule {
  return qs(
    code,
    { description },
    {
      datenfeld(f, ctx) {
        const v = w(f)?.[seite];
        if (leer(v) || wertartVon(f.datentyp.code) !== art) return;
        if (!passt(art, v as string)) ctx.report(k(f));
      },
    },
  );
}
function inhaltArt(code: string, art: Wertart, description: string): QsRule {
  return qs(
    code,
    { description },
    {
      datenfeld(f, ctx) {
        if (leer(f.inhalt) || f.feldart.code === "select" || wertartVon(f.datentyp.code) !== art) return;
        if (!passt(art, f.inhalt)) ctx.report(k(f));
      },
    },
  );
}
const ganz = (v: string | undefined) => !leer(v) && /^\+?\d+$/.test((v as string).trim());

/** The 2.0 Datenfeld rules. */
export const datenfeldRules: readonly QsRule[] = [
  qs(
    "1035",
    {
      description:
        "`praezisierung` text that is not a bare JSON object: the pre-JSON format (e.g. `1..12`), or JSON after leading white space, which the reference (QS-DF 0.977, testing the first character) also counts as old format.",
    },
    {
      datenfeld(f, ctx) {
        const t = f.praezisierung.text;
        if (!leer(t) && (f.praezisierung.werte === undefined || !t.startsWith("{"))) ctx.report(k(f));
      },
    },
  ),
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
    { description: "feldart `select` or `label` with minLength or maxLength in the praezisierung." },
    {
      datenfeld(f, ctx) {
        if ((f.feldart.code === "select" || f.feldart.code === "label") && hatLaenge(f)) ctx.report(k(f));
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
    { description: "minLength/maxLength on a field whose datentyp is not `text`." },
    {
      datenfeld(f, ctx) {
        if (hatLaenge(f) && !istText(f)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1016",
    { description: "minValue/maxValue on a field whose datentyp is not numeric or `date`." },
    {
      datenfeld(f, ctx) {
        if (hatWertebereich(f) && !NUMERISCH_ODER_ZEIT.has(f.datentyp.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1017",
    { description: "`codelisteReferenz` on a field whose feldart is not `select`." },
    {
      datenfeld(f, ctx) {
        if (hatCodeliste(f) && f.feldart.code !== "select") ctx.report(k(f));
      },
    },
  ),
  qs(
    "1018",
    { description: "feldart `select` without `codelisteReferenz`." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "select" && !hatCodeliste(f)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1027",
    { description: "feldart missing or not input/select/label." },
    {
      datenfeld(f, ctx) {
        if (!isCodeOf(feldartCodeList, f.feldart.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1028",
    { description: "datentyp missing or not in the 2.0 Datentyp list." },
    {
      datenfeld(f, ctx) {
        if (!isCodeOf(datentypCodeList, f.datentyp.code)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1059",
    { description: "minLength not an integer ≥ 0." },
    {
      datenfeld(f, ctx) {
        if (!leer(w(f)?.minLength) && !ganz(w(f)?.minLength)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1060",
    { description: "maxLength not an integer > 0." },
    {
      datenfeld(f, ctx) {
        const v = w(f)?.maxLength;
        if (!leer(v) && !(ganz(v) && Number(v) > 0)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1061",
    { description: "minLength greater than maxLength." },
    {
      datenfeld(f, ctx) {
        const min = w(f)?.minLength;
        const max = w(f)?.maxLength;
        if (ganz(min) && ganz(max) && Number(min) > Number(max)) ctx.report(k(f));
      },
    },
  ),
  grenze("1062", "minValue", "zahl", "minValue of a `num`/`num_currency` field is not a number."),
  grenze("1063", "maxValue", "zahl", "maxValue of a `num`/`num_currency` field is not a number."),
  grenze("1065", "minValue", "ganzzahl", "minValue of a `num_int` field is not an integer."),
  grenze("1066", "maxValue", "ganzzahl", "maxValue of a `num_int` field is not an integer."),
  grenze("1067", "minValue", "datum", "minValue of a `date` field is not an xs:date."),
  grenze("1068", "maxValue", "datum", "maxValue of a `date` field is not an xs:date."),
  qs(
    "1064",
    { description: "minValue greater than maxValue (both valid for the datentyp)." },
    {
      datenfeld(f, ctx) {
        const art = wertartVon(f.datentyp.code);
        const min = w(f)?.minValue;
        const max = w(f)?.maxValue;
        if (art === undefined || leer(min) || leer(max) || !passt(art, min as string) || !passt(art, max as string)) return;
        const c = vergleiche(art, min as string, max as string);
        if (c !== undefined && c > 0) ctx.report(k(f));
      },
    },
  ),
  inhaltArt("1069", "zahl", "`inhalt` of a `num`/`num_currency` field is not a number."),
  inhaltArt("1070", "ganzzahl", "`inhalt` of a `num_int` field is not an integer."),
  inhaltArt("1071", "datum", "`inhalt` of a `date` field is not an xs:date."),
  qs(
    "1072",
    { description: "`inhalt` below minValue." },
    {
      datenfeld(f, ctx) {
        const art = wertartVon(f.datentyp.code);
        const min = w(f)?.minValue;
        if (art === undefined || leer(f.inhalt) || leer(min) || !passt(art, f.inhalt) || !passt(art, min as string)) return;
        const c = vergleiche(art, f.inhalt, min as string);
        if (c !== undefined && c < 0) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1073",
    { description: "`inhalt` above maxValue." },
    {
      datenfeld(f, ctx) {
        const art = wertartVon(f.datentyp.code);
        const max = w(f)?.maxValue;
        if (art === undefined || leer(f.inhalt) || leer(max) || !passt(art, f.inhalt) || !passt(art, max as string)) return;
        const c = vergleiche(art, f.inhalt, max as string);
        if (c !== undefined && c > 0) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1074",
    { description: "`inhalt` of a text field shorter than minLength." },
    {
      datenfeld(f, ctx) {
        const min = w(f)?.minLength;
        if (istText(f) && !leer(f.inhalt) && ganz(min) && [...f.inhalt].length < Number(min)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1075",
    { description: "`inhalt` of a text field longer than maxLength." },
    {
      datenfeld(f, ctx) {
        const max = w(f)?.maxLength;
        if (istText(f) && !leer(f.inhalt) && ganz(max) && [...f.inhalt].length > Number(max)) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1077",
    { description: "`inhalt` of a `bool` field other than `true` or `false`." },
    {
      datenfeld(f, ctx) {
        if (f.datentyp.code === "bool" && !leer(f.inhalt) && !istWahrheitswert(f.inhalt)) ctx.report(k(f));
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
    { description: "feldart `label` with a datentyp other than `obj` or `text`." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "label" && !["obj", "text"].includes(f.datentyp.code)) ctx.report(k(f));
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
    { description: "feldart `input`, datentyp `text`, without both minLength and maxLength." },
    {
      datenfeld(f, ctx) {
        if (f.feldart.code === "input" && istText(f) && (leer(w(f)?.minLength) || leer(w(f)?.maxLength))) ctx.report(k(f));
      },
    },
  ),
  qs(
    "1103",
    {
      description:
        "Input field with datentyp `num`, `num_int` or `num_currency` and an empty `praezisierung` (the 2.0 reference QS-DF 0.977 looks at the whole Präzisierung, not at minValue/maxValue; date fields: see docs/qs.md).",
    },
    {
      datenfeld(f, ctx) {
        if (["num", "num_int", "num_currency"].includes(f.datentyp.code) && f.feldart.code === "input" && leer(f.praezisierung.text))
          ctx.report(k(f));
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
    { description: "A pattern on a field with datentyp `file` or `obj`." },
    {
      datenfeld(f, ctx) {
        if ((f.datentyp.code === "file" || f.datentyp.code === "obj") && !leer(w(f)?.pattern)) ctx.report(k(f));
      },
    },
  ),
];
