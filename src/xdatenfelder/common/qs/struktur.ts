/**
 * FIM-QS checks of structure written once for XDatenfelder 2.0 and 3.0.0 over the neutral view: the rows of
 * schemas and groups (multiplicity, abstract children, rows without a legal basis, file fields), children
 * counts, Auswahlgruppen, duplicates, versions, circular references, published schemas and groups, working
 * copies. Where the versions' reference checkers read a code differently (1003, 1095, 1134, 1135), the
 * profile ({@link QsProfil}) names the reading.
 */
import { type BezugSicht, elementKey, type KindSicht, leer, type QsProfil, type XdfSicht, type ZeileSicht } from "../view.ts";
import { type Ctx, fuer, rule, type Visitors, type XdfRule } from "./basis.ts";

const ANZAHL = /^(\d+):(\*|\d+)$/;
const ohneBezug = (bezug: readonly BezugSicht[]) => bezug.every((b) => leer(b.text));
const CONTAINER = ["stammdatenschema", "datenfeldgruppe"] as const;
const versioniert = (e: { identifikation: { version?: string | undefined } }) => !leer(e.identifikation.version);
/** Published = has a `veroeffentlichungsdatum` (the reference ignores the status here: S05000001216 has status 5 and none). */
const veroeffentlicht = (e: { veroeffentlichungsdatum?: string | undefined }) => !leer(e.veroeffentlichungsdatum);
const vorEntwurf = (e: KindSicht) => e.status === "1" || e.status === "2";

/** A visitor of structure rows, each reported as the row (parent key > child id). */
function zeilen(check: (s: ZeileSicht) => boolean): Visitors {
  return {
    struktur(node, ctx) {
      const s = ctx.options.sicht.zeile(node);
      if (check(s)) ctx.report({ target: s.target, element: elementKey(s.parent), sub: s.child.id });
    },
  };
}

const kinder = (ctx: Ctx, node: object) => ctx.options.sicht.kinder(node);

/** Every group and field below a container (each distinct element once), by key. */
function nachfahren(sicht: XdfSicht, c: object): Map<string, KindSicht> {
  const out = new Map<string, KindSicht>();
  const stack: object[] = [c];
  const besucht = new Set<object>();
  while (stack.length > 0) {
    const cur = stack.pop() as object;
    if (besucht.has(cur)) continue;
    besucht.add(cur);
    for (const kind of sicht.kinder(cur)) {
      const key = elementKey(kind.identifikation);
      if (!out.has(key)) out.set(key, kind);
      if (kind.art === "datenfeldgruppe") stack.push(kind.node);
    }
  }
  return out;
}

/** Per run: how many distinct versions (an absent version counts as one) each group or field id has. */
const versionenCache = new WeakMap<XdfSicht, Map<string, Set<string>>>();
function versionenJeId(sicht: XdfSicht): Map<string, Set<string>> {
  const cached = versionenCache.get(sicht);
  if (cached !== undefined) return cached;
  const out = new Map<string, Set<string>>();
  for (const el of sicht.elemente()) {
    const id = el.identifikation.id.trim();
    const set = out.get(id) ?? new Set<string>();
    set.add((el.identifikation.version ?? "").trim());
    out.set(id, set);
  }
  versionenCache.set(sicht, out);
  return out;
}

