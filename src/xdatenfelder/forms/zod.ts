/**
 * The runtime validator: a zod schema for the Fachdaten of a form, with the same verdict as the JSON Schema on
 * every instance (proved by the property test `test/forms/agreement.test.ts`). Messages name the field's label
 * and come in German or English; every custom issue carries `params: { rule, limit, element }`.
 */
import { z } from "zod";
import { renderMessage, useMessages } from "../../core/diagnostics/create.ts";
import { formatDecimal } from "./datatypes.ts";
import { FORMS_MESSAGES, type FormDataRule } from "./messages.ts";
import { type Form, type FormChild, type FormElement, type FormField, type FormGroup, isList, isRequired, minItems } from "./model.ts";

useMessages(FORMS_MESSAGES);

/**
 * Options of {@link toZod}.
 * @example
 * ```ts
 * import { type Form, toZod, type ZodOptions } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const options: ZodOptions = { locale: "de" };
 * const result = toZod(form, options).safeParse({});
 * if (!result.success) console.log(result.error.issues.map((i) => i.message)); // German messages naming the labels
 * ```
 */
export interface ZodOptions {
  /** Language of the messages (default `en`). */
  readonly locale?: "de" | "en";
}

type Ctx = z.RefinementCtx;

/** Length in code points, as JSON Schema and XSD count. */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

class ZodBuilder {
  private readonly cache = new Map<string, z.ZodType>();
  constructor(private readonly locale: "de" | "en") {}

  message(e: FormElement, rule: FormDataRule, limit: string): string {
    return renderMessage("form-data-invalid", { element: e.name, label: e.label, rule, limit }, this.locale);
  }

  private issue(ctx: Ctx, e: FormElement, rule: FormDataRule, limit: string, input: unknown): void {
    ctx.addIssue({ code: "custom", message: this.message(e, rule, limit), params: { rule, limit, element: e.name }, input });
  }

  private typeError(e: FormElement, expected: string) {
    return (iss: { input: unknown }) => (iss.input === undefined ? this.message(e, "required", "") : this.message(e, "type", expected));
  }

  element(e: FormElement): z.ZodType {
    const known = this.cache.get(e.name);
    if (known !== undefined) return known;
    const s = e.kind === "field" ? this.field(e) : this.group(e);
    this.cache.set(e.name, s);
    return s;
  }

  field(f: FormField): z.ZodType {
    if (f.base === "boolean") return z.boolean({ error: this.typeError(f, "boolean") });
    if (f.base === "number" || f.base === "integer") {
      const n = z.number({ error: this.typeError(f, f.base) });
      if (f.base === "number" && f.minimum === undefined && f.maximum === undefined) return n;
      return n.superRefine((v, ctx) => {
        if (f.base === "integer" && !Number.isInteger(v)) this.issue(ctx, f, "type", "integer", v);
        if (f.minimum !== undefined && v < f.minimum) this.issue(ctx, f, "minimum", formatDecimal(f.minimum), v);
        if (f.maximum !== undefined && v > f.maximum) this.issue(ctx, f, "maximum", formatDecimal(f.maximum), v);
      });
    }
    const codes = f.codes === undefined ? undefined : new Set(f.codes.map((c) => c.code));
    const codeList = f.codes?.map((c) => c.code).join(", ") ?? "";
    const lexical = f.lexicalPattern === undefined ? undefined : new RegExp(f.lexicalPattern.js, "u");
    const pattern = f.pattern === undefined ? undefined : new RegExp(f.pattern.js, "u");
    const str = z.string({ error: this.typeError(f, "string") });
    if (codes === undefined && lexical === undefined && pattern === undefined && f.minLength === undefined && f.maxLength === undefined)
      return str;
    return str.superRefine((v, ctx) => {
      if (codes !== undefined && !codes.has(v)) this.issue(ctx, f, "code", codeList, v);
      if (lexical !== undefined && !lexical.test(v)) this.issue(ctx, f, "pattern", f.lexicalPattern?.xsd ?? "", v);
      if (f.minLength !== undefined || f.maxLength !== undefined) {
        const n = codePoints(v);
        if (f.minLength !== undefined && n < f.minLength) this.issue(ctx, f, "min-length", String(f.minLength), v);
        if (f.maxLength !== undefined && n > f.maxLength) this.issue(ctx, f, "max-length", String(f.maxLength), v);
      }
      if (pattern !== undefined && !pattern.test(v)) this.issue(ctx, f, "pattern", f.pattern?.xsd ?? "", v);
    });
  }

  private property(g: FormGroup, c: FormChild): z.ZodType {
    const item = this.element(c.element);
    let p: z.ZodType = item;
    if (isList(c)) {
      const min = minItems(c);
      p = z.array(item, { error: this.typeError(c.element, "array") }).superRefine((v, ctx) => {
        if (v.length < min) this.issue(ctx, c.element, "min-items", String(min), v);
        if (v.length > c.max) this.issue(ctx, c.element, "max-items", String(c.max), v);
      });
    }
    return isRequired(g, c) ? p : p.optional();
  }

  group(g: FormGroup): z.ZodType {
    const shape: Record<string, z.ZodType> = {};
    for (const c of g.children) shape[c.element.name] = this.property(g, c);
    const names = g.children.map((c) => c.element.name).join(", ");
    const obj = z.strictObject(shape, {
      error: (iss) => {
        if (iss.code === "unrecognized_keys") return this.message(g, "unknown-property", iss.keys.join(", "));
        return iss.input === undefined ? this.message(g, "required", "") : this.message(g, "type", "object");
      },
    });
    if (!g.choice || g.children.length === 0) return obj;
    const emptyAllowed = g.children.some((c) => c.min === 0);
    return obj.superRefine((v, ctx) => {
      const n = Object.keys(v).length;
      if (n > 1 || (n === 0 && !emptyAllowed)) this.issue(ctx, g, "choice", names, v);
    });
  }
}

/**
 * The zod schema of a form's Fachdaten (the content of the root: for a Stammdatenschema, an object of its groups
 * and fields), with the same verdict as the JSON Schema and the XSD; its custom issues carry the `params` of
 * `form-data-invalid`.
 * @example
 * ```ts
 * import { type Form, toZod } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema, { unversionedIds: true })
 * const schema = toZod(form, { locale: "de" });
 * const result = schema.safeParse({ G60000000225: { F60000000227: "Mustermann" } });
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path.join("/"), issue.message);
 * ```
 */
export function toZod(form: Form, options: ZodOptions = {}): z.ZodType {
  return new ZodBuilder(options.locale ?? "en").group(form.root);
}
