/**
 * `fim-xoev leika` — LeiKa catalogue tools.
 *
 *   fim-xoev leika import <csv> --to xzufi-2.2|xzufi-2.3 [-o FILE] [options]
 *   fim-xoev leika key <key> [--json] [--catalog FILE]
 *
 * Exit codes: 0 = done (warnings allowed); 1 = done, but some records were rejected (import) or the key is
 * invalid (key); 2 = usage error, the input could not be read to its end (a fatal finding such as an
 * invalid byte sequence; nothing is written then), or the output could not be written (atomically; an existing
 * file only with `--force`).
 */
import { createReadStream, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import type { Result } from "../core/result.ts";
import {
  type LeikaCsvDelimiter,
  type LeikaCsvEncoding,
  type LeikaCsvOptions,
  type LeikaEintrag,
  type LeikaKatalog,
  safeParseLeikaCsv,
} from "../leika/csv.ts";
import { indexLeikaKatalog, type LeikaKatalogIndex } from "../leika/katalog.ts";
import { safeExplainLeistungsschluessel } from "../leika/key.ts";
import * as xzufi22 from "../xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../xzufi/v2_3_1/index.ts";
import { ioReason } from "./files.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { field, labels } from "./labels.ts";
import { EXIT, parseCommand, usageError, VERSION } from "./options.ts";
import { writeFilesAtomic } from "./write.ts";

const USAGE = `Usage:
  fim-xoev leika import <csv> --to xzufi-2.2|xzufi-2.3 [-o FILE] [options]
      Maps a LeiKa catalogue CSV to one XZuFi transfer message (one schreibe per Leistung).
      --to <target>           xzufi-2.2 (XZuFi 2.2.0) or xzufi-2.3 (XZuFi 2.3.1)
      -o, --output <file>     write the XML there (atomically) instead of stdout
      --force                 overwrite the output file if it exists
      --encoding <enc>        auto (default: UTF-8 when the first non-ASCII character is, else ISO-8859-1),
                              utf-8 or iso-8859-1; invalid bytes are a fatal error, never replaced
      --delimiter <char>      ; , or tab (default: detected)
      --columns <a,b,…>       column names for a file without header (e.g. Bezeichnung,Behoerde,Schluessel)
      --no-header             the first line is data
      --redaktion <id>        schemeAgencyID of the ids (default ${xzufi22.LEIKA_REDAKTION_ID}, the federal LeiKa)
      --language <code>       language of the texts (default de-DE)
      --gueltig-ab <date>     gueltigkeit/beginn (xs:date)
      --gueltig-bis <date>    gueltigkeit/ende (xs:date)
      --namespace <uri>       write this XZuFi namespace (2.3.1's is unverified)
      --root <name>           root element name (the official one is not public)
      -q, --quiet             print no diagnostics and no summary
  fim-xoev leika key <key> [--json] [--catalog FILE [--columns <a,b,…>] [--no-header] [--encoding <enc>]]
      Explains a Leistungsschlüssel (14 digits, urn:de:fim:leika:leistung:…, or 99.999.999.999.999).
      --catalog <csv>         also look the key up in this LeiKa catalogue CSV and print its entry; a key
                              prefix (99050, 99.050.012) lists every Leistung below it (exit 1: none found)
      --columns, --no-header, --encoding, --delimiter  read the catalogue as with import
`;

/** Maps `fim-xoev leika …` arguments to the subcommands. */
export const leikaCommand: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  switch (sub) {
    case "import":
      return importCommand(rest, io);
    case "key":
      return keyCommand(rest, io);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.stdout(USAGE);
      return sub === undefined ? EXIT.usage : EXIT.ok;
    case "--version":
    case "-V":
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    default:
      io.stderr(`fim-xoev leika: unknown subcommand "${sub}"\n${USAGE}`);
      return EXIT.usage;
  }
};

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], file?: string): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, file)}\n`);
}

const KEY_OPTIONS = {
  json: { type: "boolean" },
  catalog: { type: "string" },
  columns: { type: "string" },
  "no-header": { type: "boolean" },
  encoding: { type: "string" },
  delimiter: { type: "string" },
} as const;

/** Reads `--catalog` with the CSV options; an exit code instead when it cannot be read to its end. */
async function readCatalog(
  io: CliIo,
  path: string,
  v: { columns?: string | undefined; "no-header"?: boolean | undefined; encoding?: string | undefined; delimiter?: string | undefined },
): Promise<LeikaKatalog | number> {
  const encoding = v.encoding ?? "auto";
  if (!["auto", "utf-8", "iso-8859-1"].includes(encoding))
    return usageError(io, "leika key", "--encoding must be auto, utf-8 or iso-8859-1");
  const delimiter = v.delimiter === "tab" ? "\t" : v.delimiter;
  if (delimiter !== undefined && ![";", ",", "\t"].includes(delimiter))
    return usageError(io, "leika key", "--delimiter must be ; , or tab");
  const file = resolve(io.cwd, path);
  if (isDirectory(file)) {
    io.stderr(`fim-xoev leika key: cannot read ${path}: is a directory\n`);
    return EXIT.usage;
  }
  const stream = createReadStream(file);
  const opened = await new Promise<Error | undefined>((res) => {
    stream.once("open", () => res(undefined));
    stream.once("error", (e) => res(e));
  });
  if (opened !== undefined) {
    io.stderr(`fim-xoev leika key: cannot read ${path}: ${ioReason(opened)}\n`);
    return EXIT.usage;
  }
  const result = await safeParseLeikaCsv(stream, {
    encoding: encoding as LeikaCsvEncoding,
    file: path,
    ...(delimiter !== undefined && { delimiter: delimiter as LeikaCsvDelimiter }),
    ...(v.columns !== undefined && { columns: v.columns.split(",").map((c) => c.trim()) }),
    ...(v["no-header"] === true && { header: false }),
  });
  // a fatal finding (no header, no key column, bad bytes) means the catalogue was not read to its end
  const fatal = result.diagnostics.filter((d) => d.severity === "fatal");
  if (fatal.length > 0 || result.data === undefined) {
    printDiagnostics(io, fatal.length > 0 ? fatal : result.diagnostics);
    return EXIT.usage;
  }
  return result.data;
}

const eintragLines = (e: LeikaEintrag): string[] =>
  [
    `  Bezeichnung:           ${e.bezeichnung ?? "—"}`,
    e.bezeichnung2 !== undefined ? `  Bezeichnung II:        ${e.bezeichnung2}` : undefined,
    e.typ !== undefined ? `  Typisierung:           ${e.typ}` : undefined,
    e.synonyme.length > 0 ? `  Synonyme:              ${e.synonyme.join(" | ")}` : undefined,
    `  Katalogzeile:          ${e.zeile}`,
  ].filter((l): l is string => l !== undefined);

async function keyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("leika key", USAGE, KEY_OPTIONS, argv, io);
  if (typeof parsed === "number") return parsed;
  const input = parsed.positionals.join(" ");
  if (input.trim() === "") return usageError(io, "leika key", "a key is required");
  const json = parsed.values.json === true;
  let index: LeikaKatalogIndex | undefined;
  if (parsed.values.catalog !== undefined) {
    const katalog = await readCatalog(io, parsed.values.catalog, parsed.values);
    if (typeof katalog === "number") return katalog;
    index = indexLeikaKatalog(katalog);
  }
  const result = safeExplainLeistungsschluessel(input, { path: "/key" });
  if (index !== undefined && !result.success) {
    // not a whole key: a prefix lists the Leistungen below it
    const found = index.byPrefix(input);
    if (found.length > 0) {
      if (json) io.stdout(`${JSON.stringify({ success: true, prefix: input.trim(), eintraege: found }, null, 2)}\n`);
      else for (const e of found) io.stdout(`${e.schluessel}  ${e.bezeichnung ?? e.bezeichnung2 ?? ""}\n`);
      return EXIT.ok;
    }
  }
  const eintrag = result.success ? index?.get(result.data.schluessel) : undefined;
  const missing = index !== undefined && result.success && eintrag === undefined;
  if (json) {
    io.stdout(
      `${JSON.stringify({ success: result.success && !missing, data: result.data, ...(index !== undefined && { eintrag: eintrag ?? null }), diagnostics: result.diagnostics }, null, 2)}\n`,
    );
    return result.success && !missing ? EXIT.ok : EXIT.findings;
  }
  if (!result.success) {
    printDiagnostics(io, result.diagnostics);
    return EXIT.findings;
  }
  const e = result.data;
  const l = labels();
  // English or German labels (--locale); the names of the key's parts are the LeiKa's own
  const rows: [string, string][] = [
    [l.keyDigits, e.formen.digits],
    [l.keyUrn, e.formen.urn],
    [l.keyDotted, e.formen.dotted],
    [l.keyInputForm, e.eingabeform],
    [l.keyPrefix, `${e.teile.praefix} (${e.bundeskatalog ? l.keyFederal : l.keyNotFederal})`],
    ["Leistungsgruppierung", e.teile.leistungsgruppierung],
    ["Leistungskennung", e.teile.leistungskennung],
    ["Verrichtung", `${e.teile.verrichtung}${e.teile.verrichtung === "000" ? ` (${l.keyNoVerrichtung})` : ""}`],
    ["Verrichtungsdetail", `${e.teile.verrichtungsdetail}${e.teile.verrichtungsdetail === "000" ? ` (${l.keyNoVerrichtungsdetail})` : ""}`],
    ["Leistungstyp", `${e.leistungstyp} — ${e.leistungstypBezeichnung}`],
    ["Leistungsobjekt", e.leistungsobjektschluessel],
  ];
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  const lines = [`Leistungsschlüssel ${e.schluessel}`, ...rows.map(([k, v]) => `  ${field(k, width)}${v}`)];
  if (eintrag !== undefined) lines.push(`${l.keyInCatalog} ${parsed.values.catalog}:`, ...eintragLines(eintrag));
  io.stdout(`${lines.join("\n")}\n`);
  if (parsed.values.quiet !== true) printDiagnostics(io, result.diagnostics);
  if (missing) {
    io.stderr(`fim-xoev leika key: ${e.schluessel} is not in the catalogue ${parsed.values.catalog}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

