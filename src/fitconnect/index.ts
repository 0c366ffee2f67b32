/**
 * FIT-Connect submissions (the successor of the XFall container) — `import … from "fim-xoev/fitconnect"`.
 *
 * Sending side: {@link safeCreateSubmission} turns a Stammdatenschema, its Fachdaten (validated with the form-data
 * module) and attachments into the metadata document (version 1.0.0) with SHA-512 hashes, `submissionSchema` and
 * `publicServiceType`; the typed builders make the optional blocks; {@link safeEncryptSubmission} makes the JWE set
 * (RSA-OAEP-256 + A256GCM). Receiving side: {@link safeDecryptSubmission}, {@link safeVerifySubmission}, or both in
 * {@link safeOpenSubmission}. No transport, routing or Submission API: see docs/fitconnect.md.
 */
export * from "./blocks.ts";
export * from "./create.ts";
export * from "./crypto.ts";
export * from "./layout.ts";
export type { FitConnectDiagnosticParams } from "./messages.ts";
export * from "./metadata.ts";
export * from "./schema-uri.ts";
export * from "./verify.ts";
