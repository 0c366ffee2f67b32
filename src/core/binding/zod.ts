/**
 * zod schemas derived from a binding, for builders: they check the structure of structured input (types,
 * required properties, no unknown properties) and fill repeated elements that were left out with `[]`.
 */
import { z } from "zod";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { checkSimpleValue, type SimpleTypeDef } from "../xsd-types/facets.ts";
import { LEXICAL_CHECKS } from "./compile.ts";
import { type ComplexType, type Field, type PolymorphicType, type SimpleType, UNKNOWN_ATTRIBUTES, UNKNOWN_ELEMENTS } from "./types.ts";

const cache = new WeakMap<object, z.ZodType>();

function simpleSchema(type: SimpleType, facets?: SimpleTypeDef): z.ZodType {
  const base = baseSchema(type);
  if (facets === undefined) return base;
  return base.refine((v) => typeof v !== "string" || checkSimpleValue(facets, v) === undefined, `expected ${facets.name}`);
}

function baseSchema(type: SimpleType): z.ZodType {
  switch (type) {
    case "boolean":
      return z.boolean();
    case "integer":
      return z.number().int();
    case "string":
    case "token":
      return z.string();
    default: {
      const check = LEXICAL_CHECKS[type];
      return check === undefined ? z.string() : z.string().refine(check, `expected xs:${type}`);
    }
  }
}

const rawAttribute = z.strictObject({ namespace: z.string(), local: z.string(), value: z.string() });
type RawElementShape = {
  namespace: string;
  local: string;
  attributes: { namespace: string; local: string; value: string }[];
  children: (RawElementShape | string)[];
};
const rawElement: z.ZodType<RawElementShape> = z.lazy(() =>
  z.strictObject({
    namespace: z.string(),
    local: z.string(),
    attributes: z.array(rawAttribute),
    children: z.array(z.union([z.string(), rawElement])),
  }),
);

/** The zod schema of a binding type (memoised per type object). */
export function zodSchemaOf(type: SimpleType | ComplexType | PolymorphicType): z.ZodType {
  if (typeof type === "string") return simpleSchema(type);
  const cached = cache.get(type);
  if (cached !== undefined) return cached;
  let schema: z.ZodType;
  if (type.kind === "polymorphic") {
    // Each variant fixes its xsi:type name, which tells variants with overlapping fields apart.
    const variants = type.variants.map((v) => complexSchema(v, v.name));
    schema = variants.length === 1 ? (variants[0] as z.ZodType) : z.union(variants as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  } else {
    schema = complexSchema(type, undefined);
  }
  cache.set(type, schema);
  return schema;
}

function complexSchema(type: ComplexType, variantName: string | undefined): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const f of type.fields) shape[f.prop] = f.kind === "xsiType" && variantName !== undefined ? z.literal(variantName) : fieldSchema(f);
  shape[UNKNOWN_ELEMENTS] = z.array(rawElement).optional();
  shape[UNKNOWN_ATTRIBUTES] = z.array(rawAttribute).optional();
  return z.strictObject(shape);
}

function repeat(item: z.ZodType, occurs: "1" | "?" | "*" | "+"): z.ZodType {
  switch (occurs) {
    case "1":
      return item;
    case "?":
      return item.optional();
    case "*":
      return z.array(item).default([]);
    case "+":
      return z.array(item).min(1);
  }
}

function fieldSchema(f: Field): z.ZodType {
  switch (f.kind) {
    case "attribute": {
      const s = simpleSchema(f.type, f.facets);
      return f.required === true ? s : s.optional();
    }
    case "text":
      return simpleSchema(f.type, f.facets);
    case "xsiType":
      return z.string().optional();
    case "element":
      return repeat(typeof f.type === "string" ? simpleSchema(f.type, f.facets) : zodSchemaOf(f.type), f.occurs);
    case "custom": {
      const check = f.codec.check;
      const item =
        f.codec.zod?.(z) ??
        z.custom((v) => {
          let ok = true;
          check?.(v, () => {
            ok = false;
          });
          return ok;
        }, `expected ${f.codec.name}`);
      return repeat(item, f.occurs);
    }
    case "choice": {
      const options = f.options.map((o) => z.strictObject({ [o.name]: zodSchemaOf(o.type) }));
      const one = options.length === 1 ? (options[0] as z.ZodType) : z.union(options as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);
      return repeat(one, f.occurs);
    }
  }
}

/** Turns zod issues into `invalid-input` diagnostics with the input path. */
export function zodIssuesToDiagnostics(error: z.ZodError, rootPath = ""): Diagnostic[] {
  return error.issues.map((issue) => {
    const path = `${rootPath}/${issue.path.map(String).join("/")}`;
    return diagnostic({
      code: "invalid-input",
      params: { issue: `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}` },
      severity: "error",
      stage: "input",
      path,
    });
  });
}
