/**
 * Reads XZuFi 2.3.1 documents into the model: a transfer message (`safeParse`) or a single Leistung
 * (`safeParseLeistung`). Reading is tolerant of the reconstructed parts of the binding: children in another
 * order are accepted (reported as `info`), unknown children and attributes are reported as warnings and kept
 * (`unknownElements`/`unknownAttributes`), so that `serialize` writes back everything that was read. The
 * readers are the shared ones of every XZuFi version (`../common/version.ts`) with this version's
 * configuration (`config.ts`).
 */
import { xzufiReader } from "../common/version.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";

export type { ParseOptions } from "../common/version.ts";

const reader = xzufiReader<Nachricht, Leistung>(CONFIG);

/**
 * Maps an already-read root element to a transfer message (the registry's pipeline reads the XML once and hands
 * the tree to the standard it detected). The root element's name is not public, so any name is accepted (and kept
 * in `elementName`) except the names of the objects themselves. To read XML text, use {@link safeParse}.
 *
 * @example
 * ```ts
 * import { safeParseElement } from "fim-xoev/xzufi/v2_3_1";
 *
 * type XmlElement = Parameters<typeof safeParseElement>[0];
 * declare const root: XmlElement; // the root element the pipeline's reader produced
 * const result = safeParseElement(root, { file: "leistungen-2.3.1.xzufi.xml" });
 * if (result.success) console.log(result.data.elementName);
 * else for (const d of result.diagnostics) console.error(d.location?.line, d.message);
 * ```
 */
export const {
  /**
   * Maps an already-read root element to a transfer message (the registry's pipeline reads the XML once and hands
   * the tree to the standard it detected). The root element's name is not public, so any name is accepted (and kept
   * in `elementName`) except the names of the objects themselves. To read XML text, use {@link safeParse}.
   *
   * @example
   * ```ts
   * import { safeParseElement } from "fim-xoev/xzufi/v2_3_1";
   *
   * type XmlElement = Parameters<typeof safeParseElement>[0];
   * declare const root: XmlElement; // the root element the pipeline's reader produced
   * const result = safeParseElement(root, { file: "leistungen-2.3.1.xzufi.xml" });
   * if (result.success) console.log(result.data.elementName);
   * else for (const d of result.diagnostics) console.error(d.location?.line, d.message);
   * ```
   */
  safeParseElement,
} = reader;

/**
 * Reads an XZuFi 2.3.1 transfer message: `safeParse` returns a `Result` (never throws), `parse` throws one
 * `XoevError` with every finding when the document is not well-formed or has errors.
 *
 * @example
 * ```ts
 * import { safeParse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const result = safeParse(xml, { file: "leistungen.xml" });
 * if (result.success) {
 *   for (const op of result.data.operation) if ("schreibe" in op && "leistung" in op.schreibe) console.log(op.schreibe.leistung.id.value);
 * } else for (const d of result.diagnostics) console.log(d.location?.line, d.message);
 * ```
 */
export const {
  /**
   * Reads an XZuFi 2.3.1 transfer message: `safeParse` returns a `Result` (never throws), `parse` throws one
   * `XoevError` with every finding when the document is not well-formed or has errors.
   *
   * @example
   * ```ts
   * import { safeParse } from "fim-xoev/xzufi/v2_3_1";
   * declare const xml: string;
   * const result = safeParse(xml, { file: "leistungen.xml" });
   * if (result.success) {
   *   for (const op of result.data.operation) if ("schreibe" in op && "leistung" in op.schreibe) console.log(op.schreibe.leistung.id.value);
   * } else for (const d of result.diagnostics) console.log(d.location?.line, d.message);
   * ```
   */
  safeParse,
  /**
   * Reads an XZuFi 2.3.1 transfer message: `safeParse` returns a `Result` (never throws), `parse` throws one
   * `XoevError` with every finding when the document is not well-formed or has errors.
   *
   * @example
   * ```ts
   * import { safeParse } from "fim-xoev/xzufi/v2_3_1";
   * declare const xml: string;
   * const result = safeParse(xml, { file: "leistungen.xml" });
   * if (result.success) {
   *   for (const op of result.data.operation) if ("schreibe" in op && "leistung" in op.schreibe) console.log(op.schreibe.leistung.id.value);
   * } else for (const d of result.diagnostics) console.log(d.location?.line, d.message);
   * ```
   */
  parse,
} = reader;

/**
 * Reads a document whose root element is a single `leistung` (e.g. a Stammtext download): `safeParseLeistung`
 * returns a `Result`, `parseLeistung` throws an `XoevError` with every finding.
 *
 * @example
 * ```ts
 * import { parseLeistung } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const l = parseLeistung(xml);
 * console.log(l.id.value, l.referenzLeistungsschluessel[0]?.value); // e.g. 99108001000000
 * ```
 */
export const {
  /**
   * Reads a document whose root element is a single `leistung` (e.g. a Stammtext download): `safeParseLeistung`
   * returns a `Result`, `parseLeistung` throws an `XoevError` with every finding.
   *
   * @example
   * ```ts
   * import { parseLeistung } from "fim-xoev/xzufi/v2_3_1";
   * declare const xml: string;
   * const l = parseLeistung(xml);
   * console.log(l.id.value, l.referenzLeistungsschluessel[0]?.value); // e.g. 99108001000000
   * ```
   */
  safeParseLeistung,
  /**
   * Reads a document whose root element is a single `leistung` (e.g. a Stammtext download): `safeParseLeistung`
   * returns a `Result`, `parseLeistung` throws an `XoevError` with every finding.
   *
   * @example
   * ```ts
   * import { parseLeistung } from "fim-xoev/xzufi/v2_3_1";
   * declare const xml: string;
   * const l = parseLeistung(xml);
   * console.log(l.id.value, l.referenzLeistungsschluessel[0]?.value); // e.g. 99108001000000
   * ```
   */
  parseLeistung,
} = reader;
