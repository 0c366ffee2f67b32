/**
 * The js XSD engine on small hand-written schemas (fixtures/xsd/): every construct it implements gives the verdict,
 * lines and message texts of libxml2 on valid and invalid instances; every construct it does not implement makes
 * the set unsupported with the construct and its place, `auto` then validates with libxml2 and says why, and
 * `engine: "js"` refuses the set. Needs no ../shared.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipelineCache, runPipeline } from "../../src/core/validation/pipeline.ts";
import { createXsdValidator, type SchemaSet, safeCreateXsdValidator, type XsdValidator } from "../../src/core/validation/xsd.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { compileSchemaSet } from "../../src/core/xsd/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const DIR = join(REPO_ROOT, "fixtures/xsd");
const featureSet: SchemaSet = {
  id: "features",
  entry: "features.xsd",
  files: Object.fromEntries(["features.xsd", "features-types.xsd"].map((f) => [f, readFileSync(join(DIR, f))])),
};

const NS = 'xmlns="urn:test:features"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
/** A valid document; each case below changes one thing. */
const VALID = `<dokument ${NS} ${XSI} id="d1" version="1.0.0">
  <kopf><datum>2024-02-29</datum><zeit>2024-02-29T10:00:00Z</zeit><land>DE</land><web>https://example.org/a b</web></kopf>
  <eintrag ref="d1">42</eintrag>
  <links>1</links><rechts>1 2 3</rechts>
  <eintrag>EUR</eintrag>
  <basis xsi:type="Abgeleitet" art="x"><name>Anna</name><zusatz>3</zusatz></basis>
  <text>Hallo <b>fett</b> Welt</text>
  <betrag waehrung="EUR">999.99</betrag>
  <erweiterung xmlns:o="urn:o" o:frei="1"><o:x><o:y/></o:x></erweiterung>
  <leer/>
</dokument>`;

const CASES: Readonly<Record<string, (xml: string) => string>> = {
  valid: (x) => x,
  "bad date": (x) => x.replace("2024-02-29<", "2023-02-29<"),
  "bad dateTime": (x) => x.replace("T10:00:00Z", "T25:00:00Z"),
  "length facet": (x) => x.replace("<land>DE", "<land>DEU"),
  "pattern facet": (x) => x.replace("<land>DE", "<land>de"),
  "too many of maxOccurs=2": (x) => x.replace("</web></kopf>", "</web><web>a</web><web>b</web></kopf>"),
  "missing required element": (x) => x.replace("<land>DE</land>", ""),
  "swapped siblings": (x) =>
    x.replace("<datum>2024-02-29</datum><zeit>2024-02-29T10:00:00Z</zeit>", "<zeit>2024-02-29T10:00:00Z</zeit><datum>2024-02-29</datum>"),
  "choice repeated beyond maxOccurs": (x) => x.replace("<eintrag>EUR</eintrag>", "<eintrag>EUR</eintrag><eintrag>1</eintrag>"),
  "union member": (x) => x.replace("<eintrag>EUR", "<eintrag>USD"),
  "list item": (x) => x.replace("1 2 3", "1 x 3"),
  "list length": (x) => x.replace("1 2 3", "1 2 3 4"),
  "group order": (x) => x.replace("<links>1</links><rechts>1 2 3</rechts>", "<rechts>1 2 3</rechts><links>1</links>"),
  "missing required attribute": (x) => x.replace(' id="d1"', ""),
  "fixed attribute": (x) => x.replace('version="1.0.0"', 'version="2.0.0"'),
  "unexpected attribute": (x) => x.replace("<kopf>", '<kopf neu="1">'),
  "duplicate ID": (x) => x.replace("<eintrag>EUR", '<eintrag nr="d1">EUR'),
  "ID values elsewhere": (x) => x.replace("<eintrag>EUR", '<eintrag nr="e2">EUR'),
  "xsi:type unknown": (x) => x.replace('xsi:type="Abgeleitet"', 'xsi:type="Unbekannt"'),
  "xsi:type not derived": (x) => x.replace('xsi:type="Abgeleitet"', 'xsi:type="Kopf"'),
  "xsi:type restriction prohibits the attribute": (x) =>
    x.replace('xsi:type="Abgeleitet" art="x"><name>Anna</name><zusatz>3</zusatz>', 'xsi:type="Eingeschraenkt" art="x"><name>Anna</name>'),
  "extension content missing": (x) => x.replace("<zusatz>3</zusatz>", ""),
  "xsi:nil with content": (x) => x.replace('xsi:type="Abgeleitet"', 'xsi:nil="true"'),
  "xsi:nil on an empty nillable element": (x) =>
    x.replace('<basis xsi:type="Abgeleitet" art="x"><name>Anna</name><zusatz>3</zusatz></basis>', '<basis xsi:nil="true"/>'),
  "xsi:nil not nillable": (x) => x.replace("<leer/>", '<leer xsi:nil="true"/>'),
  "text in element-only content": (x) => x.replace("<kopf>", "<kopf>Text"),
  "element in empty content": (x) => x.replace("<leer/>", "<leer><x/></leer>"),
  "text in empty content": (x) => x.replace("<leer/>", "<leer>x</leer>"),
  "element in simple content": (x) => x.replace("<eintrag>EUR</eintrag>", "<eintrag>EUR<b/></eintrag>"),
  "simpleContent restriction facet": (x) => x.replace("999.99", "1000.5"),
  totalDigits: (x) => x.replace("999.99", "0.123"),
  minExclusive: (x) => x.replace("999.99", "0"),
  "enumeration in an attribute": (x) => x.replace('waehrung="EUR"', 'waehrung="USD"'),
  "missing attribute of simple content": (x) => x.replace(' waehrung="EUR"', ""),
  "lax wildcard: a declared element is assessed": (x) => x.replace("<o:y/>", "<eintrag>USD</eintrag>"),
  "wildcard ##other refuses the target namespace": (x) => x.replace("<o:x><o:y/></o:x>", "<kopf/>"),
  "strict wildcard without declaration": (x) => x.replace("<leer/>", '<fremd><f:x xmlns:f="urn:test:fremd"/></fremd><leer/>'),
  "unknown root": () => `<anderes ${NS}/>`,
  "pattern with \\p and \\w": (x) => x.replace("<name>Anna", "<name>anna"),
  maxLength: (x) => x.replace("<name>Anna", "<name>Annabellalala"),
  "content after an unexpected element is not assessed": (x) => x.replace("<kopf>", "<kopf><neu/><datum>kaputt</datum>"),
};