type Target = "xzufi-2.2" | "xzufi-2.3";
const TARGETS: readonly string[] = ["xzufi-2.2", "xzufi-2.2.0", "xzufi-2.3", "xzufi-2.3.1"];

const IMPORT_OPTIONS = {
  to: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  encoding: { type: "string" },
  delimiter: { type: "string" },
  columns: { type: "string" },
  "no-header": { type: "boolean" },
  redaktion: { type: "string" },
  language: { type: "string" },
  "gueltig-ab": { type: "string" },
  "gueltig-bis": { type: "string" },
  namespace: { type: "string" },
  root: { type: "string" },
} as const;

async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("leika import", USAGE, IMPORT_OPTIONS, argv, io);
  if (typeof parsed === "number") return parsed;
  const v = parsed.values;
  const usage = (message: string) => usageError(io, "leika import", message);
  const [csvPath, ...extra] = parsed.positionals;
  if (csvPath === undefined) return usage("the CSV file is required");
  if (extra.length > 0) return usage(`unexpected argument "${extra[0]}"`);
  if (v.to === undefined || !TARGETS.includes(v.to)) return usage("--to xzufi-2.2 or --to xzufi-2.3 is required");
  const target: Target = v.to.startsWith("xzufi-2.2") ? "xzufi-2.2" : "xzufi-2.3";
  const encoding = v.encoding ?? "auto";
  if (!["auto", "utf-8", "iso-8859-1"].includes(encoding)) return usage(`--encoding must be auto, utf-8 or iso-8859-1`);
  const delimiter = v.delimiter === "tab" ? "\t" : v.delimiter;
  if (delimiter !== undefined && ![";", ",", "\t"].includes(delimiter)) return usage(`--delimiter must be ; , or tab`);

  const file = resolve(io.cwd, csvPath);
  const csv: LeikaCsvOptions = {
    encoding: encoding as LeikaCsvEncoding,
    file: csvPath,
    ...(delimiter !== undefined && { delimiter: delimiter as LeikaCsvDelimiter }),
    ...(v.columns !== undefined && { columns: v.columns.split(",").map((c) => c.trim()) }),
    ...(v["no-header"] === true && { header: false }),
  };
  const gueltigkeit =
    v["gueltig-ab"] !== undefined || v["gueltig-bis"] !== undefined
      ? {
          ...(v["gueltig-ab"] !== undefined && { beginn: v["gueltig-ab"] }),
          ...(v["gueltig-bis"] !== undefined && { ende: v["gueltig-bis"] }),
        }
      : undefined;
  const options = {
    csv,
    ...(v.redaktion !== undefined && { schemeAgencyID: v.redaktion }),
    ...(v.language !== undefined && { languageCode: v.language }),
    ...(gueltigkeit !== undefined && { gueltigkeit }),
  };
  const serializeOptions = {
    ...(v.namespace !== undefined && { namespace: v.namespace }),
    ...(v.root !== undefined && { rootElement: v.root }),
  };

  if (isDirectory(file)) {
    io.stderr(`fim-xoev leika import: cannot read ${csvPath}: is a directory\n`);
    return EXIT.usage;
  }
  const stream = createReadStream(file);
  const opened = await new Promise<Error | undefined>((res) => {
    stream.once("open", () => res(undefined));
    stream.once("error", (e) => res(e));
  });
  if (opened !== undefined) {
    io.stderr(`fim-xoev leika import: cannot read ${csvPath}: ${ioReason(opened)}\n`);
    return EXIT.usage;
  }
  let xml: string;
  let result: Result<xzufi22.LeikaImport> | Result<xzufi231.LeikaImport>;
  if (target === "xzufi-2.2") {
    result = await xzufi22.safeImportLeikaCsv(stream, options);
    if (result.data === undefined) {
      printDiagnostics(io, result.diagnostics);
      return EXIT.usage;
    }
    xml = xzufi22.serialize(result.data.nachricht, serializeOptions);
  } else {
    result = await xzufi231.safeImportLeikaCsv(stream, options);
    if (result.data === undefined) {
      printDiagnostics(io, result.diagnostics);
      return EXIT.usage;
    }
    xml = xzufi231.serialize(result.data.nachricht, serializeOptions);
  }
  if (v.quiet !== true) printDiagnostics(io, result.diagnostics);
  const { zeilen, leistungen, abgelehnt } = result.data;
  // A fatal finding (an invalid byte sequence, no key column, a runaway record) ended reading early: the
  // catalogue was not read to its end, so no (partial) output is written.
  if (result.diagnostics.some((d) => d.severity === "fatal")) {
    if (v.quiet === true)
      printDiagnostics(
        io,
        result.diagnostics.filter((d) => d.severity === "fatal"),
      );
    return EXIT.usage;
  }
  if (v.output !== undefined) {
    const failed = writeFilesAtomic([{ path: v.output, data: xml }], { force: v.force === true, cwd: io.cwd });
    if (failed !== undefined) {
      io.stderr(`fim-xoev leika import: ${failed.message}\n`);
      return EXIT.usage;
    }
  } else {
    io.stdout(xml);
  }
  const version = target === "xzufi-2.2" ? xzufi22.VERSION : xzufi231.VERSION;
  if (v.quiet !== true) io.stderr(`${csvPath}: ${labels().leikaImported(zeilen, leistungen, version, abgelehnt)}\n`);
  return abgelehnt > 0 ? EXIT.findings : EXIT.ok;
}
