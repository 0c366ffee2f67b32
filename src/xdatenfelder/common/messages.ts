/**
 * The diagnostic codes only XDatenfelder reports (2.0 and 3.0.0), with their parameters and their messages in
 * both locales: registered when a module that reports them is loaded (see `docs/architecture.md`, "Diagnostic
 * codes"). Imports only `core/`.
 */
import { defineMessages } from "../../core/diagnostics/create.ts";

/** Parameters of the diagnostic codes of XDatenfelder 2.0 and 3.0.0 (merged into `DiagnosticParams`). */
export interface XdatenfelderDiagnosticParams {
  "duplicate-relations": { readonly count: number; readonly distinct: number };
  // model stage: XDatenfelder 2.0 and genericode
  "invalid-praezisierung": { readonly text: string; readonly reason: string };
}

declare module "../../core/diagnostics/diagnostic.ts" {
  interface DiagnosticParams extends XdatenfelderDiagnosticParams {}
}

/** The messages of {@link XdatenfelderDiagnosticParams} in both locales. */
export const XDATENFELDER_MESSAGES = defineMessages<keyof XdatenfelderDiagnosticParams>({
  en: {
    "duplicate-relations": ({ count, distinct }) =>
      `${count} relation elements repeat an identical relation of the same element (${distinct} distinct relations kept in the deduplicated view).`,
    "invalid-praezisierung": ({ text, reason }) =>
      `The Präzisierung "${text}" is not a valid JSON object (${reason}); the text is kept unchanged.`,
  },
  de: {
    "duplicate-relations": ({ count, distinct }) =>
      `${count} relation-Elemente wiederholen eine identische Relation desselben Elements (${distinct} verschiedene Relationen in der bereinigten Sicht).`,
    "invalid-praezisierung": ({ text, reason }) =>
      `Die Präzisierung „${text}“ ist kein gültiges JSON-Objekt (${reason}); der Text bleibt unverändert erhalten.`,
  },
});
