/**
 * The FIM-QS checks only XDatenfelder 2.0 has: the Präzisierung's JSON (1035) and the C-ID of a code list
 * (1036, 1039), which 3.0.0 no longer has. Every other 2.0 check is written once in `common/qs/`.
 */
import type { QsAbschnitt } from "../../common/qs/regelsatz.ts";
import type { GenericodeIdentification } from "../model.ts";
import { type CodelisteKnoten, elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

/** The key under which a genericode identification is resolved. */
export function genericodeKey(g: GenericodeIdentification): string {
  return `${g.canonicalIdentification.trim()}|${g.version.trim()}|${g.canonicalVersionUri.trim()}`;
}

const k = (c: CodelisteKnoten) => ({ target: c.target, element: elementKey(c.identifikation) });

/** The 2.0-only rules by section of the rule set (`common/qs/regelsatz.ts`). */
export const EIGENE_V2 = {
  datenfeld: {
    "1035": qs(
      "1035",
      {
        description:
          "`praezisierung` text that is not a bare JSON object: the pre-JSON format (e.g. `1..12`), or JSON after leading white space, which the reference (QS-DF 0.977, testing the first character) also counts as old format.",
      },
      {
        datenfeld(f, ctx) {
          const t = f.praezisierung.text;
          if (!leer(t) && (f.praezisierung.werte === undefined || !t.startsWith("{")))
            ctx.report({ target: f, element: elementKey(f.identifikation) });
        },
      },
    ),
  },
  codeliste: {
    "1039": qs(
      "1039",
      { description: "Code-list C-ID that is not `C` followed by 8 digits." },
      {
        codeliste(c, ctx) {
          if (!leer(c.identifikation.id) && !/^C\d{8}$/.test(c.identifikation.id)) ctx.report(k(c));
        },
      },
    ),
    "1036": qs(
      "1036",
      { description: "One C-ID and version used for two different genericode identifications." },
      {
        codeliste(c, ctx) {
          const key = elementKey(c.identifikation);
          for (const other of ctx.options.dokument.codelisten.values()) {
            if (
              elementKey(other.identifikation) === key &&
              genericodeKey(other.genericodeIdentification) !== genericodeKey(c.genericodeIdentification)
            ) {
              ctx.report(k(c));
              return;
            }
          }
        },
      },
    ),
  },
} as const satisfies Partial<Record<QsAbschnitt, Readonly<Record<string, QsRule>>>>;
