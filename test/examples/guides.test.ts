/** The runnable examples of the guides (docs/guides/*.md) run and do what the guides say. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formSystemExample } from "../../examples/guides/form-systems.ts";
import { portalVendorExample } from "../../examples/guides/portal-vendors.ts";
import { safeAddSchemas } from "../../src/core/validation/schema-cache.ts";
import { itShared, STANDARDS } from "../support/shared.ts";

const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});
const quiet = () => {};

describe("guide: form systems (examples/guides/form-systems.ts)", () => {
  it("validates, checks, builds the form and validates the applicant's data", async () => {
    const r = await formSystemExample(undefined, { env: {} }, quiet);
    expect(r).toMatchObject({ validity: "valid-without-xsd", qsErrors: 0, sampleValid: true });
    expect(r.fields).toBeGreaterThan(0);
    expect(r.emptyNameFindings).toHaveLength(1);
  });

  itShared("with the official schemas in the schema cache, the XSD stage runs too", async () => {
    const cache = mkdtempSync(join(tmpdir(), "fim-xoev-guide-"));
    temp.push(cache);
    expect((await safeAddSchemas(join(STANDARDS, "xdatenfelder/3.0.0"), { cacheDir: cache })).success).toBe(true);
    const r = await formSystemExample(undefined, { env: { FIM_XOEV_CACHE: cache } }, quiet);
    expect(r.validity).toBe("valid");
  });
});

describe("guide: portal vendors (examples/guides/portal-vendors.ts)", () => {
  it("checks a FIM download with its code lists, writes SARIF, looks up LeiKa and publishes XZuFi", async () => {
    const r = await portalVendorExample(undefined, undefined, quiet);
    expect(r.checked).toEqual([{ file: "S99000000001V1.0.0_xdf3.xml", errors: 0, skippedRules: 0 }]);
    const sarif = JSON.parse(r.sarif);
    expect(sarif.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.leistung).toBe("Gewerbe Anmeldung");
    expect(r.gruppe050).toEqual(["99050012071000", "99050012104000"]);
    expect(r.xzufiOperations).toBe(5);
  });
});
