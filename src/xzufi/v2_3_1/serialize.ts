/**
 * Writes the XZuFi 2.3.1 model as XML. Deterministic: the same model always gives the same bytes (binding
 * order; content kept from parsing is written after the known content of its element). The writers are the
 * shared ones of every XZuFi version (`../common/version.ts`) with this version's configuration.
 */
import type { Result } from "../../core/result.ts";
import { type SerializeOptions, xzufiWriter } from "../common/version.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";

export type { SerializeOptions } from "../common/version.ts";

const writer = xzufiWriter<Nachricht, Leistung>(CONFIG);

/**
 * Writes a transfer message.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export const serialize: (nachricht: Nachricht, options?: SerializeOptions) => string = writer.serialize;

/** Writes a transfer message; characters XML cannot carry give a diagnostic instead of an exception. */
export const safeSerialize: (nachricht: Nachricht, options?: SerializeOptions) => Result<string> = writer.safeSerialize;

/**
 * Writes a single Leistung as a document with the root element `leistung`.
 *
 * @throws {XoevError} when a value holds a character XML 1.0 does not allow.
 */
export const serializeLeistung: (leistung: Leistung, options?: SerializeOptions) => string = writer.serializeLeistung;
