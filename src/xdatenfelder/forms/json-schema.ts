/**
 * JSON Schema (Draft 2020-12) for the Fachdaten of a form: the instance shape of the reference exporter
 * (`XDF3_2_JSON`): one object per group, properties named `<id>V<version>`, one `$defs` entry per element,
 * `required` from the lower bound of `anzahl`, arrays for an upper bound > 1, `additionalProperties: false`.
 * The output is deterministic (no timestamps) and strict JSON.
 */
import { formatDecimal } from "./datatypes.ts";
import { type Form, type FormChild, type FormElement, type FormField, type FormGroup, isList, isRequired, minItems } from "./model.ts";

/** A JSON Schema document (plain JSON data). */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * Options of {@link toJsonSchema}.
 * @example
 * ```ts
 * import { type Form, type JsonSchemaOptions, toJsonSchema } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // the form of S05000001205 version 3.3.0
 * const options: JsonSchemaOptions = { idBase: "https://schema.example.de/fachdaten/" };
 * console.log(toJsonSchema(form, options).$id); // https://schema.example.de/fachdaten/S05000001205V3.3.0.schema.json
 * ```
 */
export interface JsonSchemaOptions {
  /** Base of `$id` (default `urn:fim-xoev:fachdaten:`); the schema's name and `.schema.json` are appended. */
  readonly idBase?: string;
}

/**
 * The `$schema` of every JSON Schema this module writes: JSON Schema Draft 2020-12.
 * @example
 * ```ts
 * import { type Form, JSON_SCHEMA_DIALECT, toJsonSchema } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const schema = toJsonSchema(form);
 * console.log(schema.$schema === JSON_SCHEMA_DIALECT); // true: pick a Draft 2020-12 validator (e.g. ajv/dist/2020)
 * ```
 */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

function annotations(e: FormElement, kind: string): Record<string, unknown> {
  const out: Record<string, unknown> = { title: e.label };
  if (e.help !== undefined) out.description = e.help;
  out.$comment = `${kind} ${e.id}${e.version === undefined ? "" : ` V${e.version}`}: ${e.elementName}`;
  return out;
}

/**
 * The JSON Schema keywords of a field's value (type, lengths, pattern, range, `enum` of the codes).
 * @example
 * ```ts
 * import { type Form, fieldSchema } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const familienname = form.elements.find((e) => e.kind === "field" && e.label === "Familienname");
 * if (familienname?.kind === "field") console.log(fieldSchema(familienname)); // { title: "Familienname", …, type: "string", minLength: 1, maxLength: 120 }
 * ```
 */
export function fieldSchema(f: FormField): Record<string, unknown> {
  const s: Record<string, unknown> = annotations(f, "Datenfeld");
  s.type = f.base;
  if (f.codes !== undefined) {
    s.oneOf = f.codes.map((c) => ({ const: c.code, title: c.name }));
  } else if (f.codeList !== undefined) {
    // The codes are unknown (no code list given): any string, with the list named (and a warning from buildForm).
    s.$comment = `${s.$comment as string}; Codeliste ${f.codeList} (codes not available)`;
  }
  if (f.rule.format !== undefined && f.codes === undefined) s.format = f.rule.format;
  if (f.lexicalPattern !== undefined) s.pattern = f.lexicalPattern.js;
  if (f.minLength !== undefined) s.minLength = f.minLength;
  if (f.maxLength !== undefined) s.maxLength = f.maxLength;
  if (f.pattern !== undefined) s.pattern = f.pattern.js;
  if (f.minimum !== undefined) s.minimum = Number(formatDecimal(f.minimum));
  if (f.maximum !== undefined) s.maximum = Number(formatDecimal(f.maximum));
  if (f.feldart === "locked") s.readOnly = true;
  return s;
}

function ref(name: string): Record<string, unknown> {
  return { $ref: `#/$defs/${name}` };
}

function property(child: FormChild): Record<string, unknown> {
  if (!isList(child)) return ref(child.element.name);
  const p: Record<string, unknown> = { type: "array", items: ref(child.element.name), minItems: minItems(child) };
  if (Number.isFinite(child.max)) p.maxItems = child.max;
  return p;
}

/**
 * The object schema of a group's content (without annotations): `properties`, `required`, array bounds and the
 * choice constraints of an Auswahlgruppe.
 * @example
 * ```ts
 * import { type Form, groupBody } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * for (const e of form.elements) if (e.kind === "group") console.log(e.label, groupBody(e).required);
 * ```
 */
export function groupBody(g: FormGroup): Record<string, unknown> {
  const s: Record<string, unknown> = { type: "object", properties: {} };
  const props = s.properties as Record<string, unknown>;
  for (const c of g.children) props[c.element.name] = property(c);
  s.additionalProperties = false;
  const required = g.children.filter((c) => isRequired(g, c)).map((c) => c.element.name);
  if (required.length > 0) s.required = required;
  if (g.choice && g.children.length > 0) {
    // xs:choice: one branch; nothing at all only when a branch may be empty.
    if (!g.children.some((c) => c.min === 0)) s.minProperties = 1;
    s.maxProperties = 1;
  }
  return s;
}

/**
 * Writes the JSON Schema (Draft 2020-12) of a form's Fachdaten, in the instance shape of the reference exporter
 * `XDF3_2_JSON`: one `$defs` entry per element.
 * @example
 * ```ts
 * import { type Form, toJsonSchema } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema)
 * const schema = toJsonSchema(form);
 * console.log(schema.$id, Object.keys(schema.$defs as object).length); // urn:fim-xoev:fachdaten:S05000001205V3.3.0.schema.json 138
 * ```
 */
export function toJsonSchema(form: Form, options: JsonSchemaOptions = {}): JsonSchema {
  const root = form.root;
  const defs: Record<string, unknown> = {};
  for (const e of form.elements) {
    defs[e.name] = e.kind === "field" ? fieldSchema(e) : { ...annotations(e, "Datenfeldgruppe"), ...groupBody(e) };
  }
  const head: Record<string, unknown> = {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${options.idBase ?? "urn:fim-xoev:fachdaten:"}${root.name}.schema.json`,
    ...annotations(root, form.source === "stammdatenschema" ? "Stammdatenschema" : "Datenfeldgruppe"),
  };
  return { ...head, ...groupBody(root), $defs: defs };
}

/**
 * The JSON Schema of {@link toJsonSchema} as text (two-space indentation, trailing newline), ready to write.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { type Form, jsonSchemaText } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * await writeFile(`${form.root.name}.schema.json`, jsonSchemaText(form)); // S05000001205V3.3.0.schema.json
 * ```
 */
export function jsonSchemaText(form: Form, options: JsonSchemaOptions = {}): string {
  return `${JSON.stringify(toJsonSchema(form, options), null, 2)}\n`;
}
