import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../test/support/shared.ts";
import type { SchemaCatalog } from "./catalog.ts";
import { SCHEMA_CACHE_MANIFEST, safeAddSchemas, safeListSchemaCache, safeVerifySchemaCache, schemaCacheDir } from "./schema-cache.ts";
import { resolveSchemaRootSource, SCHEMAS_ENV_VAR, safeLoadSchemaSet } from "./schemas.ts";

const FIX = join(REPO_ROOT, "fixtures/schemas");
const read = (p: string) => new Uint8Array(readFileSync(join(FIX, p)));
const sum = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const DEMO = { main: read("demo-1.0/demo.xsd"), types: read("demo-1.0/demo-types.xsd"), types11: read("demo-1.1/demo-types.xsd") };

/** A catalogue with one release made for these tests (the package's catalogue lists only the official sets). */
const CATALOG: SchemaCatalog = {
  formatVersion: 1,
  sets: [
    {
      id: "demo-1.0",
      standard: "Demo",
      version: "1.0",
      namespace: "urn:example:fim-xoev:demo",
      directory: "demo/1.0",
      entry: "demo.xsd",
      published: "https://example.org/demo",
      files: [
        { path: "demo-types.xsd", sha256: sum(DEMO.types) },
        { path: "demo.xsd", sha256: sum(DEMO.main) },
      ],
    },
  ],
  folderSets: [
    { id: "demo-next", standard: "Demo", version: "next", namespace: "urn:example:fim-xoev:demo-next", directory: "demo/next", note: "" },
  ],
};

const temp: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), "fim-xoev-cache-"));
  temp.push(d);
  return d;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

/** A zip as XRepository serves it: the set in a sub-folder, beside documentation. */
function releaseZip(types: Uint8Array = DEMO.types): Uint8Array {
  return zipSync({
    "demo_1.0/xsd/demo.xsd": DEMO.main,
    "demo_1.0/xsd/demo-types.xsd": types,
    "demo_1.0/Spezifikation.txt": new TextEncoder().encode("not a schema"),
  });
}

describe("schemaCacheDir", () => {
  it("takes --cache-dir, then FIM_XOEV_CACHE, then XDG_CACHE_HOME, then HOME/.cache", () => {
    const env = { FIM_XOEV_CACHE: "/c", XDG_CACHE_HOME: "/x", HOME: "/h" };
    expect(schemaCacheDir({ cacheDir: "/o", env })).toBe("/o");
    expect(schemaCacheDir({ env })).toBe("/c");
    expect(schemaCacheDir({ env: { XDG_CACHE_HOME: "/x", HOME: "/h" } })).toBe(join("/x", "fim-xoev", "schemas"));
    expect(schemaCacheDir({ env: { HOME: "/h" } })).toBe(join("/h", ".cache", "fim-xoev", "schemas"));
    expect(schemaCacheDir({ env: {} })).toBeUndefined();
  });
});

