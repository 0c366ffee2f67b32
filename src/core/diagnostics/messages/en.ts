import type { MessageCatalog } from "../diagnostic.ts";

/** English messages. */
export const en: MessageCatalog = {
  "not-well-formed": ({ reason }) => `The document is not well-formed XML: ${reason}`,
  "doctype-not-allowed": () => "DOCTYPE declarations (and with them DTDs and entity declarations) are not allowed.",
  "depth-limit-exceeded": ({ limit }) => `Elements are nested deeper than the limit of ${limit}.`,
  "text-limit-exceeded": ({ limit }) => `A text or attribute value is longer than the limit of ${limit} characters.`,
  "input-limit-exceeded": ({ limit }) => `The document is larger than the limit of ${limit} characters.`,
  "invalid-byte-sequence": ({ encoding, offset, bytes, source }) =>
    `The bytes ${bytes} at byte offset ${offset} are not valid ${encoding}. ` +
    (source === "xml"
      ? `If the file is in another encoding, declare it in the XML declaration (e.g. <?xml version="1.0" encoding="ISO-8859-1"?>) or convert the file to UTF-8.`
      : "If the file is in another encoding, read it with that encoding (e.g. --encoding iso-8859-1) or convert the file to UTF-8."),
  "unsupported-encoding": ({ encoding }) =>
    `The encoding "${encoding}" is not supported (supported: UTF-8, UTF-16, ISO-8859-1, ISO-8859-15, windows-1252, US-ASCII). Convert the file to UTF-8 and declare encoding="UTF-8".`,
  "encoding-mismatch": ({ declared, detected }) =>
    `The XML declaration names the encoding ${declared}, but the bytes are ${detected}. Correct the declaration or convert the file to the declared encoding.`,
  "attribute-limit-exceeded": ({ limit }) =>
    `An element has more than ${limit} attributes (reader limit maxAttributes; raise it in the read/parse options).`,
  "name-limit-exceeded": ({ limit }) =>
    `A name is longer than ${limit} characters (reader limit maxNameLength; raise it in the read/parse options).`,
  "namespace-limit-exceeded": ({ limit }) =>
    `An element declares more than ${limit} namespaces (reader limit maxNamespaceDeclarations; raise it in the read/parse options).`,
  "diagnostics-truncated": ({ count, limit }) =>
    `${count} further findings omitted after the first ${limit} (limit maxDiagnostics; raise it in the options to see them).`,
  "unknown-namespace": ({ namespace, element }) =>
    `The root element <${element}> is in an unsupported namespace: ${namespace === "" ? "(none)" : namespace}`,
  "unknown-root-element": ({ element }) => `<${element}> is not a message of this standard.`,
  "xsd-invalid": ({ message }) => `XSD: ${message}`,
  "xsd-skipped": ({ reason }) => `XSD validation skipped: ${reason}`,
  "schema-load-failed": ({ reason }) => `The schema set could not be loaded: ${reason}`,
  "schema-source-unreadable": ({ source, reason }) => `The schema source ${source} cannot be read: ${reason}`,
  "schema-file-unknown": ({ file, sha256 }) =>
    `${file} (SHA-256 ${sha256}) is no file of a release in the schema catalogue; it is added only with --trust.`,
  "schema-cache-changed": ({ set, file, expected, actual }) =>
    actual === "missing"
      ? `${set}: the cached file ${file} is missing.`
      : `${set}: the cached file ${file} has changed (SHA-256 ${actual}, expected ${expected}).`,
  "schema-checksum-mismatch": ({ file, expected, actual }) =>
    `Schema file ${file} differs from the catalogue (SHA-256 ${actual}, expected ${expected}); it is used anyway.`,
  "missing-element": ({ element }) => `Required element <${element}> is missing.`,
  "unexpected-element": ({ element }) => `Element <${element}> is not allowed here.`,
  "element-out-of-order": ({ element }) => `Element <${element}> is not in the order the schema prescribes.`,
  "missing-attribute": ({ attribute }) => `Required attribute ${attribute} is missing.`,
  "unexpected-attribute": ({ attribute }) => `Attribute ${attribute} is not allowed here.`,
  "unexpected-text": ({ text }) => `Text is not allowed here: "${text}"`,
  "invalid-value": ({ value, expected, element, facet }) =>
    element === undefined
      ? `"${value}" is not a valid value: expected ${expected}.`
      : `${element}: "${value}" is not a valid value (XSD facet ${facet ?? "lexical"}): expected ${expected}.`,
  "unknown-code": ({ value, codeList }) => `Code "${value}" is not in code list ${codeList}.`,
  "duplicate-relations": ({ count, distinct }) =>
    `${count} relation elements repeat an identical relation of the same element (${distinct} distinct relations kept in the deduplicated view).`,
  "invalid-xml-character": ({ codePoint, context }) => `Character ${codePoint} is not allowed in XML 1.0 (in ${context}).`,
  "invalid-input": ({ issue }) => `Invalid input: ${issue}`,
  "malformed-record": ({ reason }) => `The record is malformed: ${reason}`,
  "field-count-mismatch": ({ expected, actual }) => `The record has ${actual} fields, expected ${expected}.`,
  "missing-field": ({ field }) => `Required field ${field} is empty or missing.`,
  "missing-column": ({ column }) => `Column ${column} is missing.`,
  "missing-header": ({ keyColumn }) =>
    `The first line holds data, not column names${keyColumn > 0 ? ` (column ${keyColumn} holds a Leistungsschlüssel)` : ""}, so the columns cannot be told apart: name them in order with --columns (option \`columns\`), e.g. --columns Bezeichnung,Behoerde,Schluessel.`,
  "unknown-column": ({ column }) => `Column ${column} is not known; its values are kept as they are.`,
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
  "form-constraint": ({ element, constraint, value, reason }) =>
    reason === "anchors-removed"
      ? `${element}: the pattern "${value}" starts with ^ or ends with $; XSD has no anchors, so they are read as anchors and removed.`
      : `${element}: ${constraint} "${value}" is left out of the form schemas (${
          {
            unparseable: "not a valid value",
            "not-applicable": "does not apply to this datatype",
            "not-expressible": "cannot be expressed equally in JSON Schema, XSD and zod",
            "unsupported-pattern": "a pattern syntax without an exact JavaScript equivalent",
          }[reason]
        }).`,
  "form-name-conflict": ({ name }) => `Two different elements would both be named ${name} in the form data.`,
  "form-data-invalid": ({ element, label, rule, limit }) => `${label} (${element}): ${formRuleEn(rule, limit)}`,
  "invalid-base64": ({ reason }) => `The content is not valid base64 (${reason}).`,
  "archive-rejected": ({ reason }) => `The embedded archive is not read: ${reason}.`,
  "rule-not-machine-readable": ({ rule, reason }) => `The rule ${rule} is not machine-readable: ${reason}`,
  "rule-partly-read": ({ rule, missing }) => `The rule ${rule} was read only in part; not read: ${missing}`,
  "rule-target-unknown": ({ rule, id }) => `The rule ${rule} names ${id}, which is not in the schema.`,
  "rule-element-unreachable": ({ rule, element, owner }) =>
    `The rule ${rule} names ${element}, which is in the schema but not inside ${owner}, the element owning the rule.`,
  "rule-structure-unknown": ({ rule, part, element }) =>
    `The rule ${rule} names the element ${element} in ${part}, which is not in the schema.`,
  "rule-effect-outside-ziel": ({ rule, id }) =>
    `An effect read from the text of the rule ${rule} targets ${id}, which its ziel does not list.`,
  "rule-ziel-untargeted": ({ rule, id }) => `The rule ${rule} lists ${id} in its ziel, but no effect read from its text targets it.`,
  "rule-id-unused": ({ rule, id }) => `The rule ${rule} names ${id}, but no effect or condition read from it uses it.`,
  "rule-not-applied": ({ rule, reason }) => `The rule ${rule} was not applied: ${reason}`,
  "rule-validation-failed": ({ rule, elements, check }) => `The rule ${rule} does not hold for ${elements}: ${check}`,
  "submission-metadata-invalid": ({ pointer, issue }) => `The FIT-Connect metadata is invalid at ${pointer}: ${issue}.`,
  "submission-metadata-version-unsupported": ({ version }) =>
    `The metadata names the schema ${version}, which is not a metadata version this library knows (known: 1.0.0).`,
  "submission-hash-mismatch": ({ part, expected, actual }) =>
    `${part} has been changed: its SHA-512 is ${actual.slice(0, 16)}…, the metadata lists ${expected.slice(0, 16)}….`,
  "submission-attachment-swapped": ({ part, other }) =>
    `${part} holds the content the metadata lists for ${other}: the attachments have been swapped.`,
  "submission-part-missing": ({ part }) => `${part} is listed but missing.`,
  "submission-part-unlisted": ({ part }) => `${part} is not listed in the metadata.`,
  "submission-decryption-failed": ({ part, reason }) => `${part} cannot be decrypted: ${reason}.`,
  "submission-key-mismatch": ({ part, expected, actual }) =>
    `${part} was encrypted for the key ${expected}, not for the given key ${actual}: a wrong private key (or a changed header).`,
  "submission-schema-unresolved": ({ schemaUri }) =>
    `No Stammdatenschema is known for the submission schema ${schemaUri}; the Fachdaten cannot be validated.`,
  "submission-schema-uri-unknown": ({ schema, reason }) =>
    `No submission schema URI can be derived for ${schema} (${reason}); give the schema URI explicitly.`,
  "submission-mime-mismatch": ({ part, declared, actual }) => `${part} is ${actual}, but the metadata declares ${declared}.`,
  "submission-check-skipped": ({ check, reason }) => `The check "${check}" did not run: ${reason}.`,
  "submission-checksum-mismatch": ({ part }) =>
    `${part} does not match its SHA-512 in SHA512SUMS: the file (or the list) has been changed.`,
};

function formRuleEn(rule: string, limit: string): string {
  switch (rule) {
    case "required":
      return "a value is required.";
    case "type":
      return `expected ${limit}.`;
    case "min-items":
      return `at least ${limit} entries are required.`;
    case "max-items":
      return `at most ${limit} entries are allowed.`;
    case "min-length":
      return `at least ${limit} characters are required.`;
    case "max-length":
      return `at most ${limit} characters are allowed.`;
    case "pattern":
      return `the value does not match the pattern ${limit}.`;
    case "minimum":
      return `the value must be at least ${limit}.`;
    case "maximum":
      return `the value must be at most ${limit}.`;
    case "code":
      return `the value is not one of the codes ${limit}.`;
    case "unknown-property":
      return `${limit} is not part of this schema.`;
    default:
      return `exactly one of ${limit} must be given.`;
  }
}
