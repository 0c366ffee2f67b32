/**
 * Reads XZuFi 2.3.1 documents into the model: a transfer message (`safeParse`) or a single Leistung
 * (`safeParseLeistung`). Reading is tolerant of the reconstructed parts of the binding: children in another
 * order are accepted (reported as `info`), unknown children and attributes are reported as warnings and kept
 * (`unknownElements`/`unknownAttributes`), so that `serialize` writes back everything that was read. The
 * document handling is the binding's generic driver (`core/binding/document.ts`); this module only names the
 * version's namespace, root elements and binding.
 */
import { type ReadDocumentOptions, safeReadDocument, safeReadRootElement } from "../../core/binding/document.ts";
import { type Result, unwrap } from "../../core/result.ts";
import type { XmlElement } from "../../core/xml/node.ts";
import type { ReadOptions } from "../../core/xml/read.ts";
import * as B from "./binding.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { NAMESPACE, PREFIX, XZUFI_VERSION_VALUES } from "./namespace.ts";

/** Options of the readers. */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /** Namespace to read (default {@link NAMESPACE}); override it if the official namespace differs. */
  readonly namespace?: string;
}

/** Local names of the objects a `schreibe` can hold; such a root element is not a transfer message. */
const OBJECT_ELEMENTS = ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst", "formular"];

function nachrichtOptions(options: ParseOptions): ReadDocumentOptions {
  return {
    ...options,
    namespace: options.namespace ?? NAMESPACE,
    prefix: PREFIX,
    rejectedRootElements: OBJECT_ELEMENTS,
    rootNameProperty: "elementName",
    versionAttribute: { name: "xzufiVersion", values: XZUFI_VERSION_VALUES },
  };
}

/**
 * Maps an already-read root element to a transfer message. The root element's name is not public, so any
 * name is accepted (and kept in `elementName`) except the names of the objects themselves.
 */
export function safeParseElement(root: XmlElement, options: ParseOptions = {}): Result<Nachricht> {
  return safeReadRootElement<Nachricht>(root, B.Nachricht, nachrichtOptions(options));
}

/**
 * Reads an XZuFi 2.3.1 transfer message.
 *
 * @example
 * const result = xzufi231.safeParse(xml);
 * if (result.success) for (const op of result.data.operation) if ("schreibe" in op) …
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  return safeReadDocument<Nachricht>(xml, B.Nachricht, nachrichtOptions(options));
}

/**
 * Reads an XZuFi 2.3.1 transfer message.
 *
 * @throws {XoevError} with every finding when the document is not well-formed or has errors.
 */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}

/** Reads a document whose root element is a single `leistung` (e.g. a Stammtext download). */
export function safeParseLeistung(xml: string | Uint8Array, options: ParseOptions = {}): Result<Leistung> {
  return safeReadDocument<Leistung>(xml, B.Leistung, {
    ...options,
    namespace: options.namespace ?? NAMESPACE,
    prefix: PREFIX,
    rootElement: "leistung",
  });
}

/**
 * Reads a document whose root element is a single `leistung`.
 *
 * @throws {XoevError} with every finding.
 */
export function parseLeistung(xml: string | Uint8Array, options?: ParseOptions): Leistung {
  return unwrap(safeParseLeistung(xml, options));
}
