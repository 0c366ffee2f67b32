/**
 * Building a FIT-Connect submission from a Stammdatenschema, its Fachdaten and attachments: the Fachdaten are
 * validated against the schema with the form-data module, every part is hashed (SHA-512 of the unencrypted
 * bytes) and the metadata document is written for the chosen metadata version and checked against that version's
 * schema. Nothing is sent anywhere: transport, routing and the Submission API are outside this library.
 */
import { diagnostic, type Locale, useMessages } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../core/result.ts";
import {
  type FormData,
  type FormOptions,
  safeBuildForm,
  safeParseFachdatenJson,
  validateFachdaten,
  validateFachdatenXml,
} from "../xdatenfelder/forms/index.ts";
import type { Stammdatenschema } from "../xdatenfelder/v3/model.ts";
import { safeCreatePublicServiceType } from "./blocks.ts";
import { attachmentFileName, dataFileName, sha512Hex, unsafeFileNameReason } from "./layout.ts";
import { FITCONNECT_MESSAGES } from "./messages.ts";
import {
  type AdditionalReferenceInfo,
  type AttachmentEntry,
  type AttachmentPurpose,
  type AuthenticationInformation,
  DEFAULT_METADATA_VERSION,
  METADATA_VERSIONS,
  type Metadata,
  type MetadataVersion,
  metadataDiagnostics,
  metadataSchemaUri,
  metadataValidator,
  type PaymentInformation,
  type PublicServiceType,
  type ReplyChannel,
  type SubmissionMimeType,
} from "./metadata.ts";
import { safeFimSchemaUri } from "./schema-uri.ts";

useMessages(FITCONNECT_MESSAGES);

/**
 * One attachment: its bytes, MIME type and (optional) file name.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type AttachmentInput, createSubmission } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * declare const fachdaten: FormData;
 * const nachweis: AttachmentInput = {
 *   content: readFileSync("haftpflichtversicherung.pdf"),
 *   mimeType: "application/pdf",
 *   filename: "haftpflichtversicherung.pdf",
 *   description: "Nachweis der Hundehaftpflichtversicherung",
 * };
 * const antragPdf: AttachmentInput = { content: readFileSync("antrag.pdf"), mimeType: "application/pdf", purpose: "form" };
 * const submission = await createSubmission({ schema, data: fachdaten, attachments: [nachweis, antragPdf] });
 * console.log(submission.attachments.map((a) => `${a.name} ${a.attachmentId}`));
 * ```
 */
export interface AttachmentInput {
  readonly content: Uint8Array;
  /** e.g. `application/pdf`. */
  readonly mimeType: string;
  /** The original file name (a plain name: it becomes `attachments/<filename>` in the package). */
  readonly filename?: string;
  /** Default `attachment` (uploaded by the applicant). */
  readonly purpose?: AttachmentPurpose;
  readonly description?: string;
  /** A UUID; default a random UUID v4. */
  readonly attachmentId?: string;
}

/**
 * Input of {@link safeCreateSubmission}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeCreateSubmission, type SubmissionInput } from "fim-xoev/fitconnect";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema; // S99000000101 1.0.0, Anmeldung eines Hundes zur Hundesteuer
 * // XML Fachdaten, kept byte for byte; no URL convention for the XSD is public, so the schema URI is given
 * const input: SubmissionInput = {
 *   schema,
 *   data: readFileSync("fachdaten.xml"),
 *   dataFormat: "xml",
 *   schemaUri: "https://schema.musterkreis.de/fim/S99000000101_1.0.0.xsd",
 *   leistungsschluessel: "99125001012000",
 *   serviceName: "Hundesteuer Anmeldung",
 *   locale: "de",
 * };
 * const created = await safeCreateSubmission(input);
 * console.log(created.success ? created.data.data.name : created.diagnostics.map((d) => d.message)); // "data.xml"
 * ```
 */
