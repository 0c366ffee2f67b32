/**
 * Whole-document drivers for a binding: read a document whose root element is bound to a {@link ComplexType}
 * (checking its namespace, its name and an optional version attribute), and write a model object back as a
 * document. A standard's version folder passes its namespace, canonical prefix and binding table; everything
 * else — namespace checks, prefixes for paths, the writer's settings — is the same for every standard.
 */
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { XoevError } from "../errors.ts";
import { failure, type Result, resultOf, success } from "../result.ts";
import { ParseContext } from "../xml/cursor.ts";
import type { XmlElement } from "../xml/node.ts";
import { canonicalName } from "../xml/path.ts";
import { type ReadOptions, readXml } from "../xml/read.ts";
import { XmlWriter } from "../xml/write.ts";
import { readerOf, writerOf, XSI_NAMESPACE } from "./compile.ts";
import type { ComplexType } from "./types.ts";

/** The namespace of a document and the prefix it is written and reported with. */
export interface DocumentNamespace {
  /** Namespace of the bound elements. */
  readonly namespace: string;
  /** Canonical prefix of {@link DocumentNamespace.namespace} in written documents and in diagnostic paths. */
  readonly prefix: string;
}

/** Canonical prefixes of a bound document: its own namespace and `xsi`. */
export function documentPrefixes(doc: DocumentNamespace): Record<string, string> {
  return { [doc.namespace]: doc.prefix, [XSI_NAMESPACE]: "xsi" };
}

/** How {@link safeReadDocumentRoot} and {@link safeReadRootElement} read. */
export interface ReadDocumentOptions extends DocumentNamespace, Omit<ReadOptions, "prefixes"> {
  /** The only accepted local name of the root element; any name when absent. */
  readonly rootElement?: string;
  /** Local names a root element must not have (e.g. the names of objects that are not documents). */
  readonly rejectedRootElements?: readonly string[];
  /** Model property that keeps the root element's local name (for documents whose root name varies). */
  readonly rootNameProperty?: string;
  /**
   * A root attribute that names the version of the document: a value not in `values` gives a warning. `prop`
   * is the model property of the attribute (default: the attribute name).
   */
  readonly versionAttribute?: { readonly name: string; readonly prop?: string; readonly values: readonly string[] };
}

/** Reads XML and returns its root element; a root in another namespace is a fatal `unknown-namespace`. */
export function safeReadDocumentRoot(xml: string | Uint8Array, options: ReadDocumentOptions): Result<XmlElement> {
  const prefixes = documentPrefixes(options);
  const { namespace, prefix, rootElement, rejectedRootElements, rootNameProperty, versionAttribute, ...readOptions } = options;
  const read = readXml(xml, { ...readOptions, prefixes });
  if (!read.success) return failure(read.diagnostics);
  const root = read.data.root;
  if (root.namespace !== namespace) {
    return failure([
      diagnostic({
        code: "unknown-namespace",
        params: { namespace: root.namespace, element: root.local },
        severity: "fatal",
        stage: "detect",
        path: `/${canonicalName(root.namespace, root.local, prefixes)}`,
        location: { line: root.line, column: root.column },
        file: options.file,
      }),
    ]);
  }
  return { success: true, data: root, diagnostics: read.diagnostics };
}

/**
 * Maps an already-read root element to a model object: checks its name (`rootElement`,
 * `rejectedRootElements`; a fatal `unknown-root-element` otherwise), reads it with the binding, keeps its name
 * in `rootNameProperty` and checks the `versionAttribute`.
 */
export function safeReadRootElement<T>(root: XmlElement, type: ComplexType<T>, options: ReadDocumentOptions): Result<T> {
  const ctx = new ParseContext(documentPrefixes(options), options.file, "model", options.maxDiagnostics);
  const wrongName =
    (options.rootElement !== undefined && root.local !== options.rootElement) || (options.rejectedRootElements ?? []).includes(root.local);
  if (wrongName) {
    ctx.report("unknown-root-element", { element: canonicalName(root.namespace, root.local, ctx.prefixes) }, root, { severity: "fatal" });
    return failure(ctx.diagnostics as [Diagnostic, ...Diagnostic[]]);
  }
  const model: T = readerOf(type)(root, { namespace: options.namespace, ctx });
  // The properties the binding does not describe (the root's name) are set on the fresh object the reader made.
  const fields = model as Record<string, unknown>;
  if (options.rootNameProperty !== undefined) fields[options.rootNameProperty] = root.local;
  const va = options.versionAttribute;
  if (va !== undefined) {
    const version = fields[va.prop ?? va.name];
    if (typeof version === "string" && !va.values.includes(version)) {
      const a = root.attributes.find((x) => x.local === va.name && x.namespace === "");
      ctx.report("invalid-value", { value: version, expected: va.values.join(" or ") }, root, {
        severity: "warning",
        ...(a !== undefined && { attribute: a }),
      });
    }
  }
  return resultOf(model, ctx.diagnostics);
}

/** Reads a whole document into a model object: {@link safeReadDocumentRoot}, then {@link safeReadRootElement}. */
export function safeReadDocument<T>(xml: string | Uint8Array, type: ComplexType<T>, options: ReadDocumentOptions): Result<T> {
  const root = safeReadDocumentRoot(xml, options);
  if (!root.success) return failure(root.diagnostics);
  return safeReadRootElement<T>(root.data, type, options);
}

/** How {@link writeDocument} writes. */
export interface WriteDocumentOptions extends DocumentNamespace {
  /** Indent (default `true`). */
  readonly pretty?: boolean | undefined;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean | undefined;
}

/**
 * Writes a model object as a document whose root element `rootElement` is bound to `type`. Deterministic:
 * binding order; content kept from parsing is written after the known content of its element.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export function writeDocument<T>(rootElement: string, type: ComplexType<T>, value: T, options: WriteDocumentOptions): string {
  const w = new XmlWriter({
    pretty: options.pretty ?? true,
    declaration: options.declaration ?? true,
    prefixes: documentPrefixes(options),
  });
  writerOf(type)(w, options.namespace, rootElement, value, { namespace: options.namespace, prefix: options.prefix });
  return w.toString();
}

/** Runs a throwing writer; an {@link XoevError} becomes a failed result with its diagnostics. */
export function safeWrite(write: () => string): Result<string> {
  try {
    return success(write());
  } catch (e) {
    if (e instanceof XoevError) return failure(e.diagnostics);
    throw e;
  }
}
