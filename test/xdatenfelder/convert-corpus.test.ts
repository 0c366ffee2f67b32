/**
 * 3.0.0 → 2.0 over the 68 corpus 3.0.0 files (2.0-XSD-valid or exactly reported), and
 * 2.0 → 3.0.0 → 2.0 over the four corpus 2.0 files (the original model, documented normalisations aside).
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { DirectoryCodeListProvider } from "../../src/core/codelists/provider.ts";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import { convertXdf2ToXdf3, convertXdf3ToXdf2 } from "../../src/xdatenfelder/convert/index.ts";
import * as v2 from "../../src/xdatenfelder/v2/index.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";
import { hasShared, manifest, STANDARDS, xdf3CorpusFiles } from "../support/shared.ts";

const files3 = hasShared ? xdf3CorpusFiles() : [];
const files2 = hasShared ? manifest("xdatenfelder").filter((r) => r.xdf_version === "2.0") : [];

/**
 * The documented normalisations of 2.0 → 3.0.0 → 2.0 (docs/conversion.md): `bezug` is split on `;` with white
 * space normalised and joined with `; `; Präzisierung JSON is rewritten (same values); values outside String.Latin
 * are replaced; a rule's bezeichnungEingabe becomes its name; bezeichnungAusgabe of schema and rules is not
 * carried; white-space-only texts become empty and the empty script stub `function script() {}` is not documented
 * (as the reference does); children gain the `veroeffentlichungsdatum` of their nearest ancestor.
 */
function normalise(value: unknown, key = ""): unknown {
  if (typeof value === "string") {
    if (value.trim() === "") return "";
    if (key === "script" && /^function script\(\) \{\s*\}$/.test(value)) return "";
    if (key === "bezug")
      return value
        .split(";")
        .map((t) => t.replace(/[\t\n\r ]+/g, " ").trim())
        .filter((t) => t !== "")
        .join("; ");
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value !== null && typeof value === "object") {
    const o: Record<string, unknown> = {};
    const isRegel = Object.hasOwn(value, "script");
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (isRegel && (k === "bezeichnungEingabe" || k === "bezeichnungAusgabe")) continue;
      if (k === "praezisierung") {
        o[k] = (v as v2.Praezisierung).werte === undefined ? "" : normalise({ ...(v as v2.Praezisierung).werte });
        continue;
      }
      o[k] = normalise(v, k);
    }
    return o;
  }
  return value;
}

/** The 2.0 → 3.0.0 conversion gives children the `veroeffentlichungsdatum` of their nearest ancestor (as the reference). */
function inheritVeroeffentlichungsdatum(value: unknown, inherited?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => inheritVeroeffentlichungsdatum(v, inherited));
  if (value === null || typeof value !== "object") return value;
  const o = value as Record<string, unknown>;
  const isElement = Object.hasOwn(o, "identifikation") && Object.hasOwn(o, "status") && !Object.hasOwn(o, "script");
  const own = isElement ? ((o.veroeffentlichungsdatum as string | undefined) ?? inherited) : inherited;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = k === "regel" ? v : inheritVeroeffentlichungsdatum(v, own);
  if (isElement && own !== undefined) out.veroeffentlichungsdatum = own;
  return out;
}

describe.runIf(hasShared)("3.0.0 → 2.0 over the corpus", () => {
  let xsd2: XsdValidator;
  beforeAll(async () => {
    xsd2 = await createXsdValidator(await loadSchemaSet("xdatenfelder-2.0", { schemas: STANDARDS }));
  });

  const outcome = { valid: 0, invalid: 0 };
  const reported: Record<string, number> = {};

  test("has the 68 3.0.0 files", () => expect(files3).toHaveLength(68));

  test.each(files3.map((f) => [f.file, f.path] as const))(
    "%s: 2.0-XSD-valid, or every XSD finding is explained by a reported value",
    (_n, path) => {
      const source = v3.parse(readFileSync(path));
      const r = convertXdf3ToXdf2(source);
      expect(r.success).toBe(true);
      if (!r.success) return;
      for (const d of r.diagnostics) expect(d.stage).toBe("convert");
      const xml = v2.serialize(r.data.nachricht);
      const report = xsd2.validate(xml);
      outcome[report.valid ? "valid" : "invalid"]++;
      const kinds = new Set(
        r.diagnostics.map(
          (d) => `${d.code}:${(/^[^ (]+/.exec(d.params && "element" in d.params ? String(d.params.element) : "") ?? [""])[0]}`,
        ),
      );
      for (const k of kinds) reported[k] = (reported[k] ?? 0) + 1;
      if (!report.valid) {
        // the only reasons 2.0 rejects the result: text outside String.Latin (kept as it came in 3.0.0)
        for (const d of report.diagnostics) expect(d.message).toContain("pattern");
      }
    },
  );

  test("summary: how many files are 2.0-XSD-valid, and in how many files each kind of loss is reported", () => {
    // every corpus file converts to a 2.0-XSD-valid document
    expect(outcome).toEqual({ valid: 68, invalid: 0 });
    // FIM Portal exports differ from the header time and carry relations and keywords: always reported
    expect(reported["not-representable:letzteAenderung"]).toBe(68);
    expect(reported["not-representable:relation"]).toBeGreaterThan(0);
    expect(reported["not-representable:stichwort"]).toBeGreaterThan(0);
    // inline value lists become generated genericode lists
    expect(reported["conversion-default:werte"]).toBeGreaterThan(0);
  });
});

describe.runIf(hasShared)("2.0 → 3.0.0 → 2.0 returns the original model", () => {
  test.each(files2.map((f) => [f.file, f.path] as const))("%s", async (_n, path) => {
    // real 2.0 exports may hold characters outside String.Latin: read them tolerantly to convert them
    const original = v2.parse(readFileSync(path), { xsdFacets: "warning" });
    const up = await convertXdf2ToXdf3(original, { codeLists: new DirectoryCodeListProvider(dirname(path)), stringLatin: false });
    expect(up.success).toBe(true);
    if (!up.success) return;
    const down = convertXdf3ToXdf2(up.data);
    expect(down.success).toBe(true);
    if (!down.success) return;
    expect(down.data.codeListen).toEqual([]);
    const a = normalise(inheritVeroeffentlichungsdatum({ ...original, rootAttributes: undefined })) as Record<string, unknown>;
    const b = normalise(down.data.nachricht) as Record<string, unknown>;
    expect(b).toEqual(a);
  });
});
