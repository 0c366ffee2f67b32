/**
 * The pipeline run from a descriptor (`core/standard/run.ts`): its rules stage runs a standard's model rules where
 * they define validity (or when asked), the findings of the model stage are not repeated, and the XSD stage loads
 * a folder set of `schemas/catalog.json` (XZuFi, XProzess: files the user supplies) from the schema root.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateWith } from "../../src/core/standard/run.ts";
import { isValid } from "../../src/core/validation/pipeline.ts";
import { checkDocument, STANDARDS, validateDocument } from "../../src/registry.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const fixture = (...p: string[]) => readFileSync(join(REPO_ROOT, "fixtures", ...p));

describe("the rules stage", () => {
  test("XZuFi: structural rules and XZUFI-nnn run in validate, listed in rulesExecuted; a policy switches one off", async () => {
    const xml = fixture("xzufi", "v2_3_1", "valid", "leika-nachricht.xml")
      .toString("utf8")
      .replace("<xzufi:referenzLeistungsschluessel>99001003000000<", "<xzufi:referenzLeistungsschluessel>123<");
    const report = await xzufi231.validate(xml, { env: {} });
    expect(report.stages).toContainEqual({ stage: "rules", status: "failed" });
    expect(report.rulesExecuted.map((r) => r.id)).toEqual(["XZUFI-001", "XZUFI-002", "XZUFI-003", "XZUFI-004", "XZUFI-005", "XZUFI-006"]);
    expect(report.diagnostics.find((d) => d.ruleId === "XZUFI-001")).toMatchObject({
      stage: "rules",
      severity: "error",
      location: { line: 15 },
    });
    const off = await xzufi231.validate(xml, { env: {}, policy: { disabledRules: ["XZUFI-001"] } });
    expect(off.stages).toContainEqual({ stage: "rules", status: "passed" });
    expect(isValid(off, { requireXsd: false })).toBe(true);
  });

  test("XDatenfelder: the FIM-QS rules are quality checks, skipped in validate unless rules: true", async () => {
    const xml = fixture("qs", "v3", "findings.xml");
    const plain = await xdf3.validate(xml, { env: {} });
    expect(plain.stages).toContainEqual({ stage: "rules", status: "skipped" });
    expect(plain.rulesExecuted).toEqual([]);
    const withRules = await xdf3.validate(xml, { env: {}, rules: true });
    expect(withRules.stages).toContainEqual({ stage: "rules", status: "failed" });
    expect(withRules.diagnostics.some((d) => d.code === "quality-check")).toBe(true);
    expect(withRules.rulesExecuted.length).toBeGreaterThan(50);
    // the result is the report itself, and keeps its old fields
    expect(plain.report.stages).toEqual(plain.stages);
    expect(plain.valid).toBe(false);
  });

  test("XProzess: the model stage reads strictly; a finding of both model and rules is reported once", async () => {
    const xml = fixture("xprozess", "v2", "invalid", "missing-nachrichtenkopf.xml");
    const report = await xprozess.validate(xml, { env: {} });
    const missing = report.diagnostics.filter((d) => d.code === "missing-element");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((d) => d.severity === "error" && d.stage === "model")).toBe(true);
    expect(new Set(missing.map((d) => d.path)).size).toBe(missing.length);
    // tolerant reading (format, inspect) keeps it a warning
    expect(xprozess.safeParse(xml).diagnostics.find((d) => d.code === "missing-element")?.severity).toBe("warning");
    // check (tolerant model, then the rules): the rules' error stands for the reader's warning, once
    const checked = checkDocument(xml);
    const inCheck = checked.diagnostics.filter((d) => d.code === "missing-element");
    expect(inCheck.length).toBeGreaterThan(0);
    expect(inCheck.every((d) => d.severity === "error" && d.stage === "rules")).toBe(true);
    expect(new Set(inCheck.map((d) => d.path)).size).toBe(inCheck.length);
  });
});

describe("the XSD stage with a folder set", () => {
  test("XZuFi 2.3.1 and XProzess 2.0 validate against the stand-in sets below the schema root", async () => {
    const zufi = await validateWith(
      STANDARDS.find((d) => d.id === "xzufi-2.3.1") as never,
      xzufi231.serialize(xzufi231.createNachricht({ nachrichtenkopf: {} })),
      { schemas: join(REPO_ROOT, "fixtures", "xzufi", "xsd-plumbing"), env: {} },
    );
    expect(zufi.stages).toContainEqual({ stage: "xsd", status: "passed" });
    expect(zufi.incomplete).toBeUndefined();
    const broken = await validateDocument(
      `<?xml version="1.0"?>\n<x:xzufiTransfernachricht xmlns:x="${xzufi231.NAMESPACE}">\n  <x:schreibe/>\n</x:xzufiTransfernachricht>\n`,
      { schemas: join(REPO_ROOT, "fixtures", "xzufi", "xsd-plumbing"), env: {}, file: "bad.xml" },
    );
    expect(broken.stages).toContainEqual({ stage: "xsd", status: "failed" });
    expect(broken.diagnostics.filter((d) => d.code === "xsd-invalid").map((d) => d.location?.line)).toEqual([2, 3]);
    const none = await validateDocument(fixture("xprozess", "v2", "valid", "prozesskatalog.anfrage.0101-minimal.xml"), {
      schemas: join(REPO_ROOT, "fixtures", "leika"),
      env: {},
    });
    expect(none.stages).toContainEqual({ stage: "xsd", status: "failed" });
    expect(none.diagnostics.find((d) => d.code === "schema-load-failed")?.message).toContain("xprozess/2.0");
  });
});
