/**
 * The XSD stage with a user-supplied schema set. The official XZuFi XSDs are not available, so a small stand-in
 * set (fixtures/xzufi/xsd-plumbing, clearly not official) checks the plumbing: schema root → set folder, entry
 * found by namespace (not the included file), includes resolved, libxml2 findings with lines.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { REPO_ROOT } from "../leika/shared.ts";

const ROOT = join(REPO_ROOT, "fixtures", "xzufi", "xsd-plumbing");

describe("XZuFi XSD stage", () => {
  const versions: readonly {
    VERSION: string;
    NAMESPACE: string;
    minimal: () => string;
    safeValidateXsd: typeof xzufi22.safeValidateXsd;
    validateXsd: typeof xzufi22.validateXsd;
    safeLoadXsdSchemaSet: typeof xzufi22.safeLoadXsdSchemaSet;
  }[] = [
    { ...xzufi22, minimal: () => xzufi22.serialize(xzufi22.createNachricht({ nachrichtenkopf: {} })) },
    { ...xzufi231, minimal: () => xzufi231.serialize(xzufi231.createNachricht({ nachrichtenkopf: {} })) },
  ];
  for (const x of versions) {
    test(`${x.VERSION}: skipped without a schema root`, async () => {
      const r = await x.safeValidateXsd("<a/>", { env: {} });
      expect(r.success).toBe(true);
      expect(r.diagnostics).toMatchObject([{ code: "xsd-skipped", severity: "info", stage: "xsd" }]);
      // nothing was validated: the report does not say valid
      expect(r.data).toMatchObject({ valid: false, skipped: true });
    });

    test(`${x.VERSION}: finds the entry schema by namespace and validates with libxml2`, async () => {
      const set = await x.safeLoadXsdSchemaSet({ schemas: ROOT });
      expect(set.data?.entry).toBe("standin-nachrichten.xsd");
      expect(Object.keys(set.data?.files ?? {})).toEqual(["standin-baukasten.xsd", "standin-nachrichten.xsd"]);

      const valid = x.minimal();
      const ok = await x.safeValidateXsd(valid, { env: { FIM_XOEV_SCHEMAS: ROOT } });
      expect(ok).toMatchObject({ success: true, data: { valid: true } });

      const invalid = `<?xml version="1.0"?>\n<x:xzufiTransfernachricht xmlns:x="${x.NAMESPACE}">\n  <x:schreibe/>\n</x:xzufiTransfernachricht>\n`;
      const bad = await x.safeValidateXsd(invalid, { schemas: ROOT, file: "bad.xml" });
      expect(bad.success).toBe(false);
      expect(bad.diagnostics.map((d) => [d.code, d.stage, d.location?.line, d.file])).toEqual([
        ["xsd-invalid", "xsd", 2, "bad.xml"],
        ["xsd-invalid", "xsd", 3, "bad.xml"],
      ]);
      await expect(x.validateXsd(invalid, { schemas: ROOT })).rejects.toThrow();
    });

    test(`${x.VERSION}: a schema root without the set, or an overridden namespace without a schema, fails to load`, async () => {
      const none = await x.safeValidateXsd("<a/>", { schemas: join(REPO_ROOT, "fixtures", "leika") });
      expect(none.diagnostics).toMatchObject([{ code: "schema-load-failed" }]);
      const other = await x.safeLoadXsdSchemaSet({ schemas: ROOT, namespace: "urn:example:other" });
      expect(other.diagnostics).toMatchObject([
        { code: "schema-load-failed", params: { reason: expect.stringContaining("urn:example:other") } },
      ]);
    });
  }
});
