import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { convertXdfCommand } from "../../src/cli/convert-xdf.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { safeParseGenericode } from "../../src/core/codelists/genericode.ts";
import * as v2 from "../../src/xdatenfelder/v2/index.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";
import { hasShared, REPO_ROOT, SHARED } from "../support/shared.ts";

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, env: {}, cwd: REPO_ROOT };
  const code = await convertXdfCommand(argv, io);
  return { code, stdout, stderr };
}

const V2 = "fixtures/xdatenfelder/v2/valid";
const V3 = "fixtures/xdatenfelder/v3/valid";

describe("fim-xoev convert --to xdf2|xdf3|genericode", () => {
  test("usage errors exit 2", async () => {
    expect((await run()).code).toBe(2);
    expect((await run(`${V2}/0104-datenfeld-minimal.xml`)).code).toBe(2);
    expect((await run(`${V2}/0104-datenfeld-minimal.xml`, "--to", "xdf4")).code).toBe(2);
    expect((await run(`${V2}/0104-datenfeld-minimal.xml`, "--to", "xdf3", "--normalize")).code).toBe(2);
    expect((await run("does-not-exist.xml", "--to", "xdf3")).code).toBe(2);
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--to xdf2|xdf3");
  });

  test("2.0 → 3.0.0 to stdout, with the findings on stderr", async () => {
    const r = await run(`${V2}/0104-datenfeld-maximal.xml`, "--to", "xdf3", "--unternummernkreis", "007");
    expect(r.code).toBe(0);
    const m = v3.parse(r.stdout);
    expect(m.kind === "xdatenfelder.datenfeld.0104" && m.datenfeld.identifikation.id).toBe("F99007000001");
    expect(r.stderr).toContain("not-representable");
    expect((await run(`${V2}/0104-datenfeld-maximal.xml`, "--to", "xdf3", "--quiet")).stderr).toBe("");
  });

  test("3.0.0 → 2.0 into a file; generated code lists are written beside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-convert-"));
    const out = join(dir, "out.xml");
    const src = v3.parse(readFileSync(join(REPO_ROOT, V3, "0104-datenfeld-maximal.xml")));
    if (src.kind !== "xdatenfelder.datenfeld.0104") throw new Error();
    // a field with an inline value list and no code-list reference
    const input = join(dir, "in.xml");
    writeFileSync(
      input,
      v3.serialize({ ...src, datenfeld: { ...src.datenfeld, codelisteReferenz: undefined, werte: [{ code: "1", name: "eins" }] } }),
    );
    const r = await run(input, "--to", "xdf2", "-o", out);
    expect(r.code).toBe(0);
    expect(v2.parse(readFileSync(out)).kind).toBe("xdatenfelder.datenfeld.0104");
    const lists = readdirSync(dir).filter((f) => f.endsWith("_genericode.xml"));
    expect(lists).toHaveLength(1);
    expect(safeParseGenericode(readFileSync(join(dir, lists[0] as string))).diagnostics).toEqual([]);
    // to stdout the lists cannot be written: said so on stderr
    expect((await run(input, "--to", "xdf2", "--quiet")).stderr).toContain("were not written");
  });

  test("a document already in the target version is re-serialized; XDatenfelder 1 is refused", async () => {
    const r = await run(`${V2}/0102-stammdatenschema-minimal.xml`, "--to", "xdf2");
    expect(r.code).toBe(0);
    expect(v2.parse(r.stdout).kind).toBe("xdatenfelder.stammdatenschema.0102");
    if (!hasShared) return;
    const v1 = await run(join(SHARED, "corpus/xdatenfelder/LilithWittmann__ozg/tests__fixtures__WaBeKa.xml"), "--to", "xdf3");
    expect(v1.code).toBe(1);
    expect(v1.stderr).toContain("unknown-namespace");
  });

  test.runIf(hasShared)("genericode: as it came, or normalised to the OASIS form", async () => {
    const file = join(SHARED, "corpus/xdatenfelder/escalon__glykon/examples__2.0__bewohnerparken__C05000073_genericode.xml");
    const same = await run(file, "--to", "genericode");
    expect(same.code).toBe(0);
    expect(same.stderr).toContain("genericode-qualified");
    expect(same.stdout).toContain("<gc:Identification>");
    const oasis = await run(file, "--to", "genericode", "--normalize", "--quiet");
    expect(oasis.code).toBe(0);
    expect(oasis.stdout).toContain("<Identification>");
    expect(safeParseGenericode(oasis.stdout).diagnostics).toEqual([]);
  });
});
