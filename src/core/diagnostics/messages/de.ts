import type { MessageCatalog } from "../diagnostic.ts";

/** Deutsche Meldungstexte. */
export const de: MessageCatalog = {
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
  "duplicate-relations": ({ count, distinct }) =>
    `${count} relation-Elemente wiederholen eine identische Relation desselben Elements (${distinct} verschiedene Relationen in der bereinigten Sicht).`,
  "invalid-xml-character": ({ codePoint, context }) => `Zeichen ${codePoint} ist in XML 1.0 nicht erlaubt (in ${context}).`,
  "invalid-input": ({ issue }) => `Ungültige Eingabe: ${issue}`,
  "malformed-record": ({ reason }) => `Der Datensatz ist fehlerhaft aufgebaut: ${reason}`,
  "field-count-mismatch": ({ expected, actual }) => `Der Datensatz hat ${actual} Felder, erwartet ${expected}.`,
  "missing-field": ({ field }) => `Pflichtfeld ${field} ist leer oder fehlt.`,
  "missing-column": ({ column }) => `Die Spalte ${column} fehlt.`,
  "missing-header": ({ keyColumn }) =>
    `Die erste Zeile enthält Daten, keine Spaltennamen${keyColumn > 0 ? ` (Spalte ${keyColumn} enthält einen Leistungsschlüssel)` : ""}, die Spalten sind so nicht zu unterscheiden: sie der Reihe nach mit --columns (Option \`columns\`) benennen, z. B. --columns Bezeichnung,Behoerde,Schluessel.`,
  "unknown-column": ({ column }) => `Die Spalte ${column} ist unbekannt; ihre Werte werden unverändert übernommen.`,
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
  "form-constraint": ({ element, constraint, value, reason }) =>
    reason === "anchors-removed"
      ? `${element}: Das Muster "${value}" beginnt mit ^ oder endet mit $; XSD kennt keine Anker, sie werden als Anker gelesen und entfernt.`
      : `${element}: ${constraint} "${value}" wird in den Formularschemata weggelassen (${
          {
            unparseable: "kein gültiger Wert",
            "not-applicable": "gilt nicht für diesen Datentyp",
            "not-expressible": "in JSON Schema, XSD und zod nicht gleich ausdrückbar",
            "unsupported-pattern": "Mustersyntax ohne genaue JavaScript-Entsprechung",
          }[reason]
        }).`,
  "form-name-conflict": ({ name }) => `Zwei verschiedene Elemente hätten in den Fachdaten beide den Namen ${name}.`,
  "form-data-invalid": ({ element, label, rule, limit }) => `${label} (${element}): ${formRuleDe(rule, limit)}`,
  "invalid-base64": ({ reason }) => `Der Inhalt ist kein gültiges base64 (${reason}).`,
  "archive-rejected": ({ reason }) => `Das eingebettete Archiv wird nicht gelesen: ${reason}.`,
  "rule-not-machine-readable": ({ rule, reason }) => `Die Regel ${rule} ist nicht maschinenlesbar: ${reason}`,
  "rule-partly-read": ({ rule, missing }) => `Die Regel ${rule} wurde nur teilweise gelesen; nicht gelesen: ${missing}`,
  "rule-target-unknown": ({ rule, id }) => `Die Regel ${rule} nennt ${id}, das im Schema nicht vorkommt.`,
  "rule-element-unreachable": ({ rule, element, owner }) =>
    `Die Regel ${rule} nennt ${element}, das es im Schema gibt, aber nicht innerhalb von ${owner}, dem Element der Regel.`,
  "rule-structure-unknown": ({ rule, part, element }) =>
    `Die Regel ${rule} nennt in ${part} das Element ${element}, das im Schema nicht vorkommt.`,
  "rule-effect-outside-ziel": ({ rule, id }) =>
    `Eine aus dem Text der Regel ${rule} gelesene Wirkung betrifft ${id}, das nicht unter ihren Zielen (ziel) steht.`,
  "rule-ziel-untargeted": ({ rule, id }) =>
    `Die Regel ${rule} nennt ${id} als Ziel (ziel), aber keine aus ihrem Text gelesene Wirkung betrifft es.`,
  "rule-id-unused": ({ rule, id }) => `Die Regel ${rule} nennt ${id}, aber keine gelesene Wirkung oder Bedingung verwendet es.`,
  "rule-not-applied": ({ rule, reason }) => `Die Regel ${rule} wurde nicht angewendet: ${reason}`,
  "rule-validation-failed": ({ rule, elements, check }) => `Die Regel ${rule} ist für ${elements} nicht erfüllt: ${check}`,
  "submission-metadata-invalid": ({ pointer, issue }) => `Die FIT-Connect-Metadaten sind bei ${pointer} ungültig: ${issue}.`,
  "submission-metadata-version-unsupported": ({ version }) =>
    `Die Metadaten nennen das Schema ${version}, keine dieser Bibliothek bekannte Metadaten-Version (bekannt: 1.0.0).`,
  "submission-hash-mismatch": ({ part, expected, actual }) =>
    `${part} wurde verändert: sein SHA-512 ist ${actual.slice(0, 16)}…, die Metadaten nennen ${expected.slice(0, 16)}….`,
  "submission-attachment-swapped": ({ part, other }) =>
    `${part} enthält den Inhalt, den die Metadaten für ${other} nennen: die Anlagen wurden vertauscht.`,
  "submission-part-missing": ({ part }) => `${part} ist aufgeführt, fehlt aber.`,
  "submission-part-unlisted": ({ part }) => `${part} ist in den Metadaten nicht aufgeführt.`,
  "submission-decryption-failed": ({ part, reason }) => `${part} lässt sich nicht entschlüsseln: ${reason}.`,
  "submission-key-mismatch": ({ part, expected, actual }) =>
    `${part} wurde für den Schlüssel ${expected} verschlüsselt, nicht für den angegebenen Schlüssel ${actual}: falscher privater Schlüssel (oder ein veränderter Header).`,
  "submission-schema-unresolved": ({ schemaUri }) =>
    `Zum Fachdatenschema ${schemaUri} ist kein Stammdatenschema bekannt; die Fachdaten lassen sich nicht prüfen.`,
  "submission-schema-uri-unknown": ({ schema, reason }) =>
    `Für ${schema} lässt sich keine Fachdatenschema-URI ableiten (${reason}); bitte die Schema-URI ausdrücklich angeben.`,
  "submission-mime-mismatch": ({ part, declared, actual }) => `${part} ist ${actual}, die Metadaten geben aber ${declared} an.`,
  "submission-check-skipped": ({ check, reason }) => `Die Prüfung „${check}“ lief nicht: ${reason}.`,
  "submission-checksum-mismatch": ({ part }) =>
    `${part} passt nicht zu seinem SHA-512 in SHA512SUMS: die Datei (oder die Liste) wurde verändert.`,
};

function formRuleDe(rule: string, limit: string): string {
  switch (rule) {
    case "required":
      return "Angabe erforderlich.";
    case "type":
      return `erwartet: ${limit}.`;
    case "min-items":
      return `mindestens ${limit} Einträge erforderlich.`;
    case "max-items":
      return `höchstens ${limit} Einträge erlaubt.`;
    case "min-length":
      return `mindestens ${limit} Zeichen erforderlich.`;
    case "max-length":
      return `höchstens ${limit} Zeichen erlaubt.`;
    case "pattern":
      return `der Wert entspricht nicht dem Muster ${limit}.`;
    case "minimum":
      return `der Wert muss mindestens ${limit} sein.`;
    case "maximum":
      return `der Wert darf höchstens ${limit} sein.`;
    case "code":
      return `der Wert ist keiner der Codes ${limit}.`;
    case "unknown-property":
      return `${limit} gehört nicht zu diesem Schema.`;
    default:
      return `genau eine Angabe aus ${limit} ist erforderlich.`;
  }
}
