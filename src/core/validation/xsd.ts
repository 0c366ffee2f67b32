/**
 * XSD validation: compile a schema set once, validate many documents, with one of two engines.
 *
 * - `js` (`core/xsd/`): the set compiled into components the library checks itself, on the tree the reader
 *   built; no WebAssembly, no second parse. It implements what the FIM/XÖV schemas use; a set with any other
 *   construct (identity constraints, substitution groups, `xs:all`, …) is not compiled by it at all.
 * - `libxml2` (libxml2-wasm): the reference engine, for every schema.
 * - `auto` (default): `js` when it compiles the set, else `libxml2` (the validator's `fallbackReason` says why).
 *
 * About the libxml2 engine:
 * - The engine is loaded through `#xsd-engine` (`core/platform/xsd-engine.ts`): lazily with
 *   `await import("libxml2-wasm")` in Node (it uses top-level await, so it cannot be `require()`d; the dynamic
 *   import also works from a CJS build), statically in a browser bundle (where a lazily inlined top-level await
 *   never settles).
 * - Schema files are served from memory by one process-global input provider under virtual URLs
 *   `mem:///fim-xoev/<set key>/<path>`. Before compiling, every `xs:include`/`xs:import`/`xs:redefine`/
 *   `xs:override` reachable from the entry is checked to resolve to a file of the same set, so nothing is
 *   ever fetched from the network or read from disk.
 * - Instance documents with a `<!DOCTYPE` are rejected before libxml2 sees them; the rest is parsed without
 *   entity substitution and with `XML_PARSE_NONET | XML_PARSE_NO_XXE`.
 * - libxml2 reports a line but no column. Its XPath of the failing node uses the document's own prefixes; it
 *   is resolved against the parsed document and rewritten with the caller's canonical prefixes.
 */

import type * as Libxml2 from "libxml2-wasm";
import { loadXsdEngine } from "#xsd-engine";
import { capDiagnostics, OmittedDiagnostics } from "../diagnostics/cap.ts";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { XoevError } from "../errors.ts";
import { failure, type Result, success } from "../result.ts";
import { safeCheckXml } from "../xml/decode.ts";
import type { XmlElement as TreeElement } from "../xml/node.ts";
import { canonicalName, type PrefixMap } from "../xml/path.ts";
import { DEFAULT_READ_LIMITS, loneSurrogateOffset, readXml } from "../xml/read.ts";
import { type CompiledSchemaSet, compileSchemaSet, type TreeValidation, validateTree } from "../xsd/index.ts";
import { findDoctype } from "./doctype.ts";
import { originalPatternsIn, type PatternRewrite, rewritePatterns } from "./pattern-rewrite.ts";

/** An XSD schema set in memory: every file of the set by its relative path. */
export interface SchemaSet {
  /** Identifier, e.g. the catalogue id `xdatenfelder-3.0.0`. Part of the virtual URLs of the files. */
  readonly id: string;
  /** The schema document to compile: a key of `files`. */
  readonly entry: string;
  /**
   * Every file of the set, keyed by relative path with `/` separators (`xoev-code.xsd`, `common/types.xsd`).
   * Includes and imports resolve relative to the including file and must name one of these keys.
   */
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** Target namespace of the entry schema, when known. */
  readonly namespace?: string;
}

/** Which engine validates: `auto` (default) takes `js` when it compiles the set, else `libxml2`. */
export type XsdEngineChoice = "auto" | "js" | "libxml2";

/** The engine that validated a document (see {@link XsdEngineChoice}). */
export type XsdEngineName = "js" | "libxml2";

/**
 * Options of {@link createXsdValidator}.
 *
 * @example
 * ```ts
 * import { createXsdValidator, loadSchemaSet, type XsdValidatorOptions } from "fim-xoev/validation";
 *
 * declare const xml: string;
 * const set = await loadSchemaSet("xdatenfelder-3.0.0", { schemas: "/srv/xsd" });
 * // the js engine when it compiles the set (else libxml2); a private compiled copy that dispose() frees
 * const options: XsdValidatorOptions = { engine: "auto", cache: false };
 * const validator = await createXsdValidator(set, options);
 * console.log(validator.engine, validator.fallbackReason ?? "", validator.validate(xml).valid);
 * validator.dispose();
 * ```
 */
