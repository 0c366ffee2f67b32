/**
 * Reads XZuFi 2.2.0 documents into the model: a transfer message (`safeParse`) or a single Leistung
 * (`safeParseLeistung`). Reading is tolerant of the reconstructed parts of the binding: children in another
 * order are accepted (reported as `info`), unknown children and attributes are reported as warnings and kept
 * (`unknownElements`/`unknownAttributes`), so that `serialize` writes back everything that was read.
 */
import { readComplex } from "../../core/binding/read.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, resultOf, unwrap } from "../../core/result.ts";
import { ParseContext } from "../../core/xml/cursor.ts";
import type { XmlElement } from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";
import { type ReadOptions, readXml } from "../../core/xml/read.ts";
import * as B from "./binding.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { NAMESPACE, PREFIX, XSI_NAMESPACE, XZUFI_VERSION_VALUES } from "./namespace.ts";

/** Options of the readers. */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /** Namespace to read (default {@link NAMESPACE}); override it if the official namespace differs. */
  readonly namespace?: string;
}

/** Local names of the objects a `schreibe` can hold; such a root element is not a transfer message. */
const OBJECT_ELEMENTS = ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst"];

function prefixesFor(ns: string): Record<string, string> {
  return { [ns]: PREFIX, [XSI_NAMESPACE]: "xsi" };
}

function rootOf(xml: string | Uint8Array, ns: string, options: ParseOptions): Result<XmlElement> {
  const read = readXml(xml, { ...options, prefixes: prefixesFor(ns) });
  if (!read.success) return failure(read.diagnostics);
  const root = read.data.root;
  if (root.namespace !== ns) {
    return failure([
      diagnostic({
        code: "unknown-namespace",
        params: { namespace: root.namespace, element: root.local },
        severity: "fatal",
        stage: "detect",
        path: `/${canonicalName(root.namespace, root.local, prefixesFor(ns))}`,
        location: { line: root.line, column: root.column },
        file: options.file,
      }),
    ]);
  }
  return { success: true, data: root, diagnostics: read.diagnostics };
}

/**
 * Maps an already-read root element to a transfer message. The root element's name is not public, so any
 * name is accepted (and kept in `elementName`) except the names of the objects themselves.
 */
export function safeParseElement(root: XmlElement, options: ParseOptions = {}): Result<Nachricht> {
  const ns = options.namespace ?? NAMESPACE;
  const ctx = new ParseContext(prefixesFor(ns), options.file);
  if (OBJECT_ELEMENTS.includes(root.local)) {
    ctx.report("unknown-root-element", { element: canonicalName(root.namespace, root.local, ctx.prefixes) }, root, { severity: "fatal" });
    return failure(ctx.diagnostics as [Diagnostic, ...Diagnostic[]]);
  }
  const nachricht = readComplex(root, B.Nachricht, { namespace: ns, ctx });
  nachricht.elementName = root.local;
  const version = nachricht.xzufiVersion;
  if (typeof version === "string" && !XZUFI_VERSION_VALUES.includes(version)) {
    const a = root.attributes.find((x) => x.local === "xzufiVersion" && x.namespace === "");
    ctx.report("invalid-value", { value: version, expected: XZUFI_VERSION_VALUES.join(" or ") }, root, {
      severity: "warning",
      ...(a !== undefined && { attribute: a }),
    });
  }
  return resultOf(nachricht as unknown as Nachricht, ctx.diagnostics);
}

/**
 * Reads an XZuFi 2.2.0 transfer message.
 *
 * @example
 * const result = xzufi22.safeParse(xml);
 * if (result.success) for (const op of result.data.operation) if ("schreibe" in op) …
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  const root = rootOf(xml, options.namespace ?? NAMESPACE, options);
  if (!root.success) return failure(root.diagnostics);
  return safeParseElement(root.data, options);
}

/**
 * Reads an XZuFi 2.2.0 transfer message.
 *
 * @throws {XoevError} with every finding when the document is not well-formed or has errors.
 */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}

/** Reads a document whose root element is a single `leistung` (e.g. a Stammtext download). */
export function safeParseLeistung(xml: string | Uint8Array, options: ParseOptions = {}): Result<Leistung> {
  const ns = options.namespace ?? NAMESPACE;
  const root = rootOf(xml, ns, options);
  if (!root.success) return failure(root.diagnostics);
  const ctx = new ParseContext(prefixesFor(ns), options.file);
  if (root.data.local !== "leistung") {
    ctx.report("unknown-root-element", { element: canonicalName(root.data.namespace, root.data.local, ctx.prefixes) }, root.data, {
      severity: "fatal",
    });
    return failure(ctx.diagnostics as [Diagnostic, ...Diagnostic[]]);
  }
  const leistung = readComplex(root.data, B.Leistung, { namespace: ns, ctx });
  return resultOf(leistung as unknown as Leistung, ctx.diagnostics);
}

/**
 * Reads a document whose root element is a single `leistung`.
 *
 * @throws {XoevError} with every finding.
 */
export function parseLeistung(xml: string | Uint8Array, options?: ParseOptions): Leistung {
  return unwrap(safeParseLeistung(xml, options));
}
