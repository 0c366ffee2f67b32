/**
 * `fim-xoev xprozess` — XProzess tools (until the generic `inspect`/`validate` know XProzess):
 *
 *   fim-xoev xprozess files <file> [-o DIR] [--json]      list the embedded files, or extract them to DIR
 *   fim-xoev xprozess inspect <file> [--json]             message, classes, processes, files, BPMN summary
 *   fim-xoev xprozess validate <file> [--schemas DIR | --no-xsd] [--format text|json]
 *
 * Exit codes: 0 = done, no error; 1 = findings of severity error (validate), or files that could not be read or
 * were refused (files, inspect); 2 = usage error or the file cannot be read as XProzess.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import * as npb from "../xprozess/v0_1/index.ts";
import * as xprozess from "../xprozess/v2/index.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { labels } from "./labels.ts";
import { parseCommand, usageError, VERSION } from "./options.ts";
import { writeFilesAtomic } from "./write.ts";

const USAGE = `Usage:
  fim-xoev xprozess files <file> [-o DIR] [--force] [--json]
      Lists the files embedded in an XProzess 2.0 message (name, kind, MIME code, size, archive entries);
      with -o, writes them below DIR (archive entries as DIR/<dateiname>/<entry>), all or none, each atomically,
      an existing file only with --force. Names that would leave DIR, archives over the limits (entries, size,
      ratio) and invalid base64 are refused with a diagnostic.
  fim-xoev xprozess inspect <file> [--json]
      Message, Prozessklassen, Prozesse with their Aktivitätengruppen, embedded files and the BPMN summary
      (XProzess 2.0); the metadata of an XProzess 0.1 model.
  fim-xoev xprozess validate <file> [--schemas DIR | --no-xsd] [--format text|json]
      Structure (cardinality, order, types, code lists) with lines and paths, the XPROZESS rules, the
      Aktivitätengruppen against the BPMN model, and the XSD stage when DIR/xprozess/2.0/ holds the official set.
      Without it a document without errors is INCOMPLETE (exit 1) unless --no-xsd accepts that.
`;

/** Maps `fim-xoev xprozess …` arguments to the subcommands. */
export const xprozessCommand: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "files":
      return filesCommand(rest, io);
    case "inspect":
      return inspectCommand(rest, io);
    case "validate":
      return validateCommand(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return sub === undefined ? 2 : 0;
    case "--version":
    case "-V":
      io.stdout(`${VERSION}\n`);
      return 0;
    default:
      io.stderr(`fim-xoev xprozess: unknown subcommand "${sub}"\n${USAGE}`);
      return 2;
  }
};

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], file: string, minimum: "info" | "warning" = "warning"): void {
  for (const d of diagnostics) if (minimum === "info" || d.severity !== "info") io.stderr(`${formatDiagnostic(d, file)}\n`);
}

const isError = (d: Diagnostic) => d.severity === "error" || d.severity === "fatal";

/** The positional file of a subcommand whose options parsed; a number is the exit code to return at once. */
function oneFile<T extends { positionals: string[] }>(name: string, io: CliIo, parsed: T | number): T | number {
  if (typeof parsed === "number") return parsed;
  if (parsed.positionals.length !== 1) return usageError(io, `xprozess ${name}`, "expected exactly one file");
  return parsed;
}

