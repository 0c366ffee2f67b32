import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { codeListValues, GENERICODE_NAMESPACE, safeParseGenericode, serializeGenericode } from "../../src/core/codelists/genericode.ts";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import { canonicalXmlWithMisc } from "../support/canonical.ts";
import { hasShared, manifest, STANDARDS } from "../support/shared.ts";

const files = hasShared ? manifest("xdatenfelder").filter((r) => r.xdf_version === "genericode-1.0") : [];

describe.runIf(hasShared)("genericode corpus", () => {
  let xsd: XsdValidator;
  beforeAll(async () => {
    xsd = await createXsdValidator(await loadSchemaSet("genericode-1.0", { schemas: STANDARDS }));
  });

  test("has the 25 genericode files of the manifest", () => {
    expect(files).toHaveLength(25);
  });

  test.each(files.map((f) => [f.file, f.path] as const))(
    "%s: FIM form read with a warning, round-trips, normalises to valid OASIS",
    (_name, path) => {
      const input = readFileSync(path);
      const r = safeParseGenericode(input);
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(r.diagnostics.map((d) => `${d.severity}:${d.code}`)).toEqual(["warning:genericode-qualified"]);
      expect(r.data.form).toBe("qualified");
      expect(r.data.simpleCodeList?.row.length).toBeGreaterThan(0);
      const values = codeListValues(r.data);
      expect(values.every((v) => v.code !== "")).toBe(true);

      // as it came: canonically identical
      const same = serializeGenericode(r.data);
      expect(isDeepStrictEqual(canonicalXmlWithMisc(same), canonicalXmlWithMisc(input))).toBe(true);
      expect(xsd.validate(same).valid).toBe(false);

      // normalised: the OASIS form, XSD-valid, same content
      const oasis = serializeGenericode(r.data, { normalize: true, pretty: false });
      const report = xsd.validate(oasis);
      expect(report.diagnostics).toEqual([]);
      const back = safeParseGenericode(oasis);
      expect(back.diagnostics).toEqual([]);
      expect(back.data?.form).toBe("oasis");
      expect(back.data?.identification).toEqual(r.data.identification);
      expect(back.data === undefined ? [] : codeListValues(back.data)).toEqual(values);
      const uses = (back.data?.columnSet?.column ?? []).map((c) => (c.kind === "Column" ? c.use : c.kind));
      expect(uses).toEqual((r.data.columnSet?.column ?? []).map((c) => (c.kind === "Column" ? (c.use ?? "optional") : c.kind)));
      expect(oasis).toContain(`<gc:CodeList xmlns:gc="${GENERICODE_NAMESPACE}"><Identification>`);
    },
  );
});
