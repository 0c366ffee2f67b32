// biome-ignore-all lint/complexity/noCommaOperator: the cases are one-line edits of a clean model, several at once
// biome-ignore-all lint/suspicious/noExplicitAny: the cases break a typed model on purpose through untyped views
/**
 * One triggering and one clean case for every FIM-QS rule of XDatenfelder 2.0: a clean 2.0 schema built
 * here passes every rule; each case breaks it in one place and expects its rule to fire.
 */
import { describe, expect, test } from "vitest";
import type { Nachricht } from "../../../src/xdatenfelder/v2/model.ts";
import { type CheckOptions, check, QS_KATALOG, qsRules } from "../../../src/xdatenfelder/v2/rules/index.ts";
import { genericode, lookup } from "./codelist.ts";

const code = (c: string) => ({ code: c });
const LAND = "urn:xoev-de:test:codeliste:land";
const land = genericode(LAND, "2024-01-01", [
  ["DE", "Deutschland"],
  ["FR", "Frankreich"],
]);
const neu = genericode(LAND, "2025-01-01", [
  ["DE", "Deutschland"],
  ["AT", "Österreich"],
]);

const allgemein = (id: string, name: string) => ({
  identifikation: { id, version: "1.0" },
  name,
  bezeichnungEingabe: name,
  bezeichnungAusgabe: name,
  beschreibung: "",
  definition: "",
  bezug: "§ 1 TestG",
  status: code("aktiv"),
  fachlicherErsteller: "Testredaktion",
});
const feld = (id: string, extra: Record<string, unknown> = {}) => ({
  ...allgemein(id, `Feld ${id}`),
  schemaelementart: code("RNG"),
  hilfetextEingabe: `Hilfe zu ${id}`,
  hilfetextAusgabe: "",
  feldart: code("input"),
  datentyp: code("text"),
  praezisierung: { text: '{"minLength":"1","maxLength":"50"}', werte: { minLength: "1", maxLength: "50" } },
  inhalt: "",
  regel: [],
  ...extra,
});

function nachricht(): any {
  const f1 = feld("F99000001");
  const f2 = feld("F99000002", {
    feldart: code("select"),
    praezisierung: { text: "" },
    codelisteReferenz: {
      identifikation: { id: "C99000001", version: "1.0" },
      genericodeIdentification: { canonicalIdentification: LAND, version: "2024-01-01", canonicalVersionUri: `${LAND}_2024-01-01` },
    },
  });
  const g = {
    ...allgemein("G99000001", "Person"),
    schemaelementart: code("RNG"),
    hilfetextEingabe: "Angaben zur Person",
    hilfetextAusgabe: "",
    regel: [
      { ...allgemein("R99000001", "Regel"), definition: "WENN F99000002 = DE, DANN F99000001 Pflicht", script: "function script() {}" },
    ],
    struktur: [f1, f2].map((f) => ({ anzahl: "1:1", bezug: "", enthaelt: { datenfeld: f } })),
  };
  const s = {
    ...allgemein("S99000001", "Testschema"),
    hilfetext: "Ein Schema",
    ableitungsmodifikationenStruktur: code("0"),
    ableitungsmodifikationenRepraesentation: code("0"),
    regel: [],
    struktur: [{ anzahl: "1:1", bezug: "", enthaelt: { datenfeldgruppe: g } }],
  };
  return {
    kind: "xdatenfelder.stammdatenschema.0102",
    header: { nachrichtID: "t", erstellungszeitpunkt: "2025-01-01T00:00:00Z" },
    stammdatenschema: s,
  };
}

interface Teile {
  s: any;
  g: any;
  f1: any;
  f2: any;
}
function mit(brich: (t: Teile) => void): Nachricht {
  const n = nachricht();
  const s = n.stammdatenschema;
  const g = s.struktur[0].enthaelt.datenfeldgruppe;
  brich({ s, g, f1: g.struktur[0].enthaelt.datenfeld, f2: g.struktur[1].enthaelt.datenfeld });
  return n;
}
const num = (f: any, werte: Record<string, string>, inhalt = "") => {
  f.datentyp = code(werte.typ ?? "num");
  const { typ, ...rest } = werte;
  void typ;
  f.praezisierung = { text: JSON.stringify(rest), werte: rest };
  f.inhalt = inhalt;
};

