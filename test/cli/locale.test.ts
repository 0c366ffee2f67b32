/**
 * CLI output is English by default and German with `--locale de`, command by command (labels from
 * src/cli/labels.ts; diagnostics from the message catalogs). JSON output is the same in both.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LABELS } from "../../src/cli/labels.ts";
import { cli } from "./support.ts";

const XPROZESS = "fixtures/xprozess/v2/valid/prozessbibliothek.export.0203-maximal.xml";
const SCHEMA = "fixtures/forms/regeln-pflicht-ausblenden.xdf3.xml";
const dir = mkdtempSync(join(tmpdir(), "fim-xoev-locale-"));
const data = join(dir, "art-r.json");
writeFileSync(data, JSON.stringify({ "G99000000101V1.0.0": { "F99000000102V1.0.0": "R" }, "F99000000103V1.0.0": false }));

/** Runs a command in both locales. */
async function both(argv: readonly string[]) {
  return { en: await cli(argv), de: await cli([...argv, "--locale", "de"]) };
}

describe("--locale de switches the CLI's labels to German; English is the default", () => {
  it("leika key", async () => {
    const { en, de } = await both(["leika", "key", "99.050.012.104.000"]);
    expect(en.stdout).toContain("  14 digits:             99050012104000\n");
    expect(en.stdout).toContain("  prefix:                99 (federal LeiKa)\n");
    expect(en.stdout).toContain("  Verrichtungsdetail:    000 (none)\n");
    expect(en.stdout).not.toMatch(/Ziffern|punktiert|Präfix|keines/);
    expect(de.stdout).toContain("  14 Ziffern:            99050012104000\n");
    expect(de.stdout).toContain("  Präfix:                99 (Bundes-LeiKa)\n");
    expect(de.stdout).toContain("  Verrichtungsdetail:    000 (keines)\n");
    // the same lines, only the labels differ
    expect(de.stdout.split("\n")).toHaveLength(en.stdout.split("\n").length);
  });

  it("leika import (the summary on stderr)", async () => {
    const argv = ["leika", "import", "fixtures/leika/published-sample.csv", "--to", "xzufi-2.2", "--gueltig-ab", "2024-01-01"];
    const { en, de } = await both(argv);
    expect(en.stderr).toContain("6 records, 5 Leistungen written as XZuFi 2.2.0, 1 not imported");
    expect(de.stderr).toContain("6 Datensätze, 5 Leistungen als XZuFi 2.2.0 geschrieben, 1 nicht importiert");
    expect(de.stdout).toBe(en.stdout);
  });

  it("xprozess inspect", async () => {
    const { en, de } = await both(["xprozess", "inspect", XPROZESS]);
    expect(en.stdout).toContain('Datei prozessmodelldatei "BPMN" mimeType 1, 14 bytes\n');
    expect(de.stdout).toContain('Datei prozessmodelldatei "BPMN" mimeType 1, 14 Bytes\n');
  });

  it("xprozess files", async () => {
    const { en, de } = await both(["xprozess", "files", XPROZESS]);
    expect(en.stdout).toContain("14 bytes  xml  (Prozess 99000000000000, line 527)");
    expect(de.stdout).toContain("14 Bytes  xml  (Prozess 99000000000000, Zeile 527)");
  });

  it("xprozess validate", async () => {
    const { en, de } = await both(["xprozess", "validate", XPROZESS, "--no-xsd"]);
    expect(en.code).toBe(0);
    expect(de.code).toBe(0);
    expect(en.stdout).toContain(": valid (without XSD) (0 error(s), 0 warning(s); stages xml passed, detect passed, xsd skipped,");
    expect(de.stdout).toContain(": gültig (ohne XSD) (0 Fehler, 0 Warnungen; Stufen xml bestanden, detect bestanden, xsd übersprungen,");
    const incomplete = await both(["xprozess", "validate", XPROZESS]);
    expect(incomplete.en.stdout).toContain(": INCOMPLETE (not validated against XSD");
    expect(incomplete.de.stdout).toContain(": UNVOLLSTÄNDIG (nicht gegen die XSD geprüft");
  });

  it("fachdaten validate", async () => {
    const { en, de } = await both(["fachdaten", "validate", SCHEMA, data, "--rules"]);
    expect(en.stdout).toBe(`${data}: invalid (1 finding; 2 rules not applied)\n`);
    expect(de.stdout).toBe(`${data}: ungültig (1 Befund; 2 Regeln nicht angewandt)\n`);
    expect(en.stderr).toContain("a value is required");
    expect(de.stderr).not.toContain("a value is required");
  });

  it("regeln", async () => {
    const { en, de } = await both(["regeln", "fixtures/regeln/rules-read-partly.xml"]);
    expect(en.stdout).toContain("R99000000003V1.0.0 partial (on G99000000001)\n");
    expect(en.stdout).toContain(": 4 rules: 2 read, 1 partly read, 1 not machine-readable\n");
    expect(de.stdout).toContain("R99000000003V1.0.0 teilweise gelesen (an G99000000001)\n");
    expect(de.stdout).toContain(": 4 Regeln: 2 gelesen, 1 teilweise gelesen, 1 nicht maschinenlesbar\n");
    const json = await both(["regeln", "fixtures/regeln/rules-read-partly.xml", "--format", "json"]);
    expect(JSON.parse(json.de.stdout).map((r: { outcome: string }) => r.outcome)).toEqual(
      JSON.parse(json.en.stdout).map((r: { outcome: string }) => r.outcome),
    );
  });

  it("the label tables: German differs from English except for names and symbols both languages share", () => {
    const same = new Set(["keyUrn", "gateways", "ruleOutcome", "stageStatus", "inspectStatus"]);
    for (const key of Object.keys(LABELS.en) as (keyof typeof LABELS.en)[]) {
      const en = LABELS.en[key];
      const de = LABELS.de[key];
      expect(typeof de, key).toBe(typeof en);
      if (same.has(key)) continue;
      const text = (l: unknown) => (typeof l === "function" ? (l as (...a: unknown[]) => string)(1, 2, "X", 3) : l);
      expect(text(de), key).not.toBe(text(en));
    }
  });
});
