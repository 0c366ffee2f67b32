/**
 * Builders driven by a binding: the input of a `create*` factory is checked with the zod schema derived from
 * the binding type (repeated elements may be left out and default to `[]`), and problems become
 * `invalid-input` diagnostics with the property path. A standard's version folder only names its types.
 */
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../result.ts";
import type { ComplexType, PolymorphicType } from "./types.ts";
import { zodIssuesToDiagnostics, zodSchemaOf } from "./zod.ts";

type ArrayKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[] ? K : never }[keyof T];

/**
 * Builder input for a model type: like the type, but repeated elements (arrays) may be left out — at every
 * depth — and default to `[]`.
 *
 * @example
 * ```ts
 * import { type BuilderInput, createProzessklasse, type Prozessklasse } from "fim-xoev/xprozess/v2";
 *
 * // the model type with every list optional: handlungsgrundlage, merkmal, klassifikation, … may be left out
 * const input: BuilderInput<Prozessklasse> = { id: "99125001012000", name: "Hundesteuer Anmeldung", schlagwort: ["Hund"] };
 * const klasse: Prozessklasse = createProzessklasse(input);
 * console.log(klasse.merkmal, klasse.schlagwort); // [] ["Hund"]
 * ```
 */
export type BuilderInput<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer U)[]
    ? readonly BuilderInput<U>[]
    : T extends object
      ? { [K in keyof T as K extends ArrayKeys<T> ? never : K]: BuilderInput<T[K]> } & {
          [K in ArrayKeys<T>]?: BuilderInput<NonNullable<T[K]>>;
        }
      : T;

/** The pattern of an XML name as a model may keep it (e.g. the name of a root element). */
export const XML_NAME = /^[A-Za-z_][\w.-]*$/;

/**
 * Checks and completes builder input against a binding type. `label` is the first step of the diagnostics'
 * paths (e.g. `item` gives `/item/name`).
 */
export function safeBuild<T>(type: ComplexType | PolymorphicType, input: unknown, label: string): Result<T> {
  const parsed = zodSchemaOf(type).safeParse(input);
  if (parsed.success) return success(parsed.data as T);
  return failure(zodIssuesToDiagnostics(parsed.error, `/${label}`) as [Diagnostic, ...Diagnostic[]]);
}

/** How {@link safeBuildDocument} completes the input of a document's root object. */
export interface BuildDocumentOptions {
  /** Values of properties the input leaves out (e.g. a version attribute); only used when the input is an object. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Model property that keeps the root element's name; it is not in the binding and must be an XML name. */
  readonly rootNameProperty?: string;
}

/**
 * Like {@link safeBuild}, for the root object of a document: fills `defaults` and keeps the root element's
 * name (`rootNameProperty`), which the binding does not describe.
 */
export function safeBuildDocument<T>(type: ComplexType, input: unknown, label: string, options: BuildDocumentOptions = {}): Result<T> {
  const isObject = typeof input === "object" && input !== null;
  let rest: unknown = input;
  if (isObject && options.defaults !== undefined) {
    const missing = Object.entries(options.defaults).filter(([k]) => !(k in input));
    if (missing.length > 0) rest = { ...Object.fromEntries(missing), ...input };
  }
  const nameProp = options.rootNameProperty;
  let rootName: unknown;
  if (nameProp !== undefined && typeof rest === "object" && rest !== null && nameProp in rest) {
    const { [nameProp]: name, ...others } = rest as Record<string, unknown>;
    rootName = name;
    rest = others;
  }
  const built = safeBuild<T>(type, rest, label);
  if (!built.success || rootName === undefined || nameProp === undefined) return built;
  if (typeof rootName !== "string" || !XML_NAME.test(rootName)) {
    return failure([
      diagnostic({
        code: "invalid-input",
        params: { issue: `${nameProp}: expected an XML name` },
        severity: "error",
        stage: "input",
        path: `/${label}/${nameProp}`,
      }),
    ]);
  }
  return success({ ...built.data, [nameProp]: rootName });
}
