/**
 * Typed builders for the optional blocks of the metadata: `publicServiceType` (from a LeiKa key),
 * `authenticationInformation`, `paymentInformation`, `replyChannel` and `additionalReferenceInfo`. Each checks its
 * input against the constraints of the metadata schema and reports every problem as a
 * `submission-metadata-invalid` diagnostic whose pointer says where the value would stand in the metadata.
 */
import type { z } from "zod";
import { diagnostic, useMessages } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../core/result.ts";
import { checkLeistungsschluessel, formatLeistungsschluessel, safeParseLeistungsschluessel } from "../leika/key.ts";
import { FITCONNECT_MESSAGES } from "./messages.ts";
import {
  type AdditionalReferenceInfo,
  type AuthenticationInformation,
  metadataSchema1_0_0,
  type PaymentInformation,
  type PublicServiceType,
  type ReplyChannel,
} from "./metadata.ts";

useMessages(FITCONNECT_MESSAGES);

function invalid(pointer: string, issue: string): Diagnostic {
  return diagnostic({ code: "submission-metadata-invalid", params: { pointer, issue }, severity: "error", stage: "input", path: pointer });
}

function pointerOf(base: string, path: readonly PropertyKey[]): string {
  return base + path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Checks a value with a part of the metadata schema; keeps only the properties the block defines. */
function checked<T>(schema: z.ZodType, value: unknown, pointer: string, keep: readonly string[]): Result<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const ds = r.error.issues.map((i) => invalid(pointerOf(pointer, i.path), i.message));
    return failure(ds as [Diagnostic, ...Diagnostic[]]);
  }
  const out: Record<string, unknown> = {};
  for (const k of keep) if ((value as Record<string, unknown>)[k] !== undefined) out[k] = (value as Record<string, unknown>)[k];
  return success(out as T);
}

const shape = metadataSchema1_0_0.shape;

/**
 * Input of {@link safeCreatePublicServiceType}.
 *
 * @example
 * ```ts
 * import { createPublicServiceType, type PublicServiceTypeInput } from "fim-xoev/fitconnect";
 *
 * const input: PublicServiceTypeInput = {
 *   leistungsschluessel: "99.125.001.012.000", // any written form: 14 digits, dotted or URN
 *   name: "Hundesteuer Anmeldung",
 *   description: "Hund zur Hundesteuer anmelden",
 * };
 * console.log(createPublicServiceType(input).identifier); // urn:de:fim:leika:leistung:99125001012000
 * ```
 */
export interface PublicServiceTypeInput {
  /** The LeiKa Leistungsschlüssel in any written form (14 digits, URN, dotted). */
  readonly leistungsschluessel: string;
  readonly name?: string;
  readonly description?: string;
}

/**
 * `publicServiceType` for a LeiKa Leistung: `identifier` = `urn:de:fim:leika:leistung:<14 digits>`. The key is
 * parsed with the LeiKa module; an invalid key fails (`invalid-value`), implausible parts come back as warnings.
 *
 * @example
 * ```ts
 * import { safeCreatePublicServiceType } from "fim-xoev/fitconnect";
 *
 * const result = safeCreatePublicServiceType({ leistungsschluessel: "99125001012000", name: "Hundesteuer Anmeldung" });
 * if (result.success) console.log(result.data.identifier); // urn:de:fim:leika:leistung:99125001012000
 * for (const d of result.diagnostics) console.log(d.severity, d.message); // an invalid key fails; implausible parts warn
 * ```
 */
export function safeCreatePublicServiceType(input: PublicServiceTypeInput): Result<PublicServiceType> {
  const key = safeParseLeistungsschluessel(input.leistungsschluessel, { path: "/publicServiceType/identifier" });
  if (!key.success) return failure(key.diagnostics);
  const value: PublicServiceType = {
    identifier: formatLeistungsschluessel(key.data, "urn"),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
  };
  const r = checked<PublicServiceType>(shape.publicServiceType.unwrap(), value, "/publicServiceType", [
    "identifier",
    "name",
    "description",
  ]);
  if (!r.success) return r;
  return success(r.data, checkLeistungsschluessel(key.data, { path: "/publicServiceType/identifier" }));
}

/**
 * `publicServiceType`; throws one XoevError on an invalid key.
 *
 * @example
 * ```ts
 * import { createPublicServiceType, createSubmission } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * declare const fachdaten: FormData;
 * const publicServiceType = createPublicServiceType({ leistungsschluessel: "99125001012000", name: "Hundesteuer Anmeldung" });
 * const submission = await createSubmission({ schema, data: fachdaten, publicServiceType });
 * console.log(submission.metadata.publicServiceType?.identifier);
 * ```
 */
export function createPublicServiceType(input: PublicServiceTypeInput): PublicServiceType {
  return unwrap(safeCreatePublicServiceType(input));
}

