/**
 * Findings about model objects: a rule reports on an object, and the finding takes its line and column from the
 * element the object was read from (`sourceElement`, recorded by the parsers), or none for an object built in code.
 * Knows no standard: the code, path and rule id are the caller's.
 */
import { type DiagnosticInit, diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode } from "../diagnostics/diagnostic.ts";
import { sourceElement } from "../xml/cursor.ts";

/** Where a model object was read from, as a diagnostic location; `undefined` for objects built in code. */
export function locationOf(at: object | undefined): { readonly line: number; readonly column: number } | undefined {
  const el = at === undefined ? undefined : sourceElement(at);
  return el === undefined ? undefined : { line: el.line, column: el.column };
}

/** A diagnostic of the `rules` stage about the model object `at`, located where that object was read from. */
export function ruleFinding<C extends DiagnosticCode>(
  init: Omit<DiagnosticInit<C>, "stage" | "location"> & { readonly at: object | undefined },
): Diagnostic {
  const { at, ...rest } = init;
  return diagnostic({ ...rest, stage: "rules", location: locationOf(at) } as DiagnosticInit<C>);
}
