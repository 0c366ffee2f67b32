/**
 * The staged pipeline every standard runs through: xml → detect → xsd → model → rules. Each stage's
 * state is recorded in the report; the XSD stage is `skipped` (with an info diagnostic and a hint)
 * when no schema set is available. The pipeline knows no standard: a caller passes, per namespace,
 * which schema set validates it and how to map the tree to a model.
 */
import { capDiagnostics } from "../diagnostics/cap.ts";
import { diagnostic, hasErrors } from "../diagnostics/create.ts";
import type { Diagnostic, Stage } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../result.ts";
import type { XmlElement } from "../xml/node.ts";
import { canonicalName, type PrefixMap } from "../xml/path.ts";
import { DEFAULT_READ_LIMITS, type ReadOptions, readXml } from "../xml/read.ts";
import { findSchemaCatalogEntry, findSchemaFolderEntry } from "./catalog.ts";
import type { Report, ReportGap, RuleInfo, SkippedRule, StageStatus, Validity } from "./report.ts";
import { safeLoadSchemaFolder } from "./schema-folder.ts";
import { type LoadedSchemaSet, resolveSchemaRoot, type SchemaRootOptions, safeLoadSchemaSet } from "./schemas.ts";
import { type SchemaSet, safeCreateXsdValidator, type XsdValidator } from "./xsd.ts";

/** How one namespace is handled by the pipeline. */
export interface PipelineStandard<T> {
  /** Human-readable name and version, e.g. `XDatenfelder 3.0.0`. */
  readonly standard: string;
  /**
   * Catalogue id of the official schema set (see schemas/catalog.json): a set with its files (`sets`), or one
   * the user supplies as a folder (`folderSets`); absent when the catalogue has none.
   */
  readonly schemaSetId?: string | undefined;
  /** Canonical prefixes for paths. */
  readonly prefixes: PrefixMap;
  /** Maps the root element to the model, with at most `options.maxDiagnostics` findings when given. */
  readonly model: (root: XmlElement, file: string | undefined, options?: { readonly maxDiagnostics?: number | undefined }) => Result<T>;
  /**
   * Rules on the model (run when the model stage found no error); absent = the rules stage is skipped. A finding
   * with the code and path of a model-stage finding is not reported a second time.
   */
  readonly rules?: ((data: T, file: string | undefined) => RuleStageResult) | undefined;
}

/** What the rules stage of a {@link PipelineStandard} found, and which rules ran or were skipped. */
export interface RuleStageResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly rulesExecuted?: readonly RuleInfo[];
  readonly rulesSkipped?: readonly SkippedRule[];
}

/**
 * Options of {@link runPipeline}.
 *
 * @example
 * ```ts
 * import { type PipelineOptions, runPipeline } from "fim-xoev/validation";
 * import { NAMESPACE, PREFIXES, SCHEMA_SET_ID, safeParseElement } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: Uint8Array;
 * const options: PipelineOptions = { schemas: "/srv/xsd", file: "S00000000362.xml", maxDiagnostics: 200 };
 * const { report } = await runPipeline(
 *   xml,
 *   { [NAMESPACE]: { standard: "XDatenfelder 3.0.0", schemaSetId: SCHEMA_SET_ID, prefixes: PREFIXES, model: (root) => safeParseElement(root, {}) } },
 *   options,
 * );
 * console.log(report.diagnostics.length);
 * ```
 */
export interface PipelineOptions extends SchemaRootOptions, Omit<ReadOptions, "prefixes"> {
  /** Run the XSD stage (default `true`; without a schema root it is skipped with a hint either way). */
  readonly xsd?: boolean;
  /**
   * Shares loaded schema sets and their validators between calls that pass the same object (one batch of
   * files, see {@link createPipelineCache}): the schema files are read, checksummed and fingerprinted once per
   * set instead of once per document. Without it every call loads the set again (the compiled schema itself
   * is cached per process either way).
   */
  readonly cache?: PipelineCache;
  /**
   * Schema sets held in memory (e.g. from `safeSchemaSetFromFiles` of `fim-xoev/validation`, or in a browser,
   * which has no schema root): a set whose `id` is the standard's catalogue id is used instead of loading one from
   * the schema root.
   */
  readonly schemaSets?: readonly SchemaSet[];
}

/** What {@link runPipeline} keeps between calls with the same {@link PipelineOptions.cache}. */
export interface PipelineCache {
  /** Per schema root and set id: the outcome of loading the set and compiling its validator. */
  readonly xsd: Map<string, Promise<XsdSetup>>;
}

/** The XSD stage's setup for one schema set, shared through a {@link PipelineCache}. */
export interface XsdSetup {
  readonly loaded: Result<LoadedSchemaSet | SchemaSet | undefined>;
  readonly validator: Result<XsdValidator> | undefined;
}

/**
 * A new, empty cache for {@link PipelineOptions.cache}; keep it for one batch of documents.
 *
 * @example
 * ```ts
 * import { createPipelineCache } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const files: readonly { readonly name: string; readonly xml: string }[];
 * // the schema set is read and checksummed once for the whole batch
 * const cache = createPipelineCache();
 * for (const { name, xml } of files) {
 *   const result = await validate(xml, { file: name, schemas: "/srv/xsd", cache });
 *   console.log(name, result.validity);
 * }
 * ```
 */
