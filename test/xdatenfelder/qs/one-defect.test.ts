/**
 * One-defect fixtures for the FIM-QS checks that fire neither on the corpus nor on the reference's one-defect
 * variants: `fixtures/qs/{v3,v2}/one-defect/<code>-<defect>.xml` is a copy of a clean fixture of ours
 * (`../clean*.xml`, named in the `.json` beside it) with exactly one defect, and the `.json` lists the
 * findings it must add (code, element, line). Each case asserts that the clean fixture has no finding of that
 * code, and that the fixture's findings are the clean fixture's plus exactly the expected ones.
 * A second test (needs `../shared`) checks that every implemented check is covered by the corpus, the
 * reference's variants or a fixture here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DirectoryCodeListProvider } from "../../../src/core/codelists/provider.ts";
import type { Diagnostic } from "../../../src/core/diagnostics/diagnostic.ts";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../../../src/core/validation/index.ts";
import { checkXDatenfelder } from "../../../src/xdatenfelder/qs.ts";
import { qsRules as v2Rules } from "../../../src/xdatenfelder/v2/rules/index.ts";
import { qsRules as v3Rules } from "../../../src/xdatenfelder/v3/rules/index.ts";
import { describeShared, itShared, REPO_ROOT, STANDARDS } from "../../support/shared.ts";
import { mutantFindings, referenceFindings } from "./reference.ts";

interface Expected {
  readonly check: string;
  readonly base: string;
  readonly defect: string;
  readonly enable?: readonly string[];
  readonly codelists?: string;
  readonly findings: readonly { code: string; element: string; line: number }[];
}

const cases = ["v3", "v2"].flatMap((version) => {
  const dir = join(REPO_ROOT, "fixtures", "qs", version, "one-defect");
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((json) => ({
      version,
      dir,
      name: json.replace(/\.json$/, ""),
      expected: JSON.parse(readFileSync(join(dir, json), "utf8")) as Expected,
    }));
});

type Finding = { code: string; element: string; line: number };
const findings = (ds: readonly Diagnostic[]): Finding[] =>
  ds
    .filter((d) => d.code === "quality-check")
    .map((d) => ({ code: d.params.rule as string, element: d.params.element as string, line: d.location?.line ?? 0 }));
const key = (f: Finding) => `${f.code} ${f.element}`;
const order = (a: Finding, b: Finding) => `${a.code} ${a.element} ${a.line}`.localeCompare(`${b.code} ${b.element} ${b.line}`);

describe("FIM-QS one-defect fixtures", () => {
  test.each(cases)("$version $name", async ({ dir, name, expected }) => {
    const options = {
      policy: { enabledRules: [...(expected.enable ?? [])] },
      ...(expected.codelists !== undefined && { codeListProvider: new DirectoryCodeListProvider(join(dir, expected.codelists)) }),
    };
    const clean = await checkXDatenfelder(readFileSync(join(dir, expected.base)), { file: expected.base, ...options });
    const broken = await checkXDatenfelder(readFileSync(join(dir, `${name}.xml`)), { file: `${name}.xml`, ...options });
    expect(clean.completed && broken.completed).toBe(true);
    expect(name.startsWith(`${expected.check}-`)).toBe(true);
    expect(expected.findings.some((f) => f.code === expected.check)).toBe(true);
    const before = findings(clean.diagnostics);
    expect(before.filter((f) => f.code === expected.check)).toEqual([]);
    const known = new Set(before.map(key));
    const added = findings(broken.diagnostics).filter((f) => !known.has(key(f)));
    expect(added.sort(order)).toEqual([...expected.findings].sort(order));
  });
});

/**
 * Checks no document can trigger: a schema (1078) or group (1023) without rows violates the 3.0.0 XSD
 * (`struktur` is required), so reading stops with `missing-element` before the rules run. They are tested on
 * model objects only (`rules-v3.test.ts`, `rules-v2.test.ts`).
 */
const NUR_AM_MODELL = ["1023", "1078"];

describe("FIM-QS coverage of the implemented checks", () => {
  itShared(
    "every implemented check fires on the corpus, on a reference variant or in a one-defect fixture (but the two no document can trigger)",
    () => {
      const implemented = new Set([...v3Rules, ...v2Rules].map((r) => r.id));
      const corpus = new Set(
        referenceFindings()
          .filter((f) => !f.network)
          .map((f) => f.code),
      );
      const mutants = new Set(mutantFindings().map((f) => f.code));
      const fixtures = new Set(cases.map((c) => c.expected.check));
      const byCorpus = [...implemented].filter((c) => corpus.has(c));
      const byMutants = [...implemented].filter((c) => !corpus.has(c) && mutants.has(c));
      const byFixtures = [...implemented].filter((c) => !corpus.has(c) && !mutants.has(c) && fixtures.has(c));
      const none = [...implemented].filter((c) => !corpus.has(c) && !mutants.has(c) && !fixtures.has(c)).sort();
      console.info(
        `FIM-QS coverage of ${implemented.size} implemented checks: corpus ${byCorpus.length}, reference variants ${byMutants.length} more, one-defect fixtures ${byFixtures.length} more, none ${none.length} (${none.join(", ")})`,
      );
      expect(none).toEqual(NUR_AM_MODELL);
    },
  );
});

/** Fixtures whose one defect is one the XSD itself forbids (a value outside an enumeration or pattern). */
const XSD_VERBIETET = [
  "1021-row-without-anzahl",
  "1027-unknown-feldart",
  "1028-unknown-datentyp",
  "1030-unknown-vorbefuellung",
  "1031-unknown-schemaelementart",
  "1033-unknown-ableitungsmodifikation-struktur",
  "1034-unknown-ableitungsmodifikation-repraesentation",
  "1042-unknown-gruppenart",
  "1046-anzahl-wrong-format",
  "1059-minlength-negative",
  "1060-maxlength-zero",
  "1092-istabstrakt-not-a-boolean",
  "1131-text-outside-string-latin",
];

describeShared("FIM-QS fixtures against the XSD", () => {
  const validators = new Map<string, XsdValidator>();
  beforeAll(async () => {
    validators.set("v3", await createXsdValidator(await loadSchemaSet("xdatenfelder-3.0.0", { schemas: STANDARDS })));
    validators.set("v2", await createXsdValidator(await loadSchemaSet("xdatenfelder-2.0", { schemas: STANDARDS })));
  });
  afterAll(() => {
    for (const v of validators.values()) v.dispose();
  });

  test("the clean fixtures are valid, and so is every one-defect fixture but those whose defect the XSD forbids", () => {
    const invalid: string[] = [];
    for (const version of ["v3", "v2"]) {
      const dir = join(REPO_ROOT, "fixtures", "qs", version);
      const bases = readdirSync(dir).filter((n) => n.startsWith("clean") && n.endsWith(".xml"));
      const files = [...bases, ...cases.filter((c) => c.version === version).map((c) => join("one-defect", `${c.name}.xml`))];
      for (const f of files) {
        const report = validators.get(version)?.validate(readFileSync(join(dir, f)), { file: f });
        if (report?.valid !== true) invalid.push(f.replace(/^one-defect\//, "").replace(/\.xml$/, ""));
      }
    }
    expect(invalid.sort()).toEqual(XSD_VERBIETET);
  });
});
