import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, it } from "vitest";
import { runExample } from "../../examples/forms/form-system.ts";

it("the guide's example runs: schemas written, sample valid, a finding with its label, lossless XML", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fim-xoev-example-"));
  try {
    const lines: string[] = [];
    const r = await runExample(dir, (l) => lines.push(l));
    expect(r.sampleValid).toBe(true);
    expect(r.roundTrip).toBe(true);
    expect(r.xmlValid).toBe(true);
    expect(r.findings).toEqual([
      "/G99000000101V1.0.0/F99000000101V1.0.0: Familienname (F99000000101V1.0.0): mindestens 1 Zeichen erforderlich.",
    ]);
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(dir, "fachdaten.schema.json"), "utf8")));
    expect(validate(JSON.parse(readFileSync(join(dir, "fachdaten.json"), "utf8")))).toBe(true);
    expect(lines.join("\n")).toContain("JSON → XML → JSON identical: true");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
