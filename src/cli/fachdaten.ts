/**
 * `fim-xoev fachdaten sample|validate|convert`: Fachdaten (the data set of an application) for a schema, in JSON
 * (FIT-Connect) or XML (XFall-Daten style).
 */
import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import {
  type FachdatenRulesOptions,
  type Form,
  type FormData,
  type FormOptions,
  safeFachdatenFromXml,
  safeFachdatenToXml,
  safeParseFachdatenJson,
  safeSampleFachdaten,
  safeValidateFachdatenWithRules,
  safeValidateFachdatenXmlWithRules,
  sampleFachdatenFull,
  validateFachdaten,
  validateFachdatenXml,
} from "../xdatenfelder/forms/index.ts";
import { LAENDER } from "../xdatenfelder/regeln/grammar.ts";
import type { Datenfeldgruppe, Stammdatenschema } from "../xdatenfelder/v3/model.ts";
import { emit, loadForm } from "./export.ts";
import type { CliCommand, CliIo } from "./io.ts";
import { labels } from "./labels.ts";
import { parseCommand, usageError } from "./options.ts";

export const FACHDATEN_USAGE = `Usage:
  fim-xoev fachdaten sample <schema.xml> [--format json|xml] [--full] [-o FILE]
      A complete, valid sample (every required element; --full: every element once).
  fim-xoev fachdaten validate <schema.xml> <data.json|data.xml> [--rules [--land XX]] [--locale de|en] [--format text|json]
      Validate Fachdaten (XML: against the Fachdaten XSD and the validator). Exit 0 valid, 1 invalid, 2 usage/IO.
      --rules: apply the schema's rules (Regeln): what they require or hide, their checks; rules not applied are listed.
      --land XX: the Land (NW, BY, …) for rules limited to Länder; without it those rules are not applied.
  fim-xoev fachdaten convert <schema.xml> <data> --to json|xml [-o FILE]
      JSON ↔ XML (same model; lossless).
Options: --unversioned-ids, --codelists DIR, --namespace URI (XML), -o FILE (written atomically), --force (overwrite FILE).
`;

type DataFormat = "json" | "xml";

function formatOf(file: string, bytes: Uint8Array): DataFormat {
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".xml") return "xml";
  for (const b of bytes)
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return b === 0x3c ? "xml" : "json";
  return "json";
}