/**
 * Input of {@link safeCreateAuthenticationInformation}: an identification report (`type` is always `identificationReport`).
 *
 * @example
 * ```ts
 * import { type AuthenticationInformationInput, createAuthenticationInformation } from "fim-xoev/fitconnect";
 *
 * declare const identReport: string; // the identification report of the eID service, base64url
 * const input: AuthenticationInformationInput = { version: "1.0.0", content: identReport };
 * console.log(createAuthenticationInformation(input).type); // "identificationReport"
 * ```
 */
export interface AuthenticationInformationInput {
  /** semver of the report type, e.g. `1.0.0`. */
  readonly version: string;
  /** The report, base64url. */
  readonly content: string;
}

/**
 * One `authenticationInformation` entry (an identification report).
 *
 * @example
 * ```ts
 * import { safeCreateAuthenticationInformation } from "fim-xoev/fitconnect";
 *
 * declare const identReport: string;
 * const result = safeCreateAuthenticationInformation({ version: "1.0.0", content: identReport });
 * if (!result.success) for (const d of result.diagnostics) console.error(d.path, d.message); // e.g. /authenticationInformation/0/content
 * ```
 */
export function safeCreateAuthenticationInformation(input: AuthenticationInformationInput): Result<AuthenticationInformation> {
  const value = { type: "identificationReport", version: input.version, content: input.content };
  return checked(shape.authenticationInformation.unwrap().element, value, "/authenticationInformation/0", ["type", "version", "content"]);
}

/**
 * One `authenticationInformation` entry; throws one XoevError on invalid input.
 *
 * @example
 * ```ts
 * import { createAuthenticationInformation, createSubmission } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * declare const fachdaten: FormData;
 * declare const identReport: string;
 * const submission = await createSubmission({
 *   schema,
 *   data: fachdaten,
 *   authenticationInformation: [createAuthenticationInformation({ version: "1.0.0", content: identReport })],
 * });
 * console.log(submission.metadata.authenticationInformation?.length); // 1
 * ```
 */
export function createAuthenticationInformation(input: AuthenticationInformationInput): AuthenticationInformation {
  return unwrap(safeCreateAuthenticationInformation(input));
}

const PAYMENT_KEYS = [
  "transactionReference",
  "transactionId",
  "paymentMethod",
  "status",
  "transactionUrl",
  "transactionTimestamp",
  "paymentMethodDetail",
  "grossAmount",
] as const;

/**
 * `paymentInformation` from the payment service's answer. `grossAmount` must have at most two decimal places
 * (the schema's `multipleOf: 0.01`).
 *
 * @example
 * ```ts
 * import { safeCreatePaymentInformation } from "fim-xoev/fitconnect";
 *
 * // the answer of the ePayment service for the Hundesteuer fee
 * const result = safeCreatePaymentInformation({
 *   transactionReference: "HST-2026-000815",
 *   transactionId: "epay-7f3c2a",
 *   paymentMethod: "CREDITCARD",
 *   status: "BOOKED",
 *   grossAmount: 15.0,
 * });
 * if (result.success) console.log(result.data.status);
 * for (const d of result.diagnostics) console.log(d.message); // e.g. more than two decimal places
 * ```
 */
export function safeCreatePaymentInformation(input: PaymentInformation): Result<PaymentInformation> {
  const r = checked<PaymentInformation>(shape.paymentInformation.unwrap(), input, "/paymentInformation", PAYMENT_KEYS);
  const amount = input.grossAmount;
  // JSON Schema means multipleOf decimally, but validators that divide in binary floating point (ajv's default)
  // reject amounts such as 19.99 (19.99 / 0.01 = 1998.9999999999998): valid, yet a receiver may refuse it.
  if (r.success && amount !== undefined && !Number.isInteger(amount / 0.01)) {
    return success(r.data, [
      diagnostic({
        code: "invalid-value",
        params: {
          value: String(amount),
          expected: "an amount whose quotient by 0.01 is an integer in floating point too (validators such as ajv reject it otherwise)",
        },
        severity: "warning",
        stage: "input",
        path: "/paymentInformation/grossAmount",
      }),
    ]);
  }
  return r;
}

/**
 * `paymentInformation`; throws one XoevError on invalid input.
 *
 * @example
 * ```ts
 * import { createPaymentInformation } from "fim-xoev/fitconnect";
 *
 * const payment = createPaymentInformation({
 *   transactionReference: "HST-2026-000815",
 *   transactionId: "epay-7f3c2a",
 *   paymentMethod: "INVOICE",
 *   status: "INITIAL",
 *   transactionTimestamp: "2026-12-05T10:15:00+01:00",
 * });
 * console.log(payment.paymentMethod, payment.status);
 * ```
 */
