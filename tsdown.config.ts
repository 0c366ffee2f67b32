import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, posix, sep } from "node:path";
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

/**
 * Each module declares its diagnostic codes by merging them into core's `DiagnosticParams`
 * (`declare module "<relative path>/core/diagnostics/diagnostic.ts"`, see docs/architecture.md). The d.ts bundler
 * leaves such a path as written (rolldown-plugin-dts#134), where it names no file of the package; this points it at
 * the declaration file that holds `DiagnosticParams` (per format), so that a program importing a module's entry
 * sees its codes. A build with such an augmentation and no file to point it at fails.
 */
function pointDiagnosticAugmentations(outDir: string): void {
  const augmentation = /^declare module "(?:\.\.?\/)+core\/diagnostics\/diagnostic\.ts" \{\n(\s*)interface DiagnosticParams extends/gm;
  const files = readdirSync(outDir, { recursive: true, encoding: "utf8" }).map((f) => f.split(sep).join("/"));
  for (const [ext, js] of [
    [".d.mts", ".mjs"],
    [".d.cts", ".cjs"],
  ] as const) {
    const dts = files.filter((f) => f.endsWith(ext));
    const target = dts.find((f) =>
      readFileSync(join(outDir, f), "utf8").includes("interface DiagnosticParams extends CoreDiagnosticParams"),
    );
    // the chunk exports the interface under a short name (`DiagnosticParams as a`); the augmentation must use it
    const exported =
      target === undefined
        ? undefined
        : /\bDiagnosticParams(?: as (\w+))?[,\s}]/.exec(readFileSync(join(outDir, target), "utf8").split("\nexport {").at(-1) ?? "");
    for (const f of dts) {
      const code = readFileSync(join(outDir, f), "utf8");
      if (!code.match(augmentation)) continue;
      if (target === undefined || exported === null || exported === undefined)
        throw new Error(`${f}: no declaration file exports DiagnosticParams for the module's diagnostic codes`);
      let rel = posix.relative(posix.dirname(f), target.slice(0, -ext.length) + js);
      if (!rel.startsWith(".")) rel = `./${rel}`;
      const name = exported[1] ?? "DiagnosticParams";
      writeFileSync(
        join(outDir, f),
        code.replace(augmentation, (_m, indent: string) => `declare module "${rel}" {\n${indent}interface ${name} extends`),
      );
    }
  }
}

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
    hooks: { "build:done": (ctx) => pointDiagnosticAugmentations(ctx.options.outDir) },
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
