/**
 * `fim-xoev check <files|dirs> [--format text|json|junit|sarif] [--fail-on error|warning]` — runs the model
 * rules of every registered standard: the FIM quality checks (QS) on XDatenfelder 2.0 / 3.0.0 documents, the
 * descriptor's `check` on every other (`src/registry.ts`). genericode files of the batch (a FIM download
 * puts them beside the schema) are read as code lists and resolve the code-list references of the schemas
 * in their folder.
 *
 * Exit codes: 0 = every document acceptable under the policy; 1 = some document has findings at or above
 * `--fail-on`, or could not be checked; 2 = usage error, unreadable file or no input.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type CodeListDocument, GENERICODE_NAMESPACE, safeParseGenericode } from "../core/codelists/genericode.ts";
import { type CodeListProvider, InMemoryCodeListProvider } from "../core/codelists/provider.ts";
import { hasErrors, type Locale, registeredCodes } from "../core/diagnostics/create.ts";
import type { Severity } from "../core/diagnostics/diagnostic.ts";
import { formatReports, type ReportFormat } from "../core/report/index.ts";
import { safeDecodeBytes } from "../core/text/decode.ts";
import { type AcceptancePolicy, accept, applyPolicy } from "../core/validation/policy.ts";
import { parsePolicy } from "../core/validation/policy-parse.ts";
import type { Report } from "../core/validation/report.ts";
import { checkDocument, STANDARDS } from "../registry.ts";
import { qsRuleHelp } from "../xdatenfelder/common/qs-help.ts";
import { QS_KATALOG } from "../xdatenfelder/common/qs-katalog.ts";
import { checkXDatenfelder } from "../xdatenfelder/qs.ts";
import { type BatchEntry, collectFiles, ioReason, ioReport, noFilesMessage, progress, readEntry, sniffRootNamespace } from "./files.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { EXIT, nearest, parseCommand, splitList, usageError, VERSION } from "./options.ts";
import { writeFilesAtomic } from "./write.ts";

export const CHECK_HELP = `Usage: fim-xoev check <files|dirs>... [options]

Runs the model rules of every registered standard: the FIM quality checks (QS-Kriterien, catalogue codes
1001-1144) on XDatenfelder 2.0 and 3.0.0 documents, the structural rules and XZUFI-nnn on XZuFi, the
structural rules, XPROZESS-nnn and the BPMN comparison on XProzess 2.0 (genericode and XProzess 0.1 define
none: their documents are read and reported). Directories are searched for *.xml. genericode code lists among the files (as a FIM download
has them beside the schema) are read and reported as code lists, and the code-list references of the
schemas in the same folder are resolved against them, so the checks needing code-list contents run.

Options:
  --format <f>          text (default), json, junit or sarif (SARIF 2.1.0)
  --fail-on <s>         error (default) or warning: lowest severity that fails a document
  -o, --output <file>   write the report there (atomically) instead of stdout
  --force               overwrite the --output file if it exists
  --disable <ids>       rules to switch off; repeatable and comma-separated (--disable 1101,1132 --disable 1022)
  --enable <ids>        rules that are off by default to switch on (e.g. 1117); repeatable, comma-separated
  --severity <id=s>     re-level a rule or diagnostic code (error|warning|info|off); repeatable, comma-separated
  --policy <file>       acceptance policy as JSON ({ severityOverrides, disabledRules, enabledRules, rejectAt });
                        the options above are applied on top of it; its rule ids are checked as theirs
  --codelists <dir>     more genericode files to resolve code lists from, for every schema (besides the
                        lists beside it); a schema without any code list has the checks that need their
                        contents (1115, 1076, 1121-1123) reported as skipped
  --regeln              also read every rule into the rule model and report what it finds (rules that are
                        not machine-readable, unknown or unreachable elements): not FIM-QS codes, no rule id

Unknown rule codes are refused. Exit code: 0 if every document passes, 1 if one fails or cannot be
checked, 2 on usage errors, unreadable files or when no XML file is found.`;

const FORMATS: readonly ReportFormat[] = ["text", "json", "junit", "sarif"];
const LEVELS = ["fatal", "error", "warning", "info", "off"] as const;
const QS_CODES = Object.keys(QS_KATALOG);
/** The rule ids of the other registered standards (`XZUFI-001`, `XPROZESS-001`, …). */
const OTHER_RULES = [...new Set(STANDARDS.flatMap((d) => d.rules.map((r) => r.id)))].filter((id) => !QS_CODES.includes(id));
const XDF_NAMESPACES: readonly string[] = STANDARDS.filter((d) => d.label === "XDatenfelder").flatMap((d) => d.namespaces);

/** Stages after `input` that an unreadable file never reached. */
const CHECK_STAGES = ["xml", "detect", "model", "rules"] as const;

