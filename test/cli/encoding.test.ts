/**
 * Undecodable bytes through the CLI: `validate`, `check`, `inspect` and `convert` report the byte sequence with
 * line and column and exit non-zero, and `convert` writes nothing. Before, the bytes became U+FFFD and `convert`
 * wrote the replacement characters with exit 0.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import { REPO_ROOT } from "../support/shared.ts";

const DEMO = readFileSync(join(REPO_ROOT, "fixtures/demo/hundesteuer-anmeldung.xdf3.xml"));
const DIR = mkdtempSync(join(tmpdir(), "fim-xoev-enc-"));

/** The demo with its first "ü" (C3 BC) written as the Latin-1 byte FC: invalid UTF-8 under a UTF-8 declaration. */
const at = DEMO.indexOf(Buffer.from("ü"));
const INVALID = Buffer.concat([DEMO.subarray(0, at), Buffer.from([0xfc]), DEMO.subarray(at + 2)]);
const LINE = DEMO.subarray(0, at).toString("utf8").split("\n").length;
const COLUMN = DEMO.subarray(DEMO.lastIndexOf(0x0a, at) + 1, at).toString("utf8").length + 1;
/** The whole demo in Latin-1 without an XML declaration (older exports). */
const text = DEMO.toString("utf8");
const LATIN1_UNDECLARED = Buffer.from(text.replace(/^<\?xml[^>]*\?>\s*/, ""), "latin1");
/** The whole demo in Latin-1, declared. */
const LATIN1_DECLARED = Buffer.from(text.replace(/encoding="UTF-8"/, 'encoding="ISO-8859-1"'), "latin1");

const files = {
  invalid: join(DIR, "invalid-utf8.xml"),
  undeclared: join(DIR, "latin1-undeclared.xml"),
  declared: join(DIR, "latin1-declared.xml"),
};
writeFileSync(files.invalid, INVALID);
writeFileSync(files.undeclared, LATIN1_UNDECLARED);
writeFileSync(files.declared, LATIN1_DECLARED);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stderrIsTTY: false, env: {}, cwd: DIR };
  const code = await runCli(argv, io);
  return { code, out: out.join(""), err: err.join("") };
}

describe("undecodable bytes through the CLI", () => {
  test.each([
    ["invalid UTF-8 byte", files.invalid, `${LINE}:${COLUMN}`],
    ["Latin-1 without declaration", files.undeclared, undefined],
  ])("%s: validate, check, inspect and convert report it with line and column, exit non-zero, write nothing", async (_, file, where) => {
    for (const argv of [
      ["validate", file],
      ["check", file],
      ["inspect", file],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv[0]).toBeGreaterThan(0);
      const all = r.out + r.err;
      expect(all, argv[0]).toContain("invalid-byte-sequence");
      expect(all, argv[0]).toMatch(where === undefined ? /\d+:\d+/ : new RegExp(where));
      expect(all, argv[0]).not.toContain("\uFFFD");
    }
    for (const to of ["xdf3", "xdf2"]) {
      const out = join(DIR, `out-${to}.xml`);
      const r = await run("convert", file, "--to", to, "-o", out);
      expect(r.code, to).toBeGreaterThan(0);
      expect(r.err, to).toMatch(/:\d+:\d+: fatal invalid-byte-sequence: .*encoding="ISO-8859-1"/);
      expect(existsSync(out), to).toBe(false);
      const stdout = await run("convert", file, "--to", to);
      expect(stdout.out, to).toBe("");
    }
  });

  test("check --policy: a policy file that is not UTF-8 is a usage error with its position", async () => {
    const policy = join(DIR, "policy.json");
    writeFileSync(policy, Buffer.concat([Buffer.from('{"disabledRules": ["1132"], "note": "Gr'), Buffer.from([0xf6]), Buffer.from('"}')]));
    const demo = join(DIR, "demo.xml");
    writeFileSync(demo, DEMO);
    const r = await run("check", demo, "--policy", policy);
    expect(r.code).toBe(2);
    expect(r.err).toContain("line 1, column 40: the bytes F6 are not UTF-8");
  });

  test("the same file declared ISO-8859-1 converts to UTF-8 with every umlaut", async () => {
    const r = await run("convert", files.declared, "--to", "xdf3");
    expect(r.code).toBe(0);
    expect(xdf3.parse(r.out)).toEqual(xdf3.parse(DEMO));
    expect(r.out).toContain("ü");
  });
});
