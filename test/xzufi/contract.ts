/**
 * The contract every XZuFi version module passes: maximal and minimal fixtures pinned as XML files and read
 * back losslessly, builder output for every Leistungstyp × Typisierung read back equal, deterministic
 * serialization, fast-check round trips, and the tolerant-reader diagnostics.
 */
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ComplexType } from "../../src/core/binding/types.ts";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { XoevError } from "../../src/core/errors.ts";
import type { Result } from "../../src/core/result.ts";
import { TYPISIERUNG_VALUES } from "../../src/leika/codes.ts";
import type { LeikaEintrag } from "../../src/leika/csv.ts";
import { parseLeistungsschluessel } from "../../src/leika/key.ts";
import { REPO_ROOT } from "../leika/shared.ts";
import { maximalInstance } from "./maximal.ts";

/** What the contract needs of a version module (the model types differ per version). */
// biome-ignore lint/suspicious/noExplicitAny: the contract is shared by versions with different model types
type Any = any;
export interface XZuFiVersionModule {
  readonly NAMESPACE: string;
  readonly VERSION: string;
  readonly binding: Record<string, unknown> & { readonly Nachricht: ComplexType; readonly Leistung: ComplexType };
  safeParse(xml: string | Uint8Array, options?: Any): Result<Any>;
  parse(xml: string | Uint8Array, options?: Any): Any;
  safeParseLeistung(xml: string | Uint8Array, options?: Any): Result<Any>;
  serialize(nachricht: Any, options?: Any): string;
  serializeLeistung(leistung: Any, options?: Any): string;
  validate(nachricht: Any, options?: { requireXsd?: boolean }): { valid: boolean; validity: string; diagnostics: readonly Diagnostic[] };
  validateLeistung(
    leistung: Any,
    options?: { requireXsd?: boolean },
  ): { valid: boolean; validity: string; diagnostics: readonly Diagnostic[] };
  createNachricht(input: Any): Any;
  safeCreateLeistung(input: unknown): Result<Any>;
  createLeistung(input: Any): Any;
  createLeistungFromLeika(eintrag: LeikaEintrag, options?: Any): Any;
  safeCreateLeistungFromLeika(eintrag: LeikaEintrag, options?: Any): Result<Any>;
  createNachrichtFromLeika(eintraege: Iterable<LeikaEintrag>, options?: Any): Any;
}

/** Folder of a version's fixtures, e.g. `fixtures/xzufi/v2_2_0`. */
export function fixtureDir(folder: string): string {
  return join(REPO_ROOT, "fixtures", "xzufi", folder);
}

const SCHREIBE_OBJEKTE = [
  "leistung",
  "organisationseinheit",
  "zustaendigkeitTransferObjekt",
  "spezialisierung",
  "onlinedienst",
  "formular",
];

/** Exactly-one groups of the bindings (optional alternatives the rules require exactly one of). */
const ALTERNATIVES = [
  ["fristauswahl", ["fristDauer", "fristStichtag"]],
  ["kostenauswahl", ["kostenFix", "kostenFrei", "kostenVariabel"]],
] as const;

/** Replaces every list item whose choice holds several alternatives by one copy per alternative. */
function oneAlternativeEach(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const v = oneAlternativeEach(item);
      if (typeof v !== "object" || v === null) return [v];
      for (const [holder, names] of ALTERNATIVES) {
        const choice = (v as Record<string, unknown>)[holder] as Record<string, unknown> | undefined;
        if (choice === undefined) continue;
        const present = names.filter((n) => choice[n] !== undefined);
        if (present.length < 2) continue;
        return present.map((n) => {
          const single: Record<string, unknown> = { ...choice };
          for (const other of names) if (other !== n) delete single[other];
          return { ...(v as Record<string, unknown>), [holder]: single };
        });
      }
      return [v];
    });
  }
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneAlternativeEach(v)]));
}

/** A maximal transfer message: one `schreibe` per object type of the version and one `loesche`. */
export function maximalNachricht(x: XZuFiVersionModule, adjustLeistung: (l: Record<string, unknown>) => void): Record<string, unknown> {
  const b = x.binding as Record<string, ComplexType>;
  const nachricht = maximalInstance(x.binding.Nachricht);
  const schreibe = maximalInstance(b.Schreibe as ComplexType, 1000);
  const operation: Record<string, unknown>[] = [];
  let n = 2000;
  for (const name of SCHREIBE_OBJEKTE) {
    const field = (b.Schreibe as ComplexType).fields.find((f) => f.kind === "element" && f.name === name);
    if (field === undefined || field.kind !== "element") continue;
    const obj = maximalInstance(field.type as ComplexType, (n += 1000));
    if (name === "leistung") adjustLeistung(obj);
    operation.push({
      schreibe: {
        transaktionID: schreibe.transaktionID,
        transaktionPosition: schreibe.transaktionPosition,
        [name]: oneAlternativeEach(obj),
      },
    });
  }
  const loesche = maximalInstance(b.Loesche as ComplexType, 9000);
  operation.push({ loesche: { ...loesche, klasse: "Leistung" } });
  return { ...nachricht, xzufiVersion: x.VERSION, operation, elementName: "xzufiTransfernachricht" };
}

