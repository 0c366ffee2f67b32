/**
 * XSD validation with a schema set that is not (yet) in `schemas/catalog.json`: its files are unknown, so the
 * set is whatever `.xsd` files lie in its folder below the schema root, and the entry schema is found by target
 * namespace. A standard's version folder describes the set ({@link SchemaFolder}); loading, entry detection and
 * validation are the same for every standard. Nothing is fetched from the network; includes and imports must
 * resolve inside the folder.
 */
import { host } from "#host";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../result.ts";
import { safeDecodeXml } from "../xml/decode.ts";
import { notInCacheReason, resolveSchemaRootSource, type SchemaRootOptions, xsdSkippedDiagnostic } from "./schemas.ts";
import { type SchemaSet, safeCreateXsdValidator, type XsdReport } from "./xsd.ts";

/** A schema set located by folder rather than by a catalogue file list. */
export interface SchemaFolder {
  /** Stable identifier of the set. */
  readonly id: string;
  /** Name of the set for messages: standard and version. */
  readonly label: string;
  /** Target namespace the entry schema must declare. */
  readonly namespace: string;
  /** Where the official set is published (for messages). */
  readonly xrepositoryUrn: string;
  /** Folder of the set below a schema root, `/`-separated. */
  readonly directory: string;
}

/** Options of {@link safeLoadSchemaFolder} and {@link safeValidateWithSchemaFolder}. */
export interface SchemaFolderOptions extends SchemaRootOptions {
  /** Entry schema, relative to the set's folder; found by target namespace when absent. */
  readonly entry?: string;
  /** Target namespace the entry schema must declare (default: the set's). */
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
 * Loads every `.xsd` of `<schema root>/<directory>/` (sub-folders included). Success with `data: undefined`
 * and an `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder does not
 * exist or holds no schema with the target namespace. The entry schema is the file with the target namespace
 * that no other file includes (or `options.entry`).
 */
export async function safeLoadSchemaFolder(set: SchemaFolder, options: SchemaFolderOptions = {}): Promise<Result<SchemaSet | undefined>> {
  const found = resolveSchemaRootSource(options);
  if (found === undefined) return success(undefined, [xsdSkippedDiagnostic(undefined, options.file)]);
  const root = found.root;
  const dir = host.joinPath(root, ...set.directory.split("/"));
  if (found.source === "cache" && !host.exists(dir))
    return success(undefined, [xsdSkippedDiagnostic(notInCacheReason(root, set.id), options.file)]);
  let names: string[];
  try {
    names = (await host.readDirectory(dir, { recursive: true })).filter((n) => n.toLowerCase().endsWith(".xsd")).sort();
  } catch {
    return failure([
      loadFailed(`the folder ${dir} of the official ${set.label} schema set does not exist (XRepository ${set.xrepositoryUrn})`),
    ]);
  }
  const files: Record<string, Uint8Array> = {};
  const texts = new Map<string, string>();
  for (const n of names) {
    const bytes = await host.readFile(host.joinPath(dir, ...n.split("/")));
    files[n] = bytes;
    // Only scanned for targetNamespace and schemaLocation; an undecodable schema is reported when it is compiled.
    texts.set(n, safeDecodeXml(bytes).data?.text ?? "");
  }
  const namespace = options.namespace ?? set.namespace;
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
  return success({ id: set.id, entry, files, namespace });
}

/**
 * Validates a document against a schema folder. Succeeds with an `xsd-skipped` info when no schema root is
 * configured (the report then has `skipped: true` and `valid: false`: nothing was validated); fails with `xsd-invalid` findings or `schema-load-failed`. `prefix` is the canonical prefix of
 * the target namespace in diagnostic paths.
 */
export async function safeValidateWithSchemaFolder(
  xml: string | Uint8Array,
  set: SchemaFolder,
  prefix: string,
  options: SchemaFolderOptions = {},
): Promise<Result<XsdReport>> {
  const loaded = await safeLoadSchemaFolder(set, options);
  if (!loaded.success) return failure(loaded.diagnostics);
  if (loaded.data === undefined) return success({ valid: false, skipped: true, diagnostics: loaded.diagnostics }, loaded.diagnostics);
  const validator = await safeCreateXsdValidator(loaded.data);
  if (!validator.success) return failure(validator.diagnostics);
  try {
    const namespace = options.namespace ?? set.namespace;
    const report = validator.data.validate(xml, {
      prefixes: { [namespace]: prefix, "http://www.w3.org/2001/XMLSchema-instance": "xsi" },
      ...(options.file !== undefined && { file: options.file }),
    });
    if (!report.valid) return failure(report.diagnostics as [Diagnostic, ...Diagnostic[]], report);
    return success(report, report.diagnostics);
  } finally {
    validator.data.dispose();
  }
}
