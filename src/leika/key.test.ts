import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { XoevError } from "../core/errors.ts";
import {
  checkLeistungsschluessel,
  composeLeistungsschluessel,
  detectLeistungsschluesselForm,
  formatLeistungsschluessel,
  isLeistungsschluessel,
  LEISTUNGSSCHLUESSEL_FORMS,
  type Leistungsschluessel,
  leistungsobjektschluesselOf,
  leistungstypOf,
  parseLeistungsschluessel,
  safeComposeLeistungsschluessel,
  safeExplainLeistungsschluessel,
  safeParseLeistungsschluessel,
  splitLeistungsschluessel,
} from "./key.ts";

const digits14 = fc.stringMatching(/^[0-9]{14}$/);
const form = fc.constantFrom(...LEISTUNGSSCHLUESSEL_FORMS);

describe("Leistungsschlüssel round trips (fast-check)", () => {
  test("format → parse gives the key back, for every form", () => {
    fc.assert(
      fc.property(digits14, form, (k, f) => {
        const key = k as Leistungsschluessel;
        const written = formatLeistungsschluessel(key, f);
        const parsed = safeParseLeistungsschluessel(written);
        expect(parsed).toEqual({ success: true, data: key, diagnostics: [] });
        expect(detectLeistungsschluesselForm(written)).toBe(f);
      }),
    );
  });

  test("parse → format in the detected form gives the written string back", () => {
    const written = fc.tuple(digits14, form).map(([k, f]) => formatLeistungsschluessel(k as Leistungsschluessel, f));
    fc.assert(
      fc.property(written, (s) => {
        const key = parseLeistungsschluessel(s);
        const f = detectLeistungsschluesselForm(s);
        expect(f).toBeDefined();
        expect(formatLeistungsschluessel(key, f ?? "digits")).toBe(s);
      }),
    );
  });

  test("converting between any two forms is lossless", () => {
    fc.assert(
      fc.property(digits14, form, form, (k, a, b) => {
        const viaA = parseLeistungsschluessel(formatLeistungsschluessel(k as Leistungsschluessel, a));
        expect(parseLeistungsschluessel(formatLeistungsschluessel(viaA, b))).toBe(k);
      }),
    );
  });

  test("surrounding white space and the case of the URN prefix do not matter", () => {
    const space = fc.stringMatching(/^[ \t\r\n]{0,3}$/);
    fc.assert(
      fc.property(digits14, form, space, space, fc.boolean(), (k, f, before, after, upper) => {
        let written = formatLeistungsschluessel(k as Leistungsschluessel, f);
        if (upper && f === "urn") written = written.replace("urn:de:fim:leika:leistung:", "URN:DE:FIM:LEIKA:LEISTUNG:");
        expect(parseLeistungsschluessel(`${before}${written}${after}`)).toBe(k);
      }),
    );
  });

  test("invalid keys give an invalid-value diagnostic, never an exception", () => {
    const notAKey = fc.string({ maxLength: 60 }).filter((s) => detectLeistungsschluesselForm(s) === undefined);
    fc.assert(
      fc.property(notAKey, (s) => {
        const r = safeParseLeistungsschluessel(s, { path: "/x" });
        expect(r.success).toBe(false);
        expect(r.diagnostics).toHaveLength(1);
        expect(r.diagnostics[0]).toMatchObject({ code: "invalid-value", severity: "error", stage: "input", path: "/x" });
        expect(safeExplainLeistungsschluessel(s).success).toBe(false);
      }),
    );
  });

  test("near misses are rejected: wrong digit counts, wrong grouping, other URN namespaces", () => {
    for (const s of [
      "9905001210400",
      "990500121040000",
      "99.050.012.104.00",
      "990.50.012.104.000",
      "99-050-012-104-000",
      "urn:de:fim:leika:leistung:9905001210400",
      "urn:de:fim:leika:prozess:99050012104000",
      "urn:de:fim:leika:leistung:99.050.012.104.000",
      "٩٩٠٥٠٠١٢١٠٤٠٠٠",
      "",
    ]) {
      expect(safeParseLeistungsschluessel(s).success, s).toBe(false);
    }
  });

  test("the throwing variant throws one XoevError carrying the diagnostic", () => {
    expect(() => parseLeistungsschluessel("abc")).toThrow(XoevError);
    try {
      parseLeistungsschluessel("abc");
    } catch (e) {
      expect((e as XoevError).diagnostics[0].code).toBe("invalid-value");
    }
  });
});

