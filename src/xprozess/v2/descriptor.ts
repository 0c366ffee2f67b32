/**
 * XProzess 2.0 as the registry lists it (`src/registry.ts`), and the verbs built from it: `validate` (the whole
 * pipeline xml → detect → xsd → model → rules, the model read strictly) and `check` (the structural rules,
 * `XPROZESS-001` to `-010` and the BPMN comparison on a model, through `runFindingRules`).
 */
import type { InspectView, ModelCheckOptions, StandardDescriptor } from "../../core/standard/descriptor.ts";
import { rulesReport, type StandardValidateOptions, validateWith } from "../../core/standard/run.ts";
import type { Report } from "../../core/validation/report.ts";
import { type FindingRule, runFindingRules } from "../../core/validation/run-rules.ts";
import { checkProzessmodelle } from "./bpmn.ts";
import { listFiles } from "./files.ts";
import type { Nachricht } from "./model.ts";
import { MESSAGE_NAMES, NAMESPACE, PREFIXES, VERSION } from "./namespace.ts";
import { safeParse, safeParseElement } from "./parse.ts";
import { prozesseOf } from "./prozesse.ts";
import { type ValidateOptions, type ValidationReport, validate as validateModel } from "./rules.ts";
import { serialize } from "./serialize.ts";
import { XSD_SCHEMA_SET } from "./xsd.ts";

const rule = (id: string, severity: FindingRule["severity"], en: string, de: string): FindingRule => ({
  id,
  severity,
  enabledByDefault: true,
  message: { de, en },
});

/**
 * The XProzess rules (see `rules.ts` and `bpmn.ts`); the severity is the worst a rule reports.
 *
 * @example
 * ```ts
 * import { XPROZESS_RULES } from "fim-xoev/xprozess/v2";
 *
 * // the rule table, e.g. for a settings page that lets users switch rules off
 * for (const rule of XPROZESS_RULES) console.log(`${rule.id} (${rule.severity}): ${rule.message.de}`);
 * const abschaltbar = XPROZESS_RULES.filter((r) => r.severity !== "error").map((r) => r.id);
 * console.log(abschaltbar); // e.g. XPROZESS-006: a Prozessklasse id that is no 14-digit Leistungsschlüssel
 * ```
 */
export const XPROZESS_RULES: readonly FindingRule[] = [
  rule(
    "XPROZESS-001",
    "error",
    "The listURI of a code whose list the XSD fixes names that list.",
    "Die listURI eines Codes, dessen Liste das XSD festlegt, nennt diese Liste.",
  ),
  rule(
    "XPROZESS-002",
    "info",
    "A Code-Typ 1 listVersionID is the XSD's fixed 1.0.",
    "Eine listVersionID des Code-Typs 1 ist die im XSD festgelegte 1.0.",
  ),
  rule(
    "XPROZESS-003",
    "warning",
    "nachrichtenkopf/nachrichtentyp names the message of the root element.",
    "nachrichtenkopf/nachrichtentyp nennt die Nachricht des Wurzelelements.",
  ),
  rule("XPROZESS-004", "error", "@xprozessVersion is 2.0.", "@xprozessVersion ist 2.0."),
  rule(
    "XPROZESS-005",
    "warning",
    "The attribute set spezifischeAttributeN matches the Referenzaktivitätengruppe N of its Aktivitätengruppe.",
    "Der Attributsatz spezifischeAttributeN passt zur Referenzaktivitätengruppe N seiner Aktivitätengruppe.",
  ),
  rule(
    "XPROZESS-006",
    "warning",
    "A Prozessklasse id is a 14-digit LeiKa Leistungsschlüssel.",
    "Die id einer Prozessklasse ist ein 14-stelliger LeiKa-Leistungsschlüssel.",
  ),
  rule(
    "XPROZESS-007",
    "error",
    "The id and the subProzessID of the Aktivitätengruppen of a process are unique.",
    "id und subProzessID der Aktivitätengruppen eines Prozesses sind eindeutig.",
  ),
  rule(
    "XPROZESS-008",
    "warning",
    "A subProzessID is a sub-process or call activity of the process's BPMN model.",
    "Eine subProzessID ist ein Teilprozess oder eine Aufrufaktivität des BPMN-Modells des Prozesses.",
  ),
  rule(
    "XPROZESS-009",
    "warning",
    "An Aktivitätengruppe's name equals the name of its BPMN sub-process.",
    "Der Name einer Aktivitätengruppe gleicht dem Namen ihres BPMN-Teilprozesses.",
  ),
  rule(
    "XPROZESS-010",
    "info",
    "Every BPMN sub-process is referred to by an Aktivitätengruppe.",
    "Auf jeden BPMN-Teilprozess verweist eine Aktivitätengruppe.",
  ),
];

