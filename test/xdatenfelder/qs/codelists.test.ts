/** The code-list checks with a real provider: resolved first, then checked; skipped without one. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkCommand } from "../../../src/cli/check.ts";
import type { CliIo } from "../../../src/cli/io.ts";
import { DirectoryCodeListProvider, InMemoryCodeListProvider } from "../../../src/core/codelists/provider.ts";
import { checkXDatenfelder } from "../../../src/xdatenfelder/qs.ts";
import { checkWithCodeLists, resolveCodeLists } from "../../../src/xdatenfelder/v3/rules/index.ts";
import { REPO_ROOT } from "../../support/shared.ts";
import { mit, nachricht } from "./base-v3.ts";
import { genericode } from "./codelist.ts";

const LAND = "urn:xoev-de:test:codeliste:land";
const land = genericode(LAND, "2024-01-01", [
  ["DE", "Deutschland"],
  ["FR", "Frankreich"],
]);
const DIR = join(REPO_ROOT, "fixtures", "codelists", "qs");

describe("code-list checks through a provider", () => {
  test("resolveCodeLists finds the referenced version and the newest one", async () => {
    const neu = genericode(LAND, "2025-01-01", [["DE", "Deutschland"]]);
    const lookup = await resolveCodeLists(nachricht(), new InMemoryCodeListProvider([land, neu]));
    expect(
      lookup.find({ canonicalIdentification: LAND, version: "2024-01-01", canonicalVersionUri: `${LAND}_2024-01-01` })?.identification
        .version,
    ).toBe("2024-01-01");
    expect(lookup.latest(LAND)?.identification.version).toBe("2025-01-01");
  });

  test("with the list: 1115 runs and finds nothing; an inhalt outside the list (also its newest version) is 1076 and 1121", async () => {
    const ok = await checkWithCodeLists(nachricht(), { codeListProvider: new InMemoryCodeListProvider([land]) });
    expect(ok.rulesSkipped).toEqual([]);
    expect(ok.rulesExecuted.map((r) => r.id)).toContain("1115");
    expect(ok.diagnostics).toEqual([]);
    const bad = await checkWithCodeLists(
      mit(({ f3 }) => {
        f3.inhalt = "XX";
      }),
      { codeListProvider: new InMemoryCodeListProvider([land]) },
    );
    expect(bad.diagnostics.map((d) => d.ruleId)).toEqual(["1076", "1121"]);
  });

  test("without the list: 1115 reports the code list by its version URI", async () => {
    const r = await checkWithCodeLists(nachricht(), { codeListProvider: new InMemoryCodeListProvider([]) });
    expect(r.diagnostics.map((d) => (d.code === "quality-check" ? `${d.ruleId} ${d.params.element} ${d.severity}` : d.code))).toEqual([
      `1115 ${LAND}_2024-01-01 warning`,
    ]);
  });

  test("checkXDatenfelder and the CLI take a folder of genericode files", async () => {
    const xml = readFileSync(join(REPO_ROOT, "fixtures", "qs", "v3", "clean.xml"));
    const r = await checkXDatenfelder(xml, { codeListProvider: new DirectoryCodeListProvider(DIR) });
    expect(r.rulesSkipped).toEqual([]);
    expect(r.diagnostics.filter((d) => d.stage === "rules")).toEqual([]);
    let out = "";
    const io: CliIo = { stdout: (s) => (out += s), stderr: () => undefined, stderrIsTTY: false, env: {}, cwd: REPO_ROOT };
    expect(await checkCommand(["fixtures/qs/v3/clean.xml", "--codelists", "fixtures/codelists/qs", "--format", "json"], io)).toBe(0);
    expect(JSON.parse(out).reports[0].rulesSkipped).toEqual([]);
    out = "";
    expect(await checkCommand(["fixtures/qs/v3/clean.xml", "--codelists", "fixtures/qs", "--fail-on", "warning"], io)).toBe(1);
    expect(out).toContain("1115");
  });
});
