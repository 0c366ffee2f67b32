/**
 * The diagnostic codes of FIT-Connect submissions (`fim-xoev/fitconnect`), with their messages in both locales.
 * `part` names a file of the package (metadata.json, data.json, attachments/…, *.jwe).
 */
import { defineMessages } from "../core/diagnostics/create.ts";

/** Parameters of the diagnostic codes of FIT-Connect submissions (merged into `DiagnosticParams`). */
export interface FitConnectDiagnosticParams {
  // FIT-Connect submissions (src/fitconnect): `part` names the file (metadata.json, data.json, attachments/…, *.jwe)
  /** The metadata document breaks its schema (`pointer` = JSON Pointer into it). */
  "submission-metadata-invalid": { readonly pointer: string; readonly issue: string };
  /** The metadata names a metadata schema version this library does not know. */
  "submission-metadata-version-unsupported": { readonly version: string };
  /** A part's SHA-512 differs from the hash the metadata lists for it. */
  "submission-hash-mismatch": { readonly part: string; readonly expected: string; readonly actual: string };
  /** An attachment holds the content the metadata lists for another attachment (attachments swapped). */
  "submission-attachment-swapped": { readonly part: string; readonly other: string };
  /** A part the metadata (or the SHA512SUMS list) names is not there. */
  "submission-part-missing": { readonly part: string };
  /** A part is there that the metadata does not list. */
  "submission-part-unlisted": { readonly part: string };
  /** A JWE part cannot be decrypted (wrong key, changed bytes, not a compact JWE, other algorithms). */
  "submission-decryption-failed": { readonly part: string; readonly reason: string };
  /** A JWE part was encrypted for another key than the one given (`kid` of its header vs `kid` of the key). */
  "submission-key-mismatch": { readonly part: string; readonly expected: string; readonly actual: string };
  /** No local Stammdatenschema answers for the `submissionSchema.schemaUri`. */
  "submission-schema-unresolved": { readonly schemaUri: string };
  /** No `schemaUri` can be derived for a schema by the FIM convention (and none was given). */
  "submission-schema-uri-unknown": { readonly schema: string; readonly reason: string };
  /** A part's format differs from what the metadata declares for it. */
  "submission-mime-mismatch": { readonly part: string; readonly declared: string; readonly actual: string };
  /** A check that defines validity did not run (the result is then not valid). */
  "submission-check-skipped": { readonly check: string; readonly reason: string };
  /** A file of the package does not match its line in SHA512SUMS. */
  "submission-checksum-mismatch": { readonly part: string };
}

declare module "../core/diagnostics/diagnostic.ts" {
  interface DiagnosticParams extends FitConnectDiagnosticParams {}
}

/** The messages of {@link FitConnectDiagnosticParams} in both locales. */
export const FITCONNECT_MESSAGES = defineMessages<keyof FitConnectDiagnosticParams>({
  en: {
    "submission-metadata-invalid": ({ pointer, issue }) => `The FIT-Connect metadata is invalid at ${pointer}: ${issue}.`,
    "submission-metadata-version-unsupported": ({ version }) =>
      `The metadata names the schema ${version}, which is not a metadata version this library knows (known: 1.0.0).`,
    "submission-hash-mismatch": ({ part, expected, actual }) =>
      `${part} has been changed: its SHA-512 is ${actual.slice(0, 16)}…, the metadata lists ${expected.slice(0, 16)}….`,
    "submission-attachment-swapped": ({ part, other }) =>
      `${part} holds the content the metadata lists for ${other}: the attachments have been swapped.`,
    "submission-part-missing": ({ part }) => `${part} is listed but missing.`,
    "submission-part-unlisted": ({ part }) => `${part} is not listed in the metadata.`,
    "submission-decryption-failed": ({ part, reason }) => `${part} cannot be decrypted: ${reason}.`,
    "submission-key-mismatch": ({ part, expected, actual }) =>
      `${part} was encrypted for the key ${expected}, not for the given key ${actual}: a wrong private key (or a changed header).`,
    "submission-schema-unresolved": ({ schemaUri }) =>
      `No Stammdatenschema is known for the submission schema ${schemaUri}; the Fachdaten cannot be validated.`,
    "submission-schema-uri-unknown": ({ schema, reason }) =>
      `No submission schema URI can be derived for ${schema} (${reason}); give the schema URI explicitly.`,
    "submission-mime-mismatch": ({ part, declared, actual }) => `${part} is ${actual}, but the metadata declares ${declared}.`,
    "submission-check-skipped": ({ check, reason }) => `The check "${check}" did not run: ${reason}.`,
    "submission-checksum-mismatch": ({ part }) =>
      `${part} does not match its SHA-512 in SHA512SUMS: the file (or the list) has been changed.`,
  },
  de: {
    "submission-metadata-invalid": ({ pointer, issue }) => `Die FIT-Connect-Metadaten sind bei ${pointer} ungültig: ${issue}.`,
    "submission-metadata-version-unsupported": ({ version }) =>
      `Die Metadaten nennen das Schema ${version}, keine dieser Bibliothek bekannte Metadaten-Version (bekannt: 1.0.0).`,
    "submission-hash-mismatch": ({ part, expected, actual }) =>
      `${part} wurde verändert: sein SHA-512 ist ${actual.slice(0, 16)}…, die Metadaten nennen ${expected.slice(0, 16)}….`,
    "submission-attachment-swapped": ({ part, other }) =>
      `${part} enthält den Inhalt, den die Metadaten für ${other} nennen: die Anlagen wurden vertauscht.`,
    "submission-part-missing": ({ part }) => `${part} ist aufgeführt, fehlt aber.`,
    "submission-part-unlisted": ({ part }) => `${part} ist in den Metadaten nicht aufgeführt.`,
    "submission-decryption-failed": ({ part, reason }) => `${part} lässt sich nicht entschlüsseln: ${reason}.`,
    "submission-key-mismatch": ({ part, expected, actual }) =>
      `${part} wurde für den Schlüssel ${expected} verschlüsselt, nicht für den angegebenen Schlüssel ${actual}: falscher privater Schlüssel (oder ein veränderter Header).`,
    "submission-schema-unresolved": ({ schemaUri }) =>
      `Zum Fachdatenschema ${schemaUri} ist kein Stammdatenschema bekannt; die Fachdaten lassen sich nicht prüfen.`,
    "submission-schema-uri-unknown": ({ schema, reason }) =>
      `Für ${schema} lässt sich keine Fachdatenschema-URI ableiten (${reason}); bitte die Schema-URI ausdrücklich angeben.`,
    "submission-mime-mismatch": ({ part, declared, actual }) => `${part} ist ${actual}, die Metadaten geben aber ${declared} an.`,
    "submission-check-skipped": ({ check, reason }) => `Die Prüfung „${check}“ lief nicht: ${reason}.`,
    "submission-checksum-mismatch": ({ part }) =>
      `${part} passt nicht zu seinem SHA-512 in SHA512SUMS: die Datei (oder die Liste) wurde verändert.`,
  },
});