describe("the js engine on fixtures/xsd/features.xsd, against libxml2", () => {
  let js: XsdValidator;
  let libxml2: XsdValidator;
  beforeAll(async () => {
    js = await createXsdValidator(featureSet, { engine: "js" });
    libxml2 = await createXsdValidator(featureSet, { engine: "libxml2" });
  });
  afterAll(() => {
    js?.dispose();
    libxml2?.dispose();
  });

  it("compiles the set with the js engine", () => {
    expect(js.engine).toBe("js");
    expect(compileSchemaSet(featureSet.files, featureSet.entry).ok).toBe(true);
  });

  for (const [name, change] of Object.entries(CASES)) {
    it(`${name}: the same findings, lines and messages`, () => {
      const xml = change(VALID);
      const ours = js.validate(xml, { file: "f.xml" });
      const reference = libxml2.validate(xml, { file: "f.xml" });
      expect(ours.valid).toBe(reference.valid);
      if (name === "valid") expect(ours.valid).toBe(true);
      // libxml2's list of what was expected comes from its counting automaton and may name fewer elements
      const view = (r: typeof ours) =>
        r.diagnostics.map((d) => ({ line: d.location?.line, path: d.path, message: d.message.replace(/ Expected is .*$/, "") }));
      expect(view(ours)).toEqual(view(reference));
      for (const d of ours.diagnostics) expect(d).toMatchObject({ code: "xsd-invalid", stage: "xsd", severity: "error", file: "f.xml" });
    });
  }

  it("has cases that are invalid (each one)", () => {
    for (const [name, change] of Object.entries(CASES)) {
      if (name === "valid" || name === "ID values elsewhere" || name.startsWith("xsi:nil on an empty")) continue;
      expect(js.validate(change(VALID)).valid, name).toBe(false);
    }
  });

  it("gives lines and columns, and paths with canonical prefixes", () => {
    const r = js.validate(CASES["unexpected attribute"]?.(VALID) as string, { prefixes: { "urn:test:features": "f" } });
    expect(r.diagnostics[0]).toMatchObject({ path: "/f:dokument/f:kopf/@neu", location: { line: 2, column: 9 } });
  });

  it("validates the tree it is given instead of reading the text again", () => {
    const tree = readXml(VALID).data?.root;
    // the text is not even XML: only the tree is read
    expect(js.validate("not xml", { ...(tree !== undefined && { tree }) }).valid).toBe(true);
  });

  it("caps the findings with diagnostics-truncated", () => {
    const many = VALID.replace("<leer/>", `<leer>${"<x/>".repeat(3)}</leer>`).replace("<kopf>", `<kopf neu="1" neu2="2" neu3="3">`);
    const r = js.validate(many, { maxDiagnostics: 2 });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["xsd-invalid", "xsd-invalid", "diagnostics-truncated"]);
    expect(r.valid).toBe(false);
  });
});

