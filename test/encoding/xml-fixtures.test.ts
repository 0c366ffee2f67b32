/**
 * The files of `fixtures/encoding/`: what the reader makes of each, and that the XSD stage (which takes the same
 * bytes) comes to the same verdict with the same diagnostic: bad bytes never pass one stage and fail the other.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createXsdValidator, type XsdValidator } from "../../src/core/validation/xsd.ts";
import { decodeXml } from "../../src/core/xml/decode.ts";
import type { XmlElement } from "../../src/core/xml/node.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { repoRoot } from "../xsd/shared.ts";

const DIR = join(repoRoot, "fixtures/encoding");
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

const XSD = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="liste"><xs:complexType><xs:sequence>
    <xs:element name="eintrag" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:simpleContent>
      <xs:extension base="xs:string"><xs:attribute name="name" type="xs:string"/></xs:extension>
    </xs:simpleContent></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`;

let validator: XsdValidator;
beforeAll(async () => {
  validator = await createXsdValidator({
    id: "encoding-fixtures",
    entry: "liste.xsd",
    files: { "liste.xsd": new TextEncoder().encode(XSD) },
  });
});
afterAll(() => validator.dispose());

/** The `name` attributes and texts of the `eintrag` elements. */
function eintraege(root: XmlElement): string[][] {
  return root.children
    .filter((c): c is XmlElement => c.kind === "element")
    .map((e) => [e.attributes[0]?.value ?? "", e.children.map((t) => (t.kind === "text" ? t.value : "")).join("")]);
}

const READABLE: readonly [string, string[][]][] = [
  [
    "utf8-declared.xml",
    [
      ["Müller", "Straße"],
      ["Größe", "Äpfel € 5"],
    ],
  ],
  [
    "utf8-bom-undeclared.xml",
    [
      ["Müller", "Straße"],
      ["Größe", "Äpfel € 5"],
    ],
  ],
  [
    "latin1-declared.xml",
    [
      ["Müller", "Straße"],
      ["Größe", "Äpfel € 5"],
    ],
  ],
  [
    "windows1252-declared.xml",
    [
      ["Müller", "Straße"],
      ["Größe", "„Äpfel“ € 5"],
    ],
  ],
  [
    "utf16le-bom.xml",
    [
      ["Müller", "Straße"],
      ["Größe", "Äpfel € 5"],
    ],
  ],
  [
    "utf16be-bom.xml",
    [
      ["Müller", "Straße"],
      ["Größe", "Äpfel € 5"],
    ],
  ],
];

const REJECTED: readonly [string, Record<string, unknown>][] = [
  [
    "utf8-invalid-byte.xml",
    { code: "invalid-byte-sequence", params: { encoding: "UTF-8", bytes: "FC" }, location: { line: 3, column: 19 } },
  ],
  [
    "latin1-undeclared.xml",
    { code: "invalid-byte-sequence", params: { encoding: "UTF-8", bytes: "FC" }, location: { line: 2, column: 19 } },
  ],
  ["utf8-encoded-surrogate.xml", { code: "invalid-byte-sequence", params: { bytes: "ED" }, location: { line: 3, column: 12 } }],
  ["utf8-beyond-10ffff.xml", { code: "invalid-byte-sequence", params: { bytes: "F4" }, location: { line: 3, column: 12 } }],
  [
    "ascii-declared-8bit.xml",
    { code: "invalid-byte-sequence", params: { encoding: "US-ASCII", bytes: "FC" }, location: { line: 3, column: 13 } },
  ],
  ["mismatch-utf16-declared-latin1.xml", { code: "encoding-mismatch", params: { declared: "ISO-8859-1", detected: "UTF-16LE (BOM)" } }],
  ["mismatch-latin1-declared-utf16.xml", { code: "encoding-mismatch", params: { declared: "UTF-16" } }],
  ["unsupported-encoding.xml", { code: "unsupported-encoding", params: { encoding: "Shift_JIS" } }],
];

describe("fixtures/encoding", () => {
  test.each(READABLE)("%s is read with every character", (name, expected) => {
    const r = readXml(bytesOf(name), { file: name });
    expect(r.diagnostics).toEqual([]);
    expect(eintraege((r.data as { root: XmlElement }).root)).toEqual(expected);
    expect(validator.validate(bytesOf(name), { file: name })).toEqual({ valid: true, engine: "js", diagnostics: [] });
  });

  test.each(REJECTED)("%s is a fatal xml-stage diagnostic, in the reader and the XSD stage alike", (name, expected) => {
    const r = readXml(bytesOf(name), { file: name });
    expect(r.success).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ...expected, severity: "fatal", stage: "xml", file: name });
    expect(JSON.stringify(r)).not.toContain("\uFFFD");
    const x = validator.validate(bytesOf(name), { file: name });
    expect(x).toEqual({ valid: false, diagnostics: r.diagnostics });
    expect(() => decodeXml(bytesOf(name))).toThrow(expect.objectContaining({ name: "XoevError" }));
  });
});
