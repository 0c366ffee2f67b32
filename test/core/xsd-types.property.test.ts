/**
 * The datatypes module against libxml2 (the engine of the XSD stage): for every built-in type and every pattern
 * the standards use, generated values get the same verdict from `checkSimpleValue` as from libxml2-wasm
 * validating a one-element document against a tiny in-memory XSD. Needs no shared folder: the XSDs are written here.
 */
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { createXsdValidator, type XsdValidator } from "../../src/core/validation/xsd.ts";
import { checkSimpleValue, type SimpleTypeDef, STRING_LATIN, simpleType, XS } from "../../src/core/xsd-types/index.ts";

const enc = (s: string) => new TextEncoder().encode(s);
function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}

/** An XSD with element `v` of the type, restricted by the facets of `def`. */
function schemaFor(def: SimpleTypeDef): string {
  const facets: string[] = [];
  for (const p of def.patterns ?? []) facets.push(`<xs:pattern value="${escapeAttr(p)}"/>`);
  for (const e of def.enumeration ?? []) facets.push(`<xs:enumeration value="${escapeAttr(e)}"/>`);
  for (const f of ["length", "minLength", "maxLength", "minInclusive", "maxInclusive", "totalDigits", "fractionDigits"] as const) {
    if (def[f] !== undefined) facets.push(`<xs:${f} value="${def[f]}"/>`);
  }
  const latin = def.stringLatin === true ? `<xs:import namespace="urn:latin" schemaLocation="latin.xsd"/>` : "";
  const base = def.stringLatin === true ? "l:String.Latin" : `xs:${def.base}`;
  const type = `<xs:simpleType><xs:restriction base="${base}">${facets.join("")}</xs:restriction></xs:simpleType>`;
  if (def.fixed !== undefined) {
    // fixed values are declared on attributes in the standards (listURI, listVersionID)
    return `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="v"><xs:complexType>
  <xs:attribute name="a" fixed="${escapeAttr(def.fixed)}">${type}</xs:attribute></xs:complexType></xs:element></xs:schema>`;
  }
  return `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:l="urn:latin">${latin}
  <xs:element name="v">${type}</xs:element>
</xs:schema>`;
}

