import type { Diagnostic } from "./diagnostics/diagnostic.ts";

/**
 * The one error class of the library, thrown by the non-`safe` variants. Carries every finding.
 *
 * @example
 * ```ts
 * import { XoevError } from "fim-xoev";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * try {
 *   console.log(parse(xml).kind);
 * } catch (error) {
 *   if (!(error instanceof XoevError)) throw error;
 *   // every finding, not just the first: the message names the first one
 *   for (const d of error.diagnostics) console.log(d.code, d.path);
 * }
 * ```
 */
export class XoevError extends Error {
  override readonly name = "XoevError";
  readonly diagnostics: readonly [Diagnostic, ...Diagnostic[]];

  constructor(diagnostics: readonly [Diagnostic, ...Diagnostic[]], options?: ErrorOptions) {
    const first = diagnostics[0];
    const where = first.location !== undefined ? ` (line ${first.location.line})` : "";
    super(`${first.message}${where}${diagnostics.length > 1 ? ` (+${diagnostics.length - 1} more finding(s))` : ""}`, options);
    this.diagnostics = diagnostics;
  }
}

/**
 * True for errors thrown by this library.
 *
 * @example
 * ```ts
 * import { isXoevError } from "fim-xoev";
 * import { parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * try {
 *   parseLeistungsschluessel("9910800100000"); // 13 digits: one short
 * } catch (error) {
 *   if (isXoevError(error)) console.log(error.diagnostics[0].code);
 *   else throw error;
 * }
 * ```
 */
export function isXoevError(error: unknown): error is XoevError {
  return error instanceof XoevError;
}
