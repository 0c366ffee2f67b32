import { performance } from "node:perf_hooks";
import { Catalog } from "../catalog/catalog.ts";
import type { CatalogGap, CatalogObject, KeyView } from "../catalog/model.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { collectFiles, noFilesMessage, readEntry } from "./files.ts";
import type { CliCommand } from "./io.ts";
import { EXIT, parseCommand, usageError } from "./options.ts";

export const CATALOG_HELP = `Usage: fim-xoev catalog <dir|file>... [--key KEY] [--field ID] [--code-list URI]
                        [--mapping FILE]... [--leika-columns LIST] [--gaps] [--format text|json]

Loads a folder of FIM files of any kind — LeiKa CSV (*.csv), XZuFi 2.2.0/2.3.1, XDatenfelder 2.0/3.0.0
schemas and Dokumentsteckbriefe with their genericode code lists, XProzess 2.0 (*.xml, *.xdf, *.gc) — and
indexes them by their links: Leistungsschlüssel ↔ XZuFi Leistung ↔ Prozessklasse/Prozess (same key) ↔
Dokumentsteckbrief ↔ Stammdatenschema ↔ code lists. Links the files do not carry come from mapping files
(--mapping FILE, or *.mapping.json in the folder; see docs/catalog.md). XML of other namespaces is
skipped with a note.

Without a query it prints a summary and every Leistungsschlüssel with what is linked to it.
  --key KEY         everything known for one key (14 digits, dotted or URN form)
  --field ID        the schemas that contain a Datenfeld or Datenfeldgruppe with this id
  --code-list URI   the schemas that reference a code list (canonical URI)
  --leika-columns   column names of LeiKa CSV files without a header row, comma-separated
                    (e.g. Bezeichnung,Behoerde,Schluessel); such a file is refused otherwise
  --gaps            what is missing: Leistungen without schema or process, code lists the schemas use
                    that the folder lacks, unresolved Dokumentsteckbrief ids, keys unknown to the LeiKa CSV
  --format json     machine-readable output

Exit code: 0 done (gaps are information, not errors), 1 a file could not be read as what it claims
to be, or --key found nothing, 2 usage errors.`;

function label(o: CatalogObject): string {
  const v = o.version === undefined ? "" : ` v${o.version}`;
  return `${o.id}${v}${o.name === undefined ? "" : ` "${o.name}"`} (${o.source.file}${o.source.line === undefined ? "" : `:${o.source.line}`})`;
}

function viewLines(v: KeyView): string[] {
  const lines = [`${v.key}`];
  const group = (title: string, list: readonly CatalogObject[]) => {
    for (const o of list) lines.push(`  ${title}: ${label(o)}`);
  };
  group("LeiKa", v.leika);
  group("XZuFi Leistung", v.leistungen);
  group("Prozessklasse", v.prozessklassen);
  group("Prozess", v.prozesse);
  group("Dokumentsteckbrief", v.dokumentsteckbriefe);
  group("Stammdatenschema", v.stammdatenschemata);
  group("Codeliste", v.codelisten);
  const byEvidence = new Map<string, number>();
  for (const l of v.links) byEvidence.set(l.evidence, (byEvidence.get(l.evidence) ?? 0) + 1);
  if (byEvidence.size > 0) lines.push(`  links: ${[...byEvidence].map(([e, n]) => `${n} ${e}`).join(", ")}`);
  return lines;
}

function gapLine(g: CatalogGap): string {
  switch (g.kind) {
    case "leistung-without-schema":
      return `${g.key}: no Stammdatenschema is linked to this Leistung`;
    case "leistung-without-process":
      return `${g.key}: no Prozessklasse or Prozess is linked to this Leistung`;
    case "key-not-in-leika":
      return `${g.key}: not in the LeiKa catalogue (named by ${g.seenIn.map((r) => `${r.kind} ${r.id}`).join(", ")})`;
    case "code-list-missing":
      return `${g.schema.id}${g.schema.version === undefined ? "" : ` v${g.schema.version}`}: code list ${g.codeList.id}${g.codeList.version === undefined ? "" : ` ${g.codeList.version}`} is not in the catalogue`;
    case "dokumentsteckbrief-unresolved":
      return `${g.from.kind} ${g.from.id}: Dokumentsteckbrief ${g.dokumentsteckbrief} is neither in the catalogue nor referenced by a schema`;
  }
}

