/**
 * The receiving side: checks a submission's (decrypted) parts — the metadata against its version's schema, every
 * hash against the unencrypted bytes, the data's format against `submissionSchema.mimeType`, and the Fachdaten
 * against the Stammdatenschema that `submissionSchema.schemaUri` names (found through a {@link SchemaResolver}).
 * Each problem is one diagnostic with its own code, naming the file. Valid only when every check ran and passed.
 */
import { diagnostic, getLocale, type Locale, useMessages } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../core/result.ts";
import {
  type FormData,
  type FormOptions,
  safeBuildForm,
  safeFachdatenFromXml,
  safeParseFachdatenJson,
  validateFachdaten,
  validateFachdatenXml,
} from "../xdatenfelder/forms/index.ts";
import type { Stammdatenschema } from "../xdatenfelder/v3/model.ts";
import { type JWK, type ReceivedEncryptedSubmission, type SubmissionParts, safeDecryptSubmission } from "./crypto.ts";
import { attachmentFileName, dataFileName, sha512Hex } from "./layout.ts";
import { FITCONNECT_MESSAGES } from "./messages.ts";
import {
  type AttachmentEntry,
  DEFAULT_METADATA_VERSION,
  type Metadata,
  type MetadataValidator,
  type MetadataVersion,
  metadataDiagnostics,
  metadataValidator,
  metadataVersionOf,
} from "./metadata.ts";
import type { SchemaResolver } from "./schema-uri.ts";

useMessages(FITCONNECT_MESSAGES);

/** State of one check: `not-applicable` = nothing to check (a submission without Fachdaten). */
export type CheckState = "passed" | "failed" | "skipped" | "not-applicable";

/** The three checks of a submission. */
export interface SubmissionChecks {
  /** The metadata is JSON of a known version and valid against its schema. */
  readonly metadata: CheckState;
  /** Every part is there, listed, and has the hash the metadata lists (and the data the declared format). */
  readonly hashes: CheckState;
  /** The Fachdaten are valid against the Stammdatenschema named in `submissionSchema`. */
  readonly fachdaten: CheckState;
}

/** What the receiving side learns from a submission. */
export interface VerifiedSubmission {
  /** True when every check passed (or is not applicable). */
  readonly valid: boolean;
  readonly checks: SubmissionChecks;
  readonly metadata?: Metadata;
  readonly metadataVersion?: MetadataVersion;
  /** The Stammdatenschema the resolver found for `submissionSchema.schemaUri`. */
  readonly schema?: Stammdatenschema;
  /** The Fachdaten read into the form data model. */
  readonly fachdaten?: FormData;
}

/**
 * Options of {@link safeVerifySubmission}.
 *
 * @example
 * ```ts
 * import { schemaResolver, type SubmissionParts, type VerifyOptions, verifySubmission } from "fim-xoev/fitconnect";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schemas: readonly Stammdatenschema[];
 * declare const parts: SubmissionParts;
 * const options: VerifyOptions = {
 *   resolveSchema: schemaResolver(schemas),
 *   formOptions: { unversionedIds: true }, // Fachdaten keyed by bare ids (the older convention)
 *   locale: "de",
 * };
 * const verified = await verifySubmission(parts, options);
 * console.log(verified.fachdaten);
 * ```
 */
