/** Output files: atomic, all-or-nothing, never over an existing file without --force. */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeFilesAtomic } from "../../src/cli/write.ts";
import * as v3 from "../../src/xdatenfelder/v3/index.ts";
import { REPO_ROOT } from "../support/shared.ts";
import { cli } from "./support.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "fim-xoev-write-"));

/** An XDatenfelder 3.0.0 field with inline werte: converting it to 2.0 writes the XML and a generated code list. */
function inlineWerteInput(dir: string): string {
  const src = v3.parse(readFileSync(join(REPO_ROOT, "fixtures/xdatenfelder/v3/valid/0104-datenfeld-maximal.xml")));
  if (src.kind !== "xdatenfelder.datenfeld.0104") throw new Error("fixture changed");
  const input = join(dir, "in.xml");
  writeFileSync(
    input,
    v3.serialize({ ...src, datenfeld: { ...src.datenfeld, codelisteReferenz: undefined, werte: [{ code: "1", name: "eins" }] } }),
  );
  return input;
}

describe("writeFilesAtomic", () => {
  test("writes every file, leaves no temporary file behind", () => {
    const dir = tmp();
    expect(
      writeFilesAtomic([
        { path: join(dir, "a.xml"), data: "a" },
        { path: join(dir, "b.xml"), data: "b" },
      ]),
    ).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(["a.xml", "b.xml"]);
  });

  test("a failing second file leaves nothing: not the first file, not a temporary file", () => {
    const dir = tmp();
    const failed = writeFilesAtomic([
      { path: join(dir, "a.xml"), data: "a" },
      { path: join(dir, "missing-folder", "b.xml"), data: "b" },
    ]);
    expect(failed?.kind).toBe("io");
    expect(failed?.message).toContain("missing-folder/b.xml");
    expect(readdirSync(dir)).toEqual([]);
  });

  test("an existing file is refused without force (named in the message) and kept; with force replaced", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.xml"), "old");
    const refused = writeFilesAtomic([{ path: join(dir, "a.xml"), data: "new" }]);
    expect(refused).toMatchObject({ kind: "existing", path: join(dir, "a.xml") });
    expect(refused?.message).toContain("--force");
    expect(readFileSync(join(dir, "a.xml"), "utf8")).toBe("old");
    expect(writeFilesAtomic([{ path: join(dir, "a.xml"), data: "new" }], { force: true })).toBeUndefined();
    expect(readFileSync(join(dir, "a.xml"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.xml"]);
  });

  test("a target that is a directory is refused before anything is written", () => {
    const dir = tmp();
    mkdirSync(join(dir, "c.xml"));
    const failed = writeFilesAtomic(
      [
        { path: join(dir, "a.xml"), data: "a" },
        { path: join(dir, "c.xml"), data: "c" },
      ],
      { force: true },
    );
    expect(failed?.message).toContain("c.xml is a directory");
    expect(readdirSync(dir)).toEqual(["c.xml"]);
  });

  test("a rename failing midway: files replaced so far get their content back, files created so far are removed", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.xml"), "old a");
    let calls = 0;
    const failed = writeFilesAtomic(
      [
        { path: join(dir, "a.xml"), data: "new a" },
        { path: join(dir, "b.xml"), data: "new b" },
        { path: join(dir, "c.xml"), data: "new c" },
      ],
      {
        force: true,
        rename: (from, to) => {
          if (++calls === 3 && to.endsWith("c.xml")) throw Object.assign(new Error("simulated"), { code: "EIO" });
          renameSync(from, to);
        },
      },
    );
    expect(failed?.message).toContain("cannot write");
    expect(failed?.message).toContain("c.xml (EIO)");
    expect(readFileSync(join(dir, "a.xml"), "utf8")).toBe("old a");
    expect(readdirSync(dir)).toEqual(["a.xml"]);
  });

  test("the same target twice is refused", () => {
    const dir = tmp();
    expect(
      writeFilesAtomic([
        { path: join(dir, "a.xml"), data: "1" },
        { path: join(dir, "a.xml"), data: "2" },
      ])?.kind,
    ).toBe("duplicate");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("commands that write files", () => {
  test("convert --to xdf2 --code-list-dir: when the code list cannot be written, the XML is not written either", async () => {
    const dir = tmp();
    const input = inlineWerteInput(dir);
    const r = await cli(["convert", input, "--to", "xdf2", "-o", join(dir, "out.xml"), "--code-list-dir", join(dir, "nope"), "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nothing was written");
    expect(readdirSync(dir)).toEqual(["in.xml"]);
  });

  test("convert refuses to overwrite the XML or a code list without --force; --force replaces both", async () => {
    const dir = tmp();
    const input = inlineWerteInput(dir);
    const out = join(dir, "out.xml");
    expect((await cli(["convert", input, "--to", "xdf2", "-o", out, "-q"])).code).toBe(0);
    const list = readdirSync(dir).find((f) => f.endsWith("_genericode.xml")) as string;
    expect(list).toBeDefined();
    writeFileSync(out, "mine");
    const again = await cli(["convert", input, "--to", "xdf2", "-o", out, "-q"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${out} exists (use --force`);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const forced = await cli(["convert", input, "--to", "xdf2", "-o", out, "-q", "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("xdatenfelder.datenfeld.0104");
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  test("convert --to xdf3 --compact, convert --to genericode, check -o and leika import -o: no overwrite without --force", async () => {
    const dir = tmp();
    const out = join(dir, "out.xml");
    writeFileSync(out, "mine");
    const runs = [
      ["convert", "fixtures/demo/hundesteuer-anmeldung.xdf3.xml", "--to", "xdf3", "--compact", "-o", out],
      ["convert", "fixtures/codelists/qs/land_2024-01-01.xml", "--to", "genericode", "-o", out],
      ["check", "fixtures/qs/v3/clean.xml", "-o", out],
      ["leika", "import", "fixtures/leika/published-sample.csv", "--to", "xzufi-2.2", "-o", out, "-q"],
    ];
    for (const argv of runs) {
      const r = await cli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain(`${out} exists`);
      expect(readFileSync(out, "utf8")).toBe("mine");
    }
    expect((await cli([...(runs[2] as string[]), "--force"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("clean.xml");
    expect((await cli([...(runs[3] as string[]), "--force"])).code).toBe(1); // one record of the sample is rejected
    expect(readFileSync(out, "utf8")).toContain("<xzufi:");
  });

  test.skipIf(process.getuid?.() === 0)("an output folder without write permission: exit 2, nothing written", async () => {
    const dir = tmp();
    chmodSync(dir, 0o500);
    const r = await cli(["check", "fixtures/qs/v3/clean.xml", "-o", join(dir, "r.txt")]);
    expect(r.code).toBe(2);
    chmodSync(dir, 0o700);
    expect(readdirSync(dir)).toEqual([]);
  });
});