/** String.Latin 1.1 as latinchars.xsd writes it (the character class and sequences, transcribed). */
const LATIN_XSD = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:latin"><xs:simpleType name="String.Latin"><xs:restriction base="xs:string"><xs:pattern value="(([&#x9;-&#xa;&#xd;&#x20;-&#x7e;&#xa1;-&#xac;&#xae;-&#x107;&#x10a;-&#x11b;&#x11e;-&#x123;&#x126;-&#x131;&#x134;-&#x15b;&#x15e;-&#x16b;&#x16e;-&#x17e;&#x18f;&#x1a0;-&#x1a1;&#x1af;-&#x1b0;&#x1b7;&#x1cd;-&#x1d4;&#x1de;-&#x1df;&#x1e4;-&#x1f0;&#x1f4;-&#x1f5;&#x1fa;-&#x1ff;&#x218;-&#x21b;&#x21e;-&#x21f;&#x22a;-&#x22b;&#x22e;-&#x233;&#x259;&#x292;&#x1e02;-&#x1e03;&#x1e0a;-&#x1e0b;&#x1e10;-&#x1e11;&#x1e1e;-&#x1e21;&#x1e24;-&#x1e27;&#x1e30;-&#x1e31;&#x1e40;-&#x1e41;&#x1e44;-&#x1e45;&#x1e56;-&#x1e57;&#x1e60;-&#x1e63;&#x1e6a;-&#x1e6b;&#x1e80;-&#x1e85;&#x1e8c;-&#x1e93;&#x1e9e;&#x1ea0;-&#x1ea7;&#x1eaa;-&#x1eac;&#x1eae;-&#x1ec1;&#x1ec4;-&#x1ed3;&#x1ed6;-&#x1edd;&#x1ee4;-&#x1ef9;&#x20ac;])|(&#x4d;&#x302;|&#x4e;&#x302;|&#x6d;&#x302;|&#x6e;&#x302;|&#x44;&#x302;|&#x64;&#x302;|&#x4a;&#x30c;|&#x4c;&#x302;|&#x6c;&#x302;))*"/></xs:restriction></xs:simpleType></xs:schema>`;

const validators = new Map<string, XsdValidator>();
async function validatorFor(def: SimpleTypeDef): Promise<XsdValidator> {
  const xsd = schemaFor(def);
  let v = validators.get(xsd);
  if (v === undefined) {
    v = await createXsdValidator(
      { id: `xsd-types-${validators.size}`, entry: "a.xsd", files: { "a.xsd": enc(xsd), "latin.xsd": enc(LATIN_XSD) } },
      { cache: false, optimizePatterns: false, engine: "libxml2" },
    );
    validators.set(xsd, v);
  }
  return v;
}

/** libxml2's verdict on `value` as element content (as attribute `a` for a fixed value). */
function libxml2(v: XsdValidator, value: string, def?: SimpleTypeDef): boolean {
  if (def?.fixed !== undefined) return v.validate(`<v a="${escapeAttr(value)}"/>`).valid;
  return v.validate(`<v>${escapeText(value)}</v>`).valid;
}

// --- generators --------------------------------------------------------------------------------------------

const ws = fc.constantFrom("", "", "", " ", "\t", "\n", "  ");
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const twoDigits = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0")),
  digits(1, 3),
);
const year = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, "0")),
  fc.constantFrom("0000", "00000", "10000", "2147483647", "2147483648", "02024", "24", "1900", "2000", "2024", "2023"),
  digits(1, 12),
);
const tz = fc.oneof(
  fc.constant(""),
  fc.constant("Z"),
  fc.tuple(fc.constantFrom("+", "-"), twoDigits, twoDigits).map(([s, h, m]) => `${s}${h}:${m}`),
  fc.constantFrom("+14:00", "-14:00", "+14:01", "+13:59", "z", "+1:00", "+0100"),
);
const fraction = fc.oneof(
  fc.constant(""),
  digits(0, 4).map((d) => `.${d}`),
);
const dateOf = fc.tuple(fc.constantFrom("", "", "-", "+"), year, twoDigits, twoDigits).map(([s, y, m, d]) => `${s}${y}-${m}-${d}`);
const timeOf = fc.tuple(twoDigits, twoDigits, twoDigits, fraction).map(([h, m, s, f]) => `${h}:${m}:${s}${f}`);
const realisticDate = fc
  .tuple(fc.integer({ min: 1896, max: 2104 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const realisticTime = fc
  .tuple(
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom("", ".0", ".00", ".5"),
  )
  .map(([h, m, s, f]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}${f}`);
const padded = (g: fc.Arbitrary<string>) => fc.tuple(ws, g, ws).map(([a, b, c]) => a + b + c);
const noise = (alphabet: string, max = 12) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength: max });

const GENERATORS: Record<string, fc.Arbitrary<string>> = {
  date: fc.oneof(
    padded(fc.tuple(dateOf, tz).map(([a, b]) => a + b)),
    fc.tuple(realisticDate, tz).map(([a, b]) => a + b),
    noise("0123456789-:+TZ "),
  ),
  time: fc.oneof(
    padded(fc.tuple(timeOf, tz).map(([a, b]) => a + b)),
    fc.tuple(realisticTime, tz).map(([a, b]) => a + b),
    noise("0123456789:.+-Z "),
  ),
  dateTime: fc.oneof(
    padded(fc.tuple(dateOf, fc.constantFrom("T", "T", "t", " "), timeOf, tz).map((p) => p.join(""))),
    fc.tuple(realisticDate, realisticTime, tz).map(([d, t, z]) => `${d}T${t}${z}`),
    noise("0123456789-:.T+Z "),
  ),
  gYear: fc.oneof(padded(fc.tuple(fc.constantFrom("", "-"), year, tz).map((p) => p.join(""))), noise("0123456789-+Z:")),
  decimal: fc.oneof(padded(noise("0123456789.+-", 8)), padded(fc.double({ noNaN: true }).map(String)), noise("0123456789.e+- \t٣")),
  integer: fc.oneof(padded(noise("0123456789+-", 8)), padded(fc.bigInt().map(String)), noise("0123456789.+- ١")),
  boolean: fc.oneof(padded(fc.constantFrom("true", "false", "1", "0", "TRUE", "yes", "", "01")), noise("truefals10 ")),
  anyURI: fc.oneof(
    fc.webUrl({ withFragments: true, withQueryParameters: true }),
    noise("ab:/?#[]@!$&'()*+,;=%2F-._~ 1<>\"{}|\\^`äЖ\t", 16),
    fc.tuple(fc.constantFrom("http://", "urn:", "//", "", "mailto:", "a:"), noise("ab:/?#[]@%9Z1.-", 10)).map(([a, b]) => a + b),
  ),
};
GENERATORS.nonNegativeInteger = GENERATORS.integer as fc.Arbitrary<string>;
GENERATORS.positiveInteger = GENERATORS.integer as fc.Arbitrary<string>;
GENERATORS.int = fc.oneof(
  GENERATORS.integer as fc.Arbitrary<string>,
  fc.constantFrom("2147483647", "2147483648", "-2147483648", "-2147483649", "+02147483647"),
);
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.string({ unit: fc.constantFrom(..."aZ09 -.:*/+_äßŁ€\u0302\u030c\u00a0\u2013≤MNmnDdJLl\t\n"), maxLength: 10 }),
);
GENERATORS.string = anyText;
GENERATORS.token = anyText;

/** The patterns and derived types of the XDatenfelder XSDs (2.0 and 3.0.0), each with values around it. */
const DERIVED: readonly { def: SimpleTypeDef; gen: fc.Arbitrary<string> }[] = [
  { def: simpleType({ name: "AnzahlString", base: "string", patterns: ["\\d+:(\\*|\\d+)"] }), gen: noise("0123456789:*-  ١٢", 8) },
  { def: simpleType({ name: "VersionString 3", base: "string", patterns: ["\\d+\\.\\d+\\.\\d+"] }), gen: noise("0123456789.a ٣", 10) },
  { def: simpleType({ name: "VersionString 2", base: "string", patterns: ["\\d+\\.\\d+"] }), gen: noise("0123456789.a ٣", 8) },
  { def: simpleType({ name: "PatternString", base: "token", patterns: ["\\w+/[-+.\\w]+"] }), gen: noise("ap/+-._ *;\tä€٣", 10) },
  { def: simpleType({ name: "CountryCode", base: "token", patterns: ["[A-Z]{2}"] }), gen: noise("ADZaÄ ", 4) },
  {
    def: simpleType({ name: "Language", base: "token", minLength: 2, maxLength: 3, patterns: ["[a-z]{2,3}"] }),
    gen: noise("deäA ", 5),
  },
  {
    def: simpleType({ name: "LanguageVariant", base: "token", patterns: ["simple"] }),
    gen: fc.oneof(noise("simple ", 8), padded(fc.constant("simple"))),
  },
  { def: STRING_LATIN, gen: anyText },
  {
    def: simpleType({ name: "Feldart", base: "token", enumeration: ["input", "select", "label"] }),
    gen: padded(fc.constantFrom("input", "select", "label", "Input", "in put", "")),
  },
  {
    def: simpleType({ name: "fixed listURI", base: "anyURI", fixed: "urn:x:y" }),
    gen: padded(fc.constantFrom("urn:x:y", "urn:x:z", "urn:x: y", "")),
  },
  { def: simpleType({ name: "maxLength 5", base: "string", maxLength: 5 }), gen: anyText },
];

const CASES: { def: SimpleTypeDef; gen: fc.Arbitrary<string> }[] = [
  ...Object.entries(GENERATORS).map(([b, gen]) => ({ def: XS[b as keyof typeof XS], gen })),
  ...DERIVED,
];

const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

afterAll(() => {
  for (const v of validators.values()) v.dispose();
});

describe("xsd-types: the model's verdict equals libxml2's on generated values", () => {
  for (const { def, gen } of CASES) {
    test(`${def.name}`, async () => {
      const v = await validatorFor(def);
      fc.assert(
        fc.property(
          gen.filter((s) => XML_CHAR.test(s)),
          (value) => {
            const ours = checkSimpleValue(def, value) === undefined;
            expect({ value, valid: ours }).toEqual({ value, valid: libxml2(v, value, def) });
          },
        ),
        { numRuns: Number(process.env.FIM_XOEV_PROPERTY_RUNS ?? 400) },
      );
    });
  }
});

describe("xsd-types: the values the issues name", () => {
  test.each([
    ["date", "2024-02-31", false],
    ["date", "2024-02-29", true],
    // libxml2 takes trailing white space after a dateTime's time zone, and only there (seed -655201383)
    ["dateTime", "0001-01-01T00:00:00Z\t", true],
    ["dateTime", "2024-01-01T10:00:00+01:00 ", true],
    ["dateTime", "2024-01-01T10:00:00\t", false],
    ["dateTime", " 2024-01-01T10:00:00Z", false],
    ["date", "2023-02-29", false],
    ["date", "2024-13-45", false],
    ["dateTime", "2024-99-99T99:99:99", false],
    ["dateTime", "2024-01-01T24:00:00", true],
    ["time", "24:00:00", true],
    ["time", "24:00:01", false],
    ["positiveInteger", "0", false],
    ["nonNegativeInteger", "-0", true],
  ] as const)("%s %s → %s", async (type, value, valid) => {
    expect(checkSimpleValue(XS[type], value) === undefined).toBe(valid);
    expect(libxml2(await validatorFor(XS[type]), value)).toBe(valid);
  });
  test("anzahl 0-1 is not an AnzahlString", () => {
    const anzahl = DERIVED[0]?.def as SimpleTypeDef;
    expect(checkSimpleValue(anzahl, "0-1")).toEqual({ facet: "pattern", expected: "pattern \\d+:(\\*|\\d+)" });
    expect(checkSimpleValue(anzahl, "0:1")).toBeUndefined();
  });
});