export interface XsdValidatorOptions {
  /**
   * The engine (default `auto`): `js` validates the reader's tree without WebAssembly and fails with
   * `schema-load-failed` on a set it does not support; `libxml2` always uses libxml2-wasm; `auto` takes `js`
   * when it supports the set, else `libxml2`.
   */
  readonly engine?: XsdEngineChoice;
  /** Compile another top-level schema of the set than `set.entry` (e.g. `xdatenfelder_verzeichnis.xsd`). */
  readonly entry?: string;
  /**
   * Share the compiled schema through the process-wide cache (default `true`): the same set (same files,
   * same entry) is compiled once per process and kept until {@link clearXsdValidatorCache}. With `false`
   * the validator compiles a private copy, which its `dispose()` frees.
   */
  readonly cache?: boolean;
  /**
   * Compile XÖV String.Latin patterns in their deterministic equivalent (default `true`): the same strings
   * are accepted and rejected, messages name the schema's own pattern, and validation takes about a quarter
   * less time (see `pattern-rewrite.ts`). `false` compiles every file exactly as it is.
   */
  readonly optimizePatterns?: boolean;
}

/**
 * Options of {@link XsdValidator.validate}.
 *
 * @example
 * ```ts
 * import { createXsdValidator, loadSchemaSet, type XsdValidateOptions } from "fim-xoev/validation";
 * import { PREFIXES } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const validator = await createXsdValidator(await loadSchemaSet("xdatenfelder-3.0.0", { schemas: "/srv/xsd" }));
 * const options: XsdValidateOptions = { file: "S00000000362.xml", prefixes: PREFIXES, maxDiagnostics: 50 };
 * for (const d of validator.validate(xml, options).diagnostics) console.log(d.location?.line, d.message);
 * ```
 */
export interface XsdValidateOptions {
  /** File name to put into the diagnostics. */
  readonly file?: string;
  /** Canonical prefixes (namespace URI → prefix) for the paths of the diagnostics, e.g. `{ "urn:…_3.0.0": "xdf3" }`. */
  readonly prefixes?: PrefixMap;
  /**
   * The root element the reader built from this same `xml` (`readXml(xml).data.root`): the `js` engine
   * validates it instead of reading the document again. The `libxml2` engine ignores it. Internal: the reader's
   * tree is not public API (the pipeline passes it).
   *
   * @internal
   */
  readonly tree?: TreeElement;
  /**
   * At most this many findings (default `DEFAULT_READ_LIMITS.maxDiagnostics`); the rest of libxml2's errors are
   * counted, not located, and summed up in one `diagnostics-truncated`.
   */
  readonly maxDiagnostics?: number;
}

/** The outcome of validating one document. */
export interface XsdReport {
  /** True when there is no finding of severity `error` or `fatal`. */
  readonly valid: boolean;
  /** The engine that validated (absent when nothing was validated). */
  readonly engine?: XsdEngineName;
  /**
   * `xsd-invalid` (stage `xsd`; line and column from the `js` engine, a line only from `libxml2`) for every schema violation; `not-well-formed` or
   * `doctype-not-allowed` (stage `xml`, fatal) when the document could not be parsed; for bytes, the reader's
   * decoding diagnostics (`invalid-byte-sequence`, `unsupported-encoding`, `encoding-mismatch`, stage `xml`).
   */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * True when no schema was applied (no schema root configured, `xsd-skipped` info): then `valid` is false,
   * since nothing was validated.
   */
  readonly skipped?: boolean;
}

/** A compiled schema set that validates documents. Call `dispose()` when done. */
export interface XsdValidator {
  /** The id of the schema set. */
  readonly setId: string;
  /** The compiled entry schema. */
  readonly entry: string;
  /** The engine this validator runs. */
  readonly engine: XsdEngineName;
  /** With `engine: "auto"` and libxml2 chosen: the construct the `js` engine does not support, and where. */
  readonly fallbackReason?: string;
  /** Validates one document. Never throws for problems of the document; throws `TypeError` after `dispose()`. */
  validate(xml: string | Uint8Array, options?: XsdValidateOptions): XsdReport;
  /** Releases this validator. A cached compiled schema stays cached; an uncached one is freed. Idempotent. */
  dispose(): void;
}

type Engine = typeof Libxml2;

/** Prefix of every virtual URL served by this module. */
const URL_PREFIX = "mem:///fim-xoev/";
const XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";
const REFERENCE_ELEMENTS = new Set(["include", "import", "redefine", "override"]);
/** Relative paths allowed as file keys and as schemaLocation values: no scheme, no query, no escapes. */
const SAFE_PATH = /^[A-Za-z0-9_.\-/]+$/;

let enginePromise: Promise<Engine> | undefined;
let provider: Libxml2.XmlBufferInputProvider | undefined;

function loadEngine(): Promise<Engine> {
  enginePromise ??= loadXsdEngine().catch((error: unknown) => {
    enginePromise = undefined;
    throw error;
  });
  return enginePromise;
}

