/**
 * The FIT-Connect metadata document (the successor of the XFall container): its types and, per metadata version,
 * a validator written from the published JSON Schema (`metadata.schema.json` 1.0.0, draft 2020-12,
 * `$id` https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json).
 *
 * The official file is not shipped (its licence is unclear); the zod schema below states the same constraints
 * (required properties, enums, patterns, formats, lengths, min/max properties) and the test suite checks, on every
 * schema of the shared corpus and on mutated documents, that it agrees with ajv (2020-12) on the official file.
 * Callers who want the official file itself pass their own {@link MetadataValidator}.
 */
import { z } from "zod";
import { diagnostic, useMessages } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { FITCONNECT_MESSAGES } from "./messages.ts";

useMessages(FITCONNECT_MESSAGES);

/**
 * The metadata versions this module builds and checks.
 *
 * @example
 * ```ts
 * import { METADATA_VERSIONS } from "fim-xoev/fitconnect";
 *
 * console.log(`metadata versions: ${METADATA_VERSIONS.join(", ")}`); // "1.0.0"
 * ```
 */
export const METADATA_VERSIONS = ["1.0.0"] as const;
/** A metadata version this module knows. */
export type MetadataVersion = (typeof METADATA_VERSIONS)[number];
/**
 * The version used when none is given.
 *
 * @example
 * ```ts
 * import { DEFAULT_METADATA_VERSION, metadataSchemaUri } from "fim-xoev/fitconnect";
 *
 * console.log(DEFAULT_METADATA_VERSION, metadataSchemaUri(DEFAULT_METADATA_VERSION));
 * ```
 */
export const DEFAULT_METADATA_VERSION: MetadataVersion = "1.0.0";

/**
 * The `$id` (and `$schema` value of a document) of a metadata version.
 *
 * @example
 * ```ts
 * import { metadataSchemaUri } from "fim-xoev/fitconnect";
 *
 * // the $schema a metadata 1.0.0 document names, and the $id of its JSON Schema
 * console.log(metadataSchemaUri("1.0.0")); // https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json
 * ```
 */
export function metadataSchemaUri(version: MetadataVersion): string {
  return `https://schema.fitko.de/fit-connect/metadata/${version}/metadata.schema.json`;
}

/**
 * The version named by a `$schema` URI, or `undefined` for a URI of no known version.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { metadataVersionOf } from "fim-xoev/fitconnect";
 *
 * const metadata = JSON.parse(readFileSync("submission-dir/metadata.json", "utf8")) as { $schema?: string };
 * const version = metadata.$schema === undefined ? "1.0.0" : metadataVersionOf(metadata.$schema);
 * console.log(version ?? `unsupported metadata version: ${metadata.$schema}`);
 * ```
 */
export function metadataVersionOf(schemaUri: string): MetadataVersion | undefined {
  return METADATA_VERSIONS.find((v) => metadataSchemaUri(v) === schemaUri);
}

/** `hash` of the data and of each attachment: SHA-512 of the unencrypted bytes, lower-case hex. */
export interface Hash {
  readonly type: "sha512";
  readonly content: string;
}

/** Formats of a `signature` (`signatureFormat`): CMS, XML, PDF, ASiC or JSON signatures. */
export type SignatureFormat = "cms" | "xml" | "pdf" | "asic" | "json";
/** ETSI baseline profiles (ETSI TS 119 192). */
export type EidasAdesProfile =
  | "http://uri.etsi.org/ades/191x2/level/baseline/B-B#"
  | "http://uri.etsi.org/ades/191x2/level/baseline/B-T#"
  | "http://uri.etsi.org/ades/191x2/level/baseline/B-LT#"
  | "http://uri.etsi.org/ades/191x2/level/baseline/B-LTA#";

/** A signature of the data or an attachment. */
export interface Signature {
  readonly signatureFormat: SignatureFormat;
  readonly eidasAdesProfile?: EidasAdesProfile;
  readonly detachedSignature: boolean;
  /** The detached signature, base64 or base64url. */
  readonly content?: string;
}

/** MIME types of a Fachdaten schema (`submissionSchema.mimeType`). */
export type SubmissionMimeType = "application/json" | "application/xml";

