/** The matchers walk the registry: a valid document of any registered standard, and the model rules of any. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { validateDocument } from "../registry.ts";
import * as xzufi231 from "../xzufi/v2_3_1/index.ts";
import { checkSync, toBeValidDocument, toPassFimQs } from "./index.ts";

const fixture = (...p: string[]) => readFileSync(join(import.meta.dirname, "../../fixtures", ...p));

describe("toBeValidDocument", () => {
  test("XML of every kind the registry knows: valid without XSD when accepted, refused otherwise", () => {
    for (const f of [
      ["xzufi", "v2_3_1", "valid", "maximal.xml"],
      ["xzufi", "v2_2_0", "valid", "maximal.xml"],
      ["xprozess", "v2", "valid", "alleInhalte.export.0303-maximal.xml"],
      ["xprozess", "v0_1", "modell-mit-liste.xml"],
      ["codelists", "qs", "land_2024-01-01.xml"],
      ["xdatenfelder", "v2", "valid", "0104-datenfeld-minimal.xml"],
      ["xdatenfelder", "v3", "valid", "0104-datenfeld-minimal.xml"],
    ]) {
      const xml = fixture(...f);
      expect(toBeValidDocument(xml, { requireXsd: false }).pass, f.join("/")).toBe(true);
      const strict = toBeValidDocument(xml);
      expect(strict.pass).toBe(false);
      expect(strict.message()).toMatch(/the XSD stage did not run/);
    }
  });

  test("the standard option pins the standard and version", () => {
    const xml = fixture("xzufi", "v2_3_1", "valid", "maximal.xml");
    expect(toBeValidDocument(xml, { requireXsd: false, standard: "xzufi-2.3.1" }).pass).toBe(true);
    const other = toBeValidDocument(xml, { requireXsd: false, standard: "xzufi-2.2.0" });
    expect(other.pass).toBe(false);
    expect(other.message()).toContain("expected a document of XZuFi 2.2.0, got XZuFi 2.3.1");
    expect(toBeValidDocument(xml, { standard: "xzufi-9" }).message()).toContain("no registered standard has the id xzufi-9");
  });

  test("a structural rule finding makes an XProzess document invalid; a document of no standard fails", () => {
    const bad = toBeValidDocument(fixture("xprozess", "v2", "invalid", "rag-code-9.xml"), { requireXsd: false });
    expect(bad.pass).toBe(false);
    expect(bad.message()).toMatch(/expected valid XProzess 2\.0, found \d+ error/);
    const none = toBeValidDocument('<x xmlns="urn:nothing"/>', { requireXsd: false });
    expect(none.pass).toBe(false);
    expect(none.message()).toContain("unknown-namespace");
  });

  test("a report of any module's validate, or of the registry's validateDocument", async () => {
    const xml = fixture("xzufi", "v2_3_1", "valid", "maximal.xml");
    const report = await xzufi231.validate(xml, { env: {} });
    expect(report.standard).toBe("XZuFi 2.3.1");
    expect(toBeValidDocument(report, { requireXsd: false }).pass).toBe(true);
    expect(toBeValidDocument(report).pass).toBe(false);
    const any = await validateDocument(fixture("xprozess", "v0_1", "modell-mit-liste.xml"), { env: {} });
    expect(toBeValidDocument(any, { requireXsd: false, standard: "xprozess-0.1" }).pass).toBe(true);
  });
});

describe("checkSync and toPassFimQs on other standards", () => {
  test("the model rules of the document's registered standard", () => {
    const report = checkSync(fixture("xzufi", "v2_3_1", "valid", "leika-nachricht.xml"));
    expect(report.standard).toBe("XZuFi 2.3.1");
    expect(report.completed).toBe(true);
    expect(report.rulesExecuted.map((r) => r.id)).toContain("XZUFI-001");
    expect(toPassFimQs(fixture("xzufi", "v2_3_1", "valid", "leika-nachricht.xml")).pass).toBe(true);
    const off = checkSync(fixture("xzufi", "v2_3_1", "valid", "leika-nachricht.xml"), { disabledRules: ["XZUFI-001"] });
    expect(off.rulesExecuted.map((r) => r.id)).not.toContain("XZUFI-001");
  });
});
