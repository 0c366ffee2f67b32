/** FIM-QS checks of a 2.0 Stammdatenschema and Dokumentsteckbrief. */
import { isCodeOf } from "../../../core/codelists/code.ts";
import { ableitungsmodifikationenRepraesentationCodeList, ableitungsmodifikationenStrukturCodeList } from "../codes.ts";
import type { Dokumentsteckbrief, Stammdatenschema } from "../model.ts";
import { elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

const k = (e: Stammdatenschema | Dokumentsteckbrief) => ({ target: e, element: elementKey(e.identifikation) });

/** The 2.0 schema and Dokumentsteckbrief rules. */
export const schemaRules: readonly QsRule[] = [
  qs(
    "1050",
    { description: "Schema or Dokumentsteckbrief with an empty `bezeichnungEingabe` (2.0 has no separate `bezeichnung`)." },
    {
      stammdatenschema(s, ctx) {
        if (leer(s.bezeichnungEingabe)) ctx.report(k(s));
      },
      dokumentsteckbrief(d, ctx) {
        if (leer(d.bezeichnungEingabe)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1051",
    { description: "Schema with an empty `bezug`." },
    {
      stammdatenschema(s, ctx) {
        if (leer(s.bezug)) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1033",
    { description: "ableitungsmodifikationenStruktur missing or not 0–3." },
    {
      stammdatenschema(s, ctx) {
        if (!isCodeOf(ableitungsmodifikationenStrukturCodeList, s.ableitungsmodifikationenStruktur.code)) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1034",
    { description: "ableitungsmodifikationenRepraesentation missing or not 0–1." },
    {
      stammdatenschema(s, ctx) {
        if (!isCodeOf(ableitungsmodifikationenRepraesentationCodeList, s.ableitungsmodifikationenRepraesentation.code)) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1008",
    { description: "Dokumentsteckbrief with an empty `bezug`." },
    {
      dokumentsteckbrief(d, ctx) {
        if (leer(d.bezug)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1049",
    { description: "Dokumentsteckbrief with an empty `definition`." },
    {
      dokumentsteckbrief(d, ctx) {
        if (leer(d.definition)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1055",
    { description: "Dokumentsteckbrief with an empty `dokumentart` (a free string in 2.0)." },
    {
      dokumentsteckbrief(d, ctx) {
        if (leer(d.dokumentart)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1092",
    { description: "`isReferenz` not a boolean (`true`, `false`, `1`, `0`)." },
    {
      dokumentsteckbrief(d, ctx) {
        if (!["true", "false", "1", "0"].includes(d.isReferenz.trim())) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1107",
    { description: "Dokumentsteckbrief with an empty `hilfetext`." },
    {
      dokumentsteckbrief(d, ctx) {
        if (leer(d.hilfetext)) ctx.report(k(d));
      },
    },
  ),
];
