import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { XoevError } from "../../src/core/errors.ts";
import { parse, safeParse, serialize, versionOfNamespace } from "../../src/xdatenfelder/index.ts";
import { hasShared, manifest } from "../support/shared.ts";

const rows = hasShared ? manifest("xdatenfelder") : [];

describe("version detection by namespace", () => {
  test("namespaces map to versions", () => {
    expect(versionOfNamespace("urn:xoev-de:fim:standard:xdatenfelder_2")).toBe("2.0");
    expect(versionOfNamespace("urn:xoev-de:fim:standard:xdatenfelder_3.0.0")).toBe("3.0.0");
    expect(versionOfNamespace("urn:xoev-de:fim:standard:xdatenfelder_1")).toBeUndefined();
    expect(versionOfNamespace("toString")).toBeUndefined();
  });

  test("a 2.0 and a 3.0.0 document, any prefix", () => {
    const two = `<a:xdatenfelder.datenfeld.0104 xmlns:a="urn:xoev-de:fim:standard:xdatenfelder_2"><a:header><a:nachrichtID>1</a:nachrichtID><a:erstellungszeitpunkt>2020-01-01T00:00:00Z</a:erstellungszeitpunkt></a:header></a:xdatenfelder.datenfeld.0104>`;
    const r = safeParse(two);
    // the payload is missing: the 2.0 module reports it, the entry passes it through
    expect(r.success).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["missing-element"]);
    expect(r.diagnostics[0]?.path).toBe("/xdf:xdatenfelder.datenfeld.0104/xdf:datenfeld");
  });

  test("an unknown namespace is a fatal detect finding; the throwing variant throws it", () => {
    const r = safeParse(`<x:root xmlns:x="urn:example"/>`, { file: "a.xml" });
    expect(r.success).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "unknown-namespace",
        severity: "fatal",
        stage: "detect",
        path: "/Q{urn:example}root",
        file: "a.xml",
        params: { namespace: "urn:example", element: "root" },
      }),
    ]);
    expect(() => parse(`<root/>`)).toThrow(XoevError);
  });

  test.runIf(hasShared)("corpus: the 2.0 files, the five smallest 3.0.0 files and the XDatenfelder 1 file", () => {
    // all 68 3.0.0 files are parsed by test/corpus/xdatenfelder-v3.test.ts; here five suffice to show the dispatch
    const smallest3 = rows
      .filter((r) => r.xdf_version === "3.0.0")
      .sort((a, b) => Number(a.bytes) - Number(b.bytes))
      .slice(0, 5);
    const selected = [...rows.filter((r) => r.xdf_version === "2.0" || r.xdf_version === "1.0"), ...smallest3];
    const counts: Record<string, number> = {};
    for (const row of selected) {
      // real 2.0 exports hold characters outside String.Latin (XSD-invalid): read tolerantly, detection is the point
      const r = safeParse(readFileSync(row.path), { file: row.file, xsdFacets: "warning" });
      if (row.xdf_version === "1.0") {
        expect(r.diagnostics).toHaveLength(1);
        expect(r.diagnostics[0]).toMatchObject({
          code: "unknown-namespace",
          severity: "fatal",
          stage: "detect",
          params: { namespace: "urn:xoev-de:fim:standard:xdatenfelder_1" },
        });
        expect(r.diagnostics[0]?.location?.line).toBeGreaterThan(0);
      } else {
        expect(r.success).toBe(true);
        expect(r.data?.version).toBe(row.xdf_version);
      }
      counts[row.xdf_version ?? ""] = (counts[row.xdf_version ?? ""] ?? 0) + 1;
    }
    expect(counts).toEqual({ "1.0": 1, "2.0": 4, "3.0.0": 5 });
  });

  test.runIf(hasShared)("serialize dispatches on the version", () => {
    const row = rows.find((r) => r.xdf_version === "2.0");
    if (row === undefined) throw new Error("no 2.0 file");
    const m = parse(readFileSync(row.path));
    expect(serialize(m)).toContain('<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2"');
  });
});
