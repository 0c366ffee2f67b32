import { readFileSync } from "node:fs";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { runPipeline, validityOf } from "../core/validation/pipeline.ts";
import type { Report } from "../core/validation/report.ts";
import { collectFiles, ioReason, ioReport, noFilesMessage, progress } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";
import { PIPELINE_STANDARDS } from "./standards.ts";

export const VALIDATE_HELP = `Usage: fim-xoev validate <files|dirs>... [options]

Runs every document through xml → detect → xsd → model. Directories are searched for *.xml. Recognised:
XDatenfelder 2.0 and 3.0.0 and genericode 1.0 code lists (as FIM downloads put them beside the schemas).

Options:
  --schemas <dir>       folder of the official schema sets (default: $FIM_XOEV_SCHEMAS)
  --no-xsd              do not run the XSD stage and accept that ("valid (without XSD)")
  --format <f>          text (default) or json

Without schemas the XSD stage cannot run: each such document is reported as INCOMPLETE ("not validated
against XSD") and the exit code is 1, unless --no-xsd is given.

Exit code: 0 if every document is valid, 1 if one is invalid or not validated against XSD, 2 on usage
errors, unreadable files or when no XML file is found.`;

/** Options of {@link validateOne}: plain data, so that a worker can receive them. */
export interface ValidateOneOptions {
  /** The name of the file in the report (relative to the working directory). */
  readonly name: string;
  readonly schemas?: string | undefined;
  /** false: skip the XSD stage (`--no-xsd`). */
  readonly xsd: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Stages after `input` that an unreadable file never reached. */
const VALIDATE_STAGES = ["xml", "detect", "xsd", "model"] as const;

/** Validates one file (absolute path): the pipeline's report, or an `io-error` report when it cannot be read. */
export async function validateOne(file: string, options: ValidateOneOptions): Promise<Report> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return ioReport(options.name, ioReason(e), VALIDATE_STAGES);
  }
  const { report } = await runPipeline(bytes, PIPELINE_STANDARDS, {
    file: options.name,
    schemas: options.schemas,
    env: options.env,
    cwd: options.cwd,
    xsd: options.xsd,
  });
  return report;
}

/** What `validate` says about one report. */
export type Verdict = "valid" | "valid-without-xsd" | "invalid" | "not-validated-against-xsd" | "unreadable";

/** The verdict: the XSD stage must have run for "valid", unless `noXsd` accepts that it did not. */
export function verdictOf(report: Report, noXsd: boolean): Verdict {
  if (report.diagnostics.some((d) => d.code === "io-error")) return "unreadable";
  const validity = validityOf(report);
  if (validity === "valid-without-xsd") return noXsd ? "valid-without-xsd" : "not-validated-against-xsd";
  return validity;
}

const LABEL: Record<Verdict, string> = {
  valid: "valid  ",
  "valid-without-xsd": "valid (without XSD)",
  invalid: "INVALID",
  "not-validated-against-xsd": "INCOMPLETE",
  unreadable: "UNREADABLE",
};

const XSD_NOTE =
  "note: not validated against XSD: the XSD stage did not run (--schemas DIR or FIM_XOEV_SCHEMAS enable it; " +
  "--no-xsd accepts a validation without XSD)";

export const validateCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "validate",
    VALIDATE_HELP,
    { schemas: { type: "string" }, "no-xsd": { type: "boolean" }, format: { type: "string", default: "text" } },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, "validate", "no files or folders given");
  if (values.format !== "text" && values.format !== "json")
    return usageError(io, "validate", `unknown --format ${values.format} (text or json)`);
  const noXsd = values["no-xsd"] === true;
  if (noXsd && values.schemas !== undefined) return usageError(io, "validate", "--no-xsd and --schemas exclude each other");
  const quiet = values.quiet === true;
  const entries = collectFiles(positionals, io.cwd);
  if (entries.length === 0) {
    io.stderr(`fim-xoev validate: ${noFilesMessage(positionals)}\n`);
    return EXIT.usage;
  }
  const bar = progress(io, entries.length, quiet);
  const reports: Report[] = [];
  for (const [i, entry] of entries.entries()) {
    bar.update(i + 1, entry.name);
    reports.push(
      entry.unreadable !== undefined
        ? ioReport(entry.name, entry.unreadable, VALIDATE_STAGES)
        : await validateOne(entry.path, { name: entry.name, schemas: values.schemas, xsd: !noXsd, env: io.env, cwd: io.cwd }),
    );
  }
  bar.clear();
  const verdicts = reports.map((r) => verdictOf(r, noXsd));
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify(
        reports.map((r, i) => {
          const verdict = verdicts[i] as Verdict;
          return { ...r, valid: verdict === "valid" || verdict === "valid-without-xsd", verdict };
        }),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const [i, r] of reports.entries()) {
      const verdict = verdicts[i] as Verdict;
      const stages = r.stages.map((s) => `${s.stage}:${s.status}`).join(" ");
      io.stdout(`${LABEL[verdict]} ${r.file} (${r.standard ?? "unknown"}) ${stages}\n`);
      if (verdict === "not-validated-against-xsd" && !quiet) io.stdout(`  ${XSD_NOTE}\n`);
      for (const d of r.diagnostics) {
        if (d.severity === "info" && d.code !== "xsd-skipped" && d.code !== "duplicate-relations") continue;
        io.stdout(`  ${formatDiagnostic(d)}\n`);
      }
    }
    if (!quiet) {
      const count = (v: Verdict) => verdicts.filter((x) => x === v).length;
      const parts = [
        `${count("valid")} valid`,
        ...(noXsd ? [`${count("valid-without-xsd")} valid without XSD`] : []),
        `${count("invalid")} invalid`,
        ...(count("not-validated-against-xsd") > 0 ? [`${count("not-validated-against-xsd")} not validated against XSD`] : []),
        ...(count("unreadable") > 0 ? [`${count("unreadable")} unreadable`] : []),
      ];
      io.stdout(`${reports.length} file(s), ${parts.join(", ")}\n`);
    }
  }
  if (verdicts.includes("unreadable")) return EXIT.usage;
  return verdicts.every((v) => v === "valid" || v === "valid-without-xsd") ? EXIT.ok : EXIT.findings;
};
