/**
 * Shorthands for writing binding tables: fields whose XML name equals the model property, and the marking of
 * reconstructed fields with their evidence. Standards write their tables with these (see `types.ts` for the
 * shapes).
 */
import type { ComplexType, ElementField, Field, Occurs, PolymorphicType, SimpleType } from "./types.ts";

/** A child element whose XML name equals the model property (unless `extra.name` says otherwise). */
export function elementField(
  prop: string,
  occurs: Occurs,
  type: SimpleType | ComplexType | PolymorphicType,
  extra: Partial<Omit<ElementField, "kind" | "prop" | "occurs" | "type">> = {},
): ElementField {
  return { kind: "element", prop, name: extra.name ?? prop, occurs, type, ...extra };
}

/** An attribute whose XML name equals the model property (default type `token`). */
export function attributeField(
  prop: string,
  type: SimpleType = "token",
  extra: { required?: boolean; namespace?: string; reconstructed?: string } = {},
): Field {
  return { kind: "attribute", prop, name: prop, type, ...extra };
}

/** Marks a field as reconstructed, with the evidence it rests on. */
export function reconstructed<F extends Field>(field: F, evidence: string): F {
  return { ...field, reconstructed: evidence };
}
