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

/**
 * Options of {@link serialize} and {@link safeSerialize}: indentation and the XML declaration.
 *
 * @example
 * ```ts
 * import { parse, type SerializeOptions, serialize } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // one line, no XML declaration: to embed the message in another document
 * const compact: SerializeOptions = { pretty: false, declaration: false };
 * const body = serialize(parse(xml), compact);
 * console.log(body.startsWith("<xprozess:"));
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { parse, serialize } from "fim-xoev/xprozess/v2";
 *
 * // read, change the version of every Prozessklasse, write back (unknown content is kept)
 * const nachricht = parse(readFileSync("hundesteuer.xprozess.xml"));
 * if (nachricht.nachricht === "alleInhalte.export.0303" && nachricht.prozesskatalog !== undefined) {
 *   const prozessklasse = nachricht.prozesskatalog.prozessklasse.map((k) => ({ ...k, version: "1.1.0" }));
 *   const neu = { ...nachricht, prozesskatalog: { ...nachricht.prozesskatalog, prozessklasse } };
 *   writeFileSync("hundesteuer-1.1.0.xprozess.xml", serialize(neu));
 * }
 * ```
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const { nachricht: name, ...content } = nachricht;
  return writeDocument(name, MESSAGES[name], content, { ...options, namespace: NAMESPACE, prefix: PREFIX });
}

/**
 * Writes a message; characters XML cannot carry give a diagnostic instead of an exception.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { type Nachricht, safeSerialize } from "fim-xoev/xprozess/v2";
 *
 * declare const nachricht: Nachricht;
 * const written = safeSerialize(nachricht);
 * if (written.success) writeFileSync("hundesteuer.xprozess.xml", written.data);
 * else console.error(written.diagnostics[0].message); // e.g. a control character in a name
 * ```
 */
export function safeSerialize(nachricht: Nachricht, options?: SerializeOptions): Result<string> {
  return safeWrite(() => serialize(nachricht, options));
}
