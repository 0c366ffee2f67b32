/**
 * FIM-QS checks of structure: the rows (`struktur`) of schemas and groups, multiplicity, children counts,
 * Auswahlgruppen, duplicates, versions, circular references and the status of children.
 */
import { isCodeOf } from "../../../core/codelists/code.ts";
import { strukturRules as gemeinsam } from "../../common/qs/struktur.ts";
import { gruppenartCodeList } from "../codes.ts";
import type { Datenfeld, Datenfeldgruppe, Stammdatenschema } from "../model.ts";
import { type Container, elementKey, enthaltenesElement, leer, type QsDokument, type QsRule, type StrukturKnoten } from "./context.ts";
import { qs } from "./qs.ts";
import { PROFIL_V3 } from "./view.ts";

const ANZAHL = /^(\d+):(\*|\d+)$/;
const DEFAULT_DATENFELD = "F60000000001";
const zeile = (s: StrukturKnoten) => ({ target: s.struktur, element: elementKey(s.parent.identifikation), sub: s.child.identifikation.id });
const k = (c: Container) => ({ target: c, element: elementKey(c.identifikation) });
const kinder = (c: Container) => c.struktur.map(enthaltenesElement).filter((x) => x !== undefined);
/** Published = has a `veroeffentlichungsdatum` (the reference ignores the status here: S05000001216 has status 5 and none). */
const veroeffentlicht = (e: { veroeffentlichungsdatum?: string }) => !leer(e.veroeffentlichungsdatum);
const versioniert = (e: { identifikation: { version?: string } }) => !leer(e.identifikation.version);
/** The schema or group a message is about (root of 0102 / 0103); undefined for other messages. */
function wurzelContainer(dokument: QsDokument): Container | undefined {
  const k = dokument.nachricht.kind;
  return k === "xdatenfelder.stammdatenschema.0102" || k === "xdatenfelder.datenfeldgruppe.0103"
    ? (dokument.wurzel as Container)
    : undefined;
}
const istWurzel = (dokument: QsDokument, el: Datenfeld | Datenfeldgruppe) => (dokument.wurzel as object | undefined) === el;

/** Per message: how many distinct versions (an absent version counts as one) each group or field id has. */
const versionenCache = new WeakMap<QsDokument, Map<string, Set<string>>>();
function versionenJeId(dokument: QsDokument): Map<string, Set<string>> {
  const cached = versionenCache.get(dokument);
  if (cached !== undefined) return cached;
  const out = new Map<string, Set<string>>();
  for (const el of [...dokument.gruppen.values(), ...dokument.felder.values()]) {
    const id = el.identifikation.id.trim();
    const set = out.get(id) ?? new Set<string>();
    set.add((el.identifikation.version ?? "").trim());
    out.set(id, set);
  }
  versionenCache.set(dokument, out);
  return out;
}

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

