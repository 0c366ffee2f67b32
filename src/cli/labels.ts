/**
 * The words of the CLI's human-readable output, in English (default) and German (`--locale de`). Diagnostics have
 * their own catalogs (`core/diagnostics/messages`); this table holds the labels around them: field names of
 * `leika key`, summaries, verdicts. Names from the standards (Leistungsschlüssel, Prozessklasse, Datenfeldgruppe, …)
 * are the same in both languages. JSON output never goes through this table.
 *
 * `labels()` returns the table of the locale `--locale` set (`getLocale()`), so a command reads it once per run.
 */
import { getLocale } from "../core/diagnostics/create.ts";

const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const en = {
  none: "none",

  // fim-xoev leika key
  keyDigits: "14 digits",
  keyUrn: "URN",
  keyDotted: "dotted",
  keyInputForm: "input form",
  keyPrefix: "prefix",
  keyFederal: "federal LeiKa",
  keyNotFederal: "not 99: a Land-specific key?",
  keyNoVerrichtung: "none",
  keyNoVerrichtungsdetail: "none",
  keyInCatalog: "In the catalogue",
  leikaImported: (records: number, leistungen: number, version: string, rejected: number) =>
    `${records} records, ${leistungen} Leistungen written as XZuFi ${version}, ${rejected} not imported`,

  // fim-xoev xprozess
  bytes: (size: number | string) => `${size} bytes`,
  compressed: (size: number) => `${size} compressed`,
  line: (line: number | string) => `line ${line}`,
  bpmnOf: (prozess: string) => `BPMN of Prozess ${prozess}`,
  notReadable: "not readable",
  pools: "pools",
  processes: "processes",
  lanes: (count: number) => n(count, "lane", "lanes"),
  tasks: "tasks",
  subProcesses: "sub-processes",
  events: "events",
  gateways: "gateways",
  flows: (sequence: number, message: number) => `flows: ${sequence} sequence, ${message} message`,
  agree: "agree",
  findings: (count: number) => n(count, "finding", "findings"),
  errors: (count: number) => `${count} error(s)`,
  warnings: (count: number) => `${count} warning(s)`,
  stages: "stages",
  valid: "valid",
  invalid: "invalid",
  validWithoutXsd: "valid (without XSD)",
  incompleteXsd: "INCOMPLETE (not validated against XSD: pass --schemas DIR with the official set, or --no-xsd)",
  stageStatus: (status: string) => status,

  // fim-xoev fachdaten
  rulesNotApplied: (count: number) => `${n(count, "rule", "rules")} not applied`,

  // fim-xoev regeln
  ruleOn: (owner: string) => `on ${owner}`,
  notRead: "not read",
  ruleOutcome: (outcome: string) => outcome,
  rulesSummary: (total: number, read: number, partial: number, unreadable: number) =>
    `${total} rules: ${read} read, ${partial} partly read, ${unreadable} not machine-readable`,

  // fim-xoev validate / check / inspect (h/registry wires these into the reworked commands)
  verdictValid: "VALID",
  verdictValidWithoutXsd: "VALID (without XSD)",
  verdictInvalid: "INVALID",
  verdictIncomplete: "INCOMPLETE",
  verdictUnreadable: "UNREADABLE",
  files: (count: number) => `${count} file(s)`,
  passedFailed: (passed: number, failed: number, failOn: string) => `${passed} passed, ${failed} failed (fail-on ${failOn})`,
  inspectId: "id",
  inspectVersion: "version",
  inspectName: "name",
  inspectStatus: "status",
  inspectGroups: "groups",
  inspectFields: "fields",
  inspectRules: "rules",
  inspectCodeListReferences: "code-list references",
  inspectOutline: "outline",
  distinctUses: (distinct: number, uses: number) => `${distinct} distinct (${uses} uses)`,
} as const;

