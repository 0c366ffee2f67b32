import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import { hasShared, REPO_ROOT, STANDARDS } from "../support/shared.ts";

const DEMO = "fixtures/demo/hundesteuer-anmeldung.xdf3.xml";

function io(options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    stderrIsTTY: options.tty ?? false,
    env: options.env ?? {},
    cwd: REPO_ROOT,
  };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

describe("fim-xoev validate", () => {
  test("without schemas a valid document is not reported valid: INCOMPLETE, with how to enable the XSD stage, exit 1", async () => {
    const t = io();
    expect(await runCli(["validate", DEMO], t.io)).toBe(1);
    expect(t.out()).toMatch(/^INCOMPLETE fixtures\/demo\/hundesteuer-anmeldung\.xdf3\.xml .*xsd:skipped/m);
    expect(t.out()).toContain("note: not validated against XSD");
    expect(t.out()).toContain("FIM_XOEV_SCHEMAS");
    expect(t.out()).toContain("0 valid, 0 invalid, 1 not validated against XSD");
    const json = io();
    expect(await runCli(["validate", DEMO, "--format", "json"], json.io)).toBe(1);
    expect(JSON.parse(json.out())[0]).toMatchObject({ valid: false, verdict: "not-validated-against-xsd" });
  });

  test("issue 9: an anzahl of 0-1 (the XSD pattern wants 0:1) is invalid without schemas (model-stage facet) and with them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-"));
    const file = join(dir, "anzahl-0-1.xml");
    writeFileSync(
      file,
      readFileSync(join(REPO_ROOT, DEMO), "utf8").replace("<xdf3:anzahl>1:1</xdf3:anzahl>", "<xdf3:anzahl>0-1</xdf3:anzahl>"),
    );
    const t = io();
    expect(await runCli(["validate", file], t.io)).toBe(1);
    expect(t.out()).toMatch(/^INVALID .*model:failed/m);
    expect(t.out()).toMatch(/invalid-value.*0-1/);
    expect(t.out()).not.toMatch(/^valid/m);
    if (!hasShared) return;
    const x = io();
    expect(await runCli(["validate", file, "--schemas", STANDARDS], x.io)).toBe(1);
    expect(x.out()).toMatch(/^INVALID .*xsd:failed/m);
  });

  test("--no-xsd accepts a validation without the XSD stage: 'valid (without XSD)', exit 0", async () => {
    const t = io();
    expect(await runCli(["validate", DEMO, "--no-xsd"], t.io)).toBe(0);
    expect(t.out()).toMatch(/^valid \(without XSD\) fixtures\/demo\/hundesteuer-anmeldung\.xdf3\.xml/m);
    expect(t.out()).not.toContain("note:");
    const json = io();
    expect(await runCli(["validate", DEMO, "--no-xsd", "--format", "json"], json.io)).toBe(0);
    expect(JSON.parse(json.out())[0]).toMatchObject({ valid: true, verdict: "valid-without-xsd" });
    expect(await runCli(["validate", DEMO, "--no-xsd", "--schemas", "schemas"], io().io)).toBe(2);
  });

  test.runIf(hasShared)("runs the XSD stage with --schemas and with FIM_XOEV_SCHEMAS", async () => {
    const a = io();
    expect(await runCli(["validate", DEMO, "--schemas", STANDARDS], a.io)).toBe(0);
    expect(a.out()).toContain("xsd:passed");
    const b = io({ env: { FIM_XOEV_SCHEMAS: STANDARDS } });
    expect(await runCli(["validate", DEMO], b.io)).toBe(0);
    expect(b.out()).toContain("xsd:passed");
  });

  test.runIf(hasShared)("an XSD-invalid fixture exits 1 with line numbers, JSON on request", async () => {
    const t = io();
    const code = await runCli(
      ["validate", "fixtures/xdatenfelder/v3/invalid/xsd-unknown-feldart.xml", "--schemas", STANDARDS, "--format", "json"],
      t.io,
    );
    expect(code).toBe(1);
    const reports = JSON.parse(t.out());
    expect(reports).toHaveLength(1);
    expect(reports[0].valid).toBe(false);
    const xsd = reports[0].diagnostics.filter((d: { code: string }) => d.code === "xsd-invalid");
    expect(xsd.length).toBeGreaterThan(0);
    expect(xsd[0].location.line).toBeGreaterThan(1);
  });

  test.runIf(hasShared)("detects XDatenfelder 2.0, genericode and unsupported namespaces by URI", async () => {
    const t = io();
    const dir = join(STANDARDS, "../corpus/xdatenfelder");
    const code = await runCli(
      ["validate", join(dir, "escalon__glykon"), join(dir, "LilithWittmann__ozg"), "--schemas", STANDARDS, "--format", "json"],
      t.io,
    );
    expect(code).toBe(1);
    const reports = JSON.parse(t.out()) as { file: string; standard?: string; valid: boolean }[];
    const by = (part: string) => reports.find((r) => r.file.includes(part));
    expect(by("S05000058V1.0_xdf2")).toMatchObject({ standard: "XDatenfelder 2.0", valid: true });
    // FIM's genericode exports fail the OASIS XSD (namespaced children), as the corpus manifest records.
    expect(by("C05000073_genericode")).toMatchObject({ standard: "genericode 1.0", valid: false });
    expect(by("WaBeKa")).toMatchObject({ valid: false });
    expect(by("WaBeKa")?.standard).toBeUndefined();
  });

  test("directories are searched; any invalid file makes the exit code 1", async () => {
    const t = io();
    expect(await runCli(["validate", "fixtures/xdatenfelder/v3/invalid", "fixtures/demo"], t.io)).toBe(1);
    expect(t.out()).toMatch(/INVALID fixtures\/xdatenfelder\/v3\/invalid\/model-unknown-feldart\.xml/);
    expect(t.out()).toMatch(/INCOMPLETE fixtures\/demo\/hundesteuer-anmeldung\.xdf3\.xml/);
  });

  test("progress goes to stderr only when it is a terminal", async () => {
    const quiet = io({ tty: false });
    await runCli(["validate", "fixtures/xdatenfelder/v3/valid"], quiet.io);
    expect(quiet.err()).toBe("");
    const tty = io({ tty: true });
    await runCli(["validate", "fixtures/xdatenfelder/v3/valid"], tty.io);
    expect(tty.err()).toMatch(/\[\d+\/\d+\]/);
  });

  test("a missing file is an io-error in the report, exit 2; usage errors exit 2", async () => {
    const t = io();
    expect(await runCli(["validate", "no/such/file.xml"], t.io)).toBe(2);
    expect(t.out()).toMatch(/^UNREADABLE no\/such\/file\.xml/m);
    expect(t.out()).toContain("fatal io-error: The file could not be read: no such file or directory");
    expect(await runCli(["validate"], io().io)).toBe(2);
    expect(await runCli(["nonsense"], io().io)).toBe(2);
  });
});

