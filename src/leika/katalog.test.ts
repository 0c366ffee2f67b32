import { describe, expect, test } from "vitest";
import { safeParseLeikaCsvSync } from "./csv.ts";
import { indexLeikaKatalog } from "./katalog.ts";

const CSV = [
  "Schluessel;Bezeichnung",
  "99050012104000;Gewerbe Anmeldung",
  "99050012071000;Gewerbe Ummeldung",
  "99050013000000;Gaststätte",
  "99001003000000;Bioabfall",
  "12050099000000;Landesleistung",
  "99050012104000;Gewerbe Anmeldung (doppelt)",
].join("\n");

const katalog = safeParseLeikaCsvSync(CSV).data;
if (katalog === undefined) throw new Error("fixture unreadable");
const index = indexLeikaKatalog(katalog);
const keys = (es: readonly { schluessel: string }[]) => es.map((e) => e.schluessel);

describe("indexLeikaKatalog", () => {
  test("get finds a Leistung by its key in any written form; the first of a repeated key wins", () => {
    expect(index.get("99050012104000")?.bezeichnung).toBe("Gewerbe Anmeldung");
    expect(index.get("99.050.012.104.000")?.zeile).toBe(2);
    expect(index.get("urn:de:fim:leika:leistung:99001003000000")?.bezeichnung).toBe("Bioabfall");
    expect(index.get("99050012999000")).toBeUndefined();
    expect(index.get("not a key")).toBeUndefined();
  });

  test("byPrefix lists the Leistungen below a prefix in key order", () => {
    expect(keys(index.byPrefix("99050012"))).toEqual(["99050012071000", "99050012104000"]);
    expect(keys(index.byPrefix("99.050"))).toEqual(["99050012071000", "99050012104000", "99050013000000"]);
    expect(keys(index.byPrefix("urn:de:fim:leika:leistung:99001"))).toEqual(["99001003000000"]);
    expect(index.byPrefix("99050012104000").map((e) => e.bezeichnung)).toEqual(["Gewerbe Anmeldung"]);
    expect(index.byPrefix("98")).toEqual([]);
    expect(index.byPrefix("")).toEqual([]);
    expect(index.byPrefix("99x")).toEqual([]);
    expect(index.byPrefix("1".repeat(15))).toEqual([]);
  });

  test("byLeistungsgruppierung lists a group whatever the 2-digit prefix", () => {
    expect(keys(index.byLeistungsgruppierung("050"))).toEqual(["12050099000000", "99050012071000", "99050012104000", "99050013000000"]);
    expect(keys(index.byLeistungsgruppierung("1"))).toEqual(["99001003000000"]);
    expect(index.byLeistungsgruppierung("999")).toEqual([]);
    expect(index.byLeistungsgruppierung("abc")).toEqual([]);
  });
});
