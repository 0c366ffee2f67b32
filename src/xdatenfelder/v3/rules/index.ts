/**
 * The FIM quality checks (QS-Kriterien) for XDatenfelder 3.0.0: the rule set, and `check()` that runs it
 * over a parsed message (or `checkXml()` over a document) and returns a {@link Report}.
 *
 * @example
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 * const report = checkXml(xml, { file: "schema.xml" });
 * const errors = report.diagnostics.filter((d) => d.severity === "error");
 */
import type { CodeListDocument } from "../../../core/codelists/genericode.ts";
import type { CodeListProvider } from "../../../core/codelists/provider.ts";
import { hasErrors } from "../../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../../core/diagnostics/diagnostic.ts";
import type { AcceptancePolicy } from "../../../core/validation/policy.ts";
import type { Report } from "../../../core/validation/report.ts";
import { runRules, type SourcePosition, type Walker } from "../../../core/validation/run-rules.ts";
import { sourceElement } from "../../../core/xml/cursor.ts";
import { elementPath } from "../../../core/xml/path.ts";
import { CODELISTEN } from "../../common/qs/codeliste.ts";
import { type QsReihenfolge, qsRegelsatz } from "../../common/qs/regelsatz.ts";
import type { Datenfeld, Datenfeldgruppe, Nachricht, Regel, Stammdatenschema } from "../model.ts";
import { PREFIXES } from "../namespace.ts";
import { type ParseOptions, safeParse } from "../parse.ts";
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
  type V3Knoten,
} from "./context.ts";
import { codelistenKey, PROFIL_V3, sichtV3 } from "./view.ts";

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

/** Every FIM-QS rule implemented for 3.0.0 (a code may appear twice: once per element kind). */
export const qsRules: readonly QsRule[] = qsRegelsatz(PROFIL_V3, REIHENFOLGE_V3);

/** Options of {@link check}. */
export interface CheckOptions extends QsOptions {
  /** Switches rules off (or deactivated ones on); severities are re-levelled by `applyPolicy`/`accept`. */
  readonly policy?: AcceptancePolicy | undefined;
  /** The file name, copied into the report and every finding. */
  readonly file?: string | undefined;
  /** Run only these rule ids (all when absent). */
  readonly only?: readonly string[] | undefined;
}

