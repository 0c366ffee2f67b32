/**
 * The corpus contract for XDatenfelder 3.0.0, run in two shards (two test files) so that vitest spreads
 * the 71 MB over both cores: every file parses with no error, serialize(parse(x)) is XSD-valid,
 * parse(serialize(parse(x))) deep-equals parse(x), and the serialized document equals the input after
 * canonicalisation (prefixes and insignificant white space aside). Pretty output is covered by the
 * hand-written fixtures (test/conformance); here the compact form keeps the run short.
 */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadSchemaSet } from "../../src/core/validation/schemas.ts";
import { createXsdValidator, type XsdValidator } from "../../src/core/validation/xsd.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { PREFIXES, SCHEMA_SET_ID, safeParse, safeParseElement, serialize } from "../../src/xdatenfelder/v3/index.ts";
import { canonicalXmlWithMisc } from "../support/canonical.ts";
import { hasShared, STANDARDS, xdf3CorpusFiles } from "../support/shared.ts";

export function describeCorpusShard(shard: number, of: number): void {
  const all = hasShared ? xdf3CorpusFiles() : [];
  const files = all.filter((_, i) => i % of === shard);

  describe.runIf(hasShared)(`XDatenfelder 3.0.0 corpus, shard ${shard + 1}/${of}`, () => {
    let validator: XsdValidator;
    beforeAll(async () => {
      validator = await createXsdValidator(await loadSchemaSet(SCHEMA_SET_ID, { schemas: STANDARDS }), { cache: false });
    });
    afterAll(() => validator?.dispose());

    if (shard === 0) {
      test("the manifest lists 68 files", () => expect(all).toHaveLength(68));
    }

    test.each(files.map((f) => [f.file, f.path] as const))("%s", (_name, path) => {
      const input = readFileSync(path);
      const first = safeParse(input);
      expect(first.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal")).toEqual([]);
      expect(first.success).toBe(true);
      if (!first.success) return;

      // safeParse reads repeated relations shallow; reading everything in full gives the same model and findings.
      const full = readXml(input, { prefixes: PREFIXES });
      expect(full.success).toBe(true);
      if (full.success) {
        const exact = safeParseElement(full.data.root);
        if (!isDeepStrictEqual(exact, first)) expect(exact).toEqual(first);
      }

      const xml = serialize(first.data, { pretty: false });
      const xsd = validator.validate(xml);
      expect(xsd.diagnostics).toEqual([]);
      expect(xsd.valid).toBe(true);

      const second = safeParse(xml);
      expect(second.success).toBe(true);
      // isDeepStrictEqual is fast on multi-megabyte models; toEqual only runs to show a diff.
      if (!isDeepStrictEqual(second.data, first.data)) expect(second.data).toEqual(first.data);
      // comments and PIs count: the round trip keeps them at their places
      const out = canonicalXmlWithMisc(xml);
      const original = canonicalXmlWithMisc(input);
      if (!isDeepStrictEqual(out, original)) expect(out).toEqual(original);
    });
  });
}
