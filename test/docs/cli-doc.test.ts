/**
 * docs/cli.md against the CLI's own help: every command of `fim-xoev --help` has a section (and a line in the
 * synopsis) and every section names a command; within a command's section, every option its `--help` prints is
 * documented and every option the section mentions exists. The options every command takes are documented once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { HELP, runCli } from "../../src/cli/main.ts";
import { COMMON_OPTIONS } from "../../src/cli/options.ts";
import { REPO_ROOT } from "../support/shared.ts";

const DOC = readFileSync(join(REPO_ROOT, "docs/cli.md"), "utf8");
const COMMON = Object.keys(COMMON_OPTIONS).map((o) => `--${o}`);
const GENERAL_SECTIONS = ["Exit codes", "Options every command takes", "Batches: `validate` and `check`"];

const commands = [...new Set([...HELP.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string))];
const options = (text: string) => new Set(text.match(/--[a-z][a-z0-9-]*/g) ?? []);

async function helpOf(command: string): Promise<string> {
  let out = "";
  const code = await runCli([command, "--help"], {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      out += s;
    },
    stderrIsTTY: false,
    env: {},
    cwd: REPO_ROOT,
  });
  expect(code, `${command} --help`).toBe(0);
  return out;
}

/** `## heading` → body, in document order. */
const sections = new Map(
  DOC.split(/^## /m)
    .slice(1)
    .map((s) => {
      const nl = s.indexOf("\n");
      return [s.slice(0, nl).trim(), s.slice(nl + 1).split(/^### /m)[0] ?? ""] as const;
    }),
);
const commandSections = [...sections.keys()].filter((h) => !GENERAL_SECTIONS.includes(h));
const sectionOf = (command: string) => commandSections.find((h) => h.split(/\W+/).includes(command));

describe("docs/cli.md and the CLI's help", () => {
  test("the help lists commands", () => {
    expect(commands.length).toBeGreaterThan(8);
  });

  test("every command has a section and a synopsis line, every section names a command", () => {
    const synopsis = DOC.slice(0, DOC.indexOf("\n## "));
    for (const c of commands) {
      expect(sectionOf(c), `no "## ${c}" section in docs/cli.md`).toBeDefined();
      expect(synopsis, `no "fim-xoev ${c}" in the synopsis of docs/cli.md`).toContain(`fim-xoev ${c}`);
    }
    for (const h of commandSections)
      expect(
        commands.some((c) => h.split(/\W+/).includes(c)),
        `section "${h}" names no command`,
      ).toBe(true);
    for (const m of synopsis.matchAll(/^fim-xoev ([a-z]+)/gm)) expect(commands, `synopsis: ${m[1]}`).toContain(m[1]);
  });

  test("the options every command takes are documented once, as the CLI defines them", () => {
    expect([...options(sections.get("Options every command takes") ?? "")].sort()).toEqual([...COMMON].sort());
  });

  for (const c of commands) {
    test(`${c}: the section documents exactly the options of '${c} --help'`, async () => {
      const heading = sectionOf(c);
      if (heading === undefined) throw new Error(`no "## ${c}" section in docs/cli.md`);
      // a section for several commands (export and fachdaten) documents the union of their options
      const together = commands.filter((x) => sectionOf(x) === heading);
      const help = new Set<string>();
      for (const x of together) for (const o of options(await helpOf(x))) help.add(o);
      const doc = options(sections.get(heading) ?? "");
      const undocumented = [...help].filter((o) => !doc.has(o) && !COMMON.includes(o)).sort();
      const unknown = [...doc].filter((o) => !help.has(o) && !COMMON.includes(o)).sort();
      expect({ undocumented, unknown }, `docs/cli.md "## ${heading}" vs fim-xoev ${together.join("/")} --help`).toEqual({
        undocumented: [],
        unknown: [],
      });
    });
  }
});
