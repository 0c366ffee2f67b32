/** `fim-xoev xprozess files|inspect|validate` on the real file, the fixtures and the crafted archives. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";
import { describeShared, REPO_ROOT } from "../support/shared.ts";
import { GERPS_FILE } from "../xprozess/shared.ts";

function io(cwd = REPO_ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stderrIsTTY: false, env: {}, cwd };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

/** Every file below a folder, relative to it. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "fim-xoev-xprozess-"));
  temps.push(d);
  return d;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describeShared("fim-xoev xprozess on the real file", () => {
  it("inspect shows the class id, name, the process, the three files and the BPMN summary", async () => {
    const t = io();
    expect(await runCli(["xprozess", "inspect", GERPS_FILE], t.io)).toBe(0);
    const out = t.out();
    expect(out).toContain(
      "Prozessklasse 99006028261000 v01.00.00: Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten",
    );
    expect(out).toContain("Prozess 99006028261000 v01.00.00:");
    expect(out).toContain('Datei prozessmodelldatei "BPMN DI-Export"');
    expect(out).toContain('Datei visualisierungsdatei "Modellgrafik"');
    expect(out).toContain('Datei beschreibungsdatei "Standard Report"');
    expect(out).toContain("sub-processes: 12 subProcess, 2 callActivity");
    expect(out).toContain("flows: 33 sequence, 9 message");
    expect(out).toContain("Aktivitätengruppen ↔ BPMN: agree");
    // the tolerant reader's warning about the empty abgeloesteProzessklasse goes to stderr
    expect(t.err()).toContain(":17:13: warning missing-element");
  });

  it("validate reports the empty abgeloesteProzessklasse with line and path, exit 1", async () => {
    const t = io();
    expect(await runCli(["xprozess", "validate", GERPS_FILE], t.io)).toBe(1);
    expect(t.out()).toContain(
      ":17:13: error missing-element: Required element <xprozess:referenzierteProzessklasseID> is missing. (/xprozess:alleInhalte.export.0303/xprozess:prozesskatalog/xprozess:prozessklasse/xprozess:abgeloesteProzessklasse/xprozess:referenzierteProzessklasseID)",
    );
    expect(t.out()).toContain("invalid (1 error(s), 0 warning(s)");
  });

  it("files lists, and -o extracts the three archives' entries below the folder", async () => {
    const t = io();
    expect(await runCli(["xprozess", "files", GERPS_FILE], t.io)).toBe(0);
    expect(t.out()).toContain("BPMN DI-Export.xml  345903 bytes");
    const dir = temp();
    const x = io();
    expect(await runCli(["xprozess", "files", GERPS_FILE, "-o", dir], x.io)).toBe(0);
    expect(tree(dir)).toEqual([
      "BPMN DI-Export/BPMN DI-Export.xml",
      "Modellgrafik/Modellgrafik.pdf",
      "Standard Report/Standard Report.pdf",
    ]);
    expect(readFileSync(join(dir, "BPMN DI-Export/BPMN DI-Export.xml"), "utf8")).toContain(
      '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"',
    );
  });
});

describe("fim-xoev xprozess on crafted archives and fixtures", () => {
  it.each(["xprozess-zip-bomb.xml", "xprozess-declared-1gb.xml", "xprozess-path-traversal.xml"])(
    "files -o refuses %s quickly, writing nothing, not even outside the folder",
    async (name) => {
      const parent = temp();
      const dir = join(parent, "out");
      const t = io();
      const started = performance.now();
      expect(await runCli(["xprozess", "files", join(REPO_ROOT, "fixtures", "evil", name), "-o", dir], t.io)).toBe(1);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(t.err()).toContain("archive-rejected");
      expect(tree(parent)).toEqual([]);
    },
  );

  it("validate and inspect a maximal fixture: valid, exit 0", async () => {
    const file = join(REPO_ROOT, "fixtures", "xprozess", "v2", "valid", "prozessbibliothek.export.0203-maximal.xml");
    const t = io();
    expect(await runCli(["xprozess", "validate", file, "--format", "json"], t.io)).toBe(1);
    expect(JSON.parse(t.out())).toMatchObject({
      valid: false,
      validity: "valid-without-xsd",
      completed: false,
      stages: { xsd: "skipped" },
    });
    const n = io();
    expect(await runCli(["xprozess", "validate", file, "--no-xsd", "--format", "json"], n.io)).toBe(0);
    expect(JSON.parse(n.out())).toMatchObject({ valid: true, completed: false, stages: { xsd: "skipped", rules: "passed" } });
    const i = io();
    expect(await runCli(["xprozess", "inspect", file], i.io)).toBe(0);
    expect(i.out()).toContain("Aktivitätengruppe 08 (RAG 8): Aktivitätengruppe 8");
  });

  it("inspect shows an XProzess 0.1 model's metadata", async () => {
    const t = io();
    expect(await runCli(["xprozess", "inspect", join(REPO_ROOT, "fixtures", "xprozess", "v0_1", "modell-mit-liste.xml")], t.io)).toBe(0);
    expect(t.out()).toContain("processName: Gewähren");
  });

  it("usage and IO errors exit 2", async () => {
    expect(await runCli(["xprozess"], io().io)).toBe(2);
    expect(await runCli(["xprozess", "frobnicate"], io().io)).toBe(2);
    expect(await runCli(["xprozess", "files"], io().io)).toBe(2);
    expect(await runCli(["xprozess", "files", "does-not-exist.xml"], io().io)).toBe(2);
    expect(await runCli(["xprozess", "validate", join(REPO_ROOT, "fixtures", "evil", "xxe.xml")], io().io)).toBe(2);
    expect(await runCli(["xprozess", "validate", "x.xml", "--format", "yaml"], io().io)).toBe(2);
  });
});
