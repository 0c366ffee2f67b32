/**
 * FIM-QS checks of code lists and value lists written once for XDatenfelder 2.0 and 3.0.0 over the neutral
 * view ({@link CodelisteSicht}, {@link FeldSicht}): the genericode identification of a referenced list (or,
 * in 2.0, of a list sent as message 0105), the rows of a list once resolved, the codes a field's `inhalt` and
 * its keys name. Checks of the 2.0 C-ID (1036, 1039) stay in `v2/rules/eigene.ts`.
 */
import { type CodeListDocument, codeListColumns, codeListValues } from "../../../core/codelists/genericode.ts";
import { type CodeListSuche, type CodelisteSicht, elementKey, type FeldSicht, leer, type QsProfil } from "../view.ts";
import { type Ctx, rule, type Visitors, type XdfRule } from "./basis.ts";
import { felder } from "./datenfeld.ts";

/** The capability code-list checks need: resolved code lists in the options. */
export const CODELISTEN = "codelists";

const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]*(?::[A-Za-z0-9._-]+)+$/;
const doppelt = (xs: readonly string[]) => new Set(xs.map((x) => x.trim())).size !== xs.length;

/** A visitor of code lists, each reported under the name the version gives it. */
function listen(check: (c: CodelisteSicht, ctx: Ctx) => boolean): Visitors {
  return {
    codeliste(node, ctx) {
      const c = ctx.options.sicht.codeliste(node);
      if (check(c, ctx)) ctx.report({ target: c.target, element: c.element });
    },
  };
}

/** The rows of a list: sent inline (2.0 message 0105) or resolved, read through the field's columns. */
function zeilen(c: CodelisteSicht, ctx: Ctx) {
  const doc = c.inline ?? ctx.options.options.codeLists?.find(c.referenz);
  return doc === undefined ? undefined : codeListValues(doc, c.keys);
}

/** The codes of `doc` read through the field's columns. */
const codes = (doc: CodeListDocument, f: FeldSicht) => new Set(codeListValues(doc, f.codeKeys).map((v) => v.code.trim()));
const fehlendeSpalte = (f: FeldSicht, doc: CodeListDocument) => {
  const spalten = new Set(codeListColumns(doc).map((c) => c.id));
  return Object.values(f.codeKeys).some((id) => !spalten.has(id));
};

/** A visitor of fields with a code list, checked against the list as referenced or its newest version. */
function felderMitListen(neueste: boolean, check: (f: FeldSicht, doc: CodeListDocument) => boolean): Visitors {
  return {
    datenfeld(node, ctx) {
      const f = ctx.options.sicht.feld(node);
      if (f.codelisteReferenz === undefined) return;
      const lookup: CodeListSuche | undefined = ctx.options.options.codeLists;
      const doc = neueste ? lookup?.latest(f.codelisteUri) : lookup?.find(f.codelisteReferenz);
      if (doc !== undefined && check(f, doc)) ctx.report({ target: f.target, element: elementKey(f.identifikation) });
    },
  };
}