describe("safeAddSchemas", () => {
  it("adds a release from a zip the way XRepository serves it, checked by SHA-256, and lists it", async () => {
    const cache = tempDir();
    const zip = join(tempDir(), "demo.zip");
    writeFileSync(zip, releaseZip());
    const r = await safeAddSchemas(zip, { cacheDir: cache, catalog: CATALOG, now: () => new Date("2026-12-05T12:00:00Z") });
    expect(r.success).toBe(true);
    expect(r.data?.added.map((s) => [s.id, s.trusted, s.files.length])).toEqual([["demo-1.0", false, 2]]);
    expect(r.data?.refused).toEqual([]);
    expect(readFileSync(join(cache, "demo/1.0/demo.xsd"))).toEqual(Buffer.from(DEMO.main));
    expect(existsSync(join(cache, "demo/1.0/Spezifikation.txt"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(cache, SCHEMA_CACHE_MANIFEST), "utf8"));
    expect(manifest.sets["demo-1.0"]).toMatchObject({ source: zip, added: "2026-12-05T12:00:00.000Z", trusted: false });
    const list = safeListSchemaCache({ cacheDir: cache, catalog: CATALOG });
    expect(list.data?.sets.map((s) => [s.id, s.cached !== undefined, s.published ?? null, s.checksums])).toEqual([
      ["demo-1.0", true, "https://example.org/demo", true],
      ["demo-next", false, null, false],
    ]);
  });

  it("adds from a folder, wherever the files lie in it", async () => {
    const cache = tempDir();
    const src = tempDir();
    mkdirSync(join(src, "a/b"), { recursive: true });
    writeFileSync(join(src, "a/demo.xsd"), DEMO.main);
    writeFileSync(join(src, "a/b/demo-types.xsd"), DEMO.types);
    const r = await safeAddSchemas(src, { cacheDir: cache, catalog: CATALOG });
    expect(r.success).toBe(true);
    expect(readFileSync(join(cache, "demo/1.0/demo-types.xsd"))).toEqual(Buffer.from(DEMO.types));
  });

  it("refuses a file no release has and writes nothing, unless trusted", async () => {
    const cache = tempDir();
    const zip = join(tempDir(), "demo-1.1.zip");
    writeFileSync(zip, releaseZip(DEMO.types11));
    const refused = await safeAddSchemas(zip, { cacheDir: cache, catalog: CATALOG });
    expect(refused.success).toBe(false);
    expect(refused.diagnostics.map((d) => d.code)).toEqual(["schema-source-unreadable", "schema-file-unknown"]);
    expect(refused.data?.refused.map((f) => f.path)).toEqual(["demo_1.0/xsd/demo-types.xsd"]);
    expect(existsSync(join(cache, SCHEMA_CACHE_MANIFEST))).toBe(false);
    expect(existsSync(join(cache, "demo"))).toBe(false);

    const trusted = await safeAddSchemas(zip, { cacheDir: cache, catalog: CATALOG, trust: true });
    expect(trusted.success).toBe(true);
    // the set is found by target namespace; the zip's common folder is stripped so includes still resolve
    expect(trusted.data?.added.map((s) => [s.id, s.trusted, s.files.map((f) => f.path)])).toEqual([
      ["demo-1.0", true, ["demo-types.xsd", "demo.xsd"]],
    ]);
    expect(readFileSync(join(cache, "demo/1.0/demo-types.xsd"))).toEqual(Buffer.from(DEMO.types11));
    // a changed byte in a trusted set is caught against the manifest
    expect((await safeVerifySchemaCache({ cacheDir: cache, catalog: CATALOG })).success).toBe(true);
    writeFileSync(join(cache, "demo/1.0/demo-types.xsd"), DEMO.types);
    expect((await safeVerifySchemaCache({ cacheDir: cache, catalog: CATALOG })).success).toBe(false);
  });

  it("puts trusted files into the set named by `set`", async () => {
    const cache = tempDir();
    const r = await safeAddSchemas(join(FIX, "demo-1.1"), { cacheDir: cache, catalog: CATALOG, trust: true, set: "demo-next" });
    expect(r.data?.added.map((s) => [s.id, s.directory, s.trusted])).toEqual([["demo-next", "demo/next", true]]);
    expect(existsSync(join(cache, "demo/next/demo.xsd"))).toBe(true);
    const unknownSet = await safeAddSchemas(join(FIX, "demo-1.1"), { cacheDir: cache, catalog: CATALOG, set: "nope" });
    expect(unknownSet.success).toBe(false);
  });

  it("ignores zip entries that would leave the set's folder", async () => {
    const cache = tempDir();
    const zip = join(tempDir(), "evil.zip");
    writeFileSync(zip, zipSync({ "demo.xsd": DEMO.main, "demo-types.xsd": DEMO.types, "../../evil.xsd": DEMO.types11 }));
    const r = await safeAddSchemas(zip, { cacheDir: cache, catalog: CATALOG });
    expect(r.success).toBe(true);
    expect(r.data?.refused).toEqual([]);
  });

  it("verify detects a changed byte and a missing file", async () => {
    const cache = tempDir();
    await safeAddSchemas(join(FIX, "demo-1.0"), { cacheDir: cache, catalog: CATALOG });
    const ok = await safeVerifySchemaCache({ cacheDir: cache, catalog: CATALOG });
    expect(ok.success && ok.data).toEqual([{ id: "demo-1.0", directory: join(cache, "demo/1.0"), trusted: false, files: 2, intact: true }]);
    const file = join(cache, "demo/1.0/demo.xsd");
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const changed = await safeVerifySchemaCache({ cacheDir: cache, catalog: CATALOG });
    expect(changed.success).toBe(false);
    expect(changed.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["schema-cache-changed", { set: "demo-1.0", file, expected: sum(DEMO.main), actual: sum(bytes) }],
    ]);
    expect(changed.data?.[0]?.intact).toBe(false);
    unlinkSync(join(cache, "demo/1.0/demo-types.xsd"));
    const missing = await safeVerifySchemaCache({ cacheDir: cache, catalog: CATALOG });
    expect(missing.diagnostics.map((d) => (d.code === "schema-cache-changed" ? d.params.actual : ""))).toContain("missing");
  });

  it("reports a source that does not exist", async () => {
    const r = await safeAddSchemas(join(tempDir(), "nope.zip"), { cacheDir: tempDir(), catalog: CATALOG });
    expect(r.success).toBe(false);
    expect(r.data).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("schema-source-unreadable");
  });
});