/**
 * The one input provider of the process. It claims every URL under {@link URL_PREFIX}, so a reference to a
 * file that is not registered fails instead of falling through to libxml2's default loaders.
 */
function inputProvider(engine: Engine): Libxml2.XmlBufferInputProvider {
  if (provider !== undefined) return provider;
  class SchemaSetInputProvider extends engine.XmlBufferInputProvider {
    override match(filename: string): boolean {
      return filename.startsWith(URL_PREFIX);
    }
  }
  const p = new SchemaSetInputProvider({});
  if (!engine.xmlRegisterInputProvider(p)) throw new Error("libxml2 refused another input provider (callback table full)");
  provider = p;
  return p;
}

function instanceParseOptions(engine: Engine): Libxml2.ParseOption {
  const O = engine.ParseOption;
  // No XML_PARSE_NOENT: entities are never substituted (and a DOCTYPE never gets this far). COMPACT stores short
  // texts inside their nodes, as xmllint does by default: less allocation in the wasm heap, nothing else changes.
  return O.XML_PARSE_NONET | O.XML_PARSE_NO_XXE | O.XML_PARSE_BIG_LINES | O.XML_PARSE_COMPACT;
}

function schemaParseOptions(engine: Engine): Libxml2.ParseOption {
  const O = engine.ParseOption;
  return O.XML_PARSE_NONET | O.XML_PARSE_NO_XXE;
}

interface CompiledSchema {
  readonly key: string;
  readonly setId: string;
  readonly entry: string;
  readonly schema: Libxml2.XsdValidator;
  /** The entry schema document, kept alive as long as the compiled schema that was built from it. */
  readonly schemaDoc: Libxml2.XmlDocument;
  /** Patterns compiled in another (equivalent) form, to name the original in messages. */
  readonly rewrites: readonly PatternRewrite[];
  refs: number;
  /** False once the schema is no longer in the cache (or never was): freed when its last handle goes. */
  cached: boolean;
  freed: boolean;
}

const compiledCache = new Map<string, CompiledSchema>();

/**
 * Compiles a schema set (once per process for the same files and entry, see {@link XsdValidatorOptions.cache})
 * and returns a validator. Fails with `schema-load-failed` when the engine cannot be loaded, a file is missing,
 * a reference leaves the set, or libxml2 rejects the schema.
 *
 * @example
 * ```ts
 * import { loadSchemaSet, safeCreateXsdValidator } from "fim-xoev/validation";
 *
 * declare const xml: Uint8Array;
 * const created = await safeCreateXsdValidator(await loadSchemaSet("xdatenfelder-3.0.0", { schemas: "/srv/xsd" }));
 * if (created.success) {
 *   const report = created.data.validate(xml, { file: "S00000000362.xml" });
 *   console.log(report.valid, report.diagnostics.length);
 *   created.data.dispose();
 * } else console.error(created.diagnostics[0].message);
 * ```
 */
export async function safeCreateXsdValidator(set: SchemaSet, options: XsdValidatorOptions = {}): Promise<Result<XsdValidator>> {
  const entry = options.entry ?? set.entry;
  const choice = options.engine ?? "auto";
  let fallbackReason: string | undefined;
  if (choice !== "libxml2") {
    const js = await jsValidator(set, entry, options.cache !== false);
    if (js.success) return js;
    fallbackReason = js.diagnostics[0]?.code === "schema-load-failed" ? js.diagnostics[0].params.reason : "unsupported";
    if (choice === "js") return js;
  }
  let engine: Engine;
  try {
    engine = await loadEngine();
  } catch (error) {
    return failure([loadFailed(`the XSD engine libxml2-wasm could not be loaded: ${errorMessage(error)}`)]);
  }
  const optimize = options.optimizePatterns !== false;
  const key = `${safeSegment(set.id)}-${await fingerprint(set)}${optimize ? "" : "-verbatim"}`;
  const cacheKey = `${key}/${entry}`;

  let compiled: Result<CompiledSchema>;
  const known = options.cache === false ? undefined : compiledCache.get(cacheKey);
  if (known !== undefined) {
    compiled = success(known);
  } else {
    const checked = checkSchemaSet(set, entry);
    if (checked !== undefined) return failure([loadFailed(checked)]);
    compiled = compile(engine, set, entry, key, options.cache !== false, optimize);
    if (compiled.success && compiled.data.cached) compiledCache.set(cacheKey, compiled.data);
  }
  if (!compiled.success) return failure(compiled.diagnostics);
  return success(handle(engine, compiled.data, fallbackReason));
}