/** `contentStructure.data`: the Fachdaten's SHA-512, the schema they follow (`submissionSchema`) and a signature. */
export interface DataStructure {
  readonly hash: Hash;
  readonly submissionSchema: { readonly schemaUri: string; readonly mimeType: SubmissionMimeType };
  readonly signature?: Signature;
}

/** Purpose of an attachment: `form` = PDF of the whole form, `attachment` = uploaded by the applicant, `report` = made by the online service. */
export type AttachmentPurpose = "form" | "attachment" | "report";

/** One entry of `contentStructure.attachments`. */
export interface AttachmentEntry {
  readonly hash: Hash;
  readonly signature?: Signature;
  readonly purpose: AttachmentPurpose;
  readonly filename?: string;
  readonly description?: string;
  readonly mimeType: string;
  /** UUID, unique within the submission. */
  readonly attachmentId: string;
}

/** `publicServiceType`: the Leistung applied for; for LeiKa `urn:de:fim:leika:leistung:<14 digits>` (deprecated since metadata 1.1.0). */
export interface PublicServiceType {
  readonly identifier: string;
  readonly name?: string;
  readonly description?: string;
}

/** One `authenticationInformation` entry. */
export interface AuthenticationInformation {
  readonly type: "identificationReport";
  /** semver of the report type. */
  readonly version: string;
  /** The report, base64url. */
  readonly content: string;
}

/** Payment methods of `paymentInformation.paymentMethod`. */
export type PaymentMethod = "GIROPAY" | "PAYDIRECT" | "CREDITCARD" | "PAYPAL" | "INVOICE" | "OTHER";
/** States of `paymentInformation.status`. */
export type PaymentStatus = "INITIAL" | "BOOKED" | "FAILED" | "CANCELED";

/** `paymentInformation`: the payment made through an ePayment service (reference, transaction, method, status, amount). */
export interface PaymentInformation {
  readonly transactionReference: string;
  readonly transactionId: string;
  readonly paymentMethod: PaymentMethod;
  readonly status: PaymentStatus;
  readonly transactionUrl?: string;
  readonly transactionTimestamp?: string;
  readonly paymentMethodDetail?: string;
  readonly grossAmount?: number;
}

/** `replyChannel`: how the authority may answer — exactly one of e-mail, De-Mail, FINK postbox or ELSTER. */
export type ReplyChannel =
  | { readonly eMail: { readonly address: string; readonly pgpPublicKey?: string } }
  | { readonly deMail: { readonly address: string } }
  | { readonly fink: { readonly finkPostfachRef: string; readonly host?: string } }
  | { readonly elster: { readonly accountId: string; readonly lieferTicket?: string; readonly geschaeftszeichen?: string } };

/** `additionalReferenceInfo`: the sender's own reference and the date of the application. */
export interface AdditionalReferenceInfo {
  readonly senderReference?: string;
  /** `YYYY-MM-DD`. */
  readonly applicationDate?: string;
}

/**
 * A FIT-Connect metadata document (1.0.0), the successor of the XFall container: what the submission holds (Fachdaten
 * and attachments with their hashes) and the optional blocks. Only `contentStructure` is required.
 */
export interface Metadata {
  /** The metadata schema URI (recommended for 1.0.0 by FITKO, planned to become required). */
  readonly $schema?: string;
  readonly contentStructure: { readonly data?: DataStructure; readonly attachments: readonly AttachmentEntry[] };
  readonly publicServiceType?: PublicServiceType;
  readonly authenticationInformation?: readonly AuthenticationInformation[];
  readonly paymentInformation?: PaymentInformation;
  readonly replyChannel?: ReplyChannel;
  readonly additionalReferenceInfo?: AdditionalReferenceInfo;
}

// --- formats (as JSON Schema 2020-12 defines them) -------------------------------------------------------------

const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/**
 * `format: uri`: an absolute URI (RFC 3986: a scheme, no white space or characters outside the URI set).
 *
 * @example
 * ```ts
 * import { isUri } from "fim-xoev/fitconnect";
 *
 * console.log(isUri("https://schema.fitko.de/fim/s00000114_1.1.schema.json"), isUri("schema.fitko.de/fim")); // true false
 * ```
 */
