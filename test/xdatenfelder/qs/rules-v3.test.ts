// biome-ignore-all lint/complexity/noCommaOperator: the cases are one-line edits of a clean model, several at once
// biome-ignore-all lint/suspicious/noExplicitAny: the cases break a typed model on purpose through untyped views
/**
 * One triggering and one clean case for every FIM-QS rule of XDatenfelder 3.0.0: the clean schema in
 * base-v3.ts passes every rule; each case breaks it in one place and expects exactly its rule to fire.
 */
import { describe, expect, test } from "vitest";
import { isStringLatin as istStringLatin } from "../../../src/core/xsd-types/latin.ts";
import { type CheckOptions, check, QS_KATALOG, qsRules } from "../../../src/xdatenfelder/v3/rules/index.ts";
import { mit, nachricht, type Teile } from "./base-v3.ts";
import { genericode, lookup } from "./codelist.ts";

const LAND = "urn:xoev-de:test:codeliste:land";
const land = genericode(LAND, "2024-01-01", [
  ["DE", "Deutschland"],
  ["FR", "Frankreich"],
]);
const neu = genericode(LAND, "2025-01-01", [
  ["DE", "Deutschland"],
  ["AT", "Österreich"],
]);

/** code → how to break the clean schema (and options the rule needs). */
const CASES: Record<string, { readonly brich: (t: Teile) => void; readonly options?: CheckOptions; readonly clean?: CheckOptions }> = {
  "1001": { brich: ({ g }) => (g.regel[0].freitextRegel = "WENN F99000000009 = 1, DANN …") },
  "1002": { brich: ({ f1 }) => (f1.name = " ") },
  "1003": {
    brich: ({ s }) =>
      s.struktur.push({
        anzahl: "0:1",
        bezug: [],
        enthaelt: {
          datenfeld: {
            ...s.struktur[0].enthaelt.datenfeldgruppe.struktur[0].enthaelt.datenfeld,
            identifikation: { id: "F99000000001", version: "2.0.0" },
          },
        },
      }),
  },
  "1004": { brich: ({ g }) => g.struktur.push(structuredClone(g.struktur[0])) },
  "1005": { brich: ({ f3 }) => (f3.codelisteReferenz.canonicalIdentification = "land") },
  "1006": { brich: ({ f1 }) => (f1.bezug = []) },
  "1007": { brich: ({ s }) => (s.dokumentsteckbrief = { id: "" }) },
  "1009": { brich: ({ f1 }) => (f1.bezeichnungEingabe = "") },
  "1010": { brich: ({ f1 }) => delete f1.bezeichnungAusgabe },
  "1011": { brich: ({ f2 }) => (f2.datentyp = { code: "num" }) },
  "1012": { brich: ({ f2 }) => (f2.praezisierung = { text: "", maxLength: "10" }) },
  "1013": { brich: ({ f1 }) => (f1.schemaelementart = { code: "ABS" }) },
  "1014": { brich: ({ f1 }) => (f1.schemaelementart = { code: "ABS" }) },
  "1015": { brich: ({ f1 }) => (f1.datentyp = { code: "num" }) },
  "1016": { brich: ({ f1 }) => (f1.praezisierung = { text: "", minLength: "1", maxLength: "50", minValue: "1" }) },
  "1017": { brich: ({ f1 }) => (f1.werte = [{ code: "a", name: "A" }]) },
  "1018": { brich: ({ f2 }) => delete f2.werte },
  "1019": { brich: ({ g }) => (g.regel[0].freitextRegel = "WENN F99000000002V1.0.0 = R, DANN mache F99000000001 zur Pflichtangabe") },
  "1021": { brich: ({ g }) => (g.struktur[0].anzahl = "") },
  "1022": { brich: ({ f1 }) => (f1.schemaelementart = { code: "HAR" }) },
  "1023": { brich: ({ g }) => (g.struktur = []) },
  "1024": { brich: ({ g }) => (g.regel[0].freitextRegel = "") },
  "1025": { brich: ({ s }) => s.struktur.push(structuredClone(s.struktur[0])) },
  "1026": { brich: ({ g }) => g.struktur.push({ anzahl: "0:1", bezug: [], enthaelt: { datenfeldgruppe: g } }) },
  "1027": { brich: ({ f1 }) => (f1.feldart = { code: "slider" }) },
  "1028": { brich: ({ f1 }) => (f1.datentyp = { code: "string" }) },
  "1029": { brich: ({ f1 }) => (f1.relation = [{ praedikat: { code: "XYZ" }, objekt: { id: "F99000000002" } }]) },
  "1030": { brich: ({ f1 }) => (f1.vorbefuellung = { code: "immer" }) },
  "1031": { brich: ({ f1 }) => (f1.schemaelementart = { code: "XXX" }) },
  "1032": { brich: ({ f1 }) => (f1.freigabestatus = { code: "9" }) },
  "1033": { brich: ({ s }) => (s.ableitungsmodifikationenStruktur = { code: "7" }) },
  "1034": { brich: ({ s }) => (s.ableitungsmodifikationenRepraesentation = { code: "7" }) },
  "1037": {
    brich: ({ g }) =>
      g.struktur.push({
        anzahl: "0:1",
        bezug: [],
        enthaelt: {
          datenfeld: {
            ...g.struktur[2].enthaelt.datenfeld,
            identifikation: { id: "F99000000004", version: "1.0.0" },
            codelisteReferenz: { canonicalIdentification: LAND, version: "2025-01-01" },
          },
        },
      }),
  },
  "1038": { brich: ({ f1 }) => (f1.identifikation = { id: "", version: "1.0.0" }) },
  "1039": { brich: ({ f1 }) => (f1.identifikation = { id: "F9900000001", version: "1.0.0" }) },
  "1040": { brich: ({ f3 }) => (f3.codelisteReferenz = { version: "2024-01-01" }) },
  "1041": { brich: ({ g }) => (g.regel[0].freitextRegel = "WENN F99000002 = R, DANN mache F99000000001 zur Pflichtangabe") },
  "1042": { brich: ({ g }) => (g.art = { code: "Y" }) },
  "1043": { brich: ({ g }) => ((g.art = { code: "X" }), (g.struktur = g.struktur.slice(0, 1).map((r: any) => ({ ...r, anzahl: "0:1" })))) },
  "1044": { brich: ({ f2 }) => (f2.werte = [{ code: "R", name: "Rot" }]) },
  "1045": {
    brich: ({ f2 }) =>
      (f2.werte = [
        { code: "R", name: "Rot" },
        { code: "R", name: "Rosa" },
      ]),
  },
  "1046": { brich: ({ g }) => (g.struktur[0].anzahl = "1-2") },
  "1047": { brich: ({ g }) => (g.struktur[0].anzahl = "3:2") },
  "1048": { brich: ({ f3 }) => (f3.codelisteReferenz.canonicalIdentification = "urn:xoev-de:test:codeliste:länder") },
  "1050": { brich: ({ s }) => (s.bezeichnung = "") },
  "1051": { brich: ({ s }) => (s.bezug = []) },
  "1056": { brich: ({ f1 }) => (f1.maxSize = "1000") },
  "1057": { brich: ({ f1 }) => (f1.mediaType = ["application/pdf"]) },
  "1058": { brich: ({ f2 }) => (f2.codeKey = "code") },
  "1059": { brich: ({ f1 }) => (f1.praezisierung = { text: "", minLength: "-1", maxLength: "50" }) },
  "1060": { brich: ({ f1 }) => (f1.praezisierung = { text: "", minLength: "0", maxLength: "0" }) },
  "1061": { brich: ({ f1 }) => (f1.praezisierung = { text: "", minLength: "9", maxLength: "5" }) },
  "1062": { brich: ({ f1 }) => ((f1.datentyp = { code: "num" }), (f1.praezisierung = { text: "", minValue: "eins", maxValue: "9" })) },
  "1063": { brich: ({ f1 }) => ((f1.datentyp = { code: "num" }), (f1.praezisierung = { text: "", minValue: "1", maxValue: "neun" })) },
  "1064": { brich: ({ f1 }) => ((f1.datentyp = { code: "num" }), (f1.praezisierung = { text: "", minValue: "9", maxValue: "1" })) },
  "1065": { brich: ({ f1 }) => ((f1.datentyp = { code: "num_int" }), (f1.praezisierung = { text: "", minValue: "1.5", maxValue: "9" })) },
  "1066": { brich: ({ f1 }) => ((f1.datentyp = { code: "num_int" }), (f1.praezisierung = { text: "", minValue: "1", maxValue: "9.5" })) },
  "1067": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "date" }), (f1.praezisierung = { text: "", minValue: "01.01.2020", maxValue: "2030-01-01" })
    ),
  },
  "1068": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "date" }), (f1.praezisierung = { text: "", minValue: "2020-01-01", maxValue: "2030-02-30" })
    ),
  },
  "1069": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "num" }), (f1.praezisierung = { text: "", minValue: "1", maxValue: "9" }), (f1.inhalt = "x")
    ),
  },
  "1070": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "num_int" }), (f1.praezisierung = { text: "", minValue: "1", maxValue: "9" }), (f1.inhalt = "2.5")
    ),
  },
  "1071": { brich: ({ f1 }) => ((f1.datentyp = { code: "date" }), (f1.praezisierung = { text: "" }), (f1.inhalt = "gestern")) },
  "1072": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "num" }), (f1.praezisierung = { text: "", minValue: "5", maxValue: "9" }), (f1.inhalt = "4")
    ),
  },
  "1073": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "num" }), (f1.praezisierung = { text: "", minValue: "5", maxValue: "9" }), (f1.inhalt = "10")
    ),
  },
  "1074": { brich: ({ f1 }) => ((f1.praezisierung = { text: "", minLength: "3", maxLength: "50" }), (f1.inhalt = "Al")) },
  "1075": { brich: ({ f1 }) => ((f1.praezisierung = { text: "", minLength: "1", maxLength: "3" }), (f1.inhalt = "Anna")) },
  "1076": { brich: ({ f3 }) => (f3.inhalt = "XX"), options: { codeLists: lookup(land) } },
  "1077": { brich: ({ f1 }) => ((f1.datentyp = { code: "bool" }), (f1.praezisierung = { text: "" }), (f1.inhalt = "ja")) },
  "1078": { brich: ({ s }) => (s.struktur = []) },
  "1079": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "datetime" }), (f1.praezisierung = { text: "", minValue: "2020-01-01", maxValue: "2030-01-01T00:00:00" })
    ),
  },
  "1080": {
    brich: ({ f1 }) => (
      (f1.datentyp = { code: "datetime" }), (f1.praezisierung = { text: "", minValue: "2020-01-01T00:00:00", maxValue: "2030" })
    ),
  },
  "1081": {
    brich: ({ f1 }) => ((f1.datentyp = { code: "time" }), (f1.praezisierung = { text: "", minValue: "8 Uhr", maxValue: "18:00:00" })),
  },
  "1082": {
    brich: ({ f1 }) => ((f1.datentyp = { code: "time" }), (f1.praezisierung = { text: "", minValue: "08:00:00", maxValue: "25:00:00" })),
  },
  "1083": { brich: ({ f1 }) => ((f1.datentyp = { code: "datetime" }), (f1.praezisierung = { text: "" }), (f1.inhalt = "2020-01-01")) },
  "1084": { brich: ({ f1 }) => ((f1.datentyp = { code: "time" }), (f1.praezisierung = { text: "" }), (f1.inhalt = "mittags")) },
  "1085": { brich: ({ f2 }) => (f2.inhalt = "B") },
  "1087": { brich: ({ f1 }) => (f1.relation = [{ praedikat: { code: "ABL" }, objekt: { id: "S99000000002" } }]) },
  "1089": { brich: ({ f1 }) => ((f1.datentyp = { code: "obj" }), (f1.praezisierung = { text: "" })) },
  "1090": {
    brich: ({ f1 }) => (
      (f1.feldart = { code: "label" }), (f1.datentyp = { code: "date" }), (f1.praezisierung = { text: "" }), (f1.inhalt = "2020-01-01")
    ),
  },
  "1091": { brich: ({ f1 }) => (f1.relation = [{ praedikat: { code: "ABL" }, objekt: { id: "" } }]) },
  "1093": {
    brich: ({ f2 }) =>
      (f2.werte = [
        { code: "R", name: "Rot" },
        { code: "G", name: "Rot" },
      ]),
  },
  "1094": { brich: ({ g }) => (g.struktur[0].enthaelt.datenfeld.identifikation = { id: "F60000000001", version: "1.0.0" }) },
  "1095": {
    brich: ({ s }) =>
      (s.struktur[0].enthaelt = {
        datenfeld: {
          ...s.struktur[0].enthaelt.datenfeldgruppe.struktur[0].enthaelt.datenfeld,
          identifikation: { id: "F60000000001", version: "1.0.0" },
        },
      }),
  },
  "1096": { brich: ({ s }) => (s.dokumentsteckbrief = { id: "D99000000001" }) },
  "1097": { brich: ({ s }) => ((s.dokumentsteckbrief = { id: "D99000000001" }), (s.freigabestatus = { code: "6" })) },
  "1098": { brich: ({ f1 }) => (f1.hilfetextEingabe = "Vorname") },
  "1099": { brich: ({ f2 }) => (f2.werte[0].hilfe = "Rot") },
  "1100": { brich: ({ f1 }) => ((f1.datentyp = { code: "file" }), (f1.praezisierung = { text: "" }), (f1.inhalt = "x.pdf")) },
  "1101": { brich: ({ f1 }) => ((f1.schemaelementart = { code: "HAR" }), (f1.bezug = [])) },
  "1102": { brich: ({ f1 }) => (f1.praezisierung = { text: "", maxLength: "50" }) },
  "1103": { brich: ({ f1 }) => ((f1.datentyp = { code: "num" }), delete f1.praezisierung) },
  "1104": { brich: () => undefined },
  "1105": { brich: ({ f3 }) => (f3.codelisteReferenz.version = "3") },
  "1106": { brich: ({ g }) => (g.struktur = g.struktur.slice(0, 1)) },
  "1107": { brich: () => undefined },
  "1108": { brich: ({ f2 }) => (f2.datentyp = { code: "text_latin" }) },
  "1109": { brich: ({ f1 }) => ((f1.feldart = { code: "label" }), (f1.praezisierung = { text: "" })) },
  "1115": { brich: () => undefined, options: { codeLists: lookup(undefined) }, clean: { codeLists: lookup(land) } },
  "1116": { brich: ({ f1 }) => (f1.freigabestatus = { code: "7" }) },
  "1117": { brich: ({ f1 }) => delete f1.statusGesetztDurch },
  "1118": { brich: ({ g }) => (g.art = { code: "X" }) },
  "1120": { brich: ({ f1 }) => ((f1.datentyp = { code: "file" }), (f1.praezisierung = { text: "", pattern: ".*" })) },
  "1121": { brich: ({ f3 }) => (f3.inhalt = "FR"), options: { codeLists: lookup(land, neu) } },
  "1122": { brich: ({ f3 }) => (f3.nameKey = "label"), options: { codeLists: lookup(land) } },
  "1123": {
    brich: ({ f3 }) => (f3.helpKey = "hinweis"),
    options: {
      codeLists: lookup(
        genericode(
          LAND,
          "2024-01-01",
          [
            ["DE", "Deutschland"],
            ["FR", "Frankreich"],
          ],
          "hinweis",
        ),
        neu,
      ),
    },
  },
  "1127": { brich: ({ s }) => (s.veroeffentlichungsdatum = "2025-01-01") },
  "1128": { brich: () => undefined },
  "1129": { brich: ({ s, f1 }) => ((s.veroeffentlichungsdatum = "2025-01-01"), (f1.freigabestatus = { code: "2" })) },
  "1130": { brich: () => undefined },
  "1131": { brich: ({ f1 }) => (f1.hilfetextEingabe = "Betrag ≤ 100 €") },
  "1132": { brich: ({ f1 }) => (f1.bezug = [{ text: "§§ 1, 2 TestG" }]) },
  "1133": { brich: ({ f1 }) => (f1.bezug = [{ text: "§ 1 TestG", link: " https://example.org" }]) },
  "1134": { brich: ({ s }) => (s.identifikation = { id: "S99000000001" }) },
  "1135": { brich: ({ f1 }) => (f1.identifikation = { id: "F99000000001" }) },
  "1136": { brich: ({ f1 }) => (f1.hilfetextEingabe = "x".repeat(501)) },
  "1139": { brich: ({ f1 }) => ((f1.datentyp = { code: "file" }), (f1.praezisierung = { text: "" })) },
  "1140": { brich: ({ f1 }) => (f1.statusGesetztDurch = "FIM-Baustein Datenfelder") },
  "1141": { brich: ({ s }) => (s.statusGesetztDurch = "FIM Baustein Datenfelder") },
  "1142": { brich: ({ f1 }) => delete f1.statusGesetztAm },
  "1143": { brich: ({ s }) => delete s.statusGesetztAm },
};

