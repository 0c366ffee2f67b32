/**
 * "Valid" means valid, differentially: simple values of real corpus files (text of leaf elements and attribute
 * values) are replaced by generated strings, and for every mutation the model stage (`safeParse`, no XSD) must
 * reject exactly what libxml2 with the official XSD set rejects: XSD-invalid ⇔ model-stage error.
 *
 * Positions: for each file, the first occurrence of every distinct leaf element of the XDatenfelder namespace
 * (plus the unqualified `code`/`name` of code elements) and of every attribute outside `xmlns`/`xsi`. Values: the
 * fixed list below (the issues' examples, other types' lexical forms, characters outside String.Latin, white
 * space around enumeration values, an over-long string, empty strings) plus seeded random strings.
 *
 * Not compared (the model cannot agree, see docs/mapping.md "Facets enforced"): values inside the genericode
 * payload of a 0105 message (read by the generic genericode reader, which keeps them as written) and the
 * attributes of the message root (kept verbatim: `xsi:schemaLocation` and the like).
 */
import { readFileSync, statSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadSchemaSet } from "../../src/core/validation/schemas.ts";
import { createXsdValidator, type XsdValidator } from "../../src/core/validation/xsd.ts";
import * as v2 from "../../src/xdatenfelder/v2/index.ts";
import { SCHEMA_SET_ID as V2_SET } from "../../src/xdatenfelder/v2/namespace.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";
import { SCHEMA_SET_ID as V3_SET } from "../../src/xdatenfelder/v3/namespace.ts";
import { describeShared, hasShared, manifest, STANDARDS } from "../support/shared.ts";

const FIXED_VALUES = [
  "0-1",
  "1:*",
  "2024-02-31",
  "2024-02-29",
  "2024-13-45",
  "2024-01-01",
  "2024-99-99T99:99:99",
  "2024-01-01T24:00:00",
  "T24:00:00",
  "abc",
  "1.0",
  "1.0.0",
  "true",
  "0",
  "-1",
  "2147483648",
  "input",
  " input ",
  "X",
  "de",
  "DE",
  "simple",
  "text/plain",
  "%zz",
  "http://[bad",
  "urn:x y",
  "Ω≤",
  "Smile 😀",
  "M\u0302üller",
  "",
  " ",
  "x".repeat(5000),
];

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

