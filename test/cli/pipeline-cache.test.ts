/**
 * PipelineOptions.cache: a batch loads and compiles each schema set once, and every report is the one a call
 * without the cache gives (file names in the diagnostics included).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPipelineCache, runPipeline } from "../../src/core/validation/pipeline.ts";
import { PIPELINE_STANDARDS } from "../../src/registry.ts";
import { describeShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";

const DEMO = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"));
const INVALID = readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v3/invalid/model-unknown-feldart.xml"));

describe("runPipeline with a cache", () => {
  it("without a schema root: one skipped setup, the xsd-skipped hint in every report with its own file", async () => {
    const cache = createPipelineCache();
    for (const [file, xml] of [
      ["a.xml", DEMO],
      ["b.xml", INVALID],
    ] as const) {
      const cached = await runPipeline(xml, PIPELINE_STANDARDS, { file, env: {}, cache });
      const plain = await runPipeline(xml, PIPELINE_STANDARDS, { file, env: {} });
      expect(cached.report).toEqual(plain.report);
      expect(cached.report.diagnostics.find((d) => d.code === "xsd-skipped")?.file).toBe(file);
    }
    expect(cache.xsd.size).toBe(1);
  });
});

describeShared("runPipeline with a cache and the official XSDs", () => {
  it("loads the set once for the batch; reports equal those without the cache", async () => {
    const cache = createPipelineCache();
    for (const [file, xml] of [
      ["a.xml", DEMO],
      ["b.xml", INVALID],
      ["c.xml", DEMO],
    ] as const) {
      const cached = await runPipeline(xml, PIPELINE_STANDARDS, { file, schemas: STANDARDS, env: {}, cache });
      const plain = await runPipeline(xml, PIPELINE_STANDARDS, { file, schemas: STANDARDS, env: {} });
      expect(cached.report).toEqual(plain.report);
      expect(cached.report.stages.find((s) => s.stage === "xsd")?.status).toBe(file === "b.xml" ? "failed" : "passed");
    }
    expect(cache.xsd.size).toBe(1);
    const [setup] = [...cache.xsd.values()];
    expect((await setup)?.validator?.success).toBe(true);
  });
});