/** Indexes a message for the rules: distinct elements, parents, code lists. */
export function indexQsDokument(nachricht: Nachricht): QsDokument {
  const gruppen = new Map<string, Datenfeldgruppe>();
  const felder = new Map<string, Datenfeld>();
  const eltern = new Map<string, Container[]>();
  const codelisten = new Map<string, CodelisteKnoten>();
  const feld = (f: Datenfeld) => {
    const key = elementKey(f.identifikation);
    if (felder.has(key)) return;
    felder.set(key, f);
    if (f.codelisteReferenz !== undefined) {
      const ck = codelistenKey(f.codelisteReferenz);
      if (!codelisten.has(ck)) codelisten.set(ck, { referenz: f.codelisteReferenz, feld: f });
    }
  };
  // Every occurrence of a group is descended into (once per object, which also ends cycles), not only the
  // first one of each id + version: a later copy may hold other elements, and the reference QS-DF 1.20
  // looks at all of them (`//xdf3:datenfeld`).
  const besucht = new Set<Container>();
  const container = (c: Container) => {
    if (besucht.has(c)) return;
    besucht.add(c);
    for (const s of c.struktur) {
      const kind = enthaltenesElement(s);
      if (kind === undefined) continue;
      const key = elementKey(kind.el.identifikation);
      const list = eltern.get(key);
      if (list === undefined) eltern.set(key, [c]);
      else if (!list.includes(c)) list.push(c);
      if (kind.kind === "datenfeld") feld(kind.el);
      else {
        if (!gruppen.has(key)) gruppen.set(key, kind.el);
        container(kind.el);
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
      wurzel = nachricht.dokumentsteckbrief;
      break;
    default:
      wurzel = undefined;
  }
  return { nachricht, wurzel, gruppen, felder, eltern, codelisten };
}

/** Hands every distinct node of an indexed message to `visit`. */
function walker(doc: QsDokument): Walker<V3Knoten> {
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
    const w = doc.wurzel;
    if (w !== undefined && doc.nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
      const s = w as Stammdatenschema;
      visit("stammdatenschema", s);
      zeilen(s, "stammdatenschema");
      for (const r of s.regel) regel(r, s);
    }
    if (w !== undefined && doc.nachricht.kind === "xdatenfelder.dokumentsteckbrief.0101") {
      visit("dokumentsteckbrief", doc.nachricht.dokumentsteckbrief);
    }
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

/** Path and line of a model object, from the parse-time source map (the message root when unknown). */
function locate(target: object): SourcePosition {
  const el = sourceElement(target);
  if (el === undefined) return { path: "/" };
  return { path: elementPath(el, PREFIXES), location: { line: el.line, column: el.column } };
}

/** The capabilities a run has, given its options. */
function capabilities(options: QsOptions): Set<string> {
  const caps = new Set<string>();
  if (options.codeLists !== undefined) caps.add(CODELISTEN);
  return caps;
}

/**
 * Runs the FIM-QS rules over a parsed XDatenfelder 3.0.0 message. Findings carry the catalogue code as
 * `ruleId`, the element (id + `V` + version) in `params.element`, and the element's line when the message
 * came from {@link safeParse}. Network-dependent checks without a provider are listed in `rulesSkipped`.
 */
export function check(nachricht: Nachricht, options: CheckOptions = {}): Report {
  const dokument = indexQsDokument(nachricht);
  const rules = options.only === undefined ? qsRules : qsRules.filter((r) => options.only?.includes(r.id) === true);
  const kontext: QsKontext = { dokument, options, sicht: sichtV3(dokument) };
  const run = runRules(rules, walker(dokument), {
    options: kontext,
    capabilities: capabilities(options),
    ...(options.policy !== undefined && { policy: options.policy }),
    locate,
    file: options.file,
  });
  const executed = dedupe(run.executed);
  const skipped = [...new Map(run.skipped.map((s) => [s.ruleId, s])).values()];
  return {
    file: options.file,
    standard: "XDatenfelder 3.0.0",
    completed: true,
    stages: [{ stage: "rules", status: hasErrors(run.diagnostics) ? "failed" : "passed" }],
    diagnostics: run.diagnostics,
    rulesExecuted: executed,
    rulesSkipped: skipped,
  };
}

function dedupe<T extends { id: string }>(xs: readonly T[]): T[] {
  return [...new Map(xs.map((x) => [x.id, x])).values()];
}

/**
 * Reads an XDatenfelder 3.0.0 document and checks it. Rules run on a model built without errors, and also
 * when the only errors are unknown codes (the QS catalogue reports those itself: 1027–1034, 1042, 1055);
 * otherwise the rules stage is `skipped` and the report is incomplete.
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
 */
export async function resolveCodeLists(nachricht: Nachricht, provider: CodeListProvider): Promise<CodeListLookup> {
  const dokument = indexQsDokument(nachricht);
  const byRef = new Map<string, CodeListDocument | undefined>();
  const latest = new Map<string, CodeListDocument | undefined>();
  for (const [key, c] of dokument.codelisten) {
    const uri = (c.referenz.canonicalIdentification ?? "").trim();
    const version = (c.referenz.version ?? "").trim();
    const versionUri = (c.referenz.canonicalVersionUri ?? "").trim();
    const r = await provider.resolve({
      canonicalUri: uri,
      ...(version !== "" && { version }),
      ...(versionUri !== "" && { canonicalVersionUri: versionUri }),
    });
    byRef.set(key, r.success ? r.data : undefined);
    if (!latest.has(uri) && uri !== "") {
      const l = await provider.resolve({ canonicalUri: uri });
      latest.set(uri, l.success ? l.data : undefined);
    }
  }
  return {
    find: (referenz) => byRef.get(codelistenKey(referenz)),
    latest: (uri) => latest.get(uri.trim()),
  };
}

/** {@link check} with the code lists resolved through `codeListProvider` first (so the code-list checks run). */
export async function checkWithCodeLists(
  nachricht: Nachricht,
  options: CheckOptions & { readonly codeListProvider: CodeListProvider },
): Promise<Report> {
  const codeLists = await resolveCodeLists(nachricht, options.codeListProvider);
  return check(nachricht, { ...options, codeLists });
}

/** @deprecated use {@link indexQsDokument} */
export const indexiere: typeof indexQsDokument = indexQsDokument;
