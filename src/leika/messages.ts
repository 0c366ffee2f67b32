/**
 * The diagnostic codes of reading the LeiKa catalogue CSV (`fim-xoev/leika`, stage `input`), with their messages
 * in both locales.
 */
import { defineMessages } from "../core/diagnostics/create.ts";

/** Parameters of the diagnostic codes of the LeiKa CSV reader (merged into `DiagnosticParams`). */
export interface LeikaDiagnosticParams {
  // input stage: delimited text (CSV) and catalogues
  "malformed-record": { readonly reason: string };
  "field-count-mismatch": { readonly expected: number; readonly actual: number };
  "missing-column": { readonly column: string };
  // a CSV whose first line is data, not column names, read without column names given (`keyColumn` = 1-based
  // column where the first record holds a key, 0 when none)
  "missing-header": { readonly keyColumn: number };
  "unknown-column": { readonly column: string };
  "duplicate-key": { readonly key: string; readonly firstLine: number };
}

declare module "../core/diagnostics/diagnostic.ts" {
  interface DiagnosticParams extends LeikaDiagnosticParams {}
}

/** The messages of {@link LeikaDiagnosticParams} in both locales. */
export const LEIKA_MESSAGES = defineMessages<keyof LeikaDiagnosticParams>({
  en: {
    "malformed-record": ({ reason }) => `The record is malformed: ${reason}`,
    "field-count-mismatch": ({ expected, actual }) => `The record has ${actual} fields, expected ${expected}.`,
    "missing-column": ({ column }) => `Column ${column} is missing.`,
    "missing-header": ({ keyColumn }) =>
      `The first line holds data, not column names${keyColumn > 0 ? ` (column ${keyColumn} holds a Leistungsschlüssel)` : ""}, so the columns cannot be told apart: name them in order with --columns (option \`columns\`), e.g. --columns Bezeichnung,Behoerde,Schluessel.`,
    "unknown-column": ({ column }) => `Column ${column} is not known; its values are kept as they are.`,
    "duplicate-key": ({ key, firstLine }) => `Key ${key} already occurs in line ${firstLine}.`,
  },
  de: {
    "malformed-record": ({ reason }) => `Der Datensatz ist fehlerhaft aufgebaut: ${reason}`,
    "field-count-mismatch": ({ expected, actual }) => `Der Datensatz hat ${actual} Felder, erwartet ${expected}.`,
    "missing-column": ({ column }) => `Die Spalte ${column} fehlt.`,
    "missing-header": ({ keyColumn }) =>
      `Die erste Zeile enthält Daten, keine Spaltennamen${keyColumn > 0 ? ` (Spalte ${keyColumn} enthält einen Leistungsschlüssel)` : ""}, die Spalten sind so nicht zu unterscheiden: sie der Reihe nach mit --columns (Option \`columns\`) benennen, z. B. --columns Bezeichnung,Behoerde,Schluessel.`,
    "unknown-column": ({ column }) => `Die Spalte ${column} ist unbekannt; ihre Werte werden unverändert übernommen.`,
    "duplicate-key": ({ key, firstLine }) => `Der Schlüssel ${key} kommt bereits in Zeile ${firstLine} vor.`,
  },
});
