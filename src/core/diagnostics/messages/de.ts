import type { MessageCatalog } from "../diagnostic.ts";

/** Deutsche Meldungstexte. */
export const de: MessageCatalog = {
  "not-well-formed": ({ reason }) => `Das Dokument ist kein wohlgeformtes XML: ${reason}`,
  "doctype-not-allowed": () => "DOCTYPE-Deklarationen (und damit DTDs und Entity-Deklarationen) sind nicht erlaubt.",
  "depth-limit-exceeded": ({ limit }) => `Die Elemente sind tiefer geschachtelt als die Grenze von ${limit}.`,
  "text-limit-exceeded": ({ limit }) => `Ein Text- oder Attributwert ist länger als die Grenze von ${limit} Zeichen.`,
  "input-limit-exceeded": ({ limit }) => `Das Dokument ist größer als die Grenze von ${limit} Zeichen.`,
  "unknown-namespace": ({ namespace, element }) =>
    `Das Wurzelelement <${element}> liegt in einem nicht unterstützten Namensraum: ${namespace === "" ? "(keiner)" : namespace}`,
  "unknown-root-element": ({ element }) => `<${element}> ist keine Nachricht dieses Standards.`,
  "xsd-invalid": ({ message }) => `XSD: ${message}`,
  "xsd-skipped": ({ reason }) => `XSD-Prüfung übersprungen: ${reason}`,
  "schema-load-failed": ({ reason }) => `Der Schemasatz konnte nicht geladen werden: ${reason}`,
  "schema-checksum-mismatch": ({ file, expected, actual }) =>
    `Die Schemadatei ${file} weicht vom Katalog ab (SHA-256 ${actual}, erwartet ${expected}); sie wird trotzdem verwendet.`,
  "missing-element": ({ element }) => `Pflichtelement <${element}> fehlt.`,
  "unexpected-element": ({ element }) => `Element <${element}> ist an dieser Stelle nicht erlaubt.`,
  "element-out-of-order": ({ element }) => `Element <${element}> steht nicht in der vom Schema vorgegebenen Reihenfolge.`,
  "missing-attribute": ({ attribute }) => `Pflichtattribut ${attribute} fehlt.`,
  "unexpected-attribute": ({ attribute }) => `Attribut ${attribute} ist an dieser Stelle nicht erlaubt.`,
  "unexpected-text": ({ text }) => `Text ist an dieser Stelle nicht erlaubt: „${text}“`,
  "invalid-value": ({ value, expected }) => `„${value}“ ist kein gültiger Wert: erwartet ${expected}.`,
  "unknown-code": ({ value, codeList }) => `Code „${value}“ ist in der Codeliste ${codeList} nicht enthalten.`,
  "duplicate-relations": ({ count, distinct }) =>
    `${count} relation-Elemente wiederholen eine identische Relation desselben Elements (${distinct} verschiedene Relationen in der bereinigten Sicht).`,
  "invalid-xml-character": ({ codePoint, context }) => `Zeichen ${codePoint} ist in XML 1.0 nicht erlaubt (in ${context}).`,
  "invalid-input": ({ issue }) => `Ungültige Eingabe: ${issue}`,
  "malformed-record": ({ reason }) => `Der Datensatz ist fehlerhaft aufgebaut: ${reason}`,
  "field-count-mismatch": ({ expected, actual }) => `Der Datensatz hat ${actual} Felder, erwartet ${expected}.`,
  "missing-field": ({ field }) => `Pflichtfeld ${field} ist leer oder fehlt.`,
  "missing-column": ({ column }) => `Die Spalte ${column} fehlt.`,
  "unknown-column": ({ column }) => `Die Spalte ${column} ist unbekannt; ihre Werte werden unverändert übernommen.`,
  "invalid-encoding": ({ encoding }) => `Die Daten sind kein gültiges ${encoding}; ungültige Bytes wurden durch U+FFFD ersetzt.`,
  "duplicate-key": ({ key, firstLine }) => `Der Schlüssel ${key} kommt bereits in Zeile ${firstLine} vor.`,
  "legacy-format": ({ format }) => `Das Dokument hat das ältere Format ${format} und wird tolerant gelesen.`,
  "rule-violation": ({ title }) => title,
  "invalid-praezisierung": ({ text, reason }) =>
    `Die Präzisierung „${text}“ ist kein gültiges JSON-Objekt (${reason}); der Text bleibt unverändert erhalten.`,
  "genericode-qualified": ({ element }) =>
    `Die Kindelemente von ${element} sind im genericode-Namensraum qualifiziert (FIM-Variante); das OASIS-XSD erwartet sie unqualifiziert.`,
  "not-representable": ({ element, value, target }) => `${element} („${value}“) lässt sich in ${target} nicht darstellen.`,
  "conversion-default": ({ element, value, reason }) => `${element} wurde bei der Konvertierung auf „${value}“ gesetzt: ${reason}`,
  "io-error": ({ reason }) => `Die Datei konnte nicht gelesen werden: ${reason}`,
  "code-list-unavailable": ({ uri, version, reason }) => `Die Codeliste ${uri} (Version ${version}) ist nicht verfügbar: ${reason}`,
  "quality-check": ({ de }) => de,
  "rule-not-machine-readable": ({ rule, reason }) => `Die Regel ${rule} ist nicht maschinenlesbar: ${reason}`,
  "rule-partly-read": ({ rule, missing }) => `Die Regel ${rule} wurde nur teilweise gelesen; nicht gelesen: ${missing}`,
  "rule-target-unknown": ({ rule, id }) => `Die Regel ${rule} nennt ${id}, das im Schema nicht vorkommt.`,
  "rule-id-unused": ({ rule, id }) => `Die Regel ${rule} nennt ${id}, aber keine gelesene Wirkung oder Bedingung verwendet es.`,
  "rule-not-applied": ({ rule, reason }) => `Die Regel ${rule} wurde nicht angewendet: ${reason}`,
  "rule-validation-failed": ({ rule, elements, check }) => `Die Regel ${rule} ist für ${elements} nicht erfüllt: ${check}`,
};
