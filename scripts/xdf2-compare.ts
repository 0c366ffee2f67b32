/**
 * Before/after dump of everything XDatenfelder 2.0 produces, for checking that a rewrite of `v2/parse.ts`,
 * `serialize.ts` or `build.ts` keeps the behaviour:
 *
 *   npx tsx scripts/xdf2-compare.ts /tmp/xdf2-before     # on the old code
 *   npx tsx scripts/xdf2-compare.ts /tmp/xdf2-after      # on the new code
 *   diff -r /tmp/xdf2-before /tmp/xdf2-after
 *
 * For every XDatenfelder 2.0 file of `../shared/corpus/xdatenfelder` (MANIFEST.tsv, read in place; env
 * FIM_XOEV_SHARED overrides the folder) and every 2.0 fixture of `fixtures/` it writes one JSON file with:
 * the strict and the tolerant (`xsdFacets: "warning"`) parse diagnostics, the model (keys sorted), the
 * serialized round trip (pretty, compact, prefix `""`), the FIM-QS report of `checkXDatenfelder` (with and
 * without `regeln`), and the 2.0 → 3.0.0 conversion (diagnostics, 3.0.0 XML and model, and the 3.0.0 → 2.0
 * conversion back, serialized by 2.0). For the fixtures it also writes the diagnostics of line-level mutants
 * (line deleted, doubled, swapped with the next, text replaced by an invalid date, attribute added, element
 * renamed, stray text), so that error paths are compared too. Finally the builders' results on a fixed set of
 * valid and invalid inputs. Nothing is written into the repository.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DirectoryCodeListProvider } from "../src/core/codelists/provider.ts";
import { convertXdf2ToXdf3, convertXdf3ToXdf2 } from "../src/xdatenfelder/convert/index.ts";
import { checkXDatenfelder } from "../src/xdatenfelder/qs.ts";
import * as v2 from "../src/xdatenfelder/v2/index.ts";
import * as v3 from "../src/xdatenfelder/v3/index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.FIM_XOEV_SHARED ?? join(repoRoot, "../shared"));
const corpusDir = join(shared, "corpus", "xdatenfelder");
const out = process.argv[2];
if (out === undefined) throw new Error("usage: npx tsx scripts/xdf2-compare.ts <output folder>");

/** JSON with sorted keys; `undefined` properties left out (as JSON does). */
function stable(value: unknown): string {
  return JSON.stringify(
    value,
    (_k, v: unknown) => {
      if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) o[k] = (v as Record<string, unknown>)[k];
      return o;
    },
    1,
  );
}

