import { describe, expect, test } from "vitest";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import { describeXZuFiVersion, type XZuFiVersionModule } from "./contract.ts";

/** Values the maximal fixture needs to pass the LeiKa rules (a real key and a matching LOVD structure). */
function adjust(l: Record<string, unknown>): void {
  l.referenzLeiKa = [{ listURI: "urn:de:fim:leika:leistung", listVersionID: "1", code: "99138002016001", name: "Zertifizierung" }];
  const s = l.struktur as Record<string, unknown>;
  (s.leistungsgruppierung as Record<string, unknown>).code = "138";
  ((s.verrichtung as Record<string, unknown>).verrichtungLeiKa as Record<string, unknown>).code = "016";
  l.informationsbereichSDG = [{ code: "1010100" }];
  (l.modulText as Record<string, unknown>[])[0] = { ...(l.modulText as Record<string, unknown>[])[0], leikaTextmodul: { code: "02" } };
}

describeXZuFiVersion(xzufi22 as unknown as XZuFiVersionModule, "v2_2_0", adjust);

describe("XZuFi 2.2.0: rules", () => {
  const base = xzufi22.createLeistungFromLeika({
    zeile: 1,
    schluessel: "99050012104000" as never,
    bezeichnung: "Gewerbe anmelden",
    typisierung: ["2/3"],
    besondereMerkmale: [],
    synonyme: [],
    weitereSpalten: {},
  });
  const rules = (l: xzufi22.Leistung) => xzufi22.validateLeistung(l).diagnostics.map((d) => [d.code, d.severity, d.ruleId ?? "", d.path]);

  test("a built Stammtext is valid", () => {
    expect(xzufi22.validateLeistung(base, { requireXsd: false })).toMatchObject({
      valid: true,
      validity: "valid-without-xsd",
      diagnostics: [],
    });
  });

  test("XZUFI-001/002/003: key format, structure type and parts against the key", () => {
    expect(rules({ ...base, referenzLeiKa: [{ code: "99.050.012.104.000" }] })).toEqual([
      ["invalid-value", "error", "XZUFI-001", "/xzufi:leistung/xzufi:referenzLeiKa/code"],
    ]);
    // an LOVD key with an LOV structure
    expect(rules({ ...base, referenzLeiKa: [{ code: "99050012104001" }] })).toEqual([
      ["invalid-value", "warning", "XZUFI-002", "/xzufi:leistung/xzufi:struktur/@xsi:type"],
    ]);
    expect(rules({ ...base, referenzLeiKa: [{ code: "99051012105000" }] })).toEqual([
      ["invalid-value", "warning", "XZUFI-003", "/xzufi:leistung/xzufi:struktur/xzufi:leistungsgruppierung/code"],
      ["invalid-value", "warning", "XZUFI-003", "/xzufi:leistung/xzufi:struktur/xzufi:verrichtung/xzufi:verrichtungLeiKa/code"],
    ]);
  });

  test("XZUFI-004/005/006 and code lists", () => {
    expect(
      rules({
        ...base,
        modulText: [],
        idSekundaer: [{ value: "CreateUpdate", schemeID: "LEIKA_SCHLUESSEL" }],
        informationsbereichSDG: [{ code: "101" }],
        typisierung: [{ code: "13" }],
        leistungsadressat: [{ code: "004" }],
      }),
    ).toEqual([
      ["unknown-code", "error", "", "/xzufi:leistung/xzufi:typisierung"],
      ["unknown-code", "warning", "", "/xzufi:leistung/xzufi:leistungsadressat"],
      ["missing-element", "warning", "XZUFI-004", "/xzufi:leistung"],
      ["invalid-value", "warning", "XZUFI-005", "/xzufi:leistung/xzufi:idSekundaer"],
      ["invalid-value", "warning", "XZUFI-006", "/xzufi:leistung/xzufi:informationsbereichSDG/code"],
    ]);
  });

  test("exactly-one choices: schreibe objects, Fristauswahl, Kostenauswahl; loesche/@klasse", () => {
    const nachricht = xzufi22.createNachricht({
      nachrichtenkopf: {},
      operation: [
        { schreibe: { leistung: base, onlinedienst: { id: { value: "O1" } } } as never },
        { schreibe: {} as never },
        { loesche: { klasse: "Formular", id: { value: "X" } } },
        {
          schreibe: {
            leistung: {
              ...base,
              modulFrist: {
                idSekundaer: [],
                frist: [{ typ: { code: "001" }, fristauswahl: {} as never, beschreibung: [], gueltigkeit: [] }],
                beschreibung: [],
                weiterfuehrenderLink: [],
                gueltigkeit: [],
              },
              modulKosten: {
                idSekundaer: [],
                kosten: [
                  {
                    typ: { code: "001" },
                    kostenauswahl: { kostenFix: { betrag: { value: "10" } }, kostenFrei: { beschreibungKostenfreiheit: [] } } as never,
                    beschreibung: [],
                    gueltigkeit: [],
                  },
                ],
                beschreibung: [],
                weiterfuehrenderLink: [],
                gueltigkeit: [],
              },
            },
          },
        },
      ],
    });
    const r = xzufi22.validate(nachricht);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["unexpected-element", "/xzufi:xzufiTransfernachricht/xzufi:schreibe[1]/xzufi:onlinedienst"],
      ["missing-element", "/xzufi:xzufiTransfernachricht/xzufi:schreibe[2]"],
      ["unknown-code", "/xzufi:xzufiTransfernachricht/xzufi:loesche/@klasse"],
      ["missing-element", "/xzufi:xzufiTransfernachricht/xzufi:schreibe[3]/xzufi:leistung/xzufi:modulFrist/xzufi:frist/xzufi:fristauswahl"],
      [
        "unexpected-element",
        "/xzufi:xzufiTransfernachricht/xzufi:schreibe[3]/xzufi:leistung/xzufi:modulKosten/xzufi:kosten/xzufi:kostenauswahl/xzufi:kostenFrei",
      ],
    ]);
  });

  test("findings on parsed models carry the source line", () => {
    const xml = xzufi22.serializeLeistung({ ...base, referenzLeiKa: [{ code: "4711" }] });
    const parsed = xzufi22.parseLeistung(xml);
    const d = xzufi22.validateLeistung(parsed).diagnostics[0];
    expect(d).toMatchObject({ ruleId: "XZUFI-001", location: { line: xml.split("\n").findIndex((l) => l.includes("referenzLeiKa")) + 1 } });
  });
});
