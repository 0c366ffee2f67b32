import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import { PREFIXES, safeParse, serialize, validate } from "../../src/xdatenfelder/v2/index.ts";
import { canonicalXmlWithMisc } from "../support/canonical.ts";
import { hasShared, type ManifestRow, manifest, STANDARDS } from "../support/shared.ts";

// MANIFEST.tsv has CRLF line ends: the last column's name and values carry a trailing CR.
const schemaValid = (r: ManifestRow): string => (r.schema_valid ?? r["schema_valid\r"] ?? "").trim();
const files = hasShared ? manifest("xdatenfelder").filter((r) => r.xdf_version === "2.0") : [];

describe.runIf(hasShared)("XDatenfelder 2.0 corpus", () => {
  let xsd: XsdValidator;
  beforeAll(async () => {
    xsd = await createXsdValidator(await loadSchemaSet("xdatenfelder-2.0", { schemas: STANDARDS }));
  });

  test("has the four 2.0 files of the manifest, three of them XSD-valid", () => {
    expect(files).toHaveLength(4);
    expect(files.filter((f) => schemaValid(f) === "valid")).toHaveLength(3);
  });

  test.each(files.map((f) => [f.file, f.path, schemaValid(f) === "valid"] as const))(
    "%s: model-stage verdict = XSD verdict, round-trips losslessly, XSD status kept",
    (_name, path, valid) => {
      const input = readFileSync(path);
      // the model stage enforces the XSD's facets: the XSD-invalid file (String.Latin) fails it too, and only so
      const strict = safeParse(input);
      const facetErrors = strict.diagnostics.filter((d) => d.severity === "error");
      expect(facetErrors.length > 0).toBe(!valid);
      for (const d of facetErrors) expect(d).toMatchObject({ code: "invalid-value", stage: "model", params: { facet: "pattern" } });
      // read tolerantly (xsdFacets: "warning"), it round-trips losslessly all the same
      const first = safeParse(input, { xsdFacets: "warning" });
      const errors = first.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
      expect(errors).toEqual([]);
      expect(first.success).toBe(true);
      if (!first.success) return;
      expect(first.data.kind).toBe("xdatenfelder.stammdatenschema.0102");
      for (const pretty of [true, false]) {
        const xml = serialize(first.data, { pretty });
        const second = safeParse(xml, { xsdFacets: "warning" });
        expect(second.success).toBe(true);
        if (!isDeepStrictEqual(second.data, first.data)) expect(second.data).toEqual(first.data);
        // comments and PIs count (one of these files has a comment before the root)
        const [out, original] = [canonicalXmlWithMisc(xml), canonicalXmlWithMisc(input)];
        if (!isDeepStrictEqual(out, original)) expect(out).toEqual(original);
        const report = xsd.validate(xml, { prefixes: PREFIXES });
        expect(report.valid).toBe(valid);
        if (!valid) {
          // characters outside String.Latin: every finding names its line
          expect(report.diagnostics.length).toBeGreaterThan(0);
          for (const d of report.diagnostics) {
            expect(d.code).toBe("xsd-invalid");
            expect(d.location?.line).toBeGreaterThan(0);
          }
        }
      }
    },
  );

  test("the invalid file's XSD findings point at the lines of the original document", () => {
    const bad = files.find((f) => schemaValid(f) !== "valid");
    expect(bad).toBeDefined();
    if (bad === undefined) return;
    const text = readFileSync(bad.path, "utf8");
    const report = xsd.validate(text, { prefixes: PREFIXES, file: bad.file });
    expect(report.valid).toBe(false);
    const lines = text.split("\n");
    for (const d of report.diagnostics) {
      const lineNo = d.location?.line ?? 0;
      expect(lineNo).toBeGreaterThan(0);
      // the offending element ends on that line (libxml2 reports the line of the end tag for text facets)
      const local = /(?:^|[:}])([A-Za-z]+)$/.exec(d.path)?.[1] ?? "";
      expect(local).not.toBe("");
      expect(lines[lineNo - 1]).toContain(`${local}>`);
      expect(d.message).toContain("pattern");
      expect(d.file).toBe(bad.file);
    }
  });
});

describe.runIf(hasShared)("XDatenfelder 2.0 validate (xml → detect → xsd → model)", () => {
  test.each(files.map((f) => [f.file, f.path, schemaValid(f) === "valid"] as const))("%s", async (_name, path, valid) => {
    const r = await validate(readFileSync(path), { schemas: STANDARDS });
    expect(r.valid).toBe(valid);
    expect(r.nachricht?.kind).toBe("xdatenfelder.stammdatenschema.0102");
    const xsdFindings = r.report.diagnostics.filter((d) => d.stage === "xsd");
    if (valid) expect(xsdFindings).toEqual([]);
    else for (const d of xsdFindings) expect(d.location?.line).toBeGreaterThan(0);
  });
});