/**
 * The `inspect` summary: message, Prozessklassen, Prozesse with their Aktivitätengruppen, files, BPMN models.
 *
 * @example
 * ```ts
 * import { inspectNachricht, parse } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const view = inspectNachricht(parse(xml));
 * console.log(view.kind); // alleInhalte.export.0303
 * console.log(view.lines.join("\n")); // "  Prozessklasse 99125001012000 v1.0.0: Hundesteuer Anmeldung", …
 * console.log(JSON.stringify(view.json)); // the same summary as data (fim-xoev inspect --format json)
 * ```
 */
export function inspectNachricht(msg: Nachricht): InspectView {
  const { klassen, prozesse } = prozesseOf(msg);
  const files = listFiles(msg);
  const models = checkProzessmodelle(msg);
  const info = {
    message: msg.nachricht,
    produkt: msg.produkt,
    produkthersteller: msg.produkthersteller,
    xprozessVersion: msg.xprozessVersion,
    nachrichtUUID: msg.nachrichtenkopf?.nachrichtUUID,
    erstellungszeitpunkt: msg.nachrichtenkopf?.erstellungszeitpunkt,
    prozessklassen: klassen.map(([k]) => ({ id: k.id, version: k.version, name: k.name })),
    prozesse: prozesse.map(([p]) => {
      const s = p.prozessstrukturbeschreibung?.auswahl;
      const gruppen = s !== undefined && "strukturbeschreibungFIM" in s ? s.strukturbeschreibungFIM.aktivitaetengruppe : [];
      return {
        id: p.id,
        version: p.version,
        name: p.name,
        aktivitaetengruppen: gruppen.map((g) => ({ rag: g.referenzaktivitaetengruppeTyp.code, id: g.id, name: g.name })),
      };
    }),
    dateien: files.map((f) => ({ art: f.art, dateiname: f.dateiname, mimeType: f.mimeType, size: f.declaredSize })),
    bpmn: models.map((m) => ({ prozessID: m.prozessID, dateiname: m.datei.dateiname, summary: m.summary, findings: m.diagnostics.length })),
  };
  const lines = [`  product:  ${msg.produkt ?? ""} (${msg.produkthersteller ?? ""})`.trimEnd()];
  for (const k of info.prozessklassen) lines.push(`  Prozessklasse ${k.id}${k.version === undefined ? "" : ` v${k.version}`}: ${k.name}`);
  for (const p of info.prozesse) {
    lines.push(`  Prozess ${p.id}${p.version === undefined ? "" : ` v${p.version}`}: ${p.name}`);
    for (const g of p.aktivitaetengruppen) lines.push(`    Aktivitätengruppe ${g.id} (RAG ${g.rag}): ${g.name}`);
  }
  for (const f of info.dateien) lines.push(`  Datei ${f.art} "${f.dateiname}" mimeType ${f.mimeType}, ${f.size} bytes`);
  for (const m of models) {
    const s = m.summary;
    lines.push(
      s === undefined
        ? `  BPMN of Prozess ${m.prozessID}: not readable`
        : `  BPMN of Prozess ${m.prozessID}: ${s.processes.length} process(es), ${s.tasks.length} task(s), ${s.subProcesses.length} sub-process(es), ${s.events.length} event(s), ${s.gateways.length} gateway(s), ${s.sequenceFlows.length} sequence flow(s)`,
    );
  }
  return { kind: msg.nachricht, json: info, lines };
}

