/**
 * The metadata module: the built-in 1.0.0 validator agrees with ajv on the official schema file (on a full document
 * and on every single mutation of it), the typed builders of the optional blocks, and the FIM schema URI convention.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  createAdditionalReferenceInfo,
  createAuthenticationInformation,
  createPaymentInformation,
  createReplyChannel,
  metadataValidator,
  parseFimSchemaUri,
  safeCreateAdditionalReferenceInfo,
  safeCreateAuthenticationInformation,
  safeCreatePaymentInformation,
  safeCreatePublicServiceType,
  safeCreateReplyChannel,
  safeFimSchemaUri,
  schemaResolver,
} from "../../src/fitconnect/index.ts";
import { describeShared, hasShared, STANDARDS } from "../support/shared.ts";
import { fixtureSchema } from "./support.ts";

/** How many of the mutations break the official schema (ajv's count; the built-in validator must agree on each). */
const INVALID_MUTATIONS = 957;
const HASH = { type: "sha512", content: "a".repeat(128) };

/** A metadata document with every block the 1.0.0 schema defines. */
function fullMetadata(): Record<string, unknown> {
  return {
    $schema: "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json",
    contentStructure: {
      data: {
        hash: HASH,
        submissionSchema: { schemaUri: "https://schema.fitko.de/fim/s00000114_1.1.schema.json", mimeType: "application/json" },
        signature: {
          signatureFormat: "json",
          detachedSignature: true,
          content: "abc-_",
          eidasAdesProfile: "http://uri.etsi.org/ades/191x2/level/baseline/B-B#",
        },
      },
      attachments: [
        {
          hash: HASH,
          purpose: "attachment",
          filename: "a.pdf",
          description: "Anlage",
          mimeType: "application/pdf",
          attachmentId: "3e307c18-650d-48df-88a8-7c48f9b0adfe",
          signature: { signatureFormat: "pdf", detachedSignature: false },
        },
      ],
    },
    publicServiceType: { identifier: "urn:de:fim:leika:leistung:99050012104000", name: "Leistung", description: "Text" },
    authenticationInformation: [{ type: "identificationReport", version: "1.0.0", content: "abc.def_-" }],
    paymentInformation: {
      transactionUrl: "https://payment.example.org/tx/1",
      transactionId: "9xxd-432x",
      transactionReference: "Kassenzeichen",
      transactionTimestamp: "2026-12-05T10:00:00+01:00",
      paymentMethod: "PAYPAL",
      paymentMethodDetail: "Visa",
      status: "INITIAL",
      grossAmount: 10.5,
    },
    replyChannel: { eMail: { address: "a@example.org" } },
    additionalReferenceInfo: { senderReference: "ref", applicationDate: "2026-02-28" },
  };
}

/** Values a leaf is replaced with, and the ones that probe formats and patterns. */
const REPLACEMENTS: readonly unknown[] = [
  null,
  true,
  0,
  0.001,
  -1,
  "",
  "x",
  "A".repeat(300),
  [],
  {},
  "urn:x",
  "not a uri",
  "2026-02-30",
  "2026-12-05T10:00:00",
  "a@b",
  "3E307C18-650D-48DF-88A8-7C48F9B0ADFE",
  "0".repeat(128),
  "A".repeat(128),
  "1.0",
  "text/plain",
  "123456789",
];

