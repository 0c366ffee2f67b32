import type { CoreDiagnosticCode, Messages } from "../diagnostic.ts";

/** Deutsche Meldungstexte der Codes des Kerns (jedes Modul registriert seine eigenen, siehe `defineMessages`). */
export const de: Messages<CoreDiagnosticCode> = {
  "not-well-formed": ({ reason }) => `Das Dokument ist kein wohlgeformtes XML: ${reason}`,
  "doctype-not-allowed": () => "DOCTYPE-Deklarationen (und damit DTDs und Entity-Deklarationen) sind nicht erlaubt.",
  "depth-limit-exceeded": ({ limit }) => `Die Elemente sind tiefer geschachtelt als die Grenze von ${limit}.`,
  "text-limit-exceeded": ({ limit }) => `Ein Text- oder Attributwert ist länger als die Grenze von ${limit} Zeichen.`,
  "input-limit-exceeded": ({ limit }) => `Das Dokument ist größer als die Grenze von ${limit} Zeichen.`,
  "invalid-byte-sequence": ({ encoding, offset, bytes, source }) =>
    `Die Bytes ${bytes} an Byte-Position ${offset} sind kein gültiges ${encoding}. ` +
    (source === "xml"
      ? `Ist die Datei anders kodiert, deklarieren Sie die Kodierung in der XML-Deklaration (z. B. <?xml version="1.0" encoding="ISO-8859-1"?>) oder wandeln Sie die Datei nach UTF-8 um.`
      : "Ist die Datei anders kodiert, lesen Sie sie mit dieser Kodierung (z. B. --encoding iso-8859-1) oder wandeln Sie die Datei nach UTF-8 um."),
  "unsupported-encoding": ({ encoding }) =>
    `Die Zeichenkodierung „${encoding}“ wird nicht unterstützt (unterstützt: UTF-8, UTF-16, ISO-8859-1, ISO-8859-15, windows-1252, US-ASCII). Wandeln Sie die Datei nach UTF-8 um und deklarieren Sie encoding="UTF-8".`,
  "encoding-mismatch": ({ declared, detected }) =>
    `Die XML-Deklaration nennt die Kodierung ${declared}, die Bytes sind aber ${detected}. Korrigieren Sie die Deklaration oder wandeln Sie die Datei in die deklarierte Kodierung um.`,
  "attribute-limit-exceeded": ({ limit }) =>
    `Ein Element hat mehr als ${limit} Attribute (Lesegrenze maxAttributes; in den Lese-/Parse-Optionen erhöhbar).`,
  "name-limit-exceeded": ({ limit }) =>
    `Ein Name ist länger als ${limit} Zeichen (Lesegrenze maxNameLength; in den Lese-/Parse-Optionen erhöhbar).`,
  "namespace-limit-exceeded": ({ limit }) =>
    `Ein Element deklariert mehr als ${limit} Namensräume (Lesegrenze maxNamespaceDeclarations; in den Lese-/Parse-Optionen erhöhbar).`,
  "diagnostics-truncated": ({ count, limit }) =>
    `${count} weitere Befunde nach den ersten ${limit} ausgelassen (Grenze maxDiagnostics; in den Optionen erhöhbar, um sie zu sehen).`,
  "unknown-namespace": ({ namespace, element }) =>
    `Das Wurzelelement <${element}> liegt in einem nicht unterstützten Namensraum: ${namespace === "" ? "(keiner)" : namespace}`,
  "unknown-root-element": ({ element }) => `<${element}> ist keine Nachricht dieses Standards.`,
  "xsd-invalid": ({ message }) => `XSD: ${message}`,
  "xsd-skipped": ({ reason }) => `XSD-Prüfung übersprungen: ${reason}`,
  "schema-load-failed": ({ reason }) => `Der Schemasatz konnte nicht geladen werden: ${reason}`,
  "schema-source-unreadable": ({ source, reason }) => `Die Schemaquelle ${source} kann nicht gelesen werden: ${reason}`,
  "schema-file-unknown": ({ file, sha256 }) =>
    `${file} (SHA-256 ${sha256}) gehört zu keinem Release im Schemakatalog; sie wird nur mit --trust übernommen.`,
  "schema-cache-changed": ({ set, file, expected, actual }) =>
    actual === "missing"
      ? `${set}: die Datei ${file} fehlt im Schema-Cache.`
      : `${set}: die Datei ${file} im Schema-Cache wurde verändert (SHA-256 ${actual}, erwartet ${expected}).`,
  "schema-checksum-mismatch": ({ file, expected, actual }) =>
    `Die Schemadatei ${file} weicht vom Katalog ab (SHA-256 ${actual}, erwartet ${expected}); sie wird trotzdem verwendet.`,
  "missing-element": ({ element }) => `Pflichtelement <${element}> fehlt.`,
  "unexpected-element": ({ element }) => `Element <${element}> ist an dieser Stelle nicht erlaubt.`,
  "element-out-of-order": ({ element }) => `Element <${element}> steht nicht in der vom Schema vorgegebenen Reihenfolge.`,
  "missing-attribute": ({ attribute }) => `Pflichtattribut ${attribute} fehlt.`,
  "unexpected-attribute": ({ attribute }) => `Attribut ${attribute} ist an dieser Stelle nicht erlaubt.`,
  "unexpected-text": ({ text }) => `Text ist an dieser Stelle nicht erlaubt: „${text}“`,
  "invalid-value": ({ value, expected, element, facet }) =>
    element === undefined
      ? `„${value}“ ist kein gültiger Wert: erwartet ${expected}.`
      : `${element}: „${value}“ ist kein gültiger Wert (XSD-Facette ${facet ?? "lexical"}): erwartet ${expected}.`,
  "unknown-code": ({ value, codeList }) => `Code „${value}“ ist in der Codeliste ${codeList} nicht enthalten.`,
  "invalid-xml-character": ({ codePoint, context }) => `Zeichen ${codePoint} ist in XML 1.0 nicht erlaubt (in ${context}).`,
  "invalid-input": ({ issue }) => `Ungültige Eingabe: ${issue}`,
  "missing-field": ({ field }) => `Pflichtfeld ${field} ist leer oder fehlt.`,
  "legacy-format": ({ format }) => `Das Dokument hat das ältere Format ${format} und wird tolerant gelesen.`,
  "rule-violation": ({ title }) => title,
  "genericode-qualified": ({ element }) =>
    `Die Kindelemente von ${element} sind im genericode-Namensraum qualifiziert (FIM-Variante); das OASIS-XSD erwartet sie unqualifiziert.`,
  "not-representable": ({ element, value, target }) => `${element} („${value}“) lässt sich in ${target} nicht darstellen.`,
  "conversion-default": ({ element, value, reason }) => `${element} wurde bei der Konvertierung auf „${value}“ gesetzt: ${reason}`,
  "io-error": ({ reason }) => `Die Datei konnte nicht gelesen werden: ${reason}`,
  "code-list-unavailable": ({ uri, version, reason }) => `Die Codeliste ${uri} (Version ${version}) ist nicht verfügbar: ${reason}`,
  "quality-check": ({ de }) => de,
  "invalid-base64": ({ reason }) => `Der Inhalt ist kein gültiges base64 (${reason}).`,
  "archive-rejected": ({ reason }) => `Das eingebettete Archiv wird nicht gelesen: ${reason}.`,
};