/** The common code-list and value-list checks, by catalogue code, for one version. */
export function codelisteRules(profil: QsProfil): Readonly<Record<string, XdfRule>> {
  const benoetigt = { requires: [CODELISTEN] };
  return {
    "1040": rule(
      "1040",
      { description: "Code list with an empty `canonicalIdentification`." },
      listen((c) => leer(c.canonicalIdentification)),
    ),
    "1005": rule(
      "1005",
      { description: "`canonicalIdentification` that does not start with `urn:`." },
      listen((c) => {
        const id = c.canonicalIdentification.trim();
        return id !== "" && !id.startsWith("urn:");
      }),
    ),
    "1048": rule(
      "1048",
      {
        description: profil.urnUngetrimmt
          ? "URN `canonicalIdentification` with characters outside `[A-Za-z0-9:._-]` (umlauts, blanks, surrounding white space, …)."
          : "URN `canonicalIdentification` with characters outside `[A-Za-z0-9:._-]` (umlauts, blanks, …).",
      },
      // 2.0: untrimmed, surrounding white space (C60000016 in the corpus) makes the URN malformed, as in its reference.
      listen((c) => {
        const id = c.canonicalIdentification;
        return id.trim().startsWith("urn:") && !URN.test(profil.urnUngetrimmt ? id : id.trim());
      }),
    ),
    "1105": rule(
      "1105",
      profil.codelistenVersionPflicht
        ? { description: "Code-list `version` that is not a date `YYYY-MM-DD` (an empty version included; 2.0 requires the element)." }
        : {
            description:
              "Code-list `version` that is not a date `YYYY-MM-DD`. Off by default for 3.0.0: the reference QS-DF 1.20 emits it only for 2.0.",
            enabledByDefault: false,
          },
      listen((c) => (profil.codelistenVersionPflicht || !leer(c.version)) && !/^\d{4}-\d{2}-\d{2}$/.test(c.version.trim())),
    ),
    "1037": rule(
      "1037",
      { description: "One code list (canonical identification) referenced in more than one version within one message." },
      listen((c, ctx) => {
        const id = c.canonicalIdentification.trim();
        if (id === "") return false;
        const versionen = new Set<string>();
        for (const other of ctx.options.sicht.codelisten()) {
          // A reference without version means "the current version"; it is no second version (as in the reference).
          const v = other.version.trim();
          if (other.canonicalIdentification.trim() === id && v !== "") versionen.add(v);
        }
        return versionen.size > 1;
      }),
    ),
    "1044": rule(
      "1044",
      { description: "`werte` with fewer than two `wert` entries; a code list (sent as 0105, or resolved) with fewer than two rows." },
      {
        ...felder((f) => f.werte !== undefined && f.werte.length < 2),
        ...listen((c, ctx) => {
          const werte = zeilen(c, ctx);
          return werte !== undefined && werte.length < 2;
        }),
      },
    ),
    "1045": rule(
      "1045",
      { description: "Two `wert` entries of `werte`, or two rows of a code list (sent as 0105, or resolved), with the same code." },
      {
        ...felder((f) => doppelt((f.werte ?? []).map((w) => w.code))),
        ...listen((c, ctx) => {
          const werte = zeilen(c, ctx);
          return werte !== undefined && doppelt(werte.map((w) => w.code));
        }),
      },
    ),
    "1093": rule(
      "1093",
      { description: "Two `wert` entries of `werte`, or two rows of a code list (sent as 0105, or resolved), with the same name." },
      {
        ...felder((f) => doppelt((f.werte ?? []).map((w) => w.name))),
        ...listen((c, ctx) => {
          const werte = zeilen(c, ctx);
          // 3.0.0: names read through a missing column are empty, not equal (the missing column is 1122)
          return werte !== undefined && doppelt(werte.map((w) => w.name).filter((n) => profil.leereNamenDoppelt || !leer(n)));
        }),
      },
    ),
    "1115": rule(
      "1115",
      {
        description:
          "Referenced code list that the code-list provider (XRepository, a folder, memory) cannot deliver. Needs resolved code lists.",
        ...benoetigt,
      },
      listen((c, ctx) => c.referenziert && ctx.options.options.codeLists?.find(c.referenz) === undefined),
    ),
    "1076": rule(
      "1076",
      {
        description:
          "`inhalt` of a field with `codelisteReferenz` that is not a code of the list (column `codeKey`, else the first key column). Needs resolved code lists.",
        ...benoetigt,
      },
      felderMitListen(false, (f, doc) => !leer(f.inhalt) && !codes(doc, f).has((f.inhalt as string).trim())),
    ),
    "1121": rule(
      "1121",
      {
        description:
          "`inhalt` of a field with `codelisteReferenz` that is not a code of the newest version of the list. Needs resolved code lists.",
        ...benoetigt,
      },
      felderMitListen(true, (f, doc) => !leer(f.inhalt) && !codes(doc, f).has((f.inhalt as string).trim())),
    ),
    "1122": rule(
      "1122",
      {
        description: "`codeKey`, `nameKey` or `helpKey` naming a column the referenced list does not have. Needs resolved code lists.",
        ...benoetigt,
      },
      felderMitListen(false, fehlendeSpalte),
    ),
    "1123": rule(
      "1123",
      {
        description:
          "`codeKey`, `nameKey` or `helpKey` naming a column the newest version of the list does not have. Needs resolved code lists.",
        ...benoetigt,
      },
      felderMitListen(true, fehlendeSpalte),
    ),
  };
}
