/**
 * The contract every registered standard keeps, generated from the registry (`src/registry.ts`): a new
 * standard's entry brings its contract tests with it. Per standard and version:
 *
 * - its fixtures (named by the descriptor, under `fixtures/`) exist, are detected as it, read without errors and
 *   round-trip (serialize → the same document, compared canonically with comments and PIs; read-only versions
 *   only read);
 * - the verbs have their shapes: `safeParse`/`safeParseElement` give a `Result`, `serialize` a string that reads
 *   back to the same, `check` a rules-stage `Report` of its declared rules, `validate` (the pipeline run from the
 *   descriptor) a `Report` with every stage;
 * - diagnostics have the one shape (code with a message in both catalogs, severity, stage, path, location);
 * - the CLI takes its fixture: `validate`, `inspect`, `check` and `format` exit 0 or 1, never 2.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { hasMessage } from "../../src/core/diagnostics/create.ts";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { type StandardDescriptor, standardName } from "../../src/core/standard/descriptor.ts";
import { validateWith } from "../../src/core/standard/run.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { ALL_PREFIXES, detect, STANDARDS, standardById } from "../../src/registry.ts";
import { canonicalXmlWithMisc } from "../support/canonical.ts";
import { REPO_ROOT } from "../support/shared.ts";

/** The fixture files a descriptor names (a folder stands for its `*.xml`), relative to the repository. */
function fixtureFiles(d: StandardDescriptor): string[] {
  return d.fixtures.flatMap((f) => {
    const abs = join(REPO_ROOT, f);
    if (!statSync(abs).isDirectory()) return [f];
    return readdirSync(abs)
      .filter((n) => n.endsWith(".xml"))
      .sort()
      .map((n) => relative(REPO_ROOT, join(abs, n)));
  });
}

const read = (f: string) => readFileSync(join(REPO_ROOT, f));

/** The CLI in this process, with the output collected. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stderrIsTTY: false,
    env: {},
    cwd: REPO_ROOT,
  });
  return { code, stdout, stderr };
}

const STAGES = new Set(["xml", "detect", "xsd", "model", "rules", "serialize", "convert", "input"]);
const SEVERITIES = new Set(["fatal", "error", "warning", "info"]);

/** The one shape of a diagnostic. */
function expectShape(d: Diagnostic): void {
  expect(hasMessage(d.code, "en") && hasMessage(d.code, "de"), `code ${d.code} has a message in both catalogs`).toBe(true);
  expect(SEVERITIES.has(d.severity)).toBe(true);
  expect(STAGES.has(d.stage)).toBe(true);
  expect(d.path, `${d.code}: path`).toMatch(/^\//);
  expect(typeof d.message === "string" && d.message !== "").toBe(true);
  expect(typeof d.params === "object" && d.params !== null).toBe(true);
  if (d.location !== undefined) {
    expect(Number.isInteger(d.location.line) && d.location.line >= 1).toBe(true);
    if (d.location.column !== undefined) expect(Number.isInteger(d.location.column) && d.location.column >= 1).toBe(true);
  }
  if (d.ruleId !== undefined) expect(typeof d.ruleId).toBe("string");
}

describe("the registry", () => {
  test("ids are unique, and so are the namespaces (detection by namespace and root element is unambiguous)", () => {
    const ids = STANDARDS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const namespaces = STANDARDS.flatMap((d) => d.namespaces);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const d of STANDARDS) expect(standardById(d.id)).toBe(d);
  });

  test("every descriptor.ts under src/ is registered, and every registered descriptor comes from one", async () => {
    const files = readdirSync(join(REPO_ROOT, "src"), { recursive: true })
      .map(String)
      // core/standard defines the shape; a standard's common/ folder holds what its versions' descriptors share
      .filter((f) => f.endsWith("descriptor.ts") && !f.includes("core/standard") && !f.includes("common/"));
    const exported: unknown[] = [];
    for (const f of files) {
      const mod = (await import(join(REPO_ROOT, "src", f))) as Record<string, unknown>;
      const ds = Object.values(mod).filter((v): v is StandardDescriptor => typeof v === "object" && v !== null && "namespaces" in v);
      expect(ds.length, f).toBeGreaterThan(0);
      exported.push(...ds);
    }
    for (const d of exported) expect(STANDARDS, (d as StandardDescriptor).id).toContain(d);
    for (const d of STANDARDS) expect(exported, d.id).toContain(d);
  });
});

