/**
 * Writes the XZuFi 2.2.0 model as XML. Deterministic: the same model always gives the same bytes (binding
 * order; content kept from parsing is written after the known content of its element). The writing itself is
 * the binding's generic driver (`core/binding/document.ts`).
 */
import { safeWrite, writeDocument } from "../../core/binding/document.ts";
import type { Result } from "../../core/result.ts";
import * as B from "./binding.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, NAMESPACE, PREFIX } from "./namespace.ts";

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

/**
 * Writes a transfer message.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const root = options.rootElement ?? nachricht.elementName ?? DEFAULT_ROOT_ELEMENT;
  return writeDocument(root, B.Nachricht, nachricht, { ...options, namespace: options.namespace ?? NAMESPACE, prefix: PREFIX });
}

/** Writes a transfer message; characters XML cannot carry give a diagnostic instead of an exception. */
export function safeSerialize(nachricht: Nachricht, options?: SerializeOptions): Result<string> {
  return safeWrite(() => serialize(nachricht, options));
}

/**
 * Writes a single Leistung as a document with the root element `leistung`.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export function serializeLeistung(leistung: Leistung, options: SerializeOptions = {}): string {
  return writeDocument("leistung", B.Leistung, leistung, { ...options, namespace: options.namespace ?? NAMESPACE, prefix: PREFIX });
}
