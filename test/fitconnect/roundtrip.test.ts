/**
 * Create → encrypt → decrypt → verify on the bundled form fixture with keys made in the test (no network), and
 * every way of breaking a package: a changed byte of any part (plain or JWE), swapped attachments, a wrong key,
 * Fachdaten that break the schema, a missing or unlisted part, a foreign schema — each with its own diagnostic.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  type EncryptedSubmission,
  type JWK,
  metadataToBytes,
  type ReceivedEncryptedSubmission,
  type Submission,
  type SubmissionParts,
  safeCreateSubmission,
  safeDecryptSubmission,
  safeEncryptSubmission,
  safeOpenSubmission,
  safeVerifySubmission,
  schemaResolver,
  sha512Hex,
} from "../../src/fitconnect/index.ts";
import { buildForm, fachdatenToXml } from "../../src/xdatenfelder/forms/index.ts";
import type { Stammdatenschema } from "../../src/xdatenfelder/v3/model.ts";
import { fixtureSchema, keyPair, sampleOf, smallPdf } from "./support.ts";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** The JWE with the character at `i` replaced by the next one of the base64url alphabet (a `.` by `A`). */
function changeChar(jwe: string, i: number): string {
  const c = jwe[i] as string;
  const next = c === "." ? "A" : (B64[(B64.indexOf(c) + 1) % 64] as string);
  return jwe.slice(0, i) + next + jwe.slice(i + 1);
}
function flipByte(bytes: Uint8Array, i: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[i] = (copy[i] as number) ^ 0x01;
  return copy;
}
/** True when both headers are JSON with different `kid`s. */
function kidChanged(a: string, b: string): boolean {
  const kid = (jwe: string) => {
    try {
      return JSON.parse(Buffer.from(jwe.split(".")[0] as string, "base64url").toString("utf8")).kid as unknown;
    } catch {
      return undefined;
    }
  };
  const [x, y] = [kid(a), kid(b)];
  return typeof x === "string" && typeof y === "string" && x !== y;
}
const codes = (r: { diagnostics: readonly { code: string }[] }) => [...new Set(r.diagnostics.map((d) => d.code))];

let schema: Stammdatenschema;
let submission: Submission;
let encrypted: EncryptedSubmission;
let keys: { publicKey: JWK; privateKey: JWK };
const resolveSchema = (s: Stammdatenschema) => schemaResolver([s]);

function plainParts(s: Submission): SubmissionParts {
  return {
    metadata: { name: "metadata.json", bytes: s.metadataBytes },
    data: { name: s.data.name, bytes: s.data.bytes },
    attachments: s.attachments.map((a) => ({ name: a.name, bytes: a.bytes, attachmentId: a.attachmentId })),
  };
}

