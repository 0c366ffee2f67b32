/** XZuFi code lists as `CodeList` objects; the former `FOO_VALUES` / `FOO_LIST_URI` pairs are aliases of them. */
import { expect, test } from "vitest";
import { codesOf, isCodeOf } from "../../src/core/codelists/code.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";

test("the code lists carry URI and codes; the deprecated pairs say the same", () => {
  for (const x of [xzufi22, xzufi231]) {
    expect(x.vertrauensniveauCodeList.uri).toBe("urn:xoev-de:fim:codeliste:vertrauensniveau");
    expect(x.VERTRAUENSNIVEAU_VALUES).toEqual(["00", "10", "15", "20", "30", "40"]);
    expect([...codesOf(x.vertrauensniveauCodeList)].sort()).toEqual([...x.VERTRAUENSNIVEAU_VALUES].sort());
    expect(x.VERTRAUENSNIVEAU_LIST_URI).toBe(x.vertrauensniveauCodeList.uri);
    expect(x.ONLINEDIENST_LINKTYP_VALUES).toEqual(["01"]);
    expect(x.ONLINEDIENST_LINKTYP_LIST_URI).toBe(x.onlinedienstLinktypCodeList.uri);
    expect(x.DOKUMENTTYP_VALUES).toHaveLength(29);
    expect(x.DOKUMENTTYP_LIST_URI).toBe("urn:de:fim:codeliste:dokumenttyp");
    expect(isCodeOf(x.dokumenttypCodeList, "999")).toBe(true);
  }
  expect(xzufi231.statusCodeList.labels["7"]).toBe("inaktiv");
  expect(xzufi231.STATUS_VALUES).toEqual(codesOf(xzufi231.statusCodeList));
  expect(xzufi231.STATUS_LIST_URI).toBe("urn:xoev-de:xprozess:codeliste:status");
});

test("the binding checks Vertrauensniveau against the list", () => {
  const base = xzufi22.createLeistungFromLeika({
    zeile: 1,
    schluessel: "99050012104000" as never,
    bezeichnung: "Gewerbe anmelden",
    typisierung: ["2/3" as const],
    besondereMerkmale: [],
    synonyme: [],
    weitereSpalten: {},
  });
  const d = xzufi22.checkStructureLeistung({ ...base, vertrauensniveau: { code: "99" } }).diagnostics;
  expect(d.map((x) => [x.code, x.severity])).toEqual([["unknown-code", "error"]]);
});