const CASES: Record<string, { brich: (t: Teile) => void; options?: CheckOptions; clean?: CheckOptions }> = {
  "1002": { brich: ({ f1 }) => (f1.name = "") },
  "1003": {
    brich: ({ s, f1 }) =>
      s.struktur.push({
        anzahl: "0:1",
        bezug: "",
        enthaelt: { datenfeld: { ...f1, identifikation: { id: "F99000001", version: "2.0" } } },
      }),
  },
  "1004": { brich: ({ g }) => g.struktur.push(g.struktur[0]) },
  "1005": { brich: ({ f2 }) => (f2.codelisteReferenz.genericodeIdentification.canonicalIdentification = "Land") },
  "1006": { brich: ({ f1 }) => (f1.bezug = "") },
  "1009": { brich: ({ f1 }) => (f1.bezeichnungEingabe = "") },
  "1010": { brich: ({ f1 }) => (f1.bezeichnungAusgabe = "") },
  "1011": { brich: ({ f2 }) => (f2.datentyp = code("num")) },
  "1012": { brich: ({ f2 }) => (f2.praezisierung = { text: '{"maxLength":"5"}', werte: { maxLength: "5" } }) },
  "1013": { brich: ({ f1 }) => (f1.schemaelementart = code("ABS")) },
  "1014": { brich: ({ f1 }) => (f1.schemaelementart = code("ABS")) },
  "1015": { brich: ({ f1 }) => (f1.datentyp = code("date")) },
  "1016": { brich: ({ f1 }) => (f1.praezisierung = { text: "{}", werte: { minLength: "1", maxLength: "5", minValue: "1" } }) },
  "1017": { brich: ({ f2 }) => (f2.feldart = code("input")) },
  "1018": { brich: ({ f2 }) => delete f2.codelisteReferenz },
  "1019": { brich: ({ g }) => (g.regel[0].definition = "WENN F99000002V1.0 = DE, DANN …") },
  "1021": { brich: ({ g }) => (g.struktur[0].anzahl = "") },
  "1022": { brich: ({ f1 }) => (f1.schemaelementart = code("HAR")) },
  "1023": { brich: ({ g }) => (g.struktur = []) },
  "1025": { brich: ({ s }) => s.struktur.push(s.struktur[0]) },
  "1026": { brich: ({ g }) => g.struktur.push({ anzahl: "0:1", bezug: "", enthaelt: { datenfeldgruppe: g } }) },
  "1027": { brich: ({ f1 }) => (f1.feldart = code("hidden")) },
  "1028": { brich: ({ f1 }) => (f1.datentyp = code("text_latin")) },
  "1031": { brich: ({ f1 }) => (f1.schemaelementart = code("XYZ")) },
  "1032": { brich: ({ f1 }) => (f1.status = code("entwurf")) },
  "1033": { brich: ({ s }) => (s.ableitungsmodifikationenStruktur = code("9")) },
  "1034": { brich: ({ s }) => (s.ableitungsmodifikationenRepraesentation = code("9")) },
  "1035": { brich: ({ f1 }) => (f1.praezisierung = { text: "1..12" }) },
  "1036": {
    brich: ({ g, f2 }) =>
      g.struktur.push({
        anzahl: "0:1",
        bezug: "",
        enthaelt: {
          datenfeld: {
            ...f2,
            identifikation: { id: "F99000003", version: "1.0" },
            codelisteReferenz: {
              identifikation: { id: "C99000001", version: "1.0" },
              genericodeIdentification: {
                canonicalIdentification: "urn:xoev-de:test:codeliste:farbe",
                version: "2024-01-01",
                canonicalVersionUri: "x",
              },
            },
          },
        },
      }),
  },
  "1037": {
    brich: ({ g, f2 }) =>
      g.struktur.push({
        anzahl: "0:1",
        bezug: "",
        enthaelt: {
          datenfeld: {
            ...f2,
            identifikation: { id: "F99000003", version: "1.0" },
            codelisteReferenz: {
              identifikation: { id: "C99000002", version: "1.0" },
              genericodeIdentification: { canonicalIdentification: LAND, version: "2025-01-01", canonicalVersionUri: `${LAND}_2025-01-01` },
            },
          },
        },
      }),
  },
  "1038": { brich: ({ f1 }) => (f1.identifikation = { id: "", version: "1.0" }) },
  "1039": { brich: ({ f1 }) => (f1.identifikation = { id: "F00-4cb0dd14", version: "1.0" }) },
  "1040": { brich: ({ f2 }) => (f2.codelisteReferenz.genericodeIdentification.canonicalIdentification = "") },
  "1044": {
    brich: () => undefined,
    clean: { codeLists: lookup(land) },
    options: { codeLists: lookup(genericode(LAND, "2024-01-01", [["DE", "Deutschland"]])) },
  },
  "1045": {
    brich: () => undefined,
    clean: { codeLists: lookup(land) },
    options: {
      codeLists: lookup(
        genericode(LAND, "2024-01-01", [
          ["DE", "Deutschland"],
          ["DE", "Dänemark"],
        ]),
      ),
    },
  },
  "1046": { brich: ({ g }) => (g.struktur[0].anzahl = "eins") },
  "1047": { brich: ({ g }) => (g.struktur[0].anzahl = "2:1") },
  "1048": { brich: ({ f2 }) => (f2.codelisteReferenz.genericodeIdentification.canonicalIdentification = `${LAND}\n  `) },
  "1050": { brich: ({ s }) => (s.bezeichnungEingabe = "") },
  "1051": { brich: ({ s }) => (s.bezug = "") },
  "1059": { brich: ({ f1 }) => (f1.praezisierung = { text: "{}", werte: { minLength: "-2", maxLength: "5" } }) },
  "1060": { brich: ({ f1 }) => (f1.praezisierung = { text: "{}", werte: { minLength: "0", maxLength: "0" } }) },
  "1061": { brich: ({ f1 }) => (f1.praezisierung = { text: "{}", werte: { minLength: "6", maxLength: "5" } }) },
  "1062": { brich: ({ f1 }) => num(f1, { minValue: "a", maxValue: "5" }) },
  "1063": { brich: ({ f1 }) => num(f1, { minValue: "1", maxValue: "b" }) },
  "1064": { brich: ({ f1 }) => num(f1, { minValue: "9", maxValue: "5" }) },
  "1065": { brich: ({ f1 }) => num(f1, { typ: "num_int", minValue: "1.5", maxValue: "5" }) },
  "1066": { brich: ({ f1 }) => num(f1, { typ: "num_int", minValue: "1", maxValue: "5.5" }) },
  "1067": { brich: ({ f1 }) => num(f1, { typ: "date", minValue: "1.1.2020", maxValue: "2030-01-01" }) },
  "1068": { brich: ({ f1 }) => num(f1, { typ: "date", minValue: "2020-01-01", maxValue: "morgen" }) },
  "1069": { brich: ({ f1 }) => num(f1, { minValue: "1", maxValue: "5" }, "x") },
  "1070": { brich: ({ f1 }) => num(f1, { typ: "num_int", minValue: "1", maxValue: "5" }, "2.5") },
  "1071": { brich: ({ f1 }) => num(f1, { typ: "date" }, "heute") },
  "1072": { brich: ({ f1 }) => num(f1, { minValue: "2", maxValue: "5" }, "1") },
  "1073": { brich: ({ f1 }) => num(f1, { minValue: "2", maxValue: "5" }, "6") },
  "1074": { brich: ({ f1 }) => ((f1.praezisierung = { text: "{}", werte: { minLength: "3", maxLength: "5" } }), (f1.inhalt = "ab")) },
  "1075": { brich: ({ f1 }) => ((f1.praezisierung = { text: "{}", werte: { minLength: "1", maxLength: "2" } }), (f1.inhalt = "abc")) },
  "1076": { brich: ({ f2 }) => (f2.inhalt = "XX"), options: { codeLists: lookup(land) } },
  "1077": { brich: ({ f1 }) => ((f1.datentyp = code("bool")), (f1.praezisierung = { text: "" }), (f1.inhalt = "ja")) },
  "1078": { brich: ({ s }) => (s.struktur = []) },
  "1089": { brich: ({ f1 }) => ((f1.datentyp = code("obj")), (f1.praezisierung = { text: "" })) },
  "1090": {
    brich: ({ f1 }) => (
      (f1.feldart = code("label")), (f1.datentyp = code("date")), (f1.praezisierung = { text: "" }), (f1.inhalt = "2020-01-01")
    ),
  },
  "1092": { brich: () => undefined },
  "1093": {
    brich: () => undefined,
    clean: { codeLists: lookup(land) },
    options: {
      codeLists: lookup(
        genericode(LAND, "2024-01-01", [
          ["DE", "Land"],
          ["FR", "Land"],
        ]),
      ),
    },
  },
  "1094": { brich: ({ f1 }) => (f1.identifikation = { id: "F60000001", version: "1.0" }) },
  "1095": { brich: ({ f1 }) => (f1.identifikation = { id: "F60000001", version: "1.0" }) },
  "1098": { brich: ({ f1 }) => (f1.hilfetextEingabe = f1.bezeichnungEingabe) },
  "1100": { brich: ({ f1 }) => ((f1.datentyp = code("file")), (f1.praezisierung = { text: "" }), (f1.inhalt = "a.pdf")) },
  "1101": { brich: ({ f1 }) => ((f1.schemaelementart = code("HAR")), (f1.bezug = "")) },
  "1102": { brich: ({ f1 }) => (f1.praezisierung = { text: "" }) },
  "1103": { brich: ({ f1 }) => ((f1.datentyp = code("num")), (f1.praezisierung = { text: "" })) },
  "1104": { brich: ({ g }) => (g.regel[0].script = "") },
  "1105": { brich: ({ f2 }) => (f2.codelisteReferenz.genericodeIdentification.version = "3") },
  "1106": { brich: ({ g }) => (g.struktur = g.struktur.slice(0, 1)) },
  "1108": { brich: ({ f2 }) => (f2.datentyp = code("num")) },
  "1109": { brich: ({ f1 }) => ((f1.feldart = code("label")), (f1.praezisierung = { text: "" })) },
  "1115": { brich: () => undefined, options: { codeLists: lookup(undefined) }, clean: { codeLists: lookup(land) } },
  "1116": { brich: ({ f1 }) => (f1.status = code("inaktiv")) },
  "1117": { brich: ({ f1 }) => delete f1.fachlicherErsteller },
  "1119": { brich: ({ f1 }) => (f1.status = code("inVorbereitung")) },
  "1120": { brich: ({ f1 }) => ((f1.datentyp = code("file")), (f1.praezisierung = { text: "{}", werte: { pattern: ".*" } })) },
  "1121": { brich: ({ f2 }) => (f2.inhalt = "FR"), options: { codeLists: lookup(land, neu) } },
  "1131": { brich: ({ f1 }) => (f1.hilfetextEingabe = "Betrag ≤ 100 €") },
  "1134": { brich: ({ g }) => (g.identifikation = { id: "G99000001" }) },
  "1135": { brich: ({ f1 }) => (f1.identifikation = { id: "F99000001" }) },
  "1139": { brich: ({ f1 }) => ((f1.datentyp = code("file")), (f1.praezisierung = { text: "" })) },
  "1140": { brich: ({ f1 }) => (f1.fachlicherErsteller = "FIM-Baustein Datenfelder") },
  "1141": { brich: ({ s }) => (s.fachlicherErsteller = "FIM-Baustein Datenfelder") },
};
const DOKUMENT = new Set(["1008", "1049", "1055", "1092", "1107"]);
const ids = [...new Set(qsRules.map((r) => r.id))].sort();
const found = (n: Nachricht, id: string, extra: CheckOptions = {}) =>
  check(n, { only: [id], policy: { enabledRules: [id] }, ...extra }).diagnostics.filter((d) => d.ruleId === id);

