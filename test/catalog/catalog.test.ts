import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Catalog, keysInText, parseMapping } from "../../src/catalog/index.ts";
import { safeParseLeikaCsvSync } from "../../src/leika/index.ts";
import { cli } from "../cli/support.ts";
import { CORPUS, describeShared, REPO_ROOT } from "../support/shared.ts";

const FIX = join(REPO_ROOT, "fixtures");
const HUND = join(FIX, "catalog/hundesteuer");

function load(files: readonly string[]): Catalog {
  const c = new Catalog();
  for (const f of files) {
    const r = c.add(readFileSync(join(FIX, f)), { file: f });
    expect(r.success, `${f}: ${r.diagnostics.map((d) => d.message).join("; ")}`).toBe(true);
  }
  return c;
}

const ALL = [
  "catalog/hundesteuer/leika.csv",
  "catalog/hundesteuer/leistungen.xzufi.xml",
  "catalog/hundesteuer/prozesse.xprozess.xml",
  "catalog/hundesteuer/hundesteuer.mapping.json",
  "demo/hundesteuer-anmeldung.xdf3.xml",
  "fim-download/S99000000001V1.0.0_xdf3.xml",
  "fim-download/C99000000001_genericode.xml",
];

describe("catalog across LeiKa, XZuFi, XProzess and XDatenfelder", () => {
  it("links a key to its Leistung, process, schema and code lists, each with its evidence", () => {
    const c = load(ALL);
    expect(c.summary()).toMatchObject({
      files: 7,
      keys: 2,
      objects: { leika: 2, "xzufi-leistung": 2, prozessklasse: 1, prozess: 1, stammdatenschema: 2, codeliste: 1 },
    });
    // any of the three written forms of the key
    const v = c.lookup("99.125.001.012.000").data;
    expect(v?.key).toBe("99125001012000");
    expect(v?.leika.map((o) => o.name)).toEqual(["Hundesteuer Anmeldung"]);
    expect(v?.leistungen.map((o) => o.id)).toEqual(["B100019:99125001012000"]);
    expect(v?.prozessklassen.map((o) => o.id)).toEqual(["99125001012000"]);
    expect(v?.prozesse.map((o) => o.version)).toEqual(["1.0.0"]);
    expect(v?.stammdatenschemata.map((o) => o.id)).toEqual(["S99000000101"]);
    const evidence = new Set(v?.links.map((l) => `${l.from.kind}:${l.evidence}`));
    expect(evidence).toEqual(
      new Set([
        "xzufi-leistung:reference",
        "prozessklasse:same-key",
        "prozess:same-key",
        "prozess:reference", // Auslöser → D99000000001
        "stammdatenschema:text", // "Leistungsschlüssel: 99125001012000" in the schema's beschreibung
        "stammdatenschema:mapping",
        "dokumentsteckbrief:mapping",
        "stammdatenschema:reference", // S99000000101 → D99000000001
      ]),
    );
    const other = c.lookup("urn:de:fim:leika:leistung:99125001071000").data;
    expect(other?.stammdatenschemata.map((o) => o.id)).toEqual(["S99000000001"]);
    expect(other?.codelisten.map((o) => `${o.id}@${o.version}`)).toEqual(["urn:xoev-de:test:codeliste:land@2024-01-01"]);
  });

  it("finds the schemas that use a field, a group or a code list", () => {
    const c = load(ALL);
    expect(c.schemasUsingElement("G99000000001").map((o) => o.id)).toEqual(["S99000000001"]);
    expect(c.schemasUsingElement("F99000000003").map((o) => o.id)).toEqual(["S99000000001"]);
    expect(c.schemasUsingElement("F00000000000")).toEqual([]);
    expect(c.schemasUsingCodeList("urn:xoev-de:test:codeliste:land").map((o) => o.id)).toEqual(["S99000000001"]);
  });

  it("says what is missing", () => {
    const full = load(ALL);
    expect(full.gaps()).toEqual([{ kind: "leistung-without-process", key: "99125001071000" }]);
    // without the code list file, without the mapping, without the Abmeldung row in LeiKa
    const c = new Catalog();
    for (const f of ALL.filter((f) => !f.endsWith("genericode.xml") && !f.endsWith(".json") && !f.endsWith(".csv"))) {
      c.add(readFileSync(join(FIX, f)), { file: f });
    }
    c.add("Schluessel;Bezeichnung\n99125001012000;Hundesteuer Anmeldung\n", { file: "eine-zeile.csv" });
    const kinds = c.gaps().map((g) => `${g.kind}:${"key" in g ? g.key : "schema" in g ? g.codeList.id : g.dokumentsteckbrief}`);
    expect(kinds).toEqual([
      "leistung-without-schema:99125001071000",
      "leistung-without-process:99125001071000",
      "key-not-in-leika:99125001071000",
      "code-list-missing:urn:xoev-de:test:codeliste:land",
    ]);
  });

  it("a process naming an unknown Dokumentsteckbrief is a gap; document names in formularID are not links", () => {
    const xml = readFileSync(join(HUND, "prozesse.xprozess.xml"), "utf8")
      .replace("<xprozess:formularID>D99000000001</xprozess:formularID>", "<xprozess:formularID>D99000000777</xprozess:formularID>")
      .replace("<xprozess:textuelleBeschreibung>", "<xprozess:textuelleBeschreibung>");
    expect(xml).toContain("D99000000777");
    const c = new Catalog();
    expect(c.add(xml, { file: "p.xml" }).success).toBe(true);
    expect(c.gaps()).toContainEqual({
      kind: "dokumentsteckbrief-unresolved",
      from: { kind: "prozess", id: "99125001012000", version: "1.0.0" },
      dokumentsteckbrief: "D99000000777",
    });
    const named = new Catalog();
    named.add(xml.replace("D99000000777", "Antrag auf Anmeldung"), { file: "p.xml" });
    expect(named.links.filter((l) => l.to.kind === "dokumentsteckbrief")).toEqual([]);
  });

  it("keys in free text: 14 digits on their own, each once", () => {
    expect(keysInText("Leistungsschlüssel: 99006047261000; LeiKa-ID(s) (99108001001000), again 99006047261000")).toEqual([
      "99006047261000",
      "99108001001000",
    ]);
    expect(keysInText("990060472610001 and 9900604726100 are no keys")).toEqual([]);
  });

  it("mapping files: problems are diagnostics with their JSON path", () => {
    expect(parseMapping("{", "m.json").diagnostics[0]?.message).toMatch(/not JSON/);
    const wrongKey = parseMapping('{"fimCatalogMapping":1,"links":[{"leistungsschluessel":"123"}]}', "m.json");
    expect(wrongKey.success).toBe(false);
    expect(wrongKey.diagnostics[0]).toMatchObject({ path: "/links/0/leistungsschluessel", file: "m.json" });
    const unknownField = parseMapping('{"fimCatalogMapping":1,"links":[{"leistungsschluessel":"99125001012000","schema":"S1"}]}', "m.json");
    expect(unknownField.success).toBe(false);
    expect(unknownField.diagnostics[0]?.path).toBe("/links/0");
    expect(parseMapping(new Uint8Array([0x7b, 0xff]), "m.json").diagnostics[0]?.code).toBe("invalid-byte-sequence");
  });

  it("a file of an unknown namespace fails and adds nothing", () => {
    const c = new Catalog();
    const r = c.add('<x xmlns="urn:other"/>', { file: "x.xml" });
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]?.code).toBe("unknown-namespace");
    expect(c.files).toEqual([]);
  });
});

