import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { isXoevError } from "../errors.ts";
import { clearXsdValidatorCache, createXsdValidator, type SchemaSet, safeCreateXsdValidator, type XsdValidator } from "./xsd.ts";

const lx = await import("libxml2-wasm");
/** This file tests the libxml2 adapter; the js engine has its own tests (src/core/xsd/, test/xsd/engines.test.ts). */
const LIBXML2 = { engine: "libxml2" } as const;
const enc = new TextEncoder();

const MAIN = "urn:test:main";
const PREFIXES = { [MAIN]: "m" };

/** A small set shaped like XDatenfelder: include of a same-namespace file, import of a code type one folder down. */
function testSet(overrides: Record<string, string> = {}, id = "test-set"): SchemaSet {
  const files: Record<string, string> = {
    "main.xsd": `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:m="urn:test:main" targetNamespace="urn:test:main" elementFormDefault="qualified">
  <xs:include schemaLocation="types.xsd"/>
  <xs:element name="nachricht">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="version" type="m:Version"/>
        <xs:element name="eintrag" type="m:Eintrag" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>`,
    "alt.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:m="urn:test:main" targetNamespace="urn:test:main" elementFormDefault="qualified">
  <xs:include schemaLocation="types.xsd"/>
  <xs:element name="anderes" type="m:Version"/>
</xs:schema>`,
    "types.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:c="urn:test:code" targetNamespace="urn:test:main" elementFormDefault="qualified">
  <xs:import namespace="urn:test:code" schemaLocation="common/code.xsd"/>
  <xs:simpleType name="Version"><xs:restriction base="xs:string"><xs:pattern value="\\d+\\.\\d+\\.\\d+"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Eintrag">
    <xs:sequence><xs:element name="art" type="c:Code"/></xs:sequence>
    <xs:attribute name="status" use="required">
      <xs:simpleType><xs:restriction base="xs:token"><xs:enumeration value="aktiv"/><xs:enumeration value="inaktiv"/></xs:restriction></xs:simpleType>
    </xs:attribute>
  </xs:complexType>
</xs:schema>`,
    "common/code.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:code">
  <xs:complexType name="Code">
    <xs:sequence>
      <xs:element name="code"><xs:simpleType><xs:restriction base="xs:token"><xs:enumeration value="a"/><xs:enumeration value="b"/></xs:restriction></xs:simpleType></xs:element>
    </xs:sequence>
  </xs:complexType>
</xs:schema>`,
    ...overrides,
  };
  return { id, entry: "main.xsd", files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, enc.encode(v)])) };
}

const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<x:nachricht xmlns:x="urn:test:main">
  <x:version>1.0.0</x:version>
  <x:eintrag status="aktiv"><x:art><code>a</code></x:art></x:eintrag>
  <x:eintrag status="inaktiv"><x:art><code>b</code></x:art></x:eintrag>
</x:nachricht>`;

/** Errors: version pattern (line 3), code of the second eintrag (line 6), status attribute of the third (line 7). */
const INVALID_PREFIXED = `<?xml version="1.0" encoding="UTF-8"?>
<x:nachricht xmlns:x="urn:test:main">
  <x:version>1.0</x:version>
  <x:eintrag status="aktiv"><x:art><code>a</code></x:art></x:eintrag>
  <x:eintrag status="aktiv">
    <x:art><code>z</code></x:art></x:eintrag>
  <x:eintrag status="kaputt"><x:art><code>b</code></x:art></x:eintrag>
</x:nachricht>`;

/** The same errors in a document that binds the namespace as the default namespace. */
const INVALID_DEFAULT = INVALID_PREFIXED.replace(/x:/g, "")
  .replace('xmlns:x="urn:test:main"', 'xmlns="urn:test:main"')
  .replace(/<code>/g, '<code xmlns="">');

let validator: XsdValidator;

beforeAll(async () => {
  validator = await createXsdValidator(testSet(), LIBXML2);
});
afterAll(() => {
  validator.dispose();
  clearXsdValidatorCache();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("validate", () => {
  it("accepts a valid document given as string or bytes", () => {
    expect(validator.validate(VALID)).toEqual({ valid: true, engine: "libxml2", diagnostics: [] });
    expect(validator.validate(enc.encode(VALID))).toEqual({ valid: true, engine: "libxml2", diagnostics: [] });
  });

  it("reports every violation with line, no column, and a canonical path", () => {
    const report = validator.validate(INVALID_PREFIXED, { prefixes: PREFIXES, file: "doc.xml" });
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.stage, d.location, d.path, d.file])).toEqual([
      ["xsd-invalid", "error", "xsd", { line: 3 }, "/m:nachricht/m:version", "doc.xml"],
      ["xsd-invalid", "error", "xsd", { line: 6 }, "/m:nachricht/m:eintrag[2]/m:art/code", "doc.xml"],
      ["xsd-invalid", "error", "xsd", { line: 7 }, "/m:nachricht/m:eintrag[3]/@status", "doc.xml"],
    ]);
    const first = report.diagnostics[0];
    expect(first?.code === "xsd-invalid" && first.params.message).toContain("pattern");
  });

  it("gives the same paths whatever prefixes the document uses", () => {
    const prefixed = validator.validate(INVALID_PREFIXED, { prefixes: PREFIXES });
    const byDefault = validator.validate(INVALID_DEFAULT, { prefixes: PREFIXES });
    const other = validator.validate(INVALID_PREFIXED.replace(/x:/g, "q:").replace("xmlns:x=", "xmlns:q="), { prefixes: PREFIXES });
    expect(byDefault.diagnostics.map((d) => d.path)).toEqual(prefixed.diagnostics.map((d) => d.path));
    expect(other.diagnostics.map((d) => d.path)).toEqual(prefixed.diagnostics.map((d) => d.path));
  });

  it("writes Q{uri}local for namespaces without a canonical prefix", () => {
    const report = validator.validate(INVALID_PREFIXED);
    expect(report.diagnostics[0]?.path).toBe(`/Q{${MAIN}}nachricht/Q{${MAIN}}version`);
  });

  it("reports a document libxml2 cannot parse as not-well-formed (stage xml) with line and column", () => {
    const report = validator.validate('<x:nachricht xmlns:x="urn:test:main">\n  <x:version>1.0.0</x:nachricht>', { file: "broken.xml" });
    expect(report.valid).toBe(false);
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({ code: "not-well-formed", severity: "fatal", stage: "xml", file: "broken.xml" });
    expect(report.diagnostics[0]?.location?.line).toBe(2);
    expect(report.diagnostics[0]?.location?.column).toBeGreaterThan(0);
    expect(validator.validate("").diagnostics[0]).toMatchObject({ code: "not-well-formed", severity: "fatal" });
  });

  it("reads a string by its characters, whatever encoding its declaration names", () => {
    const latin1 = VALID.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("1.0.0", "1.0.0");
    expect(validator.validate(latin1).valid).toBe(true);
    const report = validator.validate(
      INVALID_PREFIXED.replace("<code>z</code>", "<code>ä</code>").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
    );
    expect(report.diagnostics[1]?.code === "xsd-invalid" && report.diagnostics[1].params.message).toContain("'ä'");
  });

  it("validates another top-level schema of the set with the entry option", async () => {
    const alt = await createXsdValidator(testSet(), { ...LIBXML2, entry: "alt.xsd" });
    try {
      expect(alt.entry).toBe("alt.xsd");
      expect(alt.validate('<anderes xmlns="urn:test:main">2.0.1</anderes>').valid).toBe(true);
      expect(alt.validate(VALID).valid).toBe(false);
    } finally {
      alt.dispose();
    }
  });
});

describe("DOCTYPE and external entities", () => {
  const canary = "file:///etc/hostname";
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE x:nachricht [<!ENTITY xxe SYSTEM "${canary}">]>\n<x:nachricht xmlns:x="urn:test:main"><x:version>&xxe;</x:version></x:nachricht>`;
  const laughs = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><r>&c;</r>`;

  it("rejects a DOCTYPE before libxml2 parses anything", () => {
    const fromString = vi.spyOn(lx.XmlDocument, "fromString");
    const fromBuffer = vi.spyOn(lx.XmlDocument, "fromBuffer");
    for (const input of [xxe, enc.encode(xxe), laughs, enc.encode(laughs)]) {
      const report = validator.validate(input, { file: "evil.xml" });
      expect(report).toEqual({
        valid: false,
        diagnostics: [expect.objectContaining({ code: "doctype-not-allowed", severity: "fatal", stage: "xml", file: "evil.xml" })],
      });
    }
    expect(validator.validate(xxe).diagnostics[0]?.location).toEqual({ line: 2, column: 1 });
    expect(fromString).not.toHaveBeenCalled();
    expect(fromBuffer).not.toHaveBeenCalled();
  });

  it("finds the DOCTYPE behind a BOM, comments and processing instructions, and in UTF-16", () => {
    const prolog = `\uFEFF<?xml version="1.0"?>\n<!-- a <!DOCTYPE in a comment is no DOCTYPE -->\n<?pi x?>\n  <!DOCTYPE r SYSTEM "r.dtd"><r/>`;
    expect(validator.validate(prolog).diagnostics[0]).toMatchObject({ code: "doctype-not-allowed", location: { line: 4, column: 3 } });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."<!DOCTYPE r><r/>"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(validator.validate(utf16).diagnostics[0]?.code).toBe("doctype-not-allowed");
  });

  it("does not mistake DOCTYPE text in the document body for a declaration", () => {
    const body = VALID.replace("<x:version>", "<!-- <!DOCTYPE x> --><x:version>");
    expect(validator.validate(body).valid).toBe(true);
  });
});

describe("schema sets resolve only from their own files", () => {
  let server: Server;
  let requests = 0;
  let port = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:code"/>');
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  const withImport = (location: string) =>
    testSet({
      "types.xsd": new TextDecoder("utf-8", { fatal: true })
        .decode(testSet().files["types.xsd"])
        .replace('schemaLocation="common/code.xsd"', `schemaLocation="${location}"`),
    });

  it.each([
    ["a file missing from the set", "missing.xsd"],
    ["a path leaving the set", "../common/code.xsd"],
    ["an absolute path", "/etc/passwd"],
    ["a file: URL", "file:///etc/passwd"],
  ])("fails on an xs:import of %s", async (_what, location) => {
    const result = await safeCreateXsdValidator(withImport(location), { ...LIBXML2, cache: false });
    expect(result.success).toBe(false);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "schema-load-failed", severity: "error", stage: "xsd" })]);
    const d = result.diagnostics[0];
    expect(d.code === "schema-load-failed" && d.params.reason).toContain(location);
  });

  it("never fetches an xs:import over the network", async () => {
    const url = `http://127.0.0.1:${port}/code.xsd`;
    const result = await safeCreateXsdValidator(withImport(url), { ...LIBXML2, cache: false });
    expect(result.success).toBe(false);
    expect(requests).toBe(0);
    const nested = testSet({
      "common/code.xsd": `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="${url}"/></xs:schema>`,
    });
    expect((await safeCreateXsdValidator(nested, { ...LIBXML2, cache: false })).success).toBe(false);
    expect(requests).toBe(0);
  });

  it("rejects a schema file with a DOCTYPE and a missing entry", async () => {
    const doctype = testSet({
      "common/code.xsd": `<!DOCTYPE xs:schema SYSTEM "XMLSchema.dtd"><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>`,
    });
    expect((await safeCreateXsdValidator(doctype, { ...LIBXML2, cache: false })).diagnostics[0]?.code).toBe("schema-load-failed");
    const noEntry = await safeCreateXsdValidator({ ...testSet(), entry: "nope.xsd" });
    expect(noEntry.diagnostics[0]?.code).toBe("schema-load-failed");
  });

  it("reports a schema libxml2 cannot compile, and throws it from createXsdValidator", async () => {
    const broken = testSet({
      "types.xsd": new TextDecoder("utf-8", { fatal: true })
        .decode(testSet().files["types.xsd"])
        .replace('base="xs:string"', 'base="m:Unbekannt"'),
    });
    const result = await safeCreateXsdValidator(broken);
    expect(result.success).toBe(false);
    const d = result.diagnostics[0];
    expect(d.code === "schema-load-failed" && d.params.reason).toMatch(/types\.xsd:\d+: .*Unbekannt/);
    const thrown = await createXsdValidator(broken, LIBXML2).catch((e: unknown) => e);
    expect(isXoevError(thrown)).toBe(true);
  });
});

