/**
 * The corpus checks of the forms module, per schema: JSON Schema strict JSON + meta-valid + compiles in ajv
 * (2020, strict); XSD compiles in libxml2 and in `xmllint --schema`; the sample (required elements only) and the
 * full sample validate in ajv, zod, libxml2 and xmllint; JSON → XML → JSON is the identity.
 * Split over two test files (`corpus-1`, `corpus-2`) so that two workers share the work.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, expect, it } from "vitest";
import {
  fachdatenFromXml,
  fachdatenToXml,
  jsonSchemaText,
  sampleFachdaten,
  sampleFachdatenFull,
  toFachdatenXsd,
  toJsonSchema,
  validateFachdaten,
  validateFachdatenXml,
} from "../../src/xdatenfelder/forms/index.ts";
import { hasShared } from "../support/shared.ts";
import { hasXmllint, runXmllint } from "../xsd/shared.ts";
import { corpusCodeLists, formOf, schemaRows } from "./corpus-support.ts";

export function defineCorpusCases(shard: number, shards: number): void {
  const rows = hasShared ? schemaRows().filter((_, i) => i % shards === shard) : [];
  const codeLists = hasShared ? corpusCodeLists() : undefined;
  const dir = mkdtempSync(join(tmpdir(), "fim-xoev-forms-"));
  const xmllint = hasXmllint();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(rows.map((r) => [r.file, r] as const))("%s", async (_file, row) => {
    const form = await formOf(row, codeLists as NonNullable<typeof codeLists>);
    // JSON Schema: strict JSON, meta-valid, compiles.
    const text = jsonSchemaText(form);
    const schema = JSON.parse(text);
    expect(schema).toEqual(toJsonSchema(form));
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    const validate = ajv.compile(schema);

    const xsd = toFachdatenXsd(form);
    const base = join(dir, row.file.replace(/[^A-Za-z0-9_.-]/g, "_"));
    writeFileSync(`${base}.xsd`, xsd);
    const xmlFiles: string[] = [];
    for (const [kind, data] of [
      ["sample", sampleFachdaten(form)],
      ["full", sampleFachdatenFull(form)],
    ] as const) {
      expect(validate(data), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validateFachdaten(form, data).diagnostics).toEqual([]);
      const xml = fachdatenToXml(form, data);
      expect(fachdatenFromXml(form, xml)).toEqual(data);
      const viaXsd = await validateFachdatenXml(form, xml);
      expect(viaXsd.diagnostics).toEqual([]);
      writeFileSync(`${base}.${kind}.xml`, xml);
      xmlFiles.push(`${base}.${kind}.xml`);
    }
    if (xmllint) {
      const verdicts = await runXmllint(`${base}.xsd`, xmlFiles);
      for (const f of xmlFiles) expect(verdicts.get(f)?.valid, f).toBe(true);
    }
  });
}
