/**
 * Guide "Form systems" (docs/guides/form-systems.md): an incoming Stammdatenschema is validated (XSD included
 * when the official schemas are configured or cached), checked against the FIM quality criteria, turned into a
 * form model with its JSON Schema, and the applicant's data is validated against it.
 *
 *   npx tsx examples/guides/form-systems.ts [schema.xml]
 *
 * In an application, import from the package (ESM, strict TypeScript):
 *   import { validate } from "fim-xoev/xdatenfelder/v3";
 *   import { checkXDatenfelder } from "fim-xoev/xdatenfelder";
 *   import * as forms from "fim-xoev/xdatenfelder/forms";
 * The test suite runs this file (test/examples/guides.test.ts).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkXDatenfelder } from "../../src/xdatenfelder/index.ts";
import * as forms from "../../src/xdatenfelder/forms/index.ts";
import { validate } from "../../src/xdatenfelder/v3/index.ts";

/** What the example found, for the test. */
export interface FormSystemResult {
  readonly validity: "valid" | "invalid" | "valid-without-xsd";
  readonly qsErrors: number;
  readonly fields: number;
  readonly jsonSchemaId: string | undefined;
  readonly sampleValid: boolean;
  readonly emptyNameFindings: readonly string[];
}

export async function formSystemExample(
  schemaFile: string = fileURLToPath(new URL("../../fixtures/demo/hundesteuer-anmeldung.xdf3.xml", import.meta.url)),
  options: { readonly schemas?: string; readonly env?: Readonly<Record<string, string | undefined>> } = {},
  log: (line: string) => void = console.log,
): Promise<FormSystemResult> {
  const xml = readFileSync(schemaFile);

  // 1. Validate: xml → detect → xsd → model. The XSD stage uses `schemas`, else FIM_XOEV_SCHEMAS, else the
  //    schema cache (`fim-xoev schemas add …`); without any it is skipped and the result says "valid-without-xsd".
  const validated = await validate(xml, { file: schemaFile, ...options });
  log(`validity: ${validated.validity}`);
  const nachricht = validated.nachricht;
  if (validated.validity === "invalid" || nachricht?.kind !== "xdatenfelder.stammdatenschema.0102") {
    throw new Error(`not a valid Stammdatenschema: ${validated.report.diagnostics.map((d) => d.message).join("; ")}`);
  }

  // 2. Quality criteria (FIM-QS): a form system may refuse schemas with errors.
  const qs = await checkXDatenfelder(xml, { file: schemaFile });
  const qsErrors = qs.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal").length;
  log(`FIM-QS: ${qs.rulesExecuted.length} rules ran, ${qsErrors} errors`);

  // 3. The form model and the JSON Schema the form renders from.
  const form = forms.buildForm(nachricht.stammdatenschema);
  const jsonSchema = forms.toJsonSchema(form);
  log(`form "${form.root.label}": ${form.elements.length} elements`);

  // 4. The applicant's data: the sample is valid; an emptied required field is a finding at its path.
  const sample = forms.sampleFachdaten(form);
  const sampleValid = forms.validateFachdaten(form, sample).valid;
  const entered = structuredClone(sample) as Record<string, Record<string, unknown>>;
  const group = Object.keys(entered).find((k) => k.startsWith("G")) as string;
  const field = Object.keys(entered[group] ?? {})[0] as string;
  (entered[group] as Record<string, unknown>)[field] = "";
  const findings = forms.validateFachdaten(form, entered).diagnostics.map((d) => d.path);
  log(`sample valid: ${sampleValid}; emptied ${group}/${field}: ${findings.join(", ")}`);

  return {
    validity: validated.validity,
    qsErrors,
    fields: form.elements.length,
    jsonSchemaId: typeof jsonSchema.$id === "string" ? jsonSchema.$id : undefined,
    sampleValid,
    emptyNameFindings: findings,
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await formSystemExample(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
}
