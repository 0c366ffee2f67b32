/**
 * FIT-Connect submissions (the successor of the XFall container) — `import … from "fim-xoev/fitconnect"`.
 *
 * Sending side: {@link safeCreateSubmission} turns a Stammdatenschema, its Fachdaten (validated with the form-data
 * module) and attachments into the metadata document (version 1.0.0) with SHA-512 hashes, `submissionSchema` and
 * `publicServiceType`; the typed builders make the optional blocks; {@link safeEncryptSubmission} makes the JWE set
 * (RSA-OAEP-256 + A256GCM). Receiving side: {@link safeDecryptSubmission}, {@link safeVerifySubmission}, or both in
 * {@link safeOpenSubmission}. No transport, routing or Submission API: see docs/fitconnect.md.
 *
 * @example
 * ```ts
 * import { type JWK, openSubmission, safeCreateSubmission, safeEncryptSubmission, schemaResolver } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema; // Anmeldung eines Hundes zur Hundesteuer
 * declare const fachdaten: FormData;
 * declare const destination: { readonly publicKey: JWK; readonly privateKey: JWK };
 * // sending side: build (Fachdaten validated, hashes, metadata 1.0.0) and encrypt
 * const created = await safeCreateSubmission({ schema, data: fachdaten, leistungsschluessel: "99125001012000" });
 * if (created.success) {
 *   const encrypted = await safeEncryptSubmission(created.data, destination.publicKey);
 *   // receiving side: decrypt and verify metadata, hashes and Fachdaten
 *   if (encrypted.success) {
 *     const opened = await openSubmission(encrypted.data, destination.privateKey, { resolveSchema: schemaResolver([schema]) });
 *     console.log(opened.checks); // { metadata: "passed", hashes: "passed", fachdaten: "passed" }
 *   }
 * }
 * ```
 */
export * from "./blocks.ts";
export * from "./create.ts";
export * from "./crypto.ts";
export * from "./layout.ts";
export type { FitConnectDiagnosticParams } from "./messages.ts";
export * from "./metadata.ts";
export * from "./schema-uri.ts";
export * from "./verify.ts";
