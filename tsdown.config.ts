import { defineConfig } from "tsdown";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    validation: "src/validation.ts",
    codelists: "src/codelists.ts",
    report: "src/report.ts",
    testing: "src/testing/index.ts",
    xdatenfelder: "src/xdatenfelder/index.ts",
    "xdatenfelder/v2": "src/xdatenfelder/v2/index.ts",
    "xdatenfelder/v2/rules": "src/xdatenfelder/v2/rules/index.ts",
    "xdatenfelder/v3": "src/xdatenfelder/v3/index.ts",
    "xdatenfelder/v3/rules": "src/xdatenfelder/v3/rules/index.ts",
    "xdatenfelder/regeln": "src/xdatenfelder/regeln/index.ts",
    leika: "src/leika/index.ts",
    "xzufi/v2_2_0": "src/xzufi/v2_2_0/index.ts",
    "xzufi/v2_3_1": "src/xzufi/v2_3_1/index.ts",
    "xzufi/legacy": "src/xzufi/legacy/index.ts",
    cli: "src/cli/bin.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: "node",
  target: "node20",
  outDir: "dist",
});
