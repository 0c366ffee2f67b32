import { describe, expect, test } from "vitest";
import { readerOf, writerOf } from "../../../src/core/binding/compile.ts";
import { ParseContext } from "../../../src/core/xml/cursor.ts";
import { readXml } from "../../../src/core/xml/read.ts";
import { XmlWriter } from "../../../src/core/xml/write.ts";
import * as B from "../../../src/xdatenfelder/v3/binding.ts";
import * as xdf3 from "../../../src/xdatenfelder/v3/index.ts";

const X = xdf3.NAMESPACE;

describe("XDatenfelder 3.0.0 on the binding engine", () => {
  test("the reader's repeat sharing is internal: not exported from the version module", () => {
    expect("SHALLOW_REPEATS" in xdf3).toBe(false);
    expect("rereader" in xdf3).toBe(false);
  });

  test("one table reads and writes a Regel: schema order, fallbacks and facets from binding.ts", () => {
    const xml = `<xdf3:regel xmlns:xdf3="${X}"><xdf3:name>R</xdf3:name><xdf3:identifikation><xdf3:id>R1</xdf3:id></xdf3:identifikation><xdf3:letzteAenderung>2024-02-31T10:00:00</xdf3:letzteAenderung><xdf3:fehler code="x">F</xdf3:fehler></xdf3:regel>`;
    const doc = readXml(xml);
    if (!doc.success) throw new Error("not well-formed");
    const ctx = new ParseContext(xdf3.PREFIXES);
    const regel = readerOf(B.Regel, "strict")(doc.data.root, { namespace: X, ctx, mode: "strict" });
    expect(ctx.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["element-out-of-order", "/xdf3:regel/xdf3:name"],
      ["invalid-value", "/xdf3:regel/xdf3:letzteAenderung"],
      ["missing-element", "/xdf3:regel/xdf3:typ"],
      ["invalid-value", "/xdf3:regel/xdf3:fehler/@code"],
    ]);
    expect(regel).toEqual({
      identifikation: { id: "R1" },
      name: "R",
      bezug: [],
      stichwort: [],
      letzteAenderung: "2024-02-31T10:00:00",
      typ: { code: "" },
      param: [],
      ziel: [],
      fehler: [{ code: "x", text: "F" }],
    });
    const w = new XmlWriter({ prefixes: xdf3.PREFIXES, declaration: false, pretty: false });
    writerOf(B.Regel)(w, X, "regel", regel, { namespace: X, prefix: "xdf3" });
    expect(w.toString()).toBe(
      `<xdf3:regel xmlns:xdf3="${X}"><xdf3:identifikation><xdf3:id>R1</xdf3:id></xdf3:identifikation><xdf3:name>R</xdf3:name><xdf3:letzteAenderung>2024-02-31T10:00:00</xdf3:letzteAenderung><xdf3:typ><code/></xdf3:typ><xdf3:fehler code="x">F</xdf3:fehler></xdf3:regel>\n`,
    );
  });

  test("builder input is derived from the table: relation codes as bare values, facets and multiplicities checked", () => {
    const base = {
      identifikation: { id: "G1", version: "1.0.0" },
      name: "G",
      bezeichnungEingabe: "G",
      schemaelementart: "RNG",
      freigabestatus: "3",
      letzteAenderung: "2026-01-01T00:00:00Z",
      relation: [{ praedikat: "ABL", objekt: { id: "G2", version: "1.0.0" } }],
    } as const;
    const feld = xdf3.createDatenfeld({
      ...base,
      identifikation: { id: "F1", version: "1.0.0" },
      feldart: "input",
      datentyp: "text",
      vorbefuellung: "keine",
    });
    expect(feld.relation[0]?.praedikat).toEqual(expect.objectContaining({ code: "ABL", listURI: expect.any(String) }));
    const bad = xdf3.safeCreateDatenfeldgruppe({
      ...base,
      relation: [{ praedikat: "" as "ABL", objekt: { id: "G2", version: "1" } }],
      struktur: [],
    });
    expect(bad.diagnostics.map((d) => d.path).sort()).toEqual([
      "Datenfeldgruppe.relation.0.objekt.version",
      "Datenfeldgruppe.relation.0.praedikat",
      "Datenfeldgruppe.struktur",
    ]);
  });
});
