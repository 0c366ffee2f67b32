/**
 * Structural checks of a model object against its binding: required elements and attributes, value types and
 * lexical forms, code lists. Works on objects from a parser (findings then carry the source line) and on
 * objects built in code alike.
 */
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity, SourceLocation, Stage } from "../diagnostics/diagnostic.ts";
import { sourceElement } from "../xml/cursor.ts";
import { checkSimpleValue, type SimpleTypeDef } from "../xsd-types/facets.ts";
import { LEXICAL_CHECKS } from "./compile.ts";
import type { ComplexType, ElementField, Field, PolymorphicType, SimpleType } from "./types.ts";

export { LEXICAL_CHECKS } from "./compile.ts";

/** How {@link checkValue} reports. */
export interface CheckBindingOptions {
  /** Canonical prefix of the binding's namespace in paths (`""` for none). */
  readonly prefix: string;
  /** Stage of the findings (default `rules`). */
  readonly stage?: Stage;
  /** File name to put into diagnostics. */
  readonly file?: string;
}

/**
 * What a simple value must look like, or `undefined` when it fits. The lexical checks are the library's one
 * implementation of the XSD datatypes (`core/xsd-types`), exact as libxml2 applies them (`2024-02-31` is no
 * date; `T24:00:00` is a valid time of day); `facets` (the field's XSD simple type) are checked as well.
 */
export function simpleValueProblem(value: unknown, type: SimpleType, facets?: SimpleTypeDef): string | undefined {
  const problem = baseProblem(value, type);
  if (problem !== undefined || facets === undefined || typeof value !== "string") return problem;
  const v = checkSimpleValue(facets, value);
  return v === undefined ? undefined : `${v.expected} (${facets.name})`;
}

function baseProblem(value: unknown, type: SimpleType): string | undefined {
  switch (type) {
    case "boolean":
      return typeof value === "boolean" ? undefined : "a boolean";
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) ? undefined : "an integer";
    case "string":
    case "token":
      return typeof value === "string" ? undefined : "a string";
    default: {
      if (typeof value !== "string") return `xs:${type} as a string`;
      const check = LEXICAL_CHECKS[type];
      return check === undefined || check(value) ? undefined : `xs:${type}`;
    }
  }
}

class Checker {
  constructor(
    readonly opts: CheckBindingOptions,
    readonly out: Diagnostic[],
  ) {}

