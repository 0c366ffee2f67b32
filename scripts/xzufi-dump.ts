/**
 * Dumps what the library does with XZuFi, so that a refactoring of `src/xzufi/` can be checked byte by byte:
 *
 *   npx tsx scripts/xzufi-dump.ts OUT_DIR      # then `diff -r BEFORE AFTER`
 *
 * - `tables.json`: every binding table of both versions as data (names, fields, multiplicities, types, code lists,
 *   evidence), reached from the public `binding` namespace;
 * - per XZuFi XML file (fixtures/, the shared corpus): parse findings and model, the serialized round trip, the
 *   structural check and `check` report, the legacy reader where the file has no namespace;
 * - the builders: every `create*` on a valid and an invalid input, the LeiKa import of the fixture CSVs;
 * - the CLI (`validate`, `check`, `inspect`, `format`) on every fixture.
 * Uses only the public entries.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runCli } from "../src/cli/main.ts";
import * as legacy from "../src/xzufi/legacy/index.ts";
import * as xz220 from "../src/xzufi/v2_2_0/index.ts";
import * as xz231 from "../src/xzufi/v2_3_1/index.ts";

const root = join(import.meta.dirname, "..");
const shared = process.env.FIM_XOEV_SHARED ?? join(root, "../shared");
const out = process.argv[2];
if (out === undefined) throw new Error("usage: xzufi-dump.ts OUT_DIR");
mkdirSync(out, { recursive: true });
const write = (name: string, value: unknown) =>
  writeFileSync(join(out, `${name.replaceAll("/", "__")}.json`), `${JSON.stringify(value, replacer, 1)}\n`);
function replacer(_k: string, v: unknown) {
  return v instanceof Map ? Object.fromEntries(v) : v;
}

// ---- tables
const seen = new Map<object, string>();
function table(t: unknown): unknown {
  if (typeof t === "string") return t;
  if (t === null || typeof t !== "object") return t;
  const o = t as { kind?: string; name?: string };
  if (seen.has(o)) return `@${seen.get(o)}`;
  seen.set(o, o.name ?? "?");
  if (o.kind === "polymorphic") {
    const p = o as { variants: unknown[]; name: string; reconstructed?: string };
    return { kind: "polymorphic", name: p.name, reconstructed: p.reconstructed, variants: p.variants.map(table) };
  }
  const c = o as { name: string; reconstructed?: string; track?: boolean; fields: Record<string, unknown>[] };
  return {
    kind: "complex",
    name: c.name,
    reconstructed: c.reconstructed,
    track: c.track,
    fields: c.fields.map((f) => {
      const keys = Object.keys(f).sort();
      const r: Record<string, unknown> = {};
      for (const k of keys) {
        if (k === "type") r.type = table(f.type);
        else if (k === "options") r.options = (f.options as { name: string; type: unknown }[]).map((x) => ({ ...x, type: table(x.type) }));
        else r[k] = f[k];
      }
      return r;
    }),
  };
}
for (const [v, m] of [
  ["2.2.0", xz220],
  ["2.3.1", xz231],
] as const) {
  seen.clear();
  const all: Record<string, unknown> = {};
  for (const k of Object.keys(m.binding).sort()) {
    seen.clear();
    all[k] = table((m.binding as Record<string, unknown>)[k]);
  }
  write(`tables-${v}`, all);
}

// ---- files
const ds = (list: readonly { severity: string; code: string; ruleId?: string; path?: string; location?: { line: number } }[]) =>
  list.map(
    (d) => `${d.severity} ${d.code} ${d.ruleId ?? ""} ${d.path ?? ""} ${d.location?.line ?? ""} ${(d as { message?: string }).message}`,
  );
function files(dir: string): string[] {
  try {
    return readdirSync(dir)
      .sort()
      .flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? files(p) : n.endsWith(".xml") ? [p] : [];
      });
  } catch {
    return [];
  }
}
const xmlFiles = [...files(join(root, "fixtures")), ...files(join(shared, "corpus/xzufi"))].filter((p) => {
  const t = readFileSync(p, "latin1");
  return t.includes("xzufi/2_2_0") || t.includes("xzufi/2_3_1") || t.includes("<leistungsverzeichnis");
});
const cliFiles: string[] = [];
for (const path of xmlFiles) {
  const bytes = readFileSync(path);
  const text = bytes.toString("latin1");
  const file = relative(root, path);
  const rec: Record<string, unknown> = {};
  try {
    if (text.includes("xzufi/2_2_0") || text.includes("xzufi/2_3_1")) {
      cliFiles.push(file);
      const m = (text.includes("xzufi/2_2_0") ? xz220 : xz231) as typeof xz220;
      const p = m.safeParse(bytes, { file });
      rec.parse = ds(p.diagnostics);
      rec.model = p.data;
      if (p.data !== undefined) {
        rec.serialize = m.serialize(p.data);
        rec.serializeCompact = m.serialize(p.data, { pretty: false, declaration: false, rootElement: "x" });
        rec.checkStructure = { ...m.checkStructure(p.data, { file }), diagnostics: ds(m.checkStructure(p.data, { file }).diagnostics) };
        const c = m.check(p.data, { file });
        rec.check = { ...c, diagnostics: ds(c.diagnostics) };
        rec.summary = m.descriptor.summary?.(p.data, {} as never);
        for (const [i, op] of p.data.operation.entries()) {
          if ("schreibe" in op && "leistung" in op.schreibe) {
            const l = op.schreibe.leistung;
            rec[`leistung${i}`] = m.serializeLeistung(l);
            const back = m.safeParseLeistung(m.serializeLeistung(l));
            rec[`leistung${i}back`] = ds(back.diagnostics);
            rec[`leistung${i}check`] = ds(m.checkLeistung(l).diagnostics);
            rec[`leistung${i}structure`] = ds(m.checkStructureLeistung(l).diagnostics);
          }
        }
      }
      const e = m.safeParse(bytes, { file, namespace: "urn:other" });
      rec.otherNamespace = ds(e.diagnostics);
      rec.validate = await m.validate(bytes, { file });
    }
    if (text.includes("<leistungsverzeichnis")) {
      const l = legacy.safeParseLeistungsverzeichnis(bytes, { file });
      rec.legacy = { diagnostics: ds(l.diagnostics), data: l.data };
      if (l.data !== undefined) {
        const n = legacy.toNachricht22(l.data);
        rec.legacyNachricht = n;
        rec.legacySerialized = xz220.serialize(n);
        rec.legacyCheck = ds(xz220.check(n).diagnostics);
      }
    }
  } catch (e) {
    rec.threw = e instanceof Error ? e.message : String(e);
  }
  write(`file-${file}`, rec);
}

// ---- builders
const id = { value: "L1", schemeAgencyID: "S100001" };
const inputs: Record<string, unknown> = {
  Leistung: { id, modulText: [{ leikaTextmodul: { code: "02" }, inhalt: [{ value: "Hundesteuer", languageCode: "de" }] }] },
  Organisationseinheit: { id, name: { name: [{ value: "Amt" }], kurzbezeichnung: [] } },
  Onlinedienst: { id, bezeichnung: [{ value: "Antrag" }], link: [{ link: "https://example.org" }], vertrauensniveau: { code: "10" } },
  ZustaendigkeitTransferObjekt: { uebergeordnetesObjektID: id, zustaendigkeit: { leistungID: id, rolle: { code: "01" } } },
  Spezialisierung: { id },
  Nachricht: { nachrichtenkopf: { nachrichtUUID: "u-1" }, operation: [{ loesche: { klasse: "Leistung", id } }] },
};
const bad: Record<string, unknown> = {
  Leistung: { id: { value: 3 }, modulText: "x" },
  Organisationseinheit: {},
  Onlinedienst: { id, vertrauensniveau: { code: 10 } },
  ZustaendigkeitTransferObjekt: { zustaendigkeit: {} },
  Spezialisierung: { id: "x" },
  Nachricht: { operation: [{ schreibe: { leistung: { id: {} } } }] },
};
for (const [v, m] of [
  ["2.2.0", xz220 as unknown as typeof xz231],
  ["2.3.1", xz231],
] as const) {
  const rec: Record<string, unknown> = {};
  for (const name of Object.keys(inputs)) {
    const f = (m as unknown as Record<string, (x: unknown) => { diagnostics: unknown[] }>)[`safeCreate${name}`]!;
    const ok = f(inputs[name]);
    const no = f(bad[name]);
    rec[name] = { ok: { ...ok, diagnostics: ds(ok.diagnostics as never) }, bad: { ...no, diagnostics: ds(no.diagnostics as never) } };
    try {
      (m as unknown as Record<string, (x: unknown) => unknown>)[`create${name}`]!(bad[name]);
    } catch (e) {
      rec[`${name}Throws`] = e instanceof Error ? e.message : String(e);
    }
  }
  for (const csv of ["fixtures/leika/published-sample.csv", "fixtures/catalog/hundesteuer/leika.csv"]) {
    const r = await m.safeImportLeikaCsv(readFileSync(join(root, csv)), {
      versionsinformation: { geaendertDatumZeit: "2024-01-01T00:00:00" },
    });
    rec[csv] = { diagnostics: ds(r.diagnostics), xml: r.data === undefined ? null : m.serialize(r.data.nachricht), data: r.data };
  }
  const bogus = m.safeCreateLeistungFromLeika({ schluessel: "99108001000000", bezeichnung: "Hund", line: 2 } as never, {
    versionsinformation: { geaendertDatumZeit: "2024-99-99" } as never,
  });
  rec.leikaBad = ds(bogus.diagnostics);
  rec.struktur = ["99108001000000", "99108001001000", "99108001001001"].map((s) => m.leistungsstrukturFor({ schluessel: s as never }));
  rec.xsd = m.XSD_SCHEMA_SET;
  rec.namespace = [m.NAMESPACE, m.VERSION, m.PREFIX, m.PREFIXES, m.XZUFI_VERSION, m.XZUFI_VERSION_VALUES, m.DEFAULT_ROOT_ELEMENT];
  rec.descriptor = { ...m.descriptor };
  rec.codes = Object.fromEntries(
    Object.entries(m).filter(([k, x]) => /^[A-Z]/.test(k) && typeof x !== "function" && k !== "binding" && k !== "descriptor"),
  );
  rec.codeLists = Object.fromEntries(Object.entries(m).filter(([k]) => k.endsWith("CodeList")));
  rec.exports = Object.keys(m).sort();
  write(`builders-${v}`, rec);
}
write("legacy-exports", Object.keys(legacy).sort());

// ---- CLI
const cli: Record<string, unknown> = {};
for (const file of cliFiles) {
  for (const args of [["validate"], ["check"], ["check", "--format", "sarif"], ["inspect"], ["format"], ["validate", "--format", "json"]]) {
    let stdout = "";
    let stderr = "";
    const code = await runCli([...args, file], {
      stdout: (s: string) => (stdout += s),
      stderr: (s: string) => (stderr += s),
      stderrIsTTY: false,
      env: { ...process.env, FIM_XOEV_SCHEMAS: "" },
      cwd: root,
    } as never);
    cli[`${args.join(" ")} ${file}`] = { code, stdout: stdout.replace(/"durationMs":\s*[0-9.]+/g, ""), stderr };
  }
}
write("cli", cli);
console.log(`dumped ${xmlFiles.length} files to ${out}`);