/** Rules whose object kind the clean schema has not (messages 0101 and 0103 cases below). */
const ANDERE_NACHRICHT = new Set(["1049", "1052", "1055", "1092", "1107", "1128", "1130", "1144", "1104"]);

const ids = [...new Set(qsRules.map((r) => r.id))].sort();
const on = (code: string): CheckOptions => ({ only: [code], policy: { enabledRules: [code] } });
const found = (n: ReturnType<typeof nachricht>, code: string, extra: CheckOptions = {}) =>
  check(n, { ...on(code), ...extra }).diagnostics.filter((d) => d.ruleId === code);

describe("FIM-QS 3.0.0 rules on model objects", () => {
  test("the clean schema passes every rule (deactivated ones included)", () => {
    const report = check(nachricht(), { policy: { enabledRules: ids.filter((id) => id !== "1104") }, codeLists: lookup(land) });
    expect(report.diagnostics.map((d) => `${d.ruleId} ${d.code === "quality-check" ? d.params.element : ""}`)).toEqual([]);
  });

  test("every implemented rule has a case here", () => {
    const missing = ids.filter((id) => CASES[id] === undefined && !ANDERE_NACHRICHT.has(id));
    expect(missing).toEqual([]);
  });

  for (const [code, c] of Object.entries(CASES)) {
    if (ANDERE_NACHRICHT.has(code)) continue;
    test(`${code} fires on the broken schema, not on the clean one`, () => {
      expect(found(nachricht(), code, c.clean ?? c.options ?? { codeLists: lookup(land) })).toEqual([]);
      const hits = found(mit(c.brich), code, c.options);
      expect(hits.length).toBeGreaterThan(0);
      // German text verbatim from the catalogue, English rendering beside it
      expect(hits[0]?.params).toMatchObject({ rule: code, de: QS_KATALOG[code]?.de, en: QS_KATALOG[code]?.en });
    });
  }
});

