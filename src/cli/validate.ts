import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { isValid, runPipeline } from "../core/validation/pipeline.ts";
import type { Report } from "../core/validation/report.ts";
import { collectFiles, progress } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { PIPELINE_STANDARDS } from "./standards.ts";

export const VALIDATE_HELP = `Usage: fim-xoev validate <files|dirs>... [--schemas DIR] [--format text|json]

Runs every document through xml → detect → xsd → model. Directories are searched for *.xml.
The XSD stage uses the official schema sets under --schemas DIR or $FIM_XOEV_SCHEMAS; without
them it is reported as skipped. Exit code 0 only if every document is valid.`;

export const validateCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { schemas: { type: "string" }, format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true || positionals.length === 0) {
    io.stdout(`${VALIDATE_HELP}\n`);
    return values.help === true ? 0 : 2;
  }
  if (values.format !== "text" && values.format !== "json") {
    io.stderr(`fim-xoev validate: unknown --format ${values.format} (text or json)\n`);
    return 2;
  }
  const { files, missing } = collectFiles(positionals, io.cwd);
  for (const m of missing) io.stderr(`fim-xoev validate: no such file or directory: ${m}\n`);
  const bar = progress(io, files.length);
  const reports: Report[] = [];
  let allValid = missing.length === 0;
  for (const [i, path] of files.entries()) {
    const name = relative(io.cwd, path) || path;
    bar.update(i + 1, name);
    const { report } = await runPipeline(readFileSync(path), PIPELINE_STANDARDS, {
      file: name,
      schemas: values.schemas,
      env: io.env,
      cwd: io.cwd,
    });
    reports.push(report);
    if (!isValid(report)) allValid = false;
  }
  bar.clear();
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify(
        reports.map((r) => ({ ...r, valid: isValid(r) })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const r of reports) {
      const stages = r.stages.map((s) => `${s.stage}:${s.status}`).join(" ");
      io.stdout(`${isValid(r) ? "valid  " : "INVALID"} ${r.file} (${r.standard ?? "unknown"}) ${stages}\n`);
      for (const d of r.diagnostics) {
        if (d.severity === "info" && d.code !== "xsd-skipped" && d.code !== "duplicate-relations") continue;
        io.stdout(`  ${formatDiagnostic(d)}\n`);
      }
    }
    const bad = reports.filter((r) => !isValid(r)).length;
    io.stdout(`${reports.length} file(s), ${reports.length - bad} valid, ${bad} invalid\n`);
  }
  return allValid ? 0 : 1;
};