/** Every document that differs from `doc` in one place: a leaf replaced, a property removed, an object emptied. */
function mutations(doc: unknown): { where: string; doc: unknown }[] {
  const out: { where: string; doc: unknown }[] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    const replace = (value: unknown, remove: boolean) => {
      const copy = structuredClone(doc) as Record<string | number, unknown>;
      let cur = copy as Record<string | number, unknown>;
      for (const k of at.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
      const last = at[at.length - 1] as string | number;
      if (remove) {
        if (Array.isArray(cur)) cur.splice(last as number, 1);
        else delete cur[last];
      } else cur[last] = value;
      return copy;
    };
    if (at.length > 0) {
      out.push({ where: `-${at.join("/")}`, doc: replace(undefined, true) });
      for (const r of REPLACEMENTS) out.push({ where: `${at.join("/")}=${JSON.stringify(r).slice(0, 20)}`, doc: replace(r, false) });
    }
    if (node !== null && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) walk(v, [...at, Array.isArray(node) ? Number(k) : k]);
      if (!Array.isArray(node) && at.length > 0) {
        out.push({ where: `${at.join("/")}+extra`, doc: replace({ ...(node as object), extra: 1 }, false) });
      }
    }
  };
  walk(doc, []);
  return out;
}

describeShared("the built-in 1.0.0 validator agrees with ajv on the official schema", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = hasShared
    ? ajv.compile(JSON.parse(readFileSync(join(STANDARDS, "fitconnect/metadata/1.0.0/metadata.schema.v1.0.0.json"), "utf8")))
    : undefined;
  const ours = metadataValidator("1.0.0");

  it("on a document with every block, and on the minimal document", () => {
    expect(validate?.(fullMetadata()), JSON.stringify(validate?.errors)).toBe(true);
    expect(ours(fullMetadata())).toEqual([]);
    const minimal = { contentStructure: { attachments: [] } };
    expect(validate?.(minimal)).toBe(true);
    expect(ours(minimal)).toEqual([]);
  });

  it("on every single mutation of the full document (replaced leaf, removed or added property)", () => {
    const docs = mutations(fullMetadata());
    const disagree: string[] = [];
    let invalid = 0;
    for (const { where, doc } of docs) {
      const official = validate?.(doc) === true;
      const mine = ours(doc).length === 0;
      if (!official) invalid++;
      if (official !== mine) disagree.push(`${where}: ajv ${official}, built-in ${mine}`);
    }
    expect(disagree).toEqual([]);
    expect({ documents: docs.length, invalid }).toEqual({ documents: 1136, invalid: INVALID_MUTATIONS });
  });
});

