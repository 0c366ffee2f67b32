/**
 * Structural validation of XProzess 2.0: every structural rule fires on a one-defect copy of the real file (made
 * here from the file in ../shared, never committed), the real file's own quirk is reported with line and path,
 * and the XSD stage runs with a user-supplied schema set (a stand-in checks the plumbing).
 */
import { join } from "node:path";
import { describe, expect, it, test } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { findSchemaFolderEntry, schemaCatalog } from "../../src/core/validation/catalog.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import { describeShared, REPO_ROOT } from "../support/shared.ts";
import { gerpsXml } from "./shared.ts";

const ROOT = "/xprozess:alleInhalte.export.0303";
const KLASSE = `${ROOT}/xprozess:prozesskatalog/xprozess:prozessklasse`;
const GRUPPEN = `${ROOT}/xprozess:prozessbibliothek/xprozess:prozess/xprozess:prozessstrukturbeschreibung/xprozess:strukturbeschreibungFIM`;

/** The real file with one replacement (which must match exactly once where `once` is set). */
function defect(search: string, replace: string): string {
  expect(gerpsXml.includes(search), search).toBe(true);
  return gerpsXml.replace(search, replace);
}

/** The 1-based line of the first occurrence of a text in the real file. */
function lineOf(text: string): number {
  return gerpsXml.slice(0, gerpsXml.indexOf(text)).split("\n").length;
}

const errors = (r: { diagnostics: readonly Diagnostic[] }) => r.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");

describeShared("XProzess 2.0 structure rules on the real file", () => {
  it("reports the empty abgeloesteProzessklasse (its referenzierteProzessklasseID is required) as the only error", async () => {
    const r = await xprozess.validateDocument(gerpsXml, { env: {} });
    expect(r.valid).toBe(false);
    expect(r.completed).toBe(false);
    expect(r.stages).toEqual({ xml: "passed", detect: "passed", xsd: "skipped", model: "failed", rules: "passed" });
    expect(errors(r)).toMatchObject([
      {
        code: "missing-element",
        stage: "model",
        path: `${KLASSE}/xprozess:abgeloesteProzessklasse/xprozess:referenzierteProzessklasseID`,
        location: { line: lineOf("<xprozess:abgeloesteProzessklasse/>") },
      },
    ]);
    // the FIM list URIs (urn:xoev-de:…) differ from the XSD's fixed ones (urn:de:…): info, not error
    const infos = r.diagnostics.filter((d) => d.ruleId === "XPROZESS-001");
    expect(infos.length).toBeGreaterThan(0);
    expect(infos.every((d) => d.severity === "info")).toBe(true);
  });

  it("validate() on the parsed model reports it too, with the line", () => {
    const report = xprozess.validate(xprozess.parse(gerpsXml));
    expect(errors(report)).toMatchObject([
      { code: "missing-element", stage: "rules", location: { line: lineOf("<xprozess:abgeloesteProzessklasse/>") } },
    ]);
  });

  it("a missing required element", async () => {
    const xml = defect("<xprozess:name>Prozesskatalog (FIM)</xprozess:name>", "");
    const r = await xprozess.validateDocument(xml, { env: {} });
    expect(errors(r).map((d) => [d.code, d.path])).toContainEqual(["missing-element", `${ROOT}/xprozess:prozesskatalog/xprozess:name`]);
  });

  it("an element out of the XSD order", async () => {
    const xml = defect(
      "<xprozess:id>99006028261000</xprozess:id>\n            <xprozess:version>01.00.00</xprozess:version>",
      "<xprozess:version>01.00.00</xprozess:version>\n            <xprozess:id>99006028261000</xprozess:id>",
    );
    const r = await xprozess.validateDocument(xml, { env: {} });
    const found = errors(r).find((d) => d.code === "element-out-of-order");
    expect(found).toMatchObject({ path: `${KLASSE}/xprozess:version`, location: { line: 14 } });
    // the tolerant reader still reads it, as a warning
    expect(xprozess.safeParse(xml).success).toBe(true);
  });

  it("a wrong code list URI (XPROZESS-001)", async () => {
    const xml = defect('listURI="urn:xoev-de:xprozess:codeliste:nachricht"', 'listURI="urn:xoev-de:xprozess:codeliste:status"');
    const r = await xprozess.validateDocument(xml, { env: {} });
    expect(errors(r)).toContainEqual(
      expect.objectContaining({
        ruleId: "XPROZESS-001",
        path: `${ROOT}/xprozess:nachrichtenkopf/xprozess:nachrichtentyp/@listURI`,
        location: expect.objectContaining({ line: 5 }),
      }),
    );
  });

  it("a Referenzaktivitätengruppe code outside 1–8, and a RAG whose attribute set does not match (XPROZESS-005)", async () => {
    const first =
      '<xprozess:referenzaktivitaetengruppeTyp listURI="urn:xoev-de:xprozess:codeliste:referenzaktivitaetengruppe" listVersionID="2019-08-07">\n                            <code>3</code>';
    const r = await xprozess.validateDocument(defect(first, first.replace("<code>3</code>", "<code>9</code>")), { env: {} });
    expect(errors(r)).toContainEqual(
      expect.objectContaining({
        code: "unknown-code",
        path: `${GRUPPEN}/xprozess:aktivitaetengruppe[1]/xprozess:referenzaktivitaetengruppeTyp/code`,
      }),
    );
    const r2 = await xprozess.validateDocument(defect(first, first.replace("<code>3</code>", "<code>4</code>")), { env: {} });
    expect(r2.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "XPROZESS-005", severity: "warning" }));
  });

  it("a message header of another message (XPROZESS-003), a duplicate subProzessID (XPROZESS-007)", async () => {
    const r = await xprozess.validateDocument(defect("<code>0303</code>", "<code>0203</code>"), { env: {} });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "XPROZESS-003", severity: "warning" }));
    const dup = defect("_8d7df6f8-49b7-4ae0-997c-022d68640330", "_f8b43c65-cc8a-4064-ab39-b77e8db5cd4b");
    const r2 = await xprozess.validateDocument(dup, { env: {} });
    expect(errors(r2)).toContainEqual(
      expect.objectContaining({ ruleId: "XPROZESS-007", path: `${GRUPPEN}/xprozess:aktivitaetengruppe[2]/xprozess:subProzessID` }),
    );
  });

  it("a value of the wrong type", async () => {
    const r = await xprozess.validateDocument(defect("<xprozess:mitwirkungspflicht>true<", "<xprozess:mitwirkungspflicht>ja<"), {
      env: {},
    });
    expect(errors(r)).toContainEqual(expect.objectContaining({ code: "invalid-value", params: expect.objectContaining({ value: "ja" }) }));
  });
});

