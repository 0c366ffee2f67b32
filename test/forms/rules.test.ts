/**
 * Fachdaten validation with rules: the rule engine's per-instance state decides what the form-data validator
 * requires (hand-made schema fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml; one corpus schema when ../shared
 * is there).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import {
  buildForm,
  fachdatenToRuleData,
  fachdatenToXml,
  safeValidateFachdatenWithRules,
  safeValidateFachdatenXmlWithRules,
  sampleFachdaten,
  validateFachdaten,
  validateFachdatenWithRules,
} from "../../src/xdatenfelder/forms/index.ts";
import type { Stammdatenschema } from "../../src/xdatenfelder/v3/model.ts";
import { safeParse } from "../../src/xdatenfelder/v3/parse.ts";
import { CORPUS, describeShared, hasShared } from "../support/shared.ts";

function load(file: string): Stammdatenschema {
  const p = safeParse(readFileSync(file));
  if (!p.success || p.data.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error(`${file} is not a Stammdatenschema`);
  return p.data.stammdatenschema;
}

const schema = load(new URL("../../fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml", import.meta.url).pathname);
const form = buildForm(schema);

/** Person (Art), Anschrift angeben = ja with an Anschrift: valid with and without rules. */
const base = () => ({
  "G99000000101V1.0.0": { "F99000000102V1.0.0": "X" },
  "F99000000103V1.0.0": true,
  "G99000000102V1.0.0": { "F99000000104V1.0.0": "Hauptstraße 1" },
});
const p = (d: Diagnostic | undefined) => (d?.params ?? {}) as Record<string, unknown>;
const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === "error").map((d) => [d.code, d.path, p(d).rule]);
const notApplied = (ds: readonly Diagnostic[]) => ds.map((d) => [p(d).rule, p(d).reason]);

