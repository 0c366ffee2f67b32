import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";
import { REPO_ROOT } from "../support/shared.ts";

const SCHEMA = "fixtures/forms/alle-datentypen.xdf3.xml";
const CODELISTS = "fixtures/codelists/qs";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stderrIsTTY: false, env: {}, cwd: REPO_ROOT };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

describe("fim-xoev export", () => {
  test("--to json-schema writes strict JSON and warns about the code list it cannot resolve", async () => {
    const t = io();
    expect(await runCli(["export", SCHEMA, "--to", "json-schema", "--codelists", CODELISTS], t.io)).toBe(0);
    const schema = JSON.parse(t.out());
    expect(schema.$defs["F99000000917V1.0.0"].oneOf).toHaveLength(2);
    expect(t.err()).toContain("code-list-unavailable");
    expect(t.err()).toContain("F99000000918V1.0.0");
  });
  test("--unversioned-ids, --to xsd with --namespace", async () => {
    const t = io();
    expect(await runCli(["export", SCHEMA, "--to", "xsd", "--unversioned-ids", "--namespace", "urn:example:fd", "-q"], t.io)).toBe(0);
    expect(t.out()).toContain('<xs:element name="F99000000901">');
    expect(t.out()).toContain('targetNamespace="urn:example:fd"');
    expect(t.err()).toBe("");
  });
  test("usage errors exit 2, a missing file exits 2", async () => {
    expect(await runCli(["export", SCHEMA, "--to", "yaml"], io().io)).toBe(2);
    expect(await runCli(["export", "nope.xml", "--to", "xsd"], io().io)).toBe(2);
    expect(await runCli(["export", "fixtures/codelists/qs/land_2024-01-01.xml", "--to", "xsd"], io().io)).not.toBe(0);
  });
  test("--to ts writes a module that typechecks under strict and validates like the library", async () => {
    // Inside the repository (git-ignored .tmp/), so that the module resolves zod like a form system's code would.
    mkdirSync(join(REPO_ROOT, ".tmp"), { recursive: true });
    const dir = mkdtempSync(join(REPO_ROOT, ".tmp", "forms-ts-"));
    const file = join(dir, "fachdaten.ts");
    try {
      const t = io();
      expect(await runCli(["export", SCHEMA, "--to", "ts", "--codelists", CODELISTS, "--locale", "de", "-o", file], t.io)).toBe(0);
      const use = join(dir, "use.ts");
      writeFileSync(
        use,
        `import { Fachdaten, type G99000000903V1_0_0 } from "./fachdaten.ts";\n` +
          `const z: G99000000903V1_0_0 = { "F99000000930V1.0.0": ["a", "b"] };\n` +
          `const d: Fachdaten = Fachdaten.parse({});\n` +
          `const art: "001" | "002" = d["F99000000916V1.0.0"];\n` +
          `export const used = [z, art];\n`,
      );
      const program = ts.createProgram([file, use], {
        strict: true,
        noEmit: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        allowImportingTsExtensions: true,
        skipLibCheck: true,
        types: [],
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(errors).toEqual([]);
      const mod = (await import(file)) as {
        Fachdaten: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } };
      };
      const sample = io();
      await runCli(["fachdaten", "sample", SCHEMA, "--full", "--codelists", CODELISTS], sample.io);
      const data = JSON.parse(sample.out());
      expect(mod.Fachdaten.safeParse(data).success).toBe(true);
      data["F99000000912V1.0.0"] = 40;
      const r = mod.Fachdaten.safeParse(data);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["Tag (F99000000912V1.0.0): der Wert darf höchstens 31 sein."]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("fim-xoev fachdaten", () => {
  test("sample → XML → validate → convert to JSON → validate", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-fd-"));
    const xml = join(dir, "a.xml");
    const json = join(dir, "a.json");
    expect(await runCli(["fachdaten", "sample", SCHEMA, "--format", "xml", "-o", xml], io().io)).toBe(0);
    const v = io();
    expect(await runCli(["fachdaten", "validate", SCHEMA, xml], v.io)).toBe(0);
    expect(v.out()).toContain("valid");
    expect(await runCli(["fachdaten", "convert", SCHEMA, xml, "--to", "json", "-o", json], io().io)).toBe(0);
    const back = io();
    expect(await runCli(["fachdaten", "convert", SCHEMA, json, "--to", "xml"], back.io)).toBe(0);
    expect(back.out()).toBe(readFileSync(xml, "utf8"));
    expect(await runCli(["fachdaten", "validate", SCHEMA, json], io().io)).toBe(0);
  });
  test("invalid data exits 1 with path and label; --format json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-fd-"));
    const json = join(dir, "bad.json");
    writeFileSync(json, JSON.stringify({ "F99000000912V1.0.0": 0 }));
    const t = io();
    expect(await runCli(["fachdaten", "validate", SCHEMA, json, "--format", "json"], t.io)).toBe(1);
    const report = JSON.parse(t.out());
    expect(report.valid).toBe(false);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        path: "/F99000000912V1.0.0",
        params: { element: "F99000000912V1.0.0", label: "Tag", rule: "minimum", limit: "1" },
      }),
    );
    writeFileSync(json, "{ not json");
    expect(await runCli(["fachdaten", "validate", SCHEMA, json], io().io)).toBe(1);
  });
  test("usage and I/O errors exit 2", async () => {
    expect(await runCli(["fachdaten", "validate", SCHEMA], io().io)).toBe(2);
    expect(await runCli(["fachdaten", "validate", SCHEMA, "missing.json"], io().io)).toBe(2);
    expect(await runCli(["fachdaten", "frobnicate", SCHEMA], io().io)).toBe(2);
    expect(await runCli(["fachdaten", "convert", SCHEMA, "x.json"], io().io)).toBe(2);
    expect(await runCli(["fachdaten", "sample", "missing.xml"], io().io)).toBe(2);
  });
});
