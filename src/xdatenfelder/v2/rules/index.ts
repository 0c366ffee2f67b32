/**
 * The FIM quality checks (QS-Kriterien) for XDatenfelder 2.0, as far as the 3.0.0-oriented catalogue
 * applies to 2.0 (reference: QS-DF 0.977): the rule set, and `check()` over a parsed message.
 */

import type { CodeListProvider } from "../../../core/codelists/provider.ts";
import type { Report } from "../../../core/validation/report.ts";
import { indexiereElemente, type QsCheckOptionsVon, qsLauf } from "../../common/qs/lauf.ts";
import { type QsReihenfolge, qsRegelsatz } from "../../common/qs/regelsatz.ts";
import type { Datenfeld, Datenfeldgruppe, GenericodeIdentification, Nachricht } from "../model.ts";
import { PREFIXES } from "../namespace.ts";
import {
  type CodeListLookup,
  type CodelisteKnoten,
  type Container,
  elementKey,
  type QsDokument,
  type QsKontext,
  type QsRule,
} from "./context.ts";
import { EIGENE_V2, genericodeKey } from "./eigene.ts";
import { PROFIL_V2, sichtV2 } from "./view.ts";

export type { CodeListLookupVon, QsCheckOptionsVon, QsOptionsVon, RegelKnotenVon, StrukturKnotenVon } from "../../common/qs/lauf.ts";
export { QS_KATALOG, type QsEintrag, type QsObjekt } from "../../common/qs-katalog.ts";
export type {
  CodeListLookup,
  CodelisteKnoten,
  Container,
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

/** Indexes a message: distinct groups, fields and code lists (referenced, or the one a message 0105 sends). */
export function indexQsDokument(nachricht: Nachricht): QsDokument {
  const codelisten = new Map<string, CodelisteKnoten>();
  const index = indexiereElemente<Container, Datenfeldgruppe, Datenfeld>(nachricht, false, (f) => {
    const ref = f.codelisteReferenz;
    if (ref === undefined) return;
    const ck = `${elementKey(ref.identifikation)}|${genericodeKey(ref.genericodeIdentification)}`;
    if (!codelisten.has(ck))
      codelisten.set(ck, {
        identifikation: ref.identifikation,
        genericodeIdentification: ref.genericodeIdentification,
        feld: f,
        target: ref,
      });
  });
  let wurzel: QsDokument["wurzel"] = index.wurzel;
  if (nachricht.kind === "xdatenfelder.dokumentsteckbrief.0101") wurzel = nachricht.dokumentensteckbrief;
  if (nachricht.kind === "xdatenfelder.codeliste.0105") {
    const cl = nachricht.codeliste;
    wurzel = cl;
    codelisten.set(elementKey(cl.identifikation), {
      identifikation: cl.identifikation,
      genericodeIdentification: cl.genericodeIdentification,
      codeliste: cl,
      target: cl,
    });
  }
  return { nachricht, wurzel, gruppen: index.gruppen, felder: index.felder, codelisten };
}

/** Runs the FIM-QS rules over a parsed XDatenfelder 2.0 message (see the 3.0.0 `check` for the report). */
export function check(nachricht: Nachricht, options: CheckOptions = {}): Report {
  return lauf.check(nachricht, options);
}

/** Resolves every code list a 2.0 message refers to through a provider (see the 3.0.0 `resolveCodeLists`). */
export function resolveCodeLists(nachricht: Nachricht, provider: CodeListProvider): Promise<CodeListLookup> {
  return lauf.resolveCodeLists(nachricht, provider);
}

/** {@link check} with the code lists resolved through `codeListProvider` first. */
export function checkWithCodeLists(
  nachricht: Nachricht,
  options: CheckOptions & { readonly codeListProvider: CodeListProvider },
): Promise<Report> {
  return lauf.checkWithCodeLists(nachricht, options);
}

const lauf = qsLauf({
  rules: () => qsRules,
  index: indexQsDokument,
  kontext: (dokument, options): QsKontext => ({ dokument, options, sicht: sichtV2(dokument) }),
  prefixes: PREFIXES,
  standard: "XDatenfelder 2.0",
  referenzen: (dokument) => [...dokument.codelisten.values()].map((c) => c.genericodeIdentification),
  key: genericodeKey,
});

/** @deprecated use {@link indexQsDokument} */
export const indexiere: typeof indexQsDokument = indexQsDokument;
