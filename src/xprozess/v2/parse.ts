/**
 * Reads XProzess 2.0 messages (all nine, `0101`–`0303`) into the model. The root element's name selects the
 * message binding and is kept in `nachricht`.
 *
 * Reading is **tolerant by default**: what the structure rules forbid but the model can still hold — a missing
 * required element or attribute, an element out of the XSD order — is reported as a `warning`, so that real
 * exports with quirks (the FIM Bund file has an empty `abgeloesteProzessklasse`) read into the model and write
 * back unchanged. `strict: true` reports them as errors, and unknown elements, attributes and text too (which the
 * XSD would reject); `validateDocument` (`rules.ts`) reads strictly. Unknown content is kept either way
 * (`unknownElements`/`unknownAttributes`). Values that do not fit their type (a non-integer, a non-boolean) are
 * errors either way.
 */
import { documentPrefixes, type ReadDocumentOptions, safeReadDocumentRoot } from "../../core/binding/document.ts";
import { readComplex } from "../../core/binding/read.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, resultOf, unwrap } from "../../core/result.ts";
import { ParseContext } from "../../core/xml/cursor.ts";
import type { XmlElement } from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";
import type { ReadOptions } from "../../core/xml/read.ts";
import { MESSAGES } from "./binding.ts";
import type { Nachricht } from "./model.ts";
import { type MessageName, NAMESPACE, PREFIX, XPROZESS_VERSION } from "./namespace.ts";

/**
 * Options of {@link safeParse}, {@link parse} and {@link safeParseElement}: the reader's limits and `strict`.
 *
 * @example
 * ```ts
 * import { type ParseOptions, safeParse } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // strict: what the XSD forbids (a missing nachrichtenkopf, elements out of order) is an error, not a warning
 * const options: ParseOptions = { strict: true, file: "hundesteuer.xprozess.xml", maxDiagnostics: 100 };
 * const result = safeParse(xml, options);
 * for (const d of result.diagnostics) console.log(`${d.severity} ${d.path} (line ${d.location?.line}): ${d.message}`);
 * ```
 */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /** Report missing required content and elements out of the XSD order as errors (default `false`: warnings). */
  readonly strict?: boolean;
}

/** Codes that are structure findings: errors under `strict`, warnings otherwise. */
const STRUCTURE_CODES: ReadonlySet<string> = new Set(["missing-element", "missing-attribute", "element-out-of-order"]);

/** Largest text a reader accepts by default: the base64 content of embedded files can be large. */
const DEFAULT_MAX_TEXT = 64 * 1024 * 1024;

function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(MESSAGES, name);
}

function documentOptions(options: ParseOptions): ReadDocumentOptions {
  const { strict: _strict, ...read } = options;
  return { maxTextLength: DEFAULT_MAX_TEXT, ...read, namespace: NAMESPACE, prefix: PREFIX };
}

/**
 * Maps an already-read root element to a message.
 *
 * @example
 * ```ts
 * import { type PipelineStandard, runPipeline } from "fim-xoev/validation";
 * import { type Nachricht, NAMESPACE, PREFIXES, safeParseElement, XSD_SCHEMA_SET } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // XProzess 2.0 as one standard of a custom validation pipeline: the pipeline reads the XML once and hands
 * // the root element to the model stage
 * const xprozess: PipelineStandard<Nachricht> = {
 *   standard: "XProzess 2.0",
 *   schemaSetId: XSD_SCHEMA_SET.id,
 *   prefixes: PREFIXES,
 *   model: (root, file) => safeParseElement(root, { strict: true, ...(file !== undefined && { file }) }),
 * };
 * const { report, data } = await runPipeline(xml, { [NAMESPACE]: xprozess }, { schemas: "/opt/fim/schemas" });
 * if (data !== undefined) console.log(data.nachricht);
 * console.log(report.stages.map((s) => `${s.stage}: ${s.status}`).join(", "));
 * ```
 */
export function safeParseElement(root: XmlElement, options: ParseOptions = {}): Result<Nachricht> {
  const prefixes = documentPrefixes({ namespace: NAMESPACE, prefix: PREFIX });
  const ctx = new ParseContext(prefixes, options.file);
  if (root.namespace !== NAMESPACE || !isMessageName(root.local)) {
    ctx.report("unknown-root-element", { element: canonicalName(root.namespace, root.local, prefixes) }, root, { severity: "fatal" });
    return failure(ctx.diagnostics as [Diagnostic, ...Diagnostic[]]);
  }
  const name = root.local;
  const strict = options.strict === true;
  const model = readComplex(root, MESSAGES[name], {
    namespace: NAMESPACE,
    ctx,
    orderSeverity: "error",
    unknownSeverity: strict ? "error" : "warning",
  });
  model.nachricht = name;
  const version = model.xprozessVersion;
  if (typeof version === "string" && version !== XPROZESS_VERSION) {
    const a = root.attributes.find((x) => x.local === "xprozessVersion" && x.namespace === "");
    ctx.report("invalid-value", { value: version, expected: XPROZESS_VERSION }, root, {
      severity: strict ? "error" : "warning",
      ...(a !== undefined && { attribute: a }),
    });
  }
  const diagnostics = strict
    ? ctx.diagnostics
    : ctx.diagnostics.map((d) => (STRUCTURE_CODES.has(d.code) && d.severity === "error" ? { ...d, severity: "warning" as const } : d));
  return resultOf(model as unknown as Nachricht, diagnostics);
}

/**
 * Reads an XProzess 2.0 message.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeParse } from "fim-xoev/xprozess/v2";
 *
 * const result = safeParse(readFileSync("hundesteuer.xprozess.xml"));
 * if (result.success && result.data.nachricht === "alleInhalte.export.0303") {
 *   for (const klasse of result.data.prozesskatalog?.prozessklasse ?? []) console.log(`Prozessklasse ${klasse.id}: ${klasse.name}`);
 *   for (const prozess of result.data.prozessbibliothek?.prozess ?? []) console.log(`Prozess ${prozess.id}: ${prozess.name}`);
 * } else {
 *   for (const d of result.diagnostics) console.error(`${d.severity}: ${d.message} at ${d.path}`);
 * }
 * ```
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  const root = safeReadDocumentRoot(xml, documentOptions(options));
  if (!root.success) return failure(root.diagnostics);
  const read = safeParseElement(root.data, options);
  return root.diagnostics.length === 0 ? read : resultOf(read.data, [...root.diagnostics, ...read.diagnostics]);
}

/**
 * Reads an XProzess 2.0 message.
 *
 * @throws {XoevError} with every finding when the document is not well-formed or has errors.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parse } from "fim-xoev/xprozess/v2";
 *
 * const nachricht = parse(readFileSync("hundesteuer.xprozess.xml")); // throws one XoevError on errors
 * console.log(nachricht.nachricht, nachricht.nachrichtenkopf.nachrichtUUID, nachricht.nachrichtenkopf.erstellungszeitpunkt);
 * if (nachricht.nachricht === "prozesskatalog.export.0103") console.log(nachricht.prozesskatalog?.prozessklasse.length);
 * ```
 */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}