export interface VerifyOptions {
  /** Schema URI → local Stammdatenschema; without it the Fachdaten check is skipped. */
  readonly resolveSchema?: SchemaResolver;
  /** Options of the form model (code lists, unversioned ids). */
  readonly formOptions?: FormOptions;
  /** Replaces the built-in metadata check (e.g. ajv with the official JSON Schema file). */
  readonly validateMetadata?: MetadataValidator;
  /** Namespace of Fachdaten XML (default that of the form module). */
  readonly xmlNamespace?: string;
  /** Language of the Fachdaten findings (default: the active locale). */
  readonly locale?: Locale;
  /** Default true: a Fachdaten check that cannot run (no resolver) is an error; false makes it a warning. */
  readonly requireFachdaten?: boolean;
  /** The file name to report for a listed attachment that is missing (default `attachments/<filename|attachmentId>`). */
  readonly attachmentName?: (entry: AttachmentEntry) => string;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => v !== null && typeof v === "object" && !Array.isArray(v);
const hashOf = (v: unknown): string | undefined =>
  isObject(v) && isObject(v.hash) && typeof v.hash.content === "string" ? v.hash.content : undefined;

function partDiagnostic<C extends "submission-part-missing" | "submission-part-unlisted">(code: C, part: string): Diagnostic {
  return diagnostic({ code, params: { part }, severity: "error", stage: "model", path: "/", file: part });
}

function looksLikeXml(bytes: Uint8Array): boolean {
  for (const b of bytes)
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return b === 0x3c;
  return false;
}

/**
 * Verifies a submission's unencrypted parts. Succeeds only when every check passed; a failed result carries the
 * same {@link VerifiedSubmission} (with `valid: false` and the state of each check) as `data`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeVerifySubmission, schemaResolver } from "fim-xoev/fitconnect";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * const dir = "submission-dir";
 * const result = await safeVerifySubmission(
 *   {
 *     metadata: { name: "metadata.json", bytes: readFileSync(`${dir}/metadata.json`) },
 *     data: { name: "data.json", bytes: readFileSync(`${dir}/data.json`) },
 *     attachments: [{ name: "attachments/haftpflichtversicherung.pdf", bytes: readFileSync(`${dir}/attachments/haftpflichtversicherung.pdf`) }],
 *   },
 *   { resolveSchema: schemaResolver([schema]) },
 * );
 * console.log(result.data?.checks); // { metadata: "passed", hashes: "passed", fachdaten: "passed" }
 * for (const d of result.diagnostics) console.error(d.code, d.message); // submission-hash-mismatch, form-data-invalid, …
 * ```
 */
export async function safeVerifySubmission(parts: SubmissionParts, options: VerifyOptions = {}): Promise<Result<VerifiedSubmission>> {
  const diagnostics: Diagnostic[] = [];
  const checks: { metadata: CheckState; hashes: CheckState; fachdaten: CheckState } = {
    metadata: "passed",
    hashes: "passed",
    fachdaten: "passed",
  };
  const metaName = parts.metadata.name;
  const finish = (extra: Partial<VerifiedSubmission>): Result<VerifiedSubmission> => {
    const valid = Object.values(checks).every((s) => s === "passed" || s === "not-applicable");
    const result: VerifiedSubmission = { valid, checks: { ...checks }, ...extra };
    const errors = diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
    if (valid && errors.length === 0) return success(result, diagnostics);
    if (diagnostics.length === 0) throw new Error("verify: an invalid result without a diagnostic");
    return failure(diagnostics as [Diagnostic, ...Diagnostic[]], result);
  };

  // 1. the metadata: JSON, a known version, valid against its schema
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(parts.metadata.bytes));
  } catch (e) {
    diagnostics.push(
      ...metadataDiagnostics([{ pointer: "", issue: `not UTF-8 JSON (${e instanceof Error ? e.message : String(e)})` }], metaName),
    );
    checks.metadata = "failed";
    checks.hashes = "skipped";
    checks.fachdaten = "skipped";
    return finish({});
  }
  let version: MetadataVersion | undefined = DEFAULT_METADATA_VERSION;
  if (isObject(doc) && typeof doc.$schema === "string") {
    version = metadataVersionOf(doc.$schema);
    if (version === undefined) {
      diagnostics.push(
        diagnostic({
          code: "submission-metadata-version-unsupported",
          params: { version: doc.$schema },
          severity: "error",
          stage: "model",
          path: "/$schema",
          file: metaName,
        }),
      );
      checks.metadata = "failed";
    }
  }
  if (version !== undefined) {
    const issues = (options.validateMetadata ?? metadataValidator(version))(doc);
    if (issues.length > 0) {
      diagnostics.push(...metadataDiagnostics(issues, metaName));
      checks.metadata = "failed";
    }
  }
  const meta = isObject(doc) ? doc : {};
  const content = isObject(meta.contentStructure) ? meta.contentStructure : {};
  const dataEntry = isObject(content.data) ? content.data : undefined;
  const entries = Array.isArray(content.attachments) ? content.attachments.filter(isObject) : [];
  const submissionSchema = dataEntry !== undefined && isObject(dataEntry.submissionSchema) ? dataEntry.submissionSchema : undefined;
  const declaredMime = typeof submissionSchema?.mimeType === "string" ? submissionSchema.mimeType : undefined;

  // 2. every part there, listed, with its hash
  const fail = (d: Diagnostic) => {
    diagnostics.push(d);
    checks.hashes = "failed";
  };
  if (dataEntry !== undefined && parts.data === undefined) {
    fail(
      partDiagnostic("submission-part-missing", dataFileName(declaredMime === "application/xml" ? "application/xml" : "application/json")),
    );
  } else if (dataEntry === undefined && parts.data !== undefined) {
    fail(partDiagnostic("submission-part-unlisted", parts.data.name));
  } else if (dataEntry !== undefined && parts.data !== undefined) {
    const expected = hashOf(dataEntry) ?? "";
    const actual = await sha512Hex(parts.data.bytes);
    if (actual !== expected)
      fail(
        diagnostic({
          code: "submission-hash-mismatch",
          params: { part: parts.data.name, expected, actual },
          severity: "error",
          stage: "model",
          path: "/contentStructure/data/hash/content",
          file: parts.data.name,
        }),
      );
    const actualMime = looksLikeXml(parts.data.bytes) ? "application/xml" : "application/json";
    if (declaredMime !== undefined && declaredMime !== actualMime)
      fail(
        diagnostic({
          code: "submission-mime-mismatch",
          params: { part: parts.data.name, declared: declaredMime, actual: actualMime },
          severity: "error",
          stage: "model",
          path: "/contentStructure/data/submissionSchema/mimeType",
          file: parts.data.name,
        }),
      );
  }
  const nameOf = options.attachmentName ?? ((e: AttachmentEntry) => attachmentFileName(e));
  const entryName = (e: Loose) =>
    nameOf({
      attachmentId: String(e.attachmentId),
      ...(typeof e.filename === "string" && { filename: e.filename }),
    } as AttachmentEntry);
  const byId = new Map<string, { entry: Loose; index: number }>();
  entries.forEach((entry, index) => {
    if (typeof entry.attachmentId === "string") byId.set(entry.attachmentId.toLowerCase(), { entry, index });
  });
  const seen = new Set<string>();
  for (const part of parts.attachments) {
    const listed = part.attachmentId === undefined ? undefined : byId.get(part.attachmentId.toLowerCase());
    if (listed === undefined || seen.has(part.attachmentId?.toLowerCase() ?? "")) {
      fail(partDiagnostic("submission-part-unlisted", part.name));
      continue;
    }
    seen.add(part.attachmentId?.toLowerCase() ?? "");
    const expected = hashOf(listed.entry) ?? "";
    const actual = await sha512Hex(part.bytes);
    if (actual === expected) continue;
    const other = entries.find((e) => e !== listed.entry && hashOf(e) === actual);
    fail(
      other !== undefined
        ? diagnostic({
            code: "submission-attachment-swapped",
            params: { part: part.name, other: entryName(other) },
            severity: "error",
            stage: "model",
            path: `/contentStructure/attachments/${listed.index}/hash/content`,
            file: part.name,
          })
        : diagnostic({
            code: "submission-hash-mismatch",
            params: { part: part.name, expected, actual },
            severity: "error",
            stage: "model",
            path: `/contentStructure/attachments/${listed.index}/hash/content`,
            file: part.name,
          }),
    );
  }
  for (const [id, { entry }] of byId) if (!seen.has(id)) fail(partDiagnostic("submission-part-missing", entryName(entry)));

  // 3. the Fachdaten against the schema the metadata names
  let schema: Stammdatenschema | undefined;
  let fachdaten: FormData | undefined;
  const schemaUri = typeof submissionSchema?.schemaUri === "string" ? submissionSchema.schemaUri : undefined;
  if (dataEntry === undefined && parts.data === undefined) checks.fachdaten = "not-applicable";
  else if (parts.data === undefined)
    checks.fachdaten = "skipped"; // reported as a missing part
  else if (schemaUri === undefined) {
    checks.fachdaten = "skipped";
    diagnostics.push(
      diagnostic({
        code: "submission-check-skipped",
        params: { check: "Fachdaten", reason: "the metadata names no submissionSchema.schemaUri" },
        severity: "error",
        stage: "model",
        path: "/contentStructure/data/submissionSchema/schemaUri",
        file: parts.data.name,
      }),
    );
  } else if (options.resolveSchema === undefined) {
    checks.fachdaten = "skipped";
    diagnostics.push(
      diagnostic({
        code: "submission-check-skipped",
        params: { check: "Fachdaten", reason: `no Stammdatenschema was given for ${schemaUri}` },
        severity: options.requireFachdaten === false ? "warning" : "error",
        stage: "model",
        path: "/contentStructure/data/submissionSchema/schemaUri",
        file: parts.data.name,
      }),
    );
    if (options.requireFachdaten === false) checks.fachdaten = "not-applicable";
  } else {
    schema = options.resolveSchema(schemaUri);
    if (schema === undefined) {
      checks.fachdaten = "failed";
      diagnostics.push(
        diagnostic({
          code: "submission-schema-unresolved",
          params: { schemaUri },
          severity: "error",
          stage: "model",
          path: "/contentStructure/data/submissionSchema/schemaUri",
          file: metaName,
        }),
      );
    } else {
      const form = safeBuildForm(schema, options.formOptions ?? {});
      const locale = options.locale ?? getLocale();
      const dataName = parts.data.name;
      const withFile = (ds: readonly Diagnostic[]) => ds.map((d) => ({ ...d, file: d.file ?? dataName }));
      if (!form.success) {
        checks.fachdaten = "failed";
        diagnostics.push(...form.diagnostics);
      } else if (looksLikeXml(parts.data.bytes)) {
        const ns = options.xmlNamespace === undefined ? {} : { namespace: options.xmlNamespace };
        const report = await validateFachdatenXml(form.data, parts.data.bytes, { locale, file: dataName, ...ns });
        diagnostics.push(...withFile(report.diagnostics));
        if (!report.valid) checks.fachdaten = "failed";
        const read = safeFachdatenFromXml(form.data, parts.data.bytes, { file: dataName, ...ns });
        if (read.success) fachdaten = read.data;
      } else {
        const parsed = safeParseFachdatenJson(parts.data.bytes);
        if (!parsed.success) {
          checks.fachdaten = "failed";
          diagnostics.push(...withFile(parsed.diagnostics));
        } else {
          fachdaten = parsed.data;
          const report = validateFachdaten(form.data, parsed.data, { locale });
          diagnostics.push(...withFile(report.diagnostics));
          if (!report.valid) checks.fachdaten = "failed";
        }
      }
    }
  }
  return finish({
    ...(isObject(doc) && checks.metadata === "passed" && { metadata: doc as unknown as Metadata }),
    ...(version !== undefined && { metadataVersion: version }),
    ...(schema !== undefined && { schema }),
    ...(fachdaten !== undefined && { fachdaten }),
  });
}

