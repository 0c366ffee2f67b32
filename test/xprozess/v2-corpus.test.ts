/** The real XProzess 2.0 file: it reads into the typed model and writes back to the same document. */
import { describe, expect, it } from "vitest";
import { parse, safeParse, serialize } from "../../src/xprozess/v2/index.ts";
import { canonicalXml } from "../support/canonical.ts";
import { describeShared } from "../support/shared.ts";
import { gerpsXml } from "./shared.ts";

describeShared("XProzess 2.0: the FIM Bund export (99006028261000)", () => {
  it("reads into the typed model", () => {
    const r = safeParse(gerpsXml);
    expect(r.success).toBe(true);
    const m = r.data;
    if (m?.nachricht !== "alleInhalte.export.0303") throw new Error(`unexpected message ${m?.nachricht}`);
    expect(m.produkt).toBe("ADONIS NP");
    expect(m.nachrichtenkopf.nachrichtentyp.code).toBe("0303");
    const klasse = m.prozesskatalog?.prozessklasse[0];
    expect(klasse?.id).toBe("99006028261000");
    expect(klasse?.name).toBe("Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten");
    expect(klasse?.handlungsgrundlage.map((h) => h.name)).toEqual(["§ 27 MuSchG", "§ 29 MuSchG", "§ 5 ArbSchG"]);
    expect(klasse?.abgeloesteProzessklasse).toEqual([{}]);
    const prozess = m.prozessbibliothek?.prozess[0];
    expect(prozess?.id).toBe("99006028261000");
    const struktur = prozess?.prozessstrukturbeschreibung?.auswahl;
    const gruppen =
      struktur !== undefined && "strukturbeschreibungFIM" in struktur ? struktur.strukturbeschreibungFIM.aktivitaetengruppe : [];
    expect(gruppen).toHaveLength(12);
    expect(gruppen[0]?.referenzaktivitaetengruppeTyp.code).toBe("3");
    expect(prozess?.prozessmodell?.prozessmodelldatei[0]?.dateiname).toBe("BPMN DI-Export");
    expect(prozess?.prozessmodell?.visualisierungsdatei[0]?.dateiname).toBe("Modellgrafik");
    expect(prozess?.prozessmodell?.beschreibungsdatei[0]?.dateiname).toBe("Standard Report");
  });

  it("reports the empty abgeloesteProzessklasse while reading (a warning; strict: an error) with line and path", () => {
    const tolerant = safeParse(gerpsXml);
    const finding = tolerant.diagnostics.find((d) => d.code === "missing-element");
    expect(finding).toMatchObject({
      severity: "warning",
      path: "/xprozess:alleInhalte.export.0303/xprozess:prozesskatalog/xprozess:prozessklasse/xprozess:abgeloesteProzessklasse/xprozess:referenzierteProzessklasseID",
      location: { line: 17 },
    });
    const strict = safeParse(gerpsXml, { strict: true });
    expect(strict.success).toBe(false);
    expect(strict.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["missing-element"]);
  });

  it("round-trips: parse → serialize gives the same document, base64 contents included", () => {
    const out = serialize(parse(gerpsXml));
    expect(canonicalXml(out)).toEqual(canonicalXml(gerpsXml));
    // and the written document reads back into an equal model
    expect(parse(out)).toEqual(parse(gerpsXml));
  });
});

describe("XProzess 2.0 reader: detection", () => {
  it("rejects a root element that is not one of the nine messages", () => {
    const r = safeParse('<x:prozess xmlns:x="http://www.regierung-mv.de/xprozess/2"/>');
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: "unknown-root-element", severity: "fatal" });
  });
  it("rejects another namespace", () => {
    const r = safeParse('<alleInhalte.export.0303 xmlns="urn:other"/>');
    expect(r.diagnostics[0]).toMatchObject({ code: "unknown-namespace", severity: "fatal" });
  });
});