interface Position {
  readonly kind: "text" | "attribute";
  /** Offsets of the value in the source text. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/**
 * The mutable positions of a document: the first leaf element (text only) of each name, and the first attribute
 * of each element/attribute name pair, outside the genericode payload and the root's attributes.
 */
function positions(xml: string): Position[] {
  const out: Position[] = [];
  const seen = new Set<string>();
  const genericodeStart = xml.search(/<(?:[\w.-]+:)?genericode[\s>]/);
  const genericodeEnd = genericodeStart < 0 ? -1 : xml.search(/<\/(?:[\w.-]+:)?genericode>/);
  const inGenericode = (i: number) => genericodeStart >= 0 && i > genericodeStart && i < genericodeEnd;
  const rootEnd = xml.indexOf(">", xml.search(/<[A-Za-z]/) + 1);
  // leaf elements: <p:name attrs?>text</p:name>
  for (const m of xml.matchAll(/<((?:[\w.-]+:)?([\w.-]+))((?:\s[^<>]*?)?)>([^<]*)<\/\1>/g)) {
    const local = m[2] as string;
    const at = m.index as number;
    if (inGenericode(at) || seen.has(`e:${local}`)) continue;
    seen.add(`e:${local}`);
    const start = at + m[0].length - (m[4] as string).length - `</${m[1]}>`.length;
    out.push({ kind: "text", start, end: start + (m[4] as string).length, name: local });
  }
  // attributes of start tags
  for (const tag of xml.matchAll(/<((?:[\w.-]+:)?([\w.-]+))(\s[^<>]*?)\/?>/g)) {
    const at = tag.index as number;
    if (at < rootEnd || inGenericode(at)) continue;
    const attrs = tag[3] as string;
    const attrsStart = at + 1 + (tag[1] as string).length;
    for (const a of attrs.matchAll(/\s((?:[\w.-]+:)?[\w.-]+)\s*=\s*"([^"]*)"/g)) {
      const name = a[1] as string;
      if (name === "xmlns" || name.startsWith("xmlns:") || name.startsWith("xsi:")) continue;
      const key = `a:${tag[2]}@${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = attrsStart + (a.index as number) + a[0].length - 1 - (a[2] as string).length;
      out.push({ kind: "attribute", start, end: start + (a[2] as string).length, name: `${tag[2]}@${name}` });
    }
  }
  return out;
}

function mutate(xml: string, p: Position, value: string): string {
  return xml.slice(0, p.start) + (p.kind === "text" ? escapeText(value) : escapeAttr(value)) + xml.slice(p.end);
}

const randomValues = fc.sample(
  fc.oneof(
    fc.string({ unit: fc.constantFrom(..."0123456789:-*.T+Z "), maxLength: 12 }),
    fc.string({ unit: "grapheme", maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(..."aZ/%#?:[]@ äΩ"), maxLength: 8 }),
  ),
  { numRuns: 6, seed: 4242 },
);
const VALUES = [...new Set([...FIXED_VALUES, ...randomValues])].filter((v) =>
  /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u.test(v),
);

/** The sample: the smallest few files of each version, so the run stays short. */
function sample(version: string, count: number) {
  if (!hasShared) return [];
  return manifest("xdatenfelder")
    .filter((r) => r.xdf_version === version && (r.schema_valid ?? r["schema_valid\r"] ?? "").trim() === "valid")
    .map((r) => ({ ...r, size: statSync(r.path).size }))
    .sort((a, b) => a.size - b.size)
    .slice(0, count);
}

const cases = [
  { version: "3.0.0", schemaSet: V3_SET, parse: v3.safeParse, files: sample("3.0.0", 4) },
  { version: "2.0", schemaSet: V2_SET, parse: v2.safeParse, files: sample("2.0", 3) },
];

describeShared("facets, differentially: XSD-invalid ⇔ model-stage invalid for mutated corpus values", () => {
  const validators = new Map<string, XsdValidator>();
  beforeAll(async () => {
    for (const c of cases) {
      validators.set(
        c.version,
        await createXsdValidator(await loadSchemaSet(c.schemaSet, { schemas: STANDARDS }), { cache: false, engine: "libxml2" }),
      );
    }
  });
  afterAll(() => {
    for (const v of validators.values()) v.dispose();
  });

  const tally = { mutations: 0, agreements: 0, xsdInvalid: 0 };
  afterAll(() => {
    // the figure the docs quote (docs/mapping.md)
    console.info(`facets-differential: ${tally.mutations} mutations, ${tally.agreements} agreements, ${tally.xsdInvalid} XSD-invalid`);
  });

  for (const c of cases) {
    // a position (element or element@attribute) is mutated in the first sampled file that has it
    const done = new Set<string>();
    test.each(c.files.map((f) => [f.file, f.path] as const))(`${c.version} %s`, { timeout: 600_000 }, (_name, path) => {
      const xsd = validators.get(c.version) as XsdValidator;
      const xml = readFileSync(path, "utf8");
      expect(xsd.validate(xml).valid).toBe(true);
      expect(c.parse(xml).success).toBe(true);
      const disagreements: string[] = [];
      const all = positions(xml);
      expect(all.length).toBeGreaterThan(5);
      const ps = all.filter((p) => !done.has(p.name));
      for (const p of ps) done.add(p.name);
      for (const p of ps) {
        for (const value of VALUES) {
          const mutated = mutate(xml, p, value);
          const xsdValid = xsd.validate(mutated).valid;
          const parsed = c.parse(mutated);
          const modelValid = !parsed.diagnostics.some((d) => d.severity === "error" || d.severity === "fatal");
          tally.mutations++;
          if (!xsdValid) tally.xsdInvalid++;
          if (xsdValid === modelValid) tally.agreements++;
          else
            disagreements.push(
              `${p.name} = ${JSON.stringify(value.slice(0, 40))}: XSD ${xsdValid ? "valid" : "invalid"}, model ${modelValid ? "valid" : "invalid"}`,
            );
        }
      }
      expect(disagreements).toEqual([]);
    });
  }
});
