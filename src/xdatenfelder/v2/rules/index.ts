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

export type {
  CodeListLookupVon,
  QsCheckOptionsVon,
  QsKnotenVon,
  QsOptionsVon,
  RegelKnotenVon,
  StrukturKnotenVon,
} from "../../common/qs/lauf.ts";
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

/**
 * Every FIM-QS rule implemented for 2.0, in report order: the
 * rules are written once over the version-neutral view (`common/qs/`), this version's profile picks and orders them.
 *
 * @example
 * ```ts
 * import { qsRules } from "fim-xoev/xdatenfelder/v2/rules";
 *
 * const warnungen = qsRules.filter((r) => r.severity === "warning").map((r) => r.id);
 * console.log(`${qsRules.length} checks, ${warnungen.length} warnings: ${warnungen.join(", ")}`);
 * ```
 */
export const qsRules: readonly QsRule[] = qsRegelsatz(PROFIL_V2, REIHENFOLGE_V2, EIGENE_V2);

/**
 * Options of {@link check}: the policy (rules on or off), the file name copied into every finding, the rules to
 * run (`only`), the code lists resolved beforehand ({@link resolveCodeLists}).
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { type CheckOptions, check } from "fim-xoev/xdatenfelder/v2/rules";
 *
 * declare const xml: string;
 * const options: CheckOptions = { file: "S60000011V1.0.xml", only: ["1002", "1009", "1010"], policy: { enabledRules: ["1117"] } };
 * const report = check(parse(xml), options);
 * console.log(report.diagnostics.map((d) => `${d.ruleId} ${d.path}`));
 * ```
 */
export interface CheckOptions extends QsCheckOptionsVon<GenericodeIdentification> {}

/**
 * Indexes a message for the rules: its root, the distinct groups and fields by id + version (`F…V1.2`), the distinct code lists.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { indexQsDokument } from "fim-xoev/xdatenfelder/v2/rules";
 *
 * declare const xml: string;
 * const dokument = indexQsDokument(parse(xml));
 * console.log(`${dokument.gruppen.size} groups, ${dokument.felder.size} fields, ${dokument.codelisten.size} code lists`);
 * ```
 */
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

/**
 * Runs the FIM-QS rules over a parsed XDatenfelder 2.0 message. Findings carry the catalogue code as
 * `ruleId`, the element (id + `V` + version) in `params.element`, and the element's line when the message came
 * from `safeParse`/`parse`. Checks that need code lists are listed in `rulesSkipped` without them.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { check } from "fim-xoev/xdatenfelder/v2/rules";
 *
 * declare const xml: string;
 * const report = check(parse(xml), { file: "schema.xml" });
 * for (const d of report.diagnostics) console.log(`${d.location?.line}: FIM-QS ${d.ruleId} ${d.path} ${d.message}`);
 * ```
 */
export function check(nachricht: Nachricht, options: CheckOptions = {}): Report {
  return lauf.check(nachricht, options);
}

/**
 * Resolves every code list a message refers to (each as referenced, and its newest version) through a
 * provider, so that {@link check} can run the code-list checks synchronously. Lists the provider cannot
 * deliver are absent from the lookup (and so reported by 1115).
 *
 * @example
 * ```ts
 * import { InMemoryCodeListProvider, parseGenericode } from "fim-xoev/codelists";
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { check, resolveCodeLists } from "fim-xoev/xdatenfelder/v2/rules";
 *
 * declare const xml: string;
 * declare const genericode: string;
 * const provider = new InMemoryCodeListProvider();
 * provider.add(parseGenericode(genericode));
 * const nachricht = parse(xml);
 * const codeLists = await resolveCodeLists(nachricht, provider);
 * console.log(check(nachricht, { codeLists }).diagnostics.length);
 * ```
 */
export function resolveCodeLists(nachricht: Nachricht, provider: CodeListProvider): Promise<CodeListLookup> {
  return lauf.resolveCodeLists(nachricht, provider);
}

/**
 * {@link check} with the code lists resolved through `codeListProvider` first, so that the code-list checks
 * (1115, 1076, 1121) run.
 *
 * @example
 * ```ts
 * import { XRepositoryCodeListProvider } from "fim-xoev/codelists";
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { checkWithCodeLists } from "fim-xoev/xdatenfelder/v2/rules";
 *
 * declare const xml: Uint8Array;
 * const nachricht = parse(xml, { file: "S60000011V1.0.xml" });
 * const report = await checkWithCodeLists(nachricht, { codeListProvider: new XRepositoryCodeListProvider(), file: "S60000011V1.0.xml" });
 * const inhaltFalsch = report.diagnostics.filter((d) => d.ruleId === "1076" || d.ruleId === "1121");
 * console.log(`${inhaltFalsch.length} contents not in their code lists`);
 * ```
 */
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
