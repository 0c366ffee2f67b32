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

/** Builds the form model; throws one XoevError on name conflicts. Warnings: `safeBuildForm`. */
export function buildForm(source: Stammdatenschema | Datenfeldgruppe, options: FormOptions = {}): Form {
  return unwrap(safeBuildForm(source, options));
}

/** A valid sample instance; throws when a field's pattern defeats the sample generator. */
export function sampleFachdaten(form: Form): FormData {
  return unwrap(safeSampleFachdaten(form));
}

/** Fachdaten as XML; throws on data XML cannot hold. */
export function fachdatenToXml(form: Form, data: unknown, options: FachdatenXmlOptions = {}): string {
  return unwrap(safeFachdatenToXml(form, data, options));
}

/** Fachdaten XML read into the JSON model; throws on XML errors or a foreign root element. */
export function fachdatenFromXml(form: Form, xml: string | Uint8Array, options: FachdatenXmlOptions = {}): FormData {
  return unwrap(safeFachdatenFromXml(form, xml, options));
}

/** Fachdaten JSON parsed strictly; throws on bad UTF-8, bad JSON or a non-object. */
export function parseFachdatenJson(input: string | Uint8Array): FormData {
  return unwrap(safeParseFachdatenJson(input));
}
