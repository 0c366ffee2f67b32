/** zod schemas for XSD simple types, so that builders accept exactly what the XSD and the model stage accept. */
import { z } from "zod";
import { checkSimpleValue, type SimpleTypeDef } from "./facets.ts";

/**
 * A string schema that rejects values outside `type` (see {@link checkSimpleValue}). `hint` replaces the
 * generated message (e.g. `expected xs:date, e.g. 2026-01-31`).
 *
 * @example
 * ```ts
 * import { simpleType, xsdString } from "fim-xoev/validation";
 * import { z } from "zod";
 *
 * // a form field's zod schema that checks exactly what the XSD checks
 * const Geburtsdatum = xsdString(simpleType({ name: "xs:date", base: "date" }), "expected xs:date, e.g. 2026-01-31");
 * const Antrag = z.object({ geburtsdatum: Geburtsdatum });
 * console.log(Antrag.safeParse({ geburtsdatum: "31.01.2026" }).success); // false
 * ```
 */
export function xsdString(type: SimpleTypeDef, hint?: string): z.ZodString {
  return z.string().check((ctx) => {
    const v = checkSimpleValue(type, ctx.value);
    if (v !== undefined) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: hint ?? `expected ${v.expected} (${type.name}, facet ${v.facet})`,
      });
    }
  });
}
