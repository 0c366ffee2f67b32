/**
 * XDatenfelder 2.0 model → XML, driven by the binding tables of `binding.ts`. Deterministic: the XSD's element
 * order, namespaces declared once on the root (prefix `xdf` unless configured), root attributes (e.g.
 * `xsi:schemaLocation`) written back as read.
 */
import { contentWriterOf } from "../../core/binding/compile.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { GENERICODE_NAMESPACE as GC } from "../../core/codelists/genericode.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { keptAttributeSpecs, prefixesWithKept, XmlWriter } from "../../core/xml/write.ts";
import { MESSAGE_TYPES } from "./binding.ts";
import type { Nachricht } from "./model.ts";
import { DEFAULT_PREFIX, NAMESPACE } from "./namespace.ts";

const X = NAMESPACE;

/**
 * Options for {@link serialize}.
 * @example
 * ```ts
 * import { type Nachricht, type SerializeOptions, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const nachricht: Nachricht;
 * const options: SerializeOptions = { pretty: false, declaration: false };
 * console.log(serialize(nachricht, options)); // one line, e.g. to embed in another document
 * ```
 */
export interface SerializeOptions {
  /** Prefix for the XDatenfelder namespace (default `xdf`, as real 2.0 files use; `""` = default namespace). */
  readonly prefix?: string;
  /** Indented output (default `true`); `false` writes compact XML without added white space. */
  readonly pretty?: boolean;
  /** Indentation unit (default two spaces). */
  readonly indent?: string;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
  /** Write embedded genericode in the OASIS form even if it came in the FIM (qualified) form. */
  readonly normalizeGenericode?: boolean;
}

/**
 * Serializes a 2.0 message to XML (XSD element order, namespace declared once on the root, root attributes such as
 * `xsi:schemaLocation` kept). Throws an {@link XoevError} when the model holds a character XML 1.0 cannot carry;
 * {@link safeSerialize} returns that as a diagnostic instead.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { parse, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // S00000009 as exported
 * const nachricht = parse(xml);
 * if (nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const neu = { ...nachricht, stammdatenschema: { ...nachricht.stammdatenschema, versionshinweis: "GewAnzV 2014 eingearbeitet" } };
 *   await writeFile("S00000009_xdatenfelder.xml", serialize(neu));
 * }
 * ```
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const prefixes = prefixesWithKept({ [X]: options.prefix ?? DEFAULT_PREFIX, [GC]: "gc" }, nachricht.rootAttributes);
  const xw = new XmlWriter({ pretty: options.pretty ?? true, indent: options.indent, declaration: options.declaration ?? true, prefixes });
  // The model objects given to `start` bring back the source's comments and PIs (core/xml/misc.ts).
  xw.start(X, nachricht.kind, keptAttributeSpecs(nachricht.rootAttributes), false, nachricht);
  // Header and payload, in the order of the message's table.
  contentWriterOf(MESSAGE_TYPES[nachricht.kind].type as ComplexType<object>)(xw, nachricht, {
    namespace: X,
    prefix: options.prefix ?? DEFAULT_PREFIX,
    settings: { normalizeGenericode: options.normalizeGenericode === true },
  });
  xw.end();
  return xw.toString();
}

/**
 * Like {@link serialize}, returning problems (a character XML 1.0 cannot carry) as diagnostics instead of throwing.
 * @example
 * ```ts
 * import { type Nachricht, safeSerialize } from "fim-xoev/xdatenfelder/v2";
 * declare const nachricht: Nachricht;
 * const result = safeSerialize(nachricht);
 * if (result.success) console.log(result.data);
 * else for (const d of result.diagnostics) console.error(`${d.path}: ${d.message}`);
 * ```
 */
export function safeSerialize(nachricht: Nachricht, options: SerializeOptions = {}): Result<string> {
  try {
    return success(serialize(nachricht, options));
  } catch (e) {
    if (e instanceof XoevError) return failure(e.diagnostics);
    throw e;
  }
}
