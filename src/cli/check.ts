/**
 * `fim-xoev check <files|dirs> [--format text|json|junit|sarif] [--fail-on error|warning]` — runs the FIM
 * quality checks (QS) on XDatenfelder 2.0 / 3.0.0 documents.
 *
 * Exit codes: 0 = every document acceptable under the policy; 1 = some document has findings at or above
 * `--fail-on`, or could not be checked; 2 = usage error or no input.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DirectoryCodeListProvider } from "../core/codelists/provider.ts";
import type { Severity } from "../core/diagnostics/diagnostic.ts";
import { formatReports, type ReportFormat } from "../core/report/index.ts";
import { safeDecodeBytes } from "../core/text/decode.ts";
import { type AcceptancePolicy, accept, applyPolicy, parsePolicy } from "../core/validation/policy.ts";
import type { Report } from "../core/validation/report.ts";
import { checkXDatenfelder } from "../xdatenfelder/qs.ts";
import { collectFiles, progress } from "./files.ts";
import type { CliCommand, CliIo } from "./io.ts";

export const CHECK_HELP = `Usage: fim-xoev check <files|dirs>... [options]

Runs the FIM quality checks (QS-Kriterien, catalogue codes 1001-1144) on XDatenfelder 2.0 and 3.0.0
documents. Directories are searched for *.xml.

Options:
  --format <f>          text (default), json, junit or sarif (SARIF 2.1.0)
  --fail-on <s>         error (default) or warning: lowest severity that fails a document
  -o, --output <file>   write the report there instead of stdout
  --locale <l>          de or en (default en) for messages
  --disable <ids>       rules to switch off, comma-separated (e.g. 1101,1132)
  --enable <ids>        rules that are off by default to switch on (e.g. 1117)
  --severity <id=s>     re-level a rule (error|warning|info|off); repeatable
  --policy <file>       acceptance policy as JSON ({ severityOverrides, disabledRules, enabledRules, rejectAt });
                        the options above are applied on top of it
  --codelists <dir>     genericode files to resolve code lists from; without it the checks that need
                        code-list contents (1115, 1076, 1121-1123) are reported as skipped

Exit code: 0 if every document passes, 1 if one fails or cannot be checked, 2 on usage errors.`;

const FORMATS: readonly ReportFormat[] = ["text", "json", "junit", "sarif"];
const SEVERITIES = ["fatal", "error", "warning", "info"] as const;

function list(v: string | undefined): string[] {
  return (v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export const checkCommand: CliCommand = async (argv, io) => {
  let parsed: ReturnType<typeof parseCheckArgs>;
  try {
    parsed = parseCheckArgs(argv);
  } catch (e) {
    io.stderr(`fim-xoev check: ${e instanceof Error ? e.message : String(e)}\n${CHECK_HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true || positionals.length === 0) {
    io.stdout(`${CHECK_HELP}\n`);
    return values.help === true ? 0 : 2;
  }
  return run(values, positionals, io);
};

function parseCheckArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      output: { type: "string", short: "o" },
      locale: { type: "string" },
      disable: { type: "string" },
      enable: { type: "string" },
      severity: { type: "string", multiple: true },
      codelists: { type: "string" },
      policy: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

type CheckArgs = ReturnType<typeof parseCheckArgs>["values"];

async function run(values: CheckArgs, positionals: readonly string[], io: CliIo): Promise<number> {
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) {
    io.stderr(`fim-xoev check: unknown --format ${values.format} (text, json, junit or sarif)\n`);
    return 2;
  }
  const failOnArg = values["fail-on"];
  if (failOnArg !== undefined && failOnArg !== "error" && failOnArg !== "warning") {
    io.stderr(`fim-xoev check: unknown --fail-on ${failOnArg} (error or warning)\n`);
    return 2;
  }
  if (values.locale !== undefined && values.locale !== "de" && values.locale !== "en") {
    io.stderr(`fim-xoev check: unknown --locale ${values.locale} (de or en)\n`);
    return 2;
  }
  const overrides: Record<string, Severity | "off"> = {};
  for (const s of values.severity ?? []) {
    const [id, level] = s.split("=");
    if (id === undefined || id === "" || level === undefined || !([...SEVERITIES, "off"] as string[]).includes(level)) {
      io.stderr(`fim-xoev check: --severity expects <rule>=<error|warning|info|off>, got ${s}\n`);
      return 2;
    }
    overrides[id] = level as Severity | "off";
  }
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
      io.stderr(`fim-xoev check: --policy ${values.policy}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const policy: AcceptancePolicy = {
    severityOverrides: { ...base.severityOverrides, ...overrides },
    disabledRules: [...(base.disabledRules ?? []), ...list(values.disable)],
    enabledRules: [...(base.enabledRules ?? []), ...list(values.enable)],
    rejectAt: failOnArg ?? base.rejectAt ?? "error",
  };
  const failOn = policy.rejectAt ?? "error";
  const locale = values.locale as "de" | "en" | undefined;
  const codeListProvider = values.codelists === undefined ? undefined : new DirectoryCodeListProvider(resolve(io.cwd, values.codelists));

  const { files, missing } = collectFiles(positionals, io.cwd);
  for (const m of missing) io.stderr(`fim-xoev check: no such file or directory: ${m}\n`);
  if (files.length === 0) {
    io.stderr("fim-xoev check: no *.xml files found\n");
    return 2;
  }
  const bar = progress(io, files.length);
  const reports: Report[] = [];
  let failed = missing.length > 0;
  for (const [i, path] of files.entries()) {
    const name = relative(io.cwd, path) || path;
    bar.update(i + 1, name);
    const report = applyPolicy(await checkXDatenfelder(readFileSync(path), { file: name, policy, codeListProvider }), policy);
    reports.push(report);
    if (accept(report, policy) !== "acceptable") failed = true;
  }
  bar.clear();
  const out = formatReports(reports, format, { locale, failOn, toolName: "fim-xoev" });
  if (values.output !== undefined) writeFileSync(resolve(io.cwd, values.output), out);
  else io.stdout(out);
  if (format === "text") {
    const bad = reports.filter((r) => accept(r, policy) !== "acceptable").length;
    (values.output === undefined ? io.stdout : io.stderr)(
      `${reports.length} file(s), ${reports.length - bad} passed, ${bad} failed (fail-on ${failOn})\n`,
    );
  }
  return failed ? 1 : 0;
}