describe.each(STANDARDS.map((d) => [standardName(d), d] as const))("%s", (_name, d) => {
  const files = fixtureFiles(d);

  test("names its fixtures, each detected as it and read without errors", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = readXml(read(f), { prefixes: ALL_PREFIXES });
      expect(r.success, f).toBe(true);
      if (!r.success) continue;
      expect(detect(r.data.root.namespace, r.data.root.local), f).toBe(d);
      const parsed = d.safeParse(read(f), { file: f });
      expect(
        parsed.diagnostics.filter((x) => x.severity === "error" || x.severity === "fatal"),
        f,
      ).toEqual([]);
      expect(parsed.success, f).toBe(true);
    }
  });

  test.runIf(d.serialize !== undefined)("round trip of every fixture: parse → serialize gives the same document", () => {
    for (const f of files) {
      const parsed = d.safeParse(read(f), { file: f });
      if (!parsed.success) throw new Error(`${f} does not read`);
      const xml = d.serialize?.(parsed.data) as string;
      expect(canonicalXmlWithMisc(xml), f).toEqual(canonicalXmlWithMisc(read(f)));
      const again = d.safeParse(xml);
      expect(again.success, f).toBe(true);
      if (again.success) expect(d.serialize?.(again.data), f).toBe(xml);
    }
  });

  test("the verbs have their shapes", async () => {
    const f = files[0] as string;
    const bytes = read(f);
    const parsed = d.safeParse(bytes, { file: f });
    expect(parsed).toMatchObject({ success: true, diagnostics: expect.any(Array) });
    if (!parsed.success) return;
    // safeParseElement on the read tree gives the same model
    const root = readXml(bytes, { prefixes: d.prefixes });
    if (!root.success) throw new Error("not well-formed");
    const element = d.safeParseElement(root.data.root, { file: f });
    expect(element.success).toBe(true);
    expect(JSON.stringify(element.data)).toBe(JSON.stringify(parsed.data));
    // check: a report of the rules stage, of declared rules only
    const checked = d.check(parsed.data, { file: f });
    expect(checked).toMatchObject({ completed: true, standard: standardName(d), file: f });
    expect(checked.stages.map((s) => s.stage)).toEqual(["rules"]);
    const declared = new Set(d.rules.map((r) => r.id));
    for (const r of checked.rulesExecuted) expect(declared.has(r.id), r.id).toBe(true);
    for (const x of checked.diagnostics) if (x.ruleId !== undefined) expect(declared.has(x.ruleId), x.ruleId).toBe(true);
    // a policy switches a declared rule off
    const first = d.rules[0];
    if (first !== undefined) {
      const off = d.check(parsed.data, { file: f, policy: { disabledRules: [first.id] } });
      expect(off.rulesExecuted.map((r) => r.id)).not.toContain(first.id);
      expect(off.diagnostics.filter((x) => x.ruleId === first.id)).toEqual([]);
    }
    // validate: the pipeline from the descriptor, every stage in the report
    const report = await validateWith(d, bytes, { file: f, env: {} });
    expect(report.standard).toBe(standardName(d));
    expect(report.stages.map((s) => s.stage)).toEqual(["xml", "detect", "xsd", "model", "rules"]);
    expect(report.stages.find((s) => s.stage === "model")?.status).toBe("passed");
    expect(report.incomplete?.map((g) => g.stage)).toEqual(["xsd"]);
    for (const x of report.diagnostics) expectShape(x);
  });

  test("diagnostics have the one shape: a broken and a defective copy of its fixture", async () => {
    const text = read(files[0] as string).toString("utf8");
    // not well-formed: cut in the middle
    const cut = await validateWith(d, text.slice(0, Math.floor(text.length / 2)), { file: "cut.xml", env: {} });
    expect(cut.stages[0]).toEqual({ stage: "xml", status: "failed" });
    expect(cut.diagnostics.length).toBeGreaterThan(0);
    for (const x of cut.diagnostics) {
      expectShape(x);
      expect(x.file).toBe("cut.xml");
    }
    // an element of a foreign namespace as the first child of the root: a model-stage finding with path and line
    const defective = text.replace(/(<[^?!][^>]*?)(\/?)>/, (_m, start: string, empty: string) =>
      empty === "/"
        ? `${start}><zz:fremd xmlns:zz="urn:fim-xoev:contract"/></${start.slice(1).split(/\s/)[0]}>`
        : `${start}><zz:fremd xmlns:zz="urn:fim-xoev:contract"/>`,
    );
    const parsed = d.safeParse(defective, { file: "defective.xml" });
    const report = await validateWith(d, defective, { file: "defective.xml", env: {} });
    const all = [...parsed.diagnostics, ...report.diagnostics];
    for (const x of all) expectShape(x);
    const found = all.filter((x) => x.stage === "model" && x.severity !== "info");
    expect(found.length, "the foreign element is reported").toBeGreaterThan(0);
    expect(found.some((x) => x.location !== undefined && x.path.includes("Q{urn:fim-xoev:contract}fremd"))).toBe(true);
  });

  test("the CLI takes its fixture: validate, inspect, check and format exit 0 or 1, never 2", async () => {
    const f = files[0] as string;
    for (const command of ["validate", "inspect", "check", "format"]) {
      const r = await cli([command, f, "--quiet"]);
      expect([0, 1], `${command}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(/not a standard fim-xoev reads|unknown-namespace/);
    }
    const inspect = await cli(["inspect", f]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain(`(${standardName(d)})`);
    const json = JSON.parse((await cli(["inspect", f, "--format", "json"])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ file: f, standard: standardName(d) });
    const validate = JSON.parse((await cli(["validate", f, "--no-xsd", "--format", "json"])).stdout) as {
      standard: string;
      verdict: string;
    }[];
    expect(validate[0]?.standard).toBe(standardName(d));
    const format = await cli(["format", f]);
    if (d.serialize === undefined) {
      expect(format.code).toBe(1);
      expect(format.stderr).toContain(`${standardName(d)} is read-only`);
      expect(format.stdout).toBe("");
    } else {
      expect(format.code).toBe(0);
      const parsed = d.safeParse(read(f));
      if (parsed.success) expect(format.stdout).toBe(d.serialize(parsed.data));
    }
  });
});
