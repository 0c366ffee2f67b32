/**
 * The same exit codes in every command (0 all good, 1 findings, 2 usage or I/O) and the options every command
 * shares (--help, --version, --locale, --quiet; unknown options refused).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { getLocale } from "../../src/core/diagnostics/create.ts";
import { REPO_ROOT } from "../support/shared.ts";
import { cli } from "./support.ts";

const DEMO = "fixtures/demo/hundesteuer-anmeldung.xdf3.xml";
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
const BAD = join(mkdtempSync(join(tmpdir(), "fim-xoev-exit-")), "not-well-formed.xml");
writeFileSync(BAD, "<a>\n<b></a>");

/** [command, all good, findings, usage error, I/O error] */
const TABLE: readonly [string, string[], string[], string[], string[]][] = [
  [
    "validate",
    ["validate", DEMO, "--no-xsd"],
    ["validate", "fixtures/xdatenfelder/v3/invalid/model-unknown-feldart.xml", "--no-xsd"],
    ["validate", DEMO, "--no-such-option"],
    ["validate", "no/such/file.xml", "--no-xsd"],
  ],
  [
    "check",
    ["check", "fixtures/qs/v3/clean.xml"],
    ["check", "fixtures/qs/v3/findings.xml"],
    ["check", "fixtures/qs/v3/clean.xml", "--disable", "1022,9999"],
    ["check", "no/such/file.xml"],
  ],
  [
    "convert",
    ["convert", DEMO, "--to", "xdf3"],
    ["convert", BAD, "--to", "xdf3"],
    ["convert", DEMO, "--to", "xdf3", "--no-such-option"],
    ["convert", "no/such/file.xml", "--to", "xdf2"],
  ],
  ["inspect", ["inspect", DEMO], ["inspect", BAD], ["inspect", DEMO, "--depth", "many"], ["inspect", "no/such/file.xml"]],
  [
    "leika",
    ["leika", "key", "99.050.012.104.000"],
    ["leika", "key", "99.050"],
    ["leika", "key", "99.050.012.104.000", "--no-such-option"],
    ["leika", "import", "no/such/file.csv", "--to", "xzufi-2.2"],
  ],
];

describe("exit codes: 0 all good, 1 findings, 2 usage or I/O — in every command", () => {
  test.each(TABLE)("%s", async (_name, ok, findings, usage, io) => {
    expect((await cli(ok)).code).toBe(0);
    expect((await cli(findings)).code).toBe(1);
    const u = await cli(usage);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/fim-xoev [a-z ]+: /);
    expect((await cli(io)).code).toBe(2);
  });
});

test("a directory as the one input of convert, inspect and leika import: exit 2, 'is a directory'", async () => {
  for (const argv of [
    ["convert", "fixtures", "--to", "xdf2"],
    ["inspect", "fixtures"],
    ["leika", "import", "fixtures", "--to", "xzufi-2.2"],
  ]) {
    const r = await cli(argv);
    expect(r.code, argv.join(" ")).toBe(2);
    expect(r.stderr).toContain("cannot read fixtures: is a directory");
  }
});

describe("common options", () => {
  const commands = [["validate"], ["check"], ["convert"], ["inspect"], ["leika", "import"], ["leika", "key"]];

  test("--version at the top and in every command prints the package version", async () => {
    for (const argv of [["--version"], ["-V"], ...commands.map((c) => [...c, "--version"]), ["leika", "--version"]]) {
      const r = await cli(argv);
      expect(r, argv.join(" ")).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    }
  });

  test("--help in every command exits 0 and names the common options", async () => {
    for (const c of commands) {
      const r = await cli([...c, "--help"]);
      expect(r.code, c.join(" ")).toBe(0);
      expect(r.stdout).toContain("--locale <de|en>");
      expect(r.stdout).toContain("--quiet");
    }
  });

  test("an unknown option or --locale is refused with exit 2 in every command", async () => {
    for (const c of commands) {
      const r = await cli([...c, "x", "--frobnicate"]);
      expect(r.code, c.join(" ")).toBe(2);
      expect(r.stderr).toContain("--frobnicate");
      expect((await cli([...c, "x", "--locale", "fr"])).stderr).toContain("unknown --locale fr");
    }
  });

  test("--locale de renders the messages in German, and the caller's locale is restored afterwards", async () => {
    const before = getLocale();
    const v = await cli(["validate", "no/such/file.xml", "--locale", "de"]);
    expect(v.stdout).toContain("Die Datei konnte nicht gelesen werden");
    const c = await cli(["check", "fixtures/qs/v3/findings.xml", "--locale", "de"]);
    expect(c.stdout).toMatch(/[äöüß]/);
    const i = await cli(["inspect", BAD, "--locale", "de"]);
    expect(i.stderr).toContain("kein wohlgeformtes XML");
    expect(getLocale()).toBe(before);
  });
});
