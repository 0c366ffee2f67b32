/**
 * Agreement of the three validators: for generated valid instances and one-defect variants of them, zod (toZod),
 * ajv (the JSON Schema, compiled in 2020 mode) and libxml2 (the Fachdaten XSD, on the instance written as XML)
 * give the same verdict. `FORMS_PROPERTY_RUNS` sets the runs per schema (default 8 valid + 8 defective).
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { expect, it } from "vitest";
import { safeCreateXsdValidator } from "../../src/core/validation/xsd.ts";
import { type Form, fachdatenToXml, toFachdatenXsd, toJsonSchema, toZod } from "../../src/xdatenfelder/forms/index.ts";
import { fachdatenArb, withDefect } from "./arbitraries.ts";

export const RUNS = Number(process.env.FORMS_PROPERTY_RUNS ?? 8);

/** Totals over every schema checked in this process. */
export const totals = { schemas: 0, valid: 0, defective: 0, defectiveRejected: 0 };

export async function checkAgreement(name: string, form: Form, seed: number, runs = RUNS): Promise<void> {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  const json = ajv.compile(toJsonSchema(form));
  const zod = toZod(form);
  const compiled = await safeCreateXsdValidator(
    { id: `agreement-${name}`, entry: "f.xsd", files: { "f.xsd": new TextEncoder().encode(toFachdatenXsd(form)) } },
    { cache: false },
  );
  if (!compiled.success) throw new Error(compiled.diagnostics[0]?.message);
  const xsd = compiled.data;
  const verdicts = (data: unknown) => ({
    ajv: json(data) as boolean,
    zod: zod.safeParse(data).success,
    xsd: xsd.validate(fachdatenToXml(form, data, { pretty: false })).valid,
  });
  totals.schemas++;
  try {
    fc.assert(
      fc.property(fachdatenArb(form), fc.nat(), (valid, pick) => {
        totals.valid++;
        expect(verdicts(valid)).toEqual({ ajv: true, zod: true, xsd: true });
        const bad = withDefect(form, valid, pick);
        if (bad === undefined) return;
        totals.defective++;
        const v = verdicts(bad);
        expect({ zod: v.zod, xsd: v.xsd }, JSON.stringify(bad)).toEqual({ zod: v.ajv, xsd: v.ajv });
        if (!v.ajv) totals.defectiveRejected++;
      }),
      { numRuns: runs, seed },
    );
  } finally {
    xsd.dispose();
  }
}

export function agreementIt(name: string, load: () => Promise<Form>, seed: number, runs = RUNS): void {
  it(name, async () => {
    await checkAgreement(name, await load(), seed, runs);
  });
}
