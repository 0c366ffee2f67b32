import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { leikaCommand } from "../../src/cli/leika.ts";
import * as xzufi22 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { itShared } from "../support/shared.ts";
import { LEIKA_CORPUS_CSV, REPO_ROOT } from "./shared.ts";

const SAMPLE = join(REPO_ROOT, "fixtures", "leika", "published-sample.csv");

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false, env: {}, cwd: REPO_ROOT };
  const code = await leikaCommand(argv, io);
  return { code, stdout, stderr };
}

describe("fim-xoev leika key", () => {
  test("explains a dotted key", async () => {
    const r = await run("key", "99.050.012.104.000");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("urn:de:fim:leika:leistung:99050012104000");
    expect(r.stdout).toContain("Leistungstyp:          LOV — Leistungsobjekt mit Verrichtung");
    expect(r.stderr).toBe("");
  });

  test("JSON output and an invalid key", async () => {
    const ok = await run("key", "--json", "urn:de:fim:leika:leistung:99001003000000");
    expect(JSON.parse(ok.stdout)).toMatchObject({
      success: true,
      data: { schluessel: "99001003000000", leistungstyp: "LO", eingabeform: "urn" },
    });
    const bad = await run("key", "99.050");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error invalid-value");
    expect((await run("key")).code).toBe(2);
  });
});

