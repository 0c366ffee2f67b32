/**
 * Reads XZuFi 2.2.0 documents into the model: a transfer message (`safeParse`) or a single Leistung
 * (`safeParseLeistung`). Reading is tolerant of the reconstructed parts of the binding: children in another
 * order are accepted (reported as `info`), unknown children and attributes are reported as warnings and kept
 * (`unknownElements`/`unknownAttributes`), so that `serialize` writes back everything that was read. The
 * readers are the shared ones of every XZuFi version (`../common/version.ts`) with this version's
 * configuration (`config.ts`).
 */
import type { Result } from "../../core/result.ts";
import type { XmlElement } from "../../core/xml/node.ts";
import { type ParseOptions, xzufiReader } from "../common/version.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";

export type { ParseOptions } from "../common/version.ts";

const reader = xzufiReader<Nachricht, Leistung>(CONFIG);

/**
 * Maps an already-read root element to a transfer message. The root element's name is not public, so any
 * name is accepted (and kept in `elementName`) except the names of the objects themselves.
 */
export const safeParseElement: (root: XmlElement, options?: ParseOptions) => Result<Nachricht> = reader.safeParseElement;

/**
 * Reads an XZuFi 2.2.0 transfer message.
 *
 * @example
 * const result = xzufi22.safeParse(xml);
 * if (result.success) for (const op of result.data.operation) if ("schreibe" in op) …
 */
export const safeParse: (xml: string | Uint8Array, options?: ParseOptions) => Result<Nachricht> = reader.safeParse;

/**
 * Reads an XZuFi 2.2.0 transfer message.
 *
 * @throws {XoevError} with every finding when the document is not well-formed or has errors.
 */
export const parse: (xml: string | Uint8Array, options?: ParseOptions) => Nachricht = reader.parse;

/** Reads a document whose root element is a single `leistung` (e.g. a Stammtext download). */
export const safeParseLeistung: (xml: string | Uint8Array, options?: ParseOptions) => Result<Leistung> = reader.safeParseLeistung;

/**
 * Reads a document whose root element is a single `leistung`.
 *
 * @throws {XoevError} with every finding.
 */
export const parseLeistung: (xml: string | Uint8Array, options?: ParseOptions) => Leistung = reader.parseLeistung;
