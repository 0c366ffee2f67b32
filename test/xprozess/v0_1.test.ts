/** XProzess 0.1: the two NPB files of the corpus and a hand-made one read into the model and map to 2.0. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as npb from "../../src/xprozess/v0_1/index.ts";
import * as xprozess from "../../src/xprozess/v2/index.ts";
import { describeShared, REPO_ROOT } from "../support/shared.ts";
import { NPB_FILES } from "./shared.ts";

const FIXTURE = join(REPO_ROOT, "fixtures", "xprozess", "v0_1", "modell-mit-liste.xml");

describe("XProzess 0.1 reader", () => {
  it("reads the hand-made file, resolving the HTML entities escaped inside the XML text", () => {
    const r = npb.safeParse(readFileSync(FIXTURE));
    expect(r.diagnostics).toEqual([]);
    const m = r.data as npb.AustauschModell;
    expect([m.schluessel, npb.revisionOf(m), m.freigabe.freigabestufe.code, m.freigabe.leserechte?.organisation]).toEqual([
      "fedcba9876543210fedcba9876543210",
      2,
      "SP",
      ["Testamt"],
    ]);
    expect(m.metaInformation[0]?.wert.auswahl).toEqual({ text: "Gew&auml;hren" });
    expect(Object.fromEntries(npb.metadataOf(m))).toEqual({
      processName: ["Gewähren"],
      tags: ["prüfung", "antrag"],
      processType: ["Kernprozess"],
      modelingMethod: ["EPK / eEPK"],
    });
  });

  it("maps to a 2.0 Prozess and reports what has no place in 2.0", () => {
    const r = npb.safeConvertToV2(npb.parse(readFileSync(FIXTURE)));
    expect(r.data).toEqual(
      xprozess.createProzess({
        id: "fedcba9876543210fedcba9876543210",
        version: "2",
        name: "Gewähren",
        schlagwort: ["prüfung", "antrag"],
        prozesssteckbrief: { merkmal: [{ merkmalName: "Prozessart", merkmalWert: ["Kernprozess"] }] },
      }),
    );
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.params])).toEqual([
      [
        "not-representable",
        "info",
        "/xpr:austausch.modell.1001/xpr:freigabe",
        { element: "xpr:freigabe", value: "SP, Testamt", target: "XProzess 2.0" },
      ],
      [
        "not-representable",
        "info",
        "/xpr:austausch.modell.1001/xpr:metaInformation[4]",
        { element: "xpr:metaInformation[4]", value: "modelingMethod: EPK / eEPK", target: "XProzess 2.0" },
      ],
    ]);
  });

  it("refuses another root element and a model without processName", () => {
    expect(npb.safeParse('<xpr:export xmlns:xpr="http://prozessbibliothek.de/XProzess/Schema/0.1"/>').diagnostics[0]?.code).toBe(
      "unknown-root-element",
    );
    const noName = npb.parse(readFileSync(FIXTURE, "utf8").replace("<code>processName</code>", "<code>other</code>"));
    expect(npb.safeConvertToV2(noName).success).toBe(false);
  });
});

describeShared("XProzess 0.1: the two NPB files", () => {
  it.each(NPB_FILES)("%s reads without findings and maps to 2.0", (file) => {
    const r = npb.safeParse(readFileSync(file));
    expect(r.diagnostics).toEqual([]);
    const p = npb.safeConvertToV2(r.data as npb.AustauschModell);
    expect(p.success).toBe(true);
    expect(p.data?.name).toMatch(/^(Anmeldung|Begründetheit prüfen)$/);
    // the mapped Prozess is a valid 2.0 Prozess in a message
    const msg = xprozess.createNachricht("prozessbibliothek.export.0203", {
      produkt: "t",
      produkthersteller: "t",
      nachrichtenkopf: {
        nachrichtUUID: "00000000-0000-4000-8000-000000000002",
        nachrichtentyp: { code: "0203" },
        erstellungszeitpunkt: "2026-01-01T00:00:00Z",
      },
      prozessbibliothek: { name: "NPB", prozess: [p.data as xprozess.Prozess] },
    });
    expect(xprozess.validate(msg).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("Begründen: tags, release level and rights", () => {
    const m = npb.parse(readFileSync(NPB_FILES[1] as string));
    expect(npb.metadataOf(m).get("tags")).toEqual(["begründetheit", "antrag", "prüfung"]);
    expect(m.freigabe.schreibrechte?.organisation).toEqual(["HU"]);
  });
});
