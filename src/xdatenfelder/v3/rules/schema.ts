/**
 * FIM-QS checks of a 3.0.0 Stammdatenschema and Dokumentsteckbrief: the common ones (`common/qs/schema.ts`)
 * and those reading 3.0.0's own fields, in the order the reports list them.
 */
import { schemaRules as gemeinsam } from "../../common/qs/schema.ts";
import type { Dokumentsteckbrief, Stammdatenschema } from "../model.ts";
import { elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";
import { PROFIL_V3 } from "./view.ts";

const DEFAULT_DOKUMENTSTECKBRIEF = "D99000000001";
const k = (e: Stammdatenschema | Dokumentsteckbrief) => ({ target: e, element: elementKey(e.identifikation) });
const freigegeben = (status: string) => status === "4" || status === "5" || status === "6";
const ohneBezug = (e: Stammdatenschema | Dokumentsteckbrief) => e.bezug.every((b) => leer(b.text));
const abstrakt = (d: Dokumentsteckbrief) => d.istAbstrakt.trim() === "true" || d.istAbstrakt.trim() === "1";

const c = gemeinsam(PROFIL_V3);

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
  c["1050"],
  c["1051"],
  c["1033"],
  c["1034"],
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
  c["1049"],
  qs(
    "1052",
    { description: "Concrete Dokumentsteckbrief (istAbstrakt false) without a (non-empty) `bezug`." },
    {
      dokumentsteckbrief(d, ctx) {
        if (!abstrakt(d) && ohneBezug(d)) ctx.report(k(d));
      },
    },
  ),
  c["1055"],
  c["1092"],
  c["1107"],
];