/**
 * Verifies a submission's unencrypted parts.
 *
 * @throws {XoevError} with every finding unless every check passed.
 *
 * @example
 * ```ts
 * import { type SubmissionParts, verifySubmission } from "fim-xoev/fitconnect";
 *
 * declare const parts: SubmissionParts;
 * // only metadata and hashes: without a resolver the Fachdaten check does not run (a warning here)
 * const verified = await verifySubmission(parts, { requireFachdaten: false });
 * console.log(verified.valid, verified.metadata?.publicServiceType?.identifier);
 * ```
 */
export async function verifySubmission(parts: SubmissionParts, options?: VerifyOptions): Promise<VerifiedSubmission> {
  return unwrap(await safeVerifySubmission(parts, options));
}

/**
 * The receiving side in one step: decrypts every part with the private key, then verifies. Parts that cannot be
 * decrypted are reported (and missing from the verification, which then reports them as missing too).
 *
 * @example
 * ```ts
 * import { type JWK, type ReceivedEncryptedSubmission, safeOpenSubmission, schemaResolver } from "fim-xoev/fitconnect";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const received: ReceivedEncryptedSubmission;
 * declare const privateKey: JWK;
 * declare const schema: Stammdatenschema;
 * const opened = await safeOpenSubmission(received, privateKey, { resolveSchema: schemaResolver([schema]) });
 * if (opened.success) console.log(opened.data.fachdaten); // the Fachdaten in the form data model
 * else for (const d of opened.diagnostics) console.error(d.code, d.message); // a part that does not decrypt, a changed hash, …
 * ```
 */