function readInput(name: string, file: string, io: CliIo): Uint8Array | undefined {
  try {
    return readFileSync(resolve(io.cwd, file));
  } catch (e) {
    io.stderr(`fim-xoev xprozess ${name}: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return undefined;
  }
}

/** Reads an XProzess 2.0 message tolerantly; prints what went wrong and returns `undefined` when it cannot. */
function readMessage(name: string, file: string, io: CliIo): xprozess.Nachricht | undefined {
  const bytes = readInput(name, file, io);
  if (bytes === undefined) return undefined;
  const r = xprozess.safeParse(bytes, { file });
  if (r.data === undefined) {
    printDiagnostics(io, r.diagnostics, file);
    return undefined;
  }
  return r.data;
}

async function filesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = oneFile(
    "files",
    io,
    parseCommand(
      "xprozess files",
      USAGE,
      { output: { type: "string", short: "o" }, force: { type: "boolean" }, json: { type: "boolean" } },
      argv,
      io,
    ),
  );
  if (typeof parsed === "number") return parsed;
  const file = parsed.positionals[0] as string;
  const msg = readMessage("files", file, io);
  if (msg === undefined) return 2;
  const out = parsed.values.output;
  if (typeof out === "string") {
    const plan = xprozess.safeExtractionPlan(msg);
    const target = resolve(io.cwd, out);
    const outputs: { path: string; data: Uint8Array }[] = [];
    for (const f of plan.data ?? []) {
      const path = resolve(target, ...f.path.split("/"));
      // the plan has refused every name that leaves the folder; this is the last line of defence
      if (!path.startsWith(target + sep)) {
        io.stderr(`fim-xoev xprozess files: refused to write ${f.path} outside ${out}\n`);
        return 1;
      }
      outputs.push({ path, data: f.bytes });
    }
    // All files or none, each written atomically, none over an existing file without --force.
    for (const o of outputs) {
      try {
        mkdirSync(dirname(o.path), { recursive: true });
      } catch (e) {
        io.stderr(`fim-xoev xprozess files: cannot create ${dirname(o.path)}: ${e instanceof Error ? e.message : String(e)}\n`);
        return 2;
      }
    }
    const failed = writeFilesAtomic(outputs, { force: parsed.values.force === true, cwd: io.cwd });
    if (failed !== undefined) {
      io.stderr(`fim-xoev xprozess files: ${failed.message}\n`);
      return 2;
    }
    const written = (plan.data ?? []).map((f) => f.path);
    printDiagnostics(io, plan.diagnostics, file);
    io.stdout(parsed.values.json === true ? `${JSON.stringify({ written }, null, 2)}\n` : written.map((w) => `${w}\n`).join(""));
    return plan.success ? 0 : 1;
  }
  const rows: Record<string, unknown>[] = [];
  const problems: Diagnostic[] = [];
  for (const f of xprozess.listFiles(msg)) {
    const r = xprozess.safeReadFile(f);
    problems.push(...r.diagnostics);
    rows.push({
      art: f.art,
      prozessID: f.prozessID,
      dateiname: f.dateiname,
      mimeType: f.mimeType,
      modellierungsmethode: f.modellierungsmethode,
      size: f.declaredSize,
      kind: r.data?.kind ?? "unreadable",
      entries: r.data?.entries?.map((e) => ({ name: e.name, size: e.bytes.length, compressedSize: e.compressedSize })) ?? [],
      line: f.line,
    });
  }
  printDiagnostics(io, problems, file);
  if (parsed.values.json === true) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    const l = labels();
    for (const r of rows) {
      io.stdout(
        `${r.art}  "${r.dateiname}"  mimeType ${r.mimeType}  ${l.bytes(r.size as number)}  ${r.kind}  (Prozess ${r.prozessID}, ${l.line(r.line as number)})\n`,
      );
      for (const e of r.entries as { name: string; size: number; compressedSize: number }[])
        io.stdout(`    ${e.name}  ${l.bytes(e.size)} (${l.compressed(e.compressedSize)})\n`);
    }
  }
  return problems.some(isError) ? 1 : 0;
}

function count<T>(items: readonly T[], key: (t: T) => string): string {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].map(([k, n]) => `${n} ${k}`).join(", ") || labels().none;
}

async function inspectCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = oneFile("inspect", io, parseCommand("xprozess inspect", USAGE, { json: { type: "boolean" } }, argv, io));
  if (typeof parsed === "number") return parsed;
  const file = parsed.positionals[0] as string;
  const bytes = readInput("inspect", file, io);
  if (bytes === undefined) return 2;
  const old = npb.safeParse(bytes, { file });
  if (old.data !== undefined) {
    const meta = Object.fromEntries(npb.metadataOf(old.data));
    if (parsed.values.json === true)
      io.stdout(`${JSON.stringify({ version: "0.1", schluessel: old.data.schluessel, revision: old.data.revision, meta }, null, 2)}\n`);
    else {
      io.stdout(`XProzess 0.1 austausch.modell.1001  schluessel ${old.data.schluessel}  revision ${old.data.revision}\n`);
      for (const [k, v] of Object.entries(meta)) io.stdout(`  ${k}: ${v.join(" | ")}\n`);
    }
    return 0;
  }
  const r = xprozess.safeParse(bytes, { file });
  if (r.data === undefined) {
    printDiagnostics(io, r.diagnostics, file);
    return 2;
  }
  const msg = r.data;
  const { klassen, prozesse } = xprozess.prozesseOf(msg);
  const files = xprozess.listFiles(msg);
  const models = xprozess.checkProzessmodelle(msg);
  const info = {
    nachricht: msg.nachricht,
    produkt: msg.produkt,
    produkthersteller: msg.produkthersteller,
    xprozessVersion: msg.xprozessVersion,
    nachrichtUUID: msg.nachrichtenkopf.nachrichtUUID,
    erstellungszeitpunkt: msg.nachrichtenkopf.erstellungszeitpunkt,
    prozessklassen: klassen.map(([k]) => ({ id: k.id, version: k.version, name: k.name, bezeichnung: k.bezeichnung })),
    prozesse: prozesse.map(([p]) => {
      const s = p.prozessstrukturbeschreibung?.auswahl;
      const gruppen = s !== undefined && "strukturbeschreibungFIM" in s ? s.strukturbeschreibungFIM.aktivitaetengruppe : [];
      return {
        id: p.id,
        version: p.version,
        name: p.name,
        detaillierungsstufe: p.prozesssteckbrief?.detaillierungsstufe?.code,
        aktivitaetengruppen: gruppen.map((g) => ({
          rag: g.referenzaktivitaetengruppeTyp.code,
          id: g.id,
          name: g.name,
          subProzessID: g.subProzessID,
        })),
      };
    }),
    dateien: files.map((f) => ({ art: f.art, dateiname: f.dateiname, mimeType: f.mimeType, size: f.declaredSize })),
    bpmn: models.map((m) => ({ prozessID: m.prozessID, dateiname: m.datei.dateiname, summary: m.summary, findings: m.diagnostics.length })),
  };
  const findings = [...r.diagnostics, ...models.flatMap((m) => m.diagnostics)];
  if (parsed.values.json === true) {
    io.stdout(`${JSON.stringify(info, null, 2)}\n`);
  } else {
    const o = (s: string) => io.stdout(`${s}\n`);
    const l = labels();
    o(
      `XProzess ${msg.xprozessVersion} ${msg.nachricht}  (${msg.produkt}, ${msg.produkthersteller})  ${msg.nachrichtenkopf.erstellungszeitpunkt}`,
    );
    for (const k of info.prozessklassen) o(`Prozessklasse ${k.id}${k.version === undefined ? "" : ` v${k.version}`}: ${k.name}`);
    for (const p of info.prozesse) {
      o(
        `Prozess ${p.id}${p.version === undefined ? "" : ` v${p.version}`}: ${p.name}${p.detaillierungsstufe === undefined ? "" : ` (Detaillierungsstufe ${p.detaillierungsstufe})`}`,
      );
      for (const g of p.aktivitaetengruppen) o(`  Aktivitätengruppe ${g.id} (RAG ${g.rag}): ${g.name}  → ${g.subProzessID}`);
    }
    for (const f of info.dateien) o(`Datei ${f.art} "${f.dateiname}" mimeType ${f.mimeType}, ${l.bytes(f.size)}`);
    for (const m of models) {
      const s = m.summary;
      if (s === undefined) {
        o(`${l.bpmnOf(m.prozessID)}: ${l.notReadable}`);
        continue;
      }
      o(`${l.bpmnOf(m.prozessID)} ("${m.datei.dateiname}"):`);
      o(`  ${l.pools}: ${s.participants.map((p) => p.name ?? p.id).join("; ") || l.none}`);
      o(`  ${l.processes}: ${s.processes.map((p) => `${p.name ?? p.id} (${l.lanes(p.lanes.length)})`).join("; ") || l.none}`);
      o(`  ${l.tasks}: ${count(s.tasks, (t) => t.kind)}`);
      o(`  ${l.subProcesses}: ${count(s.subProcesses, (t) => t.kind)}`);
      o(`  ${l.events}: ${count(s.events, (e) => (e.definitions.length > 0 ? `${e.kind}(${e.definitions.join("+")})` : e.kind))}`);
      o(`  ${l.gateways}: ${count(s.gateways, (g) => g.kind)}`);
      o(`  ${l.flows(s.sequenceFlows.length, s.messageFlows.length)}`);
      o(`  Aktivitätengruppen ↔ BPMN: ${m.diagnostics.length === 0 ? l.agree : l.findings(m.diagnostics.length)}`);
    }
  }
  printDiagnostics(io, findings, file);
  return findings.some(isError) ? 1 : 0;
}

async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = oneFile(
    "validate",
    io,
    parseCommand(
      "xprozess validate",
      USAGE,
      { schemas: { type: "string" }, "no-xsd": { type: "boolean" }, format: { type: "string" } },
      argv,
      io,
    ),
  );
  if (typeof parsed === "number") return parsed;
  const format = parsed.values.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(`fim-xoev xprozess validate: --format must be text or json\n`);
    return 2;
  }
  const file = parsed.positionals[0] as string;
  const bytes = readInput("validate", file, io);
  if (bytes === undefined) return 2;
  const schemas = typeof parsed.values.schemas === "string" ? resolve(io.cwd, parsed.values.schemas) : undefined;
  const report = await xprozess.validateDocument(bytes, { file, env: io.env, ...(schemas !== undefined && { schemas }) });
  if (report.stages.detect !== "passed") {
    printDiagnostics(io, report.diagnostics, file);
    return 2;
  }
  const read = xprozess.safeParse(bytes, { file });
  const bpmn = read.data === undefined ? [] : xprozess.checkProzessmodelle(read.data).flatMap((m) => m.diagnostics);
  const diagnostics = [...report.diagnostics, ...bpmn];
  // As in `fim-xoev validate`: "valid" needs the XSD stage, unless --no-xsd accepts a check without it.
  const noXsd = parsed.values["no-xsd"] === true;
  const l = labels();
  const verdict = diagnostics.some(isError)
    ? l.invalid
    : report.validity === "valid"
      ? l.valid
      : noXsd
        ? l.validWithoutXsd
        : l.incompleteXsd;
  const valid = verdict === l.valid || verdict === l.validWithoutXsd;
  if (format === "json")
    io.stdout(
      `${JSON.stringify({ file, valid, validity: diagnostics.some(isError) ? "invalid" : report.validity, completed: report.completed, stages: report.stages, diagnostics }, null, 2)}\n`,
    );
  else {
    for (const d of diagnostics) io.stdout(`${formatDiagnostic(d, file)}\n`);
    const errors = diagnostics.filter(isError).length;
    const warnings = diagnostics.filter((d) => d.severity === "warning").length;
    io.stdout(
      `${file}: ${verdict} (${l.errors(errors)}, ${l.warnings(warnings)}; ${l.stages} ${Object.entries(report.stages)
        .map(([s, v]) => `${s} ${l.stageStatus(v)}`)
        .join(", ")})\n`,
    );
  }
  return valid ? 0 : 1;
}