/** Sets compiled by the `js` engine (or found unsupported), per set content and entry. */
const jsCache = new Map<string, { readonly schema: CompiledSchemaSet } | { readonly reason: string }>();

/** The `js` engine's validator of a set, or `schema-load-failed` with the reason it cannot validate it. */
async function jsValidator(set: SchemaSet, entry: string, cache: boolean): Promise<Result<XsdValidator>> {
  const cacheKey = `${safeSegment(set.id)}-${await fingerprint(set)}/${entry}`;
  let compiled = cache ? jsCache.get(cacheKey) : undefined;
  if (compiled === undefined) {
    const read = new Map<string, TreeElement>();
    const checked = checkSchemaSet(set, entry, read);
    if (checked !== undefined) return failure([loadFailed(checked)]);
    const result = compileSchemaSet(set.files, entry, read);
    compiled = result.ok
      ? { schema: result.schema }
      : { reason: `${set.id}/${entry}: the JS XSD engine does not support this set (${result.reason})` };
    if (cache) jsCache.set(cacheKey, compiled);
  }
  if ("reason" in compiled) return failure([loadFailed(compiled.reason)]);
  const schema = compiled.schema;
  let disposed = false;
  return success({
    setId: set.id,
    entry,
    engine: "js",
    validate(xml, options = {}) {
      if (disposed) throw new TypeError("XsdValidator.validate: the validator has been disposed");
      return validateWithJs(schema, xml, options);
    },
    dispose() {
      disposed = true;
    },
  });
}

function validateWithJs(schema: CompiledSchemaSet, xml: string | Uint8Array, options: XsdValidateOptions): XsdReport {
  const file = options.file;
  const maxDiagnostics = options.maxDiagnostics ?? DEFAULT_READ_LIMITS.maxDiagnostics;
  const prefixes = options.prefixes ?? {};
  let root = options.tree;
  if (root === undefined) {
    const read = readXml(xml, { file, prefixes, maxDiagnostics });
    if (!read.success) return { valid: false, diagnostics: read.diagnostics };
    root = read.data.root;
  }
  let result: TreeValidation;
  try {
    result = validateTree(schema, root, { file, prefixes, maxDiagnostics });
    if (result.sharedFindings) {
      // A finding inside a subtree the reader shared between repeats (ReadOptions.shallowRepeats) would carry the
      // first occurrence's line: read the document in full and validate that.
      const read = readXml(xml, { file, prefixes, maxDiagnostics });
      if (read.success) result = validateTree(schema, read.data.root, { file, prefixes, maxDiagnostics });
    }
  } catch (error) {
    // The walk recurses once per level: a document nested deeper than the stack allows (only with a maxDepth far
    // above the default 1 000) is a finding, never a crash.
    if (!(error instanceof RangeError)) throw error;
    const finding = diagnostic({
      code: "depth-limit-exceeded",
      params: { limit: DEFAULT_READ_LIMITS.maxDepth },
      severity: "fatal",
      stage: "xsd",
      path: "/",
      file,
    });
    return { valid: false, engine: "js", diagnostics: [finding] };
  }
  const diagnostics = result.diagnostics;
  return { valid: !diagnostics.some((d) => d.severity === "error" || d.severity === "fatal"), engine: "js", diagnostics };
}

/**
 * Like {@link safeCreateXsdValidator}, but throws an {@link XoevError} when the schema set cannot be compiled.
 *
 * @example
 * ```ts
 * import { createXsdValidator, loadSchemaSet } from "fim-xoev/validation";
 *
 * declare const documents: readonly string[];
 * // compile once, validate many
 * const validator = await createXsdValidator(await loadSchemaSet("xdatenfelder-3.0.0", { schemas: "/srv/xsd" }));
 * try {
 *   const invalid = documents.filter((xml) => !validator.validate(xml).valid);
 *   console.log(`${invalid.length} of ${documents.length} invalid`);
 * } finally {
 *   validator.dispose();
 * }
 * ```
 */
export async function createXsdValidator(set: SchemaSet, options: XsdValidatorOptions = {}): Promise<XsdValidator> {
  const result = await safeCreateXsdValidator(set, options);
  if (!result.success) throw new XoevError(result.diagnostics);
  return result.data;
}

/**
 * Empties the process-wide cache of compiled schemas. Schemas no validator uses any more are freed at once,
 * the others when their last validator is disposed.
 *
 * @example
 * ```ts
 * import { clearXsdValidatorCache } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * console.log((await validate(xml, { schemas: "/srv/xsd" })).validity);
 * // a long-running server that switched to a new schema release frees the old compiled schemas
 * clearXsdValidatorCache();
 * ```
 */
