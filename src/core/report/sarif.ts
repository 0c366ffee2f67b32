/**
 * SARIF 2.1.0 report (OASIS Static Analysis Results Interchange Format), as GitHub code scanning and other
 * CI tools read it: one run, the rules that ran as `tool.driver.rules` (catalogue class in `properties`),
 * one result per finding with file, line and the canonical path as logical location, and rules that could
 * not run as tool execution notifications.
 */
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.ts";
import type { Report, RuleInfo } from "../validation/report.ts";
import { type FormatOptions, findingElement, messageOf } from "./text.ts";

/** Help of one rule for SARIF `tool.driver.rules[]` (`help`, `helpUri`). */
export interface SarifRuleHelp {
  /** Plain-text help. */
  readonly text: string;
  /** The same as Markdown, where richer. */
  readonly markdown?: string | undefined;
  /** Absolute URI of the rule's documentation. */
  readonly uri?: string | undefined;
}

/**
 * Options of the SARIF format.
 *
 * @example
 * ```ts
 * import { formatSarif, type SarifOptions } from "fim-xoev/report";
 * import { qsRuleHelp } from "fim-xoev/xdatenfelder";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * // code-scanning annotations with the catalogue's help text for every FIM-QS code
 * const options: SarifOptions = { toolName: "fim-xoev", toolVersion: "1.4.0", ruleHelp: qsRuleHelp };
 * console.log(formatSarif([checkXml(xml, { file: "schemas/S00000000362.xml" })], options));
 * ```
 */
export interface SarifOptions extends FormatOptions {
  readonly toolName?: string | undefined;
  /** `tool.driver.version` (the CLI passes the package version). */
  readonly toolVersion?: string | undefined;
  readonly informationUri?: string | undefined;
  /**
   * Help text and documentation URI per rule id (or diagnostic code, for findings outside rules). The core
   * knows no rule catalogue: the standard's module supplies it (e.g. `qsRuleHelp` for the FIM-QS codes).
   */
  readonly ruleHelp?: ((ruleId: string) => SarifRuleHelp | undefined) | undefined;
}

function helpOf(options: SarifOptions, id: string): Record<string, unknown> {
  const help = options.ruleHelp?.(id);
  if (help === undefined) return {};
  return {
    help: { text: help.text, ...(help.markdown !== undefined && { markdown: help.markdown }) },
    ...(help.uri !== undefined && { helpUri: help.uri }),
  };
}

/**
 * SARIF `level` of a severity.
 *
 * @example
 * ```ts
 * import { sarifLevel } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const xml: string;
 * // GitHub workflow commands from the findings, levelled as SARIF would
 * for (const d of checkXml(xml).diagnostics) console.log(`::${sarifLevel(d.severity) === "note" ? "notice" : sarifLevel(d.severity)}::${d.message}`);
 * ```
 */
export function sarifLevel(severity: Severity): "error" | "warning" | "note" {
  return severity === "fatal" || severity === "error" ? "error" : severity === "warning" ? "warning" : "note";
}

/**
 * A file path as a SARIF artifact URI (relative reference; separators `/`, other characters percent-encoded).
 *
 * @example
 * ```ts
 * import { artifactUri } from "fim-xoev/report";
 *
 * console.log(artifactUri("schemas\\Antrag Wohngeld.xml")); // "schemas/Antrag%20Wohngeld.xml"
 * ```
 */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .split("/")
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

/**
 * Renders reports as a SARIF 2.1.0 log (JSON).
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { formatSarif } from "fim-xoev/report";
 * import { checkXml } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * declare const files: readonly { readonly name: string; readonly xml: string }[];
 * const reports = files.map(({ name, xml }) => checkXml(xml, { file: name }));
 * // upload with github/codeql-action/upload-sarif
 * writeFileSync("fim-qs.sarif", formatSarif(reports, { toolVersion: "1.4.0" }));
 * ```
 */
export function formatSarif(reports: readonly Report[], options: SarifOptions = {}): string {
  const rules = new Map<string, RuleInfo>();
  for (const r of reports) for (const rule of r.rulesExecuted) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  // Findings outside rules (parse, XSD) are reported under their diagnostic code as rule id.
  const extra = new Map<string, Diagnostic>();
  for (const r of reports) for (const d of r.diagnostics) if (d.ruleId === undefined && !extra.has(d.code)) extra.set(d.code, d);
  const ruleList = [
    ...[...rules.values()].map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.message.en },
      fullDescription: { text: rule.message.de },
      ...helpOf(options, rule.id),
      defaultConfiguration: { level: sarifLevel(rule.severity) },
      properties: {
        ...(rule.category !== undefined && { category: rule.category }),
        ...(rule.qsTyp !== undefined && { qsTyp: rule.qsTyp }),
        severity: rule.severity,
      },
    })),
    ...[...extra.entries()].map(([code, d]) => ({
      id: code,
      shortDescription: { text: code },
      ...helpOf(options, code),
      defaultConfiguration: { level: sarifLevel(d.severity) },
      properties: { stage: d.stage },
    })),
  ];
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const artifacts: { location: { uri: string } }[] = [];
  const artifactIndex = new Map<string, number>();
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of reports) {
    const uri = r.file === undefined ? undefined : artifactUri(r.file);
    if (uri !== undefined && !artifactIndex.has(uri)) {
      artifactIndex.set(uri, artifacts.length);
      artifacts.push({ location: { uri } });
    }
    for (const d of r.diagnostics) {
      const id = d.ruleId ?? d.code;
      const physical =
        uri === undefined
          ? undefined
          : {
              artifactLocation: { uri, index: artifactIndex.get(uri) },
              ...(d.location !== undefined && {
                region: { startLine: d.location.line, ...(d.location.column !== undefined && { startColumn: d.location.column }) },
              }),
            };
      const el = findingElement(d);
      results.push({
        ruleId: id,
        ruleIndex: index.get(id),
        level: sarifLevel(d.severity),
        message: { text: el === undefined ? messageOf(d, options.locale) : `${messageOf(d, options.locale)} (${el})` },
        locations: [
          {
            ...(physical !== undefined && { physicalLocation: physical }),
            logicalLocations: [{ fullyQualifiedName: d.path, kind: "element" }],
          },
        ],
        properties: { code: d.code, stage: d.stage, ...(el !== undefined && { element: el }) },
      });
    }
    for (const s of r.rulesSkipped) {
      notifications.push({
        descriptor: { id: s.ruleId },
        level: "note",
        message: { text: `${r.file ?? "(input)"}: rule ${s.ruleId} skipped: ${s.reason}` },
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? "fim-xoev",
            ...(options.toolVersion !== undefined && { version: options.toolVersion }),
            ...(options.informationUri !== undefined && { informationUri: options.informationUri }),
            rules: ruleList,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        artifacts,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