describe("fim-xoev leika import", () => {
  test("imports the published format (ISO-8859-1) into XZuFi 2.2.0 on stdout; the bad row is reported with its line", async () => {
    const r = await run("import", SAMPLE, "--to", "xzufi-2.2", "--gueltig-ab", "2024-01-01");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("published-sample.csv:6: error missing-field");
    expect(r.stderr).toContain("6 records, 5 Leistungen written as XZuFi 2.2.0, 1 not imported");
    const n = xzufi22.parse(r.stdout);
    expect(n.operation).toHaveLength(5);
    const last = n.operation[4];
    const leistung = last !== undefined && "schreibe" in last && "leistung" in last.schreibe ? last.schreibe.leistung : undefined;
    expect(leistung?.typisierung.map((t) => t.code)).toEqual(["1", "2/3"]);
    expect(leistung?.modulText[0]?.inhalt[0]?.value).toBe("Sprengstoff, Erlaubnis zum Erwerb und zum Umgang");
    expect(leistung?.gueltigkeit).toEqual([{ beginn: "2024-01-01", zusatz: [] }]);
  });

  test("writes XZuFi 2.3.1 to a file with another namespace and root", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fim-xoev-")), "out.xml");
    const r = await run(
      "import",
      SAMPLE,
      "--to",
      "xzufi-2.3",
      "-o",
      out,
      "--namespace",
      "urn:example:xzufi",
      "--root",
      "transfer",
      "--quiet",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toContain("error");
    const xml = readFileSync(out, "utf8");
    expect(xml).toContain('<xzufi:transfer xmlns:xzufi="urn:example:xzufi"');
    expect(xzufi231.parse(xml, { namespace: "urn:example:xzufi" }).operation).toHaveLength(5);
  });

  itShared("imports the corpus routing list with named columns", async () => {
    const r = await run("import", LEIKA_CORPUS_CSV, "--to", "xzufi-2.3", "--columns", "Bezeichnung,Behoerde,Schluessel");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("109 records, 87 Leistungen written as XZuFi 2.3.1, 22 not imported");
  });

  test("--encoding auto: a Latin-1 file whose first umlaut (Ä = C4, a UTF-8 lead byte) ends the first 64 KiB read is Latin-1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-"));
    const file = join(dir, "latin1.csv");
    const head = "Schluessel;Bezeichnung;Typ\n";
    const filler = `99050012104000;${"x".repeat(65536 - head.length - "99050012104000;".length - "\n99001003000000;".length - 3)};1`;
    const text = `${head}${filler}\n99001003000000;Änderung der Größe;1\n`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(bytes.indexOf(0xc4)).toBe(65535);
    writeFileSync(file, bytes);
    const r = await run("import", file, "--to", "xzufi-2.2");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Änderung der Größe");
    expect(r.stdout).not.toMatch(/\uFFFD|Ã/);
  });

  test("--encoding utf-8: an invalid byte is reported with line and column, exit 2, nothing written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-"));
    const file = join(dir, "kaputt.csv");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from("Schluessel;Bezeichnung;Typ\n99050012104000;Gewerbe;1\n99001003000000;Geb"),
        Buffer.from([0xfc]),
        Buffer.from("hr;1\n"),
      ]),
    );
    const out = join(dir, "out.xml");
    const r = await run("import", file, "--to", "xzufi-2.2", "--encoding", "utf-8", "-o", out, "--quiet");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}:3:19: fatal invalid-byte-sequence: The bytes FC at byte offset 70 are not valid UTF-8.`);
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors exit with 2", async () => {
    expect((await run("import", SAMPLE)).code).toBe(2);
    expect((await run("import", SAMPLE, "--to", "xzufi-9")).code).toBe(2);
    expect((await run("import", "does-not-exist.csv", "--to", "xzufi-2.2")).code).toBe(2);
    expect((await run("import", SAMPLE, "--to", "xzufi-2.2", "--gueltig-ab", "morgen")).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
  });
});

describe("fim-xoev leika key --catalog", () => {
  test("prints the catalogue entry of a key; a key not in it is exit 1", async () => {
    const r = await run("key", "99.050.012.104.000", "--catalog", SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Bezeichnung:           Gewerbe Anmeldung");
    expect(r.stdout).toContain("Bezeichnung II:        Gewerbe anmelden");
    const missing = await run("key", "99050012999000", "--catalog", SAMPLE);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("99050012999000 is not in the catalogue");
    const json = JSON.parse((await run("key", "99050012104000", "--catalog", SAMPLE, "--json")).stdout);
    expect(json).toMatchObject({ success: true, eintrag: { schluessel: "99050012104000", bezeichnung: "Gewerbe Anmeldung" } });
  });

  test("a prefix lists the Leistungen below it", async () => {
    const r = await run("key", "99.050.012", "--catalog", SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("99050012071000  Gewerbe Ummeldung\n99050012104000  Gewerbe Anmeldung\n");
    expect((await run("key", "98", "--catalog", SAMPLE)).code).toBe(1);
  });

  test("a catalogue without a header is refused unless --columns names the columns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-leika-"));
    const csv = join(dir, "routing.csv");
    writeFileSync(csv, "Gewerbeanmeldung;Kommune;99.050.012.104.000\nAbmeldung;Kommune;99.050.012.070.000\n");
    const refused = await run("key", "99050012104000", "--catalog", csv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("fatal missing-header");
    const named = await run("key", "99050012104000", "--catalog", csv, "--columns", "Bezeichnung,Behoerde,Schluessel");
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("Bezeichnung:           Gewerbeanmeldung");
  });
});

describe("fim-xoev leika import of a CSV without a header", () => {
  test("is refused with exit 2 and the output is not written; --columns imports it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-leika-"));
    const csv = join(dir, "routing.csv");
    writeFileSync(csv, "Gewerbeanmeldung;Kommune;99.050.012.104.000\nAbmeldung;Kommune;99.050.012.070.000\n");
    const out = join(dir, "out.xml");
    const refused = await run("import", csv, "--to", "xzufi-2.2", "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("fatal missing-header");
    expect(existsSync(out)).toBe(false);
    const named = await run("import", csv, "--to", "xzufi-2.2", "-o", out, "--columns", "Bezeichnung,Behoerde,Schluessel");
    expect(named.code).toBe(0);
    expect(xzufi22.parse(readFileSync(out, "utf8")).operation).toHaveLength(2);
  });
});
