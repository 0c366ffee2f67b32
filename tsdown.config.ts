import { defineConfig } from "tsdown";

/** The public library entries (everything but the CLI). */
export const libraryEntries: Readonly<Record<string, string>> = {
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
  "xdatenfelder/forms": "src/xdatenfelder/forms/index.ts",
  "xdatenfelder/regeln": "src/xdatenfelder/regeln/index.ts",
  "xdatenfelder/report": "src/xdatenfelder/report/index.ts",
  leika: "src/leika/index.ts",
  catalog: "src/catalog/index.ts",
  fitconnect: "src/fitconnect/index.ts",
  "xzufi/v2_2_0": "src/xzufi/v2_2_0/index.ts",
  "xzufi/v2_3_1": "src/xzufi/v2_3_1/index.ts",
  "xzufi/legacy": "src/xzufi/legacy/index.ts",
  "xprozess/v2": "src/xprozess/v2/index.ts",
  "xprozess/v0_1": "src/xprozess/v0_1/index.ts",
};

export default defineConfig([
  {
    entry: {
      ...libraryEntries,
      // One import registers the matchers and their types (vitest is an optional peer dependency, never
      // bundled); test-runner entries, so Node only.
      "testing/vitest": "src/testing/vitest.ts",
      "testing/jest": "src/testing/jest.ts",
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
  },
  // The `browser` export condition: ESM only, `#host` and `#xsd-engine` resolved to their browser modules (no
  // node:* import, no `process`; libxml2-wasm imported statically, see src/core/platform/xsd-engine.ts). The
  // types are the Node build's (the same API).
  {
    entry: libraryEntries,
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    platform: "browser",
    target: "es2022",
    outDir: "dist/browser",
  },
]);
