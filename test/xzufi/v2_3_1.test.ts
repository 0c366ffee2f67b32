import { describe, expect, test } from "vitest";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { describeXZuFiVersion, type XZuFiVersionModule } from "./contract.ts";

/** Values the maximal fixture needs to pass the LeiKa rules (a real key and a matching LOVD structure). */
function adjust(l: Record<string, unknown>): void {
  l.referenzLeistungsschluessel = [{ value: "99138002016001", schemeID: "LEIKA" }];
  const s = l.struktur as Record<string, unknown>;
  (s.leistungsgruppierungLeiKa as Record<string, unknown>).code = "138";
  (s.verrichtungLeiKa as Record<string, unknown>).code = "016";
  l.informationsbereicheSDG = { informationsbereichSDG1: [{ code: "1010100" }], informationsbereichSDG2: [{ code: "1000" }] };
  (l.modulText as Record<string, unknown>[])[0] = { ...(l.modulText as Record<string, unknown>[])[0], leikaTextmodul: { code: "02" } };
}

describeXZuFiVersion(xzufi231 as unknown as XZuFiVersionModule, "v2_3_1", adjust);

describe("XZuFi 2.3.1: differences to 2.2.0", () => {
  const base = xzufi231.createLeistungFromLeika({
    zeile: 1,
    schluessel: "99050012104000" as never,
    bezeichnung: "Gewerbe anmelden",
    typisierung: ["2/3"],
    besondereMerkmale: [],
    synonyme: [],
    weitereSpalten: {},
  });

  test("the LeiKa key is an Identifikator in referenzLeistungsschluessel; the structure carries verrichtungLeiKa directly", () => {
    expect(base.referenzLeistungsschluessel).toEqual([{ value: "99050012104000" }]);
    expect(base.struktur).toEqual({
      xsiType: "LeistungsstrukturObjektMitVerrichtung",
      leistungsgruppierungLeiKa: { code: "050" },
      leistungsobjektID: { value: "99050012000000" },
      verrichtungLeiKa: { code: "104" },
    });
    expect(xzufi231.validateLeistung(base, { requireXsd: false })).toMatchObject({
      valid: true,
      validity: "valid-without-xsd",
      diagnostics: [],
    });
  });

  test("status codes, repeated modules and SDG areas are checked", () => {
    const r = xzufi231.validateLeistung({
      ...base,
      referenzLeistungsschluessel: [{ value: "99 050" }],
      statusKatalog: { code: "9" },
      modulFrist: [
        { idSekundaer: [], frist: [], beschreibung: [], weiterfuehrenderLink: [], gueltigkeit: [] },
        {
          idSekundaer: [],
          frist: [{ typ: { code: "001" }, fristauswahl: {} as never, beschreibung: [], gueltigkeit: [] }],
          beschreibung: [],
          weiterfuehrenderLink: [],
          gueltigkeit: [],
        },
      ],
      informationsbereicheSDG: { informationsbereichSDG1: [{ code: "1000" }], informationsbereichSDG2: [] },
    });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.ruleId ?? "", d.path])).toEqual([
      ["unknown-code", "error", "", "/xzufi:leistung/xzufi:statusKatalog"],
      ["invalid-value", "error", "XZUFI-001", "/xzufi:leistung/xzufi:referenzLeistungsschluessel"],
      ["invalid-value", "warning", "XZUFI-006", "/xzufi:leistung/xzufi:informationsbereicheSDG/xzufi:informationsbereichSDG1/code"],
      ["missing-element", "error", "", "/xzufi:leistung/xzufi:modulFrist[2]/xzufi:frist/xzufi:fristauswahl"],
    ]);
  });

  test("Formular is a schreibe object and a loesche class; its content is kept as read", () => {
    const xml = `<x:m xmlns:x="${xzufi231.NAMESPACE}" xzufiVersion="2.3.1"><x:nachrichtenkopf/><x:schreibe><x:formular><x:id>F1</x:id><x:titel>Antrag</x:titel></x:formular></x:schreibe><x:loesche klasse="Formular"><x:id>F0</x:id></x:loesche></x:m>`;
    const r = xzufi231.safeParse(xml);
    expect(r.success).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["unexpected-element", "warning"]]);
    const op = r.data?.operation[0];
    expect(op !== undefined && "schreibe" in op && "formular" in op.schreibe ? op.schreibe.formular.id : undefined).toEqual({
      value: "F1",
    });
    expect(xzufi231.validate(r.data as xzufi231.Nachricht, { requireXsd: false }).valid).toBe(true);
    expect(xzufi231.serialize(r.data as xzufi231.Nachricht, { pretty: false, declaration: false })).toBe(
      `<xzufi:m xmlns:xzufi="${xzufi231.NAMESPACE}" xzufiVersion="2.3.1"><xzufi:nachrichtenkopf/><xzufi:schreibe><xzufi:formular><xzufi:id>F1</xzufi:id><xzufi:titel>Antrag</xzufi:titel></xzufi:formular></xzufi:schreibe><xzufi:loesche klasse="Formular"><xzufi:id>F0</xzufi:id></xzufi:loesche></xzufi:m>\n`,
    );
  });
});
