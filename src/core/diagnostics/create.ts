import type { Diagnostic, DiagnosticCode, DiagnosticParams, MessageCatalog, Severity, SourceLocation, Stage } from "./diagnostic.ts";
import { de } from "./messages/de.ts";
import { en } from "./messages/en.ts";

/** Locales with a message catalog. */
export type Locale = "de" | "en";

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { de, en };
let activeLocale: Locale = "en";

/**
 * Sets the locale in which new diagnostics render their `message` (default `en`).
 *
 * @example
 * ```ts
 * import { setLocale } from "fim-xoev";
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * setLocale("de"); // diagnostics made from now on carry German messages
 * const result = safeParse(xml);
 * for (const d of result.diagnostics) console.log(d.message);
 * ```
 */
export function setLocale(locale: Locale): void {
  activeLocale = locale;
}

/**
 * The locale in which new diagnostics render their `message`.
 *
 * @example
 * ```ts
 * import { getLocale, setLocale } from "fim-xoev";
 *
 * const before = getLocale(); // "en" unless changed
 * setLocale("de");
 * // … make German diagnostics …
 * setLocale(before);
 * ```
 */
export function getLocale(): Locale {
  return activeLocale;
}

/**
 * Renders the message of a code in a locale.
 *
 * @example
 * ```ts
 * import { renderMessage } from "fim-xoev";
 *
 * // the text of a code in either locale, e.g. for a UI that lists the codes it handles
 * const text = renderMessage("missing-element", { element: "xdf3:bezeichnungEingabe" }, "de");
 * console.log(text);
 * ```
 */
export function renderMessage<C extends DiagnosticCode>(code: C, params: DiagnosticParams[C], locale: Locale = activeLocale): string {
  const render = catalogs[locale][code] as (p: DiagnosticParams[C]) => string;
  return render(params);
}

/**
 * Returns the diagnostic with its message rendered in another locale.
 *
 * @example
 * ```ts
 * import { localize } from "fim-xoev";
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const result = safeParse(xml);
 * // the same findings, rendered in German for the editor and in English for the log
 * const deutsch = result.diagnostics.map((d) => localize(d, "de"));
 * console.log(deutsch.map((d) => d.message).join("\n"));
 * ```
 */
export function localize(diagnostic: Diagnostic, locale: Locale): Diagnostic {
  return { ...diagnostic, message: renderMessage(diagnostic.code, diagnostic.params as never, locale) } as Diagnostic;
}

/** What it takes to make a diagnostic; `message` is rendered from the catalog unless given. */
export type DiagnosticInit<C extends DiagnosticCode = DiagnosticCode> = {
  readonly code: C;
  readonly params: DiagnosticParams[C];
  readonly severity: Severity;
  readonly stage: Stage;
  readonly path: string;
  readonly location?: SourceLocation | undefined;
  readonly ruleId?: string | undefined;
  readonly message?: string | undefined;
  readonly file?: string | undefined;
};

/** Makes a diagnostic, rendering its message in the active locale. Undefined optional keys are left out. */
export function diagnostic<C extends DiagnosticCode>(init: DiagnosticInit<C>): Diagnostic {
  const d: Record<string, unknown> = {
    severity: init.severity,
    stage: init.stage,
    code: init.code,
    params: init.params,
    message: init.message ?? renderMessage(init.code, init.params),
    path: init.path,
  };
  if (init.location !== undefined) {
    d.location =
      init.location.column === undefined ? { line: init.location.line } : { line: init.location.line, column: init.location.column };
  }
  if (init.ruleId !== undefined) d.ruleId = init.ruleId;
  if (init.file !== undefined) d.file = init.file;
  return d as unknown as Diagnostic;
}

/**
 * True when a list holds a diagnostic at error level or worse.
 *
 * @example
 * ```ts
 * import { hasErrors } from "fim-xoev";
 * import { check } from "fim-xoev/xdatenfelder/v3/rules";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const report = check(parse(xml));
 * if (hasErrors(report.diagnostics)) process.exitCode = 1; // warnings and infos alone pass
 * ```
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "fatal" || d.severity === "error");
}