/** Loads every file of the arguments; returns the catalogue, whether a file failed, and the elapsed time. */
function load(
  paths: readonly string[],
  mappings: readonly string[],
  cwd: string,
  stderr: (s: string) => void,
  leikaColumns?: readonly string[],
) {
  const catalog: Catalog = new Catalog();
  let failed = false;
  const started = performance.now();
  const entries = collectFiles(paths, cwd, [".xml", ".xdf", ".gc", ".csv", ".mapping.json"]);
  entries.push(...collectFiles(mappings, cwd, [".json"]));
  for (const e of entries) {
    const read = readEntry(e);
    if ("error" in read) {
      stderr(`fim-xoev catalog: cannot read ${e.name}: ${read.error}\n`);
      failed = true;
      continue;
    }
    const r = catalog.add(read.bytes, { file: e.name, ...(leikaColumns !== undefined && { leika: { columns: leikaColumns } }) });
    if (!r.success) {
      if (r.diagnostics.length === 1 && r.diagnostics[0].code === "unknown-namespace") {
        stderr(`fim-xoev catalog: skipped ${e.name}: ${r.diagnostics[0].message}\n`);
        continue;
      }
      failed = true;
      for (const d of r.diagnostics.filter((x) => x.severity === "fatal" || x.severity === "error").slice(0, 5)) {
        stderr(`${formatDiagnostic(d)}\n`);
      }
    }
  }
  return { catalog, failed, entries: entries.length, ms: performance.now() - started };
}

export const catalogCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "catalog",
    CATALOG_HELP,
    {
      key: { type: "string" },
      field: { type: "string" },
      "code-list": { type: "string" },
      mapping: { type: "string", multiple: true },
      "leika-columns": { type: "string" },
      gaps: { type: "boolean" },
      format: { type: "string", default: "text" },
    },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (values.format !== "text" && values.format !== "json")
    return usageError(io, "catalog", `unknown --format ${values.format} (text or json)`);
  if (positionals.length === 0) return usageError(io, "catalog", "expected a folder or files");
  const leikaColumns = values["leika-columns"]
    ?.split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const { catalog, failed, entries, ms } = load(positionals, values.mapping ?? [], io.cwd, io.stderr, leikaColumns);
  if (entries === 0) {
    io.stderr(`fim-xoev catalog: ${noFilesMessage(positionals)}\n`);
    return EXIT.usage;
  }
  const json = values.format === "json";
  const out = (value: unknown, text: () => string[]) => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${text().join("\n")}\n`);

  if (values.key !== undefined) {
    const view = catalog.lookup(values.key);
    if (!view.success) {
      for (const d of view.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      return EXIT.usage;
    }
    const v = view.data;
    const empty = v.leika.length + v.leistungen.length + v.prozessklassen.length + v.prozesse.length + v.stammdatenschemata.length === 0;
    out(v, () => viewLines(v));
    return empty || failed ? EXIT.findings : EXIT.ok;
  }
  if (values.field !== undefined) {
    const schemas = catalog.schemasUsingElement(values.field);
    out(schemas, () => (schemas.length === 0 ? [`no schema contains ${values.field}`] : schemas.map(label)));
    return failed ? EXIT.findings : EXIT.ok;
  }
  if (values["code-list"] !== undefined) {
    const schemas = catalog.schemasUsingCodeList(values["code-list"]);
    out(schemas, () => (schemas.length === 0 ? [`no schema references ${values["code-list"]}`] : schemas.map(label)));
    return failed ? EXIT.findings : EXIT.ok;
  }
  if (values.gaps === true) {
    const gaps = catalog.gaps();
    out(gaps, () => (gaps.length === 0 ? ["nothing missing"] : gaps.map(gapLine)));
    return failed ? EXIT.findings : EXIT.ok;
  }
  const summary = catalog.summary();
  const keys = catalog.keys();
  const views = keys.map((k) => catalog.lookup(k).data as KeyView);
  out({ summary, indexMs: Math.round(ms), keys: views }, () => {
    const o = summary.objects;
    return [
      `${summary.files} files indexed in ${Math.round(ms)} ms: ${summary.keys} Leistungsschlüssel, ${o.leika} LeiKa rows, ${o["xzufi-leistung"]} XZuFi Leistungen, ` +
        `${o.prozessklasse} Prozessklassen, ${o.prozess} Prozesse, ${o.stammdatenschema} Stammdatenschemata, ${o.dokumentsteckbrief} Dokumentsteckbriefe, ${o.codeliste} code lists`,
      `links: ${summary.links.reference} by reference, ${summary.links["same-key"]} by the same key, ${summary.links.text} from free text, ${summary.links.mapping} from mappings`,
      "",
      ...views.flatMap(viewLines),
    ];
  });
  return failed ? EXIT.findings : EXIT.ok;
};