test("String.Latin: the XSD's characters and combining sequences, nothing else", () => {
  for (const ok of ["Müller-Lüdenscheidt", "Łódź", "Ærø", "Straße 1 €", "M\u0302n\u0302", "Tab\tund\nZeile"])
    expect(istStringLatin(ok), ok).toBe(true);
  for (const bad of ["≤", "\u0302", "Smile 😀", "Ω", "A\u0300"]) expect(istStringLatin(bad), bad).toBe(false);
});

describe("FIM-QS 3.0.0 rules on other messages", () => {
  const T = "2025-01-01T00:00:00Z";
  const dsb = (over: Record<string, unknown>) =>
    ({
      kind: "xdatenfelder.dokumentsteckbrief.0101",
      header: { nachrichtID: "t", erstellungszeitpunkt: T },
      dokumentsteckbrief: {
        identifikation: { id: "D99000000002", version: "1.0.0" },
        name: "Antrag",
        definition: "Ein Antrag.",
        bezug: [{ text: "§ 1 TestG" }],
        freigabestatus: { code: "3" },
        statusGesetztAm: "2025-01-01",
        statusGesetztDurch: "Testredaktion",
        letzteAenderung: T,
        relation: [],
        stichwort: [],
        istAbstrakt: "false",
        dokumentart: { code: "001" },
        bezeichnung: "Antrag",
        hilfetext: "Hilfe",
        ...over,
      },
    }) as never;
  const cases: [string, Record<string, unknown>][] = [
    ["1049", { definition: "" }],
    ["1052", { bezug: [] }],
    ["1055", { dokumentart: { code: "123" } }],
    ["1092", { istAbstrakt: "vielleicht" }],
    ["1107", { hilfetext: undefined }],
    ["1144", { statusGesetztAm: undefined }],
  ];
  for (const [code, over] of cases) {
    test(`${code} fires on a broken Dokumentsteckbrief, not on a clean one`, () => {
      expect(found(dsb({}), code)).toEqual([]);
      expect(found(dsb(over), code).length).toBe(1);
    });
  }

  test("1128/1130 fire for a published group sent as 0103, not inside a schema", () => {
    const n = mit(({ g, f1 }) => ((g.veroeffentlichungsdatum = "2025-01-01"), (f1.freigabestatus = { code: "2" })));
    const g = (n as any).stammdatenschema.struktur[0].enthaelt.datenfeldgruppe;
    const alsGruppe = { kind: "xdatenfelder.datenfeldgruppe.0103", header: (n as any).header, datenfeldgruppe: g } as never;
    expect(found(n, "1128")).toEqual([]);
    expect(found(alsGruppe, "1128").length).toBe(1);
    expect(found(alsGruppe, "1130").length).toBe(1);
    expect(found(nachricht(), "1130")).toEqual([]);
  });

  test("1104 (deactivated) fires only when switched on", () => {
    expect(check(nachricht(), { only: ["1104"] }).diagnostics).toEqual([]);
    expect(found(nachricht(), "1104").length).toBe(1);
  });
});
