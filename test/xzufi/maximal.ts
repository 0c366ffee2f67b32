/**
 * Builds a "maximal" model object from a binding type: every attribute, element and choice alternative filled
 * once, with values that exercise escaping. Used to pin every element name of a version in one XML fixture.
 */
import type { ComplexType, PolymorphicType, SimpleType } from "../../src/core/binding/types.ts";

let counter = 0;

function simple(type: SimpleType, name: string): unknown {
  counter++;
  switch (type) {
    case "boolean":
      return counter % 2 === 0;
    case "integer":
      return counter;
    case "decimal":
      return `${counter}.50`;
    case "date":
      return "2024-01-31";
    case "dateTime":
      return "2024-01-31T12:00:00+01:00";
    case "token":
      return `${name}-${counter}`;
    case "string":
      return `${name} ${counter}: Prüfung <&> "Zitat" 'a'`;
  }
}

function value(type: SimpleType | ComplexType | PolymorphicType, name: string, codeValues?: readonly string[]): unknown {
  if (typeof type === "string") return codeValues?.[0] ?? simple(type, name);
  if (type.kind === "polymorphic") {
    const last = type.variants[type.variants.length - 1] as ComplexType;
    return complex(last, codeValues);
  }
  return complex(type, codeValues);
}

function complex(type: ComplexType, codeValues?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.fields) {
    switch (f.kind) {
      case "attribute":
        out[f.prop] = simple(f.type, f.name);
        break;
      case "text":
        out[f.prop] = simple(f.type, type.name);
        break;
      case "xsiType":
        out[f.prop] = type.name;
        break;
      case "element": {
        const v =
          f.prop === "code" && f.qualified === false && codeValues !== undefined
            ? codeValues[0]
            : value(f.type, f.name, f.codeList?.values);
        out[f.prop] = f.occurs === "*" || f.occurs === "+" ? [v] : v;
        break;
      }
      case "choice":
        out[f.prop] = f.options.map((o) => ({ [o.name]: value(o.type, o.name) }));
        break;
    }
  }
  return out;
}

/** A maximal instance of a complex type (deterministic for a given start counter). */
export function maximalInstance(type: ComplexType, start = 0): Record<string, unknown> {
  counter = start;
  return complex(type);
}