const KEYS = { LO: "99001003000000", LOV: "99050012104000", LOVD: "99138002016001" } as const;

function eintrag(schluessel: string, typisierung: readonly string[], zeile: number, bezeichnung = `Leistung ${schluessel}`): LeikaEintrag {
  return {
    zeile,
    schluessel: parseLeistungsschluessel(schluessel),
    bezeichnung,
    bezeichnung2: `${bezeichnung} (bürgerfreundlich)`,
    typ: typisierung.join(";"),
    typisierung: typisierung as LeikaEintrag["typisierung"],
    besondereMerkmale: [],
    synonyme: [],
    weitereSpalten: {},
  };
}

function withoutElementName<T extends Record<string, unknown>>(n: T): Omit<T, "elementName"> {
  const { elementName: _, ...rest } = n;
  return rest;
}

const xmlChar = fc
  .string({ unit: "grapheme", maxLength: 40 })
  .map((s) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "?"));

/** Runs the shared contract for one version. */
export function describeXZuFiVersion(x: XZuFiVersionModule, folder: string, adjustLeistung: (l: Record<string, unknown>) => void): void {
  const dir = fixtureDir(folder);

  describe(`XZuFi ${x.VERSION}: fixtures`, () => {
    test("the maximal message (every element of the binding) is pinned and read back losslessly", async () => {
      const model = maximalNachricht(x, adjustLeistung);
      const xml = x.serialize(model);
      await expect(xml).toMatchFileSnapshot(join(dir, "valid", "maximal.xml"));
      // the snapshot pins the file to `xml` (written on the first run, compared afterwards)
      const text = xml;
      const parsed = x.safeParse(text);
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.data).toEqual(model);
      // parse → serialize gives the very same bytes
      expect(x.serialize(parsed.data)).toBe(text);
      expect(x.validate(parsed.data, { requireXsd: false })).toMatchObject({ valid: true, validity: "valid-without-xsd", diagnostics: [] });
    });

    test("the minimal message is pinned", async () => {
      const model = x.createNachricht({ nachrichtenkopf: {} });
      expect(model).toEqual({ xzufiVersion: x.VERSION, nachrichtenkopf: {}, operation: [] });
      await expect(x.serialize(model)).toMatchFileSnapshot(join(dir, "valid", "minimal.xml"));
      expect(withoutElementName(x.parse(x.serialize(model)))).toEqual(model);
      expect(x.validate(model, { requireXsd: false })).toMatchObject({ valid: true, validity: "valid-without-xsd", diagnostics: [] });
      // no XSD validated the model: by default validate() does not call it valid, and says why
      const strict = x.validate(model) as unknown as { valid: boolean; validity: string; incomplete: readonly { stage: string }[] };
      expect(strict).toMatchObject({ valid: false, validity: "valid-without-xsd", incomplete: [{ stage: "xsd" }] });
    });
  });

  describe(`XZuFi ${x.VERSION}: builders`, () => {
    test("every Leistungstyp × Typisierung: LeiKa row → Leistung → XML → equal Leistung, deterministic, valid", () => {
      let zeile = 1;
      for (const [typ, key] of Object.entries(KEYS)) {
        for (const t of TYPISIERUNG_VALUES) {
          const leistung = x.createLeistungFromLeika(eintrag(key, [t], zeile++), {
            gueltigkeit: { beginn: "2024-01-01" },
            texte: { "06": "Volltext" },
          });
          const xml = x.serializeLeistung(leistung);
          expect(x.serializeLeistung(leistung)).toBe(xml);
          const back = x.safeParseLeistung(xml);
          expect(back.diagnostics, `${typ} ${t}`).toEqual([]);
          expect(back.data).toEqual(leistung);
          expect(leistung.struktur.xsiType).toBe(
            {
              LO: "LeistungsstrukturObjekt",
              LOV: "LeistungsstrukturObjektMitVerrichtung",
              LOVD: "LeistungsstrukturObjektMitVerrichtungUndDetail",
            }[typ],
          );
          expect(leistung.typisierung).toEqual([{ listURI: "urn:de:fim:leika:typisierung", code: t }]);
          expect(x.validateLeistung(leistung, { requireXsd: false })).toMatchObject({
            valid: true,
            validity: "valid-without-xsd",
            diagnostics: [],
          });
        }
      }
    });

    test("a catalogue becomes one transfer message (pinned XML), read back equal", async () => {
      const rows = Object.values(KEYS).map((k, i) => eintrag(k, [TYPISIERUNG_VALUES[i] as string, "2/3"], i + 1));
      const nachricht = x.createNachrichtFromLeika(rows, {
        schemeAgencyID: "S100001",
        produktbezeichnung: "fim-xoev",
        produkthersteller: "fim-xoev",
        nachrichtenkopf: { nachrichtUUID: "00000000-0000-4000-8000-000000000001", erstelltDatumZeit: "2024-01-31T12:00:00+01:00" },
      });
      const xml = x.serialize(nachricht);
      await expect(xml).toMatchFileSnapshot(join(dir, "valid", "leika-nachricht.xml"));
      expect(withoutElementName(x.parse(xml))).toEqual(nachricht);
      expect(x.validate(nachricht, { requireXsd: false }).valid).toBe(true);
    });

    test("fast-check: any LeiKa row survives build → serialize → parse", () => {
      const digits = fc.stringMatching(/^[0-9]{14}$/);
      fc.assert(
        fc.property(digits, fc.subarray([...TYPISIERUNG_VALUES]), xmlChar, xmlChar, (k, typisierung, bezeichnung, volltext) => {
          const row = { ...eintrag(k, typisierung, 1, bezeichnung) };
          const leistung = x.createLeistungFromLeika(row, { texte: { "06": volltext }, languageCode: "de-DE" });
          const back = x.safeParseLeistung(x.serializeLeistung(leistung));
          expect(back.data).toEqual(leistung);
        }),
        { numRuns: 150 },
      );
    });

    test("repeated keys in a catalogue are errors with the line, the rest is mapped", () => {
      const rows = [eintrag(KEYS.LO, ["1"], 1), eintrag(KEYS.LO, ["2"], 7), eintrag(KEYS.LOV, ["1"], 9)];
      expect(() => x.createNachrichtFromLeika(rows)).toThrow(XoevError);
      const r = (x as Any).safeCreateNachrichtFromLeika(rows);
      expect(r.success).toBe(false);
      expect(r.data.operation).toHaveLength(2);
      expect(r.diagnostics.map((d: Diagnostic) => [d.code, d.severity, d.location?.line, d.params])).toEqual([
        ["duplicate-key", "error", 7, { key: KEYS.LO, firstLine: 1 }],
      ]);
    });

    test("invalid builder input gives invalid-input diagnostics, the throwing form an XoevError", () => {
      const r = x.safeCreateLeistung({ idSekundaer: [{ value: 5 }], typisierung: "1" });
      expect(r.success).toBe(false);
      expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["invalid-input", "/leistung/id"],
        ["invalid-input", "/leistung/idSekundaer/0/value"],
        ["invalid-input", "/leistung/typisierung"],
      ]);
      expect(() => x.createLeistung({} as Any)).toThrow(XoevError);
      const bad = x.safeCreateLeistungFromLeika(eintrag(KEYS.LO, ["1"], 1), {
        gueltigkeit: { beginn: "31.01.2024" },
        languageCode: "deutsch!",
      });
      expect(bad.diagnostics.map((d) => [d.code, d.path])).toEqual([
        ["invalid-input", "/options/languageCode"],
        ["invalid-input", "/options/gueltigkeit/beginn"],
      ]);
    });

    test("createLeistung fills repeated elements left out with []", () => {
      const l = x.createLeistung({ id: { value: "L1", schemeAgencyID: "S100001" } });
      expect(l.id).toEqual({ value: "L1", schemeAgencyID: "S100001" });
      expect(l.modulText).toEqual([]);
      expect(l.sprachversion).toEqual([]);
      expect(x.validateLeistung(l).diagnostics.map((d) => [d.code, d.severity, d.ruleId])).toEqual([
        ["missing-element", "warning", "XZUFI-004"],
      ]);
    });
  });

  describe(`XZuFi ${x.VERSION}: tolerant reading`, () => {
    const ns = x.NAMESPACE;
    const doc = (body: string, root = "xzufiTransfernachricht", extra = "") =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<x:${root} xmlns:x="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xzufiVersion="${x.VERSION}"${extra}>\n<x:nachrichtenkopf/>\n${body}\n</x:${root}>\n`;

    test("unknown elements and attributes are warnings, kept and written back", () => {
      const xml = doc(
        `<x:schreibe><x:leistung neu="1"><x:id>L1</x:id><x:zukunft a="b">Text<x:tief/></x:zukunft></x:leistung></x:schreibe>`,
      );
      const r = x.safeParse(xml);
      expect(r.success).toBe(true);
      expect(r.diagnostics.map(({ code, severity, path, location }) => ({ code, severity, path, location }))).toEqual([
        {
          code: "unexpected-element",
          severity: "warning",
          path: "/xzufi:xzufiTransfernachricht/xzufi:schreibe/xzufi:leistung/xzufi:zukunft",
          location: { line: 4, column: 48 },
        },
        {
          code: "unexpected-attribute",
          severity: "warning",
          path: "/xzufi:xzufiTransfernachricht/xzufi:schreibe/xzufi:leistung/@neu",
          location: { line: 4, column: 25 },
        },
      ]);
      const again = x.safeParse(x.serialize(r.data));
      expect(again.data).toEqual(r.data);
      expect(x.serialize(r.data)).toContain('<xzufi:zukunft a="b">Text<xzufi:tief/></xzufi:zukunft>');
    });

    test("children out of the binding's order are accepted and reported as info", () => {
      const r = x.safeParse(
        doc(
          `<x:schreibe><x:leistung><x:modulText><x:leikaTextmodul><code>02</code></x:leikaTextmodul></x:modulText><x:id>L1</x:id></x:leistung></x:schreibe>`,
        ),
      );
      expect(r.success).toBe(true);
      expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["element-out-of-order", "info"]]);
      expect(r.data.operation[0].schreibe.leistung.id).toEqual({ value: "L1" });
    });

    test("errors: missing id, bad boolean, unknown xsi:type — with positions", () => {
      const r = x.safeParse(
        doc(
          `<x:schreibe><x:leistung><x:struktur xsi:type="x:Unbekannt"/></x:leistung></x:schreibe><x:schreibe><x:organisationseinheit><x:id>O1</x:id><x:externeOrganisationseinheitsermittlung>ja</x:externeOrganisationseinheitsermittlung></x:organisationseinheit></x:schreibe>`,
        ),
      );
      expect(r.success).toBe(false);
      expect(r.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
        ["missing-element", "error", "/xzufi:xzufiTransfernachricht/xzufi:schreibe[1]/xzufi:leistung/xzufi:id"],
        ["invalid-value", "error", "/xzufi:xzufiTransfernachricht/xzufi:schreibe[1]/xzufi:leistung/xzufi:struktur/@xsi:type"],
        [
          "invalid-value",
          "error",
          "/xzufi:xzufiTransfernachricht/xzufi:schreibe[2]/xzufi:organisationseinheit/xzufi:externeOrganisationseinheitsermittlung",
        ],
      ]);
      expect(r.diagnostics.every((d) => d.location?.line === 4)).toBe(true);
      expect(r.data).toBeDefined();
    });

    test("another namespace is fatal at the detect stage; a bare leistung needs safeParseLeistung", () => {
      const other = x.safeParse(`<a:b xmlns:a="urn:other"/>`);
      expect(other.diagnostics).toMatchObject([{ code: "unknown-namespace", severity: "fatal", stage: "detect" }]);
      const bare = `<x:leistung xmlns:x="${ns}"><x:id>L1</x:id></x:leistung>`;
      expect(x.safeParse(bare).diagnostics).toMatchObject([{ code: "unknown-root-element", severity: "fatal" }]);
      expect(x.safeParseLeistung(bare).data.id).toEqual({ value: "L1" });
    });

    test("the root element name is kept; DOCTYPE is rejected", () => {
      const r = x.safeParse(doc("", "offiziellerName"));
      expect(r.data.elementName).toBe("offiziellerName");
      expect(x.serialize(r.data)).toContain("<xzufi:offiziellerName ");
      expect(x.serialize(r.data, { rootElement: "anders" })).toContain("<xzufi:anders ");
      expect(x.safeParse(`<!DOCTYPE x [<!ENTITY e "e">]><x:a xmlns:x="${ns}"/>`).diagnostics).toMatchObject([
        { code: "doctype-not-allowed", severity: "fatal" },
      ]);
    });

    test("the namespace can be overridden for reading and writing", () => {
      const custom = "urn:example:xzufi-official";
      const model = x.createNachricht({ nachrichtenkopf: {} });
      const xml = x.serialize(model, { namespace: custom });
      expect(xml).toContain(`xmlns:xzufi="${custom}"`);
      expect(x.safeParse(xml).success).toBe(false);
      expect(withoutElementName(x.parse(xml, { namespace: custom }))).toEqual(model);
    });

    test("an xzufiVersion of another version is a warning", () => {
      const r = x.safeParse(doc("").replace(`xzufiVersion="${x.VERSION}"`, 'xzufiVersion="9.9"'));
      expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["invalid-value", "warning"]]);
    });
  });
}