beforeAll(async () => {
  schema = fixtureSchema();
  keys = await keyPair("dest-1");
  const created = await safeCreateSubmission({
    schema,
    data: sampleOf(schema),
    leistungsschluessel: "99.050.012.104.000",
    serviceName: "Testleistung",
    attachments: [
      { content: smallPdf("eins"), mimeType: "application/pdf", filename: "eins.pdf" },
      { content: smallPdf("zwei"), mimeType: "application/pdf", filename: "zwei.pdf", purpose: "form" },
    ],
  });
  expect(created.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  if (!created.success) throw new Error("fixture submission failed");
  submission = created.data;
  const enc = await safeEncryptSubmission(submission, keys.publicKey);
  if (!enc.success) throw new Error(enc.diagnostics[0].message);
  encrypted = enc.data;
}, 60_000);

describe("create → encrypt → decrypt → verify", () => {
  it("builds the metadata: hashes of the unencrypted bytes, the FIM schema URI, the LeiKa URN", async () => {
    const m = submission.metadata;
    expect(m.$schema).toBe("https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json");
    expect(m.contentStructure.data).toEqual({
      hash: { type: "sha512", content: await sha512Hex(submission.data.bytes) },
      submissionSchema: { schemaUri: "https://schema.fitko.de/fim/s99000900_1.0.schema.json", mimeType: "application/json" },
    });
    expect(m.contentStructure.attachments.map((a) => [a.filename, a.purpose, a.hash.content])).toEqual([
      ["eins.pdf", "attachment", await sha512Hex(smallPdf("eins"))],
      ["zwei.pdf", "form", await sha512Hex(smallPdf("zwei"))],
    ]);
    expect(m.publicServiceType).toEqual({ identifier: "urn:de:fim:leika:leistung:99050012104000", name: "Testleistung" });
    expect(new TextDecoder().decode(submission.metadataBytes)).toBe(`${JSON.stringify(m, null, 2)}\n`);
  });

  it("encrypts every part as a compact JWE with RSA-OAEP-256 + A256GCM, its MIME type and the key id", () => {
    for (const p of [encrypted.metadata, encrypted.data, ...encrypted.attachments]) {
      const jwe = p?.jwe ?? "";
      expect(jwe.split(".")).toHaveLength(5);
      const header = JSON.parse(Buffer.from(jwe.split(".")[0] as string, "base64url").toString("utf8"));
      expect(header).toMatchObject({ alg: "RSA-OAEP-256", enc: "A256GCM", kid: "dest-1" });
    }
    expect(encrypted.attachments.map((a) => a.name)).toEqual(
      submission.attachments.map((a) => `encrypted/attachments/${a.attachmentId}.jwe`),
    );
  });

  it("decrypts to the original bytes and verifies: metadata, hashes and Fachdaten all pass", async () => {
    const d = await safeDecryptSubmission(encrypted, keys.privateKey);
    expect(d.success).toBe(true);
    expect(d.data?.metadata.bytes).toEqual(submission.metadataBytes);
    expect(d.data?.data?.bytes).toEqual(submission.data.bytes);
    expect(d.data?.attachments.map((a) => a.bytes)).toEqual(submission.attachments.map((a) => a.bytes));
    const v = await safeOpenSubmission(encrypted, keys.privateKey, { resolveSchema: resolveSchema(schema) });
    expect(v.diagnostics).toEqual([]);
    expect(v.success).toBe(true);
    expect(v.data?.checks).toEqual({ metadata: "passed", hashes: "passed", fachdaten: "passed" });
    expect(v.data?.fachdaten).toEqual(sampleOf(schema));
    expect(v.data?.schema?.identifikation.id).toBe("S99000000900");
  });
});

describe("a changed byte of any part fails, naming the part", () => {
  it("every character of every JWE part: submission-decryption-failed for that file", async () => {
    // the unchanged set decrypts; each part is a JWE of its own, so changing one leaves the others decryptable
    const intact = await safeDecryptSubmission(encrypted, keys.privateKey);
    expect(intact.success).toBe(true);
    let tried = 0;
    for (const part of [encrypted.metadata, encrypted.data, ...encrypted.attachments]) {
      if (part === undefined) continue;
      for (let i = 0; i < part.jwe.length; i++) {
        // parts are decrypted one by one: the changed part alone in the set (in the metadata slot) is enough
        const changed: ReceivedEncryptedSubmission = { metadata: { name: part.name, jwe: changeChar(part.jwe, i) }, attachments: [] };
        const r = await safeDecryptSubmission(changed, keys.privateKey);
        tried++;
        expect(r.success, `${part.name} @${i}`).toBe(false);
        // a change inside the header's key id reads as a JWE for another key (the header is authenticated, so
        // the part is never decrypted either way)
        const code = kidChanged(part.jwe, changeChar(part.jwe, i))
          ? expect.stringMatching(/^submission-(key-mismatch|decryption-failed)$/)
          : "submission-decryption-failed";
        expect(
          r.diagnostics.map((d) => [d.code, d.params]),
          `${part.name} @${i}`,
        ).toEqual([[code, expect.objectContaining({ part: part.name })]]);
      }
    }
    expect(tried).toBeGreaterThan(3000);
  }, 120_000);

  it("every byte of the plain Fachdaten and attachments: submission-hash-mismatch for that part", async () => {
    const base = plainParts(submission);
    const options = { requireFachdaten: false }; // the hashes are under test here
    const dataBytes = submission.data.bytes;
    for (let i = 0; i < dataBytes.length; i++) {
      const r = await safeVerifySubmission({ ...base, data: { name: "data.json", bytes: flipByte(dataBytes, i) } }, options);
      expect(r.success).toBe(false);
      expect(
        r.diagnostics.filter((d) => d.code === "submission-hash-mismatch").map((d) => d.params),
        `data @${i}`,
      ).toEqual([expect.objectContaining({ part: "data.json", expected: await sha512Hex(dataBytes) })]);
      expect(r.data?.checks.hashes).toBe("failed");
    }
    for (const [k, a] of submission.attachments.entries()) {
      for (let i = 0; i < a.bytes.length; i++) {
        const attachments = base.attachments.map((p, j) => (j === k ? { ...p, bytes: flipByte(a.bytes, i) } : p));
        const r = await safeVerifySubmission({ ...base, attachments }, options);
        expect(codes(r), `${a.name} @${i}`).toEqual(["submission-hash-mismatch", "submission-check-skipped"]);
        expect(r.diagnostics[0]?.file).toBe(a.name);
      }
    }
  });

  it("a changed hash in the metadata: submission-hash-mismatch for the part it describes", async () => {
    const m = JSON.parse(new TextDecoder().decode(submission.metadataBytes));
    m.contentStructure.attachments[1].hash.content = "0".repeat(128);
    const r = await safeVerifySubmission({ ...plainParts(submission), metadata: { name: "metadata.json", bytes: metadataToBytes(m) } });
    expect(r.diagnostics.filter((d) => d.code === "submission-hash-mismatch").map((d) => d.file)).toEqual(["attachments/zwei.pdf"]);
  });
});

describe("swapped attachments, wrong key, broken Fachdaten", () => {
  it("swapped attachment contents (plain): submission-attachment-swapped naming both", async () => {
    const base = plainParts(submission);
    const [a, b] = base.attachments;
    if (a === undefined || b === undefined) throw new Error("two attachments expected");
    const r = await safeVerifySubmission(
      {
        ...base,
        attachments: [
          { ...a, bytes: b.bytes },
          { ...b, bytes: a.bytes },
        ],
      },
      { resolveSchema: resolveSchema(schema) },
    );
    expect(r.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["submission-attachment-swapped", { part: "attachments/eins.pdf", other: "attachments/zwei.pdf" }],
      ["submission-attachment-swapped", { part: "attachments/zwei.pdf", other: "attachments/eins.pdf" }],
    ]);
  });

  it("swapped attachment JWEs: submission-attachment-swapped", async () => {
    const [a, b] = encrypted.attachments;
    if (a === undefined || b === undefined) throw new Error("two attachments expected");
    const r = await safeOpenSubmission(
      {
        ...encrypted,
        attachments: [
          { ...a, jwe: b.jwe },
          { ...b, jwe: a.jwe },
        ],
      },
      keys.privateKey,
      { resolveSchema: resolveSchema(schema) },
    );
    expect(codes(r)).toEqual(["submission-attachment-swapped"]);
    expect(r.data?.checks).toEqual({ metadata: "passed", hashes: "failed", fachdaten: "passed" });
  });

  it("another destination's key with a key id: submission-key-mismatch for every part", async () => {
    const other = await keyPair("dest-2");
    const r = await safeDecryptSubmission(encrypted, other.privateKey);
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.params])).toEqual(
      [encrypted.metadata, encrypted.data, ...encrypted.attachments].map((p) => [
        "submission-key-mismatch",
        { part: p?.name, expected: "dest-1", actual: "dest-2" },
      ]),
    );
  }, 30_000);

  it("another key without key ids: submission-decryption-failed (authentication failed) for every part", async () => {
    const other = await keyPair();
    const { kid: _drop, ...withoutKid } = keys.publicKey;
    const enc = await safeEncryptSubmission(submission, withoutKid);
    if (!enc.success) throw new Error("encrypt failed");
    const r = await safeOpenSubmission(enc.data, other.privateKey, { resolveSchema: resolveSchema(schema) });
    expect(r.success).toBe(false);
    expect(codes(r)).toEqual(["submission-decryption-failed"]);
    expect(r.diagnostics).toHaveLength(1 + 1 + submission.attachments.length);
    expect(r.diagnostics[0]?.message).toMatch(/authentication failed/);
  }, 30_000);

  it("Fachdaten that break the schema (with a matching hash): form-data-invalid, hashes pass", async () => {
    const data = { ...sampleOf(schema) } as Record<string, unknown>;
    const first = Object.keys(data)[0] as string;
    delete data[first];
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    const m = JSON.parse(new TextDecoder().decode(submission.metadataBytes));
    m.contentStructure.data.hash.content = await sha512Hex(bytes);
    const r = await safeVerifySubmission(
      { ...plainParts(submission), metadata: { name: "metadata.json", bytes: metadataToBytes(m) }, data: { name: "data.json", bytes } },
      { resolveSchema: resolveSchema(schema) },
    );
    expect(r.success).toBe(false);
    expect(r.data?.checks).toEqual({ metadata: "passed", hashes: "passed", fachdaten: "failed" });
    expect(r.diagnostics.map((d) => [d.code, (d.params as { rule?: string }).rule, d.file])).toEqual([
      ["form-data-invalid", "required", "data.json"],
    ]);
  });

  it("bad input is a finding, never an exception: a cyclic object, non-byte attachments, unsafe or duplicate file names", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const r1 = await safeCreateSubmission({ schema, data: cyclic as never });
    expect(codes(r1)).toEqual(["invalid-input"]);
    const data = sampleOf(schema);
    const r2 = await safeCreateSubmission({
      schema,
      data,
      attachments: [
        { content: "text" as never, mimeType: "text/plain" },
        { content: smallPdf("a"), mimeType: "application/pdf", filename: "../a.pdf" },
        { content: smallPdf("b"), mimeType: "application/pdf", filename: "b.pdf" },
        { content: smallPdf("c"), mimeType: "application/pdf", filename: "b.pdf" },
      ],
    });
    expect(r2.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-input", "/contentStructure/attachments/0"],
      ["invalid-input", "/contentStructure/attachments/1/filename"],
      ["invalid-input", "/contentStructure/attachments/3/filename"],
    ]);
    const r3 = await safeCreateSubmission({ schema, data, attachments: [{ content: smallPdf("a"), mimeType: "pdf" }] });
    expect(r3.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["submission-metadata-invalid", "/contentStructure/attachments/0/mimeType"],
    ]);
    const hostile = await safeVerifySubmission({
      metadata: {
        name: "metadata.json",
        bytes: new TextEncoder().encode('{"contentStructure":{"attachments":[1,{"attachmentId":[]},null]}}'),
      },
      attachments: [{ name: "x", bytes: new Uint8Array(), attachmentId: "y" }],
    });
    expect(hostile.success).toBe(false);
    expect(codes(hostile)).toEqual(["submission-metadata-invalid", "submission-part-unlisted"]);
  });

  it("a lenient custom metadata validator still yields findings, never an exception", async () => {
    const r = await safeVerifySubmission(
      {
        metadata: { name: "metadata.json", bytes: new TextEncoder().encode('{"contentStructure":{"data":{},"attachments":[]}}') },
        data: { name: "data.json", bytes: submission.data.bytes },
        attachments: [],
      },
      { validateMetadata: () => [], resolveSchema: resolveSchema(schema) },
    );
    expect(r.success).toBe(false);
    expect(codes(r)).toEqual(["submission-hash-mismatch", "submission-check-skipped"]);
  });

  it("an unknown metadata version is refused when building", async () => {
    const r = await safeCreateSubmission({ schema, data: sampleOf(schema), metadataVersion: "2.1.0" as never });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
  });

  it("does not build a submission for Fachdaten that break the schema", async () => {
    const r = await safeCreateSubmission({ schema, data: { unbekannt: 1 } });
    expect(r.success).toBe(false);
    expect(codes(r)).toContain("form-data-invalid");
  });
});