/** Refuses codes that are not in the QS catalogue (or, where `alsoCodes`, not diagnostic codes). */
function unknownCode(option: string, ids: readonly string[], alsoCodes = false): string | undefined {
  const known: readonly string[] = alsoCodes ? [...QS_CODES, ...OTHER_RULES, ...registeredCodes()] : [...QS_CODES, ...OTHER_RULES];
  for (const id of ids) {
    if (known.includes(id)) continue;
    const near = nearest(id, known);
    return `${option}: unknown rule ${JSON.stringify(id)}${near === undefined ? "" : ` (nearest: ${near})`}; rules are the FIM-QS catalogue codes ${QS_CODES[0]}-${QS_CODES.at(-1)}, the rule ids of the other standards (${OTHER_RULES[0]}…)${alsoCodes ? " or diagnostic codes" : ""}`;
  }
  return undefined;
}

export const checkCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "check",
    CHECK_HELP,
    {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      disable: { type: "string", multiple: true },
      enable: { type: "string", multiple: true },
      severity: { type: "string", multiple: true },
      codelists: { type: "string" },
      policy: { type: "string" },
      regeln: { type: "boolean" },
    },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => usageError(io, "check", message);
  if (positionals.length === 0) return usage("no files or folders given");
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) return usage(`unknown --format ${values.format} (text, json, junit or sarif)`);
  const failOnArg = values["fail-on"];
  if (failOnArg !== undefined && failOnArg !== "error" && failOnArg !== "warning")
    return usage(`unknown --fail-on ${failOnArg} (error or warning)`);
  const disabled = splitList(values.disable);
  const enabled = splitList(values.enable);
  const overrides: Record<string, Severity | "off"> = {};
  for (const s of splitList(values.severity)) {
    const [id, level, ...rest] = s.split("=").map((x) => x.trim());
    if (id === undefined || id === "" || level === undefined || rest.length > 0 || !(LEVELS as readonly string[]).includes(level))
      return usage(`--severity expects <rule>=<error|warning|info|off>, got ${s}`);
    overrides[id] = level as Severity | "off";
  }
  const unknown =
    unknownCode("--disable", disabled) ?? unknownCode("--enable", enabled) ?? unknownCode("--severity", Object.keys(overrides), true);
  if (unknown !== undefined) return usage(unknown);

  let base: AcceptancePolicy = {};
  if (values.policy !== undefined) {
    try {
      // JSON is UTF-8 (RFC 8259): decoded fatally, an invalid byte is an error with its position, never U+FFFD.
      const json = safeDecodeBytes(readFileSync(resolve(io.cwd, values.policy)), "UTF-8", { source: "text", stage: "input" });
      if (!json.success) {
        const d = json.diagnostics[0];
        const bytes = d.code === "invalid-byte-sequence" ? d.params.bytes : "";
        throw new Error(
          `line ${d.location?.line}, column ${d.location?.column}: the bytes ${bytes} are not UTF-8 (JSON files must be UTF-8)`,
        );
      }
      base = parsePolicy(JSON.parse(json.data));
    } catch (e) {
      return usage(`--policy ${values.policy}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const typo =
      unknownCode(`--policy ${values.policy} disabledRules`, base.disabledRules ?? []) ??
      unknownCode(`--policy ${values.policy} enabledRules`, base.enabledRules ?? []) ??
      unknownCode(`--policy ${values.policy} severityOverrides`, Object.keys(base.severityOverrides ?? {}), true);
    if (typo !== undefined) return usage(typo);
  }
  const policy: AcceptancePolicy = {
    severityOverrides: { ...base.severityOverrides, ...overrides },
    disabledRules: [...(base.disabledRules ?? []), ...disabled],
    enabledRules: [...(base.enabledRules ?? []), ...enabled],
    rejectAt: failOnArg ?? base.rejectAt ?? "error",
  };
  return run({
    policy,
    format,
    positionals,
    io,
    quiet: values.quiet === true,
    locale: values.locale as Locale | undefined,
    output: values.output,
    force: values.force === true,
    codelists: values.codelists,
    regeln: values.regeln === true,
  });
};

interface RunOptions {
  readonly policy: AcceptancePolicy;
  readonly format: ReportFormat;
  readonly positionals: readonly string[];
  readonly io: CliIo;
  readonly quiet: boolean;
  readonly locale: Locale | undefined;
  readonly output: string | undefined;
  readonly force: boolean;
  readonly codelists: string | undefined;
  /** `--regeln`: add the rule-model diagnostics (not QS codes). */
  readonly regeln: boolean;
}

/** The report of a genericode file of the batch, read as a code list; the document when it could be read. */
function codeListReport(name: string, bytes: Uint8Array) {
  const r = safeParseGenericode(bytes, { file: name });
  const xmlFailed = r.data === undefined && r.diagnostics.some((d) => d.stage === "xml");
  const report: Report = {
    file: name,
    standard: "genericode 1.0",
    completed: r.data !== undefined,
    stages: [
      { stage: "xml", status: xmlFailed ? "failed" : "passed" },
      { stage: "detect", status: xmlFailed ? "skipped" : r.data === undefined ? "failed" : "passed" },
      { stage: "model", status: r.data === undefined ? "skipped" : hasErrors(r.diagnostics) ? "failed" : "passed" },
    ],
    diagnostics: r.diagnostics,
    rulesExecuted: [],
    rulesSkipped: [],
  };
  return { report, document: r.data };
}

async function run(o: RunOptions): Promise<number> {
  const { io, policy } = o;
  const failOn = policy.rejectAt ?? "error";
  const entries = collectFiles(o.positionals, io.cwd);
  if (entries.length === 0) {
    io.stderr(`fim-xoev check: ${noFilesMessage(o.positionals)}\n`);
    return EXIT.usage;
  }
  const bar = progress(io, entries.length, o.quiet);
  let done = 0;
  const reports: (Report | undefined)[] = entries.map(() => undefined);
  // --codelists: the genericode files of that folder (not those already among the inputs)
  const extra: CodeListDocument[] = [];
  if (o.codelists !== undefined) {
    const dir = resolve(io.cwd, o.codelists);
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n.toLowerCase().endsWith(".xml"))
        .sort();
    } catch (e) {
      io.stderr(`fim-xoev check: --codelists ${o.codelists}: ${ioReason(e)}\n`);
      return EXIT.usage;
    }
    const inBatch = new Set(entries.map((e) => e.path));
    for (const n of names) {
      const path = join(dir, n);
      if (inBatch.has(path)) continue;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        io.stderr(`fim-xoev check: --codelists: ${path}: ${ioReason(e)}\n`);
        continue;
      }
      if (sniffRootNamespace(bytes) !== GENERICODE_NAMESPACE) continue;
      const r = safeParseGenericode(bytes, { file: path });
      if (r.data !== undefined) extra.push(r.data);
    }
  }
  // pass 1: unreadable files and code lists (a code list resolves the references of the schemas in its folder)
  const listsByFolder = new Map<string, CodeListDocument[]>();
  const schemas: { index: number; entry: BatchEntry }[] = [];
  for (const [index, entry] of entries.entries()) {
    const started = performance.now();
    const read = readEntry(entry);
    if ("error" in read) {
      reports[index] = ioReport(entry.name, read.error, CHECK_STAGES);
    } else if (sniffRootNamespace(read.bytes) === GENERICODE_NAMESPACE) {
      const { report, document } = codeListReport(entry.name, read.bytes);
      reports[index] = { ...applyPolicy(report, policy), durationMs: performance.now() - started };
      if (document !== undefined) {
        const folder = dirname(entry.path);
        const lists = listsByFolder.get(folder);
        if (lists === undefined) listsByFolder.set(folder, [document]);
        else lists.push(document);
      }
    } else {
      schemas.push({ index, entry });
      continue;
    }
    bar.update(++done, entry.name);
  }
  // per folder: --codelists first, so that a list of the folder wins over one with the same URI and version
  const providers = new Map<string, CodeListProvider | undefined>();
  const providerFor = (folder: string): CodeListProvider | undefined => {
    if (!providers.has(folder)) {
      const own = listsByFolder.get(folder) ?? [];
      providers.set(folder, own.length > 0 || o.codelists !== undefined ? new InMemoryCodeListProvider([...extra, ...own]) : undefined);
    }
    return providers.get(folder);
  };
  // pass 2: the schemas (read again rather than kept: a batch may be larger than memory)
  for (const { index, entry } of schemas) {
    bar.update(++done, entry.name);
    const started = performance.now();
    const read = readEntry(entry);
    const report =
      "error" in read
        ? ioReport(entry.name, read.error, CHECK_STAGES)
        : applyPolicy(
            XDF_NAMESPACES.includes(sniffRootNamespace(read.bytes) ?? "")
              ? await checkXDatenfelder(read.bytes, {
                  file: entry.name,
                  policy,
                  codeListProvider: providerFor(dirname(entry.path)),
                  regeln: o.regeln,
                })
              : // every other registered standard: its model rules (and an unknown namespace: a failed detect stage)
                checkDocument(read.bytes, { file: entry.name, policy }),
            policy,
          );
    // the measured time of the file (JUnit `time`)
    reports[index] = { ...report, durationMs: performance.now() - started };
  }
  bar.clear();
  const all = reports as Report[];
  const unreadable = all.some((r) => r.diagnostics.some((d) => d.code === "io-error"));
  const bad = all.filter((r) => accept(r, policy) !== "acceptable").length;
  const out = formatReports(all, o.format, {
    locale: o.locale,
    failOn,
    toolName: "fim-xoev",
    toolVersion: VERSION,
    informationUri: "https://github.com/fim-xoev/fim-xoev",
    ruleHelp: qsRuleHelp,
  });
  if (o.output !== undefined) {
    const failed = writeFilesAtomic([{ path: o.output, data: out }], { force: o.force, cwd: io.cwd });
    if (failed !== undefined) {
      io.stderr(`fim-xoev check: ${failed.message}\n`);
      return EXIT.usage;
    }
  } else {
    io.stdout(out);
  }
  if (o.format === "text" && !o.quiet) {
    (o.output === undefined ? io.stdout : io.stderr)(
      `${all.length} file(s), ${all.length - bad} passed, ${bad} failed (fail-on ${failOn})\n`,
    );
  }
  if (unreadable) return EXIT.usage;
  return bad > 0 ? EXIT.findings : EXIT.ok;
}