describe("safeAddSchemas from a URL", () => {
  let server: Server;
  let base = "";
  const zip = releaseZip();
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? "/";
      if (url === "/demo.zip") {
        res.writeHead(200, { "content-type": "application/zip", "content-length": zip.length });
        res.end(zip);
      } else if (url === "/moved") {
        res.writeHead(302, { location: "/demo.zip" });
        res.end();
      } else if (url === "/to-file") {
        res.writeHead(302, { location: "file:///etc/passwd" });
        res.end();
      } else if (url === "/chunked-big") {
        // no Content-Length: the limit must hold while reading
        res.writeHead(200, { "content-type": "application/zip" });
        for (let i = 0; i < 64; i++) res.write(new Uint8Array(16_384));
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("downloads a zip, following an http redirect", async () => {
    const cache = tempDir();
    const r = await safeAddSchemas(`${base}/moved`, { cacheDir: cache, catalog: CATALOG });
    expect(r.success).toBe(true);
    expect(r.data?.added[0]?.source).toBe(`${base}/moved`);
    expect(readFileSync(join(cache, "demo/1.0/demo-types.xsd"))).toEqual(Buffer.from(DEMO.types));
  });

  it("refuses a redirect to another scheme, other schemes, an HTTP error and a download over the limit", async () => {
    const reason = async (url: string, maxBytes?: number) => {
      const r = await safeAddSchemas(url, { cacheDir: tempDir(), catalog: CATALOG, ...(maxBytes !== undefined && { maxBytes }) });
      expect(r.success).toBe(false);
      const d = r.diagnostics[0];
      return d?.code === "schema-source-unreadable" ? d.params.reason : d?.code;
    };
    expect(await reason(`${base}/to-file`)).toBe("redirect to a file: URL refused");
    expect(await reason("file:///etc/passwd")).toBe("only http and https URLs are fetched, not file:");
    expect(await reason(`${base}/missing`)).toBe("HTTP 404 Not Found");
    expect(await reason(`${base}/demo.zip`, 100)).toMatch(/larger than the limit of 100 bytes \(Content-Length/);
    expect(await reason(`${base}/chunked-big`, 100_000)).toBe("the download is larger than the limit of 100000 bytes");
  });
});

describe("schema root resolution with the cache", () => {
  it("uses option, then environment, then the cache when it has a manifest", async () => {
    const cache = tempDir();
    expect(resolveSchemaRootSource({ env: {}, schemaCache: cache })).toBeUndefined();
    await safeAddSchemas(join(FIX, "demo-1.0"), { cacheDir: cache, catalog: CATALOG });
    expect(resolveSchemaRootSource({ env: {}, schemaCache: cache })).toEqual({ root: cache, source: "cache" });
    expect(resolveSchemaRootSource({ env: { FIM_XOEV_CACHE: cache } })).toEqual({ root: cache, source: "cache" });
    expect(resolveSchemaRootSource({ env: { [SCHEMAS_ENV_VAR]: "/e" }, schemaCache: cache })).toEqual({ root: "/e", source: "env" });
    expect(resolveSchemaRootSource({ schemas: "/o", env: {}, schemaCache: cache })).toEqual({ root: "/o", source: "option" });
    expect(resolveSchemaRootSource({ env: { FIM_XOEV_CACHE: cache }, schemaCache: false })).toBeUndefined();
  });

  it("skips the XSD stage with a hint when the cache lacks the set, loads it when present", async () => {
    const cache = tempDir();
    await safeAddSchemas(join(FIX, "demo-1.0"), { cacheDir: cache, catalog: CATALOG });
    const missing = await safeLoadSchemaSet("xdatenfelder-3.0.0", { env: { FIM_XOEV_CACHE: cache } });
    expect(missing.success && missing.data).toBeUndefined();
    const info = missing.diagnostics[0];
    expect(info?.code === "xsd-skipped" && info.params.reason).toMatch(/has no xdatenfelder-3\.0\.0: add it with 'fim-xoev schemas add/);
    const loaded = await safeLoadSchemaSet("demo-1.0", { env: { FIM_XOEV_CACHE: cache }, catalog: CATALOG });
    expect(loaded.success && loaded.data?.directory).toBe(join(cache, "demo/1.0"));
  });
});
