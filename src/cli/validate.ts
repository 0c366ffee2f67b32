import { readFileSync, statSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { getLocale, type Locale, setLocale } from "../core/diagnostics/create.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { createPipelineCache, isValid, type PipelineCache, runPipeline } from "../core/validation/pipeline.ts";
import type { Report } from "../core/validation/report.ts";
import { type BatchTask, defaultWorkers, runBatch } from "./batch.ts";
import { collectFiles, progress } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { PIPELINE_STANDARDS } from "./standards.ts";

export const VALIDATE_HELP = `Usage: fim-xoev validate <files|dirs>... [--schemas DIR] [--format text|json] [--jobs N]

Runs every document through xml → detect → xsd → model. Directories are searched for *.xml.
The XSD stage uses the official schema sets under --schemas DIR or $FIM_XOEV_SCHEMAS; without
them it is reported as skipped. Exit code 0 only if every document is valid.
--jobs N validates up to N files at a time, here and in N-1 worker threads (default: one per idle core,
judged by the load average, and per 4 MB of input; 1 = no worker threads).`;

/** What every thread of a validate batch needs to validate a file. */
export interface ValidateContext {
  /** Language of the diagnostics' messages (default: this thread's `getLocale()`; a worker does not share it). */
  readonly locale?: Locale | undefined;
  readonly schemas: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Validates one file: the per-file step of `fim-xoev validate`, run in this thread or in a worker. */
export async function validateFile(path: string, ctx: ValidateContext & { readonly cache?: PipelineCache }): Promise<Report> {
  const { report } = await runPipeline(readFileSync(path), PIPELINE_STANDARDS, {
    file: relative(ctx.cwd, path) || path,
    schemas: ctx.schemas,
    env: ctx.env,
    cwd: ctx.cwd,
    ...(ctx.cache === undefined ? {} : { cache: ctx.cache }),
  });
  return report;
}

/** {@link validateFile} as a batch task: one schema-set cache per thread (see `validate-worker.ts`). */
export const VALIDATE_TASK: BatchTask<string, ValidateContext, ValidateContext & { readonly cache: PipelineCache }, Report> = {
  prepare: (ctx) => {
    if (ctx.locale !== undefined) setLocale(ctx.locale);
    return { ...ctx, cache: createPipelineCache() };
  },
  run: validateFile,
};

/**
 * Input each thread should get at least: starting a worker (modules, libxml2-wasm, schema compile, JIT warm-up)
 * costs about as much CPU time as validating 4–7 MB, so smaller batches are validated in this thread alone.
 */
const BYTES_PER_WORKER = 4_000_000;

/**
 * Validates `files` (absolute paths) and returns their reports in the same order. `workers` as `--jobs`; by
 * default `defaultWorkers` (one thread per idle core), at most one per {@link BYTES_PER_WORKER} of input.
 */
export function validateFiles(
  files: readonly string[],
  ctx: ValidateContext,
  options: { readonly workers?: number | undefined; readonly onDone?: (index: number, done: number) => void } = {},
): Promise<Report[]> {
  let workers = options.workers;
  if (workers === undefined) {
    let bytes = 0;
    for (const f of files) {
      try {
        bytes += statSync(f).size;
      } catch {
        // unreadable: reported by validateFile
      }
    }
    workers = Math.min(defaultWorkers(files.length), Math.ceil(bytes / BYTES_PER_WORKER));
  }
  return runBatch(files, VALIDATE_TASK, {
    context: { ...ctx, locale: ctx.locale ?? getLocale() },
    workers,
    worker: "validate-worker",
    onDone: options.onDone,
  });
}

export const validateCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      schemas: { type: "string" },
      format: { type: "string", default: "text" },
      jobs: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help === true || positionals.length === 0) {
    io.stdout(`${VALIDATE_HELP}\n`);
    return values.help === true ? 0 : 2;
  }
  if (values.format !== "text" && values.format !== "json") {
    io.stderr(`fim-xoev validate: unknown --format ${values.format} (text or json)\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    io.stderr(`fim-xoev validate: --jobs takes a positive whole number, not ${values.jobs}\n`);
    return 2;
  }
  const { files, missing } = collectFiles(positionals, io.cwd);
  for (const m of missing) io.stderr(`fim-xoev validate: no such file or directory: ${m}\n`);
  const bar = progress(io, files.length);
  const reports = await validateFiles(
    files,
    { schemas: values.schemas, env: io.env, cwd: io.cwd },
    { workers: jobs, onDone: (i, done) => bar.update(done, relative(io.cwd, files[i] as string) || (files[i] as string)) },
  );
  const allValid = missing.length === 0 && reports.every(isValid);
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
