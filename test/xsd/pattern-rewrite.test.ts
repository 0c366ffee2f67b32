/**
 * The String.Latin pattern rewrite (src/core/validation/pattern-rewrite.ts) must accept and reject exactly
 * the strings the official pattern does, and diagnostics must read as with the official files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deterministicLatin, originalPatternsIn, rewritePatterns } from "../../src/core/validation/pattern-rewrite.ts";
import { createXsdValidator, type SchemaSet } from "../../src/core/validation/xsd.ts";
import { hasShared, STANDARDS } from "../support/shared.ts";

const OFFICIAL = ["xdatenfelder/3.0.0/latinchars.xsd", "xdatenfelder/2.0/latinchars.xsd", "xoev-common/latinchars/latinchars.xsd"];

/** A pattern of the String.Latin shape written for this test (not the official one). */
const OWN = "(([\t-\n\r -~À-ÿĀ-ž])|(M\u0302|n\u0302|J\u030c|ß\u0331))*";

function patternsOf(xsd: string): string[] {
  return [...xsd.matchAll(/<xs:pattern value="([^"]*)"/g)].map((m) =>
    (m[1] as string).replace(/&#x([0-9a-fA-F]+);|&#([0-9]+);/g, (_, h, d) => String.fromCodePoint(h ? Number.parseInt(h, 16) : Number(d))),
  );
}

const officialPatterns = hasShared ? OFFICIAL.flatMap((f) => patternsOf(readFileSync(join(STANDARDS, f), "utf8"))) : [];

/** XSD regexes are implicitly anchored; these patterns use no syntax that means something else in JS. */
const js = (p: string) => new RegExp(`^(?:${p})$`, "u");

/** Characters around every boundary of the pattern, plus the marks and a few far away. */
function alphabet(pattern: string): string[] {
  const cps = new Set<number>([0x0, 0x7f, 0x80, 0x300, 0x302, 0x30c, 0x331, 0x4e2d, 0x1f600, 0xfffd]);
  for (const ch of pattern) {
    const cp = ch.codePointAt(0) as number;
    for (const d of [-1, 0, 1]) if (cp + d >= 1 && cp + d <= 0x10ffff && (cp + d < 0xd800 || cp + d > 0xdfff)) cps.add(cp + d);
  }
  return [...cps].map((cp) => String.fromCodePoint(cp));
}

describe("deterministicLatin", () => {
  const cases = [{ name: "own pattern", pattern: OWN }, ...officialPatterns.map((pattern, i) => ({ name: OFFICIAL[i] ?? "", pattern }))];

  it.each(cases)("$name: the rewritten pattern accepts exactly the strings the original accepts", ({ pattern }) => {
    const rewritten = deterministicLatin(pattern);
    expect(rewritten).toBeDefined();
    expect(rewritten).not.toBe(pattern);
    const before = js(pattern);
    const after = js(rewritten as string);
    const chars = alphabet(pattern);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(after.test(s)).toBe(before.test(s));
      }),
      { numRuns: 3000 },
    );
    // Every base letter, alone, with its mark, with its mark twice, and with another mark.
    for (const s of ["M", "M\u0302", "M\u0302\u0302", "M\u030c", "J\u030c", "J\u0302", "\u0302", "aM\u0302b", "€", "ǅ", "\u00a0"]) {
      expect(after.test(s)).toBe(before.test(s));
    }
  });

  it("leaves patterns of other shapes alone", () => {
    for (const p of [
      "\\d+:(\\*|\\d+)",
      "[A-Z]{2}",
      "(([a-z])|(ab))*",
      "(([-a-z])|(b\u0302))*",
      "(([a-w])|(x\u0302))*",
      "(([a-z\u0302])|(b\u0302))*",
    ]) {
      expect(deterministicLatin(p)).toBeUndefined();
    }
  });
});

