import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sourceElement } from "../../../src/core/xml/cursor.ts";
import * as xdf3 from "../../../src/xdatenfelder/v3/index.ts";
import { hasShared, xdf3CorpusFiles } from "../../support/shared.ts";

const demo = readFileSync(new URL("../../../fixtures/demo/hundesteuer-anmeldung.xdf3.xml", import.meta.url));

describe("element index", () => {
  test("finds inlined fields, groups and rules by id and version", () => {
    const n = xdf3.parse(demo);
    const index = xdf3.indexElements(n);
    expect(index.datenfeld("F99000000103", "1.0.0")?.name).toBe("Größe des Hundes");
    expect(index.datenfeld("F99000000103")?.name).toBe("Größe des Hundes");
    expect(index.datenfeld("F99000000103", "9.9.9")).toBeUndefined();
    expect(index.datenfeldgruppe("G99000000101", "1.0.0")?.struktur).toHaveLength(2);
    expect(index.regel("R99000000101", "1.0.0")?.typ.code).toBe("V");
    expect(index.datenfelder.map((f) => f.identifikation.id)).toEqual([
      "F99000000101",
      "F99000000102",
      "F99000000103",
      "F99000000104",
      "F99000000105",
    ]);
    expect(xdf3.elementKey({ id: "F1", version: "1.0.0" })).toBe("F1V1.0.0");
  });

  test("model objects know their source line", () => {
    const n = xdf3.parse(demo);
    const f = xdf3.indexElements(n).datenfeld("F99000000103");
    expect(f).toBeDefined();
    const el = sourceElement(f as object);
    expect([el?.line, el?.column]).toEqual([110, 9]);
  });
});

describe.runIf(hasShared)("repeated relations in real exports", () => {
  test("are kept, reported once as info, and deduplicated on request", () => {
    const file = xdf3CorpusFiles().find((f) => f.file.includes("S05000001291"));
    expect(file).toBeDefined();
    const r = xdf3.safeParse(readFileSync(file?.path ?? ""));
    expect(r.success).toBe(true);
    const info = r.diagnostics.filter((d) => d.code === "duplicate-relations");
    expect(info).toHaveLength(1);
    expect(info[0]?.severity).toBe("info");
    const index = xdf3.indexElements(r.data as xdf3.Nachricht);
    const all = [...index.datenfelder, ...index.datenfeldgruppen];
    const withDuplicates = all.find((e) => xdf3.uniqueRelations(e).length < e.relation.length);
    expect(withDuplicates).toBeDefined();
    const el = withDuplicates as xdf3.Datenfeld;
    const unique = xdf3.uniqueRelations(el);
    expect(new Set(el.relation).size).toBe(unique.length);
    const params = info[0]?.params as { count: number; distinct: number };
    expect(params.count).toBeGreaterThan(params.distinct);
  });
});