export function clearXsdValidatorCache(): void {
  const all = [...compiledCache.values()];
  compiledCache.clear();
  jsCache.clear();
  for (const compiled of all) {
    compiled.cached = false;
    if (compiled.refs === 0) free(compiled);
  }
}

function handle(engine: Engine, compiled: CompiledSchema, fallbackReason: string | undefined): XsdValidator {
  compiled.refs++;
  let disposed = false;
  return {
    setId: compiled.setId,
    entry: compiled.entry,
    engine: "libxml2",
    ...(fallbackReason !== undefined && { fallbackReason }),
    validate(xml, options = {}) {
      if (disposed) throw new TypeError("XsdValidator.validate: the validator has been disposed");
      return validateDocument(engine, compiled, xml, options);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      compiled.refs--;
      if (compiled.refs === 0 && !compiled.cached) free(compiled);
    },
  };
}

function free(compiled: CompiledSchema): void {
  if (compiled.freed) return;
  compiled.freed = true;
  compiled.schema.dispose();
  compiled.schemaDoc.dispose();
}

function compile(engine: Engine, set: SchemaSet, entry: string, key: string, cached: boolean, optimize: boolean): Result<CompiledSchema> {
  const base = `${URL_PREFIX}${key}/`;
  let p: Libxml2.XmlBufferInputProvider;
  try {
    p = inputProvider(engine);
  } catch (error) {
    return failure([loadFailed(errorMessage(error))]);
  }
  const paths = Object.keys(set.files);
  const files: Record<string, Uint8Array> = {};
  const rewrites: PatternRewrite[] = [];
  for (const path of paths) {
    const bytes = set.files[path] as Uint8Array;
    const rewritten = optimize && path.endsWith(".xsd") ? rewritePatterns(bytes) : { bytes, rewrites: [] };
    files[path] = rewritten.bytes;
    rewrites.push(...rewritten.rewrites);
    p.addBuffer(base + path, rewritten.bytes);
  }
  let schemaDoc: Libxml2.XmlDocument | undefined;
  try {
    schemaDoc = engine.XmlDocument.fromBuffer(files[entry] as Uint8Array, { url: base + entry, option: schemaParseOptions(engine) });
    const schema = engine.XsdValidator.fromDoc(schemaDoc);
    return success({ key, setId: set.id, entry, schema, schemaDoc, rewrites, refs: 0, cached, freed: false });
  } catch (error) {
    schemaDoc?.dispose();
    return failure([loadFailed(`${set.id}/${entry}: ${engineErrorText(error, base)}`)]);
  } finally {
    // libxml2 has read every include/import while compiling; the buffers are not needed any more.
    for (const path of paths) p.removeBuffer(base + path);
  }
}

/**
 * Checks the set before libxml2 sees it: file keys are plain relative paths, the entry exists, and every
 * schema reference reachable from the entry resolves to a file of the set. Returns a reason, or undefined.
 */
function checkSchemaSet(set: SchemaSet, entry: string, read?: Map<string, TreeElement>): string | undefined {
  for (const path of Object.keys(set.files)) {
    if (normalizeRelative(path) !== path) return `schema set ${set.id}: "${path}" is not a plain relative file path`;
  }
  const queue = [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const bytes = set.files[path];
    if (bytes === undefined) return `schema set ${set.id} has no file "${path}"`;
    const doc = readXml(bytes, { file: path });
    if (!doc.success) {
      const d = doc.diagnostics[0];
      return `${set.id}/${path}${d.location !== undefined ? `:${d.location.line}` : ""}: ${d.message}`;
    }
    read?.set(path, doc.data.root);
    for (const child of doc.data.root.children) {
      if (child.kind !== "element" || child.namespace !== XSD_NAMESPACE || !REFERENCE_ELEMENTS.has(child.local)) continue;
      const location = schemaLocation(child);
      if (location === undefined) continue; // xs:import without schemaLocation loads nothing
      const target = resolveRelative(path, location);
      if (target === undefined || set.files[target] === undefined) {
        return `${set.id}/${path}:${child.line}: xs:${child.local} of "${location}" does not resolve to a file of the schema set; schemas are never loaded from the network or the file system`;
      }
      queue.push(target);
    }
  }
  return undefined;
}

function schemaLocation(el: TreeElement): string | undefined {
  for (const a of el.attributes) if (a.namespace === "" && a.local === "schemaLocation") return a.value.trim();
  return undefined;
}

/** Normalizes `a/./b/../c` to `a/c`; undefined for absolute paths, URLs, escapes or paths leaving the root. */
function normalizeRelative(path: string): string | undefined {
  if (path === "" || path.startsWith("/") || !SAFE_PATH.test(path)) return undefined;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out.length === 0 ? undefined : out.join("/");
}