function printAll(io: CliIo, diagnostics: readonly Diagnostic[], file?: string): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, file)}\n`);
}

function readData(
  form: Form,
  file: string,
  bytes: Uint8Array,
  namespace: string | undefined,
): { format: DataFormat; result: ReturnType<typeof safeParseFachdatenJson> } {
  const format = formatOf(file, bytes);
  const result =
    format === "json"
      ? safeParseFachdatenJson(bytes)
      : safeFachdatenFromXml(form, bytes, { file, ...(namespace !== undefined && { namespace }) });
  return { format, result };
}

export const fachdatenCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    "fachdaten",
    FACHDATEN_USAGE,
    {
      to: { type: "string" },
      format: { type: "string" },
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      full: { type: "boolean" },
      namespace: { type: "string" },
      "unversioned-ids": { type: "boolean" },
      codelists: { type: "string" },
      rules: { type: "boolean" },
      land: { type: "string" },
    },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [action, schemaFile, dataFile, ...extra] = positionals;
  const namespace = typeof values.namespace === "string" ? values.namespace : undefined;
  const output = typeof values.output === "string" ? values.output : undefined;
  const locale = values.locale ?? "en";
  const usage = (why: string) => usageError(io, "fachdaten", why);
  const force = values.force === true;
  if (locale !== "de" && locale !== "en") return usage("--locale must be de or en");
  if (schemaFile === undefined || extra.length > 0) return usage("expected an action and a schema file");
  const needsData = action === "validate" || action === "convert";
  if (action !== "sample" && !needsData) return usage(`unknown action '${action ?? ""}'`);
  if (needsData !== (dataFile !== undefined)) return usage(needsData ? "expected a data file" : "sample takes no data file");
  if (action === "sample" && values.format !== undefined && values.format !== "json" && values.format !== "xml")
    return usage("--format must be json or xml");
  if (action === "validate" && values.format !== undefined && values.format !== "text" && values.format !== "json")
    return usage("--format must be text or json");
  if (action === "convert" && values.to !== "json" && values.to !== "xml") return usage("convert needs --to json|xml");
  const withRules = values.rules === true;
  const land = typeof values.land === "string" ? values.land : undefined;
  if (withRules && action !== "validate") return usage("--rules applies to validate only");
  if (land !== undefined && !withRules) return usage("--land needs --rules");
  if (land !== undefined && !LAENDER.includes(land)) return usage(`--land must be one of ${LAENDER.join(", ")}`);

  let source: { schema: Stammdatenschema | Datenfeldgruppe; options: FormOptions } | undefined;
  const form = await loadForm(schemaFile, io, {
    command: "fachdaten",
    onSource: (schema, options) => {
      source = { schema, options };
    },
    unversionedIds: values["unversioned-ids"] === true,
    ...(typeof values.codelists === "string" && { codeLists: values.codelists }),
    quiet: true,
  });
  if (typeof form === "number") return 2; // no verdict on the data without a schema
  const xmlOptions = namespace === undefined ? {} : { namespace };

  const write = async (data: FormData, to: DataFormat): Promise<number> => {
    if (to === "json") return (await emit(io, "fachdaten", output, `${JSON.stringify(data, null, 2)}\n`, force)) ? 0 : 2;
    const xml = safeFachdatenToXml(form, data, xmlOptions);
    if (!xml.success) {
      printAll(io, xml.diagnostics);
      return 1;
    }
    return (await emit(io, "fachdaten", output, xml.data, force)) ? 0 : 2;
  };

  if (action === "sample") {
    let data: FormData;
    if (values.full === true) data = sampleFachdatenFull(form);
    else {
      const s = safeSampleFachdaten(form);
      if (!s.success || s.data === undefined) {
        printAll(io, s.diagnostics);
        return 1;
      }
      data = s.data;
    }
    return write(data, values.format === "xml" ? "xml" : "json");
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, dataFile as string));
  } catch (e) {
    io.stderr(`fim-xoev fachdaten: cannot read ${dataFile}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { format, result } = readData(form, dataFile as string, bytes, namespace);

  if (action === "convert") {
    if (!result.success || result.data === undefined) {
      printAll(io, result.diagnostics, dataFile);
      return 1;
    }
    return write(result.data, values.to as DataFormat);
  }

  // validate
  let diagnostics: readonly Diagnostic[];
  let notApplied: readonly Diagnostic[] = [];
  if (withRules) {
    if (source === undefined) return 2; // loadForm reports the schema it built the form from; never reached
    const options: FachdatenRulesOptions = {
      ...source.options,
      locale: locale === "de" ? "de" : "en",
      ...(land !== undefined && { land }),
    };
    const r =
      format === "xml"
        ? await safeValidateFachdatenXmlWithRules(source.schema, bytes, { ...options, file: dataFile as string, ...xmlOptions })
        : result.success && result.data !== undefined
          ? safeValidateFachdatenWithRules(source.schema, result.data, options)
          : undefined;
    if (r === undefined) diagnostics = result.diagnostics;
    else if (!r.success || r.data === undefined) {
      printAll(io, r.diagnostics, dataFile);
      return 2; // the Land was checked above; a form that builds once builds again
    } else {
      diagnostics = r.data.diagnostics;
      notApplied = r.data.notApplied;
    }
  } else if (format === "xml") {
    diagnostics = (await validateFachdatenXml(form, bytes, { locale, file: dataFile as string, ...xmlOptions })).diagnostics;
  } else if (!result.success || result.data === undefined) {
    diagnostics = result.diagnostics;
  } else {
    diagnostics = validateFachdaten(form, result.data, { locale }).diagnostics;
  }
  const valid = !diagnostics.some((d) => d.severity === "error" || d.severity === "fatal");
  if (values.format === "json")
    io.stdout(`${JSON.stringify({ file: dataFile, valid, diagnostics, ...(withRules && { notApplied }) }, null, 2)}\n`);
  else {
    printAll(io, diagnostics, dataFile);
    const findings = diagnostics.length - notApplied.length;
    const rules = new Set(notApplied.map((d) => (d.params as { rule: string }).rule)).size;
    const l = labels();
    const skipped = withRules ? `; ${l.rulesNotApplied(rules)}` : "";
    if (values.quiet !== true)
      io.stdout(`${dataFile}: ${valid ? l.valid : `${l.invalid} (${l.findings(findings)}`}${skipped}${valid ? "" : ")"}\n`);
  }
  return valid ? 0 : 1;
};