export interface SubmissionInput {
  /** The Stammdatenschema (XDatenfelder 3.0.0 model; convert 2.0 first with `convertXdf2ToXdf3`). */
  readonly schema: Stammdatenschema;
  /** Options of the form model (code lists, unversioned ids), as for `buildForm`. */
  readonly formOptions?: FormOptions;
  /**
   * The Fachdaten: an object (written as JSON), or the bytes / text of a JSON or XML document (kept byte for
   * byte: the hash is over exactly these bytes).
   */
  readonly data: FormData | string | Uint8Array;
  /** Format of `data` given as bytes or text; default: XML when it starts with `<`, else JSON. */
  readonly dataFormat?: "json" | "xml";
  /** Namespace of Fachdaten XML (default that of the form module). */
  readonly xmlNamespace?: string;
  /**
   * `submissionSchema.schemaUri`; default the FIM JSON Schema URI derived from the schema's id and version
   * (`https://schema.fitko.de/fim/s<8 digits>_<version>.schema.json`). Required for XML Fachdaten.
   */
  readonly schemaUri?: string;
  readonly attachments?: readonly AttachmentInput[];
  /** The LeiKa key of the Leistung: `publicServiceType.identifier` = `urn:de:fim:leika:leistung:<key>`. */
  readonly leistungsschluessel?: string;
  /** `publicServiceType.name` (with `leistungsschluessel`). */
  readonly serviceName?: string;
  /** `publicServiceType.description` (with `leistungsschluessel`). */
  readonly serviceDescription?: string;
  /** A `publicServiceType` built otherwise (exclusive with `leistungsschluessel`). */
  readonly publicServiceType?: PublicServiceType;
  /** Built with `createAuthenticationInformation`. */
  readonly authenticationInformation?: readonly AuthenticationInformation[];
  /** Built with `createPaymentInformation`. */
  readonly paymentInformation?: PaymentInformation;
  /** Built with `createReplyChannel`. */
  readonly replyChannel?: ReplyChannel;
  /** Built with `createAdditionalReferenceInfo`. */
  readonly additionalReferenceInfo?: AdditionalReferenceInfo;
  /** Metadata version (default 1.0.0). */
  readonly metadataVersion?: MetadataVersion;
  /** Language of the Fachdaten findings (default en). */
  readonly locale?: Locale;
}

