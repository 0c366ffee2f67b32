/**
 * Typed binding tables: {@link complex} ties a complex type to its model type. Every field's `prop` must be a
 * property of the model, its value type must fit the property (a simple type the property's values can be
 * written as, a complex type of exactly the property's object type, the right multiplicity), and every
 * required property of the model must have a field — all checked by `tsc`. The readers compiled from a typed
 * table return the model type (`safeReadDocument` gets it from the table; no cast at the call site).
 *
 * @example
 * const Bezug = complex<Rechtsbezug>()("Rechtsbezug", [text("text"), attribute("link", "token")]);
 * const Item = complex<ItemModel>()("Item", [element("name", "1", "string"), element("bezug", "*", Bezug)]);
 */
import type { SimpleTypeDef } from "../xsd-types/facets.ts";
import type {
  AttributeField,
  ChoiceOption,
  Codec,
  CodeListCheck,
  ComplexType,
  CustomField,
  ElementField,
  Field,
  Occurs,
  PolymorphicType,
  SimpleType,
  TextField,
} from "./types.ts";

/** The model value a simple type reads and writes. */
export type SimpleValue<S extends SimpleType> = S extends "boolean" ? boolean : S extends "integer" ? number : string;

/** The model value of a binding type (simple, complex, polymorphic, or a codec's value). */
export type ValueOf<T> = T extends SimpleType
  ? SimpleValue<T>
  : T extends ComplexType<infer X>
    ? X
    : T extends PolymorphicType<infer X>
      ? X
      : T extends Codec<infer X>
        ? X
        : never;

type Item<V> = V extends readonly (infer U)[] ? U : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Does a field's value (`Value`, per occurrence) fit the model property's type `V`? */
type Fits<V, Value, Simple extends boolean, O> = O extends "*" | "+"
  ? NonNullable<V> extends readonly unknown[]
    ? Simple extends true
      ? [Item<NonNullable<V>>] extends [Value]
        ? true
        : false
      : Same<Item<NonNullable<V>>, Value>
    : false
  : NonNullable<V> extends readonly unknown[]
    ? Same<NonNullable<V>, Value>
    : Simple extends true
      ? [NonNullable<V>] extends [Value]
        ? true
        : false
      : Same<NonNullable<V>, Value>;

type RequiredKeys<M> = { [K in keyof M]-?: object extends Pick<M, K> ? never : K }[keyof M];

/** What is wrong with one field for model `M` (`never` when it fits). */
type FieldProblem<M, F> = F extends { readonly prop: infer P extends string }
  ? P extends keyof M
    ? F extends { readonly kind: "element" | "custom"; readonly occurs: infer O; readonly type: infer T }
      ? Fits<M[P], ValueOf<T>, T extends SimpleType ? true : false, O> extends true
        ? never
        : `${P}: value type does not fit the model`
      : F extends { readonly kind: "attribute" | "text"; readonly type: infer S extends SimpleType }
        ? Fits<M[P], SimpleValue<S>, true, "1"> extends true
          ? never
          : `${P}: value type does not fit the model`
        : never
    : `${P}: not a property of the model`
  : never;

/** The compile-time verdict on a table for model `M`: `unknown` when it fits, else an object naming the problems. */
export type CheckFields<M, F extends readonly unknown[]> = [FieldProblem<M, F[number]> | MissingFields<M, F>] extends [never]
  ? unknown
  : { readonly "binding problem": FieldProblem<M, F[number]> | MissingFields<M, F> };

type MissingFields<M, F extends readonly unknown[]> =
  Exclude<RequiredKeys<M>, FieldProps<F[number]>> extends infer K extends string ? `${K}: required property without a field` : never;
type FieldProps<F> = F extends { readonly prop: infer P } ? P : never;

/**
 * A complex type tied to the model type `M`: `complex<M>()(name, fields)`. The second call infers the literal
 * fields; `tsc` rejects a field whose `prop` is not a property of `M`, whose type does not fit it, and a
 * required property of `M` without a field. `omit` names required properties the table deliberately does not
 * read (a standard's driver fills them, such as a message's `kind`).
 */
export function complex<M>() {
  return <const F extends readonly Field[], const O extends keyof M & string = never>(
    name: string,
    fields: F & CheckFields<Omit<M, O>, F>,
    options: { readonly reconstructed?: string; readonly track?: boolean; readonly omit?: readonly O[] } = {},
  ): ComplexType<M> => {
    const t: { -readonly [K in keyof ComplexType]: ComplexType[K] } = { kind: "complex", name, fields };
    if (options.reconstructed !== undefined) t.reconstructed = options.reconstructed;
    if (options.track !== undefined) t.track = options.track;
    return t as ComplexType<M>;
  };
}

type ElementExtra = {
  readonly name?: string;
  readonly qualified?: boolean;
  readonly codeList?: CodeListCheck;
  readonly reconstructed?: string;
  readonly facets?: SimpleTypeDef;
  readonly fallback?: unknown;
};

/** A child element; its XML name is the property unless `extra.name` says otherwise. */
export function element<
  const P extends string,
  const O extends Occurs,
  // biome-ignore lint/suspicious/noExplicitAny: an untyped table (no model type) must fit every typed use
  const T extends SimpleType | ComplexType<any> | PolymorphicType<any>,
>(
  prop: P,
  occurs: O,
  type: T,
  extra: ElementExtra = {},
): Omit<ElementField, "prop" | "occurs" | "type"> & { readonly prop: P; readonly occurs: O; readonly type: T } {
  return { kind: "element", name: extra.name ?? prop, ...extra, prop, occurs, type };
}

/** An attribute; its XML name is the property unless `extra.name` says otherwise. */
export function attribute<const P extends string, const S extends SimpleType>(
  prop: P,
  type: S,
  extra: {
    readonly name?: string;
    readonly required?: boolean;
    readonly namespace?: string;
    readonly facets?: SimpleTypeDef;
    readonly fallback?: string;
    readonly reconstructed?: string;
  } = {},
): Omit<AttributeField, "prop" | "type"> & { readonly prop: P; readonly type: S } {
  return { kind: "attribute", name: extra.name ?? prop, ...extra, prop, type };
}

/** The simple content of an element with attributes. */
export function text<const P extends string, const S extends SimpleType = "string">(
  prop: P,
  type?: S,
  extra: { readonly facets?: SimpleTypeDef } = {},
): Omit<TextField, "prop" | "type"> & { readonly prop: P; readonly type: S } {
  return { kind: "text", ...extra, prop, type: (type ?? "string") as S };
}

/** Content read and written by a {@link Codec} (the extension point). */
export function custom<const P extends string, const O extends Occurs, const V>(
  prop: P,
  occurs: O,
  codec: Codec<V>,
  extra: { readonly name?: string; readonly qualified?: boolean; readonly fallback?: V; readonly reconstructed?: string } = {},
): Omit<CustomField, "prop" | "occurs" | "codec"> & {
  readonly prop: P;
  readonly occurs: O;
  readonly codec: Codec<V>;
  readonly type: Codec<V>;
} {
  return { kind: "custom", name: extra.name ?? prop, ...extra, prop, occurs, codec, type: codec };
}

/** One alternative of a choice. */
// biome-ignore lint/suspicious/noExplicitAny: an untyped table (no model type) must fit every typed use
export function option<const N extends string, const T extends SimpleType | ComplexType<any> | PolymorphicType<any>>(
  name: N,
  type: T,
  extra: { readonly qualified?: boolean; readonly reconstructed?: string } = {},
): Omit<ChoiceOption, "name" | "type"> & { readonly name: N; readonly type: T } {
  return { ...extra, name, type };
}
