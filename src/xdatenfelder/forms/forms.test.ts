import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents and instances are walked freely in the assertions
type Json = Record<string, any>;

import { parseGenericode } from "../../core/codelists/genericode.ts";
import { InMemoryCodeListProvider } from "../../core/codelists/provider.ts";
import { parse } from "../v3/index.ts";
import type { Stammdatenschema } from "../v3/model.ts";
import {
  DATE_PATTERN,
  type Form,
  type FormOptions,
  fachdatenFromXml,
  fachdatenToXml,
  formatDecimal,
  safeBuildForm,
  safeFachdatenToXml,
  safeParseFachdatenJson,
  sampleFachdaten,
  sampleFachdatenFull,
  toFachdatenXsd,
  toJsonSchema,
  toZod,
  translateXsdPattern,
  validateFachdaten,
  validateFachdatenXml,
  XsdRegexError,
} from "./index.ts";

const FIXTURE = new URL("../../../fixtures/forms/alle-datentypen.xdf3.xml", import.meta.url);
const LAND = new URL("../../../fixtures/codelists/qs/land_2024-01-01.xml", import.meta.url);
const schema = (parse(readFileSync(FIXTURE)) as { stammdatenschema: Stammdatenschema }).stammdatenschema;
const codeLists = new InMemoryCodeListProvider([parseGenericode(readFileSync(LAND))]);

function build(options: FormOptions = {}): Form {
  const r = safeBuildForm(schema, { codeLists, ...options });
  if (!r.success) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.data;
}
const form = build();

function ajvFor(f: Form) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(toJsonSchema(f));
}

describe("XSD pattern translation", () => {
  it("anchors the JavaScript form and reads \\d as any decimal digit, as XSD does", () => {
    const t = translateXsdPattern("[1-9]\\d{2}");
    expect(t.js).toBe("^(?:[1-9]\\p{Nd}{2})$");
    expect(new RegExp(t.js, "u").test("1٣4")).toBe(true);
    expect(new RegExp(t.js, "u").test("1234")).toBe(false);
  });
  it("removes JavaScript-style anchors and keeps other $ and ^ literal", () => {
    const t = translateXsdPattern("^a$b$");
    expect(t.anchorsRemoved).toBe(true);
    expect(t.xsd).toBe("a$b");
    expect(new RegExp(t.js, "u").test("a$b")).toBe(true);
  });
  it("reads . as any character but CR and LF", () => {
    const re = new RegExp(translateXsdPattern("a.b").js, "u");
    expect(re.test("a\u2028b")).toBe(true);
    expect(re.test("a\nb")).toBe(false);
  });
  it("refuses what JavaScript cannot express exactly", () => {
    expect(() => translateXsdPattern("[a-z-[aeiou]]")).toThrow(XsdRegexError);
    expect(() => translateXsdPattern("\\p{IsBasicLatin}+")).toThrow(XsdRegexError);
    expect(() => translateXsdPattern("\\i\\c*")).toThrow(XsdRegexError);
  });
  it("knows month lengths and leap years in the date pattern", () => {
    const re = new RegExp(translateXsdPattern(DATE_PATTERN).js, "u");
    for (const ok of ["2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "2023-04-30"]) expect(re.test(ok), ok).toBe(true);
    for (const bad of ["2023-02-29", "1900-02-29", "0000-01-01", "2023-04-31", "2023-13-01", "2023-1-01", "2023-01-01Z"])
      expect(re.test(bad), bad).toBe(false);
  });
});

describe("formatDecimal", () => {
  it("writes numbers without exponent", () => {
    expect(formatDecimal(1e21)).toBe("1000000000000000000000");
    expect(formatDecimal(1.5e-7)).toBe("0.00000015");
    expect(formatDecimal(-0)).toBe("0");
    expect(formatDecimal(12.5)).toBe("12.5");
  });
});

describe("the form model of a schema with every datatype", () => {
  it("warns about the removed anchors and the missing code list, never silently", () => {
    const r = safeBuildForm(schema, { codeLists });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["form-constraint", "F99000000906V1.0.0"],
      ["code-list-unavailable", "F99000000918V1.0.0"],
    ]);
  });
  it("leaves out label fields and deduplicates codes", () => {
    expect(form.elements.map((e) => e.name)).not.toContain("F99000000919V1.0.0");
    const art = form.elements.find((e) => e.name === "F99000000916V1.0.0");
    expect(art?.kind === "field" && art.codes?.map((c) => c.code)).toEqual(["001", "002"]);
  });
  it("leaves out contradictory bounds with a warning (an XSD with minLength > maxLength would not compile)", () => {
    const xml = readFileSync(FIXTURE, "utf8").replace('minLength="1" maxLength="20"', 'minLength="5" maxLength="3"');
    const r = safeBuildForm((parse(xml) as { stammdatenschema: Stammdatenschema }).stammdatenschema);
    expect(r.diagnostics.find((d) => d.path === "F99000000901V1.0.0")?.params).toEqual({
      element: "F99000000901V1.0.0",
      constraint: "minLength/maxLength",
      value: "5 > 3",
      reason: "unparseable",
    });
    const f = (r.data as Form).elements.find((e) => e.name === "F99000000901V1.0.0");
    expect(f?.kind === "field" && [f.minLength, f.maxLength]).toEqual([undefined, undefined]);
  });
  it("reports two versions of one id as a conflict with unversioned ids", () => {
    const xml = readFileSync(FIXTURE, "utf8").replace(
      "<xdf3:id>F99000000930</xdf3:id><xdf3:version>1.0.0</xdf3:version>",
      "<xdf3:id>F99000000901</xdf3:id><xdf3:version>2.0.0</xdf3:version>",
    );
    const s = (parse(xml) as { stammdatenschema: Stammdatenschema }).stammdatenschema;
    expect(safeBuildForm(s).success).toBe(true);
    const r = safeBuildForm(s, { unversionedIds: true });
    expect(r.success).toBe(false);
    expect(r.diagnostics.some((d) => d.code === "form-name-conflict" && d.path === "F99000000901")).toBe(true);
  });
});

