/**
 * `fim-xoev leika` — LeiKa catalogue tools.
 *
 *   fim-xoev leika import <csv> --to xzufi-2.2|xzufi-2.3 [-o FILE] [options]
 *   fim-xoev leika key <key> [--json]
 *
 * Exit codes: 0 = done (warnings allowed); 1 = done, but some records were rejected (import) or the key is
 * invalid (key); 2 = usage error, or the input could not be read to its end (a fatal finding such as an
 * invalid byte sequence; nothing is written then).
 */
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import type { Result } from "../core/result.ts";
import type { LeikaCsvDelimiter, LeikaCsvEncoding, LeikaCsvOptions } from "../leika/csv.ts";
import { safeExplainLeistungsschluessel } from "../leika/key.ts";
import * as xzufi22 from "../xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../xzufi/v2_3_1/index.ts";
import type { CliCommand, CliIo } from "./io.ts";

const USAGE = `Usage:
  fim-xoev leika import <csv> --to xzufi-2.2|xzufi-2.3 [-o FILE] [options]
      Maps a LeiKa catalogue CSV to one XZuFi transfer message (one schreibe per Leistung).
      --to <target>           xzufi-2.2 (XZuFi 2.2.0) or xzufi-2.3 (XZuFi 2.3.1)
      -o, --output <file>     write the XML there instead of stdout
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
      --quiet                 print no diagnostics, only the summary
  fim-xoev leika key <key> [--json]
      Explains a Leistungsschlüssel (14 digits, urn:de:fim:leika:leistung:…, or 99.999.999.999.999).
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
      return sub === undefined ? 2 : 0;
    default:
      io.stderr(`fim-xoev leika: unknown subcommand "${sub}"\n${USAGE}`);
      return 2;
  }
};

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], file?: string): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, file)}\n`);
}

function parseKeyArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
}

async function keyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseKeyArgs>;
  try {
    parsed = parseKeyArgs(argv);
  } catch (e) {
    io.stderr(`fim-xoev leika key: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  const input = parsed.positionals.join(" ");
  if (input.trim() === "") {
    io.stderr(`fim-xoev leika key: a key is required\n${USAGE}`);
    return 2;
  }
  const result = safeExplainLeistungsschluessel(input, { path: "/key" });
  if (parsed.values.json === true) {
    io.stdout(`${JSON.stringify({ success: result.success, data: result.data, diagnostics: result.diagnostics }, null, 2)}\n`);
    return result.success ? 0 : 1;
  }
  if (!result.success) {
    printDiagnostics(io, result.diagnostics);
    return 1;
  }
  const e = result.data;
  const lines = [
    `Leistungsschlüssel ${e.schluessel}`,
    `  14 Ziffern:            ${e.formen.digits}`,
    `  URN:                   ${e.formen.urn}`,
    `  punktiert:             ${e.formen.dotted}`,
    `  Eingabeform:           ${e.eingabeform}`,
    `  Präfix:                ${e.teile.praefix}${e.bundeskatalog ? " (Bundes-LeiKa)" : " (nicht 99: Land-spezifischer Schlüssel?)"}`,
    `  Leistungsgruppierung:  ${e.teile.leistungsgruppierung}`,
    `  Leistungskennung:      ${e.teile.leistungskennung}`,
    `  Verrichtung:           ${e.teile.verrichtung}${e.teile.verrichtung === "000" ? " (keine)" : ""}`,
    `  Verrichtungsdetail:    ${e.teile.verrichtungsdetail}${e.teile.verrichtungsdetail === "000" ? " (keines)" : ""}`,
    `  Leistungstyp:          ${e.leistungstyp} — ${e.leistungstypBezeichnung}`,
    `  Leistungsobjekt:       ${e.leistungsobjektschluessel}`,
  ];
  io.stdout(`${lines.join("\n")}\n`);
  printDiagnostics(io, result.diagnostics);
  return 0;
}

type Target = "xzufi-2.2" | "xzufi-2.3";
const TARGETS: readonly string[] = ["xzufi-2.2", "xzufi-2.2.0", "xzufi-2.3", "xzufi-2.3.1"];

function parseImportArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      output: { type: "string", short: "o" },
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
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
  });
}

async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(argv);
  } catch (e) {
    io.stderr(`fim-xoev leika import: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  const usage = (message: string) => {
    io.stderr(`fim-xoev leika import: ${message}\n${USAGE}`);
    return 2;
  };
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

  const stream = createReadStream(file);
  const opened = await new Promise<Error | undefined>((res) => {
    stream.once("open", () => res(undefined));
    stream.once("error", (e) => res(e));
  });
  if (opened !== undefined) {
    io.stderr(`fim-xoev leika import: cannot read ${csvPath}: ${opened.message}\n`);
    return 2;
  }
  let xml: string;
  let result: Result<xzufi22.LeikaImport> | Result<xzufi231.LeikaImport>;
  if (target === "xzufi-2.2") {
    result = await xzufi22.safeImportLeikaCsv(stream, options);
    if (result.data === undefined) {
      printDiagnostics(io, result.diagnostics);
      return 2;
    }
    xml = xzufi22.serialize(result.data.nachricht, serializeOptions);
  } else {
    result = await xzufi231.safeImportLeikaCsv(stream, options);
    if (result.data === undefined) {
      printDiagnostics(io, result.diagnostics);
      return 2;
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
    return 2;
  }
  if (v.output !== undefined) {
    await writeFile(resolve(io.cwd, v.output), xml, "utf8");
  } else {
    io.stdout(xml);
  }
  const version = target === "xzufi-2.2" ? xzufi22.VERSION : xzufi231.VERSION;
  io.stderr(`${csvPath}: ${zeilen} records, ${leistungen} Leistungen written as XZuFi ${version}, ${abgelehnt} not imported\n`);
  return abgelehnt > 0 ? 1 : 0;
}
