/**
 * The FIM quality checks (QS-Kriterien) for XDatenfelder 3.0.0: the rule set, and `check()` that runs it
 * over a parsed message (or `checkXml()` over a document) and returns a {@link Report}.
 *
 * @example
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 * const report = checkXml(xml, { file: "schema.xml" });
 * const errors = report.diagnostics.filter((d) => d.severity === "error");
 */
import type { CodeListProvider } from "../../../core/codelists/provider.ts";
import { hasErrors } from "../../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../../core/diagnostics/diagnostic.ts";
import type { Report } from "../../../core/validation/report.ts";
import { indexiereElemente, type QsCheckOptionsVon, qsLauf } from "../../common/qs/lauf.ts";
import { type QsReihenfolge, qsRegelsatz } from "../../common/qs/regelsatz.ts";
import type { Datenfeld, Datenfeldgruppe, GenericodeIdentification, Nachricht } from "../model.ts";
import { PREFIXES } from "../namespace.ts";
import { type ParseOptions, safeParse } from "../parse.ts";
import type { CodeListLookup, CodelisteKnoten, Container, QsDokument, QsKontext, QsRule } from "./context.ts";
import { codelistenKey, PROFIL_V3, sichtV3 } from "./view.ts";

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
  V3Knoten,
} from "./context.ts";
export {
  /** The key under which the QS rules identify an element: `id` + `V` + version; an empty version counts as none. */
  elementKey as qsElementKey,
  /** @deprecated use {@link qsElementKey} (not the same as `elementIdVersion` of `fim-xoev/xdatenfelder/v3`) */
  elementKey,
} from "./context.ts";

/**
 * The 3.0.0 rule set: the catalogue codes it runs per section, in the order of the reference QS-DF 1.20's
 * reports (the order of findings on one element); every rule is written once in `common/qs/`.
 */
const REIHENFOLGE_V3: QsReihenfolge = {
  allgemein: "1002 1006 1101 1009 1010 1031 1032 1038 1039 1098 1132 1133 1029 1091 1087 1116 1140 1141 1142 1143 1144 1117 1136 1131",
  schema: "1007 1050 1051 1033 1034 1096 1097 1049 1052 1055 1092 1107",
  struktur: "1013 1021 1046 1047 1022 1118 1139 1023 1078 1106 1042 1043 1004 1025 1003 1094 1095 1135 1026 1127 1129 1128 1130 1134",
  datenfeld: `1011 1012 1014 1015 1016 1017 1018 1027 1028 1030 1044 1045 1093 1099 1056 1057 1058 1059 1060 1061 1062 1063 1064
    1065 1066 1067 1068 1079 1080 1081 1082 1069 1070 1071 1083 1084 1072 1073 1074 1075 1077 1085 1089 1090 1100 1102 1103 1108 1109 1120`,
  regel: "1002 1038 1039 1024 1140 1117 1001 1019 1041 1104",
  codeliste: "1040 1005 1048 1105 1115 1076 1121 1122 1123 1037",
};

/**
 * Every FIM-QS rule implemented for 3.0.0, in report order (a code may appear twice: once per element kind, once for rules): the
 * rules are written once over the version-neutral view (`common/qs/`), this version's profile picks and orders them.
 *
 * @example
 * ```ts
 * import { qsRules } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * const warnungen = qsRules.filter((r) => r.severity === "warning").map((r) => r.id);
 * console.log(`${qsRules.length} checks, ${warnungen.length} warnings: ${warnungen.join(", ")}`);
 * ```
 */
export const qsRules: readonly QsRule[] = qsRegelsatz(PROFIL_V3, REIHENFOLGE_V3);

/**
 * Options of {@link check}: the policy (rules on or off), the file name copied into every finding, the rules to
 * run (`only`), the code lists resolved beforehand ({@link resolveCodeLists}).
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { type CheckOptions, check } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const options: CheckOptions = { file: "S60000011V1.0.xml", only: ["1002", "1009", "1010"], policy: { enabledRules: ["1117"] } };
 * const report = check(parse(xml), options);
 * console.log(report.diagnostics.map((d) => `${d.ruleId} ${d.path}`));
 * ```
 */
export interface CheckOptions extends QsCheckOptionsVon<GenericodeIdentification> {}

