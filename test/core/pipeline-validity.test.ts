/** "Valid" means valid: a report says when the XSD stage did not run, and nothing calls it valid unless asked to. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { isValid, validityOf } from "../../src/core/validation/pipeline.ts";
import { accept } from "../../src/core/validation/policy.ts";
import * as xdf2 from "../../src/xdatenfelder/v2/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import { hasShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";

const demo = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"));

describe("the XSD stage and validity", () => {
  test("without schemas: the report says the XSD stage did not run, and why; validate() does not say valid", async () => {
    const r = await xdf3.validate(demo, { env: {} });
    expect(r.report.stages.find((s) => s.stage === "xsd")?.status).toBe("skipped");
    expect(r.report.incomplete).toEqual([{ stage: "xsd", reason: expect.stringContaining("FIM_XOEV_SCHEMAS"), requested: false }]);
    expect(r.valid).toBe(false);
    expect(r.validity).toBe("valid-without-xsd");
    expect(isValid(r.report)).toBe(false);
    expect(isValid(r.report, { requireXsd: false })).toBe(true);
    expect(validityOf(r.report)).toBe("valid-without-xsd");
    expect(accept(r.report)).toBe("undefined");
  });

  test("the caller may accept it: requireXsd: false, or xsd: false (which the report records as requested)", async () => {
    expect((await xdf3.validate(demo, { env: {}, requireXsd: false })).valid).toBe(true);
    const off = await xdf3.validate(demo, { xsd: false });
    expect(off.valid).toBe(true);
    expect(off.validity).toBe("valid-without-xsd");
    expect(off.report.incomplete).toEqual([{ stage: "xsd", reason: expect.stringContaining("xsd: false"), requested: true }]);
    expect((await xdf3.validate(demo, { xsd: false, requireXsd: true })).valid).toBe(false);
  });

  test("an error is invalid whether or not the XSD stage ran", async () => {
    const bad = demo.toString().replace(/<xdf3:anzahl>1:1<\/xdf3:anzahl>/, "<xdf3:anzahl>0-1</xdf3:anzahl>");
    expect(bad).not.toBe(demo.toString());
    const r = await xdf3.validate(bad, { env: {}, requireXsd: false });
    expect(r.valid).toBe(false);
    expect(r.validity).toBe("invalid");
    expect(r.report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "invalid-value",
        stage: "model",
        params: expect.objectContaining({ value: "0-1", facet: "pattern" }),
      }),
    );
  });

  test("XDatenfelder 2.0 validate() follows the same rule", async () => {
    const v2 = readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid/0102-stammdatenschema-minimal.xml"));
    const r = await xdf2.validate(v2, { env: {} });
    expect(r.validity).toBe("valid-without-xsd");
    expect(r.valid).toBe(false);
    expect((await xdf2.validate(v2, { env: {}, requireXsd: false })).valid).toBe(true);
  });

  test.runIf(hasShared)("with the official schemas the report is complete and valid", async () => {
    const r = await xdf3.validate(demo, { schemas: STANDARDS });
    expect(r.report.incomplete).toBeUndefined();
    expect(r.validity).toBe("valid");
    expect(r.valid).toBe(true);
    expect(accept(r.report)).toBe("acceptable");
  });
});
