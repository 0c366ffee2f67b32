/** FIM-QS checks of a Stammdatenschema and of a Dokumentsteckbrief. */
import { isCodeOf } from "../../../core/codelists/code.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  dokumentartCodeList,
} from "../codes.ts";
import type { Dokumentsteckbrief, Stammdatenschema } from "../model.ts";
import { elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

const DEFAULT_DOKUMENTSTECKBRIEF = "D99000000001";
const k = (e: Stammdatenschema | Dokumentsteckbrief) => ({ target: e, element: elementKey(e.identifikation) });
const freigegeben = (status: string) => status === "4" || status === "5" || status === "6";
const ohneBezug = (e: Stammdatenschema | Dokumentsteckbrief) => e.bezug.every((b) => leer(b.text));
const abstrakt = (d: Dokumentsteckbrief) => d.istAbstrakt.trim() === "true" || d.istAbstrakt.trim() === "1";

/** The schema and Dokumentsteckbrief rules. */
export const schemaRules: readonly QsRule[] = [
  qs(
    "1007",
    { description: "Schema whose `dokumentsteckbrief/id` is empty." },
    {
      stammdatenschema(s, ctx) {
        if (leer(s.dokumentsteckbrief.id)) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1050",
    { description: "Schema or Dokumentsteckbrief with an empty `bezeichnung`." },
    {
      stammdatenschema(s, ctx) {
        if (leer(s.bezeichnung)) ctx.report(k(s));
      },
      dokumentsteckbrief(d, ctx) {
        if (leer(d.bezeichnung)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1051",
    { description: "Schema without a (non-empty) `bezug`." },
    {
      stammdatenschema(s, ctx) {
        if (ohneBezug(s)) ctx.report(k(s));
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
    "1096",
    { description: "Schema assigned to the 'Default-Dokumentsteckbrief' D99000000001 (not yet released; released: 1097)." },
    {
      stammdatenschema(s, ctx) {
        if (s.dokumentsteckbrief.id.trim() === DEFAULT_DOKUMENTSTECKBRIEF && !freigegeben(s.freigabestatus.code)) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1097",
    { description: "Schema with freigabestatus 4, 5 or 6 assigned to the 'Default-Dokumentsteckbrief' D99000000001." },
    {
      stammdatenschema(s, ctx) {
        if (s.dokumentsteckbrief.id.trim() === DEFAULT_DOKUMENTSTECKBRIEF && freigegeben(s.freigabestatus.code)) ctx.report(k(s));
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
    "1052",
    { description: "Concrete Dokumentsteckbrief (istAbstrakt false) without a (non-empty) `bezug`." },
    {
      dokumentsteckbrief(d, ctx) {
        if (!abstrakt(d) && ohneBezug(d)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1055",
    { description: "dokumentart missing or not in the Dokumentart code list." },
    {
      dokumentsteckbrief(d, ctx) {
        if (!isCodeOf(dokumentartCodeList, d.dokumentart.code)) ctx.report(k(d));
      },
    },
  ),
  qs(
    "1092",
    { description: "`istAbstrakt` not a boolean (`true`, `false`, `1`, `0`)." },
    {
      dokumentsteckbrief(d, ctx) {
        if (!["true", "false", "1", "0"].includes(d.istAbstrakt.trim())) ctx.report(k(d));
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
