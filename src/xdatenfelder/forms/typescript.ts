/**
 * A TypeScript module for a form system to commit: one zod schema per element (same constraints as `toZod`,
 * codes as `z.enum` so that the inferred types are literal unions) and the inferred types. It typechecks under
 * `strict` and needs only `zod` (4.x) at run time.
 */
import { renderMessage, useMessages } from "../../core/diagnostics/create.ts";
import { formatDecimal } from "./datatypes.ts";
import { FORMS_MESSAGES, type FormDataRule } from "./messages.ts";
import { type Form, type FormChild, type FormElement, type FormField, type FormGroup, isList, isRequired, minItems } from "./model.ts";

useMessages(FORMS_MESSAGES);

/**
 * Options of {@link toTypeScript}.
 * @example
 * ```ts
 * import { type Form, type TypeScriptOptions, toTypeScript } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const options: TypeScriptOptions = { locale: "de" }; // German validation messages in the generated module
 * console.log(toTypeScript(form, options));
 * ```
 */
export interface TypeScriptOptions {
  /** Language of the messages (default `en`). */
  readonly locale?: "de" | "en";
}

/**
 * A TypeScript identifier for an element name (`F60000000227V1.1.0` → `F60000000227V1_1_0`), as the module of
 * {@link toTypeScript} names its constants and types.
 * @example
 * ```ts
 * import { identifierOf } from "fim-xoev/xdatenfelder/forms";
 * console.log(`import { ${identifierOf("F60000000227V1.1.0")} } from "./S05000001205.ts";`); // the Familienname schema
 * ```
 */
export function identifierOf(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

function order(form: Form): FormElement[] {
  const out: FormElement[] = [];
  const seen = new Set<string>();
  const visit = (e: FormElement) => {
    if (seen.has(e.name)) return;
    seen.add(e.name);
    if (e.kind === "group") for (const c of e.children) visit(c.element);
    out.push(e);
  };
  for (const e of form.elements) visit(e);
  return out;
}

/**
 * Writes a TypeScript module for a form: one zod schema and one type per element, and `Fachdaten` for the whole
 * instance (needs only `zod` 4; type-checks under `strict`).
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { type Form, toTypeScript } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema)
 * await writeFile("src/fachdaten/S05000001205.ts", toTypeScript(form, { locale: "de" }));
 * // then: import { Fachdaten } from "./fachdaten/S05000001205.ts"; (the zod schema, and the type of the same name)
 * ```
 */
export function toTypeScript(form: Form, options: TypeScriptOptions = {}): string {
  const locale = options.locale ?? "en";
  const msg = (e: FormElement, rule: FormDataRule, limit: string) =>
    JSON.stringify(renderMessage("form-data-invalid", { element: e.name, label: e.label, rule, limit }, locale));
  const typeError = (e: FormElement, expected: string) =>
    `{ error: (iss) => (iss.input === undefined ? ${msg(e, "required", "")} : ${msg(e, "type", expected)}) }`;

  const field = (f: FormField): string => {
    if (f.base === "boolean") return `z.boolean(${typeError(f, "boolean")})`;
    if (f.base === "number" || f.base === "integer") {
      let s = `z.number(${typeError(f, f.base)})`;
      if (f.base === "integer") s += `\n  .refine((v) => Number.isInteger(v), { error: ${msg(f, "type", "integer")} })`;
      if (f.minimum !== undefined)
        s += `\n  .refine((v) => v >= ${formatDecimal(f.minimum)}, { error: ${msg(f, "minimum", formatDecimal(f.minimum))} })`;
      if (f.maximum !== undefined)
        s += `\n  .refine((v) => v <= ${formatDecimal(f.maximum)}, { error: ${msg(f, "maximum", formatDecimal(f.maximum))} })`;
      return s;
    }
    if (f.codes !== undefined) {
      const codes = f.codes.map((c) => c.code);
      return `z.enum(${JSON.stringify(codes)}, { error: (iss) => (iss.input === undefined ? ${msg(f, "required", "")} : ${msg(f, "code", codes.join(", "))}) })`;
    }
    let s = `z.string(${typeError(f, "string")})`;
    if (f.lexicalPattern !== undefined)
      s += `\n  .regex(new RegExp(${JSON.stringify(f.lexicalPattern.js)}, "u"), { error: ${msg(f, "pattern", f.lexicalPattern.xsd)} })`;
    if (f.minLength !== undefined)
      s += `\n  .refine((v) => codePoints(v) >= ${f.minLength}, { error: ${msg(f, "min-length", String(f.minLength))} })`;
    if (f.maxLength !== undefined)
      s += `\n  .refine((v) => codePoints(v) <= ${f.maxLength}, { error: ${msg(f, "max-length", String(f.maxLength))} })`;
    if (f.pattern !== undefined)
      s += `\n  .regex(new RegExp(${JSON.stringify(f.pattern.js)}, "u"), { error: ${msg(f, "pattern", f.pattern.xsd)} })`;
    return s;
  };

  const property = (g: FormGroup, c: FormChild): string => {
    let s = identifierOf(c.element.name);
    if (isList(c)) {
      const min = minItems(c);
      s = `z.array(${s}, ${typeError(c.element, "array")}).min(${min}, { error: ${msg(c.element, "min-items", String(min))} })`;
      if (Number.isFinite(c.max)) s += `.max(${c.max}, { error: ${msg(c.element, "max-items", String(c.max))} })`;
    }
    if (!isRequired(g, c)) s += ".optional()";
    return `  ${JSON.stringify(c.element.name)}: ${s},`;
  };

  const group = (g: FormGroup): string => {
    const err = `{ error: (iss) => (iss.code === "unrecognized_keys" ? ${msg(g, "unknown-property", "")} + iss.keys.join(", ") : iss.input === undefined ? ${msg(g, "required", "")} : ${msg(g, "type", "object")}) }`;
    let s = `z.strictObject({\n${g.children.map((c) => property(g, c)).join("\n")}\n}, ${err})`;
    if (g.choice && g.children.length > 0) {
      const emptyAllowed = g.children.some((c) => c.min === 0);
      const names = g.children.map((c) => c.element.name).join(", ");
      s += `.refine((o) => { const n = Object.keys(o).length; return n <= 1${emptyAllowed ? "" : " && n >= 1"}; }, { error: ${msg(g, "choice", names)} })`;
    }
    return s;
  };

  const doc = (e: FormElement) => `/** ${e.label.replace(/\*\//g, "* /")} (${e.name}) */`;
  let out =
    `// Fachdaten of ${form.root.name} "${form.root.label.replace(/[\r\n]/g, " ")}", generated by fim-xoev (export --to ts). Do not edit.\n` +
    `import { z } from "zod";\n\n` +
    "/** Length in Unicode code points, as JSON Schema and XSD count. */\n" +
    "function codePoints(s: string): number {\n  let n = 0;\n  for (const _ of s) n++;\n  return n;\n}\n";
  for (const e of order(form)) {
    const id = identifierOf(e.name);
    out += `\n${doc(e)}\nexport const ${id} = ${e.kind === "field" ? field(e) : group(e)};\nexport type ${id} = z.infer<typeof ${id}>;\n`;
  }
  out += `\n${doc(form.root)}\nexport const Fachdaten = ${group(form.root)};\n/** The Fachdaten of ${form.root.name}. */\nexport type Fachdaten = z.infer<typeof Fachdaten>;\n`;
  return out;
}
