import type { CoreDiagnosticCode, Messages } from "../diagnostic.ts";

/** English messages of core's codes (each module registers its own, see `defineMessages`). */
export const en: Messages<CoreDiagnosticCode> = {
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
  "invalid-xml-character": ({ codePoint, context }) => `Character ${codePoint} is not allowed in XML 1.0 (in ${context}).`,
  "invalid-input": ({ issue }) => `Invalid input: ${issue}`,
  "missing-field": ({ field }) => `Required field ${field} is empty or missing.`,
  "legacy-format": ({ format }) => `The document is in the older format ${format} and is read tolerantly.`,
  "rule-violation": ({ title }) => title,
  "genericode-qualified": ({ element }) =>
    `The children of ${element} are qualified with the genericode namespace (FIM variant); the OASIS XSD expects them unqualified.`,
  "not-representable": ({ element, value, target }) => `${element} ("${value}") cannot be represented in ${target}.`,
  "conversion-default": ({ element, value, reason }) => `${element} was set to "${value}" by the conversion: ${reason}`,
  "io-error": ({ reason }) => `The file could not be read: ${reason}`,
  "code-list-unavailable": ({ uri, version, reason }) => `The code list ${uri} (version ${version}) is not available: ${reason}`,
  "quality-check": ({ en }) => en,
  "invalid-base64": ({ reason }) => `The content is not valid base64 (${reason}).`,
  "archive-rejected": ({ reason }) => `The embedded archive is not read: ${reason}.`,
};