function resolveRelative(fromPath: string, location: string): string | undefined {
  if (location.startsWith("/") || !SAFE_PATH.test(location)) return undefined;
  const slash = fromPath.lastIndexOf("/");
  return normalizeRelative(slash < 0 ? location : `${fromPath.slice(0, slash + 1)}${location}`);
}

function safeSegment(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, "_");
}

/** A content hash of the set (paths and bytes), so that different sets never share a compiled schema. */
async function fingerprint(set: SchemaSet): Promise<string> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const path of Object.keys(set.files).sort()) {
    const bytes = set.files[path] as Uint8Array;
    parts.push(encoder.encode(`${path}\u0000${bytes.length}\u0000`), bytes);
  }
  let length = 0;
  for (const p of parts) length += p.length;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", all));
  let hex = "";
  for (let i = 0; i < 8; i++) hex += (digest[i] as number).toString(16).padStart(2, "0");
  return hex;
}

function validateDocument(engine: Engine, compiled: CompiledSchema, xml: string | Uint8Array, options: XsdValidateOptions): XsdReport {
  const file = options.file;
  // Bytes are decoded here, by the reader's decoder, not by libxml2: the same verdict and diagnostic as the xml
  // stage for invalid byte sequences and unsupported or contradicting encodings (libxml2 would substitute or
  // reject other things), and libxml2 then reads exactly the text the model stage reads.
  // Valid UTF-8 bytes go to libxml2 as they are (checked by a byte scan, not decoded twice).
  let input: string | Uint8Array = xml;
  if (typeof xml !== "string") {
    const checked = safeCheckXml(xml, { file });
    if (!checked.success) return { valid: false, diagnostics: checked.diagnostics };
    input = checked.data.text ?? xml;
  }
  const doctype = findDoctype(input);
  if (doctype !== undefined) {
    return {
      valid: false,
      diagnostics: [
        diagnostic({ code: "doctype-not-allowed", params: {}, severity: "fatal", stage: "xml", path: "/", location: doctype, file }),
      ],
    };
  }
  const lone = typeof xml === "string" ? loneSurrogateOffset(xml) : -1;
  if (lone >= 0) {
    const before = xml.slice(0, lone) as string;
    const line = before.split("\n").length;
    return {
      valid: false,
      diagnostics: [
        diagnostic({
          code: "not-well-formed",
          params: { reason: `lone surrogate U+${(xml as string).charCodeAt(lone).toString(16).toUpperCase()} (not an XML character).` },
          severity: "fatal",
          stage: "xml",
          path: "/",
          location: { line, column: lone - (before.lastIndexOf("\n") + 1) + 1 },
          file,
        }),
      ],
    };
  }
  let doc: Libxml2.XmlDocument;
  try {
    doc =
      typeof input === "string"
        ? engine.XmlDocument.fromString(input, { option: instanceParseOptions(engine), encoding: "utf-8" })
        : engine.XmlDocument.fromBuffer(input, { option: instanceParseOptions(engine), encoding: "utf-8" });
  } catch (error) {
    return {
      valid: false,
      diagnostics: capDiagnostics(parseErrorDiagnostics(error, file), options.maxDiagnostics ?? DEFAULT_READ_LIMITS.maxDiagnostics, file),
    };
  }
  try {
    try {
      compiled.schema.validate(doc);
      return { valid: true, engine: "libxml2", diagnostics: [] };
    } catch (error) {
      const max = options.maxDiagnostics ?? DEFAULT_READ_LIMITS.maxDiagnostics;
      const diagnostics = validationDiagnostics(engine, doc, error, options.prefixes ?? {}, file, compiled.rewrites, max);
      return { valid: !diagnostics.some((d) => d.severity === "error" || d.severity === "fatal"), engine: "libxml2", diagnostics };
    }
  } finally {
    doc.dispose();
  }
}

interface ErrorDetailLike {
  readonly message: string;
  readonly level: number;
  readonly line: number;
  readonly col: number;
  readonly file?: string | undefined;
  readonly xpath?: string | undefined;
}

function detailsOf(error: unknown): readonly ErrorDetailLike[] {
  const details = (error as { details?: unknown } | null)?.details;
  return Array.isArray(details) ? (details as ErrorDetailLike[]) : [];
}