const UNSUPPORTED: Readonly<Record<string, RegExp>> = {
  "all-group.xsd": /^unsupported: xs:all at all-group\.xsd:3$/,
  "block.xsd": /^unsupported: xs:complexType\/@block at block\.xsd:3$/,
  "builtin-qname.xsd": /^unsupported: the built-in type xs:QName at builtin-qname\.xsd:2$/,
  "date-range-facet.xsd": /^unsupported: xs:minInclusive on a type that is not decimal at date-range-facet\.xsd:3$/,
  "identity-key.xsd": /^unsupported: the identity constraint xs:key at identity-key\.xsd:4$/,
  "identity-unique.xsd": /^unsupported: the identity constraint xs:unique at identity-unique\.xsd:4$/,
  "pattern-subtraction.xsd": /^unsupported: the pattern "\[a-z-\[aeiou\]\]\+" at pattern-subtraction\.xsd:3$/,
  "redefine.xsd": /^unsupported: xs:redefine at redefine\.xsd:2$/,
  "substitution-group.xsd": /^unsupported: xs:element\/@substitutionGroup at substitution-group\.xsd:3$/,
};

describe("constructs the js engine does not implement", () => {
  const files = Object.fromEntries(readdirSync(join(DIR, "unsupported")).map((f) => [f, readFileSync(join(DIR, "unsupported", f))]));

  it("has a fixture for each", () => {
    expect(Object.keys(UNSUPPORTED).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== "base.xsd")
        .sort(),
    );
  });

  for (const [file, reason] of Object.entries(UNSUPPORTED)) {
    it(`${file}: unsupported with the construct and its place; auto falls back to libxml2, js refuses`, async () => {
      const compiled = compileSchemaSet(files, file);
      expect(compiled.ok).toBe(false);
      expect(!compiled.ok && compiled.reason).toMatch(reason);
      const set: SchemaSet = { id: `unsupported-${file}`, entry: file, files };
      const auto = await createXsdValidator(set);
      expect(auto.engine).toBe("libxml2");
      expect(auto.fallbackReason).toContain(!compiled.ok ? compiled.reason : "");
      expect(auto.validate('<r xmlns="urn:test:u"/>').engine).toBe("libxml2");
      auto.dispose();
      const js = await safeCreateXsdValidator(set, { engine: "js" });
      expect(js.success).toBe(false);
      expect(js.diagnostics[0]).toMatchObject({ code: "schema-load-failed" });
    });
  }
});

describe("hostile nesting", () => {
  it("validates deep documents, and reports nesting beyond the stack as depth-limit-exceeded, never a crash", async () => {
    const xsd = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:d" targetNamespace="urn:d" elementFormDefault="qualified">
  <xs:element name="n"><xs:complexType><xs:sequence><xs:element ref="t:n" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>`;
    const v = await createXsdValidator({ id: "deep", entry: "d.xsd", files: { "d.xsd": new TextEncoder().encode(xsd) } }, { engine: "js" });
    const nested = (depth: number) => `${'<n xmlns="urn:d">'.repeat(depth)}${"</n>".repeat(depth)}`;
    expect(v.validate(nested(900)).valid).toBe(true);
    const deep = nested(30_000);
    const tree = readXml(deep, { maxDepth: 40_000 }).data?.root;
    const report = v.validate(deep, { ...(tree !== undefined && { tree }) });
    expect(report.valid).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ code: "depth-limit-exceeded", stage: "xsd" });
    v.dispose();
  });
});

describe("the pipeline and the engines", () => {
  it("validates with the js engine by default and says so in the report; libxml2 when asked", async () => {
    const xml = CASES["bad date"]?.(VALID) as string;
    const standards = {
      "urn:test:features": {
        standard: "Features 1.0",
        schemaSetId: "features",
        prefixes: { "urn:test:features": "f" },
        model: () => ({ success: true as const, data: {}, diagnostics: [] }),
      },
    };
    for (const engine of [undefined, "js", "libxml2"] as const) {
      const { report } = await runPipeline(xml, standards, {
        schemaSets: [featureSet],
        cache: createPipelineCache(),
        ...(engine !== undefined && { xsdEngine: engine }),
      });
      expect(report.xsdEngine).toBe(engine ?? "js");
      expect(report.stages.find((s) => s.stage === "xsd")?.status).toBe("failed");
      expect(report.diagnostics.filter((d) => d.code === "xsd-invalid").map((d) => d.location?.line)).toEqual([2]);
    }
  });
});