describe("JSON Schema", () => {
  const js = toJsonSchema(form) as Json;
  it("has the reference exporter's shape", () => {
    expect(js.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(js.$id).toBe("urn:fim-xoev:fachdaten:S99000000900V1.0.0.schema.json");
    expect(js.additionalProperties).toBe(false);
    expect(js.required).toEqual([
      "G99000000901V1.0.0",
      "F99000000910V1.0.0",
      "F99000000912V1.0.0",
      "F99000000916V1.0.0",
      "G99000000903V1.0.0",
    ]);
    expect(js.properties["F99000000914V1.0.0"]).toEqual({ type: "array", items: { $ref: "#/$defs/F99000000914V1.0.0" }, minItems: 1 });
    expect(js.$defs["G99000000903V1.0.0"].properties["F99000000930V1.0.0"]).toEqual({
      type: "array",
      items: { $ref: "#/$defs/F99000000930V1.0.0" },
      minItems: 2,
      maxItems: 5,
    });
    expect(js.$defs["F99000000912V1.0.0"]).toMatchObject({ type: "integer", minimum: 1, maximum: 31, title: "Tag" });
    expect(js.$defs["F99000000916V1.0.0"].oneOf).toEqual([
      { const: "001", title: "Erstantrag" },
      { const: "002", title: 'Verlängerung "kurz"' },
    ]);
    expect(js.$defs["F99000000917V1.0.0"].oneOf).toEqual([
      { const: "DE", title: "Deutschland" },
      { const: "FR", title: "Frankreich" },
    ]);
    expect(js.$defs["F99000000918V1.0.0"].$comment).toContain("urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat_2023-02-24");
    expect(js.$defs["F99000000901V1.0.0"].description).toBe("Wie im Ausweis");
    expect(js.$defs["G99000000902V1.0.0"]).toMatchObject({ minProperties: 1, maxProperties: 1 });
    expect(js.$defs["F99000000940V1.0.0"].readOnly).toBe(true);
  });
  it("is strict JSON, deterministic and compiles in ajv's strict 2020 mode", () => {
    const text = JSON.stringify(js);
    expect(JSON.parse(text)).toEqual(js);
    expect(JSON.stringify(toJsonSchema(build()))).toBe(text);
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    expect(ajv.validateSchema(js)).toBe(true);
    expect(() => ajv.compile(js)).not.toThrow();
  });
  it("names by bare id with unversionedIds", () => {
    const u = toJsonSchema(build({ unversionedIds: true })) as Json;
    expect(Object.keys(u.$defs)).toContain("F99000000901");
    expect(u.$id).toBe("urn:fim-xoev:fachdaten:S99000000900.schema.json");
  });
});

describe("Fachdaten XSD", () => {
  const xsd = toFachdatenXsd(form);
  it("uses the reference namespace, global elements and refs", () => {
    expect(xsd).toContain('targetNamespace="urn:fim-de:xfall:datenschema:xdf3"');
    expect(xsd).toContain('<xs:element name="S99000000900V1.0.0">');
    expect(xsd).toContain('<xs:element ref="F99000000930V1.0.0" minOccurs="2" maxOccurs="5"/>');
    expect(xsd).toContain('<xs:element ref="F99000000914V1.0.0" minOccurs="0" maxOccurs="unbounded"/>');
    expect(xsd).toMatch(/<xs:choice>\s*<xs:element ref="F99000000920V1.0.0"\/>/);
    expect(xsd).toContain('<xs:enumeration value="002"/>');
    expect(xsd).not.toContain("F99000000919V1.0.0");
    expect(toFachdatenXsd(form, { namespace: "urn:example:x" })).toContain('targetNamespace="urn:example:x"');
  });
});

describe("zod validator, sample and Fachdaten", () => {
  const validate = ajvFor(form);
  const sample = sampleFachdaten(form);
  const full = sampleFachdatenFull(form);
  it("the sample and the full sample are valid for zod and ajv", () => {
    for (const s of [sample, full]) {
      expect(validateFachdaten(form, s).diagnostics).toEqual([]);
      expect(validate(s)).toBe(true);
    }
    expect((full["G99000000901V1.0.0"] as Record<string, string>)["F99000000906V1.0.0"]).toMatch(/^[^$]+@[^$]+$/);
  });
  it("finds each defect with path, label and rule, in German and English", () => {
    const bad = structuredClone(sample) as Json;
    bad["G99000000901V1.0.0"]["F99000000902V1.0.0"] = "00999";
    bad["F99000000912V1.0.0"] = 32;
    delete bad["F99000000916V1.0.0"];
    bad.extra = 1;
    const en = validateFachdaten(form, bad);
    expect(en.valid).toBe(false);
    expect(en.diagnostics.map((d) => [d.path, d.params])).toEqual(
      expect.arrayContaining([
        [
          "/G99000000901V1.0.0/F99000000902V1.0.0",
          { element: "F99000000902V1.0.0", label: "Postleitzahl", rule: "pattern", limit: "([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}" },
        ],
        ["/F99000000912V1.0.0", { element: "F99000000912V1.0.0", label: "Tag", rule: "maximum", limit: "31" }],
        ["/F99000000916V1.0.0", { element: "F99000000916V1.0.0", label: "Art des Antrags", rule: "required", limit: "" }],
        ["/extra", { element: "S99000000900V1.0.0", label: "Alle Datentypen", rule: "unknown-property", limit: "extra" }],
      ]),
    );
    expect(en.diagnostics.find((d) => d.path === "/F99000000912V1.0.0")?.message).toBe(
      "Tag (F99000000912V1.0.0): the value must be at most 31.",
    );
    const de = validateFachdaten(form, bad, { locale: "de" });
    expect(de.diagnostics.find((d) => d.path === "/F99000000912V1.0.0")?.message).toBe(
      "Tag (F99000000912V1.0.0): der Wert darf höchstens 31 sein.",
    );
    expect(validate(bad)).toBe(false);
  });
  it("counts code points, not UTF-16 units, like JSON Schema", () => {
    const s = structuredClone(full) as Json;
    s["G99000000901V1.0.0"]["F99000000901V1.0.0"] = "😀".repeat(20);
    expect(validateFachdaten(form, s).valid).toBe(validate(s));
    expect(validate(s)).toBe(true);
  });
  it("an Auswahlgruppe takes exactly one branch", () => {
    const s = structuredClone(full) as Json;
    s["G99000000902V1.0.0"] = { "F99000000920V1.0.0": "0301234", "F99000000921V1.0.0": [1] };
    expect(validate(s)).toBe(false);
    expect(validateFachdaten(form, s).diagnostics.map((d) => d.params)).toEqual([
      expect.objectContaining({ rule: "choice", element: "G99000000902V1.0.0" }),
    ]);
    s["G99000000902V1.0.0"] = {};
    expect(validate(s)).toBe(false);
    expect(toZod(form).safeParse(s).success).toBe(false);
  });
  it("the rules extension point changes what is required in every output", () => {
    const f = build({
      requiredness: (e) => (e.child === "F99000000911V1.0.0" ? "required" : e.child === "F99000000916V1.0.0" ? "hidden" : undefined),
    });
    const js = toJsonSchema(f) as Json;
    expect(js.required).toContain("F99000000911V1.0.0");
    expect(js.properties["F99000000916V1.0.0"]).toBeUndefined();
    expect(toFachdatenXsd(f)).not.toContain('ref="F99000000916V1.0.0"');
    const s = sampleFachdaten(f);
    expect(s["F99000000911V1.0.0"]).toBe(12.5);
    expect(validateFachdaten(f, sample).valid).toBe(false);
    expect(validateFachdaten(f, s).valid).toBe(true);
  });
  it("JSON → XML → JSON is the identity", () => {
    for (const s of [sample, full]) expect(fachdatenFromXml(form, fachdatenToXml(form, s))).toEqual(s);
  });
  it("XML in schema order, typed back by the schema", () => {
    const xml = fachdatenToXml(form, full);
    expect(xml).toContain('<S99000000900V1.0.0 xmlns="urn:fim-de:xfall:datenschema:xdf3">');
    expect(xml.indexOf("G99000000901V1.0.0")).toBeLessThan(xml.indexOf("F99000000910V1.0.0"));
    expect(xml).toContain("<F99000000910V1.0.0>true</F99000000910V1.0.0>");
  });
  it("refuses what XML cannot hold", () => {
    for (const bad of [
      { ...sample, "F99000000914V1.0.0": [] },
      { ...sample, "F99000000912V1.0.0": null },
      { ...sample, "F99000000912V1.0.0": [3, 4] },
      { ...sample, "F99000000914V1.0.0": "x.pdf" },
      { ...sample, "a b": 1 },
    ]) {
      const r = safeFachdatenToXml(form, bad);
      expect(r.success).toBe(false);
      expect(r.diagnostics[0]?.code).toBe("not-representable");
    }
  });
  it("tells a value of the wrong type from a missing one", () => {
    const wrongType = validateFachdaten(form, { ...sample, "F99000000910V1.0.0": "ja" });
    expect(wrongType.diagnostics.map((d) => (d.params as { rule: string }).rule)).toEqual(["type"]);
    const { "F99000000910V1.0.0": _, ...missing } = sample as Record<string, unknown>;
    const r = validateFachdaten(form, missing);
    expect(r.diagnostics.map((d) => (d.params as { rule: string }).rule)).toEqual(["required"]);
  });
  it("validates XML with the XSD (order) and the zod validator (labels)", async () => {
    const xml = fachdatenToXml(form, full);
    expect((await validateFachdatenXml(form, xml)).valid).toBe(true);
    const swapped = xml.replace(
      /(<F99000000910V1\.0\.0>true<\/F99000000910V1\.0\.0>)(\s*)(<F99000000911V1\.0\.0>[^<]*<\/F99000000911V1\.0\.0>)/,
      "$3$2$1",
    );
    expect(swapped).not.toBe(xml);
    const r = await validateFachdatenXml(form, swapped);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["xsd-invalid"]);
    const tooBig = xml.replace("<F99000000912V1.0.0>3<", "<F99000000912V1.0.0>40<");
    const r2 = await validateFachdatenXml(form, tooBig);
    expect(r2.diagnostics.map((d) => d.code).sort()).toEqual(["form-data-invalid", "xsd-invalid"]);
  });
  it("refuses data nested deeper than XML readers accept, without running out of stack", () => {
    let deep: Record<string, unknown> = { a: "x" };
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const r = safeFachdatenToXml(form, { ...sample, Xdeep: deep });
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]?.params).toMatchObject({ value: expect.stringContaining("nested deeper than 1000 levels") });
    expect(validateFachdaten(form, { ...sample, Xdeep: deep }).valid).toBe(false);
  });
  it("reads JSON strictly", () => {
    expect(safeParseFachdatenJson("[1]").success).toBe(false);
    expect(safeParseFachdatenJson(new Uint8Array([0x7b, 0xff, 0x7d])).diagnostics[0]).toMatchObject({
      code: "invalid-byte-sequence",
      params: { offset: 1, bytes: "FF" },
      location: { line: 1, column: 2 },
    });
    expect(safeParseFachdatenJson('{"a":1,}').success).toBe(false);
  });
});

describe("a Datenfeldgruppe (0103) as the root", () => {
  const file = new URL("../../../fixtures/xdatenfelder/v3/valid/0103-datenfeldgruppe-maximal.xml", import.meta.url);
  const n = parse(readFileSync(file));
  it("gets the group's name as root element and $id, and a valid sample in every format", async () => {
    if (n.kind !== "xdatenfelder.datenfeldgruppe.0103") throw new Error("fixture is not 0103");
    const g = n.datenfeldgruppe;
    const f = safeBuildForm(g).data as Form;
    const name = `${g.identifikation.id}V${g.identifikation.version}`;
    expect(f.source).toBe("datenfeldgruppe");
    expect(f.root.name).toBe(name);
    expect((toJsonSchema(f) as Json).$id).toBe(`urn:fim-xoev:fachdaten:${name}.schema.json`);
    expect(toFachdatenXsd(f)).toContain(`<xs:element name="${name}">`);
    const s = sampleFachdatenFull(f);
    expect(ajvFor(f)(s)).toBe(true);
    const xml = fachdatenToXml(f, s);
    expect(xml).toContain(`<${name} xmlns=`);
    expect((await validateFachdatenXml(f, xml)).diagnostics).toEqual([]);
  });
});
