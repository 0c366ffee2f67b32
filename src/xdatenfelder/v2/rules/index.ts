/**
 * The FIM quality checks (QS-Kriterien) for XDatenfelder 2.0, as far as the 3.0.0-oriented catalogue
 * applies to 2.0 (reference: QS-DF 0.977): the rule set, and `check()` over a parsed message.
 */

import type { CodeListProvider } from "../../../core/codelists/provider.ts";
import type { Report } from "../../../core/validation/report.ts";
import { type QsCheckOptionsVon, qsWalker, resolveCodeListsVon, runQs } from "../../common/qs/lauf.ts";
import { type QsReihenfolge, qsRegelsatz } from "../../common/qs/regelsatz.ts";
import type { Datenfeld, Datenfeldgruppe, GenericodeIdentification, Nachricht } from "../model.ts";
import { PREFIXES } from "../namespace.ts";
import {
  type CodeListLookup,
  type CodelisteKnoten,
  type Container,
  elementKey,
  enthaltenesElement,
  type QsDokument,
  type QsKontext,
  type QsRule,
  type V2Knoten,
} from "./context.ts";
import { EIGENE_V2, genericodeKey } from "./eigene.ts";
import { PROFIL_V2, sichtV2 } from "./view.ts";

export type { CodeListLookupVon, QsCheckOptionsVon, QsOptionsVon, RegelKnotenVon, StrukturKnotenVon } from "../../common/qs/lauf.ts";
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

/** Options of {@link check}: the policy, the file name, the rules to run, the resolved code lists. */
export interface CheckOptions extends QsCheckOptionsVon<GenericodeIdentification> {}

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

/** Runs the FIM-QS rules over a parsed XDatenfelder 2.0 message (see the 3.0.0 `check` for the report). */
export function check(nachricht: Nachricht, options: CheckOptions = {}): Report {
  const dokument = indexQsDokument(nachricht);
  return runQs({
    rules: qsRules,
    walker: qsWalker<V2Knoten>({
      stammdatenschema: nachricht.kind === "xdatenfelder.stammdatenschema.0102" ? nachricht.stammdatenschema : undefined,
      dokumentsteckbrief: nachricht.kind === "xdatenfelder.dokumentsteckbrief.0101" ? nachricht.dokumentensteckbrief : undefined,
      gruppen: dokument.gruppen.values(),
      felder: dokument.felder.values(),
      codelisten: dokument.codelisten.values(),
    }),
    kontext: { dokument, options, sicht: sichtV2(dokument) } satisfies QsKontext,
    options,
    prefixes: PREFIXES,
    standard: "XDatenfelder 2.0",
  });
}

/** Resolves every code list a 2.0 message refers to through a provider (see the 3.0.0 `resolveCodeLists`). */
export async function resolveCodeLists(nachricht: Nachricht, provider: CodeListProvider): Promise<CodeListLookup> {
  const referenzen = [...indexQsDokument(nachricht).codelisten.values()].map((c) => c.genericodeIdentification);
  return resolveCodeListsVon(referenzen, genericodeKey, provider);
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
