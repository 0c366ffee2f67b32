/**
 * Writes XProzess 2.0 messages as XML. Deterministic: the same model always gives the same bytes (binding order,
 * which is the XSD order; content kept from parsing is written after the known content of its element), with
 * the canonical prefix `xprozess`. The writing itself is the binding's generic driver (`core/binding/document.ts`).
 */
import { safeWrite, writeDocument } from "../../core/binding/document.ts";
import type { Result } from "../../core/result.ts";
import { MESSAGES } from "./binding.ts";
import type { Nachricht } from "./model.ts";
import { NAMESPACE, PREFIX } from "./namespace.ts";

/** Options of the writers. */
export interface SerializeOptions {
  /** Indent (default `true`). */
  readonly pretty?: boolean;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
}

/**
 * Writes a message; its root element is the message's `nachricht`.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const { nachricht: name, ...content } = nachricht;
  return writeDocument(name, MESSAGES[name], content, { ...options, namespace: NAMESPACE, prefix: PREFIX });
}

/** Writes a message; characters XML cannot carry give a diagnostic instead of an exception. */
export function safeSerialize(nachricht: Nachricht, options?: SerializeOptions): Result<string> {
  return safeWrite(() => serialize(nachricht, options));
}
