import { statSync } from "node:fs";
import { getLocale, type Locale, setLocale } from "../core/diagnostics/create.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { createPipelineCache, type PipelineCache, runPipeline, validityOf } from "../core/validation/pipeline.ts";
import type { Report } from "../core/validation/report.ts";
import type { XsdEngineChoice } from "../core/validation/xsd.ts";
import { PIPELINE_STANDARDS, STANDARDS } from "../registry.ts";
import { type BatchTask, defaultWorkers, runBatch } from "./batch.ts";
import { type BatchEntry, collectFiles, ioReason, ioReport, noFilesMessage, progress, withFileBytes } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

/** The registered standards and versions, for help texts: `XDatenfelder 3.0.0, 2.0, genericode 1.0, …`. */
export function registered(): string {
  const byLabel = new Map<string, string[]>();
  for (const d of STANDARDS) byLabel.set(d.label, [...(byLabel.get(d.label) ?? []), d.version]);
  return [...byLabel].map(([label, versions]) => `${label} ${versions.join(", ")}`).join("; ");
}

export const VALIDATE_HELP = `Usage: fim-xoev validate <files|dirs>... [options]

Runs every document through xml → detect → xsd → model → rules. Directories are searched for *.xml.
Recognised (detected by namespace): ${registered()}. The rules stage runs the
structural rules of XZuFi and XProzess; the FIM quality checks of XDatenfelder are run by 'fim-xoev check'.

Options:
  --schemas <dir>       folder of the official schema sets (default: $FIM_XOEV_SCHEMAS, else the schema
                        cache of 'fim-xoev schemas add')
  --no-xsd              do not run the XSD stage and accept that ("valid (without XSD)")
  --xsd-engine <e>      auto (default), js or libxml2: the XSD engine; auto takes the library's own js
                        engine when it supports the schema set, else libxml2 (the JSON report's xsdEngine)
  --format <f>          text (default) or json
  --jobs <n>            validate up to n files at a time, here and in n-1 worker threads (default: 1 on
                        two cores or fewer, else one per core but one, at most one per 4 MB of input;
                        1 = no worker threads)

Without schemas the XSD stage cannot run: each such document is reported as INCOMPLETE ("not validated
against XSD") and the exit code is 1, unless --no-xsd is given.

Exit code: 0 if every document is valid, 1 if one is invalid or not validated against XSD, 2 on usage
errors, unreadable files or when no XML file is found.`;

/** What every thread of a validate batch needs to validate a file: plain data, so that a worker can receive it. */
export interface ValidateContext {
  /** Language of the diagnostics' messages (default: this thread's `getLocale()`; a worker does not share it). */
  readonly locale?: Locale | undefined;
  readonly schemas?: string | undefined;
  /** false: skip the XSD stage (`--no-xsd`). */
  readonly xsd: boolean;
  /** The XSD engine (`--xsd-engine`, default `auto`). */
  readonly xsdEngine?: XsdEngineChoice | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Stages after `input` that an unreadable file never reached. */
const VALIDATE_STAGES = ["xml", "detect", "xsd", "model"] as const;

/**
 * Validates one batch entry: the pipeline's report, or an `io-error` report when it cannot be read. The per-file
 * step of `fim-xoev validate`, run in this thread or in a worker.
 */
export async function validateOne(entry: BatchEntry, ctx: ValidateContext & { readonly cache?: PipelineCache }): Promise<Report> {
  if (entry.unreadable !== undefined) return ioReport(entry.name, entry.unreadable, VALIDATE_STAGES);
  let read = false;
  try {
    // the report keeps nothing of the bytes (the reader copies what it keeps), so they may be reused after it
    return await withFileBytes(entry.path, async (bytes) => {
      read = true;
      const { report } = await runPipeline(bytes, PIPELINE_STANDARDS, {
        file: entry.name,
        schemas: ctx.schemas,
        env: ctx.env,
        cwd: ctx.cwd,
        xsd: ctx.xsd,
        ...(ctx.xsdEngine !== undefined && { xsdEngine: ctx.xsdEngine }),
        ...(ctx.cache !== undefined && { cache: ctx.cache }),
      });
      return report;
    });
  } catch (e) {
    if (read) throw e;
    return ioReport(entry.name, ioReason(e), VALIDATE_STAGES);
  }
}

/** {@link validateOne} as a batch task: one schema-set cache per thread (see `validate-worker.ts`). */
export const VALIDATE_TASK: BatchTask<BatchEntry, ValidateContext, ValidateContext & { readonly cache: PipelineCache }, Report> = {
  prepare: (ctx) => {
    if (ctx.locale !== undefined) setLocale(ctx.locale);
    return { ...ctx, cache: createPipelineCache() };
  },
  run: validateOne,
};

/**
 * Input each thread should get at least: starting a worker (modules, libxml2-wasm, schema compile, JIT warm-up)
 * costs about as much CPU time as validating 4–7 MB, so smaller batches are validated in this thread alone.
 */
const BYTES_PER_WORKER = 4_000_000;

/**
 * Validates batch entries and returns their reports in the same order. `workers` as `--jobs`; by default
 * {@link defaultWorkers}, at most one per {@link BYTES_PER_WORKER} of input.
 */
export function validateFiles(
  entries: readonly BatchEntry[],
  ctx: ValidateContext,
  options: { readonly workers?: number | undefined; readonly onDone?: (index: number, done: number) => void } = {},
): Promise<Report[]> {
  let workers = options.workers;
  if (workers === undefined) {
    let bytes = 0;
    for (const e of entries) {
      try {
        if (e.unreadable === undefined) bytes += statSync(e.path).size;
      } catch {
        // unreadable: reported by validateOne
      }
    }
    workers = Math.max(1, Math.min(defaultWorkers(entries.length), Math.ceil(bytes / BYTES_PER_WORKER)));
  }
  return runBatch(entries, VALIDATE_TASK, {
    context: { ...ctx, locale: ctx.locale ?? getLocale() },
    workers,
    worker: "validate-worker",
    onDone: options.onDone,
  });
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
    {
      schemas: { type: "string" },
      "no-xsd": { type: "boolean" },
      "xsd-engine": { type: "string" },
      format: { type: "string", default: "text" },
      jobs: { type: "string" },
    },
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
  const xsdEngine = values["xsd-engine"];
  if (xsdEngine !== undefined && xsdEngine !== "auto" && xsdEngine !== "js" && xsdEngine !== "libxml2")
    return usageError(io, "validate", `unknown --xsd-engine ${xsdEngine} (auto, js or libxml2)`);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    return usageError(io, "validate", `--jobs takes a positive whole number, not ${values.jobs}`);
  const quiet = values.quiet === true;
  const entries = collectFiles(positionals, io.cwd);
  if (entries.length === 0) {
    io.stderr(`fim-xoev validate: ${noFilesMessage(positionals)}\n`);
    return EXIT.usage;
  }
  const bar = progress(io, entries.length, quiet);
  const reports = await validateFiles(
    entries,
    { schemas: values.schemas, xsd: !noXsd, xsdEngine, env: io.env, cwd: io.cwd },
    { workers: jobs, onDone: (i, done) => bar.update(done, (entries[i] as BatchEntry).name) },
  );
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
