/**
 * FIM-QS checks of the code lists fields refer to (`codelisteReferenz`). In 3.0.0 a code list has no
 * C-ID, so findings name it by canonical identification and version.
 */
import { type CodeListDocument, type CodeListKeys, codeListColumns, codeListValues } from "../../../core/codelists/genericode.ts";
import type { Datenfeld, GenericodeIdentification } from "../model.ts";
import { type CodelisteKnoten, elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

/** How a code list is named in findings: `canonicalVersionUri`, else `canonicalIdentification_version`. */
export function codelistenKey(r: GenericodeIdentification): string {
  if (!leer(r.canonicalVersionUri)) return (r.canonicalVersionUri as string).trim();
  const id = (r.canonicalIdentification ?? "").trim();
  return leer(r.version) ? id : `${id}_${(r.version as string).trim()}`;
}
/** The capability code-list checks need: resolved code lists in the options. */
export const CODELISTEN = "codelists";

const k = (c: CodelisteKnoten) => ({ target: c.referenz, element: codelistenKey(c.referenz) });

/** The code-list rules. */
export const codelisteRules: readonly QsRule[] = [
  qs(
    "1040",
    { description: "`codelisteReferenz` with an empty `canonicalIdentification`." },
    {
      codeliste(c, ctx) {
        if (leer(c.referenz.canonicalIdentification)) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1005",
    { description: "`canonicalIdentification` that does not start with `urn:`." },
    {
      codeliste(c, ctx) {
        const id = c.referenz.canonicalIdentification;
        if (!leer(id) && !(id as string).trim().startsWith("urn:")) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1048",
    { description: "URN `canonicalIdentification` with characters outside `[A-Za-z0-9:._-]` (umlauts, blanks, …)." },
    {
      codeliste(c, ctx) {
        const id = (c.referenz.canonicalIdentification ?? "").trim();
        if (id.startsWith("urn:") && !/^urn:[A-Za-z0-9][A-Za-z0-9-]*(?::[A-Za-z0-9._-]+)+$/.test(id)) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1105",
    {
      description:
        "Code-list `version` that is not a date `YYYY-MM-DD`. Off by default for 3.0.0: the reference QS-DF 1.20 emits it only for 2.0.",
      enabledByDefault: false,
    },
    {
      codeliste(c, ctx) {
        if (!leer(c.referenz.version) && !/^\d{4}-\d{2}-\d{2}$/.test((c.referenz.version as string).trim())) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1115",
    {
      description: "Code list that the code-list provider (XRepository, a folder, memory) cannot deliver. Needs resolved code lists.",
      requires: [CODELISTEN],
    },
    {
      codeliste(c, ctx) {
        if (ctx.options.options.codeLists?.find(c.referenz) === undefined) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1076",
    {
      description:
        "`inhalt` of a field with `codelisteReferenz` that is not a code of the list (column `codeKey`, else the first key column). Needs resolved code lists.",
      requires: [CODELISTEN],
    },
    {
      datenfeld(f, ctx) {
        if (f.codelisteReferenz === undefined || leer(f.inhalt)) return;
        const doc = ctx.options.options.codeLists?.find(f.codelisteReferenz);
        if (doc !== undefined && !codes(doc, f).has((f.inhalt as string).trim()))
          ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
  qs(
    "1121",
    {
      description:
        "`inhalt` of a field with `codelisteReferenz` that is not a code of the newest version of the list. Needs resolved code lists.",
      requires: [CODELISTEN],
    },
    {
      datenfeld(f, ctx) {
        if (f.codelisteReferenz === undefined || leer(f.inhalt)) return;
        const doc = ctx.options.options.codeLists?.latest((f.codelisteReferenz.canonicalIdentification ?? "").trim());
        if (doc !== undefined && !codes(doc, f).has((f.inhalt as string).trim()))
          ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
  qs(
    "1122",
    {
      description: "`codeKey`, `nameKey` or `helpKey` naming a column the referenced list does not have. Needs resolved code lists.",
      requires: [CODELISTEN],
    },
    {
      datenfeld(f, ctx) {
        if (f.codelisteReferenz === undefined) return;
        const doc = ctx.options.options.codeLists?.find(f.codelisteReferenz);
        if (doc !== undefined && fehlendeSpalte(doc, f)) ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
  qs(
    "1123",
    {
      description:
        "`codeKey`, `nameKey` or `helpKey` naming a column the newest version of the list does not have. Needs resolved code lists.",
      requires: [CODELISTEN],
    },
    {
      datenfeld(f, ctx) {
        if (f.codelisteReferenz === undefined) return;
        const doc = ctx.options.options.codeLists?.latest((f.codelisteReferenz.canonicalIdentification ?? "").trim());
        if (doc !== undefined && fehlendeSpalte(doc, f)) ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
];

function keys(f: Datenfeld): CodeListKeys {
  const out: { codeKey?: string; nameKey?: string; helpKey?: string } = {};
  if (!leer(f.codeKey)) out.codeKey = (f.codeKey as string).trim();
  if (!leer(f.nameKey)) out.nameKey = (f.nameKey as string).trim();
  if (!leer(f.helpKey)) out.helpKey = (f.helpKey as string).trim();
  return out;
}
function codes(doc: CodeListDocument, f: Datenfeld): Set<string> {
  return new Set(codeListValues(doc, keys(f)).map((v) => v.code.trim()));
}
function fehlendeSpalte(doc: CodeListDocument, f: Datenfeld): boolean {
  const spalten = new Set(codeListColumns(doc).map((c) => c.id));
  return Object.values(keys(f)).some((id) => !spalten.has(id));
}

/** 1037: one code list (canonical identification) referenced in several versions within the message. */
export const codelistenVersionen: QsRule = qs(
  "1037",
  { description: "A code list referenced in more than one version within one message." },
  {
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
  },
);