/** The label table's shape: every locale has every key, with the same parameters. */
export type Labels = { readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const de: Labels = {
  none: "keine",

  keyDigits: "14 Ziffern",
  keyUrn: "URN",
  keyDotted: "punktiert",
  keyInputForm: "Eingabeform",
  keyPrefix: "Präfix",
  keyFederal: "Bundes-LeiKa",
  keyNotFederal: "nicht 99: Land-spezifischer Schlüssel?",
  keyNoVerrichtung: "keine",
  keyNoVerrichtungsdetail: "keines",
  keyInCatalog: "Im Katalog",
  leikaImported: (records, leistungen, version, rejected) =>
    `${records} Datensätze, ${leistungen} Leistungen als XZuFi ${version} geschrieben, ${rejected} nicht importiert`,

  bytes: (size) => `${size} Bytes`,
  compressed: (size) => `${size} komprimiert`,
  line: (line) => `Zeile ${line}`,
  bpmnOf: (prozess) => `BPMN zu Prozess ${prozess}`,
  notReadable: "nicht lesbar",
  pools: "Pools",
  processes: "Prozesse",
  lanes: (count) => `${count} ${count === 1 ? "Lane" : "Lanes"}`,
  tasks: "Aufgaben",
  subProcesses: "Teilprozesse",
  events: "Ereignisse",
  gateways: "Gateways",
  flows: (sequence, message) => `Flüsse: ${sequence} Sequenz, ${message} Nachricht`,
  agree: "stimmen überein",
  findings: (count) => n(count, "Befund", "Befunde"),
  errors: (count) => n(count, "Fehler", "Fehler"),
  warnings: (count) => n(count, "Warnung", "Warnungen"),
  stages: "Stufen",
  valid: "gültig",
  invalid: "ungültig",
  validWithoutXsd: "gültig (ohne XSD)",
  incompleteXsd: "UNVOLLSTÄNDIG (nicht gegen die XSD geprüft: --schemas DIR mit dem amtlichen Satz angeben, oder --no-xsd)",
  stageStatus: (status) =>
    ({ passed: "bestanden", failed: "fehlgeschlagen", skipped: "übersprungen", "not-run": "nicht gelaufen" })[status] ?? status,

  rulesNotApplied: (count) => `${count} ${count === 1 ? "Regel" : "Regeln"} nicht angewandt`,

  ruleOn: (owner) => `an ${owner}`,
  notRead: "nicht gelesen",
  ruleOutcome: (outcome) => ({ read: "gelesen", partial: "teilweise gelesen", unreadable: "nicht maschinenlesbar" })[outcome] ?? outcome,
  rulesSummary: (total, read, partial, unreadable) =>
    `${total} Regeln: ${read} gelesen, ${partial} teilweise gelesen, ${unreadable} nicht maschinenlesbar`,

  verdictValid: "GÜLTIG",
  verdictValidWithoutXsd: "GÜLTIG (ohne XSD)",
  verdictInvalid: "UNGÜLTIG",
  verdictIncomplete: "UNVOLLSTÄNDIG",
  verdictUnreadable: "UNLESBAR",
  files: (count) => `${count} Datei(en)`,
  passedFailed: (passed, failed, failOn) => `${passed} bestanden, ${failed} nicht bestanden (fail-on ${failOn})`,
  inspectId: "ID",
  inspectVersion: "Version",
  inspectName: "Name",
  inspectStatus: "Status",
  inspectGroups: "Gruppen",
  inspectFields: "Felder",
  inspectRules: "Regeln",
  inspectCodeListReferences: "Codelisten-Referenzen",
  inspectOutline: "Gliederung",
  distinctUses: (distinct, uses) => `${distinct} verschiedene (${uses} Verwendungen)`,
};

/** The label tables by locale (for tests: both have every key). */
export const LABELS: { readonly en: Labels; readonly de: Labels } = { en, de };

/** The labels of the current locale (`--locale de|en`; English by default). */
export function labels(): Labels {
  return getLocale() === "de" ? de : en;
}

/** `label:` padded so that the values of a block of lines start in one column. */
export function field(label: string, width: number): string {
  return `${label}:`.padEnd(width + 1);
}
