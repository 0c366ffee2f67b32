/**
 * XSD validation of XZuFi 2.3.1 with the official schema set — which is **not** part of this library: no XZuFi
 * XSD is publicly available in any repository. Obtain it from XRepository
 * (`https://www.xrepository.de/details/urn:xoev-de:fim:standard:xzufi`), unpack it into a directory, and pass
 * that directory plus an XSD engine (`validator`) — e.g. the library's libxml2-wasm adapter or `xmllint`.
 * Without both, validation is skipped with an `xsd-skipped` finding; it never fails silently.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { hasErrors } from "../../core/diagnostics/create.ts";
import { failure, success, type Result } from "../../core/result.ts";
import { NAMESPACE, VERSION } from "./namespace.ts";

/** Catalogue entry of the official schema set (file list unknown until the set is obtained). */
export const XSD_SCHEMA_SET = {
  /** Stable identifier. */
  id: `xzufi-${VERSION}`,
  standard: "XZuFi",
  version: VERSION,
  /** Target namespace the entry schema must declare. */
  namespace: NAMESPACE,
  /** Where the official set is published. */
  xrepositoryUrn: "urn:xoev-de:fim:standard:xzufi",
  /** Conventional folder of the set below a schema root. */
  directory: `xzufi/${VERSION}`,
} as const;

/** An XSD engine: validates a document against an entry schema file and returns its findings (stage `xsd`). */
export type XsdValidator = (xml: string, entrySchemaFile: string) => Promise<readonly Diagnostic[]> | readonly Diagnostic[];

/** Options of {@link safeValidateXsd}. */
export interface XsdValidateOptions {
  /**
   * Directory of the official schema set, or a schema root that contains it under
   * {@link XSD_SCHEMA_SET}`.directory`.
   */
  readonly schemaDir?: string;
  /** Entry schema file name within the set; found by target namespace when absent. */
  readonly entry?: string;
  /** The XSD engine. */
  readonly validator?: XsdValidator;
  /** Target namespace the entry schema must declare (default {@link NAMESPACE}). */
  readonly namespace?: string;
  /** File name to put into diagnostics. */
  readonly file?: string;
}

function skipped(reason: string, file: string | undefined): Result<void> {
  return success(undefined, [diagnostic({ code: "xsd-skipped", params: { reason }, severity: "info", stage: "xsd", path: "/", file })]);
}

async function xsdFiles(dir: string): Promise<string[] | undefined> {
  try {
    return (await readdir(dir)).filter((f) => f.toLowerCase().endsWith(".xsd")).sort();
  } catch {
    return undefined;
  }
}

/**
 * Finds the entry schema of the set in a directory: among the `.xsd` files whose `targetNamespace` is
 * {@link NAMESPACE}, the one no other file includes (the message schema). Returns the file path.
 */
export async function safeLocateXsd(schemaDir: string, entry?: string, namespace: string = NAMESPACE): Promise<Result<string>> {
  let dir = schemaDir;
  let files = await xsdFiles(join(schemaDir, XSD_SCHEMA_SET.directory));
  if (files !== undefined && files.length > 0) dir = join(schemaDir, XSD_SCHEMA_SET.directory);
  else files = await xsdFiles(schemaDir);
  const fail = (reason: string) => failure<string>([diagnostic({ code: "schema-load-failed", params: { reason }, severity: "fatal", stage: "xsd", path: "/" })]);
  if (files === undefined || files.length === 0) return fail(`no .xsd files in ${schemaDir}`);
  if (entry !== undefined) return files.includes(entry) ? success(join(dir, entry)) : fail(`${entry} is not in ${dir}`);
  const texts = new Map<string, string>();
  for (const f of files) texts.set(f, await readFile(join(dir, f), "utf8"));
  const inNamespace = files.filter((f) => new RegExp(`targetNamespace\\s*=\\s*["']${namespace.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`).test(texts.get(f) ?? ""));
  if (inNamespace.length === 0) return fail(`no schema in ${dir} has the target namespace ${namespace}`);
  const included = new Set<string>();
  for (const t of texts.values()) for (const m of t.matchAll(/schemaLocation\s*=\s*["']([^"']+)["']/g)) included.add((m[1] ?? "").split("/").pop() ?? "");
  const roots = inNamespace.filter((f) => !included.has(f));
  const chosen = roots[0] ?? inNamespace[0];
  return chosen === undefined ? fail("no entry schema found") : success(join(dir, chosen));
}

/**
 * Validates a document against the official XZuFi 2.3.1 schema set with the given engine. Succeeds with an
 * `xsd-skipped` info when no schema directory or no engine is given; fails with the engine's findings or with
 * `schema-load-failed` when the set cannot be found.
 */
export async function safeValidateXsd(xml: string, options: XsdValidateOptions = {}): Promise<Result<void>> {
  if (options.schemaDir === undefined) return skipped("no directory with the official XZuFi 2.3.1 schema set was given (XRepository urn:xoev-de:fim:standard:xzufi)", options.file);
  if (options.validator === undefined) return skipped("no XSD engine was given", options.file);
  const entry = await safeLocateXsd(options.schemaDir, options.entry, options.namespace);
  if (!entry.success) return failure(entry.diagnostics);
  const findings = [...(await options.validator(xml, entry.data))];
  if (hasErrors(findings)) return failure(findings as [Diagnostic, ...Diagnostic[]]);
  return success(undefined, findings);
}