describe("validateFachdatenWithRules", () => {
  it("accepts data that satisfies schema and rules", () => {
    const r = validateFachdatenWithRules(schema, base());
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("a rule makes a field required: missing → a required finding at the field", () => {
    const data = base();
    data["G99000000101V1.0.0"]["F99000000102V1.0.0"] = "R";
    expect(validateFachdaten(form, data).valid).toBe(true); // optional by anzahl (0:1)
    const r = validateFachdatenWithRules(schema, data);
    expect(r.valid).toBe(false);
    expect(errors(r.diagnostics)).toEqual([["form-data-invalid", "/G99000000101V1.0.0/F99000000101V1.0.0", "required"]]);
    expect(r.diagnostics[0]?.message).toBe("Vorname (F99000000101V1.0.0): a value is required.");
    (data["G99000000101V1.0.0"] as Record<string, string>)["F99000000101V1.0.0"] = "Erika";
    expect(validateFachdatenWithRules(schema, data).valid).toBe(true);
  });

  it("a rule hides a group: its required content missing → no finding; shown again → required", () => {
    const hidden = { "G99000000101V1.0.0": { "F99000000102V1.0.0": "X" }, "F99000000103V1.0.0": false };
    expect(errors(validateFachdaten(form, hidden).diagnostics)).toEqual([["form-data-invalid", "/G99000000102V1.0.0", "required"]]);
    const r = validateFachdatenWithRules(schema, hidden);
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.valid).toBe(true);
    // The edge the rule decided is optional in the form the validator used.
    expect(r.form.root.children.find((c) => c.element.id === "G99000000102")?.min).toBe(0);
    const shown = { ...hidden, "F99000000103V1.0.0": true };
    expect(errors(validateFachdatenWithRules(schema, shown).diagnostics)).toEqual([
      ["form-data-invalid", "/G99000000102V1.0.0", "required"],
    ]);
    // A hidden group that is sent anyway is validated as data: its required field must be there.
    const sent = { ...hidden, "G99000000102V1.0.0": {} };
    expect(errors(validateFachdatenWithRules(schema, sent).diagnostics)).toEqual([
      ["form-data-invalid", "/G99000000102V1.0.0/F99000000104V1.0.0", "required"],
    ]);
  });

  it("an unreadable rule does not stop validation and is listed as not applied", () => {
    const data = { ...base(), "G99000000101V1.0.0": {} };
    const r = validateFachdatenWithRules(schema, data);
    expect(errors(r.diagnostics)).toEqual([["form-data-invalid", "/G99000000101V1.0.0/F99000000102V1.0.0", "required"]]);
    const unread = r.notApplied.find((d) => p(d).rule === "R99000000103V1.0.0");
    expect(unread).toMatchObject({ code: "rule-not-applied", severity: "info", path: "regel[R99000000103V1.0.0]" });
    expect(p(unread).reason).toMatch(/^not machine-readable/u);
    expect(r.diagnostics).toContain(unread);
  });

  it("a Land-scoped rule applies only with a Land in its scope, and is listed without one", () => {
    const without = validateFachdatenWithRules(schema, base());
    expect(without.valid).toBe(true);
    expect(notApplied(without.notApplied)).toEqual([
      ["R99000000103V1.0.0", expect.stringMatching(/^not machine-readable/u)],
      ["R99000000104V1.0.0", "an effect is limited to Länder (BY) and no Land was given"],
    ]);
    const by = validateFachdatenWithRules(schema, base(), { land: "BY" });
    expect(errors(by.diagnostics)).toEqual([["form-data-invalid", "/F99000000105V1.0.0", "required"]]);
    expect(by.notApplied.map((d) => p(d).rule)).toEqual(["R99000000103V1.0.0"]);
    expect(validateFachdatenWithRules(schema, base(), { land: "NW" }).valid).toBe(true);
    expect(validateFachdatenWithRules(schema, { ...base(), "F99000000105V1.0.0": "x" }, { land: "BY" }).valid).toBe(true);
  });

  it("a rule inside a repeated group requires per instance", () => {
    const data = {
      ...base(),
      "G99000000103V1.0.0": [
        { "F99000000106V1.0.0": true },
        { "F99000000106V1.0.0": false },
        {
          "F99000000106V1.0.0": true,
          "F99000000107V1.0.0": "2020-02-29",
          "G99000000104V1.0.0": { "F99000000108V1.0.0": "030 123" },
        },
      ],
    };
    const r = validateFachdatenWithRules(schema, data);
    expect(errors(r.diagnostics)).toEqual([
      ["form-data-invalid", "/G99000000103V1.0.0/0/F99000000107V1.0.0", "required"],
      ["form-data-invalid", "/G99000000103V1.0.0/0/G99000000104V1.0.0/F99000000108V1.0.0", "required"],
    ]);
  });

  it("in an Auswahlgruppe a branch is required only where a rule says so; elsewhere the choice stands", () => {
    const data = {
      ...base(),
      "G99000000103V1.0.0": [
        // F99000000106 = false: the rule does not apply, E-Mail is a valid choice (Telefon is 1:1 but a branch).
        { "F99000000106V1.0.0": false, "G99000000104V1.0.0": { "F99000000109V1.0.0": "a@example.org" } },
        // F99000000106 = ja: Telefon required by R99000000106.
        { "F99000000106V1.0.0": true, "F99000000107V1.0.0": "2020-02-29", "G99000000104V1.0.0": { "F99000000109V1.0.0": "b@example.org" } },
      ],
    };
    const r = validateFachdatenWithRules(schema, data);
    expect(errors(r.diagnostics)).toEqual([
      ["form-data-invalid", "/G99000000103V1.0.0/1/G99000000104V1.0.0/F99000000108V1.0.0", "required"],
    ]);
  });

  it("works on unversioned ids and in German", () => {
    const data = { G99000000101: { F99000000102: "R" }, F99000000103: true, G99000000102: { F99000000104: "Weg 2" } };
    const r = validateFachdatenWithRules(schema, data, { unversionedIds: true, locale: "de" });
    expect(errors(r.diagnostics)).toEqual([["form-data-invalid", "/G99000000101/F99000000101", "required"]]);
    expect(r.diagnostics[0]?.message).toContain("Vorname (F99000000101)");
    expect(r.diagnostics[0]?.message).not.toBe("Vorname (F99000000101): a value is required.");
  });

  it("validates XML with the rules (XSD of the rule-adjusted form and the validator)", async () => {
    const hidden = { "G99000000101V1.0.0": { "F99000000102V1.0.0": "R" }, "F99000000103V1.0.0": false };
    const xml = fachdatenToXml(form, hidden);
    const r = await safeValidateFachdatenXmlWithRules(schema, xml);
    expect(r.success).toBe(true);
    // G99000000102 hidden (not required although 1:1), F99000000101 required by the rule.
    expect(errors(r.data?.diagnostics ?? [])).toEqual([["form-data-invalid", "/G99000000101V1.0.0/F99000000101V1.0.0", "required"]]);
    expect(r.data?.notApplied.map((d) => p(d).rule)).toEqual(["R99000000103V1.0.0", "R99000000104V1.0.0"]);
  });

  it("refuses an unknown Land instead of validating without its rules", () => {
    const r = safeValidateFachdatenWithRules(schema, base(), { land: "XX" });
    expect(r.success).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: "invalid-input" });
    expect(() => validateFachdatenWithRules(schema, base(), { land: "XX" })).toThrow();
  });

  it("maps Fachdaten to the rule engine's shape: unversioned ids, repeated groups as arrays, unknown keys left out", () => {
    expect(
      fachdatenToRuleData(form, {
        "G99000000101V1.0.0": { "F99000000102V1.0.0": "R", fremd: 1 },
        "G99000000103V1.0.0": [{ "F99000000106V1.0.0": true }],
        "X-unbekannt": 2,
      }),
    ).toEqual({ G99000000101: { F99000000102: "R" }, G99000000103: [{ F99000000106: true }] });
  });
});

