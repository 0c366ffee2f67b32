/**
 * XDatenfelder 3.0.0 model → XML, written by the binding's compiled writers from the tables of `binding.ts`.
 * Deterministic: the XSD's element order, attributes in a fixed order, namespaces declared once on the root
 * (prefix `xdf3` unless configured).
 */
import { contentWriterOf } from "../../core/binding/compile.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { keptAttributeSpecs, prefixesWithKept, XmlWriter } from "../../core/xml/write.ts";
import { MESSAGE_CONTENT } from "./binding.ts";
import type { Nachricht } from "./model.ts";
import { DEFAULT_PREFIX, GENERICODE_NAMESPACE, NAMESPACE } from "./namespace.ts";

const X = NAMESPACE;

/**
 * Options for {@link serialize}.
 * @example
 * ```ts
 * import { type Nachricht, type SerializeOptions, serialize } from "fim-xoev/xdatenfelder/v3";
 * declare const nachricht: Nachricht;
 * const options: SerializeOptions = { prefix: "xdf", indent: "\t", normalizeGenericode: true };
 * console.log(serialize(nachricht, options)); // <xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
 * ```
 */
export interface SerializeOptions {
  /** Prefix for the XDatenfelder namespace (default `xdf3`, as FIM Portal exports use; `""` = default namespace). */
  readonly prefix?: string;
  /** Indented output (default `true`); `false` writes compact XML without added white space. */
  readonly pretty?: boolean;
  /** Indentation unit (default two spaces). */
  readonly indent?: string;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
  /** Write an embedded genericode code list in the OASIS form even if it came in the FIM (qualified) form. */
  readonly normalizeGenericode?: boolean;
}

/**
 * Serializes a message to XML (XSD element order, namespace declared once on the root). Throws an {@link XoevError}
 * when the model holds a character XML 1.0 cannot carry; {@link safeSerialize} returns that as a diagnostic instead.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { parse, serialize } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // S05000001205 as exported by the FIM Portal
 * const nachricht = parse(xml);
 * if (nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const geaendert = { ...nachricht, stammdatenschema: { ...nachricht.stammdatenschema, versionshinweis: "Rechtsbezug aktualisiert" } };
 *   await writeFile("S05000001205.xdf3.xml", serialize(geaendert));
 * }
 * ```
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const prefixes = prefixesWithKept({ [X]: options.prefix ?? DEFAULT_PREFIX, [GENERICODE_NAMESPACE]: "gc" }, nachricht.rootAttributes);
  const xw = new XmlWriter({ pretty: options.pretty ?? true, indent: options.indent, declaration: options.declaration ?? true, prefixes });
  // The model objects given to `start` bring back the source's comments and PIs (core/xml/misc.ts).
  xw.start(X, nachricht.kind, keptAttributeSpecs(nachricht.rootAttributes), false, nachricht);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  contentWriterOf(MESSAGE_CONTENT[nachricht.kind] as ComplexType<object>)(xw, nachricht, {
    namespace: X,
    prefix,
    settings: { normalizeGenericode: options.normalizeGenericode === true },
  });
  xw.end();
  return xw.toString();
}

/**
 * Like {@link serialize}, returning problems (a character XML 1.0 cannot carry) as diagnostics instead of throwing.
 * @example
 * ```ts
 * import { type Nachricht, safeSerialize } from "fim-xoev/xdatenfelder/v3";
 * declare const nachricht: Nachricht; // built with createNachricht from user input
 * const result = safeSerialize(nachricht, { pretty: false });
 * if (result.success) console.log(result.data.length, "characters");
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