/** 1134: `el` is a versioned RNG element of the working copy's own Nummernkreis. */
function eigenerNummernkreisInArbeitskopie(dokument: QsDokument, el: Datenfeld | Datenfeldgruppe): boolean {
  const w = wurzelContainer(dokument);
  if (w === undefined || versioniert(w) || istWurzel(dokument, el) || !versioniert(el) || el.schemaelementart.code !== "RNG") return false;
  return el.identifikation.id.trim().slice(1, 3) === w.identifikation.id.trim().slice(1, 3);
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

const c = gemeinsam(PROFIL_V3, { dateiAnzahlByDefault: true });

/** The structure rules (the row checks common to both versions from `common/qs/struktur.ts`). */
export const strukturRules: readonly QsRule[] = [
  c["1013"],
  c["1021"],
  c["1046"],
  c["1047"],
  c["1022"],
  qs(
    "1118",
    { description: "A row of an Auswahlgruppe (art `X`) whose well-formed `anzahl` is not `0:1` (a malformed one is 1046)." },
    {
      struktur(s, ctx) {
        if (s.parentKind !== "datenfeldgruppe" || (s.parent as Datenfeldgruppe).art?.code !== "X") return;
        const m = ANZAHL.exec(s.struktur.anzahl.trim());
        if (m !== null && (Number(m[1]) !== 0 || m[2] !== "1")) ctx.report(zeile(s));
      },
    },
  ),
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
    { description: "A group with exactly one row (an Auswahlgruppe with one row is 1043 instead, as in the reference QS-DF 1.20)." },
    {
      datenfeldgruppe(g, ctx) {
        if (kinder(g).length === 1 && g.art?.code !== "X") ctx.report(k(g));
      },
    },
  ),
  qs(
    "1042",
    { description: "A group whose `art` is given but not `X`." },
    {
      datenfeldgruppe(g, ctx) {
        if (g.art !== undefined && !isCodeOf(gruppenartCodeList, g.art.code)) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1043",
    { description: "An Auswahlgruppe (art `X`) with fewer than two rows." },
    {
      datenfeldgruppe(g, ctx) {
        if (g.art?.code === "X" && kinder(g).length < 2) ctx.report(k(g));
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
    {
      description:
        "A group or field whose id occurs in the message in more than one version (no version counts as one); reported on every version of it, as the reference QS-DF 1.20 does.",
    },
    {
      datenfeldgruppe(g, ctx) {
        const d = ctx.options.dokument;
        if (!istWurzel(d, g) && (versionenJeId(d).get(g.identifikation.id.trim())?.size ?? 0) > 1) ctx.report(k(g));
      },
      datenfeld(f, ctx) {
        const d = ctx.options.dokument;
        if (!istWurzel(d, f) && (versionenJeId(d).get(f.identifikation.id.trim())?.size ?? 0) > 1)
          ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
  qs(
    "1094",
    { description: "A schema or group with 'Default-Datenfeld' F60000000001 next to other rows." },
    beide((c) => {
      const ks = kinder(c);
      return ks.length > 1 && ks.some((x) => x.el.identifikation.id === DEFAULT_DATENFELD);
    }),
  ),
  qs(
    "1095",
    {
      description:
        "A schema or group whose only row contains 'Default-Datenfeld' F60000000001 (next to other rows it is 1094, as in the reference QS-DF 1.20).",
    },
    beide((c) => {
      const ks = kinder(c);
      return ks.length === 1 && ks[0]?.el.identifikation.id === DEFAULT_DATENFELD;
    }),
  ),
  qs(
    "1135",
    {
      description:
        "A row of a versioned schema or group containing an unversioned element (reported on the row), and an unversioned field in a message whose schema or group is versioned (reported on the field), as the reference QS-DF 1.20 does.",
    },
    {
      struktur(s, ctx) {
        if (versioniert(s.parent) && !versioniert(s.child)) ctx.report(zeile(s));
      },
      datenfeld(f, ctx) {
        const w = wurzelContainer(ctx.options.dokument);
        if (w !== undefined && versioniert(w) && !versioniert(f)) ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
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
    "1127",
    {
      description:
        "In a published schema (one with `veroeffentlichungsdatum`), a group or field below it without `veroeffentlichungsdatum`; reported on that element.",
    },
    {
      stammdatenschema(s, ctx) {
        if (!veroeffentlicht(s)) return;
        for (const [key, el] of nachfahren(s)) if (leer(el.veroeffentlichungsdatum)) ctx.report({ target: el, element: key });
      },
    },
  ),
  qs(
    "1129",
    {
      description:
        "In a published schema, a group or field below it with freigabestatus 1 or 2 (before Entwurf); reported on that element.",
    },
    {
      stammdatenschema(s, ctx) {
        if (!veroeffentlicht(s)) return;
        for (const [key, el] of nachfahren(s))
          if (el.freigabestatus.code === "1" || el.freigabestatus.code === "2") ctx.report({ target: el, element: key });
      },
    },
  ),
  qs(
    "1128",
    {
      description:
        "In a published group sent as message 0103 (the group is the root), a group or field below it without `veroeffentlichungsdatum` (inside a schema, 1127 covers it).",
    },
    {
      datenfeldgruppe(g, ctx) {
        if (!veroeffentlicht(g) || ctx.options.dokument.wurzel !== g) return;
        if ([...nachfahren(g).values()].some((el) => leer(el.veroeffentlichungsdatum))) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1130",
    {
      description:
        "In a published group sent as message 0103, a group or field below it with freigabestatus 1 or 2 (inside a schema, 1129 covers it).",
    },
    {
      datenfeldgruppe(g, ctx) {
        if (!veroeffentlicht(g) || ctx.options.dokument.wurzel !== g) return;
        if ([...nachfahren(g).values()].some((el) => el.freigabestatus.code === "1" || el.freigabestatus.code === "2")) ctx.report(k(g));
      },
    },
  ),
  qs(
    "1134",
    {
      description:
        "In a working copy (a schema or group message whose root has no version), a versioned `RNG` group or field of the root's own Nummernkreis (the two digits after the letter); reported on that element.",
    },
    {
      datenfeldgruppe(g, ctx) {
        if (eigenerNummernkreisInArbeitskopie(ctx.options.dokument, g)) ctx.report(k(g));
      },
      datenfeld(f, ctx) {
        if (eigenerNummernkreisInArbeitskopie(ctx.options.dokument, f)) ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
];
