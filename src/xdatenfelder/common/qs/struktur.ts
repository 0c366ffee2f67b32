/**
 * FIM-QS checks of structure rows written once for XDatenfelder 2.0 and 3.0.0 over the neutral view:
 * multiplicity (`anzahl`), abstract children, rows without a legal basis, file fields. The checks that walk
 * children and descendants (counts, Auswahlgruppen, duplicates, versions, cycles) stay in the versions'
 * `rules/struktur.ts`.
 */
import { type BezugSicht, elementKey, leer, type QsProfil, type ZeileSicht } from "../view.ts";
import { rule, type Visitors } from "./basis.ts";

const ANZAHL = /^(\d+):(\*|\d+)$/;
const ohneBezug = (bezug: readonly BezugSicht[]) => bezug.every((b) => leer(b.text));

/** A visitor of structure rows, each reported as the row (parent key > child id). */
function zeilen(check: (s: ZeileSicht) => boolean): Visitors {
  return {
    struktur(node, ctx) {
      const s = ctx.options.sicht.zeile(node);
      if (check(s)) ctx.report({ target: s.target, element: elementKey(s.parent), sub: s.child.id });
    },
  };
}

/** Options of {@link strukturRules} where a version's reference checker behaves differently. */
export interface StrukturOptionen {
  /** 1139 runs by default (the 2.0 reference QS-DF 0.977 has no such check). */
  readonly dateiAnzahlByDefault: boolean;
}

/** The common structure-row checks, by catalogue code, for one version. */
export function strukturRules(profil: QsProfil, opt: StrukturOptionen) {
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
    "1139": rule(
      "1139",
      {
        description:
          "A row containing a `file` field whose `anzahl` maximum is not `*`. Off by default for 2.0: the reference QS-DF 0.977 has no such check.",
        ...(opt.dateiAnzahlByDefault ? {} : { enabledByDefault: false }),
      },
      zeilen((s) => {
        if (s.childArt !== "datenfeld" || s.childDatentyp !== "file") return false;
        const m = ANZAHL.exec(s.anzahl.trim());
        return m !== null && m[2] !== "*";
      }),
    ),
  };
}