/**
 * XProzess 2.0 as the standard registry lists it: namespace, the nine root elements, prefixes, the schema set id, and
 * the verbs (parse, serialize, check, inspect) the CLI and `validateAny` use for every registered standard.
 *
 * @example
 * ```ts
 * import { descriptor, parse } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * console.log(`${descriptor.label} ${descriptor.version}`, descriptor.namespaces, descriptor.rootElements.length); // XProzess 2.0, 9 messages
 * const report = descriptor.check(parse(xml), { file: "hundesteuer.xprozess.xml" });
 * console.log(report.standard, report.diagnostics.length);
 * ```
 */
export const descriptor: StandardDescriptor<Nachricht> = {
  id: `xprozess-${VERSION}`,
  label: "XProzess",
  version: VERSION,
  namespaces: [NAMESPACE],
  rootElements: MESSAGE_NAMES,
  prefixes: PREFIXES,
  schemaSetId: XSD_SCHEMA_SET.id,
  fixtures: ["fixtures/xprozess/v2/valid"],
  rules: XPROZESS_RULES,
  rulesDefineValidity: true,
  safeParseElement: (root, o) => safeParseElement(root, { file: o.file, maxDiagnostics: o.maxDiagnostics, strict: o.strict === true }),
  safeParse: (xml, o) => safeParse(xml, o),
  serialize: (model) => serialize(model),
  check(model, o = {}) {
    const file = o.file;
    const run = runFindingRules(
      XPROZESS_RULES,
      () => [
        ...validateModel(model, file === undefined ? {} : { file }).diagnostics,
        ...checkProzessmodelle(model).flatMap((m) => m.diagnostics),
      ],
      { policy: o.policy, file },
    );
    return rulesReport(`XProzess ${VERSION}`, file, run);
  },
  summary: (model) => inspectNachricht(model),
};

/**
 * Checks a model with the structural rules and returns the findings with a `valid` flag (the old form of
 * {@link check}).
 *
 * @deprecated `validate(model)` is `check(model)` now (a `Report`, policies apply); this form stays one minor version.
 */
export function validate(nachricht: Nachricht, options?: ValidateOptions): ValidationReport;
/**
 * Validates a document: xml → detect → xsd (with the user-supplied official set, `xprozess-2.0`) → model (read
 * strictly: a missing required element or one out of order is an error) → rules, as a {@link Report}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { formatText } from "fim-xoev/report";
 * import { isValid, validityOf } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xprozess/v2";
 *
 * // xml → detect → xsd (the official set under <schemas>/xprozess/2.0/) → model (strict) → rules
 * const report = await validate(readFileSync("hundesteuer.xprozess.xml"), { schemas: "/opt/fim/schemas", file: "hundesteuer.xprozess.xml" });
 * console.log(validityOf(report)); // "valid", "invalid" or "valid-without-xsd" (no schema set found)
 * if (!isValid(report)) console.log(formatText([report]));
 * ```
 */
export function validate(xml: string | Uint8Array, options?: StandardValidateOptions): Promise<Report>;
export function validate(
  input: string | Uint8Array | Nachricht,
  options: StandardValidateOptions & ValidateOptions = {},
): Promise<Report> | ValidationReport {
  return typeof input === "string" || input instanceof Uint8Array
    ? validateWith(descriptor, input, options)
    : validateModel(input, options);
}

/**
 * The structural rules, `XPROZESS-nnn` and the BPMN comparison on a model: policies and every report format apply.
 *
 * @example
 * ```ts
 * import { formatText } from "fim-xoev/report";
 * import { check, parse } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // XPROZESS-001 … -010 on the model; XPROZESS-002 (info) is switched off here
 * const report = check(parse(xml), { file: "hundesteuer.xprozess.xml", policy: { disabledRules: ["XPROZESS-002"] } });
 * for (const d of report.diagnostics) console.log(d.ruleId, d.severity, d.path);
 * console.log(formatText([report]));
 * ```
 */
export function check(model: Nachricht, options: ModelCheckOptions = {}): Report {
  return descriptor.check(model, options);
}
