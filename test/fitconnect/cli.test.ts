/**
 * `fim-xoev submission create|verify` on files: the hashes in metadata.json equal `sha512sum` of the written
 * files, the package verifies (plain and decrypted), and a changed byte in any written file fails with exit 1 and
 * a message naming that file. Keys are made in the test.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitAttachmentArgument } from "../../src/cli/submission.ts";
import { cli } from "../cli/support.ts";
import { REPO_ROOT } from "../support/shared.ts";
import { fixtureSchema, keyPair, SCHEMA_FILE, sampleOf, smallPdf } from "./support.ts";

const hasSha512sum = spawnSync("sha512sum", ["--version"]).status === 0;
let dir: string;
const out = () => join(dir, "out");

/** Every file below a folder, as paths relative to it, sorted. */
function filesBelow(root: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else found.push(relative(root, p));
    }
  };
  walk(root);
  return found.sort();
}

function copyPackage(name: string): string {
  const target = join(dir, name);
  execFileSync("cp", ["-r", out(), target]);
  return target;
}

const verifyArgs = (pkg: string) => ["submission", "verify", pkg, "--schema", SCHEMA_FILE, "--key", join(dir, "private.jwk")];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fim-xoev-submission-"));
  const keys = await keyPair("dest-1");
  writeFileSync(join(dir, "public.jwk"), JSON.stringify(keys.publicKey));
  writeFileSync(join(dir, "private.jwk"), JSON.stringify(keys.privateKey));
  const other = await keyPair("dest-2");
  writeFileSync(join(dir, "other.jwk"), JSON.stringify(other.privateKey));
  writeFileSync(join(dir, "data.json"), JSON.stringify(sampleOf(fixtureSchema()), null, 2));
  writeFileSync(join(dir, "antrag.pdf"), smallPdf("Antrag"));
  writeFileSync(join(dir, "notiz.txt"), "Eine Notiz\n");
  const r = await cli(
    [
      "submission",
      "create",
      "--schema",
      SCHEMA_FILE,
      "--data",
      "data.json",
      "--attachment",
      "antrag.pdf",
      "--attachment",
      "notiz.txt:text/plain",
      "--leika",
      "99050012104000",
      "-o",
      "out",
      "--encrypt-to",
      "public.jwk",
    ],
    { cwd: dir },
  );
  expect(r.stderr.split("\n").filter((l) => / error /.test(l))).toEqual([]);
  expect(r.code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fim-xoev submission create", () => {
  it("writes metadata.json, the data, the attachments, the JWE set and SHA512SUMS", () => {
    const meta = JSON.parse(readFileSync(join(out(), "metadata.json"), "utf8"));
    const ids = meta.contentStructure.attachments.map((a: { attachmentId: string }) => a.attachmentId);
    expect(filesBelow(out())).toEqual(
      [
        "SHA512SUMS",
        "attachments/antrag.pdf",
        "attachments/notiz.txt",
        "data.json",
        "encrypted/data.jwe",
        "encrypted/metadata.jwe",
        ...ids.map((id: string) => `encrypted/attachments/${id}.jwe`),
        "metadata.json",
      ].sort(),
    );
    expect(meta.publicServiceType).toEqual({ identifier: "urn:de:fim:leika:leistung:99050012104000" });
    expect(meta.contentStructure.attachments.map((a: { mimeType: string }) => a.mimeType)).toEqual(["application/pdf", "text/plain"]);
    expect(readFileSync(join(out(), "data.json"))).toEqual(readFileSync(join(dir, "data.json")));
  });

  it.skipIf(!hasSha512sum)("the hashes in metadata.json equal sha512sum of the written files; sha512sum -c SHA512SUMS passes", () => {
    const meta = JSON.parse(readFileSync(join(out(), "metadata.json"), "utf8"));
    const files = ["data.json", "attachments/antrag.pdf", "attachments/notiz.txt"];
    const sums = new Map(
      execFileSync("sha512sum", files, { cwd: out(), encoding: "utf8" })
        .trim()
        .split("\n")
        .map((l) => [l.slice(130), l.slice(0, 128)] as const),
    );
    expect(meta.contentStructure.data.hash.content).toBe(sums.get("data.json"));
    expect(meta.contentStructure.attachments.map((a: { hash: { content: string } }) => a.hash.content)).toEqual([
      sums.get("attachments/antrag.pdf"),
      sums.get("attachments/notiz.txt"),
    ]);
    const check = spawnSync("sha512sum", ["-c", "SHA512SUMS"], { cwd: out(), encoding: "utf8" });
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split("\n")).toHaveLength(filesBelow(out()).length - 1);
  });

  it("never overwrites without --force (nothing written), and does with it", async () => {
    const before = readFileSync(join(out(), "metadata.json"));
    const args = ["submission", "create", "--schema", SCHEMA_FILE, "--data", "data.json", "-o", "out"];
    const r = await cli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exists \(use --force/);
    expect(readFileSync(join(out(), "metadata.json"))).toEqual(before);
    const forced = await cli([...args, "-o", "forced"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await cli([...args, "-o", "forced", "--force"], { cwd: dir })).code).toBe(0);
  });

  it("writes nothing for Fachdaten that break the schema (exit 1, form-data-invalid)", async () => {
    writeFileSync(join(dir, "bad.json"), "{}");
    const r = await cli(["submission", "create", "--schema", SCHEMA_FILE, "--data", "bad.json", "-o", "bad"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/form-data-invalid/);
    expect(existsSync(join(dir, "bad"))).toBe(false);
  });

  it("XML Fachdaten: need --schema-uri; verify resolves it with the same --schema-uri", async () => {
    const xml = await cli(["fachdaten", "sample", SCHEMA_FILE, "--format", "xml", "-o", "data.xml"], { cwd: dir });
    expect(xml.code).toBe(0);
    const noUri = await cli(["submission", "create", "--schema", SCHEMA_FILE, "--data", "data.xml", "-o", "xml"], { cwd: dir });
    expect(noUri.code).toBe(1);
    expect(noUri.stderr).toMatch(/submission-schema-uri-unknown/);
    const uri = "urn:example:fachdaten:s99000900";
    const r = await cli(["submission", "create", "--schema", SCHEMA_FILE, "--data", "data.xml", "--schema-uri", uri, "-o", "xml"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(filesBelow(join(dir, "xml"))).toEqual(["SHA512SUMS", "data.xml", "metadata.json"]);
    const ok = await cli(["submission", "verify", "xml", "--schema", SCHEMA_FILE, "--schema-uri", uri], { cwd: dir });
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const unresolved = await cli(["submission", "verify", "xml", "--schema", SCHEMA_FILE, "--locale", "de"], { cwd: dir });
    expect(unresolved.code).toBe(1);
    expect(unresolved.stderr).toMatch(
      /submission-schema-unresolved: Zum Fachdatenschema urn:example:fachdaten:s99000900 ist kein Stammdatenschema bekannt/,
    );
  }, 30_000);

  it("an XDatenfelder 2.0 schema is converted on the way", async () => {
    const v2 = join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid/0102-stammdatenschema-maximal.xml");
    expect((await cli(["fachdaten", "sample", v2, "-o", "v2.json"], { cwd: dir })).code).toBe(0);
    const r = await cli(["submission", "create", "--schema", v2, "--data", "v2.json", "-o", "v2"], { cwd: dir });
    expect(r.stderr.split("\n").filter((l) => / error /.test(l))).toEqual([]);
    expect(r.code).toBe(0);
    const meta = JSON.parse(readFileSync(join(dir, "v2/metadata.json"), "utf8"));
    expect(meta.contentStructure.data.submissionSchema.schemaUri).toMatch(
      /^https:\/\/schema\.fitko\.de\/fim\/s\d{8}_\d+\.\d+\.schema\.json$/,
    );
    expect((await cli(["submission", "verify", "v2", "--schema", v2], { cwd: dir })).code).toBe(0);
  }, 30_000);

  it("rejects an invalid LeiKa key", async () => {
    const r = await cli(["submission", "create", "--schema", SCHEMA_FILE, "--data", "data.json", "--leika", "123", "-o", "k"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid-value/);
  });

  it("reads FILE:MIME only when the part after the colon is a MIME type", () => {
    expect(splitAttachmentArgument("a.pdf")).toEqual({ file: "a.pdf", mimeType: "application/pdf" });
    expect(splitAttachmentArgument("a.bin:application/x-foo")).toEqual({ file: "a.bin", mimeType: "application/x-foo" });
    expect(splitAttachmentArgument("C:\\x\\a.png")).toEqual({ file: "C:\\x\\a.png", mimeType: "image/png" });
    expect(splitAttachmentArgument("a.unknown")).toEqual({ file: "a.unknown", mimeType: "application/octet-stream" });
  });
});

describe("fim-xoev submission verify", () => {
  it("exit 0 when every check passes (SHA512SUMS, plain and decrypted set)", async () => {
    const r = await cli(verifyArgs("out"), { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /out: valid \(SHA512SUMS passed; plain: metadata passed, hashes passed, Fachdaten passed; encrypted: metadata passed/,
    );
    expect(r.code).toBe(0);
    const json = await cli([...verifyArgs("out"), "--format", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: true,
      checksums: "passed",
      plain: { fachdaten: "passed" },
      encrypted: { hashes: "passed" },
    });
  });

  it("a changed byte in any written file: exit 1, naming the file", async () => {
    const files = filesBelow(out());
    for (const f of files) {
      const pkg = copyPackage(`flip-${f.replace(/[^A-Za-z0-9]/g, "_")}`);
      const bytes = readFileSync(join(pkg, f));
      const at = Math.floor(bytes.length / 2);
      bytes[at] = (bytes[at] as number) ^ 0x01;
      writeFileSync(join(pkg, f), bytes);
      const r = await cli(verifyArgs(relative(dir, pkg)), { cwd: dir });
      expect(r.code, f).toBe(1);
      const named = f === "SHA512SUMS" ? /SHA512SUMS/ : new RegExp(`${relative(dir, pkg)}/${f.replace(/[.]/g, "\\.")}: error`);
      expect(r.stderr, f).toMatch(named);
      expect(r.stdout, f).toMatch(/INVALID/);
    }
  }, 120_000);

  it("a SHA512SUMS that is not UTF-8: invalid-byte-sequence naming it, exit 1 (never read with U+FFFD)", async () => {
    const pkg = copyPackage("sums-not-utf8");
    const bytes = readFileSync(join(pkg, "SHA512SUMS"));
    bytes[3] = 0xff;
    writeFileSync(join(pkg, "SHA512SUMS"), bytes);
    const r = await cli(verifyArgs(relative(dir, pkg)), { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SHA512SUMS.*invalid-byte-sequence/);
  });

  it("swapped attachment files: submission-attachment-swapped", async () => {
    const pkg = copyPackage("swapped");
    renameSync(join(pkg, "attachments/antrag.pdf"), join(pkg, "tmp"));
    renameSync(join(pkg, "attachments/notiz.txt"), join(pkg, "attachments/antrag.pdf"));
    renameSync(join(pkg, "tmp"), join(pkg, "attachments/notiz.txt"));
    const r = await cli(verifyArgs("swapped"), { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/swapped\/attachments\/antrag\.pdf: error submission-attachment-swapped/);
  });

  it("a wrong private key: exit 1 with submission-key-mismatch", async () => {
    const r = await cli(["submission", "verify", "out", "--schema", SCHEMA_FILE, "--key", "other.jwk"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/out\/encrypted\/metadata\.jwe: error submission-key-mismatch/);
  });

  it("a check that cannot run is not a pass: no --schema, or an encrypted set without --key (exit 1)", async () => {
    const noSchema = await cli(["submission", "verify", "out", "--key", "private.jwk"], { cwd: dir });
    expect(noSchema.code).toBe(1);
    expect(noSchema.stderr).toMatch(/submission-check-skipped.*Fachdaten/);
    const noKey = await cli(["submission", "verify", "out", "--schema", SCHEMA_FILE], { cwd: dir });
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/out\/encrypted: error submission-check-skipped/);
  });

  it("usage errors: no package, --key without an encrypted set", async () => {
    expect((await cli(["submission", "verify", "."], { cwd: dir })).code).toBe(2);
    expect((await cli(["submission", "verify", "forced", "--key", "private.jwk"], { cwd: dir })).code).toBe(2);
    expect((await cli(["submission", "frobnicate"], { cwd: dir })).code).toBe(2);
  });
});
