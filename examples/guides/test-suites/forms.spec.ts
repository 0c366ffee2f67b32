/**
 * Guide "Test suites" (docs/guides/test-suites.md): a QA engineer's vitest tests over the project's own
 * XDatenfelder schemas. In a project, the setup is one line in vitest.config.ts:
 *
 *   test: { setupFiles: ["fim-xoev/testing/vitest"] }
 *
 * (or `import "fim-xoev/testing/vitest"` at the top of a test file), which registers the matchers and their
 * types. This file imports the source instead and is run by the test suite (test/examples/test-suites.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import "../../../src/testing/vitest.ts";

const SCHEMAS = fileURLToPath(new URL("../../../fixtures/qs/v3", import.meta.url));
const clean = readdirSync(SCHEMAS).filter((n) => n.startsWith("clean") && n.endsWith(".xml"));

describe("our XDatenfelder schemas", () => {
  for (const name of clean) {
    const xml = readFileSync(join(SCHEMAS, name));

    it(`${name} passes the FIM quality criteria, warnings included except 1101`, () => {
      expect(xml).toPassFimQs({ failOn: "warning", policy: { disabledRules: ["1101"] } });
    });

    // The XSD stage needs the official schemas: FIM_XOEV_SCHEMAS, or once per machine `fim-xoev schemas add <zip>`.
    // Where CI has none, say so explicitly instead of letting "valid" mean "valid without XSD".
    const haveSchemas = process.env.FIM_XOEV_SCHEMAS !== undefined;
    it(`${name} is valid XDatenfelder 3.0.0${haveSchemas ? ", XSD included" : " (model stage; no schemas here)"}`, async () => {
      await expect(xml).toValidateAsXDatenfelder({ requireXsd: haveSchemas });
    });
  }

  it("a schema with a defect is caught", () => {
    const broken = readFileSync(join(SCHEMAS, "findings.xml"));
    expect(broken).not.toPassFimQs();
  });
});
