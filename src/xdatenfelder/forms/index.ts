/**
 * Form data from a Stammdatenschema — `import * as forms from "fim-xoev/xdatenfelder/forms"`.
 *
 * `buildForm` turns an XDatenfelder 3.0.0 Stammdatenschema (0102) or Datenfeldgruppe (0103) into the form model;
 * from it: `toJsonSchema` (Draft 2020-12), `toFachdatenXsd` (XFall-Daten style), `toZod` (runtime validator),
 * `toTypeScript` (a module with zod schemas and inferred types), `safeSampleFachdaten` (a valid sample), and the
 * Fachdaten functions (JSON/XML read and write, validation). For XDatenfelder 2.0, convert to 3.0.0 first
 * (`convertXdf2ToXdf3`). Guide: docs/forms.md.
 */
import { unwrap } from "../../core/result.ts";
import type { Datenfeldgruppe, Stammdatenschema } from "../v3/model.ts";
import type { FachdatenXmlOptions, FormData } from "./fachdaten.ts";
import { safeFachdatenFromXml, safeFachdatenToXml, safeParseFachdatenJson } from "./fachdaten.ts";
import { type Form, type FormOptions, safeBuildForm } from "./model.ts";
import { safeSampleFachdaten } from "./sample.ts";

export * from "./datatypes.ts";
export * from "./fachdaten.ts";
export * from "./json-schema.ts";
export type { FormDataRule, FormsDiagnosticParams } from "./messages.ts";
export * from "./model.ts";
export { type TranslatedPattern, translateXsdPattern, XsdRegexError } from "./regex.ts";
export * from "./rules.ts";
export { safeSampleFachdaten, sampleFachdatenFull } from "./sample.ts";
export * from "./typescript.ts";
export * from "./xsd.ts";
export * from "./zod.ts";

/**
 * Builds the form model of a Stammdatenschema (0102) or Datenfeldgruppe (0103) of XDatenfelder 3.0.0; throws one
 * XoevError on name conflicts. Warnings (code lists not found, constraints adapted): {@link safeBuildForm}.
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { buildForm, jsonSchemaText } from "fim-xoev/xdatenfelder/forms";
 * declare const xml: string; // e.g. the content of S05000001205.xdf3.xml
 * const nachricht = parse(xml);
 * if (nachricht.kind !== "xdatenfelder.stammdatenschema.0102") throw new Error("not a Stammdatenschema");
 * const form = buildForm(nachricht.stammdatenschema, { unversionedIds: true });
 * for (const child of form.root.children) console.log(child.element.name, child.element.label, `${child.min}:${child.max}`);
 * const schemaText = jsonSchemaText(form); // the JSON Schema of the Fachdaten
 * console.log(schemaText.length);
 * ```
 */
export function buildForm(source: Stammdatenschema | Datenfeldgruppe, options: FormOptions = {}): Form {
  return unwrap(safeBuildForm(source, options));
}

/**
 * A valid sample of the Fachdaten: every required element filled with a realistic value (a Familienname field gets
 * `Mustermann`); throws when a field's pattern defeats the sample generator ({@link safeSampleFachdaten} reports it).
 * @example
 * ```ts
 * import { type Form, fachdatenToXml, sampleFachdaten, validateFachdaten } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema)
 * const sample = sampleFachdaten(form);
 * console.log(validateFachdaten(form, sample).valid); // true
 * console.log(fachdatenToXml(form, sample)); // the same sample as XML, e.g. for a test of a Fachverfahren
 * ```
 */
export function sampleFachdaten(form: Form): FormData {
  return unwrap(safeSampleFachdaten(form));
}

/**
 * Writes Fachdaten (the JSON model) as XML in schema order, in the namespace of the generated XSD; throws one
 * XoevError on data XML cannot hold (see {@link safeFachdatenToXml}).
 * @example
 * ```ts
 * import { type Form, fachdatenToXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema, { unversionedIds: true })
 * const xml = fachdatenToXml(form, { G60000000225: { F60000000227: "Mustermann", F60000000228: "Erika" } }, { pretty: true });
 * console.log(xml); // <S05000001205 xmlns="urn:fim-de:xfall:datenschema:xdf3">…<F60000000227>Mustermann</F60000000227>…
 * ```
 */
export function fachdatenToXml(form: Form, data: unknown, options: FachdatenXmlOptions = {}): string {
  return unwrap(safeFachdatenToXml(form, data, options));
}

/**
 * Reads Fachdaten XML into the JSON model (numbers and booleans typed, lists where the schema allows several);
 * throws one XoevError on XML errors or a foreign root element.
 * @example
 * ```ts
 * import { type Form, fachdatenFromXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema)
 * declare const xml: string; // Fachdaten as an XFall-style Fachverfahren sends them
 * const data = fachdatenFromXml(form, xml);
 * console.log(JSON.stringify(data, null, 2)); // { "G60000000225V1.0.0": { "F60000000227V1.1.0": "Mustermann", … } }
 * ```
 */
export function fachdatenFromXml(form: Form, xml: string | Uint8Array, options: FachdatenXmlOptions = {}): FormData {
  return unwrap(safeFachdatenFromXml(form, xml, options));
}

/**
 * Parses Fachdaten JSON strictly (UTF-8, one JSON object); throws one XoevError on undecodable bytes, bad JSON or a
 * value that is not an object.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { type Form, parseFachdatenJson, validateFachdaten } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema)
 * const data = parseFachdatenJson(await readFile("antrag.json")); // bytes from a FIT-Connect submission
 * const report = validateFachdaten(form, data, { locale: "de" });
 * for (const d of report.diagnostics) console.log(d.path, d.message);
 * ```
 */
export function parseFachdatenJson(input: string | Uint8Array): FormData {
  return unwrap(safeParseFachdatenJson(input));
}
