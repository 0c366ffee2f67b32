/**
 * The rule reader on every rule of the real corpus (the 3.0.0 files, read with the library's own parser):
 * the shares of distinct rule texts read completely, partly and not at all, and the promise that no effect
 * names an element the text does not name. Prints the figures; asserts the floors reached.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { safeParse as safeParseAny } from "../../../src/xdatenfelder/index.ts";
import { formTreeV2, formTreeV3, idsOfEffect, readRules } from "../../../src/xdatenfelder/regeln/index.ts";
import type { CheckedRule } from "../../../src/xdatenfelder/regeln/read.ts";
import { safeParse } from "../../../src/xdatenfelder/v3/parse.ts";
import { describeShared, itShared, manifest, xdf3CorpusFiles } from "../../support/shared.ts";

describeShared("Regeln on the corpus", () => {
  itShared(
    "reads ≥ 90 % of distinct rule texts completely or partly, and never names an id the text does not",
    { timeout: 120_000 },
    () => {
      const byText = new Map<string, CheckedRule>();
      let rules = 0;
      const strayTargets: string[] = [];
      const unknownTargets: string[] = [];
      for (const row of xdf3CorpusFiles()) {
        const parsed = safeParse(readFileSync(row.path));
        if (!parsed.success || parsed.data.kind !== "xdatenfelder.stammdatenschema.0102") continue;
        const tree = formTreeV3(parsed.data.stammdatenschema);
        for (const r of readRules(tree)) {
          rules++;
          for (const e of r.effects) {
            for (const id of idsOfEffect(e)) if (!r.text.includes(id)) strayTargets.push(`${r.id}: ${id}`);
          }
          for (const d of r.diagnostics) if (d.code === "rule-target-unknown") unknownTargets.push(`${row.file} ${r.id} ${d.params.id}`);
          if (!byText.has(r.text)) byText.set(r.text, r);
        }
      }
      const distinct = [...byText.values()];
      const count = (o: string) => distinct.filter((r) => r.outcome === o).length;
      const read = count("read");
      const partial = count("partial");
      const unreadable = count("unreadable");
      const share = (n: number) => `${((100 * n) / distinct.length).toFixed(1)} %`;
      console.info(
        `Regeln: ${rules} rules (per schema), ${distinct.length} distinct texts: read ${read} (${share(read)}), partial ${partial} (${share(partial)}), unreadable ${unreadable} (${share(unreadable)}); ${unknownTargets.length} ids not in their schema`,
      );
      expect(distinct.length).toBeGreaterThanOrEqual(200);
      expect(strayTargets).toEqual([]);
      expect((read + partial) / distinct.length).toBeGreaterThanOrEqual(0.9);
      expect(read / distinct.length).toBeGreaterThanOrEqual(0.96);
    },
  );

  itShared("reads the 2.0 'definition' texts of the corpus the same way", { timeout: 60_000 }, () => {
    const byText = new Map<string, CheckedRule>();
    for (const row of manifest("xdatenfelder").filter((r) => r.xdf_version === "2.0")) {
      // Rules are read from real exports as they are: facet violations elsewhere in a file (characters outside
      // String.Latin in 2.0 exports) are warnings here, not a reason to skip its rules.
      const parsed = safeParseAny(readFileSync(row.path), { xsdFacets: "warning" });
      if (!parsed.success || parsed.data.version !== "2.0" || parsed.data.nachricht.kind !== "xdatenfelder.stammdatenschema.0102") continue;
      for (const r of readRules(formTreeV2(parsed.data.nachricht.stammdatenschema))) {
        for (const e of r.effects) for (const id of idsOfEffect(e)) expect(r.text).toContain(id);
        if (!byText.has(r.text)) byText.set(r.text, r);
      }
    }
    const distinct = [...byText.values()];
    const read = distinct.filter((r) => r.outcome === "read").length;
    console.info(`Regeln 2.0: ${distinct.length} distinct definition texts, ${read} read completely`);
    expect(distinct.length).toBeGreaterThanOrEqual(30);
    expect(read / distinct.length).toBeGreaterThanOrEqual(0.94);
  });
});