export function createPipelineCache(): PipelineCache {
  return { xsd: new Map() };
}

/** Loads a set of the catalogue: by its file list, or from its folder when the catalogue knows it without files. */
async function loadSet(schemaSetId: string, options: PipelineOptions): Promise<Result<SchemaSet | undefined>> {
  if (findSchemaCatalogEntry(schemaSetId) !== undefined) return safeLoadSchemaSet(schemaSetId, options);
  const folder = findSchemaFolderEntry(schemaSetId);
  if (folder === undefined) return safeLoadSchemaSet(schemaSetId, options); // the unknown-set failure
  const { file: _file, ...rest } = options;
  const loaded = await safeLoadSchemaFolder(
    { ...folder, label: `${folder.standard} ${folder.version}`, xrepositoryUrn: folder.xrepositoryUrn ?? "" },
    rest,
  );
  return loaded.success ? success(loaded.data, loaded.diagnostics) : failure(loaded.diagnostics);
}

async function setUpXsd(schemaSetId: string, options: PipelineOptions): Promise<XsdSetup> {
  const inMemory = options.schemaSets?.find((s) => s.id === schemaSetId);
  if (inMemory !== undefined) return { loaded: success(inMemory), validator: await safeCreateXsdValidator(inMemory) };
  const loaded = await loadSet(schemaSetId, options);
  const validator = loaded.success && loaded.data !== undefined ? await safeCreateXsdValidator(loaded.data) : undefined;
  return { loaded, validator };
}

/** A report plus the model, when the model stage produced one. */
export interface PipelineResult<T> {
  readonly report: Report;
  readonly data: T | undefined;
}

/**
 * Runs the pipeline on one document. `standards` maps a namespace URI to its handling; a document in
 * another namespace fails the detect stage.
 *
 * @example
 * ```ts
 * import { runPipeline } from "fim-xoev/validation";
 * import { NAMESPACE, PREFIXES, SCHEMA_SET_ID, safeParseElement } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // the stages xml → detect → xsd → model for one namespace of your choice
 * const { report, data } = await runPipeline(
 *   xml,
 *   {
 *     [NAMESPACE]: {
 *       standard: "XDatenfelder 3.0.0",
 *       schemaSetId: SCHEMA_SET_ID,
 *       prefixes: PREFIXES,
 *       model: (root, file) => safeParseElement(root, file === undefined ? {} : { file }),
 *     },
 *   },
 *   { schemas: "/srv/xsd", file: "S00000000362.xml" },
 * );
 * console.log(report.stages, data?.kind);
 * ```
 */
