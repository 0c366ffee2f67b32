/**
 * A FIM download as it comes: schema files with their genericode code lists beside them. `check` and
 * `validate` on the folder read the code lists as code lists (not as unknown-namespace errors) and `check`
 * resolves the schemas' code-list references against them.
 */
import { dirname } from "node:path";
import { describe, expect, test } from "vitest";
import { describeShared, manifest, STANDARDS } from "../support/shared.ts";
import { cli } from "./support.ts";

const FOLDER = "fixtures/fim-download";
const SCHEMA = `${FOLDER}/S99000000001V1.0.0_xdf3.xml`;
const CODE_LIST = `${FOLDER}/C99000000001_genericode.xml`;
const CODE_LIST_RULES = ["1115", "1076", "1121", "1122", "1123"];

interface JsonReport {
  file: string;
  standard?: string;
  completed: boolean;
  diagnostics: { code: string; severity: string }[];
  rulesExecuted: { id: string }[];
  rulesSkipped: { ruleId: string; reason: string }[];
}

async function checkJson(...argv: string[]) {
  const r = await cli(["check", ...argv, "--format", "json"]);
  return { code: r.code, reports: (JSON.parse(r.stdout) as { reports: JsonReport[] }).reports };
}

describe("check on a FIM download folder", () => {
  test("the code list is a code list, and its contents serve the schema's code-list checks", async () => {
    const { code, reports } = await checkJson(FOLDER);
    expect(code).toBe(0);
    const list = reports.find((r) => r.file === CODE_LIST);
    expect(list).toMatchObject({ standard: "genericode 1.0", completed: true });
    expect(list?.diagnostics.map((d) => d.code)).toEqual(["genericode-qualified"]);
    const schema = reports.find((r) => r.file === SCHEMA);
    expect(schema?.rulesSkipped.map((s) => s.ruleId)).toEqual([]);
    expect(schema?.rulesExecuted.map((r) => r.id)).toEqual(expect.arrayContaining(CODE_LIST_RULES));
    expect(reports.flatMap((r) => r.diagnostics).some((d) => d.code === "unknown-namespace")).toBe(false);
  });

  test("code lists serve the schemas of their own folder only", async () => {
    const { reports } = await checkJson(FOLDER, "fixtures/qs/v3/clean.xml");
    expect(reports.find((r) => r.file === SCHEMA)?.rulesSkipped).toEqual([]);
    const other = reports.find((r) => r.file === "fixtures/qs/v3/clean.xml");
    expect(other?.rulesSkipped.map((s) => s.ruleId).sort()).toEqual([...CODE_LIST_RULES].sort());
  });

  test("the schema alone has no code lists: the code-list checks are skipped", async () => {
    const { reports } = await checkJson(SCHEMA);
    expect(reports[0]?.rulesSkipped.map((s) => s.ruleId).sort()).toEqual([...CODE_LIST_RULES].sort());
  });

  test("--codelists on the same folder: the same two reports, no error", async () => {
    const { code, reports } = await checkJson(FOLDER, "--codelists", FOLDER);
    expect(code).toBe(0);
    expect(reports).toHaveLength(2);
    expect(reports.find((r) => r.file === SCHEMA)?.rulesSkipped).toEqual([]);
  });
});

describe("validate on a FIM download folder", () => {
  test("the code list is validated as genericode 1.0", async () => {
    const r = await cli(["validate", FOLDER, "--no-xsd", "--format", "json"]);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout) as { file: string; standard?: string; verdict: string }[];
    expect(reports.map((x) => [x.file, x.standard, x.verdict])).toEqual([
      [CODE_LIST, "genericode 1.0", "valid-without-xsd"],
      [SCHEMA, "XDatenfelder 3.0.0", "valid-without-xsd"],
    ]);
  });
});

/** Corpus folders where the manifest records genericode files beside schemas. */
const FOLDERS = [
  ...new Set(
    manifest("xdatenfelder")
      .filter((r) => r.xdf_version === "genericode-1.0")
      .map((r) => dirname(r.path)),
  ),
];

describeShared("check and validate on real downloads with code lists beside the schemas", () => {
  test("the corpus has such folders", () => {
    expect(FOLDERS.length).toBeGreaterThanOrEqual(2);
  });

  test.each(FOLDERS)("check %s: code lists read as code lists, the schemas' code-list checks run", async (folder) => {
    const { reports } = await checkJson(folder);
    const lists = manifest("xdatenfelder").filter((r) => r.xdf_version === "genericode-1.0" && dirname(r.path) === folder);
    const listReports = reports.filter((r) => r.standard === "genericode 1.0");
    expect(listReports).toHaveLength(lists.length);
    for (const l of listReports) expect(l.completed).toBe(true);
    expect(reports.flatMap((r) => r.diagnostics).filter((d) => d.code === "unknown-namespace")).toEqual([]);
    const schemas = reports.filter((r) => r.standard?.startsWith("XDatenfelder") === true && r.completed);
    expect(schemas.length).toBeGreaterThan(0);
    for (const s of schemas) expect(s.rulesSkipped.filter((x) => x.reason.includes("codelists"))).toEqual([]);
  });

  test.each(FOLDERS)(
    "validate %s --schemas: the code lists are validated as genericode 1.0 (FIM form fails the OASIS XSD)",
    async (folder) => {
      const r = await cli(["validate", folder, "--schemas", STANDARDS, "--format", "json"]);
      const reports = JSON.parse(r.stdout) as { standard?: string; stages: { stage: string; status: string }[] }[];
      const lists = reports.filter((x) => x.standard === "genericode 1.0");
      expect(lists.length).toBeGreaterThan(0);
      for (const l of lists) expect(l.stages.find((s) => s.stage === "xsd")?.status).not.toBe("skipped");
    },
  );
});
