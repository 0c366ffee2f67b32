/**
 * The FIM quality checks (QS-Kriterien) for XDatenfelder 2.0, as far as the 3.0.0-oriented catalogue
 * applies to 2.0 (reference: QS-DF 0.977): the rule set, and `check()` over a parsed message.
 */

import type { CodeListDocument } from "../../../core/codelists/genericode.ts";
import type { CodeListProvider } from "../../../core/codelists/provider.ts";
import { hasErrors } from "../../../core/diagnostics/create.ts";
import type { AcceptancePolicy } from "../../../core/validation/policy.ts";
import type { Report } from "../../../core/validation/report.ts";
import { runRules, type SourcePosition, type Walker } from "../../../core/validation/run-rules.ts";
import { sourceElement } from "../../../core/xml/cursor.ts";
import { elementPath } from "../../../core/xml/path.ts";
import { CODELISTEN } from "../../common/qs/codeliste.ts";
import { type QsReihenfolge, qsRegelsatz } from "../../common/qs/regelsatz.ts";
import type { Datenfeld, Datenfeldgruppe, Nachricht, Regel, Stammdatenschema } from "../model.ts";
import { PREFIXES } from "../namespace.ts";
import {
  type CodeListLookup,
  type CodelisteKnoten,
  type Container,
  elementKey,
  enthaltenesElement,
  type QsDokument,
  type QsKontext,
  type QsOptions,
  type QsRule,
  type V2Knoten,
} from "./context.ts";
import { EIGENE_V2, genericodeKey } from "./eigene.ts";
import { PROFIL_V2, sichtV2 } from "./view.ts";

export { QS_KATALOG, type QsEintrag, type QsObjekt } from "../../common/qs-katalog.ts";
export type {
  CodeListLookup,
  CodelisteKnoten,
  QsDokument,
  QsKontext,
  QsOptions,
  QsRule,
  RegelKnoten,
  StrukturKnoten,
  V2Knoten,
} from "./context.ts";
export {
  /** The key under which the QS rules identify an element: `id` + `V` + version; an empty version counts as none. */
  elementKey as qsElementKey,
  /** @deprecated use {@link qsElementKey} (not the same as `elementIdVersion` of `fim-xoev/xdatenfelder/v3`) */
  elementKey,
} from "./context.ts";

/**
 * The 2.0 rule set: the catalogue codes it runs per section, in the order of the reference QS-DF 0.977's
 * reports; every rule but the 2.0-only ones ({@link EIGENE_V2}) is written once in `common/qs/`.
 */
const REIHENFOLGE_V2: QsReihenfolge = {
  allgemein: "1002 1006 1101 1009 1010 1031 1032 1038 1039 1098 1116 1140 1141 1117 1131 1119",
  schema: "1050 1051 1033 1034 1008 1049 1055 1092 1107",
  struktur: "1013 1021 1046 1047 1022 1139 1023 1078 1106 1004 1025 1003 1094 1095 1135 1026 1134",
  datenfeld: `1035 1011 1012 1014 1015 1016 1017 1018 1027 1028 1059 1060 1061 1062 1063 1065 1066 1067 1068 1064 1069 1070
    1071 1072 1073 1074 1075 1077 1089 1090 1100 1102 1103 1108 1109 1120`,
  regel: "1002 1038 1039 1019 1104",
  codeliste: "1040 1005 1048 1105 1039 1036 1037 1044 1045 1093 1115 1076 1121",
};

/** Every FIM-QS rule implemented for 2.0. */
export const qsRules: readonly QsRule[] = qsRegelsatz(PROFIL_V2, REIHENFOLGE_V2, EIGENE_V2);

/** Options of {@link check}. */
export interface CheckOptions extends QsOptions {
  readonly policy?: AcceptancePolicy | undefined;
  readonly file?: string | undefined;
  readonly only?: readonly string[] | undefined;
}

/** Indexes a message: distinct groups, fields and code lists. */
export function indexQsDokument(nachricht: Nachricht): QsDokument {
  const gruppen = new Map<string, Datenfeldgruppe>();
  const felder = new Map<string, Datenfeld>();
  const codelisten = new Map<string, CodelisteKnoten>();
  const feld = (f: Datenfeld) => {
    const key = elementKey(f.identifikation);
    if (felder.has(key)) return;
    felder.set(key, f);
    const ref = f.codelisteReferenz;
    if (ref !== undefined) {
      const ck = `${elementKey(ref.identifikation)}|${genericodeKey(ref.genericodeIdentification)}`;
      if (!codelisten.has(ck))
        codelisten.set(ck, {
          identifikation: ref.identifikation,
          genericodeIdentification: ref.genericodeIdentification,
          feld: f,
          target: ref,
        });
    }
  };
  const container = (c: Container) => {
    for (const s of c.struktur) {
      const kind = enthaltenesElement(s);
      if (kind === undefined) continue;
      if (kind.kind === "datenfeld") feld(kind.el);
      else {
        const key = elementKey(kind.el.identifikation);
        if (!gruppen.has(key)) {
          gruppen.set(key, kind.el);
          container(kind.el);
        }
      }
    }
  };
  let wurzel: QsDokument["wurzel"];
  switch (nachricht.kind) {
    case "xdatenfelder.stammdatenschema.0102":
      wurzel = nachricht.stammdatenschema;
      container(nachricht.stammdatenschema);
      break;
    case "xdatenfelder.datenfeldgruppe.0103":
      wurzel = nachricht.datenfeldgruppe;
      gruppen.set(elementKey(wurzel.identifikation), wurzel);
      container(nachricht.datenfeldgruppe);
      break;
    case "xdatenfelder.datenfeld.0104":
      wurzel = nachricht.datenfeld;
      feld(nachricht.datenfeld);
      break;
    case "xdatenfelder.dokumentsteckbrief.0101":
      wurzel = nachricht.dokumentensteckbrief;
      break;
    case "xdatenfelder.codeliste.0105": {
      const cl = nachricht.codeliste;
      wurzel = cl;
      codelisten.set(elementKey(cl.identifikation), {
        identifikation: cl.identifikation,
        genericodeIdentification: cl.genericodeIdentification,
        codeliste: cl,
        target: cl,
      });
      break;
    }
  }
  return { nachricht, wurzel, gruppen, felder, codelisten };
}

