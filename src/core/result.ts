import { hasErrors } from "./diagnostics/create.ts";
import type { Diagnostic } from "./diagnostics/diagnostic.ts";
import { XoevError } from "./errors.ts";

/**
 * Outcome of a `safe*` function. A successful result may still carry `warning` and `info`
 * diagnostics; a failed one carries at least one finding of severity `error` or `fatal`.
 */
export type Result<T> =
  | { readonly success: true; readonly data: T; readonly diagnostics: readonly Diagnostic[] }
  | { readonly success: false; readonly data?: T | undefined; readonly diagnostics: readonly [Diagnostic, ...Diagnostic[]] };

/**
 * A successful result.
 *
 * @example
 * ```ts
 * import { type Result, success } from "fim-xoev";
 *
 * // a function of your own with the library's safe-function shape
 * function parseAnzahl(text: string): Result<number> {
 *   return success(Number.parseInt(text, 10));
 * }
 * const r = parseAnzahl("3");
 * if (r.success) console.log(r.data + 1);
 * ```
 */
export function success<T>(data: T, diagnostics: readonly Diagnostic[] = []): Result<T> {
  return { success: true, data, diagnostics };
}

/**
 * A failed result; `data` is what could be recovered despite the errors, if anything.
 *
 * @example
 * ```ts
 * import { type Diagnostic, failure, type Result, success } from "fim-xoev";
 * import { safeParseLeistungsschluessel } from "fim-xoev/leika";
 *
 * // a safe function of your own that passes the library's findings on
 * function leistungsgruppe(key: string): Result<string> {
 *   const parsed = safeParseLeistungsschluessel(key);
 *   if (!parsed.success) return failure(parsed.diagnostics as [Diagnostic, ...Diagnostic[]]);
 *   return success(parsed.data.slice(2, 5)); // digits 3–5: the Leistungsgruppierung
 * }
 * console.log(leistungsgruppe("99108001000000"));
 * ```
 */
export function failure<T = never>(diagnostics: readonly [Diagnostic, ...Diagnostic[]], data?: T): Result<T> {
  return data === undefined ? { success: false, diagnostics } : { success: false, data, diagnostics };
}

/**
 * Succeeds unless the diagnostics hold an error; keeps the (possibly partial) data either way.
 *
 * @example
 * ```ts
 * import { type Diagnostic, type Result, resultOf } from "fim-xoev";
 *
 * declare const findings: readonly Diagnostic[];
 * // succeeds when no finding is an error; the warnings travel with the data
 * const r: Result<string> = resultOf("S00000000362", findings);
 * console.log(r.success, r.diagnostics.length);
 * ```
 */
export function resultOf<T>(data: T | undefined, diagnostics: readonly Diagnostic[]): Result<T> {
  if (data !== undefined && !hasErrors(diagnostics)) return success(data, diagnostics);
  if (diagnostics.length === 0) throw new TypeError("resultOf: a failed result needs a diagnostic");
  return failure(diagnostics as [Diagnostic, ...Diagnostic[]], data);
}

/**
 * Maps the data of a successful result.
 *
 * @example
 * ```ts
 * import { mapResult } from "fim-xoev";
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // the message's kind, keeping every diagnostic (and the kind of a partly read message)
 * const kind = mapResult(safeParse(xml), (n) => n.kind);
 * if (kind.success) console.log(kind.data);
 * ```
 */
export function mapResult<T, U>(result: Result<T>, fn: (data: T) => U): Result<U> {
  if (!result.success)
    return { success: false, diagnostics: result.diagnostics, ...(result.data !== undefined && { data: fn(result.data) }) };
  return success(fn(result.data), result.diagnostics);
}

/**
 * Returns the data of a result or throws its diagnostics as one {@link XoevError}.
 *
 * @example
 * ```ts
 * import { unwrap } from "fim-xoev";
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // the safe form's result, turned into the model or one XoevError carrying every finding
 * const nachricht = unwrap(safeParse(xml));
 * console.log(nachricht.kind);
 * ```
 */
export function unwrap<T>(result: Result<T>): T {
  if (!result.success) throw new XoevError(result.diagnostics);
  return result.data;
}
