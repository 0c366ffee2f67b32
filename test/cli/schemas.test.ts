import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaCatalog } from "../../src/core/validation/catalog.ts";
import { describeShared, hasShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";
import { cli } from "./support.ts";

const VALID_V3 = join(REPO_ROOT, "fixtures/xdatenfelder/v3/valid/0102-stammdatenschema-minimal.xml");
const temp: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), "fim-xoev-schemas-cli-"));
  temp.push(d);
  return d;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

/** The official 3.0.0 files zipped in a release folder, as XRepository hands them out. */
const v3Zip = (): Uint8Array => {
  const set = schemaCatalog.sets.find((s) => s.id === "xdatenfelder-3.0.0");
  const files: Record<string, Uint8Array> = {};
  for (const f of set?.files ?? []) files[`xdatenfelder_3.0.0/${f.path}`] = readFileSync(join(STANDARDS, "xdatenfelder/3.0.0", f.path));
  return zipSync(files);
};

describe("fim-xoev schemas (no shared folder needed)", () => {
  it("path prints the cache folder from --cache-dir, FIM_XOEV_CACHE or XDG_CACHE_HOME", async () => {
    expect((await cli(["schemas", "path", "--cache-dir", "/tmp/c"])).stdout).toBe("/tmp/c\n");
    expect((await cli(["schemas", "path"], { env: { FIM_XOEV_CACHE: "/tmp/e" } })).stdout).toBe("/tmp/e\n");
    expect((await cli(["schemas", "path"], { env: { XDG_CACHE_HOME: "/tmp/x" } })).stdout).toBe("/tmp/x/fim-xoev/schemas\n");
    const set = await cli(["schemas", "path", "xdatenfelder-3.0.0", "--cache-dir", "/tmp/c"]);
    expect([set.code, set.stdout]).toEqual([1, "/tmp/c/xdatenfelder/3.0.0\n"]); // 1: not cached
  });

  it("list names every catalogue set with where it is published", async () => {
    const r = await cli(["schemas", "list", "--cache-dir", tempDir()]);
    expect(r.code).toBe(0);
    for (const s of [...schemaCatalog.sets, ...(schemaCatalog.folderSets ?? [])]) {
      expect(r.stdout).toContain(s.id);
      expect(s.published).toMatch(/^https:\/\//);
      expect(r.stdout).toContain(`published: ${s.published}`);
    }
    expect(r.stdout).toContain("not cached");
  });

  it("refuses unknown files with exit 1 and writes nothing; usage errors exit 2", async () => {
    const cache = tempDir();
    const r = await cli(["schemas", "add", join(REPO_ROOT, "fixtures/schemas/demo-1.0"), "--cache-dir", cache]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("schema-file-unknown");
    expect((await cli(["schemas", "list", "--json", "--cache-dir", cache])).stdout).not.toContain('"cached"');
    expect((await cli(["schemas", "add", "--cache-dir", cache])).code).toBe(2);
    expect((await cli(["schemas", "frobnicate"])).code).toBe(2);
    expect((await cli(["schemas", "add", "ftp://example.org/x.zip", "--cache-dir", cache])).code).toBe(2);
  });

  it("with --trust --set, adds files of an unpublished set (XZuFi) and verify checks them", async () => {
    const cache = tempDir();
    const r = await cli([
      "schemas",
      "add",
      join(REPO_ROOT, "fixtures/schemas/demo-1.0"),
      "--trust",
      "--set",
      "xzufi-2.3.1",
      "--cache-dir",
      cache,
    ]);
    expect([r.code, r.stdout]).toEqual([0, `added xzufi-2.3.1 (trusted): 2 files → ${join(cache, "xzufi/2.3.1")}\n`]);
    expect((await cli(["schemas", "verify", "--cache-dir", cache])).stdout).toBe("xzufi-2.3.1: ok (2 files, trusted)\n");
  });
});

describeShared("fim-xoev schemas with the official sets of ../shared/standards", () => {
  let server: Server;
  let base = "";
  const zip = hasShared ? v3Zip() : new Uint8Array();
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/xdatenfelder_3.0.0.zip") {
        res.writeHead(200, { "content-type": "application/zip" });
        res.end(zip);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("adds every complete release from the folder, then validate uses the cache without --schemas", async () => {
    const cache = tempDir();
    const before = await cli(["validate", VALID_V3], { env: { FIM_XOEV_CACHE: cache } });
    expect(before.code).toBe(1); // no schemas anywhere: not validated against XSD
    const added = await cli(["schemas", "add", STANDARDS, "--cache-dir", cache]);
    expect(added.code).toBe(0);
    expect(added.stdout.match(/^added [^:\s]+/gm)?.sort()).toEqual(schemaCatalog.sets.map((s) => `added ${s.id}`).sort());
    const after = await cli(["validate", VALID_V3, "--format", "json"], { env: { FIM_XOEV_CACHE: cache } });
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout);
    expect(JSON.stringify(report)).toContain('"stage":"xsd","status":"passed"');
    // the explicit environment variable still wins over the cache
    const env = await cli(["validate", VALID_V3], { env: { FIM_XOEV_CACHE: cache, FIM_XOEV_SCHEMAS: tempDir() } });
    expect(env.code).not.toBe(0);
  });

  it("adds 3.0.0 from a zip the test makes and from a local HTTP server; verify detects a changed byte", async () => {
    const fromZip = tempDir();
    const zipFile = join(tempDir(), "xdatenfelder_3.0.0.zip");
    writeFileSync(zipFile, zip);
    expect((await cli(["schemas", "add", zipFile, "--cache-dir", fromZip])).stdout).toMatch(/^added xdatenfelder-3\.0\.0: 6 files/);

    const cache = tempDir();
    const r = await cli(["schemas", "add", `${base}/xdatenfelder_3.0.0.zip`, "--cache-dir", cache]);
    expect([r.code, r.stdout.split(":")[0]]).toEqual([0, "added xdatenfelder-3.0.0"]);
    expect((await cli(["schemas", "verify", "--cache-dir", cache])).stdout).toBe("xdatenfelder-3.0.0: ok (6 files)\n");
    const list = JSON.parse((await cli(["schemas", "list", "--json", "--cache-dir", cache])).stdout);
    expect(list.sets.find((s: { id: string }) => s.id === "xdatenfelder-3.0.0").cached.source).toBe(`${base}/xdatenfelder_3.0.0.zip`);

    const file = join(cache, "xdatenfelder/3.0.0/xdatenfelder-datentypen.xsd");
    const bytes = readFileSync(file);
    bytes[100] = (bytes[100] ?? 0) ^ 0x20;
    writeFileSync(file, bytes);
    const verify = await cli(["schemas", "verify", "--cache-dir", cache]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toBe("xdatenfelder-3.0.0: CHANGED (6 files)\n");
    expect(verify.stderr).toContain("schema-cache-changed");
    expect(verify.stderr).toContain("xdatenfelder-datentypen.xsd");
  });
});
