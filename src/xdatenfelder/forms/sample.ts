/**
 * A complete, valid sample instance of a form's Fachdaten, for tests and demos: every required element (the
 * first branch of an Auswahlgruppe), lists at their minimum length, realistic values per datatype fitted to
 * the Präzisierung, and the first code of each selection.
 */
import { diagnostic, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../../core/result.ts";
import type { FormData, FormObject, FormValue } from "./fachdaten.ts";
import { FORMS_MESSAGES } from "./messages.ts";
import { type Form, type FormField, type FormGroup, isList } from "./model.ts";
import { samplePattern } from "./regex.ts";

useMessages(FORMS_MESSAGES);

/** Realistic texts for common labels (matched case-insensitively as a substring of the field's name or label). */
const TEXTS: readonly (readonly [RegExp, string])[] = [
  [/vorname/i, "Erika"],
  [/geburtsname|familienname|nachname|^name$/i, "Mustermann"],
  [/stra(ß|ss)e/i, "Musterstraße"],
  [/hausnummer/i, "12a"],
  [/\bort\b|wohnort|gemeinde|stadt/i, "Berlin"],
  [/telefon|telefax|mobil/i, "+49 30 1234567"],
  [/organisation|firma|unternehmen/i, "Muster GmbH"],
];

function fitText(base: string, f: FormField): string | undefined {
  const min = f.minLength ?? 0;
  const max = f.maxLength ?? Number.POSITIVE_INFINITY;
  if (f.pattern !== undefined) {
    const re = new RegExp(f.pattern.js, "u");
    const n = [...base].length;
    if (re.test(base) && n >= min && n <= max) return base;
    return samplePattern(f.pattern, min, max);
  }
  let s = [...base].slice(0, Number.isFinite(max) ? max : undefined).join("");
  while ([...s].length < min) s += "x";
  return s;
}

function fieldSample(f: FormField): FormValue | undefined {
  if (f.codes !== undefined) return f.codes[0]?.code;
  if (f.base === "boolean") return true;
  if (f.base === "number" || f.base === "integer") {
    let v = f.rule.sample as number;
    if (f.minimum !== undefined && v < f.minimum) v = f.minimum;
    if (f.maximum !== undefined && v > f.maximum) v = f.maximum;
    if (f.base === "integer" && !Number.isInteger(v)) v = Math.ceil(v);
    return v;
  }
  if (f.lexicalPattern !== undefined) return f.rule.sample as string;
  const hit = TEXTS.find(([re]) => re.test(f.elementName) || re.test(f.label));
  const base = f.codeList !== undefined ? "code" : (hit?.[1] ?? (f.rule.sample as string));
  return fitText(base, f);
}

class Sampler {
  readonly diagnostics: Diagnostic[] = [];

  group(g: FormGroup): FormObject {
    const out: Record<string, FormValue> = {};
    const children = g.choice ? g.children.slice(0, g.children.some((c) => c.min === 0) ? 0 : 1) : g.children;
    for (const c of children) {
      if (c.min === 0 && !g.choice) continue;
      const count = Math.max(1, c.min);
      const one = () => (c.element.kind === "field" ? this.field(c.element) : this.group(c.element));
      if (isList(c)) out[c.element.name] = Array.from({ length: count }, one);
      else out[c.element.name] = one();
    }
    return out;
  }

  field(f: FormField): FormValue {
    const v = fieldSample(f);
    if (v !== undefined) return v;
    this.diagnostics.push(
      diagnostic({
        code: "form-constraint",
        params: { element: f.name, constraint: "pattern", value: f.pattern?.xsd ?? "", reason: "not-expressible" },
        severity: "error",
        stage: "convert",
        path: f.name,
      }),
    );
    return "";
  }
}

/**
 * A sample instance (every required element filled, realistic values); fails only when no value matching a field's
 * pattern and lengths could be constructed (then `data` still holds the rest).
 * @example
 * ```ts
 * import { type Form, safeSampleFachdaten } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const result = safeSampleFachdaten(form);
 * if (result.success) console.log(JSON.stringify(result.data, null, 2));
 * else for (const d of result.diagnostics) console.warn(d.message); // the field whose pattern defeated the generator
 * ```
 */
export function safeSampleFachdaten(form: Form): Result<FormData> {
  const s = new Sampler();
  const data = s.group(form.root);
  return s.diagnostics.length > 0 ? failure(s.diagnostics as [Diagnostic, ...Diagnostic[]], data) : success(data);
}

/**
 * Everything in the form filled, not just the required elements: optional elements once, lists at their minimum
 * (the first branch of an Auswahlgruppe). Fields without a constructible value are left out.
 * @example
 * ```ts
 * import { type Form, fachdatenToXml, sampleFachdatenFull } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const full = sampleFachdatenFull(form); // also the optional Geburtsname, Titel, …
 * console.log(fachdatenToXml(form, full));
 * ```
 */
export function sampleFachdatenFull(form: Form): FormData {
  const s = new Sampler();
  const full = (g: FormGroup): FormObject => {
    const out: Record<string, FormValue> = {};
    const children = g.choice ? g.children.slice(0, 1) : g.children;
    for (const c of children) {
      const count = Math.max(1, c.min);
      const one = () => (c.element.kind === "field" ? s.field(c.element) : full(c.element));
      out[c.element.name] = isList(c) ? Array.from({ length: count }, one) : one();
    }
    return out;
  };
  return full(form.root);
}
