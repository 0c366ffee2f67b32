/**
 * FIM-QS checks of the code lists fields refer to (`codelisteReferenz`). In 3.0.0 a code list has no
 * C-ID, so findings name it by canonical identification and version.
 */
import type { GenericodeIdentification } from "../model.ts";
import { type CodelisteKnoten, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

/** How a code list is named in findings: `canonicalVersionUri`, else `canonicalIdentification_version`. */
export function codelistenKey(r: GenericodeIdentification): string {
  if (!leer(r.canonicalVersionUri)) return (r.canonicalVersionUri as string).trim();
  const id = (r.canonicalIdentification ?? "").trim();
  return leer(r.version) ? id : `${id}_${(r.version as string).trim()}`;
}
const k = (c: CodelisteKnoten) => ({ target: c.referenz, element: codelistenKey(c.referenz) });

/** The code-list rules. */
export const codelisteRules: readonly QsRule[] = [
  qs("1040", { description: "`codelisteReferenz` with an empty `canonicalIdentification`." }, {
    codeliste(c, ctx) {
      if (leer(c.referenz.canonicalIdentification)) ctx.report(k(c));
    },
  }),
  qs("1005", { description: "`canonicalIdentification` that does not start with `urn:`." }, {
    codeliste(c, ctx) {
      const id = c.referenz.canonicalIdentification;
      if (!leer(id) && !(id as string).trim().startsWith("urn:")) ctx.report(k(c));
    },
  }),
  qs("1048", { description: "URN `canonicalIdentification` with characters outside `[A-Za-z0-9:._-]` (umlauts, blanks, …)." }, {
    codeliste(c, ctx) {
      const id = (c.referenz.canonicalIdentification ?? "").trim();
      if (id.startsWith("urn:") && !/^urn:[A-Za-z0-9][A-Za-z0-9-]*(?::[A-Za-z0-9._-]+)+$/.test(id)) ctx.report(k(c));
    },
  }),
  qs("1105", { description: "Code-list `version` that is not a date `YYYY-MM-DD`. Off by default for 3.0.0: the reference QS-DF 1.20 emits it only for 2.0.", enabledByDefault: false }, {
    codeliste(c, ctx) {
      if (!leer(c.referenz.version) && !/^\d{4}-\d{2}-\d{2}$/.test((c.referenz.version as string).trim())) ctx.report(k(c));
    },
  }),
  qs(
    "1115",
    { description: "Code list not retrievable through the code-list provider (XRepository). Needs a provider.", requires: ["codelist-provider"] },
    {
      codeliste(c, ctx) {
        const provider = ctx.options.options.codeListProvider;
        const id = (c.referenz.canonicalIdentification ?? "").trim();
        if (provider !== undefined && !provider.has(id, c.referenz.version?.trim())) ctx.report(k(c));
      },
    },
  ),
];

/** 1037: one code list (canonical identification) referenced in several versions within the message. */
export const codelistenVersionen: QsRule = qs("1037", { description: "A code list referenced in more than one version within one message." }, {
  codeliste(c, ctx) {
    const id = (c.referenz.canonicalIdentification ?? "").trim();
    if (id === "") return;
    const versionen = new Set<string>();
    for (const other of ctx.options.dokument.codelisten.values()) {
      // A reference without version means "the current version"; it is no second version (as in the reference).
      const v = (other.referenz.version ?? "").trim();
      if ((other.referenz.canonicalIdentification ?? "").trim() === id && v !== "") versionen.add(v);
    }
    if (versionen.size > 1) ctx.report(k(c));
  },
});