describeShared("validateFachdatenWithRules on S05000001323 (corpus, sample instance)", () => {
  const corpus = hasShared
    ? load(join(CORPUS, "xdatenfelder", "BUND-T__Prototype/fim_data__S05000001323__schema.xdf.xml"))
    : (undefined as unknown as Stammdatenschema);

  it("the schema-valid sample is checked against the rules, per instance and per Land", () => {
    const f = buildForm(corpus);
    const sample = sampleFachdaten(f);
    expect(validateFachdaten(f, sample).valid).toBe(true);
    const r = validateFachdatenWithRules(corpus, sample);
    expect(r.valid).toBe(false);
    const found = errors(r.diagnostics);
    // F05000018321 = true in the first Sachkenntnis instance requires F05000018323 there (rule in a repeated group).
    expect(found).toContainEqual(["form-data-invalid", "/G05000012312V0.2.0/0/F05000018323V0.2.0", "required"]);
    // The sample's von = bis fails "von before bis" (R05000013435), reported at the field as a JSON Pointer.
    expect(found).toContainEqual([
      "rule-validation-failed",
      "/G05000012312V0.2.0/0/G05000012346V1.0.0/F05000017278V1.2.0",
      "R05000013435V1.0.0",
    ]);
    const rules = r.notApplied.map((d) => p(d).rule);
    expect(rules).toContain("R60000000024V2.0.0"); // unreadable
    expect(rules).toContain("R05000013403V0.2.0"); // Land-scoped, no Land
    // TH requires F05000018366; NW hides it.
    const th = errors(validateFachdatenWithRules(corpus, sample, { land: "TH" }).diagnostics);
    expect(th).toContainEqual(["form-data-invalid", "/G05000012322V0.2.0/F05000018366V0.2.0", "required"]);
    const nw = validateFachdatenWithRules(corpus, sample, { land: "NW" });
    expect(errors(nw.diagnostics).some((d) => d[1] === "/G05000012322V0.2.0/F05000018366V0.2.0")).toBe(false);
    expect(nw.notApplied.map((d) => p(d).rule)).toEqual(["R60000000024V2.0.0"]);
  });
});
