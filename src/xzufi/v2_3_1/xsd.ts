/**
 * XSD validation of XZuFi 2.3.1 with the official schema set — which is **not** part of this library: no XZuFi
 * XSD is publicly available in any repository, and the set is not yet in `schemas/catalog.json` (its file list
 * and checksums are unknown). To validate:
 *
 * 1. Download the set from XRepository (`https://www.xrepository.de/details/urn:xoev-de:fim:standard:xzufi`).
 * 2. Unpack every `.xsd` of it into `<schema root>/xzufi/2.3.1/` (sub-folders are fine).
 * 3. Name the schema root with the `schemas` option, or the environment variable `FIM_XOEV_SCHEMAS`.
 *
 * The entry schema is the file with the XZuFi target namespace that no other file includes (or `entry`).
 * Validation runs on the library's libxml2 engine (`core/validation/xsd.ts`): nothing is fetched from the
 * network; includes and imports must resolve inside the folder. Without a schema root the XSD stage is skipped
 * with an `xsd-skipped` info.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../../core/result.ts";
import { resolveSchemaRoot, type SchemaRootOptions, xsdSkippedDiagnostic } from "../../core/validation/schemas.ts";
import { type SchemaSet, safeCreateXsdValidator, type XsdReport } from "../../core/validation/xsd.ts";
import { NAMESPACE, PREFIX, VERSION, XSI_NAMESPACE } from "./namespace.ts";

/**
 * What `schemas/catalog.json` needs for this set once the official files are obtained: the `files` list with
 * SHA-256 sums and the `entry` are still unknown.
 */
export const XSD_SCHEMA_SET = {
  /** Stable identifier. */
  id: `xzufi-${VERSION}`,
  standard: "XZuFi",
  version: VERSION,
  /** Target namespace the entry schema must declare. */
  namespace: NAMESPACE,
  /** Where the official set is published. */
  xrepositoryUrn: "urn:xoev-de:fim:standard:xzufi",
  /** Folder of the set below a schema root. */
  directory: `xzufi/${VERSION}`,
} as const;

/** Options of {@link safeLoadXsdSchemaSet} and {@link safeValidateXsd}. */
export interface XsdOptions extends SchemaRootOptions {
  /** Entry schema, relative to the set's folder; found by target namespace when absent. */
  readonly entry?: string;
  /** Target namespace the entry schema must declare (default {@link NAMESPACE}). */
  readonly namespace?: string;
  /** File name to put into diagnostics. */
  readonly file?: string;
}

function loadFailed(reason: string): Diagnostic {
  return diagnostic({ code: "schema-load-failed", params: { reason }, severity: "error", stage: "xsd", path: "/" });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Loads the official schema set from `<schema root>/xzufi/2.3.1/`. Success with `data: undefined` and an
 * `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder holds no schema
 * with the XZuFi target namespace.
 */
export async function safeLoadXsdSchemaSet(options: XsdOptions = {}): Promise<Result<SchemaSet | undefined>> {
  const root = resolveSchemaRoot(options);
  if (root === undefined) return success(undefined, [xsdSkippedDiagnostic(undefined, options.file)]);
  const dir = join(root, ...XSD_SCHEMA_SET.directory.split("/"));
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true }))
      .map((n) => n.split("\\").join("/"))
      .filter((n) => n.toLowerCase().endsWith(".xsd"))
      .sort();
  } catch {
    return failure([
      loadFailed(
        `the folder ${dir} of the official XZuFi ${VERSION} schema set does not exist (XRepository ${XSD_SCHEMA_SET.xrepositoryUrn})`,
      ),
    ]);
  }
  const files: Record<string, Uint8Array> = {};
  const texts = new Map<string, string>();
  for (const n of names) {
    const bytes = await readFile(join(dir, ...n.split("/")));
    files[n] = bytes;
    texts.set(n, new TextDecoder().decode(bytes));
  }
  const namespace = options.namespace ?? NAMESPACE;
  let entry = options.entry;
  if (entry === undefined) {
    const targets = new RegExp(`targetNamespace\\s*=\\s*["']${escapeRegExp(namespace)}["']`);
    const inNamespace = names.filter((n) => targets.test(texts.get(n) ?? ""));
    const included = new Set<string>();
    for (const t of texts.values())
      for (const m of t.matchAll(/schemaLocation\s*=\s*["']([^"']+)["']/g)) included.add((m[1] ?? "").split("/").pop() ?? "");
    entry = inNamespace.find((n) => !included.has(n.split("/").pop() ?? "")) ?? inNamespace[0];
    if (entry === undefined) return failure([loadFailed(`no schema in ${dir} has the target namespace ${namespace}`)]);
  } else if (files[entry] === undefined) {
    return failure([loadFailed(`${entry} is not in ${dir}`)]);
  }
  return success({ id: XSD_SCHEMA_SET.id, entry, files, namespace });
}

/**
 * Validates a document against the official XZuFi 2.3.1 schema set (see the module comment for where to put
 * it). Succeeds with an `xsd-skipped` info when no schema root is configured; fails with `xsd-invalid` findings
 * or `schema-load-failed`.
 */
export async function safeValidateXsd(xml: string | Uint8Array, options: XsdOptions = {}): Promise<Result<XsdReport>> {
  const set = await safeLoadXsdSchemaSet(options);
  if (!set.success) return failure(set.diagnostics);
  if (set.data === undefined) return success({ valid: true, diagnostics: set.diagnostics }, set.diagnostics);
  const validator = await safeCreateXsdValidator(set.data);
  if (!validator.success) return failure(validator.diagnostics);
  try {
    const namespace = options.namespace ?? NAMESPACE;
    const report = validator.data.validate(xml, {
      prefixes: { [namespace]: PREFIX, [XSI_NAMESPACE]: "xsi" },
      ...(options.file !== undefined && { file: options.file }),
    });
    if (!report.valid) return failure(report.diagnostics as [Diagnostic, ...Diagnostic[]], report);
    return success(report, report.diagnostics);
  } finally {
    validator.data.dispose();
  }
}

/**
 * Validates a document against the official schema set.
 *
 * @throws {XoevError} with the XSD findings, or when the set cannot be loaded.
 */
export async function validateXsd(xml: string | Uint8Array, options?: XsdOptions): Promise<XsdReport> {
  return unwrap(await safeValidateXsd(xml, options));
}