describe("typed builders of the optional blocks", () => {
  it("publicServiceType from a LeiKa key in any form; an invalid key is invalid-value", () => {
    const r = safeCreatePublicServiceType({ leistungsschluessel: "urn:de:fim:leika:leistung:99050012104000", name: "Leistung" });
    expect(r.data).toEqual({ identifier: "urn:de:fim:leika:leistung:99050012104000", name: "Leistung" });
    const bad = safeCreatePublicServiceType({ leistungsschluessel: "9905001210400" });
    expect(bad.diagnostics.map((d) => [d.code, d.path])).toEqual([["invalid-value", "/publicServiceType/identifier"]]);
  });

  it("paymentInformation: the schema's constraints, each a submission-metadata-invalid with its pointer", () => {
    expect(
      createPaymentInformation({
        transactionReference: "K",
        transactionId: "t-1",
        paymentMethod: "INVOICE",
        status: "BOOKED",
        grossAmount: 0.5,
      }),
    ).toEqual({ transactionReference: "K", transactionId: "t-1", paymentMethod: "INVOICE", status: "BOOKED", grossAmount: 0.5 });
    const bad = safeCreatePaymentInformation({
      transactionReference: "K",
      transactionId: "t 1",
      paymentMethod: "BITCOIN" as never,
      status: "BOOKED",
      grossAmount: 0.001,
      transactionTimestamp: "2026-12-05",
    });
    expect([...new Set(bad.diagnostics.map((d) => `${d.code} ${d.path}`))]).toEqual([
      "submission-metadata-invalid /paymentInformation/transactionId",
      "submission-metadata-invalid /paymentInformation/transactionTimestamp",
      "submission-metadata-invalid /paymentInformation/paymentMethod",
      "submission-metadata-invalid /paymentInformation/grossAmount",
    ]);
  });

  it("paymentInformation: an amount ajv's floating-point multipleOf rejects is valid, with a warning", () => {
    const r = safeCreatePaymentInformation({
      transactionReference: "K",
      transactionId: "t",
      paymentMethod: "OTHER",
      status: "BOOKED",
      grossAmount: 19.99,
    });
    expect(r.success).toBe(true);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.path])).toEqual([
      ["warning", "invalid-value", "/paymentInformation/grossAmount"],
    ]);
  });

  it("replyChannel: exactly one channel, each with its own constraints", () => {
    expect(createReplyChannel({ kind: "elster", accountId: "1234567890" })).toEqual({ elster: { accountId: "1234567890" } });
    expect(createReplyChannel({ kind: "fink", finkPostfachRef: "hh/by/1" })).toEqual({ fink: { finkPostfachRef: "hh/by/1" } });
    expect(safeCreateReplyChannel({ kind: "elster", accountId: "123" }).diagnostics.map((d) => d.path)).toEqual([
      "/replyChannel/elster/accountId",
    ]);
    expect(safeCreateReplyChannel({ kind: "eMail", address: "kein-at" }).diagnostics.map((d) => d.path)).toEqual([
      "/replyChannel/eMail/address",
    ]);
    expect(safeCreateReplyChannel({ kind: "fax" } as never).success).toBe(false);
  });

  it("authenticationInformation and additionalReferenceInfo", () => {
    expect(createAuthenticationInformation({ version: "1.2.3", content: "a.b-c_" })).toEqual({
      type: "identificationReport",
      version: "1.2.3",
      content: "a.b-c_",
    });
    expect(safeCreateAuthenticationInformation({ version: "1.2", content: "a b" }).diagnostics.map((d) => d.path)).toEqual([
      "/authenticationInformation/0/version",
      "/authenticationInformation/0/content",
    ]);
    expect(createAdditionalReferenceInfo({ applicationDate: "2024-02-29" })).toEqual({ applicationDate: "2024-02-29" });
    expect(safeCreateAdditionalReferenceInfo({ applicationDate: "2023-02-29" }).success).toBe(false);
  });
});

describe("FIM schema URIs", () => {
  it("narrow a 3.0.0 id and version to the 2.0 form of the convention", () => {
    expect(safeFimSchemaUri({ id: "S00000000114", version: "1.1.0" }).data).toBe("https://schema.fitko.de/fim/s00000114_1.1.schema.json");
    expect(safeFimSchemaUri({ id: "S17000717", version: "1.0" }).data).toBe("https://schema.fitko.de/fim/s17000717_1.0.schema.json");
    expect(parseFimSchemaUri("https://schema.fitko.de/fim/s00000114_1.1.schema.json")).toEqual({ id: "S00000114", version: "1.1" });
    expect(parseFimSchemaUri("https://example.org/s00000114_1.1.schema.json")).toBeUndefined();
  });

  it("give none for a working copy, another Unternummernkreis or a patch level", () => {
    for (const id of [{ id: "S00000000114" }, { id: "S60123000001", version: "1.0.0" }, { id: "S00000000114", version: "1.0.1" }]) {
      const r = safeFimSchemaUri(id);
      expect(r.success, JSON.stringify(id)).toBe(false);
      expect(r.diagnostics[0]?.code).toBe("submission-schema-uri-unknown");
    }
  });

  it("resolve to the local schema by its derived URI or an explicit one", () => {
    const schema = fixtureSchema();
    const resolve = schemaResolver([schema, { schema, schemaUri: "urn:example:xsd" }]);
    expect(resolve("https://schema.fitko.de/fim/s99000900_1.0.schema.json")).toBe(schema);
    expect(resolve("urn:example:xsd")).toBe(schema);
    expect(resolve("https://schema.fitko.de/fim/s99000900_1.1.schema.json")).toBeUndefined();
  });
});
