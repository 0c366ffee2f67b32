/** One test per conversion rule (docs/conversion.md), on small hand-made models and the fixtures. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseGenericode } from "../../src/core/codelists/genericode.ts";
import { InMemoryCodeListProvider } from "../../src/core/codelists/provider.ts";
import {
  appendOriginalwerte,
  convertXdf2ToXdf3,
  convertXdf3ToXdf2,
  isStringLatin,
  narrowId,
  narrowIdsInText,
  narrowVersion,
  nonLatinCharacters,
  splitOriginalwerte,
  toStringLatin,
  widenId,
  widenIdsInText,
  widenVersion,
} from "../../src/xdatenfelder/convert/index.ts";
import * as v2 from "../../src/xdatenfelder/v2/index.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const V2 = join(REPO_ROOT, "fixtures/xdatenfelder/v2/valid");
const V3 = join(REPO_ROOT, "fixtures/xdatenfelder/v3/valid");
const fixture2 = (name: string) => v2.parse(readFileSync(join(V2, name)));
const fixture3 = (name: string) => v3.parse(readFileSync(join(V3, name)));

async function up(n: v2.Nachricht, options: Parameters<typeof convertXdf2ToXdf3>[1] = {}) {
  const r = await convertXdf2ToXdf3(n, options);
  if (r.data === undefined) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return { data: r.data, diagnostics: r.diagnostics };
}

function feld2(n: v2.Nachricht): v2.Datenfeld {
  if (n.kind !== "xdatenfelder.datenfeld.0104") throw new Error(n.kind);
  return n.datenfeld;
}
function feld3(n: v3.Nachricht): v3.Datenfeld {
  if (n.kind !== "xdatenfelder.datenfeld.0104") throw new Error(n.kind);
  return n.datenfeld;
}
function withFeld(n: v2.Nachricht, patch: Partial<v2.Datenfeld>): v2.Nachricht {
  return { ...(n as v2.DatenfeldNachricht), datenfeld: { ...feld2(n), ...patch } };
}

describe("IDs and versions", () => {
  test("IDs gain the Unternummernkreis after letter + Hauptnummernkreis (default 000), and lose it again", () => {
    expect(widenId("S00000094")).toBe("S00000000094");
    expect(widenId("F60000319", "123")).toBe("F60123000319");
    expect(widenId("F00-4cb0dd14")).toBe("F00000-4cb0dd14");
    expect(narrowId("F60123000319", "123")).toBe("F60000319");
    expect(narrowId("F60123000319")).toBeUndefined();
    expect(widenIdsInText("Wenn F00000463 = 009, dann G60000086 Pflicht (nicht X12345678)")).toBe(
      "Wenn F00000000463 = 009, dann G60000000086 Pflicht (nicht X12345678)",
    );
    expect(narrowIdsInText("F00000000463 und F00111000463")).toBe("F00000463 und F00111000463");
  });

  test("versions x.y ↔ x.y.0; a patch level other than 0 cannot go down", () => {
    expect(widenVersion("1.3")).toBe("1.3.0");
    expect(narrowVersion("1.3.0")).toBe("1.3");
    expect(narrowVersion("1.3.2")).toBeUndefined();
  });

  test("the configured Unternummernkreis is applied everywhere and checked", async () => {
    const { data } = await up(fixture2("0104-datenfeld-maximal.xml"), { unternummernkreis: "042" });
    expect(feld3(data).identifikation).toEqual({ id: "F99042000001", version: "1.2.0" });
    expect(feld3(data).regel[0]?.identifikation.id).toBe("R99042000002");
    await expect(convertXdf2ToXdf3(fixture2("0104-datenfeld-maximal.xml"), { unternummernkreis: "42" })).rejects.toThrow(TypeError);
    const down = convertXdf3ToXdf2(data, { unternummernkreis: "042" });
    expect(down.data && feld2(down.data.nachricht).identifikation).toEqual({ id: "F99000001", version: "1.2" });
  });
});

describe("status → freigabestatus", () => {
  const base = fixture2("0104-datenfeld-maximal.xml");
  test.each([
    ["aktiv", "2024-02-01", "6"],
    ["aktiv", undefined, "2"],
    ["inVorbereitung", undefined, "2"],
    ["inaktiv", "2024-02-01", "7"],
  ] as const)(
    "status %s, freigabedatum %s → %s; freigabedatum → statusGesetztAm, fachlicherErsteller → statusGesetztDurch",
    async (status, datum, expected) => {
      const { data } = await up(withFeld(base, { status: { code: status }, freigabedatum: datum }));
      const f = feld3(data);
      expect(f.freigabestatus).toEqual({ code: expected, listURI: "urn:xoev-de:xprozess:codeliste:status", listVersionID: "2020-03-19" });
      expect(f.statusGesetztAm).toBe(datum);
      expect(f.statusGesetztDurch).toBe("FIM-Baustein Datenfelder");
    },
  );

  test("children without freigabedatum take statusGesetztAm from the nearest released ancestor", async () => {
    const n = fixture2("0102-stammdatenschema-maximal.xml");
    if (n.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error();
    const s = n.stammdatenschema;
    const strip = (st: v2.Struktur): v2.Struktur => ({
      ...st,
      enthaelt: "datenfeld" in st.enthaelt ? { datenfeld: { ...st.enthaelt.datenfeld, freigabedatum: undefined } } : st.enthaelt,
    });
    const { data } = await up({ ...n, stammdatenschema: { ...s, struktur: s.struktur.map(strip) } });
    if (data.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error();
    const f = data.stammdatenschema.struktur[1]?.enthaelt;
    expect(f !== undefined && "datenfeld" in f && f.datenfeld.freigabestatus.code).toBe("2");
    expect(f !== undefined && "datenfeld" in f && f.datenfeld.statusGesetztAm).toBe("2024-02-01");
  });

  test("down: 7/8 → inaktiv, 4–6 → aktiv, 1–3 → inVorbereitung; statusGesetztAm of released elements → freigabedatum", () => {
    const f = fixture3("0104-datenfeld-maximal.xml");
    for (const [code, status] of [
      ["1", "inVorbereitung"],
      ["3", "inVorbereitung"],
      ["5", "aktiv"],
      ["6", "aktiv"],
      ["7", "inaktiv"],
      ["8", "inaktiv"],
    ] as const) {
      const n = { ...(f as v3.DatenfeldNachricht), datenfeld: { ...feld3(f), beschreibung: undefined, freigabestatus: { code } } };
      const r = convertXdf3ToXdf2(n);
      const d = r.data === undefined ? undefined : feld2(r.data.nachricht);
      expect(d?.status.code).toBe(status);
      expect(d?.freigabedatum).toBe(["5", "6"].includes(code) ? feld3(f).statusGesetztAm : undefined);
    }
  });
});

describe("Präzisierung", () => {
  test("2.0 JSON (strings or numbers) → attributes; note and unknown keys are reported", async () => {
    const base = fixture2("0104-datenfeld-maximal.xml");
    const n = withFeld(base, {
      praezisierung: v2.readPraezisierung(
        '{"minLength":1,"maxLength":"80","minValue":"2","maxValue":3,"pattern":"[a-z]\\\\d","note":"n","x":true}',
      ).praezisierung,
    });
    const { data, diagnostics } = await up(n);
    expect(feld3(data).praezisierung).toEqual({
      text: "",
      minLength: "1",
      maxLength: "80",
      minValue: "2",
      maxValue: "3",
      pattern: "[a-z]\\d",
    });
    expect(
      diagnostics
        .filter((d) => d.code === "not-representable")
        .map((d) => (d.params as { element: string }).element)
        .filter((e) => e.startsWith("praezisierung")),
    ).toEqual(["praezisierung/note", "praezisierung/x"]);
  });

  test("invalid lengths and non-JSON text are reported, not carried", async () => {
    const base = fixture2("0104-datenfeld-maximal.xml");
    const bad = await up(withFeld(base, { praezisierung: v2.readPraezisierung('{"minLength":"-1","maxLength":"0"}').praezisierung }));
    expect(feld3(bad.data).praezisierung).toEqual({ text: "" });
    expect(
      bad.diagnostics.filter(
        (d) => d.code === "not-representable" && (d.params as { element: string }).element.startsWith("praezisierung/"),
      ),
    ).toHaveLength(2);
    const legacy = await up(withFeld(base, { praezisierung: v2.readPraezisierung("1..12").praezisierung }));
    expect(feld3(legacy.data).praezisierung).toEqual({ text: "" });
    expect(legacy.diagnostics.some((d) => d.code === "not-representable" && (d.params as { value: string }).value === "1..12")).toBe(true);
    const empty = await up(withFeld(base, { praezisierung: { text: "" } }));
    expect(feld3(empty.data).praezisierung).toBeUndefined();
  });

  test("attributes → 2.0 JSON with numbers as strings; text content is reported", () => {
    const f = fixture3("0104-datenfeld-maximal.xml");
    const n = {
      ...(f as v3.DatenfeldNachricht),
      datenfeld: { ...feld3(f), praezisierung: { text: "frei", minLength: "2", maxValue: "9" } },
    };
    const r = convertXdf3ToXdf2(n);
    expect(r.data && feld2(r.data.nachricht).praezisierung).toEqual({
      text: '{"minLength":"2","maxValue":"9"}',
      werte: { minLength: "2", maxValue: "9" },
    });
    expect(r.diagnostics.some((d) => d.code === "not-representable" && (d.params as { value: string }).value === "frei")).toBe(true);
  });

  test("parsing: empty text is fine, non-JSON is a warning with the line, the text is kept", () => {
    expect(v2.readPraezisierung("")).toEqual({ praezisierung: { text: "" } });
    const doc = readFileSync(join(V2, "0104-datenfeld-minimal.xml"), "utf8").replace(
      "<xdf:praezisierung/>",
      "<xdf:praezisierung>1..31</xdf:praezisierung>",
    );
    const r = v2.safeParse(doc);
    expect(r.success).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([["invalid-praezisierung", "warning", 2]]);
    expect(r.data && feld2(r.data).praezisierung).toEqual({ text: "1..31" });
    expect(v2.serialize(r.data as v2.Nachricht, { pretty: false })).toContain("<xdf:praezisierung>1..31</xdf:praezisierung>");
  });
});

describe("bezug ↔ Rechtsbezüge", () => {
  test("split on ';' with white space normalised (optional); joined with '; ' on the way down; @link is reported", async () => {
    const base = fixture2("0104-datenfeld-maximal.xml");
    const n = withFeld(base, { bezug: " § 1 Abs. 2\r\n  Testgesetz;; § 3 TestV ; " });
    expect(feld3((await up(n)).data).bezug).toEqual([{ text: "§ 1 Abs. 2 Testgesetz" }, { text: "§ 3 TestV" }]);
    expect(feld3((await up(n, { bezuegeAufteilen: false })).data).bezug).toEqual([{ text: "§ 1 Abs. 2 Testgesetz;; § 3 TestV ;" }]);
    const f = fixture3("0104-datenfeld-maximal.xml");
    const down = convertXdf3ToXdf2({
      ...(f as v3.DatenfeldNachricht),
      datenfeld: { ...feld3(f), bezug: [{ text: "A", link: "https://example.org" }, { text: "B" }] },
    });
    expect(down.data && feld2(down.data.nachricht).bezug).toBe("A; B");
    expect(down.diagnostics.some((d) => (d.params as { element?: string }).element === "bezug/@link")).toBe(true);
  });
});

describe("code lists", () => {
  const list = parseGenericode(
    `<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><Identification><ShortName>t</ShortName><Version>1</Version><CanonicalUri>urn:de:fim:codeliste:test</CanonicalUri><CanonicalVersionUri>urn:de:fim:codeliste:test_1</CanonicalVersionUri></Identification><ColumnSet><Column Id="c" Use="required"><ShortName>c</ShortName><Data Type="string"/></Column><Column Id="n" Use="required"><ShortName>n</ShortName><Data Type="string"/></Column><Key Id="k"><ShortName>k</ShortName><ColumnRef Ref="c"/></Key></ColumnSet><SimpleCodeList><Row><Value><SimpleValue>01</SimpleValue></Value><Value><SimpleValue>eins</SimpleValue></Value></Row></SimpleCodeList></gc:CodeList>`,
  );
  const ref = (uri: string): v2.CodelisteReferenz => ({
    identifikation: { id: "C00000001" },
    genericodeIdentification: { canonicalIdentification: uri, version: "1", canonicalVersionUri: `${uri}_1` },
  });

  test("FIM-internal lists become inline werte through the provider; external ones stay references", async () => {
    const base = fixture2("0104-datenfeld-maximal.xml");
    const codeLists = new InMemoryCodeListProvider([list]);
    const internal = await up(withFeld(base, { codelisteReferenz: ref("urn:de:fim:codeliste:test") }), { codeLists });
    expect(feld3(internal.data).werte).toEqual([{ code: "01", name: "eins" }]);
    expect(feld3(internal.data).codelisteReferenz).toBeUndefined();
    const external = await up(withFeld(base, { codelisteReferenz: ref("urn:xoev-de:other:codeliste:x") }), { codeLists });
    expect(feld3(external.data).codelisteReferenz).toEqual({
      canonicalIdentification: "urn:xoev-de:other:codeliste:x",
      version: "1",
      canonicalVersionUri: "urn:xoev-de:other:codeliste:x_1",
    });
    const missing = await up(withFeld(base, { codelisteReferenz: ref("urn:de:fim:codeliste:fehlt") }), { codeLists });
    expect(feld3(missing.data).codelisteReferenz?.canonicalIdentification).toBe("urn:de:fim:codeliste:fehlt");
    expect(missing.diagnostics.map((d) => d.code)).toContain("code-list-unavailable");
  });

  test("down: inline werte become a generated genericode list the field refers to; a bare reference needs a C-ID", () => {
    const f = fixture3("0104-datenfeld-maximal.xml");
    const werte = [
      { code: "a", name: "A", hilfe: "h" },
      { code: "b", name: "B" },
    ];
    const r = convertXdf3ToXdf2({
      ...(f as v3.DatenfeldNachricht),
      datenfeld: { ...feld3(f), beschreibung: undefined, codelisteReferenz: undefined, werte },
    });
    expect(r.data?.codeListen).toHaveLength(1);
    const gc = r.data?.codeListen[0];
    const d = r.data === undefined ? undefined : feld2(r.data.nachricht);
    expect(d?.codelisteReferenz?.genericodeIdentification.canonicalIdentification).toBe(gc?.identification.canonicalUri);
    expect(gc?.simpleCodeList?.row.map((row) => row.value.map((v) => v.simpleValue))).toEqual([
      ["a", "A", "h"],
      ["b", "B"],
    ]);
    const bare = convertXdf3ToXdf2({
      ...(f as v3.DatenfeldNachricht),
      datenfeld: { ...feld3(f), beschreibung: undefined, werte: undefined },
    });
    expect(
      bare.diagnostics.some(
        (x) => x.code === "conversion-default" && (x.params as { element: string }).element === "codelisteReferenz/identifikation/id",
      ),
    ).toBe(true);
  });
});

describe("Originalwerte block", () => {
  test("written exactly like the reference and read back", () => {
    const text = appendOriginalwerte("Text", {
      id: "F00000001",
      version: "1.0",
      status: "aktiv",
      codeliste: "C1",
      codelisteCanonicalIdentification: "urn:x",
      codelisteVersion: "1",
    });
    expect(text).toBe(
      "Text\n\t\t\t\t\t\n\t\t\t\tOriginalwerte der XDF2-Datei:\n\t\t\t\tID: F00000001\n\t\t\t\tVersion: 1.0\n\t\t\t\tStatus: aktiv\n\t\t\t\tCodeliste: C1\n\t\t\t\tCodeliste-Canonical-Identification: urn:x\n\t\t\t\tCodeliste-Version: 1",
    );
    expect(splitOriginalwerte(text)).toEqual({
      beschreibung: "Text",
      werte: {
        id: "F00000001",
        version: "1.0",
        status: "aktiv",
        codeliste: "C1",
        codelisteCanonicalIdentification: "urn:x",
        codelisteVersion: "1",
      },
    });
    const empty = appendOriginalwerte("", { id: "R1", status: "aktiv", skript: "function script() {\n}\n" });
    expect(empty.startsWith("\n\t\t\t\tOriginalwerte")).toBe(true);
    expect(splitOriginalwerte(empty)).toEqual({
      beschreibung: "",
      werte: { id: "R1", status: "aktiv", skript: "function script() {\n}\n" },
    });
    expect(splitOriginalwerte("ohne Block")).toEqual({ beschreibung: "ohne Block" });
  });

  test("can be switched off; then ID, status and C-ID are reported instead", async () => {
    const { data, diagnostics } = await up(fixture2("0104-datenfeld-maximal.xml"), { originalwerteDoku: false });
    expect(feld3(data).beschreibung).toBe("Beschreibung von Feld F99000001\r\nzweite Zeile");
    expect(diagnostics.some((d) => (d.params as { element?: string }).element === "codelisteReferenz/identifikation")).toBe(true);
  });
});

describe("rules, defaults and what 3.0.0 adds", () => {
  test("rules: definition → freitextRegel with widened IDs, typ K, script documented; every field gets vorbefuellung keine", async () => {
    const base = fixture2("0104-datenfeld-maximal.xml");
    const f = feld2(base);
    const n = withFeld(base, {
      regel: [
        {
          ...(f.regel[0] as v2.Regel),
          definition: "Wenn F00000463 = 009, dann G60000086 Pflicht",
          script: "function script() { return 1; }",
        },
      ],
    });
    const r = feld3((await up(n)).data);
    expect(r.regel[0]?.freitextRegel).toBe("Wenn F00000000463 = 009, dann G60000000086 Pflicht");
    expect(r.regel[0]?.typ.code).toBe("K");
    expect(r.regel[0]?.beschreibung).toContain("Skript: function script() { return 1; }");
    // the empty stub is not documented, as the reference does
    expect(feld3((await up(base)).data).regel[0]?.beschreibung).not.toContain("Skript");
    expect(r.vorbefuellung.code).toBe("keine");
    expect(r.letzteAenderung).toBe("2024-05-06T07:08:09.123+02:00");
  });

  test("schema: Dokumentsteckbrief placeholder (configurable) and the default field for an empty structure", async () => {
    const { data, diagnostics } = await up(fixture2("0102-stammdatenschema-minimal.xml"), { dokumentsteckbriefId: "D00000000001" });
    if (data.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error();
    expect(data.stammdatenschema.dokumentsteckbrief).toEqual({ id: "D00000000001" });
    const only = data.stammdatenschema.struktur[0]?.enthaelt;
    expect(only !== undefined && "datenfeld" in only && only.datenfeld.identifikation.id).toBe("F60000000001");
    expect(diagnostics.filter((d) => d.code === "conversion-default").map((d) => (d.params as { element: string }).element)).toEqual([
      "dokumentsteckbrief",
      "struktur",
    ]);
    const back = convertXdf3ToXdf2(data, { dokumentsteckbriefId: "D00000000001" });
    expect(back.data?.nachricht.kind === "xdatenfelder.stammdatenschema.0102" && back.data.nachricht.stammdatenschema.struktur).toEqual([]);
  });

  test("Dokumentsteckbrief 0101: isReferenz ↔ istAbstrakt, dokumentart by label or 999", async () => {
    const { data } = await up(fixture2("0101-dokumentsteckbrief-maximal.xml"));
    if (data.kind !== "xdatenfelder.dokumentsteckbrief.0101") throw new Error();
    expect(data.dokumentsteckbrief.dokumentart.code).toBe("001");
    expect(data.dokumentsteckbrief.istAbstrakt).toBe("true");
    const unknown = await up(fixture2("0101-dokumentsteckbrief-minimal.xml"));
    if (unknown.data.kind !== "xdatenfelder.dokumentsteckbrief.0101") throw new Error();
    expect(unknown.data.dokumentsteckbrief.dokumentart.code).toBe("999");
    expect(unknown.diagnostics.some((d) => d.code === "not-representable")).toBe(true);
  });

  test("Codeliste 0105: the genericode passes through, the 2.0 metadata is reported", async () => {
    const { data, diagnostics } = await up(fixture2("0105-codeliste-maximal.xml"));
    if (data.kind !== "xdatenfelder.codeliste.0105") throw new Error();
    expect(data.genericode.inhalt).toHaveLength(1);
    expect(diagnostics.filter((d) => d.code === "not-representable").length).toBeGreaterThanOrEqual(4);
  });

  test("down: what 2.0 cannot hold is reported — relations, keywords, file constraints, vorbefuellung, new codes", () => {
    const f = fixture3("0104-datenfeld-maximal.xml");
    const r = convertXdf3ToXdf2({
      ...(f as v3.DatenfeldNachricht),
      datenfeld: { ...feld3(f), feldart: { code: "hidden" }, datentyp: { code: "datetime" } },
    });
    const elements = new Set(
      r.diagnostics.filter((d) => d.code === "not-representable").map((d) => (d.params as { element: string }).element),
    );
    for (const e of ["feldart", "datentyp", "maxSize", "mediaType", "relation", "stichwort", "vorbefuellung"])
      expect(elements).toContain(e);
    const d = r.data === undefined ? undefined : feld2(r.data.nachricht);
    expect([d?.feldart.code, d?.datentyp.code]).toEqual(["input", "text"]);
    for (const x of r.diagnostics) expect(x.stage).toBe("convert");
  });

  test("down: 0106 has no 2.0 counterpart", () => {
    const r = convertXdf3ToXdf2(fixture3("0106-uebersetzung-minimal.xml"));
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: "not-representable", severity: "error", stage: "convert" });
  });

  test("every 3.0.0 fixture message 0101–0105 converts to a 2.0 message that serializes and parses cleanly", () => {
    for (const name of [
      "0101-dokumentsteckbrief",
      "0102-stammdatenschema",
      "0103-datenfeldgruppe",
      "0104-datenfeld",
      "0105-codeliste",
    ].flatMap((b) => [`${b}-minimal.xml`, `${b}-maximal.xml`])) {
      const r = convertXdf3ToXdf2(fixture3(name));
      expect(r.success, name).toBe(true);
      if (!r.success) continue;
      const back = v2.safeParse(v2.serialize(r.data.nachricht));
      expect(
        back.diagnostics.filter((d) => d.severity === "error"),
        name,
      ).toEqual([]);
    }
  });
});

describe("String.Latin", () => {
  test("the XSD pattern: combining sequences are Latin, ≤ and NBSP are not; replacements are reported", async () => {
    expect(isStringLatin("Müller M\u0302 €")).toBe(true);
    expect(nonLatinCharacters("a\u00a0b ≤ \u0302")).toEqual(["\u00a0", "≤", "\u0302"]);
    expect(toStringLatin("„x“\u00a0≤ ☃")).toEqual({ text: "'x' <= ☃", replaced: ["„", "“", "\u00a0", "≤"], kept: ["☃"] });
    const { data, diagnostics } = await up(withFeld(fixture2("0104-datenfeld-maximal.xml"), { name: "„Name“" }));
    expect(feld3(data).name).toBe("'Name'");
    expect(diagnostics.some((d) => d.code === "not-representable" && (d.params as { element: string }).element === "/datenfeld/name")).toBe(
      true,
    );
  });
});
