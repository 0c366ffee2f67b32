/**
 * Example "Form systems": from a Stammdatenschema to what a form system needs.
 *
 *   npx tsx examples/forms/form-system.ts [outDir]
 *
 * In an application, import from the package instead: `import * as forms from "fim-xoev/xdatenfelder/forms"` and
 * `import { parse } from "fim-xoev/xdatenfelder/v3"`. The test suite runs this file (test/forms/example.test.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as forms from "../../src/xdatenfelder/forms/index.ts";
import { parse } from "../../src/xdatenfelder/v3/index.ts";

export interface ExampleResult {
  readonly files: readonly string[];
  readonly sampleValid: boolean;
  readonly findings: readonly string[];
  readonly roundTrip: boolean;
  readonly xmlValid: boolean;
}

export async function runExample(outDir: string, log: (line: string) => void = console.log): Promise<ExampleResult> {
  // 1. Read the Stammdatenschema and build the form model (warnings: code lists not given, constraints adapted).
  const schemaFile = fileURLToPath(new URL("../../fixtures/demo/hundesteuer-anmeldung.xdf3.xml", import.meta.url));
  const nachricht = parse(readFileSync(schemaFile));
  if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("expected a Stammdatenschema");
  const built = forms.safeBuildForm(nachricht.stammdatenschema);
  for (const d of built.diagnostics) log(`  ${d.severity}: ${d.message}`);
  const form = forms.buildForm(nachricht.stammdatenschema);
  log(`Form ${form.root.name} "${form.root.label}": ${form.elements.length} elements`);

  // 2. The schemas a form system commits: JSON Schema (2020-12), Fachdaten XSD, TypeScript module (zod + types).
  mkdirSync(outDir, { recursive: true });
  const files = [
    ["fachdaten.schema.json", forms.jsonSchemaText(form)],
    ["fachdaten.xsd", forms.toFachdatenXsd(form)],
    ["fachdaten.ts", forms.toTypeScript(form, { locale: "de" })],
  ] as const;
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  log(`Wrote ${files.map(([n]) => n).join(", ")} to ${outDir}`);

  // 3. The applicant's data: start from the sample, then make one mistake.
  const sample = forms.sampleFachdaten(form);
  const sampleValid = forms.validateFachdaten(form, sample).valid;
  log(`Sample valid: ${sampleValid}`);
  const entered = structuredClone(sample) as Record<string, Record<string, unknown>>;
  const halter = Object.keys(entered).find((k) => k.startsWith("G")) as string;
  const name = Object.keys(entered[halter] ?? {})[0] as string;
  (entered[halter] as Record<string, unknown>)[name] = "";
  const report = forms.validateFachdaten(form, entered, { locale: "de" });
  const findings = report.diagnostics.map((d) => `${d.path}: ${d.message}`);
  for (const f of findings) log(`  ${f}`);

  // 4. Hand-over: JSON for FIT-Connect, XML for an XFall-style Fachverfahren; lossless both ways.
  const xml = forms.fachdatenToXml(form, sample);
  const back = forms.fachdatenFromXml(form, xml);
  const roundTrip = JSON.stringify(back) === JSON.stringify(sample);
  writeFileSync(join(outDir, "fachdaten.json"), `${JSON.stringify(sample, null, 2)}\n`);
  writeFileSync(join(outDir, "fachdaten.xml"), xml);
  log(`JSON → XML → JSON identical: ${roundTrip}`);

  // 5. The receiving side validates the XML: XSD (element order, lexical forms) and the validator (labels).
  const xmlValid = (await forms.validateFachdatenXml(form, xml)).valid;
  log(`XML valid: ${xmlValid}`);
  return { files: [...files.map(([n]) => n), "fachdaten.json", "fachdaten.xml"], sampleValid, findings, roundTrip, xmlValid };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runExample(resolve(process.argv[2] ?? ".tmp/forms-example"));
}
