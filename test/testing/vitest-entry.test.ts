/**
 * `fim-xoev/testing/vitest`: one import registers the matchers with vitest's expect and their types (this file
 * type-checks only because the import merged them into vitest's Matchers), and the XSD-aware matcher.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import "../../src/testing/vitest.ts";
import { safeAddSchemas } from "../../src/core/validation/schema-cache.ts";
import { toValidateAsXDatenfelder } from "../../src/testing/xsd.ts";
import { itShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";

const V3 = readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v3/valid/0102-stammdatenschema-minimal.xml"));
const NO_SCHEMAS = { env: {} }; // no FIM_XOEV_SCHEMAS, no cache
const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe("fim-xoev/testing/vitest", () => {
  it("registers the synchronous matchers with their types", () => {
    const clean = readFileSync(join(REPO_ROOT, "fixtures/qs/v3/clean.xml"));
    expect(clean).toPassFimQs({ failOn: "error" });
    expect(readFileSync(join(REPO_ROOT, "fixtures/qs/v3/findings.xml"))).not.toPassFimQs();
    expect(V3).toBeValidXDatenfelder({ requireXsd: false });
    expect("<not-xdatenfelder/>").not.toBeValidXDatenfelder({ requireXsd: false });
    expectTypeOf(expect(V3).toValidateAsXDatenfelder).returns.toEqualTypeOf<Promise<void>>();
  });

  it("the XSD matcher fails when the XSD stage did not run, and says how to give it schemas", async () => {
    await expect(V3).not.toValidateAsXDatenfelder(NO_SCHEMAS);
    const r = await toValidateAsXDatenfelder(V3, NO_SCHEMAS);
    expect(r.pass).toBe(false);
    expect(r.message()).toContain("the XSD stage did not run");
    expect(r.message()).toContain("fim-xoev schemas add");
    await expect(V3).toValidateAsXDatenfelder({ ...NO_SCHEMAS, requireXsd: false });
    expect((await toValidateAsXDatenfelder(42)).pass).toBe(false);
  });

  it("an invalid document fails with its findings, also without XSD", async () => {
    const bad = new TextEncoder().encode(new TextDecoder().decode(V3).replace(/<xdf:name>[^<]*<\/xdf:name>/, "<xdf:nam>x</xdf:nam>"));
    const r = await toValidateAsXDatenfelder(bad, { ...NO_SCHEMAS, requireXsd: false });
    expect(r.pass).toBe(false);
    expect(r.message()).toMatch(/expected the document to validate as XDatenfelder:\n/);
  });

  itShared("runs the XSD stage with schemas from the option, and from the schema cache", async () => {
    await expect(V3).toValidateAsXDatenfelder({ schemas: STANDARDS, env: {} });
    const cache = mkdtempSync(join(tmpdir(), "fim-xoev-matcher-cache-"));
    temp.push(cache);
    const added = await safeAddSchemas(join(STANDARDS, "xdatenfelder"), { cacheDir: cache });
    expect(added.success).toBe(true);
    await expect(V3).toValidateAsXDatenfelder({ env: { FIM_XOEV_CACHE: cache } });
    // a 2.0 document goes through the 2.0 pipeline, its XSD stage included
    const v2 = readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid/0102-stammdatenschema-minimal.xml"));
    const r2 = await toValidateAsXDatenfelder(v2, { env: { FIM_XOEV_CACHE: cache } });
    expect([r2.pass, r2.message()]).toEqual([true, expect.stringContaining("XDatenfelder 2.0, XSD included")]);
  });
});