function parseErrorDiagnostics(error: unknown, file: string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of detailsOf(error)) {
    if (d.level < 2) continue; // warnings do not make a document unreadable
    out.push(
      diagnostic({
        code: "not-well-formed",
        params: { reason: d.message.trim() },
        severity: "fatal",
        stage: "xml",
        path: "/",
        location: d.line > 0 ? (d.col > 0 ? { line: d.line, column: d.col } : { line: d.line }) : undefined,
        file,
      }),
    );
  }
  if (out.length === 0) {
    const reason = errorMessage(error).trim();
    out.push(
      diagnostic({
        code: "not-well-formed",
        params: { reason: reason === "" || reason === "Failed to parse XML" ? "no root element" : reason },
        severity: "fatal",
        stage: "xml",
        path: "/",
        file,
      }),
    );
  }
  return out;
}

function validationDiagnostics(
  engine: Engine,
  doc: Libxml2.XmlDocument,
  error: unknown,
  prefixes: PrefixMap,
  file: string | undefined,
  rewrites: readonly PatternRewrite[],
  max: number,
): Diagnostic[] {
  const details = detailsOf(error);
  if (details.length === 0) {
    return [
      diagnostic({
        code: "xsd-invalid",
        params: { message: errorMessage(error).trim() },
        severity: "error",
        stage: "xsd",
        path: "/",
        file,
      }),
    ];
  }
  const resolver = new PathResolver(engine, doc, prefixes);
  const out: Diagnostic[] = [];
  const omitted = new OmittedDiagnostics();
  for (const d of details) {
    const severity = d.level >= 2 ? "error" : "warning";
    if (out.length >= max) {
      omitted.add(severity, "xsd");
      continue;
    }
    out.push(
      diagnostic({
        code: "xsd-invalid",
        params: { message: originalPatternsIn(d.message.trim(), rewrites) },
        severity,
        stage: "xsd",
        path: d.xpath !== undefined && d.xpath !== "" ? withAttribute(resolver.resolve(d.xpath), d.message, prefixes) : "/",
        location: d.line > 0 ? { line: d.line } : undefined,
        file,
      }),
    );
  }
  const summary = omitted.diagnostic(max, file);
  if (summary !== undefined) out.push(summary);
  return out;
}

