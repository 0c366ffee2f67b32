/**
 * The Fachdaten XSD (XFall-Daten style, as `XDF3_2_XFall` with `MitVersionen=1`): one global element per field
 * and group named `<id>V<version>`, used by `ref`; groups as `xs:sequence` (`xs:choice` for an Auswahlgruppe);
 * `anzahl` as minOccurs/maxOccurs. The facets come from the same form model as the JSON Schema and zod, so the
 * three give the same verdict on every instance (docs/forms.md).
 */
import { escapeAttribute, escapeText } from "../../core/xml/write.ts";
import { formatDecimal } from "./datatypes.ts";
import type { Form, FormChild, FormElement, FormField, FormGroup } from "./model.ts";

/**
 * The target namespace the reference generator `XDF3_2_XFall` uses for Fachdaten (and this module by default).
 * @example
 * ```ts
 * import { DEFAULT_FACHDATEN_NAMESPACE, type Form, fachdatenFromXml } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * declare const xml: string; // Fachdaten from a Fachverfahren that uses its own namespace
 * const data = fachdatenFromXml(form, xml.replace(DEFAULT_FACHDATEN_NAMESPACE, "urn:example:wohngeld"), {
 *   namespace: "urn:example:wohngeld",
 * });
 * console.log(data);
 * ```
 */
export const DEFAULT_FACHDATEN_NAMESPACE = "urn:fim-de:xfall:datenschema:xdf3";

/**
 * Options of {@link toFachdatenXsd}.
 * @example
 * ```ts
 * import { type FachdatenXsdOptions, type Form, toFachdatenXsd } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form;
 * const options: FachdatenXsdOptions = { namespace: "urn:example:fachdaten:gewerbeanmeldung" };
 * console.log(toFachdatenXsd(form, options)); // <xs:schema targetNamespace="urn:example:fachdaten:gewerbeanmeldung" …
 * ```
 */
export interface FachdatenXsdOptions {
  /** Target namespace of the Fachdaten (default {@link DEFAULT_FACHDATEN_NAMESPACE}). */
  readonly namespace?: string;
}

function documentation(e: FormElement, kind: string, indent: string): string {
  const text = `${kind}: ${e.label}${e.label === e.elementName ? "" : ` (${e.elementName})`}`;
  return `${indent}<xs:annotation><xs:documentation>${escapeText(text)}</xs:documentation></xs:annotation>\n`;
}

function facet(name: string, value: string): string {
  return `<xs:${name} value="${escapeAttribute(value)}"/>`;
}

/** The `xs:restriction` of a field (base type and facets). */
function restriction(f: FormField): { base: string; facets: string[] } {
  const facets: string[] = [];
  if (f.codes !== undefined) {
    for (const c of f.codes) facets.push(facet("enumeration", c.code));
    return { base: "xs:string", facets };
  }
  const base = f.codeList !== undefined ? "xs:string" : f.rule.xsdType;
  if (f.lexicalPattern !== undefined) facets.push(facet("pattern", f.lexicalPattern.xsd));
  if (f.minLength !== undefined) facets.push(facet("minLength", String(f.minLength)));
  if (f.maxLength !== undefined) facets.push(facet("maxLength", String(f.maxLength)));
  if (f.pattern !== undefined) facets.push(facet("pattern", f.pattern.xsd));
  if (f.minimum !== undefined) facets.push(facet("minInclusive", formatDecimal(f.minimum)));
  if (f.maximum !== undefined) facets.push(facet("maxInclusive", formatDecimal(f.maximum)));
  return { base, facets };
}

function fieldElement(f: FormField): string {
  const { base, facets } = restriction(f);
  const head = `  <xs:element name="${escapeAttribute(f.name)}"`;
  if (facets.length === 0) return `${head} type="${base}">\n${documentation(f, "Datenfeld", "    ")}  </xs:element>\n`;
  return (
    `${head}>\n${documentation(f, "Datenfeld", "    ")}` +
    `    <xs:simpleType>\n      <xs:restriction base="${base}">\n${facets.map((x) => `        ${x}\n`).join("")}      </xs:restriction>\n    </xs:simpleType>\n` +
    "  </xs:element>\n"
  );
}

function particle(c: FormChild): string {
  const min = c.min === 1 ? "" : ` minOccurs="${c.min}"`;
  const max = c.max === 1 ? "" : ` maxOccurs="${Number.isFinite(c.max) ? c.max : "unbounded"}"`;
  return `        <xs:element ref="${escapeAttribute(c.element.name)}"${min}${max}/>\n`;
}

function groupElement(g: FormGroup, kind: string): string {
  const compositor = g.choice && g.children.length > 0 ? "xs:choice" : "xs:sequence";
  const body =
    g.children.length === 0
      ? `      <${compositor}/>\n`
      : `      <${compositor}>\n${g.children.map(particle).join("")}      </${compositor}>\n`;
  return (
    `  <xs:element name="${escapeAttribute(g.name)}">\n${documentation(g, kind, "    ")}` +
    `    <xs:complexType>\n${body}    </xs:complexType>\n  </xs:element>\n`
  );
}

/**
 * Writes the Fachdaten XSD of a form in the style of `XDF3_2_XFall` (deterministic: no timestamps, elements sorted
 * by name after the root).
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { type Form, toFachdatenXsd } from "fim-xoev/xdatenfelder/forms";
 * declare const form: Form; // buildForm(stammdatenschema)
 * await writeFile(`${form.root.name}.xsd`, toFachdatenXsd(form)); // for a Fachverfahren that takes XML
 * ```
 */
export function toFachdatenXsd(form: Form, options: FachdatenXsdOptions = {}): string {
  const ns = escapeAttribute(options.namespace ?? DEFAULT_FACHDATEN_NAMESPACE);
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="${ns}" targetNamespace="${ns}" elementFormDefault="qualified" attributeFormDefault="unqualified">\n`;
  out += groupElement(form.root, form.source === "stammdatenschema" ? "Stammdatenschema" : "Datenfeldgruppe");
  for (const e of form.elements) out += e.kind === "field" ? fieldElement(e) : groupElement(e, "Datenfeldgruppe");
  return `${out}</xs:schema>\n`;
}
