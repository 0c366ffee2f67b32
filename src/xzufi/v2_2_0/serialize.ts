/**
 * Writes the XZuFi 2.2.0 model as XML. Deterministic: the same model always gives the same bytes (binding
 * order; content kept from parsing is written after the known content of its element). The writers are the
 * shared ones of every XZuFi version (`../common/version.ts`) with this version's configuration.
 */
import { xzufiWriter } from "../common/version.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";

export type { SerializeOptions } from "../common/version.ts";

const writer = xzufiWriter<Nachricht, Leistung>(CONFIG);

/**
 * Writes a transfer message: `serialize` throws an `XoevError` when a value holds a character XML 1.0 does not
 * allow, `safeSerialize` gives a diagnostic instead. The root element is the one the message was read with,
 * else `DEFAULT_ROOT_ELEMENT` (or `options.rootElement`).
 *
 * @example
 * ```ts
 * import { parse, serialize } from "fim-xoev/xzufi/v2_2_0";
 * declare const xml: string;
 * const nachricht = parse(xml);
 * const out = serialize(nachricht, { pretty: false }); // lossless: unknown content and comments come back
 * console.log(out.length);
 * ```
 */
export const {
  /**
   * Writes a transfer message: `serialize` throws an `XoevError` when a value holds a character XML 1.0 does not
   * allow, `safeSerialize` gives a diagnostic instead. The root element is the one the message was read with,
   * else `DEFAULT_ROOT_ELEMENT` (or `options.rootElement`).
   *
   * @example
   * ```ts
   * import { parse, serialize } from "fim-xoev/xzufi/v2_2_0";
   * declare const xml: string;
   * const nachricht = parse(xml);
   * const out = serialize(nachricht, { pretty: false }); // lossless: unknown content and comments come back
   * console.log(out.length);
   * ```
   */
  serialize,
  /**
   * Writes a transfer message: `serialize` throws an `XoevError` when a value holds a character XML 1.0 does not
   * allow, `safeSerialize` gives a diagnostic instead. The root element is the one the message was read with,
   * else `DEFAULT_ROOT_ELEMENT` (or `options.rootElement`).
   *
   * @example
   * ```ts
   * import { parse, serialize } from "fim-xoev/xzufi/v2_2_0";
   * declare const xml: string;
   * const nachricht = parse(xml);
   * const out = serialize(nachricht, { pretty: false }); // lossless: unknown content and comments come back
   * console.log(out.length);
   * ```
   */
  safeSerialize,
} = writer;

/**
 * Writes a single Leistung as a document with the root element `leistung`; throws an `XoevError` when a value
 * holds a character XML 1.0 does not allow.
 *
 * @example
 * ```ts
 * import { createLeistung, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
 * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
 * console.log(serializeLeistung(leistung, { declaration: false }));
 * ```
 */
export const {
  /**
   * Writes a single Leistung as a document with the root element `leistung`; throws an `XoevError` when a value
   * holds a character XML 1.0 does not allow.
   *
   * @example
   * ```ts
   * import { createLeistung, serializeLeistung } from "fim-xoev/xzufi/v2_2_0";
   * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
   * console.log(serializeLeistung(leistung, { declaration: false }));
   * ```
   */
  serializeLeistung,
} = writer;
