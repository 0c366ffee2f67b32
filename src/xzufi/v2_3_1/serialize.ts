/**
 * Writes the XZuFi 2.3.1 model as XML. Deterministic: the same model always gives the same bytes (binding
 * order; content kept from parsing is written after the known content of its element).
 */
import { writeComplex } from "../../core/binding/write.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { XmlWriter } from "../../core/xml/write.ts";
import * as B from "./binding.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIX, XSI_NAMESPACE } from "./namespace.ts";

/** Options of the writers. */
export interface SerializeOptions {
  /** Namespace to write (default {@link NAMESPACE}). */
  readonly namespace?: string;
  /** Root element of a transfer message; default: the name the message was read with, else {@link DEFAULT_ROOT_ELEMENT}. */
  readonly rootElement?: string;
  /** Indent (default `true`). */
  readonly pretty?: boolean;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
}

function writerFor(ns: string, options: SerializeOptions): XmlWriter {
  return new XmlWriter({
    pretty: options.pretty ?? true,
    declaration: options.declaration ?? true,
    prefixes: { [ns]: PREFIX, [XSI_NAMESPACE]: "xsi" },
  });
}

/**
 * Writes a transfer message.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const ns = options.namespace ?? NAMESPACE;
  const w = writerFor(ns, options);
  const root = options.rootElement ?? nachricht.elementName ?? DEFAULT_ROOT_ELEMENT;
  writeComplex(w, ns, root, B.Nachricht, nachricht as unknown as Record<string, unknown>, { namespace: ns, prefix: PREFIX });
  return w.toString();
}

/** Writes a transfer message; characters XML cannot carry give a diagnostic instead of an exception. */
export function safeSerialize(nachricht: Nachricht, options?: SerializeOptions): Result<string> {
  try {
    return success(serialize(nachricht, options));
  } catch (e) {
    if (e instanceof XoevError) return failure(e.diagnostics);
    throw e;
  }
}

/**
 * Writes a single Leistung as a document with the root element `leistung`.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export function serializeLeistung(leistung: Leistung, options: SerializeOptions = {}): string {
  const ns = options.namespace ?? NAMESPACE;
  const w = writerFor(ns, options);
  writeComplex(w, ns, "leistung", B.Leistung, leistung as unknown as Record<string, unknown>, { namespace: ns, prefix: PREFIX });
  return w.toString();
}
