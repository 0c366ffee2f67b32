/**
 * The built package: publint and attw (--profile node16) pass, and every export imports from ESM and
 * from CommonJS (XSD validation included: libxml2-wasm is ESM-only and is loaded with import()).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT } from "../support/shared.ts";

const bin = (name: string) => join(REPO_ROOT, "node_modules/.bin", name);
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
// the test-framework entries register matchers with vitest's / Jest's expect and are imported inside a test run
const subpaths = Object.keys(pkg.exports).filter((k) => k !== "./package.json" && !/^\.\/testing\/(vitest|jest)$/.test(k));

describe("built package", () => {
  beforeAll(() => {
    run(bin("tsdown"), ["--silent"]);
  }, 300_000);

  test("every export has its files", () => {
    for (const entry of Object.values(pkg.exports)) {
      if (typeof entry === "string") continue;
      for (const cond of Object.values(entry as Record<string, Record<string, string>>)) {
        for (const file of Object.values(cond)) expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
      }
    }
  });

  test("publint --strict passes", () => {
    expect(run(bin("publint"), ["--strict"])).toContain("All good");
  }, 120_000);

  test("attw --profile node16 passes", () => {
    // attw exits non-zero on any problem not ignored by the profile (execFileSync throws then); the
    // profile ignores only node10 resolution, which cannot resolve subpath exports at all.
    const out = run(bin("attw"), ["--pack", ".", "--profile", "node16", "--format", "table-flipped"]);
    expect(out).toContain("ignoring resolutions: 'node10'");
    for (const line of out.split("\n").filter((l) => /node16|bundler/.test(l))) expect(line, line).not.toMatch(/💀|❌|🐛|⚠️/);
  }, 180_000);

  test("imports from ESM and CommonJS", () => {
    const esm = `${subpaths.map((s, i) => `import * as m${i} from "fim-xoev${s.slice(1)}";`).join("\n")}
      const xdf3 = m${subpaths.indexOf("./xdatenfelder/v3")};
      const v = await xdf3.validate("<x/>", { xsd: false });
      console.log(JSON.stringify({ n: [${subpaths.map((_, i) => `Object.keys(m${i}).length`).join(",")}], valid: v.valid }));`;
    const esmOut = JSON.parse(run(process.execPath, ["--input-type=module", "-e", esm]));
    expect(esmOut.n.every((n: number) => n > 0)).toBe(true);
    expect(esmOut.valid).toBe(false);

    const cjs = `const mods = [${subpaths.map((s) => `require("fim-xoev${s.slice(1)}")`).join(",")}];
      const xdf3 = require("fim-xoev/xdatenfelder/v3");
      const { loadSchemaSet } = require("fim-xoev/validation");
      console.log(JSON.stringify({ n: mods.map((m) => Object.keys(m).length), parse: typeof xdf3.parse, load: typeof loadSchemaSet }));`;
    const cjsOut = JSON.parse(run(process.execPath, ["-e", cjs]));
    expect(cjsOut.n.every((n: number) => n > 0)).toBe(true);
    expect(cjsOut).toMatchObject({ parse: "function", load: "function" });
  });

  test("every export's browser build bundles for the browser from dist/browser, without Node built-ins", async () => {
    const { build } = await import("esbuild");
    for (const s of subpaths) {
      // esbuild fails on any node:* import with platform "browser"; the package resolves itself by name.
      const r = await build({
        stdin: { contents: `export * from "fim-xoev${s.slice(1)}";`, resolveDir: REPO_ROOT },
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      const own = Object.keys(r.metafile.inputs).filter((i) => i.startsWith("dist/"));
      expect(own.length, s).toBeGreaterThan(0);
      expect(
        own.filter((i) => !i.startsWith("dist/browser/")),
        s,
      ).toEqual([]);
    }
  }, 120_000);

  test("a module's diagnostic codes are in the published types of its entry, ESM and CommonJS", () => {
    // a consumer that imports only fim-xoev/leika sees LeiKa's codes in Diagnostic["code"] (declaration merging
    // into the chunk that holds DiagnosticParams, see pointDiagnosticAugmentations in tsdown.config.ts); one that
    // imports only the root sees core's codes only; the declaration files are checked too (no skipLibCheck)
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-types-"));
    try {
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(REPO_ROOT, join(dir, "node_modules", "fim-xoev"), "dir");
      writeFileSync(
        join(dir, "leika.ts"),
        `import { safeParseLeikaCsvSync } from "fim-xoev/leika";
        for (const d of safeParseLeikaCsvSync("a;b").diagnostics) if (d.code === "missing-header") console.log(d.params.keyColumn);\n`,
      );
      writeFileSync(
        join(dir, "root.ts"),
        `import type { DiagnosticCode } from "fim-xoev";
        // @ts-expect-error LeiKa's code is not a code of a program that does not import fim-xoev/leika
        export const c: DiagnosticCode = "missing-header";\n`,
      );
      for (const type of ["module", "commonjs"]) {
        writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", type }));
        const args = [
          "--noEmit",
          "--strict",
          "--module",
          "nodenext",
          "--moduleResolution",
          "nodenext",
          "--target",
          "es2022",
          "--types",
          "node",
        ];
        // one program per file: a program that imports fim-xoev/leika anywhere has LeiKa's codes everywhere
        for (const file of ["leika.ts", "root.ts"]) {
          const r = spawnSync(bin("tsc"), [...args, "--typeRoots", join(REPO_ROOT, "node_modules/@types"), file], {
            cwd: dir,
            encoding: "utf8",
          });
          expect(r.stdout + r.stderr, `${type} ${file}`).toBe("");
        }
      }
    } finally {
      // the link first, on its own: removing the folder must never reach the repository through it
      rmSync(join(dir, "node_modules", "fim-xoev"), { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("the CLI runs from the build", () => {
    expect(run(process.execPath, [join(REPO_ROOT, "dist/cli.mjs"), "--help"])).toContain("Usage: fim-xoev");
  });

  test("the built CLI validates in worker threads (dist/validate-worker.mjs) with the output of one thread", () => {
    const validate = (jobs: string) =>
      spawnSync(
        process.execPath,
        [join(REPO_ROOT, "dist/cli.mjs"), "validate", "--jobs", jobs, "fixtures/xdatenfelder/v3", "fixtures/demo"],
        {
          cwd: REPO_ROOT,
          encoding: "utf8",
        },
      );
    const one = validate("1");
    const two = validate("2");
    expect(one.status).toBe(1); // the invalid fixtures
    expect(one.stdout).toMatch(/INVALID fixtures\/xdatenfelder\/v3\/invalid\//);
    expect({ status: two.status, stdout: two.stdout, stderr: two.stderr }).toEqual({
      status: one.status,
      stdout: one.stdout,
      stderr: one.stderr,
    });
  });
});
