/**
 * The model stage enforces the official XSD's simple-type facets (issue 9.4): findings are `invalid-value`
 * errors of stage `model` with element, value, facet, expected, line/column and path; the model keeps the
 * value as written; `xsdFacets: "warning"` reads such documents tolerantly. Needs no shared folder.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import * as xdf2 from "../../src/xdatenfelder/v2/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const demo = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"), "utf8");
const minimal2 = readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid/0102-stammdatenschema-minimal.xml"), "utf8");
const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error");

describe("XDatenfelder 3.0.0", () => {
  test("the demo is valid in the model stage", () => {
    expect(errors(xdf3.safeParse(demo).diagnostics)).toEqual([]);
  });

  test("anzahl 0-1: an invalid-value error with element, facet, line, column and path; the value is kept", () => {
    const bad = demo.replace("<xdf3:anzahl>1:1</xdf3:anzahl>", "<xdf3:anzahl>0-1</xdf3:anzahl>");
    const r = xdf3.safeParse(bad, { file: "bad.xml" });
    expect(r.success).toBe(false);
    const line = bad.slice(0, bad.indexOf("<xdf3:anzahl>0-1")).split("\n").length;
    expect(errors(r.diagnostics)).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        stage: "model",
        file: "bad.xml",
        params: { value: "0-1", element: "xdf3:anzahl", facet: "pattern", expected: "pattern \\d+:(\\*|\\d+) (xdf:AnzahlString)" },
        location: { line, column: expect.any(Number) },
        path: expect.stringMatching(/\/xdf3:struktur(\[\d+\])?\/xdf3:anzahl$/),
      }),
    ]);
    // lossless: the model keeps what the document says
    const tolerant = xdf3.safeParse(bad, { xsdFacets: "warning" });
    expect(tolerant.success).toBe(true);
    expect(tolerant.diagnostics.filter((d) => d.code === "invalid-value").map((d) => d.severity)).toEqual(["warning"]);
    expect(xdf3.serialize(tolerant.data as xdf3.Nachricht)).toContain("<xdf3:anzahl>0-1</xdf3:anzahl>");
  });

  test.each([
    [
      "a date that does not exist",
      "<xdf3:letzteAenderung>2026-11-28T10:00:00+01:00</xdf3:letzteAenderung>",
      "<xdf3:letzteAenderung>2026-02-31T10:00:00+01:00</xdf3:letzteAenderung>",
      "lexical",
    ],
    [
      "a character outside String.Latin",
      "<xdf3:name>Anmeldung eines Hundes zur Hundesteuer</xdf3:name>",
      "<xdf3:name>Anmeldung ≤ Hund</xdf3:name>",
      "pattern",
    ],
    [
      "a listURI other than the fixed one",
      'listURI="urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet"',
      'listURI="urn:example"',
      "fixed",
    ],
    [
      "a listVersionID other than the fixed one",
      'listURI="urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet" listVersionID="1.0"',
      'listURI="urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet" listVersionID="2.0"',
      "fixed",
    ],
  ])("%s is an invalid-value", (_what, from, to, facet) => {
    expect(demo).toContain(from);
    const r = xdf3.safeParse(demo.replace(from, to));
    expect(errors(r.diagnostics)).toEqual([expect.objectContaining({ code: "invalid-value", params: expect.objectContaining({ facet }) })]);
  });

  test("an attribute's finding points at the attribute", () => {
    const r = xdf3.safeParse(demo.replace('listVersionID="1.0"><code>TEST', 'listVersionID="9"><code>TEST'));
    const d = errors(r.diagnostics)[0];
    expect(d).toMatchObject({ code: "invalid-value", params: { element: "@listVersionID", facet: "fixed", value: "9" } });
    expect(d?.path).toMatch(/xdf3:datenqualitaet\/@listVersionID$/);
  });

  test("enumerated codes compare after white-space collapse, as xs:token does", () => {
    const from = "<code>TEST</code>";
    expect(errors(xdf3.safeParse(demo.replace(from, "<code> TEST </code>")).diagnostics)).toEqual([]);
    expect(errors(xdf3.safeParse(demo.replace(from, "<code>TESTX</code>")).diagnostics)).toEqual([
      expect.objectContaining({ code: "unknown-code" }),
    ]);
  });
});

describe("XDatenfelder 2.0", () => {
  test("String.Latin, dates and VersionString are enforced", () => {
    expect(errors(xdf2.safeParse(minimal2).diagnostics)).toEqual([]);
    const bad = minimal2
      .replace("<xdf:name>Schema</xdf:name>", "<xdf:name>Schema Ω</xdf:name>")
      .replace("<xdf:id>S99000001</xdf:id>", "<xdf:id>S99000001</xdf:id><xdf:version>1.0.0</xdf:version>")
      .replace("<xdf:erstellungszeitpunkt>2024-05-06T07:08:09Z", "<xdf:erstellungszeitpunkt>2024-05-06");
    const found = errors(xdf2.safeParse(bad).diagnostics).map((d) => d.code === "invalid-value" && [d.params.element, d.params.facet]);
    expect(found).toEqual([
      ["xdf:erstellungszeitpunkt", "lexical"],
      ["xdf:version", "pattern"],
      ["xdf:name", "pattern"],
    ]);
  });
});