describe("fim-xoev catalog", () => {
  const ARGS = ["fixtures/catalog/hundesteuer", "fixtures/demo", "fixtures/fim-download"];

  it("lists every key with what is linked to it", async () => {
    const r = await cli(["catalog", ...ARGS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^7 files indexed in \d+ ms: 2 Leistungsschlüssel/);
    expect(r.stdout).toContain("  Stammdatenschema: S99000000101 v1.0.0");
  });

  it("--key as JSON, --field, --code-list, --gaps", async () => {
    const key = await cli(["catalog", ...ARGS, "--key", "99125001012000", "--format", "json"]);
    expect(key.code).toBe(0);
    expect(JSON.parse(key.stdout).prozessklassen[0].name).toBe("Hundesteuer Anmeldung");
    expect((await cli(["catalog", ...ARGS, "--field", "F99000000003"])).stdout).toContain("S99000000001 v1.0.0");
    expect((await cli(["catalog", ...ARGS, "--code-list", "urn:xoev-de:test:codeliste:land"])).stdout).toContain("S99000000001");
    const gaps = await cli(["catalog", ...ARGS, "--gaps"]);
    expect(gaps.stdout).toBe("99125001071000: no Prozessklasse or Prozess is linked to this Leistung\n");
  });

  it("a key nobody knows exits 1, a malformed key or no folder 2", async () => {
    expect((await cli(["catalog", ...ARGS, "--key", "99000000000000"])).code).toBe(1);
    expect((await cli(["catalog", ...ARGS, "--key", "12"])).code).toBe(2);
    expect((await cli(["catalog"])).code).toBe(2);
  });
});

describeShared("catalog on the whole shared corpus", () => {
  it("indexes every file it can read and lists every LeiKa key", async () => {
    const started = performance.now();
    const r = await cli(["catalog", CORPUS, "--leika-columns", "Bezeichnung,Behoerde,Schluessel", "--format", "json"]);
    const ms = performance.now() - started;
    const out = JSON.parse(r.stdout) as {
      summary: { objects: Record<string, number>; keys: number };
      keys: { key: string; leika: unknown[] }[];
    };
    // The LeiKa CSV of the corpus (no header row: its columns are named) rejects its rows without a key (exit 1);
    // every other file is indexed.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("kein Leistungsschlüssel");
    expect(out.summary.objects.stammdatenschema).toBeGreaterThanOrEqual(70);
    expect(out.summary.objects.leika).toBeGreaterThanOrEqual(90);
    expect(out.summary.objects.prozessklasse).toBe(1);
    const leikaKeys = out.keys.filter((k) => k.leika.length > 0).map((k) => k.key);
    const csv = safeParseLeikaCsvSync(
      readFileSync(join(CORPUS, "leika/cssaascomde__eah/src__test__resources__basicdata__Leistungen.csv")),
      {
        columns: ["Bezeichnung", "Behoerde", "Schluessel"],
      },
    );
    expect(leikaKeys).toEqual([...new Set(csv.data?.eintraege.map((e) => e.schluessel))].sort());
    expect(out.keys.find((k) => k.key === "99006028261000")).toBeDefined();
    console.log(`catalog: ${CORPUS}: ${out.summary.keys} keys, ${JSON.stringify(out.summary.objects)} in ${Math.round(ms)} ms`);
  }, 120_000);
});