export async function runPipeline<T>(
  xml: string | Uint8Array,
  standards: Readonly<Record<string, PipelineStandard<T>>>,
  options: PipelineOptions = {},
): Promise<PipelineResult<T>> {
  const file = options.file;
  const maxDiagnostics = options.maxDiagnostics ?? DEFAULT_READ_LIMITS.maxDiagnostics;
  const diagnostics: Diagnostic[] = [];
  const stages: { stage: Stage; status: StageStatus }[] = [];
  const incomplete: ReportGap[] = [];
  // Each stage caps its own findings; the report holds at most `maxDiagnostics` of all stages together, plus one
  // `diagnostics-truncated` for the rest.
  let rulesExecuted: readonly RuleInfo[] = [];
  let rulesSkipped: readonly SkippedRule[] = [];
  const finish = (completed: boolean, standard?: string, data?: T): PipelineResult<T> => ({
    report: {
      file,
      standard,
      completed,
      stages,
      diagnostics: capDiagnostics(diagnostics, maxDiagnostics, file),
      rulesExecuted,
      rulesSkipped,
      ...(incomplete.length > 0 && { incomplete }),
    },
    data,
  });
  /** The XSD stage did not run: say so in the stages and in `incomplete`. */
  const skipXsd = (reason: string, requested: boolean): void => {
    stages.push({ stage: "xsd", status: "skipped" });
    incomplete.push({ stage: "xsd", reason, requested });
  };
  const allPrefixes: Record<string, string> = {};
  for (const s of Object.values(standards)) Object.assign(allPrefixes, s.prefixes);

  // xml
  const read = readXml(xml, { ...options, prefixes: allPrefixes });
  diagnostics.push(...read.diagnostics);
  stages.push({ stage: "xml", status: read.success ? "passed" : "failed" });
  if (!read.success) return finish(false);
  const root = read.data.root;

  // detect
  const std = Object.hasOwn(standards, root.namespace) ? standards[root.namespace] : undefined;
  if (std === undefined) {
    diagnostics.push(
      diagnostic({
        code: "unknown-namespace",
        params: { namespace: root.namespace, element: root.local },
        severity: "fatal",
        stage: "detect",
        path: `/${canonicalName(root.namespace, root.local, allPrefixes)}`,
        location: { line: root.line, column: root.column },
        file,
      }),
    );
    stages.push({ stage: "detect", status: "failed" });
    return finish(false);
  }
  stages.push({ stage: "detect", status: "passed" });

  // xsd
  if (options.xsd === false) {
    skipXsd("the caller switched the XSD stage off (xsd: false)", true);
  } else if (std.schemaSetId === undefined) {
    const reason = `no official schema set is available for ${std.standard}`;
    diagnostics.push(diagnostic({ code: "xsd-skipped", params: { reason }, severity: "info", stage: "xsd", path: "/", file }));
    skipXsd(reason, false);
  } else {
    let setup: Promise<XsdSetup>;
    // A set given in memory bypasses the pipeline cache (the compiled schema is still shared by content).
    const inMemory = options.schemaSets?.some((s) => s.id === std.schemaSetId) === true;
    if (options.cache === undefined || inMemory) setup = setUpXsd(std.schemaSetId, options);
    else {
      const key = `${resolveSchemaRoot(options) ?? ""}\u0000${std.schemaSetId}`;
      const known = options.cache.xsd.get(key);
      setup = known ?? setUpXsd(std.schemaSetId, options);
      if (known === undefined) options.cache.xsd.set(key, setup);
    }
    const { loaded, validator } = await setup;
    const withFile = (d: Diagnostic): Diagnostic => (file === undefined || d.file !== undefined ? d : { ...d, file });
    diagnostics.push(...loaded.diagnostics.map(withFile));
    if (!loaded.success) {
      stages.push({ stage: "xsd", status: "failed" });
    } else if (loaded.data === undefined || validator === undefined) {
      const info = loaded.diagnostics.find((d) => d.code === "xsd-skipped");
      skipXsd(info?.code === "xsd-skipped" ? info.params.reason : "no schema set is configured", false);
    } else {
      diagnostics.push(...validator.diagnostics.map(withFile));
      if (!validator.success) {
        stages.push({ stage: "xsd", status: "failed" });
      } else {
        const r = validator.data.validate(xml, { file, prefixes: std.prefixes, maxDiagnostics });
        diagnostics.push(...r.diagnostics);
        stages.push({ stage: "xsd", status: r.valid ? "passed" : "failed" });
      }
    }
  }

  // model
  const model = std.model(root, file, { maxDiagnostics });
  diagnostics.push(...model.diagnostics);
  stages.push({ stage: "model", status: hasErrors(model.diagnostics) ? "failed" : "passed" });
  if (model.data === undefined) return finish(false, std.standard);

  // rules
  if (std.rules === undefined || !model.success) {
    stages.push({ stage: "rules", status: "skipped" });
    return finish(std.rules === undefined, std.standard, model.data);
  }
  const run = std.rules(model.data, file);
  const seen = new Set(model.diagnostics.map((d) => `${d.code} ${d.path}`));
  const found = run.diagnostics.filter((d) => !seen.has(`${d.code} ${d.path}`));
  rulesExecuted = run.rulesExecuted ?? [];
  rulesSkipped = run.rulesSkipped ?? [];
  diagnostics.push(...found);
  stages.push({ stage: "rules", status: hasErrors(found) ? "failed" : "passed" });
  return finish(true, std.standard, model.data);
}

/**
 * Options of {@link isValid}.
 *
 * @example
 * ```ts
 * import { isValid, type IsValidOptions } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // a preview without the official XSDs: accept the model stage's simple-type checks
 * const options: IsValidOptions = { requireXsd: false };
 * const { report } = await validate(xml);
 * console.log(isValid(report, options));
 * ```
 */
export interface IsValidOptions {
  /**
   * Say valid only when the XSD stage ran (default `true`). With `false` the caller accepts a report whose XSD
   * stage was skipped: the model stage still enforced the XSD's simple-type facets, not its whole structure.
   */
  readonly requireXsd?: boolean;
}

/**
 * True when no stage of the report holds an error or fatal finding and every stage that defines validity ran.
 * A report whose XSD stage was skipped ({@link Report.incomplete}) is not valid unless `requireXsd: false`.
 *
 * @example
 * ```ts
 * import { isValid } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const { report } = await validate(xml, { schemas: "/srv/xsd" });
 * // false when a stage found an error, and when the XSD stage could not run
 * if (!isValid(report)) process.exitCode = 1;
 * ```
 */
export function isValid(report: Report, options: IsValidOptions = {}): boolean {
  if (hasErrors(report.diagnostics) || report.stages.some((s) => s.status === "failed")) return false;
  const gaps = report.incomplete ?? [];
  return options.requireXsd === false ? gaps.every((g) => g.stage === "xsd") : gaps.length === 0;
}

/**
 * What the report says about validity: `valid`, `invalid`, or `valid-without-xsd` (see {@link Validity}).
 *
 * @example
 * ```ts
 * import { validityOf } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v2";
 *
 * declare const xml: string;
 * const { report } = await validate(xml);
 * // "valid-without-xsd": nothing found, but the XSD stage did not run (no schemas configured)
 * console.log(validityOf(report));
 * ```
 */
export function validityOf(report: Report): Validity {
  if (!isValid(report, { requireXsd: false })) return "invalid";
  return isValid(report) ? "valid" : "valid-without-xsd";
}