describe("FIM-QS 2.0 rules on model objects", () => {
  test("the clean schema passes every rule (deactivated ones included)", () => {
    const report = check(nachricht(), { policy: { enabledRules: ids }, codeLists: lookup(land) });
    expect(report.diagnostics.map((d) => `${d.ruleId} ${d.code === "quality-check" ? d.params.element : ""}`)).toEqual([]);
  });
  test("every implemented rule has a case here", () => {
    expect(ids.filter((id) => CASES[id] === undefined && !DOKUMENT.has(id))).toEqual([]);
  });
  for (const [id, c] of Object.entries(CASES)) {
    if (DOKUMENT.has(id)) continue;
    test(`${id} fires on the broken schema, not on the clean one`, () => {
      expect(found(nachricht(), id, c.clean ?? c.options ?? { codeLists: lookup(land) })).toEqual([]);
      const hits = found(mit(c.brich), id, c.options);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits[0]?.params).toMatchObject({ rule: id, de: QS_KATALOG[id]?.de });
    });
  }
  const dsb = (over: Record<string, unknown>) =>
    ({
      kind: "xdatenfelder.dokumentsteckbrief.0101",
      header: { nachrichtID: "t", erstellungszeitpunkt: "2025-01-01T00:00:00Z" },
      dokumentensteckbrief: {
        ...allgemein("D99000001", "Antrag"),
        definition: "Ein Antrag",
        isReferenz: "false",
        dokumentart: "Antrag",
        hilfetext: "Hilfe",
        ...over,
      },
    }) as unknown as Nachricht;
  for (const [id, over] of [
    ["1008", { bezug: "" }],
    ["1049", { definition: "" }],
    ["1055", { dokumentart: "" }],
    ["1092", { isReferenz: "ja" }],
    ["1107", { hilfetext: undefined }],
  ] as const) {
    test(`${id} fires on a broken Dokumentsteckbrief, not on a clean one`, () => {
      expect(found(dsb({}), id)).toEqual([]);
      expect(found(dsb(over), id).length).toBe(1);
    });
  }
});
