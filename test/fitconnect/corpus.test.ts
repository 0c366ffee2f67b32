/**
 * Metadata for every Stammdatenschema of the shared corpus (3.0.0, and 2.0 converted): the sample Fachdaten of the
 * form module plus a small PDF made here, with every optional block, validate against the official
 * `metadata.schema.v1.0.0.json` with ajv (draft 2020-12, formats on), read in place from ../shared. The package then
 * verifies on the receiving side (hashes, built-in metadata check, Fachdaten against the resolved schema).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, it } from "vitest";
import {
  createAdditionalReferenceInfo,
  createAuthenticationInformation,
  createPaymentInformation,
  createReplyChannel,
  type ReplyChannelInput,
  safeCreateSubmission,
  safeFimSchemaUri,
  safeVerifySubmission,
  schemaResolver,
} from "../../src/fitconnect/index.ts";
import { buildForm, sampleFachdaten } from "../../src/xdatenfelder/forms/index.ts";
import { safeParse } from "../../src/xdatenfelder/index.ts";
import { corpusCodeLists, schemaRows, xdf3Of } from "../forms/corpus-support.ts";
import { describeShared, hasShared, manifest, STANDARDS } from "../support/shared.ts";
import { smallPdf } from "./support.ts";

const rows = hasShared ? schemaRows() : [];
const codeLists = hasShared ? corpusCodeLists() : undefined;
const OFFICIAL = join(STANDARDS, "fitconnect/metadata/1.0.0/metadata.schema.v1.0.0.json");

const CHANNELS: readonly ReplyChannelInput[] = [
  { kind: "eMail", address: "erika.mustermann@example.org" },
  { kind: "deMail", address: "erika.mustermann@example.de-mail.de" },
  { kind: "fink", finkPostfachRef: "hh/by/12345", host: "https://servicekonto1.example.com/" },
  { kind: "elster", accountId: "1234567890", geschaeftszeichen: "AZ-1" },
];

describeShared("FIT-Connect metadata for every corpus schema vs the official 1.0.0 JSON Schema (ajv 2020-12)", () => {
  const validated: string[] = [];
  const explicitUri: string[] = [];

  it("covers every Stammdatenschema of the corpus the library reads (all but the XDatenfelder 1.0 file)", () => {
    const all = manifest("xdatenfelder").filter((r) => /stammdatenschema/.test(r.root_element ?? ""));
    const files = new Set(rows.map((r) => r.file));
    const left = all.filter((r) => !files.has(r.file));
    expect(left.map((r) => r.xdf_version)).toEqual(["1.0"]);
    // XDatenfelder 1.0 is no version the library reads
    expect(safeParse(readFileSync(left[0]?.path as string)).diagnostics[0]?.code).toBe("unknown-namespace");
    expect(rows.length).toBe(72);
  });

  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = hasShared ? ajv.compile(JSON.parse(readFileSync(OFFICIAL, "utf8"))) : undefined;

  it.each(rows.map((r, i) => [r.file, r, i] as const))("%s", async (_file, row, i) => {
    const lookup = codeLists as NonNullable<typeof codeLists>;
    const n = await xdf3Of(row, lookup);
    if (n.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
    const schema = n.stammdatenschema;
    const formOptions = { codeLists: lookup };
    const data = sampleFachdaten(buildForm(schema, formOptions));
    // a schema without a version (a working copy) has no URI by the FIM convention: the caller gives one
    const derived = safeFimSchemaUri(schema.identifikation);
    if (!derived.success) {
      expect(schema.identifikation.version).toBeUndefined();
      expect(derived.diagnostics.map((d) => d.code)).toEqual(["submission-schema-uri-unknown"]);
      explicitUri.push(row.file);
    }
    const schemaUri = derived.success ? derived.data : `urn:example:fim:${schema.identifikation.id.toLowerCase()}`;
    const created = await safeCreateSubmission({
      schema,
      formOptions,
      data,
      ...(!derived.success && { schemaUri }),
      attachments: [{ content: smallPdf(schema.identifikation.id), mimeType: "application/pdf", filename: "anlage.pdf" }],
      leistungsschluessel: "99050012104000",
      serviceName: schema.bezeichnung,
      authenticationInformation: [createAuthenticationInformation({ version: "1.0.0", content: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln" })],
      paymentInformation: createPaymentInformation({
        transactionReference: `Kassenzeichen ${i}`,
        transactionId: `tx-${i}`,
        paymentMethod: "CREDITCARD",
        status: "BOOKED",
        transactionTimestamp: "2026-12-05T10:00:00Z",
        grossAmount: 12.5,
      }),
      replyChannel: createReplyChannel(CHANNELS[i % CHANNELS.length] as ReplyChannelInput),
      additionalReferenceInfo: createAdditionalReferenceInfo({ senderReference: `ref-${i}`, applicationDate: "2026-12-05" }),
    });
    expect(created.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    if (!created.success) throw new Error("not created");
    const metadata = JSON.parse(new TextDecoder().decode(created.data.metadataBytes));
    const ok = validate?.(metadata);
    expect(ok, JSON.stringify(validate?.errors)).toBe(true);
    expect(metadata.contentStructure.data.submissionSchema.schemaUri).toBe(schemaUri);
    if (derived.success) expect(schemaUri).toMatch(/^https:\/\/schema\.fitko\.de\/fim\/s\d{8}_\d+\.\d+\.schema\.json$/);

    const verified = await safeVerifySubmission(
      {
        metadata: { name: "metadata.json", bytes: created.data.metadataBytes },
        data: { name: created.data.data.name, bytes: created.data.data.bytes },
        attachments: created.data.attachments.map((a) => ({ name: a.name, bytes: a.bytes, attachmentId: a.attachmentId })),
      },
      { resolveSchema: schemaResolver([{ schema, schemaUri }]), formOptions },
    );
    expect(verified.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(verified.data?.checks).toEqual({ metadata: "passed", hashes: "passed", fachdaten: "passed" });
    validated.push(row.file);
  });

  it("validated every schema", () => {
    expect(validated.length).toBe(rows.length);
    // the one schema without a version needed an explicit URI; every other URI follows the FIM convention
    expect(explicitUri).toEqual(["escalon__glykon/examples__2.0__gewerbeanmeldung__S00000009_xdatenfelder.xml"]);
  });
});
