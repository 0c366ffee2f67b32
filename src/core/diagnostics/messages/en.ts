import type { MessageCatalog } from "../diagnostic.ts";

/** English messages. */
export const en: MessageCatalog = {
  "not-well-formed": ({ reason }) => `The document is not well-formed XML: ${reason}`,
  "doctype-not-allowed": () => "DOCTYPE declarations (and with them DTDs and entity declarations) are not allowed.",
  "depth-limit-exceeded": ({ limit }) => `Elements are nested deeper than the limit of ${limit}.`,
  "text-limit-exceeded": ({ limit }) => `A text or attribute value is longer than the limit of ${limit} characters.`,
  "input-limit-exceeded": ({ limit }) => `The document is larger than the limit of ${limit} characters.`,
  "unknown-namespace": ({ namespace, element }) =>
    `The root element <${element}> is in an unsupported namespace: ${namespace === "" ? "(none)" : namespace}`,
  "unknown-root-element": ({ element }) => `<${element}> is not a message of this standard.`,
  "xsd-invalid": ({ message }) => `XSD: ${message}`,
  "xsd-skipped": ({ reason }) => `XSD validation skipped: ${reason}`,
  "schema-load-failed": ({ reason }) => `The schema set could not be loaded: ${reason}`,
  "schema-checksum-mismatch": ({ file, expected, actual }) =>
    `Schema file ${file} differs from the catalogue (SHA-256 ${actual}, expected ${expected}); it is used anyway.`,
  "missing-element": ({ element }) => `Required element <${element}> is missing.`,
  "unexpected-element": ({ element }) => `Element <${element}> is not allowed here.`,
  "element-out-of-order": ({ element }) => `Element <${element}> is not in the order the schema prescribes.`,
  "missing-attribute": ({ attribute }) => `Required attribute ${attribute} is missing.`,
  "unexpected-attribute": ({ attribute }) => `Attribute ${attribute} is not allowed here.`,
  "unexpected-text": ({ text }) => `Text is not allowed here: "${text}"`,
  "invalid-value": ({ value, expected }) => `"${value}" is not a valid value: expected ${expected}.`,
  "unknown-code": ({ value, codeList }) => `Code "${value}" is not in code list ${codeList}.`,
  "duplicate-relations": ({ count, distinct }) =>
    `${count} relation elements repeat an identical relation of the same element (${distinct} distinct relations kept in the deduplicated view).`,
  "invalid-xml-character": ({ codePoint, context }) => `Character ${codePoint} is not allowed in XML 1.0 (in ${context}).`,
  "invalid-input": ({ issue }) => `Invalid input: ${issue}`,
  "malformed-record": ({ reason }) => `The record is malformed: ${reason}`,
  "field-count-mismatch": ({ expected, actual }) => `The record has ${actual} fields, expected ${expected}.`,
  "missing-field": ({ field }) => `Required field ${field} is empty or missing.`,
  "missing-column": ({ column }) => `Column ${column} is missing.`,
  "unknown-column": ({ column }) => `Column ${column} is not known; its values are kept as they are.`,
  "invalid-encoding": ({ encoding }) => `The data is not valid ${encoding}; invalid bytes were replaced by U+FFFD.`,
  "duplicate-key": ({ key, firstLine }) => `Key ${key} already occurs in line ${firstLine}.`,
  "legacy-format": ({ format }) => `The document is in the older format ${format} and is read tolerantly.`,
  "rule-violation": ({ title }) => title,
  "invalid-praezisierung": ({ text, reason }) =>
    `The Präzisierung "${text}" is not a valid JSON object (${reason}); the text is kept unchanged.`,
  "genericode-qualified": ({ element }) =>
    `The children of ${element} are qualified with the genericode namespace (FIM variant); the OASIS XSD expects them unqualified.`,
  "not-representable": ({ element, value, target }) => `${element} ("${value}") cannot be represented in ${target}.`,
  "conversion-default": ({ element, value, reason }) => `${element} was set to "${value}" by the conversion: ${reason}`,
  "io-error": ({ reason }) => `The file could not be read: ${reason}`,
  "code-list-unavailable": ({ uri, version, reason }) => `The code list ${uri} (version ${version}) is not available: ${reason}`,
  "quality-check": ({ en }) => en,
  "rule-not-machine-readable": ({ rule, reason }) => `The rule ${rule} is not machine-readable: ${reason}`,
  "rule-partly-read": ({ rule, missing }) => `The rule ${rule} was read only in part; not read: ${missing}`,
  "rule-target-unknown": ({ rule, id }) => `The rule ${rule} names ${id}, which is not in the schema.`,
  "rule-id-unused": ({ rule, id }) => `The rule ${rule} names ${id}, but no effect or condition read from it uses it.`,
  "rule-not-applied": ({ rule, reason }) => `The rule ${rule} was not applied: ${reason}`,
  "rule-validation-failed": ({ rule, elements, check }) => `The rule ${rule} does not hold for ${elements}: ${check}`,
};