export function isUri(s: string): boolean {
  return URI_SCHEME.test(s) && !/[\s<>"{}|\\^`]/.test(s) && URL.canParse(s);
}
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2}|60)(\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/**
 * `format: date` (RFC 3339 full-date, a real calendar day).
 *
 * @example
 * ```ts
 * import { isDate } from "fim-xoev/fitconnect";
 *
 * console.log(isDate("2026-12-05"), isDate("2026-02-30"), isDate("05.12.2026")); // true false false
 * ```
 */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/**
 * `format: date-time` (RFC 3339 with a time zone).
 *
 * @example
 * ```ts
 * import { isDateTime } from "fim-xoev/fitconnect";
 *
 * console.log(isDateTime("2026-12-05T10:15:00+01:00"), isDateTime("2026-12-05T10:15:00")); // true false (no time zone)
 * ```
 */
export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (m === null || !isDate(m[1] as string)) return false;
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const tzH = m[6] === undefined ? 0 : Number(m[6]);
  const tzM = m[7] === undefined ? 0 : Number(m[7]);
  return h <= 23 && min <= 59 && sec <= 60 && tzH <= 23 && tzM <= 59;
}

/** `multipleOf: 0.01` read decimally (at most two decimal places), as JSON Schema means it. */
function isCents(n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const s = String(n);
  if (/e/i.test(s)) return Math.abs(n) >= 1 && Number.isInteger(n);
  const dot = s.indexOf(".");
  return dot < 0 || s.length - dot - 1 <= 2;
}

// --- the 1.0.0 schema as zod ------------------------------------------------------------------------------------

const str = () => z.string();
const fmt = (check: (s: string) => boolean, name: string) => z.string().refine(check, { message: `must be a ${name}` });
const pattern = (re: RegExp) => z.string().regex(re);

const hash = z.looseObject({ type: z.enum(["sha512"]), content: pattern(/^[a-f0-9]{128}$/) });
const signature = z.looseObject({
  signatureFormat: z.enum(["cms", "xml", "pdf", "asic", "json"]),
  eidasAdesProfile: z
    .enum([
      "http://uri.etsi.org/ades/191x2/level/baseline/B-B#",
      "http://uri.etsi.org/ades/191x2/level/baseline/B-T#",
      "http://uri.etsi.org/ades/191x2/level/baseline/B-LT#",
      "http://uri.etsi.org/ades/191x2/level/baseline/B-LTA#",
    ])
    .optional(),
  detachedSignature: z.boolean(),
  // the official pattern as written: an alternation, anchored at one end each
  content: pattern(/^[a-zA-Z0-9+/=]+|[a-zA-Z0-9_-]+$/).optional(),
});
const WORD_ID = /^[\w\d-]+$/;

/**
 * The metadata 1.0.0 schema as zod (objects keep unknown properties, as the official schema allows them).
 *
 * @example
 * ```ts
 * import { metadataSchema1_0_0 } from "fim-xoev/fitconnect";
 *
 * declare const json: string;
 * // the metadata 1.0.0 constraints as zod, e.g. to check a document from another sender
 * const checked = metadataSchema1_0_0.safeParse(JSON.parse(json));
 * if (!checked.success) for (const issue of checked.error.issues) console.error(issue.path.join("/"), issue.message);
 * ```
 */