describe("rewritePatterns", () => {
  it("rewrites only pattern values of the String.Latin shape and keeps every other byte", () => {
    const xsd = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:simpleType name="L"><xs:restriction base="xs:string"><xs:pattern value="${OWN.replace(/[^ -~]/gu, (c) => `&#x${(c.codePointAt(0) as number).toString(16)};`)}"/></xs:restriction></xs:simpleType><xs:simpleType name="V"><xs:restriction base="xs:string"><xs:pattern value="\\d+"/></xs:restriction></xs:simpleType></xs:schema>`;
    const { bytes, rewrites } = rewritePatterns(new TextEncoder().encode(xsd));
    expect(rewrites).toEqual([{ original: OWN, compiled: deterministicLatin(OWN) }]);
    const out = new TextDecoder().decode(bytes);
    expect(patternsOf(out)).toEqual([deterministicLatin(OWN), "\\d+"]);
    expect(out.replace(/<xs:pattern value="[^"]*"/, "")).toBe(xsd.replace(/<xs:pattern value="[^"]*"/, ""));
  });

  it("leaves a schema that is not UTF-8 exactly as written (a lossy decoding would write U+FFFD into it)", () => {
    const pattern = OWN.replace(/[^ -~]/gu, (c) => `&#x${(c.codePointAt(0) as number).toString(16)};`);
    const xsd = `<?xml version="1.0" encoding="ISO-8859-1"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:simpleType name="L"><xs:restriction base="xs:string"><xs:pattern value="${pattern}"/><xs:enumeration value="Größe"/></xs:restriction></xs:simpleType></xs:schema>`;
    const latin1 = Uint8Array.from(xsd, (c) => c.charCodeAt(0));
    expect(rewritePatterns(latin1)).toEqual({ bytes: latin1, rewrites: [] });
    const invalid = new Uint8Array([...new TextEncoder().encode(xsd.replace("ISO-8859-1", "UTF-8").replace("Größe", "Gr")), 0xf6]);
    expect(rewritePatterns(invalid)).toEqual({ bytes: invalid, rewrites: [] });
  });

  it("maps rewritten patterns in messages back to the original", () => {
    const rw = [{ original: "ORIG", compiled: "NEW" }];
    expect(originalPatternsIn("not accepted by the pattern 'NEW'.", rw)).toBe("not accepted by the pattern 'ORIG'.");
    expect(originalPatternsIn("unrelated", rw)).toBe("unrelated");
  });
});

describe("libxml2 with the rewritten pattern", () => {
  const enc = new TextEncoder();
  const escaped = OWN.replace(/[^ -~]/gu, (c) => `&#x${(c.codePointAt(0) as number).toString(16)};`);
  const set: SchemaSet = {
    id: "latin-test",
    entry: "t.xsd",
    files: {
      "t.xsd": enc.encode(`<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:simpleType name="Latin"><xs:restriction base="xs:string"><xs:pattern value="${escaped}"/></xs:restriction></xs:simpleType>
  <xs:element name="r"><xs:complexType><xs:sequence><xs:element name="v" type="xs:string" minOccurs="0"/></xs:sequence><xs:attribute name="a" type="xs:string"/></xs:complexType></xs:element>
  <xs:element name="s"><xs:complexType><xs:sequence><xs:element name="v" maxOccurs="unbounded"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="${escaped}"/></xs:restriction></xs:simpleType></xs:element></xs:sequence></xs:complexType></xs:element>
</xs:schema>`),
    },
  };
  const values = [
    "Müller",
    "M\u0302arie",
    "J\u030cosef",
    "n\u0302",
    "ß\u0331",
    "ǅ",
    "x\u0302",
    "M\u0302\u0302",
    "\u4e2d",
    "a\u00a0b",
    "",
    "MNJn",
  ];
  const doc = (v: string) => enc.encode(`<s xmlns="urn:t"><v>${v}</v></s>`);

  it("gives the same verdicts and the same messages as the schema compiled verbatim", async () => {
    const fast = await createXsdValidator(set, { cache: false, engine: "libxml2" });
    const exact = await createXsdValidator(set, { cache: false, optimizePatterns: false, engine: "libxml2" });
    try {
      for (const v of values) {
        const a = fast.validate(doc(v));
        const b = exact.validate(doc(v));
        expect({ v, valid: a.valid, diagnostics: a.diagnostics }).toEqual({ v, valid: b.valid, diagnostics: b.diagnostics });
      }
      expect(fast.validate(doc("ǅ")).diagnostics[0]?.message).toContain("pattern");
    } finally {
      fast.dispose();
      exact.dispose();
    }
  });
});