describe("compilation cache and disposal", () => {
  it("compiles an equal set once per process, and again after the cache is cleared", async () => {
    const fromDoc = vi.spyOn(lx.XsdValidator, "fromDoc");
    const id = "cache-probe";
    const a = await createXsdValidator(testSet({}, id), LIBXML2);
    const b = await createXsdValidator(testSet({}, id), LIBXML2); // another object with the same files
    expect(fromDoc).toHaveBeenCalledTimes(1);
    const changed = await createXsdValidator(
      testSet({ "alt.xsd": "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>" }, id),
      LIBXML2,
    );
    expect(fromDoc).toHaveBeenCalledTimes(2);
    const uncached = await createXsdValidator(testSet({}, id), { ...LIBXML2, cache: false });
    expect(fromDoc).toHaveBeenCalledTimes(3);
    a.dispose();
    expect(b.validate(VALID).valid).toBe(true); // b still works after a is disposed
    clearXsdValidatorCache();
    expect(b.validate(VALID).valid).toBe(true); // and after the cache was cleared
    const c = await createXsdValidator(testSet({}, id), LIBXML2);
    expect(fromDoc).toHaveBeenCalledTimes(4);
    for (const v of [b, c, changed, uncached]) v.dispose();
  });

  it("refuses to validate after dispose", async () => {
    const v = await createXsdValidator(testSet(), { ...LIBXML2, cache: false });
    v.dispose();
    v.dispose(); // idempotent
    expect(() => v.validate(VALID)).toThrow(TypeError);
  });

  it("disposes every parsed document, also for invalid and unparsable ones", () => {
    lx.diag.configure({ enabled: true });
    try {
      for (let i = 0; i < 20; i++) {
        validator.validate(VALID);
        validator.validate(INVALID_DEFAULT, { prefixes: PREFIXES });
        validator.validate("<a><b></a>");
      }
      const report = lx.diag.report() as Record<string, { totalInstances: number }>;
      expect(report.XmlDocument?.totalInstances ?? 0).toBe(0);
    } finally {
      lx.diag.configure({ enabled: false });
    }
  });

  it("keeps memory flat over many validations of a large document", () => {
    const big = enc.encode(
      `<x:nachricht xmlns:x="urn:test:main"><x:version>1.0.0</x:version>${'<x:eintrag status="aktiv"><x:art><code>a</code></x:art></x:eintrag>\n'.repeat(12_000)}</x:nachricht>`,
    );
    for (let i = 0; i < 5; i++) validator.validate(big);
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 20; i++) expect(validator.validate(big).valid).toBe(true);
    // Without dispose() each round would keep the parsed tree (several MB) in wasm memory.
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });
});
