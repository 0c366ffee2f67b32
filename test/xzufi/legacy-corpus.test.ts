/** The Berlin 2.1-style leistungsverzeichnis of the shared corpus, read in place by the tolerant reader. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseLeistungsverzeichnis, safeParseLeistungsverzeichnis, toNachricht22 } from "../../src/xzufi/legacy/index.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import { XZUFI_LEGACY_XML } from "../leika/shared.ts";
import { describeShared } from "../support/shared.ts";

describeShared("legacy corpus: klsuser/unterhaltsvorschuss xzufi_dienstleistung.xml", () => {
  const bytes = () => readFileSync(XZUFI_LEGACY_XML);

  test("reads with diagnostics for what is unknown", () => {
    const r = safeParseLeistungsverzeichnis(bytes(), { file: "xzufi_dienstleistung.xml" });
    expect(r.success).toBe(true);
    expect(
      r.diagnostics.map(({ code, severity, path, location, params }) => ({ code, severity, path, line: location?.line, params })),
    ).toMatchInlineSnapshot(`
      [
        {
          "code": "legacy-format",
          "line": 2,
          "params": {
            "format": "XZuFi 2.1 leistungsverzeichnis (no namespace)",
          },
          "path": "/leistungsverzeichnis",
          "severity": "info",
        },
        {
          "code": "missing-element",
          "line": 192,
          "params": {
            "element": "leistungID",
          },
          "path": "/leistungsverzeichnis/ergebnisOrganisationseinheit/zustaendigkeit/leistungID",
          "severity": "warning",
        },
        {
          "code": "unknown-code",
          "line": 51,
          "params": {
            "codeList": "urn:de:xzufi:codeliste:leistungstextmodulleika",
            "value": "10",
          },
          "path": "/leistungsverzeichnis/ergebnisLeistung/modulText[6]/leikaTextmodul",
          "severity": "warning",
        },
        {
          "code": "unknown-code",
          "line": 70,
          "params": {
            "codeList": "urn:de:xzufi:codeliste:leistungstextmodulleika",
            "value": "12",
          },
          "path": "/leistungsverzeichnis/ergebnisLeistung/modulText[8]/leikaTextmodul",
          "severity": "warning",
        },
        {
          "code": "invalid-value",
          "line": 120,
          "params": {
            "expected": "a Leistungsschlüssel (schemeID LEIKA_SCHLUESSEL)",
            "value": "CreateUpdate",
          },
          "path": "/leistungsverzeichnis/ergebnisOrganisationseinheit/idSekundaer",
          "severity": "warning",
        },
      ]
    `);
    expect(r.diagnostics.every((d) => d.file === "xzufi_dienstleistung.xml")).toBe(true);
  });

  test("maps the Leistung and the Organisationseinheit onto the 2.2.0 model", () => {
    const v = parseLeistungsverzeichnis(bytes());
    const [l] = v.ergebnisLeistung;
    expect(l?.id).toEqual({ value: "S100001_325891", schemeAgencyID: "S100001" });
    expect(l?.idSekundaer).toEqual([
      { value: "CreateUpdate", schemeAgencyID: "XZUFI_ERWEITERUNG", schemeID: "OPERATION_SCHLUESSEL" },
      { value: "11063022007000", schemeAgencyID: "XZUFI_ERWEITERUNG", schemeID: "LEIKA_SCHLUESSEL" },
    ]);
    expect(l?.modulText.map((m) => [m.positionDarstellung, m.leikaTextmodul.code, m.leikaTextmodul.listVersionID])).toEqual([
      [0, "02", ""],
      [1, "06", ""],
      [2, "18", ""],
      [3, "08", ""],
      [4, "09", ""],
      [5, "10", ""],
      [6, "07", ""],
      [7, "12", ""],
    ]);
    expect(l?.modulText[2]?.weiterfuehrenderLink[0]).toEqual({
      languageCode: "de-DE",
      uri: "http%3A%2F%2Fdev.service.berlin.dev.local%2Fdienstleistung%2F325891%2F",
      titel: ".....",
      beschreibung: ".....",
      positionDarstellung: 1,
    });
    expect(l?.modulBegriffImKontext).toHaveLength(3);
    expect(l?.leistungsadressat.map((c) => c.code)).toEqual(["001", "002"]);
    expect(l?.gueltigkeit).toEqual([{ beginn: "2013-07-23", ende: "2050-01-01", zusatz: [] }]);
    const [oe] = v.ergebnisOrganisationseinheit;
    expect(oe?.name?.name[0]).toEqual({ value: "Senatsverwaltung für Finanzen, Nebengebäude", languageCode: "de-DE" });
    expect(oe?.externeOrganisationseinheitsermittlung).toBe(false);
    expect(oe?.anschrift[0]).toMatchObject({
      strasse: "Beispielstraße",
      hausnummer: "16-18",
      postfach: "",
      postleitzahl: "10958",
      ort: "Berlin",
    });
    expect(oe?.anschrift[0]?.verwaltungspolitischeKodierung?.regionalschluessel).toEqual({
      listVersionID: "",
      code: "110000000000",
      name: "Berlin, Stadt",
    });
    expect(oe?.kommunikation.map((k) => [k.kanal?.code, k.kennung])).toEqual([
      ["email", "beispiel@beispiel.de"],
      ["fax", ""],
      ["telefon", "030000000000"],
    ]);
    expect(oe?.infoOEPNV).toEqual([{ value: "", languageCode: "de-DE" }]);
    expect(oe?.zustaendigkeit[0]?.rolle).toEqual({ listVersionID: "", code: "01", name: "Zuständige Stelle und Ansprechpunkt" });
  });

  test("converts to a 2.2.0 message that serializes and reads back to the same objects", () => {
    const v = parseLeistungsverzeichnis(bytes());
    const nachricht = toNachricht22(v);
    const back = xzufi22.safeParse(xzufi22.serialize(nachricht));
    // the 2.2.0 reader is strict where 2.1 was not: the missing leistungID is an error there
    expect(back.diagnostics.map((d) => [d.code, d.severity])).toEqual([["missing-element", "error"]]);
    const { elementName: _, ...rest } = back.data as xzufi22.Nachricht;
    expect(rest).toEqual(nachricht);
  });

  test("other documents are not taken for a leistungsverzeichnis", () => {
    expect(safeParseLeistungsverzeichnis("<x:leistungsverzeichnis xmlns:x='urn:x'/>").diagnostics).toMatchObject([
      { code: "unknown-root-element", severity: "fatal" },
    ]);
    expect(safeParseLeistungsverzeichnis("<leistungsverzeichnis>").diagnostics).toMatchObject([
      { code: "not-well-formed", severity: "fatal" },
    ]);
  });
});
