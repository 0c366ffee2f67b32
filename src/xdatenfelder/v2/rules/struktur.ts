/**
 * FIM-QS checks of structure: the rows (`struktur`) of schemas and groups, multiplicity, children counts,
 * Auswahlgruppen, duplicates, versions, circular references and the status of children.
 */

import { strukturRules as gemeinsam } from "../../common/qs/struktur.ts";
import type { Datenfeld, Datenfeldgruppe, Stammdatenschema } from "../model.ts";
import { type Container, elementKey, enthaltenesElement, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";
import { PROFIL_V2 } from "./view.ts";

/** "Default-Datenfeld": F60000000001 in 3.0.0 numbering, F60000001 in 2.0 numbering. */
const DEFAULT_DATENFELD = new Set(["F60000001", "F60000000001"]);
const k = (c: Container) => ({ target: c, element: elementKey(c.identifikation) });
const kinder = (c: Container) => c.struktur.map(enthaltenesElement).filter((x) => x !== undefined);

/** Every group and field below a container (each distinct element once), with their keys. */
function nachfahren(c: Container): Map<string, Datenfeld | Datenfeldgruppe> {
  const out = new Map<string, Datenfeld | Datenfeldgruppe>();
  const stack: Container[] = [c];
  const besucht = new Set<Container>();
  while (stack.length > 0) {
    const cur = stack.pop() as Container;
    if (besucht.has(cur)) continue;
    besucht.add(cur);
    for (const kind of kinder(cur)) {
      const key = elementKey(kind.el.identifikation);
      if (!out.has(key)) out.set(key, kind.el);
      if (kind.kind === "datenfeldgruppe") stack.push(kind.el);
    }
  }
  return out;
}

/** Rows and children rules for schemas and groups alike. */
function beide(check: (c: Container, art: "stammdatenschema" | "datenfeldgruppe") => boolean) {
  return {
    stammdatenschema: (s: Stammdatenschema, ctx: { report: (f: { target: object; element: string }) => void }) => {
      if (check(s, "stammdatenschema")) ctx.report(k(s));
    },
    datenfeldgruppe: (g: Datenfeldgruppe, ctx: { report: (f: { target: object; element: string }) => void }) => {
      if (check(g, "datenfeldgruppe")) ctx.report(k(g));
    },
  };
}

const c = gemeinsam(PROFIL_V2, { dateiAnzahlByDefault: false });

/** The structure rules (the row checks common to both versions from `common/qs/struktur.ts`). */
export const strukturRules: readonly QsRule[] = [
  c["1013"],
  c["1021"],
  c["1046"],
  c["1047"],
  c["1022"],
  c["1139"],
  qs(
    "1023",
    { description: "A group without rows." },
    {
      datenfeldgruppe(g, ctx) {
        if (kinder(g).length === 0) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1078",
    { description: "A schema without rows." },
    {
      stammdatenschema(s, ctx) {
        if (kinder(s).length === 0) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1106",
    { description: "A group with exactly one row." },
    {
      datenfeldgruppe(g, ctx) {
        if (kinder(g).length === 1) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1004",
    { description: "A group containing the same element in the same version in two rows." },
    {
      datenfeldgruppe(g, ctx) {
        const keys = kinder(g).map((c) => elementKey(c.el.identifikation));
        if (new Set(keys).size !== keys.length) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1025",
    { description: "A schema containing the same element in the same version in two top-level rows." },
    {
      stammdatenschema(s, ctx) {
        const keys = kinder(s).map((c) => elementKey(c.el.identifikation));
        if (new Set(keys).size !== keys.length) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1003",
    { description: "A schema containing one element (id) in more than one version anywhere below it." },
    {
      stammdatenschema(s, ctx) {
        const versionen = new Map<string, Set<string>>();
        for (const el of nachfahren(s).values()) {
          const set = versionen.get(el.identifikation.id) ?? new Set<string>();
          set.add(el.identifikation.version ?? "");
          versionen.set(el.identifikation.id, set);
        }
        if ([...versionen.values()].some((v) => v.size > 1)) ctx.report(k(s));
      },
    },
  ),
  qs(
    "1094",
    { description: "A schema or group with 'Default-Datenfeld' F60000001 (F60000000001) next to other rows." },
    beide((c) => {
      const ks = kinder(c);
      return ks.length > 1 && ks.some((x) => DEFAULT_DATENFELD.has(x.el.identifikation.id));
    }),
  ),
  qs(
    "1095",
    { description: "A schema or group containing 'Default-Datenfeld' F60000001 (F60000000001)." },
    beide((c) => kinder(c).some((x) => DEFAULT_DATENFELD.has(x.el.identifikation.id))),
  ),
  qs(
    "1135",
    { description: "A versioned schema or group with a row containing an unversioned element." },
    beide((c) => {
      if (leer(c.identifikation.version)) return false;
      return kinder(c).some((x) => leer(x.el.identifikation.version));
    }),
  ),
  qs(
    "1026",
    { description: "A group that contains itself (same id and version) somewhere below it." },
    {
      datenfeldgruppe(g, ctx) {
        const key = elementKey(g.identifikation);
        if (nachfahren(g).has(key)) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1134",
    {
      description:
        "A working copy (schema or group without version) containing a versioned `RNG` element of its own Nummernkreis (same letter-stripped two-digit range); reported on that element. Off by default for 2.0: the reference QS-DF 0.977 has no such check (4 elements of the working copy S00000009 would differ).",
      enabledByDefault: false,
    },
    {
      struktur(s, ctx) {
        const p = s.parent.identifikation;
        const c = s.child.identifikation;
        if (!leer(p.version) || leer(c.version) || s.child.schemaelementart.code !== "RNG") return;
        if (p.id.slice(1, 3) === c.id.slice(1, 3)) ctx.report({ target: s.child, element: elementKey(c) });
      },
    },
  ),
];