  step(name: string, qualified: boolean): string {
    return qualified && this.opts.prefix !== "" ? `${this.opts.prefix}:${name}` : name;
  }

  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    severity: Severity,
    path: string,
    location: SourceLocation | undefined,
  ): void {
    this.out.push(diagnostic({ code, params, severity, stage: this.opts.stage ?? "rules", path, location, file: this.opts.file }));
  }

  value(
    value: unknown,
    type: SimpleType | ComplexType | PolymorphicType,
    path: string,
    loc: SourceLocation | undefined,
    field?: ElementField,
  ): void {
    if (typeof type === "string") {
      const problem = simpleValueProblem(value, type, field?.facets);
      if (problem !== undefined) this.report("invalid-value", { value: shown(value), expected: problem }, "error", path, loc);
      else if (field?.codeList !== undefined) this.code(value, field, path, loc);
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.report("invalid-value", { value: shown(value), expected: `an object of type ${type.name}` }, "error", path, loc);
      return;
    }
    const here = locationOf(value) ?? loc;
    if (field?.codeList !== undefined) this.code(value, field, path, here);
    if (type.kind === "polymorphic") {
      const v = value as Record<string, unknown>;
      const variant = type.variants.find((t) => t.fields.some((f) => f.kind === "xsiType" && v[f.prop] === t.name));
      if (variant === undefined) {
        this.report(
          "invalid-value",
          { value: "xsi:type", expected: type.variants.map((t) => t.name).join(" | ") },
          "error",
          `${path}/@xsi:type`,
          here,
        );
        return;
      }
      this.complex(v, variant, path, here);
      return;
    }
    this.complex(value as Record<string, unknown>, type, path, here);
  }

  code(value: unknown, field: ElementField, path: string, loc: SourceLocation | undefined): void {
    const list = field.codeList;
    if (list === undefined) return;
    const code = typeof value === "string" ? value : (value as Record<string, unknown>)[list.codeProp ?? "code"];
    if (typeof code !== "string") return;
    if (!list.values.includes(code)) this.report("unknown-code", { value: code, codeList: list.uri }, list.severity, path, loc);
  }

  complex(v: Record<string, unknown>, type: ComplexType, path: string, loc: SourceLocation | undefined): void {
    for (const f of type.fields) this.field(v, f, path, loc);
  }

  field(v: Record<string, unknown>, f: Field, path: string, loc: SourceLocation | undefined): void {
    const value = v[f.prop];
    const missingSeverity: Severity = f.reconstructed !== undefined ? "warning" : "error";
    switch (f.kind) {
      case "attribute": {
        const p = `${path}/@${f.name}`;
        if (value === undefined) {
          if (f.required === true) this.report("missing-attribute", { attribute: f.name }, missingSeverity, path, loc);
          return;
        }
        const problem = simpleValueProblem(value, f.type, f.facets);
        if (problem !== undefined) this.report("invalid-value", { value: shown(value), expected: problem }, "error", p, loc);
        return;
      }
      case "text": {
        if (value === undefined) return;
        const problem = simpleValueProblem(value, f.type, f.facets);
        if (problem !== undefined) this.report("invalid-value", { value: shown(value), expected: problem }, "error", path, loc);
        return;
      }
      case "xsiType":
        if (value !== undefined && typeof value !== "string")
          this.report("invalid-value", { value: shown(value), expected: "a type name" }, "error", `${path}/@xsi:type`, loc);
        return;
      case "element": {
        const step = this.step(f.name, f.qualified !== false);
        if (f.occurs === "*" || f.occurs === "+") {
          if (value === undefined || (Array.isArray(value) && value.length === 0)) {
            if (f.occurs === "+") this.report("missing-element", { element: step }, missingSeverity, `${path}/${step}`, loc);
            return;
          }
          if (!Array.isArray(value)) {
            this.report("invalid-value", { value: shown(value), expected: `a list of <${step}>` }, "error", `${path}/${step}`, loc);
            return;
          }
          value.forEach((item, i) => {
            this.value(item, f.type, `${path}/${step}${value.length > 1 ? `[${i + 1}]` : ""}`, loc, f);
          });
          return;
        }
        if (value === undefined) {
          if (f.occurs === "1") this.report("missing-element", { element: step }, missingSeverity, `${path}/${step}`, loc);
          return;
        }
        this.value(value, f.type, `${path}/${step}`, loc, f);
        return;
      }
      case "custom": {
        const step = this.step(f.name, f.qualified !== false);
        const many = f.occurs === "*" || f.occurs === "+";
        const items: unknown[] = value === undefined ? [] : many && Array.isArray(value) ? value : [value];
        if (items.length === 0) {
          if (f.occurs === "1" || f.occurs === "+")
            this.report("missing-element", { element: step }, missingSeverity, `${path}/${step}`, loc);
          return;
        }
        const check = f.codec.check;
        if (check === undefined) return;
        items.forEach((item, i) => {
          const at = `${path}/${step}${items.length > 1 ? `[${i + 1}]` : ""}`;
          check(item, (p) =>
            this.report(
              "invalid-value",
              { value: p.value, expected: p.expected },
              "error",
              p.path === undefined ? at : `${at}/${p.path}`,
              loc,
            ),
          );
        });
        return;
      }
      case "choice": {
        const names = f.options.map((o) => this.step(o.name, o.qualified !== false));
        const items: unknown[] =
          f.occurs === "*" || f.occurs === "+"
            ? Array.isArray(value)
              ? value
              : value === undefined
                ? []
                : [value]
            : value === undefined
              ? []
              : [value];
        if (items.length === 0) {
          if (f.occurs === "1" || f.occurs === "+")
            this.report("missing-element", { element: names.join("|") }, missingSeverity, `${path}/${names.join("|")}`, loc);
          return;
        }
        const counts = new Map<string, number>();
        const totals = new Map<string, number>();
        for (const item of items) {
          const key = typeof item === "object" && item !== null ? Object.keys(item)[0] : undefined;
          if (key !== undefined) totals.set(key, (totals.get(key) ?? 0) + 1);
        }
        for (const item of items) {
          const keys = typeof item === "object" && item !== null ? Object.keys(item) : [];
          const option = keys.length === 1 ? f.options.find((o) => o.name === keys[0]) : undefined;
          if (option === undefined) {
            this.report(
              "invalid-value",
              { value: keys.join(",") || shown(item), expected: `one of <${names.join(">, <")}>` },
              "error",
              path,
              loc,
            );
            continue;
          }
          const n = (counts.get(option.name) ?? 0) + 1;
          counts.set(option.name, n);
          const step = this.step(option.name, option.qualified !== false);
          const index = (totals.get(option.name) ?? 0) > 1 ? `[${n}]` : "";
          this.value((item as Record<string, unknown>)[option.name], option.type, `${path}/${step}${index}`, loc);
        }
        return;
      }
    }
  }
}

function shown(value: unknown): string {
  const s = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

function locationOf(obj: object): SourceLocation | undefined {
  const el = sourceElement(obj);
  return el === undefined ? undefined : { line: el.line, column: el.column };
}

/**
 * Checks a model value against its binding type and returns the findings. `path` is the canonical path of
 * the value's element (e.g. `/ex:root/ex:item`).
 */
export function checkValue(
  value: unknown,
  type: SimpleType | ComplexType | PolymorphicType,
  path: string,
  opts: CheckBindingOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  new Checker(opts, out).value(value, type, path, typeof value === "object" && value !== null ? locationOf(value) : undefined);
  return out;
}
