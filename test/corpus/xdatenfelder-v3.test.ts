import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { safeParse, serialize } from "../../src/xdatenfelder/v3/index.ts";
import { canonicalXml } from "../support/canonical.ts";
import { hasShared, xdf3CorpusFiles } from "../support/shared.ts";

const files = hasShared ? xdf3CorpusFiles() : [];

describe.runIf(hasShared)("XDatenfelder 3.0.0 corpus", () => {
  test("has the 68 files of the manifest", () => {
    expect(files).toHaveLength(68);
  });

  test.each(files.map((f) => [f.file, f.path] as const))("%s: parses cleanly and round-trips losslessly", (_name, path) => {
    const input = readFileSync(path);
    const first = safeParse(input);
    const errors = first.diagnostics.filter((d) => d.severity === "error" || d.severity === "fatal");
    expect(errors).toEqual([]);
    expect(first.success).toBe(true);
    if (!first.success) return;

    for (const pretty of [true, false]) {
      const xml = serialize(first.data, { pretty });
      const second = safeParse(xml);
      expect(second.success).toBe(true);
      // isDeepStrictEqual is fast on multi-megabyte models; toEqual only runs to show a diff.
      if (!isDeepStrictEqual(second.data, first.data)) expect(second.data).toEqual(first.data);
      const [out, original] = [canonicalXml(xml), canonicalXml(input)];
      if (!isDeepStrictEqual(out, original)) expect(out).toEqual(original);
    }
  });
});
