import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, hasShared, STANDARDS } from "../../../test/support/shared.ts";
import * as v3 from "../../xdatenfelder/v3/index.ts";
import { host as browserHost } from "../platform/host-browser.ts";
import { safeSchemaSetFromFiles } from "./schemas.ts";

const DIR = join(STANDARDS, "xdatenfelder/3.0.0");
/** The official files below a folder, as an unzipped XRepository archive has them. */
const zipped: Record<string, Uint8Array> = hasShared
  ? Object.fromEntries(readdirSync(DIR).map((n) => [`xdatenfelder_3.0.0/${n}`, new Uint8Array(readFileSync(join(DIR, n)))]))
  : {};
const FIXTURE = readFileSync(join(import.meta.dirname, "../../../fixtures/demo/hundesteuer-anmeldung.xdf3.xml"));

describeShared("safeSchemaSetFromFiles and the pipeline's schemaSets", () => {
  it("finds the catalogue's files below a common folder and checks their checksums", async () => {
    const r = await safeSchemaSetFromFiles("xdatenfelder-3.0.0", zipped);
    expect(r.success).toBe(true);
    expect(r.diagnostics).toEqual([]);
    expect(r.data?.directory).toBe("xdatenfelder_3.0.0");
    expect(Object.keys(r.data?.files ?? {}).sort()).toContain("xdatenfelder.xsd");
  });

  it("a missing file is schema-load-failed; a changed one a checksum warning", async () => {
    const { "xdatenfelder_3.0.0/xoev-code.xsd": _, ...without } = zipped;
    const missing = await safeSchemaSetFromFiles("xdatenfelder-3.0.0", without);
    expect(missing.success).toBe(false);
    expect(missing.diagnostics.map((d) => d.code)).toEqual(["schema-load-failed"]);
    const changed = {
      ...zipped,
      "xdatenfelder_3.0.0/latinchars.xsd": new Uint8Array([...(zipped["xdatenfelder_3.0.0/latinchars.xsd"] ?? []), 10]),
    };
    const warned = await safeSchemaSetFromFiles("urn:xoev-de:fim:standard:xdatenfelder_3.0.0", changed);
    expect(warned.success).toBe(true);
    expect(warned.diagnostics.map((d) => [d.code, d.file])).toEqual([["schema-checksum-mismatch", "xdatenfelder_3.0.0/latinchars.xsd"]]);
  });

  it("validate uses a set in memory instead of the schema root", async () => {
    const set = await safeSchemaSetFromFiles("xdatenfelder-3.0.0", zipped);
    if (!set.success) throw new Error("set");
    const withSet = await v3.validate(FIXTURE, { schemaSets: [set.data], env: {} });
    expect(withSet.validity).toBe("valid");
    expect(withSet.report.stages.find((s) => s.stage === "xsd")?.status).toBe("passed");
    const without = await v3.validate(FIXTURE, { env: {} });
    expect(without.report.stages.find((s) => s.stage === "xsd")?.status).toBe("skipped");
  });
});

describe("the browser host", () => {
  it("has no file system, no environment, and POSIX paths", async () => {
    await expect(browserHost.readFile("/x.xsd")).rejects.toMatchObject({ code: "ENOSYS" });
    await expect(browserHost.readDirectory("/")).rejects.toMatchObject({ code: "ENOSYS" });
    expect(browserHost.environment()).toEqual({});
    expect(browserHost.joinPath("a", "b/../c", "d.xsd")).toBe("a/c/d.xsd");
    expect(browserHost.resolvePath("/base", "schemas/x")).toBe("/base/schemas/x");
    expect(browserHost.resolvePath("/base", "/abs/../y")).toBe("/y");
  });
});
