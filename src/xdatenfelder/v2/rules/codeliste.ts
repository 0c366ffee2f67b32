/**
 * FIM-QS checks of 2.0 code lists: references from fields (C-ID + genericode identification) and the code
 * list of message 0105. Findings name the code list by its C-ID (+ version).
 */
import { type CodeListDocument, codeListValues } from "../../../core/codelists/genericode.ts";
import type { GenericodeIdentification } from "../model.ts";
import { type CodelisteKnoten, elementKey, leer, type QsRule } from "./context.ts";
import { qs } from "./qs.ts";

/** The capability code-list checks need: resolved code lists in the options. */
export const CODELISTEN = "codelists";

const k = (c: CodelisteKnoten) => ({ target: c.target, element: elementKey(c.identifikation) });
const gid = (c: CodelisteKnoten) => c.genericodeIdentification;
const doppelt = (xs: readonly string[]) => new Set(xs.map((x) => x.trim())).size !== xs.length;

/** The key under which a genericode identification is resolved. */
export function genericodeKey(g: GenericodeIdentification): string {
  return `${g.canonicalIdentification.trim()}|${g.version.trim()}|${g.canonicalVersionUri.trim()}`;
}

/** The document for a code list: sent inline (0105) or resolved through the lookup. */
function dokument(
  c: CodelisteKnoten,
  lookup: { find(g: GenericodeIdentification): CodeListDocument | undefined } | undefined,
): CodeListDocument | undefined {
  const inline = c.codeliste?.genericode.inhalt.find((x): x is { codeList: CodeListDocument } => "codeList" in x);
  return inline?.codeList ?? lookup?.find(gid(c));
}

/** The 2.0 code-list rules. */
export const codelisteRules: readonly QsRule[] = [
  qs(
    "1040",
    { description: "Code list with an empty `canonicalIdentification`." },
    {
      codeliste(c, ctx) {
        if (leer(gid(c).canonicalIdentification)) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1005",
    { description: "`canonicalIdentification` that does not start with `urn:`." },
    {
      codeliste(c, ctx) {
        const id = gid(c).canonicalIdentification.trim();
        if (id !== "" && !id.startsWith("urn:")) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1048",
    {
      description: "URN `canonicalIdentification` with characters outside `[A-Za-z0-9:._-]` (umlauts, blanks, surrounding white space, …).",
    },
    {
      codeliste(c, ctx) {
        // Untrimmed: surrounding white space (C60000016 in the corpus) makes the URN malformed, as in the reference.
        const id = gid(c).canonicalIdentification;
        if (id.trim().startsWith("urn:") && !/^urn:[A-Za-z0-9][A-Za-z0-9-]*(?::[A-Za-z0-9._-]+)+$/.test(id)) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1105",
    { description: "Code-list `version` that is not a date `YYYY-MM-DD` (an empty version included; 2.0 requires the element)." },
    {
      codeliste(c, ctx) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(gid(c).version.trim())) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1039",
    { description: "Code-list C-ID that is not `C` followed by 8 digits." },
    {
      codeliste(c, ctx) {
        if (!leer(c.identifikation.id) && !/^C\d{8}$/.test(c.identifikation.id)) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1036",
    { description: "One C-ID and version used for two different genericode identifications." },
    {
      codeliste(c, ctx) {
        const key = elementKey(c.identifikation);
        for (const other of ctx.options.dokument.codelisten.values()) {
          if (elementKey(other.identifikation) === key && genericodeKey(gid(other)) !== genericodeKey(gid(c))) {
            ctx.report(k(c));
            return;
          }
        }
      },
    },
  ),
  qs(
    "1037",
    { description: "One code list (canonical identification) referenced in more than one version within one message." },
    {
      codeliste(c, ctx) {
        const id = gid(c).canonicalIdentification.trim();
        if (id === "") return;
        const versionen = new Set<string>();
        for (const other of ctx.options.dokument.codelisten.values()) {
          const v = gid(other).version.trim();
          if (gid(other).canonicalIdentification.trim() === id && v !== "") versionen.add(v);
        }
        if (versionen.size > 1) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1044",
    { description: "Code list (sent as 0105, or resolved) with fewer than two rows." },
    {
      codeliste(c, ctx) {
        const doc = dokument(c, ctx.options.options.codeLists);
        if (doc !== undefined && codeListValues(doc).length < 2) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1045",
    { description: "Code list (sent as 0105, or resolved) with two rows of the same code." },
    {
      codeliste(c, ctx) {
        const doc = dokument(c, ctx.options.options.codeLists);
        if (doc !== undefined && doppelt(codeListValues(doc).map((v) => v.code))) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1093",
    { description: "Code list (sent as 0105, or resolved) with two rows of the same name." },
    {
      codeliste(c, ctx) {
        const doc = dokument(c, ctx.options.options.codeLists);
        if (doc !== undefined && doppelt(codeListValues(doc).map((v) => v.name))) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1115",
    { description: "Referenced code list that the code-list provider cannot deliver. Needs resolved code lists.", requires: [CODELISTEN] },
    {
      codeliste(c, ctx) {
        if (c.feld !== undefined && ctx.options.options.codeLists?.find(gid(c)) === undefined) ctx.report(k(c));
      },
    },
  ),
  qs(
    "1076",
    {
      description: "`inhalt` of a field with `codelisteReferenz` that is not a code of the list. Needs resolved code lists.",
      requires: [CODELISTEN],
    },
    {
      datenfeld(f, ctx) {
        if (f.codelisteReferenz === undefined || leer(f.inhalt)) return;
        const doc = ctx.options.options.codeLists?.find(f.codelisteReferenz.genericodeIdentification);
        if (doc !== undefined && !codeListValues(doc).some((v) => v.code.trim() === f.inhalt.trim()))
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
        const doc = ctx.options.options.codeLists?.latest(f.codelisteReferenz.genericodeIdentification.canonicalIdentification.trim());
        if (doc !== undefined && !codeListValues(doc).some((v) => v.code.trim() === f.inhalt.trim()))
          ctx.report({ target: f, element: elementKey(f.identifikation) });
      },
    },
  ),
];