export const metadataSchema1_0_0 = z.looseObject({
  paymentInformation: z
    .looseObject({
      transactionUrl: str().min(1).refine(isUri, { message: "must be a URI" }).optional(),
      transactionId: str().min(1).max(36).regex(WORD_ID),
      transactionReference: str(),
      transactionTimestamp: fmt(isDateTime, "date-time").optional(),
      paymentMethod: z.enum(["GIROPAY", "PAYDIRECT", "CREDITCARD", "PAYPAL", "INVOICE", "OTHER"]),
      paymentMethodDetail: str().min(1).max(36).regex(WORD_ID).optional(),
      status: z.enum(["INITIAL", "BOOKED", "FAILED", "CANCELED"]),
      grossAmount: z.number().min(0.01).refine(isCents, { message: "must be a multiple of 0.01" }).optional(),
    })
    .optional(),
  publicServiceType: z
    .looseObject({
      name: str().optional(),
      description: str().optional(),
      identifier: str()
        .min(7)
        .max(255)
        .regex(/^urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,.:=@;$_!*'%/?#-]+$/),
    })
    .optional(),
  contentStructure: z.looseObject({
    data: z
      .looseObject({
        signature: signature.optional(),
        hash,
        submissionSchema: z.looseObject({
          schemaUri: fmt(isUri, "URI"),
          mimeType: z.enum(["application/json", "application/xml"]),
        }),
      })
      .optional(),
    attachments: z.array(
      z.looseObject({
        hash,
        signature: signature.optional(),
        purpose: z.enum(["form", "attachment", "report"]),
        filename: str().optional(),
        description: str().optional(),
        mimeType: pattern(/^[-\w.]+\/[-\w.+]+$/),
        attachmentId: str()
          .min(32)
          .max(36)
          .refine((s) => UUID.test(s), { message: "must be a UUID" }),
      }),
    ),
  }),
  authenticationInformation: z
    .array(
      z.looseObject({
        type: z.enum(["identificationReport"]),
        version: pattern(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/),
        content: pattern(/^[a-zA-Z0-9_\-.]+$/),
      }),
    )
    .min(1)
    .optional(),
  replyChannel: z
    .looseObject({
      eMail: z
        .looseObject({
          address: fmt((s) => EMAIL.test(s), "e-mail address"),
          pgpPublicKey: pattern(/^-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n/).optional(),
        })
        .optional(),
      deMail: z.looseObject({ address: fmt((s) => EMAIL.test(s), "e-mail address") }).optional(),
      fink: z
        .looseObject({
          finkPostfachRef: str()
            .max(150)
            .regex(/^[-._a-z0-9~/]*$/),
          host: fmt(isUri, "URI").optional(),
        })
        .optional(),
      elster: z
        .looseObject({ accountId: pattern(/^\d{10}$/), lieferTicket: str().optional(), geschaeftszeichen: str().max(10).optional() })
        .optional(),
    })
    .refine((o) => Object.keys(o).length === 1, { message: "must have exactly one property" })
    .optional(),
  additionalReferenceInfo: z.looseObject({ senderReference: str().optional(), applicationDate: fmt(isDate, "date").optional() }).optional(),
});

/** One problem a metadata validator found: a JSON Pointer into the document and what is wrong there. */
export interface MetadataIssue {
  readonly pointer: string;
  readonly issue: string;
}

/** A metadata validator: the problems of a parsed document (empty = valid). Plug in ajv on the official file here. */
export type MetadataValidator = (metadata: unknown) => readonly MetadataIssue[];

function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

const SCHEMAS: Readonly<Record<MetadataVersion, z.ZodType>> = { "1.0.0": metadataSchema1_0_0 };

/**
 * The built-in validator of a metadata version.
 *
 * @example
 * ```ts
 * import { metadataDiagnostics, metadataValidator } from "fim-xoev/fitconnect";
 *
 * declare const metadata: unknown;
 * const issues = metadataValidator("1.0.0")(metadata);
 * for (const d of metadataDiagnostics(issues, "metadata.json")) console.error(`${d.path}: ${d.message}`);
 * ```
 */
export function metadataValidator(version: MetadataVersion): MetadataValidator {
  const schema = SCHEMAS[version];
  return (metadata) => {
    const r = schema.safeParse(metadata);
    if (r.success) return [];
    return r.error.issues.map((i) => ({ pointer: pointerOf(i.path), issue: i.message }));
  };
}

/**
 * The issues of a validator as `submission-metadata-invalid` diagnostics.
 *
 * @example
 * ```ts
 * import { type MetadataValidator, metadataDiagnostics, verifySubmission, type SubmissionParts } from "fim-xoev/fitconnect";
 *
 * // a validator of your own (e.g. ajv on the official JSON Schema file) reports as the built-in one does
 * declare const officialSchemaCheck: MetadataValidator;
 * declare const parts: SubmissionParts;
 * const verified = await verifySubmission(parts, { validateMetadata: officialSchemaCheck, requireFachdaten: false });
 * console.log(verified.checks.metadata);
 * declare const metadata: unknown;
 * console.log(metadataDiagnostics(officialSchemaCheck(metadata), "metadata.json").map((d) => d.message));
 * ```
 */
export function metadataDiagnostics(issues: readonly MetadataIssue[], file?: string): Diagnostic[] {
  return issues.map((i) =>
    diagnostic({
      code: "submission-metadata-invalid",
      params: { pointer: i.pointer === "" ? "/" : i.pointer, issue: i.issue },
      severity: "error",
      stage: "model",
      path: i.pointer,
      file,
    }),
  );
}