/** libxml2 reports attribute errors on the owner element ("Element 'x', attribute 'a': …"); point at the attribute. */
const ATTRIBUTE_IN_MESSAGE = /^Element '[^']*', attribute '(?:\{([^}]*)\})?([^']+)'/;

function withAttribute(path: string, message: string, prefixes: PrefixMap): string {
  const m = ATTRIBUTE_IN_MESSAGE.exec(message);
  if (m === null || path.includes("/@")) return path;
  return `${path}/@${canonicalName(m[1] ?? "", m[2] as string, prefixes)}`;
}

interface ResolvedStep {
  readonly element: Libxml2.XmlElement;
  readonly path: string;
  /** The element's children, indexed once when a path first steps below it (see {@link ChildIndex}). */
  children?: ChildIndex;
}

interface IndexedChild {
  readonly element: Libxml2.XmlElement;
  readonly namespace: string;
  readonly name: string;
  /** 1-based position among the siblings of the same namespace and name; 0 when it is the only one. */
  readonly position: number;
}

/**
 * The child elements of one element, read once from libxml2, with their positions among like-named siblings,
 * and per libxml2 step name (`*`, `prefix:local`, `local`) the children it matches: each step of an error's
 * path then costs O(1), not a walk over all siblings (50 000 repeats of an element, each invalid, took minutes).
 */
interface ChildIndex {
  readonly children: readonly IndexedChild[];
  readonly byStep: Map<string, IndexedChild[]>;
}

/**
 * Turns libxml2's node path (`xmlGetNodePath`: document prefixes, `*` for default-namespace elements, `[n]`
 * counted among like-named siblings) into our canonical path by walking the parsed document.
 */
class PathResolver {
  private readonly memo = new Map<string, ResolvedStep>();

  constructor(
    private readonly engine: Engine,
    private readonly doc: Libxml2.XmlDocument,
    private readonly prefixes: PrefixMap,
  ) {}

  resolve(xpath: string): string {
    try {
      return this.walk(xpath) ?? this.fallback(xpath);
    } catch {
      return this.fallback(xpath);
    }
  }

  private walk(xpath: string): string | undefined {
    const steps = xpath.split("/");
    if (steps[0] !== "" || steps.length < 2) return undefined;
    let current: ResolvedStep | undefined;
    let key = "";
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i] as string;
      if (step.startsWith("@")) {
        if (current === undefined || i !== steps.length - 1) return undefined;
        return this.attributePath(current, step.slice(1));
      }
      const parsed = parseStep(step);
      if (parsed === undefined) return current?.path; // text(), comment(): report the element
      key += `/${step}`;
      const known = this.memo.get(key);
      if (known !== undefined) {
        current = known;
        continue;
      }
      const next: ResolvedStep | undefined = current === undefined ? this.rootStep(parsed) : this.childStep(current, parsed);
      if (next === undefined) return undefined;
      this.memo.set(key, next);
      current = next;
    }
    return current?.path;
  }

  private rootStep(step: ParsedStep): ResolvedStep | undefined {
    const root = this.doc.root;
    if (!matchesStep(root, step) || step.index !== 1) return undefined;
    return { element: root, path: `/${canonicalName(root.namespaceUri, root.name, this.prefixes)}` };
  }

  private childStep(parent: ResolvedStep, step: ParsedStep): ResolvedStep | undefined {
    const index = (parent.children ??= this.indexChildren(parent.element));
    const key = step.generic ? "*" : `${step.prefix ?? ""}\u0000${step.prefix === undefined ? "" : ":"}${step.local}`;
    let matching = index.byStep.get(key);
    if (matching === undefined) {
      matching = index.children.filter((c) => step.generic || matchesStep(c.element, step));
      index.byStep.set(key, matching);
    }
    const target = matching[step.index - 1];
    if (target === undefined) return undefined;
    const name = canonicalName(target.namespace, target.name, this.prefixes);
    return { element: target.element, path: `${parent.path}/${name}${target.position > 0 ? `[${target.position}]` : ""}` };
  }

  private indexChildren(parent: Libxml2.XmlElement): ChildIndex {
    const found: { element: Libxml2.XmlElement; namespace: string; name: string }[] = [];
    const counts = new Map<string, number>();
    for (let c = parent.firstChild; c !== null; c = c.next) {
      if (!(c instanceof this.engine.XmlElement)) continue;
      const child = { element: c, namespace: c.namespaceUri, name: c.name };
      found.push(child);
      const key = `${child.namespace}\u0000${child.name}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const running = new Map<string, number>();
    const children = found.map((c): IndexedChild => {
      const key = `${c.namespace}\u0000${c.name}`;
      if ((counts.get(key) ?? 0) < 2) return { ...c, position: 0 };
      const position = (running.get(key) ?? 0) + 1;
      running.set(key, position);
      return { ...c, position };
    });
    return { children, byStep: new Map() };
  }

  private attributePath(owner: ResolvedStep, qname: string): string | undefined {
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    for (const a of owner.element.attrs) {
      if (a.name === local && a.prefix === prefix) return `${owner.path}/@${canonicalName(a.namespaceUri, a.name, this.prefixes)}`;
    }
    return undefined;
  }

  /** When the path cannot be walked: rewrite the prefixes the root element declares, keep the rest. */
  private fallback(xpath: string): string {
    let declared: Record<string, string> = {};
    try {
      declared = this.doc.root.namespaces as Record<string, string>;
    } catch {
      // no root: keep the path as libxml2 wrote it
    }
    return xpath.replace(/(^|\/|@)([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)/g, (whole, lead: string, prefix: string, local: string) => {
      const uri = declared[prefix];
      return uri === undefined ? whole : `${lead}${canonicalName(uri, local, this.prefixes)}`;
    });
  }
}

interface ParsedStep {
  /** `*`: an element in the default namespace; counted among all element siblings. */
  readonly generic: boolean;
  /** Document prefix; undefined for an element in no namespace. */
  readonly prefix: string | undefined;
  readonly local: string;
  readonly index: number;
}

const STEP = /^(?:(\*)|(?:([^:[\]]+):)?([^:[\]()]+))(?:\[(\d+)\])?$/;

function parseStep(step: string): ParsedStep | undefined {
  const m = STEP.exec(step);
  if (m === null) return undefined;
  return { generic: m[1] !== undefined, prefix: m[2], local: m[3] ?? "*", index: m[4] === undefined ? 1 : Number(m[4]) };
}

function matchesStep(el: Libxml2.XmlElement, step: ParsedStep): boolean {
  if (step.generic) return el.namespaceUri !== "" && el.prefix === "";
  if (el.name !== step.local) return false;
  return step.prefix === undefined ? el.namespaceUri === "" : el.prefix === step.prefix;
}

function loadFailed(reason: string): Diagnostic {
  return diagnostic({ code: "schema-load-failed", params: { reason }, severity: "error", stage: "xsd", path: "/" });
}

function engineErrorText(error: unknown, base: string): string {
  const details = detailsOf(error).filter((d) => d.level >= 2);
  if (details.length === 0) return errorMessage(error).trim();
  return details
    .map((d) => {
      const where = d.file?.startsWith(base) ? `${d.file.slice(base.length)}:${d.line}: ` : "";
      return `${where}${d.message.trim()}`;
    })
    .join("; ");
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
