/**
 * Compile-time proof that a typed table is tied to its model (`complex<M>()`): a property that is not in the
 * model, a value type that does not fit, a wrong multiplicity and a required property without a field all fail
 * `tsc --noEmit` (each `@ts-expect-error` below fails the type check if its line compiles).
 */
import { attribute, complex, element, text } from "./typed.ts";
import type { ComplexType } from "./types.ts";

interface Bezug {
  readonly text: string;
  readonly link?: string;
}
interface Item {
  readonly name: string;
  readonly anzahl?: number;
  readonly flag?: boolean;
  readonly bezug: readonly Bezug[];
}
interface Other {
  readonly wert: string;
}

const BezugT = complex<Bezug>()("Bezug", [text("text"), attribute("link", "token")]);
const OtherT = complex<Other>()("Other", [element("wert", "1", "string")]);

export const ok: ComplexType<Item> = complex<Item>()("Item", [
  element("name", "1", "token"),
  element("anzahl", "?", "integer"),
  element("flag", "?", "boolean"),
  element("bezug", "*", BezugT),
]);

// A wrong property name.
// @ts-expect-error — `nmae` is not a property of Item
export const wrongProp = complex<Item>()("Item", [
  element("nmae", "1", "token"),
  element("name", "1", "token"),
  element("bezug", "*", BezugT),
]);

// A wrong value type: a number property read as a date string.
// @ts-expect-error — `anzahl` is a number, "date" reads a string
export const wrongType = complex<Item>()("Item", [
  element("name", "1", "token"),
  element("anzahl", "?", "date"),
  element("bezug", "*", BezugT),
]);

// A complex type of another model.
// @ts-expect-error — `bezug` holds Bezug objects, not Other
export const wrongComplex = complex<Item>()("Item", [element("name", "1", "token"), element("bezug", "*", OtherT)]);

// A repeated property read as a single element.
// @ts-expect-error — `bezug` is a list
export const wrongOccurs = complex<Item>()("Item", [element("name", "1", "token"), element("bezug", "1", BezugT)]);

// A required property without a field.
// @ts-expect-error — `bezug` is required and has no field
export const missing = complex<Item>()("Item", [element("name", "1", "token")]);

// The table's model type is carried: a table of Bezug is no table of Item.
// @ts-expect-error — ComplexType<Bezug> is not ComplexType<Item>
export const notItem: ComplexType<Item> = BezugT;
