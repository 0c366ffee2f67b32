/** The schema components the JS validator works on, compiled from a schema set by `compile.ts`. */
import type { ContentModel } from "./content.ts";
import type { SimpleType } from "./simple.ts";

/** A namespace constraint of a wildcard: any, not one namespace (nor absent), or a set (`""` = absent). */
export type NamespaceConstraint =
  | { readonly kind: "any" }
  | { readonly kind: "not"; readonly namespace: string }
  | { readonly kind: "set"; readonly namespaces: ReadonlySet<string> };

/** `xs:any` / `xs:anyAttribute`. */
export interface Wildcard {
  readonly kind: "wildcard";
  readonly constraint: NamespaceConstraint;
  readonly process: "strict" | "lax" | "skip";
}

/** An element declaration (global or local). */
export interface ElementDecl {
  readonly kind: "element";
  readonly namespace: string;
  readonly local: string;
  /** Resolved on first use (types may refer to each other). */
  type: SimpleType | ComplexType;
  readonly nillable: boolean;
  readonly abstract: boolean;
  readonly fixed: string | undefined;
  readonly defaultValue: string | undefined;
}

/** An attribute declaration with its use. */
export interface AttributeUse {
  readonly namespace: string;
  readonly local: string;
  readonly type: SimpleType;
  readonly required: boolean;
  readonly fixed: string | undefined;
}

/** A complex type definition. */
export interface ComplexType {
  readonly kind: "complex";
  /** `{ns}Name`, or undefined for an anonymous type. */
  readonly name: string | undefined;
  readonly qname?: { readonly namespace: string; readonly local: string };
  readonly abstract: boolean;
  /** The base type (undefined for anyType). */
  base: ComplexType | SimpleType | undefined;
  derivation: "extension" | "restriction";
  /** `empty`, `simple` (value of `simpleType`), `element-only` or `mixed` (with `model`). */
  content: "empty" | "simple" | "element-only" | "mixed";
  simpleType: SimpleType | undefined;
  model: ContentModel | undefined;
  /** Attribute uses by key: the local name of an unqualified attribute, `{ns}local` of a qualified one. */
  attributes: Map<string, AttributeUse>;
  attributeWildcard: Wildcard | undefined;
  /** Filled (false while the definition is being compiled). */
  ready: boolean;
}

/** The compiled schema set. */
export interface CompiledSchemaSet {
  /** Global element declarations by namespace, then local name. */
  readonly elements: ReadonlyMap<string, ReadonlyMap<string, ElementDecl>>;
  /** Global attribute declarations by namespace, then local name (for wildcards). */
  readonly attributes: ReadonlyMap<string, ReadonlyMap<string, AttributeUse>>;
  /** Named types by namespace, then local name (for xsi:type). */
  readonly types: ReadonlyMap<string, ReadonlyMap<string, ComplexType | SimpleType>>;
  /** The ur-type xs:anyType. */
  readonly anyType: ComplexType;
}

/** True when a namespace is allowed by a wildcard's constraint. */
export function allows(c: NamespaceConstraint, namespace: string): boolean {
  if (c.kind === "any") return true;
  if (c.kind === "not") return namespace !== c.namespace && namespace !== "";
  return c.namespaces.has(namespace);
}
