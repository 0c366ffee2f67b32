/**
 * Comments and processing instructions survive parse → serialize in every standard the library writes
 * (docs/mapping.md, "What a round trip keeps"). Each fixture `fixtures/<std>/…/round-trip/comments-and-pis.xml`
 * has them before and after the root, between elements, inside simple-content elements (before, inside and
 * after text, as the only content), inside XÖV codes, in any/mixed content and beside CDATA. The output must be
 * equal to the input in a canonical form in which comments and PIs count at their places, and parse back to
 * a deep-equal model.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseGenericode, safeParseGenericode, serializeGenericode } from "../../src/core/codelists/genericode.ts";
import { convertXdf2ToXdf3, convertXdf3ToXdf2 } from "../../src/xdatenfelder/convert/index.ts";
import * as xdf2 from "../../src/xdatenfelder/v2/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import * as xzufi220 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { canonicalXml, canonicalXmlWithMisc } from "../support/canonical.ts";
import { REPO_ROOT } from "../support/shared.ts";

interface Standard {
  readonly name: string;
  readonly fixture: string;
  /** Comments plus PIs in the fixture (a guard that the fixture still has them). */
  readonly misc: number;
  readonly parse: (xml: string) => { success: boolean; data?: unknown; diagnostics: readonly { severity: string; code: string }[] };
  readonly serialize: (model: never, options: { pretty: boolean }) => string;
}

const STANDARDS: readonly Standard[] = [
  {
    name: "XDatenfelder 2.0",
    fixture: "fixtures/xdatenfelder/v2/round-trip/comments-and-pis.xml",
    misc: 23,
    parse: xdf2.safeParse,
    serialize: xdf2.serialize,
  },
  {
    name: "XDatenfelder 3.0.0",
    fixture: "fixtures/xdatenfelder/v3/round-trip/comments-and-pis.xml",
    misc: 17,
    parse: xdf3.safeParse,
    serialize: xdf3.serialize,
  },
  {
    name: "genericode 1.0",
    fixture: "fixtures/codelists/round-trip/comments-and-pis.xml",
    misc: 18,
    parse: safeParseGenericode,
    serialize: serializeGenericode,
  },
  {
    name: "XZuFi 2.2.0",
    fixture: "fixtures/xzufi/v2_2_0/round-trip/comments-and-pis.xml",
    misc: 11,
    parse: xzufi220.safeParse,
    serialize: xzufi220.serialize,
  },
  {
    name: "XZuFi 2.3.1",
    fixture: "fixtures/xzufi/v2_3_1/round-trip/comments-and-pis.xml",
    misc: 11,
    parse: xzufi231.safeParse,
    serialize: xzufi231.serialize,
  },
];

const read = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");
const countMisc = (xml: string) => (xml.match(/<!--|<\?(?!xml )/g) ?? []).length;
/** The document without any comment or PI (and without the CDATA markers, which are text). */
const stripMisc = (xml: string) => xml.replace(/<!--[\s\S]*?-->|<\?(?!xml )[\s\S]*?\?>/g, "");

