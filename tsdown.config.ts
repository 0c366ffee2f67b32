import { defineConfig } from "tsdown";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    validation: "src/validation.ts",
    codelists: "src/codelists.ts",
    report: "src/report.ts",
    testing: "src/testing/index.ts",
    // one import registers the matchers and their types (vitest is an optional peer dependency, never bundled)
    "testing/vitest": "src/testing/vitest.ts",
    "testing/jest": "src/testing/jest.ts",
    xdatenfelder: "src/xdatenfelder/index.ts",
    "xdatenfelder/v2": "src/xdatenfelder/v2/index.ts",
    "xdatenfelder/v2/rules": "src/xdatenfelder/v2/rules/index.ts",
    "xdatenfelder/v3": "src/xdatenfelder/v3/index.ts",
    "xdatenfelder/v3/rules": "src/xdatenfelder/v3/rules/index.ts",
    "xdatenfelder/forms": "src/xdatenfelder/forms/index.ts",
    "xdatenfelder/regeln": "src/xdatenfelder/regeln/index.ts",
    leika: "src/leika/index.ts",
    "xzufi/v2_2_0": "src/xzufi/v2_2_0/index.ts",
    "xzufi/v2_3_1": "src/xzufi/v2_3_1/index.ts",
    "xzufi/legacy": "src/xzufi/legacy/index.ts",
    "xprozess/v2": "src/xprozess/v2/index.ts",
    "xprozess/v0_1": "src/xprozess/v0_1/index.ts",
    cli: "src/cli/bin.ts",
    // Worker thread of `fim-xoev validate` (src/cli/batch.ts finds it beside the chunk that starts it).
    "validate-worker": "src/cli/validate-worker.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: "node",
  target: "node20",
  outDir: "dist",
});