/** The common structure checks, by catalogue code, for one version. */
export function strukturRules(profil: QsProfil): Readonly<Record<string, XdfRule>> {
  const defaultDatenfeld = (k: KindSicht) => profil.defaultDatenfelder.has(k.identifikation.id);
  const defaults = [...profil.defaultDatenfelder].join(" / ");
  /** 1134 (3.0.0): `e` is a versioned RNG element of the working copy's own Nummernkreis. */
  const eigenerNummernkreis = (
    e: { target: object; identifikation: { id: string; version?: string | undefined }; schemaelementart: string | undefined },
    ctx: Ctx,
  ) => {
    const w = ctx.options.sicht.wurzelContainer;
    if (w === undefined || versioniert(w) || ctx.options.sicht.wurzel === e.target || !versioniert(e) || e.schemaelementart !== "RNG")
      return false;
    return e.identifikation.id.trim().slice(1, 3) === w.identifikation.id.trim().slice(1, 3);
  };
  return {
    "1013": rule(
      "1013",
      { description: "A structure row of a schema or group containing an element with schemaelementart `ABS`." },
      zeilen((s) => s.childSchemaelementart === "ABS"),
    ),
    "1021": rule(
      "1021",
      {
        description: profil.anzahlNullIstLeer
          ? "A structure row with an empty `anzahl`, or `0:0` (no occurrence allowed: the reference QS-DF 1.20 reports `0:0` as 1021; docs/qs.md)."
          : "A structure row with an empty `anzahl`.",
      },
      zeilen((s) => leer(s.anzahl) || (profil.anzahlNullIstLeer && s.anzahl.trim() === "0:0")),
    ),
    "1046": rule(
      "1046",
      { description: "A structure row whose `anzahl` is not `min:max` (digits, `*` for max)." },
      zeilen((s) => !leer(s.anzahl) && !ANZAHL.test(s.anzahl.trim())),
    ),
    "1047": rule(
      "1047",
      { description: "A structure row whose `anzahl` minimum exceeds its maximum." },
      zeilen((s) => {
        const m = ANZAHL.exec(s.anzahl.trim());
        return m !== null && m[2] !== "*" && Number(m[1]) > Number(m[2]);
      }),
    ),
    "1022": rule(
      "1022",
      {
        description:
          "In a group with schemaelementart `RNG` or in a schema (which the reference checkers treat like RNG; 2.0 schemas have no schemaelementart), a row containing an `ABS` or `HAR` element without a `bezug` on the row.",
      },
      zeilen((s) => {
        if (s.parentArt === "datenfeldgruppe" && s.parentSchemaelementart !== "RNG") return false;
        const art = s.childSchemaelementart;
        return (art === "ABS" || art === "HAR") && ohneBezug(s.bezug);
      }),
    ),
    "1118": rule(
      "1118",
      { description: "A row of an Auswahlgruppe (art `X`) whose well-formed `anzahl` is not `0:1` (a malformed one is 1046)." },
      zeilen((s) => {
        if (s.parentArt !== "datenfeldgruppe" || s.parentGruppenart !== "X") return false;
        const m = ANZAHL.exec(s.anzahl.trim());
        return m !== null && (Number(m[1]) !== 0 || m[2] !== "1");
      }),
    ),
    "1139": rule(
      "1139",
      {
        description:
          "A row containing a `file` field whose `anzahl` maximum is not `*`. Off by default for 2.0: the reference QS-DF 0.977 has no such check.",
        ...(profil.dateiAnzahlByDefault ? {} : { enabledByDefault: false }),
      },
      zeilen((s) => {
        if (s.childArt !== "datenfeld" || s.childDatentyp !== "file") return false;
        const m = ANZAHL.exec(s.anzahl.trim());
        return m !== null && m[2] !== "*";
      }),
    ),
    "1023": rule(
      "1023",
      { description: "A group without rows." },
      fuer(["datenfeldgruppe"], (e, ctx) => kinder(ctx, e.target).length === 0),
    ),
    "1078": rule(
      "1078",
      { description: "A schema without rows." },
      fuer(["stammdatenschema"], (e, ctx) => kinder(ctx, e.target).length === 0),
    ),
    "1106": rule(
      "1106",
      { description: "A group with exactly one row (an Auswahlgruppe with one row is 1043 instead, as in the reference QS-DF 1.20)." },
      fuer(["datenfeldgruppe"], (e, ctx) => kinder(ctx, e.target).length === 1 && e.gruppenart !== "X"),
    ),
    "1042": rule(
      "1042",
      { description: "A group whose `art` is given but not `X`." },
      fuer(["datenfeldgruppe"], (e) => e.gruppenart !== undefined && !profil.gruppenartGueltig(e.gruppenart)),
    ),
    "1043": rule(
      "1043",
      { description: "An Auswahlgruppe (art `X`) with fewer than two rows." },
      fuer(["datenfeldgruppe"], (e, ctx) => e.gruppenart === "X" && kinder(ctx, e.target).length < 2),
    ),
    "1004": rule(
      "1004",
      { description: "A group containing the same element in the same version in two rows." },
      fuer(["datenfeldgruppe"], (e, ctx) => {
        const keys = kinder(ctx, e.target).map((k) => elementKey(k.identifikation));
        return new Set(keys).size !== keys.length;
      }),
    ),
    "1025": rule(
      "1025",
      { description: "A schema containing the same element in the same version in two top-level rows." },
      fuer(["stammdatenschema"], (e, ctx) => {
        const keys = kinder(ctx, e.target).map((k) => elementKey(k.identifikation));
        return new Set(keys).size !== keys.length;
      }),
    ),
    "1003":
      profil.mehrereVersionenJe === "stammdatenschema"
        ? rule(
            "1003",
            { description: "A schema containing one element (id) in more than one version anywhere below it." },
            fuer(["stammdatenschema"], (e, ctx) => {
              const versionen = new Map<string, Set<string>>();
              for (const el of nachfahren(ctx.options.sicht, e.target).values()) {
                const set = versionen.get(el.identifikation.id) ?? new Set<string>();
                set.add(el.identifikation.version ?? "");
                versionen.set(el.identifikation.id, set);
              }
              return [...versionen.values()].some((v) => v.size > 1);
            }),
          )
        : rule(
            "1003",
            {
              description:
                "A group or field whose id occurs in the message in more than one version (no version counts as one); reported on every version of it, as the reference QS-DF 1.20 does.",
            },
            fuer(
              ["datenfeldgruppe", "datenfeld"],
              (e, ctx) =>
                ctx.options.sicht.wurzel !== e.target && (versionenJeId(ctx.options.sicht).get(e.identifikation.id.trim())?.size ?? 0) > 1,
            ),
          ),
    "1094": rule(
      "1094",
      { description: `A schema or group with 'Default-Datenfeld' ${defaults} next to other rows.` },
      fuer(CONTAINER, (e, ctx) => {
        const ks = kinder(ctx, e.target);
        return ks.length > 1 && ks.some(defaultDatenfeld);
      }),
    ),
    "1095": rule(
      "1095",
      {
        description: profil.defaultDatenfeldNurAllein
          ? `A schema or group whose only row contains 'Default-Datenfeld' ${defaults} (next to other rows it is 1094, as in the reference QS-DF 1.20).`
          : `A schema or group containing 'Default-Datenfeld' ${defaults}.`,
      },
      fuer(CONTAINER, (e, ctx) => {
        const ks = kinder(ctx, e.target);
        return profil.defaultDatenfeldNurAllein
          ? ks.length === 1 && ks[0] !== undefined && defaultDatenfeld(ks[0])
          : ks.some(defaultDatenfeld);
      }),
    ),
    "1135":
      profil.unversioniertJe === "container"
        ? rule(
            "1135",
            { description: "A versioned schema or group with a row containing an unversioned element." },
            fuer(CONTAINER, (e, ctx) => versioniert(e) && kinder(ctx, e.target).some((k) => !versioniert(k))),
          )
        : rule(
            "1135",
            {
              description:
                "A row of a versioned schema or group containing an unversioned element (reported on the row), and an unversioned field in a message whose schema or group is versioned (reported on the field), as the reference QS-DF 1.20 does.",
            },
            {
              ...zeilen((s) => !leer(s.parent.version) && leer(s.child.version)),
              ...fuer(["datenfeld"], (e, ctx) => {
                const w = ctx.options.sicht.wurzelContainer;
                return w !== undefined && versioniert(w) && !versioniert(e);
              }),
            },
          ),
    "1026": rule(
      "1026",
      { description: "A group that contains itself (same id and version) somewhere below it." },
      fuer(["datenfeldgruppe"], (e, ctx) => nachfahren(ctx.options.sicht, e.target).has(elementKey(e.identifikation))),
    ),
    "1127": rule(
      "1127",
      {
        description:
          "In a published schema (one with `veroeffentlichungsdatum`), a group or field below it without `veroeffentlichungsdatum`; reported on that element.",
      },
      unterVeroeffentlichtemSchema((el) => leer(el.veroeffentlichungsdatum)),
    ),
    "1129": rule(
      "1129",
      {
        description:
          "In a published schema, a group or field below it with freigabestatus 1 or 2 (before Entwurf); reported on that element.",
      },
      unterVeroeffentlichtemSchema(vorEntwurf),
    ),
    "1128": rule(
      "1128",
      {
        description:
          "In a published group sent as message 0103 (the group is the root), a group or field below it without `veroeffentlichungsdatum` (inside a schema, 1127 covers it).",
      },
      fuer(["datenfeldgruppe"], (e, ctx) => unterVeroeffentlichterGruppe(e, ctx, (el) => leer(el.veroeffentlichungsdatum))),
    ),
    "1130": rule(
      "1130",
      {
        description:
          "In a published group sent as message 0103, a group or field below it with freigabestatus 1 or 2 (inside a schema, 1129 covers it).",
      },
      fuer(["datenfeldgruppe"], (e, ctx) => unterVeroeffentlichterGruppe(e, ctx, vorEntwurf)),
    ),
    "1134":
      profil.arbeitskopieJe === "zeile"
        ? rule(
            "1134",
            {
              description:
                "A working copy (schema or group without version) containing a versioned `RNG` element of its own Nummernkreis (same letter-stripped two-digit range); reported on that element. Off by default for 2.0: the reference QS-DF 0.977 has no such check (4 elements of the working copy S00000009 would differ).",
              enabledByDefault: false,
            },
            {
              struktur(node, ctx) {
                const s = ctx.options.sicht.zeile(node);
                const p = s.parent;
                const c = s.child;
                if (!leer(p.version) || leer(c.version) || s.childSchemaelementart !== "RNG") return;
                if (p.id.slice(1, 3) === c.id.slice(1, 3)) ctx.report({ target: s.childTarget, element: elementKey(c) });
              },
            },
          )
        : rule(
            "1134",
            {
              description:
                "In a working copy (a schema or group message whose root has no version), a versioned `RNG` group or field of the root's own Nummernkreis (the two digits after the letter); reported on that element.",
            },
            fuer(["datenfeldgruppe", "datenfeld"], eigenerNummernkreis),
          ),
  };
}

/** A schema visitor reporting every element below a published schema that fails `check`, on that element. */
function unterVeroeffentlichtemSchema(check: (el: KindSicht) => boolean): Visitors {
  return {
    stammdatenschema(node, ctx) {
      const s = ctx.options.sicht.element(node, "stammdatenschema");
      if (!veroeffentlicht(s)) return;
      for (const [key, el] of nachfahren(ctx.options.sicht, node)) if (check(el)) ctx.report({ target: el.node, element: key });
    },
  };
}

/** Whether a published group that is the message's root has an element below it that fails `check`. */
function unterVeroeffentlichterGruppe(
  e: { target: object; veroeffentlichungsdatum: string | undefined },
  ctx: Ctx,
  check: (el: KindSicht) => boolean,
) {
  if (!veroeffentlicht(e) || ctx.options.sicht.wurzel !== e.target) return false;
  return [...nachfahren(ctx.options.sicht, e.target).values()].some(check);
}
