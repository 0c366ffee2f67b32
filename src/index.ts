/**
 * fim-xoev — version-agnostic pieces: diagnostics, results, the error class and locale handling, and the types of
 * content the XZuFi and XProzess models keep as it was read (`RawElement`, `RawAttribute`).
 * Standards live in subpaths: `fim-xoev/xdatenfelder/v3`, `fim-xoev/validation`, …
 */

export type { RawAttribute, RawElement } from "./core/binding/types.ts";
export type { CodeList, XoevCode } from "./core/codelists/code.ts";
export { getLocale, hasErrors, type Locale, localize, renderMessage, setLocale } from "./core/diagnostics/create.ts";
export type {
  Diagnostic,
  DiagnosticBase,
  DiagnosticCode,
  DiagnosticParams,
  FormDataRule,
  MessageCatalog,
  Severity,
  SourceLocation,
  Stage,
} from "./core/diagnostics/diagnostic.ts";
export { SEVERITY_RANK } from "./core/diagnostics/diagnostic.ts";
export { countBySeverity, formatDiagnostic } from "./core/diagnostics/format.ts";
export { isXoevError, XoevError } from "./core/errors.ts";
export { failure, mapResult, type Result, resultOf, success, unwrap } from "./core/result.ts";