export function createPaymentInformation(input: PaymentInformation): PaymentInformation {
  return unwrap(safeCreatePaymentInformation(input));
}

/**
 * Input of {@link safeCreateReplyChannel}: the one channel an answer should take.
 *
 * @example
 * ```ts
 * import { createReplyChannel, type ReplyChannelInput } from "fim-xoev/fitconnect";
 *
 * const kanal: ReplyChannelInput = { kind: "eMail", address: "erika.mustermann@example.org" };
 * console.log(createReplyChannel(kanal)); // { eMail: { address: "erika.mustermann@example.org" } }
 * ```
 */
export type ReplyChannelInput =
  | { readonly kind: "eMail"; readonly address: string; readonly pgpPublicKey?: string }
  | { readonly kind: "deMail"; readonly address: string }
  | { readonly kind: "fink"; readonly finkPostfachRef: string; readonly host?: string }
  | { readonly kind: "elster"; readonly accountId: string; readonly lieferTicket?: string; readonly geschaeftszeichen?: string };

/**
 * `replyChannel` with exactly one channel.
 *
 * @example
 * ```ts
 * import { safeCreateReplyChannel } from "fim-xoev/fitconnect";
 *
 * const result = safeCreateReplyChannel({ kind: "fink", finkPostfachRef: "a8b3c0de-4e1f-4a62-9c5d-7b2e8f1a3d90" });
 * if (result.success && "fink" in result.data) console.log(result.data.fink.finkPostfachRef);
 * else for (const d of result.diagnostics) console.error(d.message);
 * ```
 */
export function safeCreateReplyChannel(input: ReplyChannelInput): Result<ReplyChannel> {
  const { kind, ...rest } = input as ReplyChannelInput & Record<string, unknown>;
  const keys: Record<ReplyChannelInput["kind"], readonly string[]> = {
    eMail: ["address", "pgpPublicKey"],
    deMail: ["address"],
    fink: ["finkPostfachRef", "host"],
    elster: ["accountId", "lieferTicket", "geschaeftszeichen"],
  };
  const known = Object.hasOwn(keys, kind) ? keys[kind] : undefined;
  if (known === undefined) return failure([invalid("/replyChannel", `unknown channel ${String(kind)} (eMail, deMail, fink, elster)`)]);
  const inner: Record<string, unknown> = {};
  for (const k of known) if (rest[k] !== undefined) inner[k] = rest[k];
  const value = { [kind]: inner };
  const r = checked<ReplyChannel>(shape.replyChannel.unwrap(), value, "/replyChannel", [kind]);
  return r;
}

/**
 * `replyChannel`; throws one XoevError on invalid input.
 *
 * @example
 * ```ts
 * import { createReplyChannel, createSubmission } from "fim-xoev/fitconnect";
 * import type { FormData } from "fim-xoev/xdatenfelder/forms";
 * import type { Stammdatenschema } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const schema: Stammdatenschema;
 * declare const fachdaten: FormData;
 * const replyChannel = createReplyChannel({ kind: "deMail", address: "erika.mustermann@mustermann.de-mail.de" });
 * const submission = await createSubmission({ schema, data: fachdaten, replyChannel });
 * console.log(submission.metadata.replyChannel);
 * ```
 */
export function createReplyChannel(input: ReplyChannelInput): ReplyChannel {
  return unwrap(safeCreateReplyChannel(input));
}

/**
 * `additionalReferenceInfo`: the sender's own reference and the date of the application (`YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * import { safeCreateAdditionalReferenceInfo } from "fim-xoev/fitconnect";
 *
 * const result = safeCreateAdditionalReferenceInfo({ senderReference: "HST-2026-000815", applicationDate: "2026-12-05" });
 * if (!result.success) console.error(result.diagnostics[0].message); // e.g. applicationDate "05.12.2026" is no date
 * ```
 */
export function safeCreateAdditionalReferenceInfo(input: AdditionalReferenceInfo): Result<AdditionalReferenceInfo> {
  return checked(shape.additionalReferenceInfo.unwrap(), input, "/additionalReferenceInfo", ["senderReference", "applicationDate"]);
}

/**
 * `additionalReferenceInfo`; throws one XoevError on invalid input.
 *
 * @example
 * ```ts
 * import { createAdditionalReferenceInfo } from "fim-xoev/fitconnect";
 *
 * const ref = createAdditionalReferenceInfo({ senderReference: "HST-2026-000815", applicationDate: new Date().toISOString().slice(0, 10) });
 * console.log(ref.senderReference, ref.applicationDate);
 * ```
 */
export function createAdditionalReferenceInfo(input: AdditionalReferenceInfo): AdditionalReferenceInfo {
  return unwrap(safeCreateAdditionalReferenceInfo(input));
}