describe.each(STANDARDS)("$name: comments and PIs survive a round trip", (std) => {
  const input = read(std.fixture);
  const first = std.parse(input);

  test("the fixture parses without errors and has comments and PIs everywhere", () => {
    expect(first.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal")).toEqual([]);
    expect(countMisc(input)).toBe(std.misc);
  });

  test.each([true, false])("pretty %s: every comment and PI at its place, the model deep-equal", (pretty) => {
    const xml = std.serialize(first.data as never, { pretty });
    expect(countMisc(xml)).toBe(std.misc);
    const [out, original] = [canonicalXmlWithMisc(xml), canonicalXmlWithMisc(input)];
    if (!isDeepStrictEqual(out, original)) expect(out).toEqual(original);
    const again = std.parse(xml);
    if (!isDeepStrictEqual(again.data, first.data)) expect(again.data).toEqual(first.data);
    // and a second round trip writes the same bytes
    expect(std.serialize(again.data as never, { pretty })).toBe(xml);
  });

  test("a model without a source (copied, or made by a builder) is written as before: no comments, the same bytes", () => {
    const copy = structuredClone(first.data);
    const withoutSource = std.serialize(copy as never, { pretty: true });
    expect(countMisc(withoutSource)).toBe(0);
    const fromStripped = std.parse(stripMisc(input));
    expect(std.serialize(fromStripped.data as never, { pretty: true })).toBe(withoutSource);
    expect(canonicalXml(withoutSource)).toEqual(canonicalXml(input));
  });
});

describe("what a round trip keeps: the edges", () => {
  const v3 = xdf3.parse(read("fixtures/xdatenfelder/v3/round-trip/comments-and-pis.xml")) as xdf3.StammdatenschemaNachricht;

  test("CDATA is written as escaped text (the same text)", () => {
    const xml = xdf3.serialize(v3);
    expect(xml).toContain("<xdf3:beschreibung>&lt;b&gt;kein Markup&lt;/b&gt;<!-- after CDATA --></xdf3:beschreibung>");
    expect(v3.stammdatenschema.beschreibung).toBe("<b>kein Markup</b>");
  });

  test("an edited model keeps the comments of the objects it did not replace", () => {
    const edited: xdf3.StammdatenschemaNachricht = { ...v3, header: { ...v3.header, nachrichtID: "neu" } };
    const xml = xdf3.serialize(edited);
    // the root and the header are new objects: their own comments and the prolog are gone ...
    expect(xml).not.toContain("right after the root start tag");
    expect(xml).not.toContain("fim-export");
    expect(xml).not.toContain("Nachricht 0102 with comments");
    // ... the unchanged stammdatenschema keeps all of its own
    for (const c of ["inside text", "between code and name", "in the second of two", "between two werte", "fim-hint im Wert"]) {
      expect(xml).toContain(c);
    }
  });

  test("two equal relations sharing one model object keep their own comments", () => {
    const r = v3.stammdatenschema.relation;
    expect(r[0]).toBe(r[1]); // the parser shares identical relations
    const xml = xdf3.serialize(v3, { pretty: false });
    expect(xml.match(/in the second of two otherwise equal relations/g)).toHaveLength(1);
    expect(xml.match(/in a repeated relation/g)).toHaveLength(2);
  });

  test("elements read out of the binding's order: every comment is still written, next to the element it preceded", () => {
    const input = read("fixtures/xzufi/v2_3_1/round-trip/comments-and-pis.xml");
    // move the typisierung block (with the comment before it) in front of the first modulText
    const block = /( {6}<!-- before the first typisierung -->\n[\s\S]*?<\/xzufi:typisierung>\n[\s\S]*?<\/xzufi:typisierung>\n)/.exec(
      input,
    )?.[1];
    expect(block).toBeDefined();
    const moved = input.replace(block as string, "").replace("      <xzufi:modulText>", `${block}      <xzufi:modulText>`);
    const r = xzufi231.safeParse(moved);
    expect(r.diagnostics.map((d) => d.code)).toContain("element-out-of-order");
    const xml = xzufi231.serialize(r.data as xzufi231.Nachricht);
    expect(countMisc(xml)).toBe(countMisc(moved));
    expect(xml).toMatch(/<!-- before the first typisierung -->\s*<xzufi:typisierung/);
  });

  test("a value the model normalises (xs:token): the comments inside it follow the value", () => {
    const input = read("fixtures/xzufi/v2_3_1/round-trip/comments-and-pis.xml").replace(
      "<xzufi:languageCode>de-DE</xzufi:languageCode>",
      "<xzufi:languageCode> de-DE <!-- spaced --> </xzufi:languageCode>",
    );
    const model = xzufi231.parse(input);
    const xml = xzufi231.serialize(model);
    expect(xml).toContain("<xzufi:languageCode>de-DE<!-- spaced --></xzufi:languageCode>");
  });
});

describe("genericode inside XDatenfelder 0105", () => {
  test("comments in an embedded code list survive the XDatenfelder round trip", () => {
    const gc = stripDeclaration(read("fixtures/codelists/round-trip/comments-and-pis.xml"));
    const input = read("fixtures/xdatenfelder/v3/valid/0105-codeliste-minimal.xml").replace(
      "<xdf3:genericode/>",
      `<xdf3:genericode><!-- before the code list -->${gc}</xdf3:genericode>`,
    );
    expect(input).toContain("before the code list");
    const model = xdf3.parse(input);
    const xml = xdf3.serialize(model);
    expect(canonicalXmlWithMisc(xml)).toEqual(canonicalXmlWithMisc(input));
    expect(parseGenericode(gc).identification.shortName.text).toBe("test");
  });
});

/** The code list's root element with what is inside it (no declaration, prolog or epilog). */
function stripDeclaration(xml: string): string {
  return xml.slice(xml.indexOf("<gc:CodeList"), xml.indexOf("</gc:CodeList>") + "</gc:CodeList>".length);
}

describe("conversion v2 ↔ v3: comments and PIs are not carried over, each one is reported", () => {
  const notCarried = (ds: readonly { code: string; severity: string; params: unknown }[]) =>
    ds.filter((d) => d.code === "not-representable" && /comment|processing instruction/.test(JSON.stringify(d.params)));

  test("2.0 → 3.0.0: one info per comment and PI, at the element that holds it", async () => {
    const input = read("fixtures/xdatenfelder/v2/round-trip/comments-and-pis.xml");
    const r = await convertXdf2ToXdf3(xdf2.parse(input));
    expect(r.success).toBe(true);
    const found = notCarried(r.diagnostics);
    expect(found).toHaveLength(countMisc(input));
    expect(found.every((d) => d.severity === "info")).toBe(true);
    const inName = r.diagnostics.find((d) => JSON.stringify(d.params).includes("inside text"));
    expect(inName?.path).toBe("/xdf:xdatenfelder.stammdatenschema.0102/xdf:stammdatenschema/xdf:name");
    expect(inName?.location?.line).toBe(18);
    expect(r.diagnostics.find((d) => JSON.stringify(d.params).includes("xml-stylesheet"))?.path).toBe("/");
    expect(countMisc(xdf3.serialize(r.data as xdf3.Nachricht))).toBe(0);
  });

  test("3.0.0 → 2.0: the same", () => {
    const input = read("fixtures/xdatenfelder/v3/round-trip/comments-and-pis.xml");
    const r = convertXdf3ToXdf2(xdf3.parse(input));
    expect(notCarried(r.diagnostics)).toHaveLength(countMisc(input));
  });

  test("0105: the comments inside the embedded code list are kept (it is passed through whole), the others reported", () => {
    const gc = stripDeclaration(read("fixtures/codelists/round-trip/comments-and-pis.xml"));
    const input = read("fixtures/xdatenfelder/v3/valid/0105-codeliste-minimal.xml").replace(
      "<xdf3:genericode/>",
      `<xdf3:genericode><!-- before the code list -->${gc}</xdf3:genericode>`,
    );
    const r = convertXdf3ToXdf2(xdf3.parse(input));
    expect(r.success).toBe(true);
    // the prolog comment of the fixture and the one before the code list
    expect(notCarried(r.diagnostics).map((d) => (d.params as { value: string }).value)).toEqual([
      expect.stringContaining("Nachricht 0105 (Codeliste), minimal"),
      "before the code list",
    ]);
    const xml = xdf2.serialize((r.data as { nachricht: xdf2.Nachricht }).nachricht);
    expect(countMisc(xml)).toBe(countMisc(gc));
  });
});

/** Offsets outside markup where a comment or PI may go: after the XML declaration, not inside a tag or entity. */
function gaps(xml: string): number[] {
  const out: number[] = [];
  let inTag = false;
  let quote = "";
  let inEntity = false;
  const start = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  for (let i = start; i < xml.length; i++) {
    const c = xml[i] as string;
    if (inTag) {
      if (quote !== "") {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") inTag = false;
      continue;
    }
    if (!inEntity) out.push(i);
    if (c === "<") inTag = true;
    else if (c === "&") inEntity = true;
    else if (c === ";") inEntity = false;
  }
  out.push(xml.length);
  return out;
}

describe("comments and PIs anywhere (property-based)", () => {
  const cases = [
    ["XDatenfelder 2.0", "fixtures/xdatenfelder/v2/valid/0104-datenfeld-maximal.xml", xdf2.safeParse, xdf2.serialize],
    ["XDatenfelder 3.0.0", "fixtures/xdatenfelder/v3/valid/0104-datenfeld-maximal.xml", xdf3.safeParse, xdf3.serialize],
    ["XDatenfelder 3.0.0 with genericode", "fixtures/xdatenfelder/v3/valid/0105-codeliste-maximal.xml", xdf3.safeParse, xdf3.serialize],
  ] as const;

  test.each(cases)("%s: inserted anywhere, each one comes back at its place", (_name, path, parse, serialize) => {
    const base = read(path);
    const at = gaps(base);
    const original = parse(base);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: at.length - 1 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (picks, pretty) => {
        let xml = base;
        for (const [k, p] of [...picks].sort((a, b) => b - a).entries()) {
          const off = at[p] as number;
          xml = `${xml.slice(0, off)}${k % 3 === 2 ? `<?p${k} x?>` : `<!--c${k}-->`}${xml.slice(off)}`;
        }
        const first = parse(xml);
        expect(first.diagnostics).toEqual(original.diagnostics);
        const out = serialize(first.data as never, { pretty });
        expect(canonicalXmlWithMisc(out)).toEqual(canonicalXmlWithMisc(xml));
        expect(isDeepStrictEqual(parse(out).data, first.data)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