/** One part of a package: its file name in the package, bytes and MIME type. */
export interface SubmissionPart {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

/** A built submission: the metadata and every part, unencrypted. */
export interface Submission {
  readonly metadataVersion: MetadataVersion;
  readonly metadata: Metadata;
  /** `metadata.json` as written (UTF-8 JSON). */
  readonly metadataBytes: Uint8Array;
  readonly data: SubmissionPart;
  readonly attachments: readonly (SubmissionPart & { readonly attachmentId: string })[];
}

const encoder = new TextEncoder();

function inputError(issue: string, path = "/"): Diagnostic {
  return diagnostic({ code: "invalid-input", params: { issue }, severity: "error", stage: "input", path });
}

function detectXml(bytes: Uint8Array): boolean {
  for (const b of bytes)
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return b === 0x3c;
  return false;
}

/**
 * Writes a metadata document as `metadata.json` bytes (2-space JSON, final newline).
 *
 * @example
 * ```ts
 * import { metadataToBytes, type Metadata } from "fim-xoev/fitconnect";
 *
 * declare const metadata: Metadata;
 * // the bytes that are hashed, encrypted and written as metadata.json
 * const bytes = metadataToBytes(metadata);
 * console.log(new TextDecoder("utf-8", { fatal: true }).decode(bytes).endsWith("}\n")); // 2-space JSON with a final newline
 * ```
 */
export function metadataToBytes(metadata: Metadata): Uint8Array {
  return encoder.encode(`${JSON.stringify(metadata, null, 2)}\n`);
}

/**
 * Builds a submission. Fails when the Fachdaten break the schema (`form-data-invalid` and the XML findings), a key,
 * block or attachment is invalid, no schema URI can be derived, or the metadata would break its schema.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { createReplyChannel, safeCreateSubmission } from "fim-xoev/fitconnect";
 * import { buildForm, sampleFachdaten } from "fim-xoev/xdatenfelder/forms";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 *
 * const n = parse(readFileSync("S99000000101.xml"));
 * if (n.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * const schema = n.stammdatenschema;
 * const created = await safeCreateSubmission({
 *   schema,
 *   data: sampleFachdaten(buildForm(schema)), // in a real service: what the applicant entered
 *   // schemaUri by the FIM convention: https://schema.fitko.de/fim/s99000101_1.0.schema.json
 *   leistungsschluessel: "99125001012000",
 *   attachments: [{ content: readFileSync("haftpflichtversicherung.pdf"), mimeType: "application/pdf", filename: "haftpflichtversicherung.pdf" }],
 *   replyChannel: createReplyChannel({ kind: "eMail", address: "erika.mustermann@example.org" }),
 * });
 * if (created.success) console.log(created.data.metadata.contentStructure.data?.hash.content);
 * else for (const d of created.diagnostics) console.error(d.code, d.message); // form-data-invalid, invalid-value, …
 * ```
 */
export async function safeCreateSubmission(input: SubmissionInput): Promise<Result<Submission>> {
  const diagnostics: Diagnostic[] = [];
  const version = input.metadataVersion ?? DEFAULT_METADATA_VERSION;
  if (!METADATA_VERSIONS.includes(version)) return failure([inputError(`unknown metadata version ${String(version)}`)]);

  // the Fachdaten: bytes as given (or JSON written from the object), validated with the form module
  const form = safeBuildForm(input.schema, input.formOptions ?? {});
  diagnostics.push(...form.diagnostics.filter((d) => d.severity !== "info"));
  if (!form.success) return failure(form.diagnostics);
  let bytes: Uint8Array;
  let mimeType: SubmissionMimeType;
  const locale = input.locale ?? "en";
  if (typeof input.data === "string" || input.data instanceof Uint8Array) {
    bytes = typeof input.data === "string" ? encoder.encode(input.data) : input.data;
    const xml = input.dataFormat === undefined ? detectXml(bytes) : input.dataFormat === "xml";
    mimeType = xml ? "application/xml" : "application/json";
  } else {
    if (input.dataFormat === "xml") return failure([inputError("dataFormat xml needs the XML as text or bytes")]);
    if (input.data === null || typeof input.data !== "object" || Array.isArray(input.data))
      return failure([inputError("the Fachdaten must be an object, or JSON/XML text or bytes")]);
    try {
      bytes = encoder.encode(`${JSON.stringify(input.data, null, 2)}\n`);
    } catch (e) {
      return failure([inputError(`the Fachdaten cannot be written as JSON: ${e instanceof Error ? e.message : String(e)}`)]);
    }
    mimeType = "application/json";
  }
  const dataName = dataFileName(mimeType);
  if (mimeType === "application/json") {
    const parsed = safeParseFachdatenJson(bytes);
    if (!parsed.success) return failure(parsed.diagnostics.map((d) => ({ ...d, file: dataName })) as [Diagnostic, ...Diagnostic[]]);
    const report = validateFachdaten(form.data, parsed.data, { locale });
    if (!report.valid) return failure(report.diagnostics.map((d) => ({ ...d, file: dataName })) as [Diagnostic, ...Diagnostic[]]);
  } else {
    const report = await validateFachdatenXml(form.data, bytes, {
      locale,
      file: dataName,
      ...(input.xmlNamespace !== undefined && { namespace: input.xmlNamespace }),
    });
    if (!report.valid) return failure(report.diagnostics as [Diagnostic, ...Diagnostic[]]);
  }

  // submissionSchema
  let schemaUri = input.schemaUri;
  if (schemaUri === undefined) {
    if (mimeType === "application/xml")
      return failure([
        diagnostic({
          code: "submission-schema-uri-unknown",
          params: {
            schema: input.schema.identifikation.id,
            reason: "no URL convention is published for the XSD of XML Fachdaten",
          },
          severity: "error",
          stage: "input",
          path: "/contentStructure/data/submissionSchema/schemaUri",
        }),
      ]);
    const derived = safeFimSchemaUri(input.schema.identifikation);
    if (!derived.success) return failure(derived.diagnostics);
    schemaUri = derived.data;
  }

  // publicServiceType
  let publicServiceType = input.publicServiceType;
  if (input.leistungsschluessel !== undefined) {
    if (publicServiceType !== undefined) return failure([inputError("give leistungsschluessel or publicServiceType, not both")]);
    const p = safeCreatePublicServiceType({
      leistungsschluessel: input.leistungsschluessel,
      ...(input.serviceName !== undefined && { name: input.serviceName }),
      ...(input.serviceDescription !== undefined && { description: input.serviceDescription }),
    });
    if (!p.success) return failure(p.diagnostics);
    diagnostics.push(...p.diagnostics);
    publicServiceType = p.data;
  } else if (input.serviceName !== undefined || input.serviceDescription !== undefined) {
    return failure([inputError("serviceName and serviceDescription need leistungsschluessel")]);
  }

  // attachments
  const entries: Omit<AttachmentEntry, "hash">[] = [];
  const parts: (SubmissionPart & { attachmentId: string })[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  const errors: Diagnostic[] = [];
  (input.attachments ?? []).forEach((a, i) => {
    const at = `/contentStructure/attachments/${i}`;
    if (!(a.content instanceof Uint8Array)) {
      errors.push(inputError("the content of an attachment must be bytes (a Uint8Array)", at));
      return;
    }
    const attachmentId = a.attachmentId ?? globalThis.crypto.randomUUID();
    if (ids.has(attachmentId.toLowerCase())) errors.push(inputError(`attachmentId ${attachmentId} is used twice`, `${at}/attachmentId`));
    ids.add(attachmentId.toLowerCase());
    if (a.filename !== undefined) {
      const why = unsafeFileNameReason(a.filename);
      if (why !== undefined) errors.push(inputError(`filename ${JSON.stringify(a.filename)}: ${why}`, `${at}/filename`));
    }
    const name = attachmentFileName({ attachmentId, ...(a.filename !== undefined && { filename: a.filename }) });
    if (names.has(name)) errors.push(inputError(`two attachments would be written to ${name}`, `${at}/filename`));
    names.add(name);
    entries.push({
      purpose: a.purpose ?? "attachment",
      ...(a.filename !== undefined && { filename: a.filename }),
      ...(a.description !== undefined && { description: a.description }),
      mimeType: a.mimeType,
      attachmentId,
    });
    parts.push({ name, bytes: a.content, mimeType: a.mimeType, attachmentId });
  });
  if (errors.length > 0) return failure(errors as [Diagnostic, ...Diagnostic[]]);
  const attachments: AttachmentEntry[] = await Promise.all(
    entries.map(async (e, i) => ({
      hash: { type: "sha512" as const, content: await sha512Hex((parts[i] as SubmissionPart).bytes) },
      ...e,
    })),
  );

  const metadata: Metadata = {
    $schema: metadataSchemaUri(version),
    contentStructure: {
      data: { hash: { type: "sha512", content: await sha512Hex(bytes) }, submissionSchema: { schemaUri, mimeType } },
      attachments,
    },
    ...(publicServiceType !== undefined && { publicServiceType }),
    ...(input.authenticationInformation !== undefined && { authenticationInformation: input.authenticationInformation }),
    ...(input.paymentInformation !== undefined && { paymentInformation: input.paymentInformation }),
    ...(input.replyChannel !== undefined && { replyChannel: input.replyChannel }),
    ...(input.additionalReferenceInfo !== undefined && { additionalReferenceInfo: input.additionalReferenceInfo }),
  };
  const issues = metadataDiagnostics(metadataValidator(version)(metadata)).map((d) => ({ ...d, stage: "input" as const }));
  if (issues.length > 0) return failure(issues as [Diagnostic, ...Diagnostic[]]);
  return success(
    {
      metadataVersion: version,
      metadata,
      metadataBytes: metadataToBytes(metadata),
      data: { name: dataName, bytes, mimeType },
      attachments: parts,
    },
    diagnostics,
  );
}

/**
 * Builds a submission.
 *
 * @throws {XoevError} with every finding when the submission cannot be built.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { createSubmission } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * declare const fachdaten: FormData;
 * const submission = await createSubmission({ schema, data: fachdaten, leistungsschluessel: "99125001012000" }); // throws one XoevError
 * writeFileSync("metadata.json", submission.metadataBytes);
 * writeFileSync(submission.data.name, submission.data.bytes); // data.json
 * ```
 */
export async function createSubmission(input: SubmissionInput): Promise<Submission> {
  return unwrap(await safeCreateSubmission(input));
}