describe("fim-xoev convert", () => {
  test("--to xdf3 writes a document that parses to the same model", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-"));
    const target = join(dir, "out.xml");
    const t = io();
    expect(await runCli(["convert", DEMO, "--to", "xdf3", "-o", target, "--compact"], t.io)).toBe(0);
    const original = xdf3.parse(readFileSync(join(REPO_ROOT, DEMO)));
    const written = readFileSync(target, "utf8");
    expect(written).not.toContain("\n  <");
    expect(xdf3.parse(written)).toEqual(original);
  });

  test("stdout by default; not-well-formed input exits 1 with a positioned diagnostic", async () => {
    const t = io();
    expect(await runCli(["convert", DEMO, "--to", "xdf3", "--prefix", "xdf"], t.io)).toBe(0);
    expect(t.out()).toContain("<xdf:xdatenfelder.stammdatenschema.0102");
    const dir = mkdtempSync(join(tmpdir(), "fim-xoev-"));
    writeFileSync(join(dir, "bad.xml"), "<a>\n<b></a>");
    const bad = io();
    expect(await runCli(["convert", join(dir, "bad.xml"), "--to", "xdf3"], bad.io)).toBe(1);
    expect(bad.err()).toMatch(/bad\.xml:2:\d+: fatal not-well-formed/);
  });
});

describe("fim-xoev inspect", () => {
  test("shows id, version, name, counts and an outline", async () => {
    const t = io();
    expect(await runCli(["inspect", DEMO], t.io)).toBe(0);
    const out = t.out();
    expect(out).toContain("id:       S99000000101");
    expect(out).toContain("version:  1.0.0");
    expect(out).toContain("groups:   1 distinct (1 uses)");
    expect(out).toContain("fields:   5 distinct (5 uses)");
    expect(out).toContain("rules:    1");
    expect(out).toMatch(/\[1:1\] G99000000101 v1\.0\.0 Halterin oder Halter\n {4}\[1:1\] F99000000101/);
  });

  test.runIf(hasShared)("counts a real export with reused elements", async () => {
    const t = io();
    const file = join(STANDARDS, "../corpus/xdatenfelder/BUND-T__Prototype/fim_data__S00000000364__schema.xdf.xml");
    expect(await runCli(["inspect", file, "--format", "json"], t.io)).toBe(0);
    const info = JSON.parse(t.out());
    expect(info.identifikation).toEqual({ id: "S00000000364", version: "1.0.0" });
    expect(info.counts.datenfelder).toBeGreaterThan(0);
    expect(info.counts.datenfelderVorkommen).toBeGreaterThanOrEqual(info.counts.datenfelder);
  });
});