function walker(doc: QsDokument): Walker<V2Knoten> {
  return (visit) => {
    const regeln = new Set<string>();
    const regel = (r: Regel, owner: Stammdatenschema | Datenfeldgruppe | Datenfeld) => {
      const key = elementKey(r.identifikation);
      if (regeln.has(key)) return;
      regeln.add(key);
      visit("regel", { regel: r, owner });
    };
    const zeilen = (c: Container, parentKind: "stammdatenschema" | "datenfeldgruppe") => {
      for (const s of c.struktur) {
        const kind = enthaltenesElement(s);
        if (kind !== undefined) visit("struktur", { parent: c, parentKind, struktur: s, child: kind.el, childKind: kind.kind });
      }
    };
    const n = doc.nachricht;
    if (n.kind === "xdatenfelder.stammdatenschema.0102") {
      visit("stammdatenschema", n.stammdatenschema);
      zeilen(n.stammdatenschema, "stammdatenschema");
      for (const r of n.stammdatenschema.regel) regel(r, n.stammdatenschema);
    }
    if (n.kind === "xdatenfelder.dokumentsteckbrief.0101") visit("dokumentsteckbrief", n.dokumentensteckbrief);
    for (const g of doc.gruppen.values()) {
      visit("datenfeldgruppe", g);
      zeilen(g, "datenfeldgruppe");
      for (const r of g.regel) regel(r, g);
    }
    for (const f of doc.felder.values()) {
      visit("datenfeld", f);
      for (const r of f.regel) regel(r, f);
    }
    for (const c of doc.codelisten.values()) visit("codeliste", c);
  };
}

function locate(target: object): SourcePosition {
  const el = sourceElement(target);
  if (el === undefined) return { path: "/" };
  return { path: elementPath(el, PREFIXES), location: { line: el.line, column: el.column } };
}

/** Runs the FIM-QS rules over a parsed XDatenfelder 2.0 message (see the 3.0.0 `check` for the report). */
export function check(nachricht: Nachricht, options: CheckOptions = {}): Report {
  const dokument = indexQsDokument(nachricht);
  const rules = options.only === undefined ? qsRules : qsRules.filter((r) => options.only?.includes(r.id) === true);
  const kontext: QsKontext = { dokument, options, sicht: sichtV2(dokument) };
  const run = runRules(rules, walker(dokument), {
    options: kontext,
    capabilities: new Set(options.codeLists !== undefined ? [CODELISTEN] : []),
    ...(options.policy !== undefined && { policy: options.policy }),
    locate,
    file: options.file,
  });
  return {
    file: options.file,
    standard: "XDatenfelder 2.0",
    completed: true,
    stages: [{ stage: "rules", status: hasErrors(run.diagnostics) ? "failed" : "passed" }],
    diagnostics: run.diagnostics,
    rulesExecuted: [...new Map(run.executed.map((x) => [x.id, x])).values()],
    rulesSkipped: [...new Map(run.skipped.map((x) => [x.ruleId, x])).values()],
  };
}

/** Resolves every code list a 2.0 message refers to through a provider (see the 3.0.0 `resolveCodeLists`). */
export async function resolveCodeLists(nachricht: Nachricht, provider: CodeListProvider): Promise<CodeListLookup> {
  const dokument = indexQsDokument(nachricht);
  const byRef = new Map<string, CodeListDocument | undefined>();
  const latest = new Map<string, CodeListDocument | undefined>();
  for (const c of dokument.codelisten.values()) {
    const g = c.genericodeIdentification;
    const uri = g.canonicalIdentification.trim();
    const r = await provider.resolve({
      canonicalUri: uri,
      ...(g.version.trim() !== "" && { version: g.version.trim() }),
      ...(g.canonicalVersionUri.trim() !== "" && { canonicalVersionUri: g.canonicalVersionUri.trim() }),
    });
    byRef.set(genericodeKey(g), r.success ? r.data : undefined);
    if (uri !== "" && !latest.has(uri)) {
      const l = await provider.resolve({ canonicalUri: uri });
      latest.set(uri, l.success ? l.data : undefined);
    }
  }
  return { find: (g) => byRef.get(genericodeKey(g)), latest: (uri) => latest.get(uri.trim()) };
}

/** {@link check} with the code lists resolved through `codeListProvider` first. */
export async function checkWithCodeLists(
  nachricht: Nachricht,
  options: CheckOptions & { readonly codeListProvider: CodeListProvider },
): Promise<Report> {
  const codeLists = await resolveCodeLists(nachricht, options.codeListProvider);
  return check(nachricht, { ...options, codeLists });
}

/** @deprecated use {@link indexQsDokument} */
export const indexiere: typeof indexQsDokument = indexQsDokument;