/**
 * Indexes a message for the rules: its root, the distinct groups and fields by id + version (`F…V1.2`), the
 * schemas and groups containing each of them, the distinct code lists.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { indexQsDokument } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const dokument = indexQsDokument(parse(xml));
 * console.log(`${dokument.gruppen.size} groups, ${dokument.felder.size} fields, ${dokument.codelisten.size} code lists`);
 * ```
 */
export function indexQsDokument(nachricht: Nachricht): QsDokument {
  const codelisten = new Map<string, CodelisteKnoten>();
  const index = indexiereElemente<Container, Datenfeldgruppe, Datenfeld>(nachricht, true, (f) => {
    if (f.codelisteReferenz === undefined) return;
    const ck = codelistenKey(f.codelisteReferenz);
    if (!codelisten.has(ck)) codelisten.set(ck, { referenz: f.codelisteReferenz, feld: f });
  });
  const wurzel = index.wurzel ?? (nachricht.kind === "xdatenfelder.dokumentsteckbrief.0101" ? nachricht.dokumentsteckbrief : undefined);
  return { nachricht, wurzel, gruppen: index.gruppen, felder: index.felder, eltern: index.eltern, codelisten };
}

/**
 * Runs the FIM-QS rules over a parsed XDatenfelder 3.0.0 message. Findings carry the catalogue code as
 * `ruleId`, the element (id + `V` + version) in `params.element`, and the element's line when the message came
 * from `safeParse`/`parse`. Checks that need code lists are listed in `rulesSkipped` without them.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { check } from "fim-xoev/xdatenfelder/v3/rules";
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
 * Reads an XDatenfelder 3.0.0 document and checks it. Rules run on a model built without errors, and also
 * when the only errors are unknown codes (the QS catalogue reports those itself: 1027–1034, 1042, 1055);
 * otherwise the rules stage is `skipped` and the report is incomplete.
 *
 * @example
 * ```ts
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const report = checkXml(xml, { file: "S60000011V1.0.xml" });
 * const fehler = report.diagnostics.filter((d) => d.severity === "error");
 * console.log(report.completed ? `${fehler.length} errors` : "the document could not be read");
 * ```
 */
export function checkXml(xml: string | Uint8Array, options: CheckOptions & ParseOptions = {}): Report {
  const parsed = safeParse(xml, options);
  const parseDiagnostics: readonly Diagnostic[] = parsed.diagnostics;
  const blocking = parseDiagnostics.filter((d) => (d.severity === "error" || d.severity === "fatal") && d.code !== "unknown-code");
  const modelStatus = hasErrors(parseDiagnostics) ? "failed" : "passed";
  if (parsed.data === undefined || blocking.length > 0) {
    return {
      file: options.file,
      standard: "XDatenfelder 3.0.0",
      completed: false,
      stages: [
        { stage: "model", status: "failed" },
        { stage: "rules", status: "skipped" },
      ],
      diagnostics: parseDiagnostics,
      rulesExecuted: [],
      rulesSkipped: [],
    };
  }
  const report = check(parsed.data, options);
  return {
    ...report,
    stages: [{ stage: "model", status: modelStatus }, ...report.stages],
    diagnostics: [...parseDiagnostics, ...report.diagnostics],
  };
}

/**
 * Resolves every code list a message refers to (each as referenced, and its newest version) through a
 * provider, so that {@link check} can run the code-list checks synchronously. Lists the provider cannot
 * deliver are absent from the lookup (and so reported by 1115).
 *
 * @example
 * ```ts
 * import { InMemoryCodeListProvider, parseGenericode } from "fim-xoev/codelists";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { check, resolveCodeLists } from "fim-xoev/xdatenfelder/v3/rules";
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
 * (1115, 1076, 1121–1123) run.
 *
 * @example
 * ```ts
 * import { DirectoryCodeListProvider } from "fim-xoev/codelists";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { checkWithCodeLists } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * const report = await checkWithCodeLists(parse(xml), { codeListProvider: new DirectoryCodeListProvider("codelisten") });
 * console.log(report.rulesSkipped.length === 0 ? "every check ran" : report.rulesSkipped);
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
  kontext: (dokument, options): QsKontext => ({ dokument, options, sicht: sichtV3(dokument) }),
  prefixes: PREFIXES,
  standard: "XDatenfelder 3.0.0",
  referenzen: (dokument) => [...dokument.codelisten.values()].map((c) => c.referenz),
  key: codelistenKey,
});

/** @deprecated use {@link indexQsDokument} */
export const indexiere: typeof indexQsDokument = indexQsDokument;