describe("XProzess 2.0 XSD stage", () => {
  const STANDIN = join(REPO_ROOT, "fixtures", "xprozess", "xsd-plumbing");
  const minimal = `<?xml version="1.0"?>
<xprozess:prozesskatalog.anfrage.0101 xmlns:xprozess="http://www.regierung-mv.de/xprozess/2" produkt="p" produkthersteller="h" xprozessVersion="2.0">
  <xprozess:nachrichtenkopf/>
</xprozess:prozesskatalog.anfrage.0101>
`;
  test("skipped without a schema root", async () => {
    const r = await xprozess.safeValidateXsd(minimal, { env: {} });
    expect(r.diagnostics).toMatchObject([{ code: "xsd-skipped", severity: "info", stage: "xsd" }]);
  });
  test("runs with a user-supplied set: entry found by namespace, findings with lines", async () => {
    const set = await xprozess.safeLoadXsdSchemaSet({ schemas: STANDIN });
    expect(set.data?.entry).toBe("standin-xprozess.xsd");
    const ok = await xprozess.safeValidateXsd(minimal, { schemas: STANDIN });
    expect(ok.success).toBe(true);
    const bad = await xprozess.safeValidateXsd(minimal.replace('xprozessVersion="2.0"', 'xprozessVersion="3.0"'), { schemas: STANDIN });
    expect(bad.success).toBe(false);
    expect(bad.diagnostics[0]).toMatchObject({ code: "xsd-invalid", location: { line: 2 } });
    // validateDocument runs the stage and reports it
    const doc = await xprozess.validateDocument(minimal, { schemas: STANDIN });
    expect(doc.stages.xsd).toBe("passed");
  });
  test("schemas/catalog.json lists XProzess 2.0 as a folder set matching the module", () => {
    const set = xprozess.XSD_SCHEMA_SET;
    expect(findSchemaFolderEntry(set.id)).toMatchObject({ ...set });
    expect(findSchemaFolderEntry(set.id)?.note).toMatch(/not publicly available/);
    expect(schemaCatalog.sets.some((s) => s.id === set.id)).toBe(false);
  });
});