export async function safeOpenSubmission(
  encrypted: ReceivedEncryptedSubmission,
  privateKey: JWK,
  options: VerifyOptions = {},
): Promise<Result<VerifiedSubmission>> {
  const decrypted = await safeDecryptSubmission(encrypted, privateKey);
  if (decrypted.data === undefined) {
    return failure(decrypted.diagnostics as [Diagnostic, ...Diagnostic[]], {
      valid: false,
      checks: { metadata: "skipped", hashes: "skipped", fachdaten: "skipped" },
    });
  }
  const verified = await safeVerifySubmission(decrypted.data, options);
  if (decrypted.success) return verified;
  const all = [...decrypted.diagnostics, ...verified.diagnostics] as [Diagnostic, ...Diagnostic[]];
  return failure(all, verified.data === undefined ? undefined : { ...verified.data, valid: false });
}

/**
 * Decrypts and verifies; throws one XoevError with every finding unless every part decrypts and every check passes.
 *
 * @example
 * ```ts
 * import { type JWK, openSubmission, type ReceivedEncryptedSubmission, schemaResolver } from "fim-xoev/fitconnect";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const received: ReceivedEncryptedSubmission;
 * declare const privateKey: JWK;
 * declare const schemas: readonly Stammdatenschema[];
 * const submission = await openSubmission(received, privateKey, { resolveSchema: schemaResolver(schemas) }); // throws unless all is well
 * console.log(submission.schema?.identifikation.id, submission.metadata?.contentStructure.attachments.length);
 * ```
 */
export async function openSubmission(
  encrypted: ReceivedEncryptedSubmission,
  privateKey: JWK,
  options?: VerifyOptions,
): Promise<VerifiedSubmission> {
  return unwrap(await safeOpenSubmission(encrypted, privateKey, options));
}