describe("parts and Leistungstyp", () => {
  test("decomposes 99050012104000 (Gewerbe anmelden)", () => {
    const key = parseLeistungsschluessel("99050012104000");
    expect(splitLeistungsschluessel(key)).toEqual({
      praefix: "99",
      leistungsgruppierung: "050",
      leistungskennung: "012",
      verrichtung: "104",
      verrichtungsdetail: "000",
    });
    expect(leistungstypOf(key)).toBe("LOV");
    expect(leistungsobjektschluesselOf(key)).toBe("99050012000000");
  });

  test("Leistungstyp LO, LOV, LOVD follow the last two parts", () => {
    expect(leistungstypOf(parseLeistungsschluessel("99001003000000"))).toBe("LO");
    expect(leistungstypOf(parseLeistungsschluessel("99.138.002.016.001"))).toBe("LOVD");
    fc.assert(
      fc.property(digits14, (k) => {
        const key = k as Leistungsschluessel;
        const t = splitLeistungsschluessel(key);
        const typ = leistungstypOf(key);
        expect(typ).toBe(t.verrichtungsdetail !== "000" ? "LOVD" : t.verrichtung !== "000" ? "LOV" : "LO");
        expect(Object.values(t).join("")).toBe(k);
      }),
    );
  });

  test("composes a key from catalogue columns with zero padding", () => {
    expect(composeLeistungsschluessel({ leistungsgruppierung: 50, leistungskennung: "12", verrichtung: "104" })).toBe("99050012104000");
    expect(composeLeistungsschluessel({ praefix: "11", leistungsgruppierung: "063", leistungskennung: "022", verrichtung: 7 })).toBe(
      "11063022007000",
    );
    const bad = safeComposeLeistungsschluessel({ leistungsgruppierung: "50a", leistungskennung: "1234" });
    expect(bad.success).toBe(false);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(["invalid-value", "invalid-value"]);
  });

  test("plausibility warnings for detail without Verrichtung and unpublished ranges", () => {
    expect(checkLeistungsschluessel(parseLeistungsschluessel("99050012104000"))).toEqual([]);
    const codes = checkLeistungsschluessel(parseLeistungsschluessel("99149012000001")).map((d) => [d.code, d.severity, d.params]);
    expect(codes).toEqual([
      ["invalid-value", "warning", { value: "99.149.012.000.001", expected: "Verrichtungsdetail 000 when the Verrichtung is 000" }],
      [
        "invalid-value",
        "warning",
        { value: "149", expected: "a Leistungsgruppierung of the LeiKa (001–160, 400–603 without 149 and 152)" },
      ],
    ]);
    expect(checkLeistungsschluessel(parseLeistungsschluessel("99050012280000")).map((d) => d.params)).toEqual([
      { value: "280", expected: "a Verrichtungskennung of the LeiKa (001–279 without 237, 264 and 266)" },
    ]);
  });

  test("explains a key", () => {
    const r = safeExplainLeistungsschluessel(" urn:de:fim:leika:leistung:11063022007000 ");
    expect(r).toMatchObject({
      success: true,
      data: {
        schluessel: "11063022007000",
        eingabeform: "urn",
        formen: { digits: "11063022007000", urn: "urn:de:fim:leika:leistung:11063022007000", dotted: "11.063.022.007.000" },
        leistungstyp: "LOV",
        leistungstypBezeichnung: "Leistungsobjekt mit Verrichtung",
        bundeskatalog: false,
      },
    });
  });

  test("isLeistungsschluessel accepts only the canonical form", () => {
    expect(isLeistungsschluessel("99050012104000")).toBe(true);
    expect(isLeistungsschluessel("99.050.012.104.000")).toBe(false);
    expect(isLeistungsschluessel(99050012104000)).toBe(false);
  });
});