describe("parts, schemas and versions", () => {
  it("a missing and an unlisted attachment", async () => {
    const base = plainParts(submission);
    const [a] = base.attachments;
    if (a === undefined) throw new Error("attachment expected");
    const r = await safeVerifySubmission(
      { ...base, attachments: [a, { name: "attachments/extra.pdf", bytes: smallPdf("extra") }] },
      { resolveSchema: resolveSchema(schema) },
    );
    expect(r.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["submission-part-unlisted", { part: "attachments/extra.pdf" }],
      ["submission-part-missing", { part: "attachments/zwei.pdf" }],
    ]);
  });

  it("missing Fachdaten: submission-part-missing", async () => {
    const { data: _d, ...rest } = plainParts(submission);
    const r = await safeVerifySubmission(rest, { resolveSchema: resolveSchema(schema) });
    expect(r.diagnostics.map((d) => [d.code, d.params])).toEqual([["submission-part-missing", { part: "data.json" }]]);
  });

  it("no local schema for the URI: submission-schema-unresolved; no resolver: submission-check-skipped and not valid", async () => {
    const other = { ...schema, identifikation: { id: "S99000000901", version: "1.0.0" } };
    const r = await safeVerifySubmission(plainParts(submission), { resolveSchema: schemaResolver([other]) });
    expect(r.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["submission-schema-unresolved", { schemaUri: "https://schema.fitko.de/fim/s99000900_1.0.schema.json" }],
    ]);
    const skipped = await safeVerifySubmission(plainParts(submission));
    expect(skipped.success).toBe(false);
    expect(skipped.data?.checks.fachdaten).toBe("skipped");
    expect(codes(skipped)).toEqual(["submission-check-skipped"]);
    const optional = await safeVerifySubmission(plainParts(submission), { requireFachdaten: false });
    expect(optional.success).toBe(true);
    expect(optional.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });

  it("an unknown metadata version: submission-metadata-version-unsupported; a schema violation: submission-metadata-invalid", async () => {
    const m = JSON.parse(new TextDecoder().decode(submission.metadataBytes));
    const unknown = await safeVerifySubmission(
      {
        ...plainParts(submission),
        metadata: {
          name: "metadata.json",
          bytes: metadataToBytes({ ...m, $schema: "https://schema.fitko.de/fit-connect/metadata/9.0.0/metadata.schema.json" }),
        },
      },
      { resolveSchema: resolveSchema(schema) },
    );
    expect(codes(unknown)).toEqual(["submission-metadata-version-unsupported"]);
    m.contentStructure.attachments[0].purpose = "upload";
    const invalid = await safeVerifySubmission(
      { ...plainParts(submission), metadata: { name: "metadata.json", bytes: metadataToBytes(m) } },
      { resolveSchema: resolveSchema(schema) },
    );
    expect(invalid.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["submission-metadata-invalid", "/contentStructure/attachments/0/purpose"],
    ]);
    const notJson = await safeVerifySubmission({
      ...plainParts(submission),
      metadata: { name: "metadata.json", bytes: new Uint8Array([0x7b, 0xff]) },
    });
    expect(notJson.data?.checks).toEqual({ metadata: "failed", hashes: "skipped", fachdaten: "skipped" });
  });

  it("XML Fachdaten: need an explicit schema URI, then verify against the XSD and the validator", async () => {
    const xml = fachdatenToXml(buildForm(schema), sampleOf(schema));
    const noUri = await safeCreateSubmission({ schema, data: xml });
    expect(codes(noUri)).toEqual(["submission-schema-uri-unknown"]);
    const uri = "urn:example:fachdaten:s99000900";
    const r = await safeCreateSubmission({ schema, data: xml, schemaUri: uri });
    if (!r.success) throw new Error(r.diagnostics[0].message);
    expect(r.data.data.name).toBe("data.xml");
    expect(r.data.metadata.contentStructure.data?.submissionSchema).toEqual({ schemaUri: uri, mimeType: "application/xml" });
    const v = await safeVerifySubmission(plainParts(r.data), { resolveSchema: schemaResolver([{ schema, schemaUri: uri }]) });
    expect(v.diagnostics).toEqual([]);
    expect(v.data?.fachdaten).toEqual(sampleOf(schema));
    // JSON bytes where the metadata declares XML
    const swapped = await safeVerifySubmission(
      { ...plainParts(r.data), data: { name: "data.xml", bytes: submission.data.bytes } },
      { resolveSchema: schemaResolver([{ schema, schemaUri: uri }]), requireFachdaten: false },
    );
    expect(codes(swapped)).toContain("submission-mime-mismatch");
  });

  it("rejects a private key for encryption and a public key for decryption", async () => {
    const enc = await safeEncryptSubmission(submission, keys.privateKey);
    expect(enc.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
    const dec = await safeDecryptSubmission(encrypted, keys.publicKey);
    expect(dec.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
  });

  it("takes keys as FIT-Connect publishes them (alg, key_ops wrapKey / unwrapKey)", async () => {
    const pub = { ...keys.publicKey, alg: "RSA-OAEP-256", key_ops: ["wrapKey"] };
    const priv = { ...keys.privateKey, alg: "RSA-OAEP-256", key_ops: ["unwrapKey"] };
    const enc = await safeEncryptSubmission(submission, pub);
    expect(enc.diagnostics).toEqual([]);
    if (!enc.success) throw new Error("encrypt failed");
    const dec = await safeDecryptSubmission(enc.data, priv);
    expect(dec.diagnostics).toEqual([]);
    expect(dec.data?.data?.bytes).toEqual(submission.data.bytes);
    const signing = await safeEncryptSubmission(submission, { ...keys.publicKey, key_ops: ["verify"] });
    expect(signing.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
    const ec = await safeEncryptSubmission(submission, { kty: "EC", crv: "P-256", x: "", y: "" });
    expect(ec.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
    const broken = await safeEncryptSubmission(submission, { kty: "RSA", n: "AQAB", e: "!!" });
    expect(broken.diagnostics.map((d) => d.code)).toEqual(["invalid-input"]);
  });

  it("rejects JWEs with other algorithms", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "RSA1_5", enc: "A128CBC-HS256" })).toString("base64url");
    const parts = encrypted.metadata.jwe.split(".");
    const r = await safeDecryptSubmission(
      { ...encrypted, metadata: { ...encrypted.metadata, jwe: [header, ...parts.slice(1)].join(".") } },
      keys.privateKey,
    );
    expect(r.diagnostics[0]?.message).toMatch(/RSA1_5/);
  });
});