/** Errors thrown by the code under test become data (their message), so that a crash is compared too. */
async function guarded<T>(f: () => T | Promise<T>): Promise<T | { thrown: string }> {
  try {
    return await f();
  } catch (e) {
    return { thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

function corpusFiles(): { name: string; path: string }[] {
  const [header, ...rows] = readFileSync(join(corpusDir, "MANIFEST.tsv"), "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const cols = (header as string).split("\t");
  const fileCol = cols.indexOf("file");
  const versionCol = cols.indexOf("xdf_version");
  return rows
    .map((r) => r.split("\t"))
    .filter((c) => c[versionCol] === "2.0")
    .map((c) => ({ name: `corpus__${(c[fileCol] as string).replaceAll("/", "__")}`, path: join(corpusDir, c[fileCol] as string) }));
}

function fixtureFiles(): { name: string; path: string }[] {
  const dirs = ["fixtures/xdatenfelder/v2/valid", "fixtures/xdatenfelder/v2/round-trip", "fixtures/qs/v2", "fixtures/qs/v2/one-defect"];
  return dirs.flatMap((d) =>
    readdirSync(join(repoRoot, d))
      .filter((f) => f.endsWith(".xml"))
      .sort()
      .map((f) => ({ name: `fixture__${d.replaceAll("/", "_")}__${f}`, path: join(repoRoot, d, f) })),
  );
}

async function dumpFile(path: string, withConversion: boolean): Promise<Record<string, unknown>> {
  const bytes = readFileSync(path);
  const file = basename(path);
  const strict = v2.safeParse(bytes, { file });
  const tolerant = v2.safeParse(bytes, { file, xsdFacets: "warning" });
  const result: Record<string, unknown> = {
    strict: { success: strict.success, diagnostics: strict.diagnostics },
    tolerant: { success: tolerant.success, diagnostics: tolerant.diagnostics },
    model: tolerant.data,
  };
  const model = tolerant.data;
  if (model !== undefined) {
    result.serialized = {
      pretty: await guarded(() => v2.serialize(model)),
      compact: await guarded(() => v2.serialize(model, { pretty: false })),
      defaultNamespace: await guarded(() => v2.serialize(model, { prefix: "", declaration: false })),
    };
  }
  result.qs = await guarded(() => checkXDatenfelder(bytes, { file }));
  result.qsRegeln = await guarded(() => checkXDatenfelder(bytes, { file, regeln: true }));
  if (withConversion && model !== undefined) {
    for (const [key, options] of [
      ["convertDefault", {}],
      ["convertWithCodeLists", { codeLists: new DirectoryCodeListProvider(dirname(path)) }],
    ] as const) {
      result[key] = await guarded(async () => {
        const up = await convertXdf2ToXdf3(model, { ...options, file });
        if (up.data === undefined) return { success: up.success, diagnostics: up.diagnostics };
        const up3 = up.data;
        const down = convertXdf3ToXdf2(up3);
        return {
          success: up.success,
          diagnostics: up.diagnostics,
          xml: v3.serialize(up3),
          model: up3,
          back: {
            success: down.success,
            diagnostics: down.diagnostics,
            xml: down.data === undefined ? undefined : v2.serialize(down.data.nachricht),
            codeListen: down.data?.codeListen,
          },
        };
      });
    }
  }
  return result;
}

/** Line-level mutants of a fixture: each one changes one line, so every error path of the parser is met. */
function mutants(text: string): { name: string; xml: string }[] {
  const lines = text.split("\n");
  const outList: { name: string; xml: string }[] = [];
  const withLines = (ls: string[]) => ls.join("\n");
  lines.forEach((line, i) => {
    if (!/<[A-Za-z]/.test(line) || i < 2) return;
    const n = `L${i + 1}`;
    outList.push({ name: `${n}-deleted`, xml: withLines(lines.filter((_, k) => k !== i)) });
    outList.push({ name: `${n}-doubled`, xml: withLines([...lines.slice(0, i + 1), line, ...lines.slice(i + 1)]) });
    if (i + 1 < lines.length) {
      const swapped = [...lines];
      swapped[i] = lines[i + 1] as string;
      swapped[i + 1] = line;
      outList.push({ name: `${n}-swapped`, xml: withLines(swapped) });
    }
    const leaf = /^(\s*<([\w:.]+)(?:\s[^>]*)?>)([^<]*)(<\/\2>\s*)$/.exec(line);
    if (leaf !== null) {
      for (const [label, value] of [
        ["bad-date", "2024-13-45"],
        ["bad-datetime", "2024-99-99T99:99:99"],
        ["empty", ""],
        ["non-latin", "Ω ☃"],
      ] as const) {
        outList.push({ name: `${n}-${label}`, xml: withLines(lines.map((l, k) => (k === i ? `${leaf[1]}${value}${leaf[4]}` : l))) });
      }
    }
    const start = /^(\s*<)([\w:.]+)(\s|>|\/>)/.exec(line);
    if (start !== null) {
      const attr = line.replace(/^(\s*<[\w:.]+)/, '$1 fremd="1"');
      outList.push({ name: `${n}-attribute`, xml: withLines(lines.map((l, k) => (k === i ? attr : l))) });
      const local = (start[2] as string).replace(/^[^:]*:/, "");
      const renamedLine = line.replace(new RegExp(`(</?[\\w.]*:?)${local}(?=[\\s>/])`, "g"), "$1unbekannt");
      if (renamedLine !== line && new RegExp(`</[\\w.]*:?${local}>`).test(line)) {
        outList.push({ name: `${n}-renamed`, xml: withLines(lines.map((l, k) => (k === i ? renamedLine : l))) });
      }
      if (!line.includes("</") && !line.trimEnd().endsWith("/>")) {
        outList.push({ name: `${n}-stray-text`, xml: withLines([...lines.slice(0, i + 1), "streutext", ...lines.slice(i + 1)]) });
      }
    }
  });
  return outList;
}

async function dumpMutants(path: string): Promise<Record<string, unknown>> {
  const text = readFileSync(path, "utf8");
  const result: Record<string, unknown> = {};
  for (const m of mutants(text)) {
    const parsed = v2.safeParse(m.xml, { file: m.name });
    let serialized: unknown;
    if (parsed.data !== undefined) {
      const data = parsed.data;
      serialized = await guarded(() => v2.serialize(data));
    }
    const qs = await guarded(() => checkXDatenfelder(m.xml, { file: m.name }));
    result[m.name] = {
      success: parsed.success,
      diagnostics: parsed.diagnostics,
      model: parsed.data,
      serialized,
      qs: typeof qs === "object" && qs !== null && "diagnostics" in qs ? { completed: qs.completed, diagnostics: qs.diagnostics } : qs,
    };
  }
  return result;
}

/** The builders on fixed inputs: what they accept, what they build and what they say about bad input. */
function dumpBuilders(): Record<string, unknown> {
  const basis = { identifikation: { id: "F99000001", version: "1.0" }, name: "Feld", bezeichnungEingabe: "Feld", status: "aktiv" };
  const feld = { ...basis, schemaelementart: "HAR", feldart: "input", datentyp: "text" } as const;
  const cases: Record<string, () => unknown> = {
    datenfeld: () => v2.safeCreateDatenfeld(feld as v2.DatenfeldInput),
    datenfeldPraezisierungWerte: () =>
      v2.safeCreateDatenfeld({ ...feld, praezisierung: { minLength: 1, maxLength: "20", note: "n" } } as v2.DatenfeldInput),
    datenfeldPraezisierungText: () => v2.safeCreateDatenfeld({ ...feld, praezisierung: '{"maxLength":5}' } as v2.DatenfeldInput),
    datenfeldFullCode: () =>
      v2.safeCreateDatenfeld({ ...feld, status: { code: "aktiv", listURI: "x", listVersionID: "9" } } as v2.DatenfeldInput),
    datenfeldBadDate: () => v2.safeCreateDatenfeld({ ...feld, gueltigAb: "2024-13-45" } as v2.DatenfeldInput),
    datenfeldBadDate2: () => v2.safeCreateDatenfeld({ ...feld, gueltigBis: "2024-02-31" } as v2.DatenfeldInput),
    datenfeldGoodDate: () => v2.safeCreateDatenfeld({ ...feld, freigabedatum: "2024-02-29Z" } as v2.DatenfeldInput),
    datenfeldBadCode: () => v2.safeCreateDatenfeld({ ...feld, feldart: "nope" } as unknown as v2.DatenfeldInput),
    datenfeldBadVersion: () =>
      v2.safeCreateDatenfeld({ ...feld, identifikation: { id: "F1", version: "1" } } as unknown as v2.DatenfeldInput),
    datenfeldNonLatin: () => v2.safeCreateDatenfeld({ ...feld, name: "Ω" } as v2.DatenfeldInput),
    datenfeldMissing: () => v2.safeCreateDatenfeld({ name: "x" } as unknown as v2.DatenfeldInput),
    datenfeldNotObject: () => v2.safeCreateDatenfeld(7 as unknown as v2.DatenfeldInput),
    regel: () => v2.safeCreateRegel({ ...basis, script: "function script() {}" } as v2.RegelInput),
    regelNoScript: () => v2.safeCreateRegel(basis as v2.RegelInput),
    header: () => v2.safeCreateHeader({ nachrichtID: "N1", erstellungszeitpunkt: "2024-01-01T00:00:00Z" }),
    headerBadDateTime: () => v2.safeCreateHeader({ nachrichtID: "N1", erstellungszeitpunkt: "2024-99-99T99:99:99" }),
    headerT24: () => v2.safeCreateHeader({ nachrichtID: "N1", erstellungszeitpunkt: "2024-01-01T24:00:00" }),
    headerEmptyId: () => v2.safeCreateHeader({ nachrichtID: "", erstellungszeitpunkt: "2024-01-01T00:00:00Z" }),
    struktur: () => {
      const f = v2.createDatenfeld(feld as v2.DatenfeldInput);
      return v2.safeCreateStruktur({ anzahl: "0:1", enthaelt: { datenfeld: f } });
    },
    strukturBadAnzahl: () => {
      const f = v2.createDatenfeld(feld as v2.DatenfeldInput);
      return v2.safeCreateStruktur({ anzahl: "1-2", enthaelt: { datenfeld: f } });
    },
    strukturBadEnthaelt: () => v2.safeCreateStruktur({ anzahl: "1:1", enthaelt: { datenfeld: {} } } as unknown as v2.StrukturInput),
    gruppe: () => {
      const f = v2.createDatenfeld(feld as v2.DatenfeldInput);
      const s = v2.createStruktur({ anzahl: "1:*", bezug: "b", enthaelt: { datenfeld: f } });
      return v2.safeCreateDatenfeldgruppe({ ...basis, schemaelementart: "RNG", struktur: [s] } as v2.DatenfeldgruppeInput);
    },
    gruppeBadStruktur: () =>
      v2.safeCreateDatenfeldgruppe({ ...basis, schemaelementart: "RNG", struktur: [{}] } as unknown as v2.DatenfeldgruppeInput),
    stammdatenschema: () =>
      v2.safeCreateStammdatenschema({
        ...basis,
        hilfetext: "h",
        ableitungsmodifikationenStruktur: "0",
        ableitungsmodifikationenRepraesentation: "1",
      } as v2.StammdatenschemaInput),
    stammdatenschemaBadDates: () =>
      v2.safeCreateStammdatenschema({
        ...basis,
        veroeffentlichungsdatum: "2024-1-1",
        ableitungsmodifikationenStruktur: "0",
        ableitungsmodifikationenRepraesentation: "9",
      } as unknown as v2.StammdatenschemaInput),
    dokumentsteckbrief: () =>
      v2.safeCreateDokumentsteckbrief({ ...basis, isReferenz: true, dokumentart: "Antrag" } as v2.DokumentsteckbriefInput),
    dokumentsteckbriefString: () => v2.safeCreateDokumentsteckbrief({ ...basis, isReferenz: "0" } as v2.DokumentsteckbriefInput),
    dokumentsteckbriefBad: () => v2.safeCreateDokumentsteckbrief({ ...basis, isReferenz: "ja" } as unknown as v2.DokumentsteckbriefInput),
    codeliste: () =>
      v2.safeCreateCodeliste({
        ...basis,
        genericodeIdentification: { canonicalIdentification: "urn:a", version: "1", canonicalVersionUri: "urn:a_1" },
        langname: "L",
      } as v2.CodelisteInput),
    codelisteBad: () =>
      v2.safeCreateCodeliste({
        ...basis,
        genericodeIdentification: { canonicalIdentification: "", version: "1" },
        genericode: [{}],
      } as unknown as v2.CodelisteInput),
    // hand-made objects where a built one is expected, unknown keys, explicit undefined
    gruppePartialRegelStruktur: () =>
      v2.safeCreateDatenfeldgruppe({
        ...basis,
        schemaelementart: "RNG",
        regel: [{ script: "", identifikation: { id: "R1" } }],
        struktur: [{ anzahl: "1:1", enthaelt: { datenfeld: { feldart: { code: "input" } } } }],
      } as unknown as v2.DatenfeldgruppeInput),
    strukturPartialEnthaelt: () =>
      v2.safeCreateStruktur({
        anzahl: "1:1",
        enthaelt: { datenfeldgruppe: { struktur: [], schemaelementart: "HAR" } },
      } as unknown as v2.StrukturInput),
    datenfeldUnknownKey: () => v2.safeCreateDatenfeld({ ...feld, fremd: 1, bezeichnungAusgabe: undefined } as unknown as v2.DatenfeldInput),
    datenfeldCodelisteReferenz: () =>
      v2.safeCreateDatenfeld({
        ...feld,
        codelisteReferenz: {
          identifikation: { id: "C1" },
          genericodeIdentification: { canonicalIdentification: "urn:a", version: "1", canonicalVersionUri: "urn:a_1" },
        },
      } as v2.DatenfeldInput),
    datenfeldBadPraezisierung: () => v2.safeCreateDatenfeld({ ...feld, praezisierung: { minLength: -1 } } as unknown as v2.DatenfeldInput),
  };
  const result: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(cases)) {
    try {
      result[k] = f();
    } catch (e) {
      result[k] = { thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }
  return result;
}

async function main(): Promise<void> {
  const dir = resolve(out as string);
  mkdirSync(dir, { recursive: true });
  const corpus = corpusFiles();
  const fixtures = fixtureFiles();
  for (const f of corpus) writeFileSync(join(dir, `${f.name}.json`), stable(await dumpFile(f.path, true)));
  for (const f of fixtures) {
    writeFileSync(join(dir, `${f.name}.json`), stable(await dumpFile(f.path, true)));
    writeFileSync(join(dir, `${f.name}.mutants.json`), stable(await dumpMutants(f.path)));
  }
  writeFileSync(join(dir, "builders.json"), stable(dumpBuilders()));
  process.stdout.write(`${corpus.length} corpus files, ${fixtures.length} fixtures (with mutants) dumped to ${dir}\n`);
}

await main();
