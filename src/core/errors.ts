import type { Diagnostic } from "./diagnostics/diagnostic.ts";

/** The one error class of the library, thrown by the non-`safe` variants. Carries every finding. */
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

/** True for errors thrown by this library. */
export function isXoevError(error: unknown): error is XoevError {
  return error instanceof XoevError;
}
