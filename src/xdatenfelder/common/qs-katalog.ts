/**
 * The FIM-QS catalogue (`urn:xoev-de:fim-datenfelder:codeliste:xdfm`, version 1.8, "Meldungen zur
 * Qualitätsanalyse von FIM XDF3-Datenschemata"): code, class, the objects a check applies to, the German
 * message verbatim (typos included, as the FIM Portal returns them) and an English rendering.
 *
 * Version-independent: the FIM editors publish one catalogue for the checks of XDatenfelder 2.0 and 3.0.0,
 * so both versions' rule sets (`v2/rules`, `v3/rules`) read it from here. It imports only `core/`.
 */
import type { Severity } from "../../core/diagnostics/diagnostic.ts";

/**
 * The class a FIM-QS catalogue entry carries (`Typ` in the catalogue). `Deaktiviert` rules are registered
 * but off unless a policy switches them on. Kept on every rule as its `category`.
 */
export type QsTyp = "FehlerKritisch" | "FehlerMethodisch" | "Warnung" | "Hinweis" | "Deaktiviert";

/** How a catalogue class maps onto the library's severity scale. */
export const QS_TYP_SEVERITY: Readonly<Record<QsTyp, Severity>> = {
  FehlerKritisch: "error",
  FehlerMethodisch: "error",
  Warnung: "warning",
  Hinweis: "info",
  Deaktiviert: "info",
};

/** The object kinds a catalogue entry applies to. */
export type QsObjekt = "schema" | "group" | "field" | "rule" | "document" | "codelist";

/** One catalogue entry. */
export interface QsEintrag {
  readonly typ: QsTyp;
  readonly objekte: readonly QsObjekt[];
  readonly de: string;
  readonly en: string;
}

/**
 * Every catalogue entry by code (1001–1144; 1020 and 1086 are unused): class, objects, German text verbatim,
 * English rendering. Both versions' rule sets take id, severity and messages from here.
 *
 * @example
 * ```ts
 * import { QS_KATALOG } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * const eintrag = QS_KATALOG["1009"];
 * console.log(`${eintrag?.typ}: ${eintrag?.de}`);
 * ```
 */
export const QS_KATALOG: Readonly<Record<string, QsEintrag>> = {
  "1001": {
    typ: "FehlerMethodisch",
    objekte: ["rule"],
    de: "Eine Regel kann nicht auf ein referenziertes Baukastenelement zugreifen.",
    en: "Rule cannot reach a referenced Baukasten element.",
  },
  "1002": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Der Name eines Elements ist nicht gesetzt.",
    en: "name is empty.",
  },
  "1003": {
    typ: "Warnung",
    objekte: ["schema"],
    de: "In einem Datenschema sollte ein Baukastenelement i. d. R. nicht mehrfach in unterschiedlichen Versionen enthalten sein.",
    en: "Same Baukasten element used in several versions within one schema.",
  },
  "1004": {
    typ: "Warnung",
    objekte: ["group"],
    de: "In einer Datenfeldgruppe darf ein Baukastenelement nicht mehrfach in derselben Version enthalten sein.",
    en: "Same element (same version) appears twice in one group.",
  },
  "1005": {
    typ: "FehlerKritisch",
    objekte: ["codelist"],
    de: "Die Kennung einer Codeliste ist nicht als URN formuliert, z. B. urn:de:fim:codeliste:dokumenttyp.",
    en: "Code list identifier is not a URN.",
  },
  "1006": {
    typ: "FehlerKritisch",
    objekte: ["group", "field"],
    de: "Der Bezug zur Handlungsgrundlage darf bei Elementen mit der Strukturelementart 'rechtsnormgebunden' nicht leer sein.",
    en: "bezug (legal basis) required for RNG (rechtsnormgebunden) elements.",
  },
  "1007": {
    typ: "FehlerKritisch",
    objekte: ["schema"],
    de: "Es ist kein Dokumentsteckbrief zugeordnet.",
    en: "No Dokumentsteckbrief assigned.",
  },
  "1008": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Der Bezug zur Handlungsgrundlage darf bei Dokumentsteckbriefen nicht leer sein.",
    en: "bezug (legal basis) of a Dokumentsteckbrief is empty.",
  },
  "1009": {
    typ: "FehlerKritisch",
    objekte: ["group", "field"],
    de: "Die 'Bezeichnung Eingabe' muss befüllt werden.",
    en: "bezeichnungEingabe must be filled.",
  },
  "1010": {
    typ: "FehlerKritisch",
    objekte: ["group", "field"],
    de: "Die 'Bezeichnung Ausgabe' muss befüllt werden.",
    en: "bezeichnungAusgabe must be filled.",
  },
  "1011": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Bei Datenfeldern mit der Feldart 'Auswahl' muss der Datentyp 'Text' sein.",
    en: "feldart select requires datentyp text.",
  },
  "1012": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Bei Datenfeldern mit der Feldart 'Auswahlfeld' oder 'Statisches, read-only Feld' dürfen weder die minimale noch die maximale Feldlänge angegeben werden.",
    en: "No min/max length for select or label fields.",
  },
  "1013": {
    typ: "FehlerMethodisch",
    objekte: ["schema", "group"],
    de: "Innerhalb von Datenschemata und Datenfeldgruppen dürfen nur Elemente mit der Strukturelementart 'harmonisiert' oder 'rechtsnormgebunden' verwendet werden.",
    en: "Only HAR or RNG elements may be used inside schemas and groups.",
  },
  "1014": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Datenfelder dürfen nicht die Strukturelementart 'abstrakt' haben.",
    en: "Datenfelder must not be ABS (abstrakt).",
  },
  "1015": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Eine Feldlänge darf nur bei einem Datenfeld mit dem Datentyp 'Text' oder 'String.Latin+' angegeben werden.",
    en: "Length constraints only for datentyp text / text_latin.",
  },
  "1016": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Ein Wertebereich darf nur bei einem Datenfeld mit einem nummerischen Datentyp (Nummer, Ganzzahl, Geldbetrag) oder einem Zeitdatentyp (Uhrzeit, Datum, Zeitpunkt) angegeben werden.",
    en: "Value range only for numeric (num, num_int, num_currency) or time types (date, time, datetime).",
  },
  "1017": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Ist eine Code- oder Werteliste zugeordnet, muss die Feldart 'Auswahl' sein.",
    en: "Code list or value list assigned => feldart must be select.",
  },
  "1018": {
    typ: "Warnung",
    objekte: ["field"],
    de: "Wenn ein Datenfeld die Feldart 'Auswahl' hat, muss entweder eine Code- oder eine Werteliste zugeordnet sein.",
    en: "feldart select needs a code list or value list.",
  },
  "1019": {
    typ: "FehlerMethodisch",
    objekte: ["rule"],
    de: "Baukastenelemente, die in Regeln referenziert werden, dürfen keine Versionsangaben beinhalten.",
    en: "Element IDs referenced in rules must not carry versions.",
  },
  "1021": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group"],
    de: "Es ist keine Multiplizität angegeben.",
    en: "Multiplicity (anzahl) missing.",
  },
  "1022": {
    typ: "FehlerMethodisch",
    objekte: ["group"],
    de: "Bei Verwendung von Elementen mit der Strukturelementart 'abstrakt' oder 'harmonisiert' innerhalb von Datenfeldgruppen mit der Strukturelementart 'rechtsnormgebunden' muss zur Multiplizität ein Bezug zu einer Handlungsgrundlage angegeben werden.",
    en: "ABS/HAR child inside an RNG group needs a bezug on its multiplicity.",
  },
  "1023": {
    typ: "FehlerKritisch",
    objekte: ["group"],
    de: "Eine Datenfeldgruppe muss mindestens ein Unterelement enthalten.",
    en: "Group must have at least one child.",
  },
  "1024": { typ: "FehlerMethodisch", objekte: ["rule"], de: "Die Freitextregel muss befüllt sein.", en: "freitextRegel must be filled." },
  "1025": {
    typ: "FehlerMethodisch",
    objekte: ["schema"],
    de: "In einem Datenschema dürfen Baukastenelement auf oberster Ebene nicht mehrfach in derselben Version enthalten sein.",
    en: "Top-level element used twice in the same version.",
  },
  "1026": { typ: "FehlerKritisch", objekte: ["schema", "group"], de: "Zirkelbezug", en: "Circular reference." },
  "1027": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Es ist keine oder eine unbekannte Feldart angegeben.",
    en: "feldart missing or unknown.",
  },
  "1028": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Es ist kein oder ein unbekannter Datentyp angegeben.",
    en: "datentyp missing or unknown.",
  },
  "1029": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "document"],
    de: "Es ist keine oder eine unbekannte Relationsart angegeben.",
    en: "Relation type (praedikat) missing or unknown.",
  },
  "1030": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Es ist keine oder eine unbekannte Vorbefüllungsart angegeben.",
    en: "vorbefuellung missing or unknown.",
  },
  "1031": {
    typ: "FehlerKritisch",
    objekte: ["group", "field"],
    de: "Es ist keine oder eine unbekannte Strukturelementart angegeben.",
    en: "schemaelementart missing or unknown.",
  },
  "1032": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "document"],
    de: "Es ist kein oder ein unbekannter Status angegeben.",
    en: "Status (freigabestatus) missing or unknown.",
  },
  "1033": {
    typ: "FehlerKritisch",
    objekte: ["schema"],
    de: "Es ist keine oder eine unbekannte Änderbarkeit der Struktur angegeben.",
    en: "ableitungsmodifikationenStruktur missing or unknown.",
  },
  "1034": {
    typ: "FehlerKritisch",
    objekte: ["schema"],
    de: "Es ist keine oder eine unbekannte Änderbarkeit der Repräsentation angegeben.",
    en: "ableitungsmodifikationenRepraesentation missing or unknown.",
  },
  "1035": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Hinweis noch im alten Format.",
    en: "Hint (v2 Präzisierung) still in the old non-JSON format.",
  },
  "1036": {
    typ: "FehlerMethodisch",
    objekte: ["codelist"],
    de: "In einer Codeliste muss die Kombination aus Kennung und Version immer eindeutig sein.",
    en: "Code list identifier + version must be unique.",
  },
  "1037": {
    typ: "Warnung",
    objekte: ["codelist"],
    de: "In einem Datenschema sollte eine Codeliste i. d. R. nicht in mehreren Versionen verwendet werden.",
    en: "Schema uses one code list in several versions.",
  },
  "1038": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Die ID eines Objektes ist nicht gesetzt.",
    en: "Object ID missing.",
  },
  "1039": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Das Format der ID entspricht nicht den Vorgaben.",
    en: "Object ID has wrong format.",
  },
  "1040": {
    typ: "FehlerKritisch",
    objekte: ["codelist"],
    de: "Die Kennung einer Codeliste ist leer.",
    en: "Code list identifier is empty.",
  },
  "1041": {
    typ: "FehlerMethodisch",
    objekte: ["rule"],
    de: "Baukastenelemente, die in Regeln referenziert werden, verwenden noch die alte, verkürzte Element-ID.",
    en: "Rule references elements by the old short (v2) ID.",
  },
  "1042": {
    typ: "FehlerKritisch",
    objekte: ["group"],
    de: "Es ist keine oder eine unbekannte Gruppenart angegeben.",
    en: "Gruppenart (art) missing or unknown.",
  },
  "1043": {
    typ: "FehlerMethodisch",
    objekte: ["group"],
    de: "Eine Auswahlgruppe muss mindestens zwei Unterelemente haben.",
    en: "Auswahlgruppe needs at least two children.",
  },
  "1044": {
    typ: "FehlerMethodisch",
    objekte: ["field", "codelist"],
    de: "Eine Code- oder Werteliste muss mindestens zwei Einträge haben.",
    en: "Code/value list needs at least two entries.",
  },
  "1045": {
    typ: "FehlerKritisch",
    objekte: ["field", "codelist"],
    de: "Innerhalb einer Code- oder Werteliste dürfen Codes (Schlüssel) nicht doppelt verwendet werden.",
    en: "Duplicate codes in a code/value list.",
  },
  "1046": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group"],
    de: "Die Multiplizität entspricht nicht den Formatvorgaben.",
    en: "Multiplicity has wrong format.",
  },
  "1047": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group"],
    de: "In der Multiplizität muss die minimale Anzahl kleiner oder gleich der maximalen Anzahl sein.",
    en: "Multiplicity min greater than max.",
  },
  "1048": {
    typ: "FehlerMethodisch",
    objekte: ["codelist"],
    de: "Die URN-Kennung einer Codeliste entspricht nicht den Formatvorgaben, z. B. urn:xoev-de:fim-datenfelder:codeliste:dokumentart (Umlaute sind nicht erlaubt!).",
    en: "Code list URN malformed (e.g. umlauts).",
  },
  "1049": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Die Definition eines Dokumentsteckbriefs muss befüllt sein.",
    en: "Dokumentsteckbrief definition must be filled.",
  },
  "1050": {
    typ: "FehlerKritisch",
    objekte: ["schema", "document"],
    de: "Die Bezeichnung muss befüllt sein.",
    en: "bezeichnung must be filled.",
  },
  "1051": {
    typ: "FehlerKritisch",
    objekte: ["schema"],
    de: "Der Bezug zur Handlungsgrundlage darf nicht leer sein.",
    en: "bezug (legal basis) must not be empty.",
  },
  "1052": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Der Bezug zur Handlungsgrundlage darf nur bei abstrakten Dokumentsteckbriefen leer sein.",
    en: "bezug may be empty only for abstract Dokumentsteckbriefe.",
  },
  "1053": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Zu einem konkreten Dokumentsteckbrief dürfen keine Dokumentsteckbriefe zugeordnet werden.",
    en: "Concrete Dokumentsteckbrief must not have Dokumentsteckbriefe assigned.",
  },
  "1054": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Zu einem abstrakten Dokumentsteckbrief müssen mindestens zwei Dokumentsteckbriefe zugeordnet werden.",
    en: "Abstract Dokumentsteckbrief needs at least two assigned Dokumentsteckbriefe.",
  },
  "1055": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Es ist keine oder eine unbekannte Dokumentart angegeben.",
    en: "dokumentart missing or unknown.",
  },
  "1056": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die Dateigröße darf nur befüllt sein, wenn der Datentyp des Feldes den Wert 'Anlage (Datei)' hat.",
    en: "maxSize only allowed for datentyp file.",
  },
  "1057": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Erlaubte Datentypen dürfen nur angegeben werden, wenn der Datentyp des Feldes den Wert 'Anlage (Datei)' hat.",
    en: "mediaType only allowed for datentyp file.",
  },
  "1058": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Spaltendefinitionen dürfen nur angegeben werden, wenn im Datenfeld eine referenzierte Codeliste enthalten ist.",
    en: "codeKey/nameKey/helpKey only allowed with a referenced code list.",
  },
  "1059": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die minimale Feldlänge muss eine ganze Zahl größer oder gleich Null sein.",
    en: "minLength must be an integer >= 0.",
  },
  "1060": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die maximale Feldlänge muss eine ganze Zahl größer Null sein.",
    en: "maxLength must be an integer > 0.",
  },
  "1061": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die minimale Feldlänge darf nicht größer sein als die maximale Feldlänge.",
    en: "minLength greater than maxLength.",
  },
  "1062": { typ: "FehlerKritisch", objekte: ["field"], de: "Die untere Wertgrenze muss eine Zahl sein.", en: "minValue must be a number." },
  "1063": { typ: "FehlerKritisch", objekte: ["field"], de: "Die obere Wertgrenze muss eine Zahl sein.", en: "maxValue must be a number." },
  "1064": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die untere Wertgrenze darf nicht größer sein als die obere Wertgrenze.",
    en: "minValue greater than maxValue.",
  },
  "1065": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die untere Wertgrenze muss eine ganze Zahl sein.",
    en: "minValue must be an integer.",
  },
  "1066": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die obere Wertgrenze muss eine ganze Zahl sein.",
    en: "maxValue must be an integer.",
  },
  "1067": { typ: "FehlerKritisch", objekte: ["field"], de: "Die untere Wertgrenze muss ein Datum sein.", en: "minValue must be a date." },
  "1068": { typ: "FehlerKritisch", objekte: ["field"], de: "Die obere Wertgrenze muss ein Datum sein.", en: "maxValue must be a date." },
  "1069": { typ: "FehlerKritisch", objekte: ["field"], de: "Der Inhalt muss eine Zahl sein.", en: "inhalt must be a number." },
  "1070": { typ: "FehlerKritisch", objekte: ["field"], de: "Der Inhalt muss eine ganze Zahl sein.", en: "inhalt must be an integer." },
  "1071": { typ: "FehlerKritisch", objekte: ["field"], de: "Der Inhalt muss ein Datum sein.", en: "inhalt must be a date." },
  "1072": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Der Inhalt unterschreitet die untere Wertgrenze.",
    en: "inhalt below minValue.",
  },
  "1073": { typ: "FehlerKritisch", objekte: ["field"], de: "Der Inhalt überschreitet die obere Wertgrenze.", en: "inhalt above maxValue." },
  "1074": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Der Inhalt unterschreitet die Minimallänge.",
    en: "inhalt shorter than minLength.",
  },
  "1075": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Der Inhalt überschreitet die Maximallänge.",
    en: "inhalt longer than maxLength.",
  },
  "1076": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Der angegbene Wert im Feld Inhalt entspricht keinem Wert der zugeordneten Codeliste.",
    en: "inhalt is not a code of the assigned code list.",
  },
  "1077": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Der Inhalt muss ein Wahrheitswert sein (true oder false).",
    en: "inhalt must be a boolean (true/false).",
  },
  "1078": {
    typ: "FehlerKritisch",
    objekte: ["schema"],
    de: "Ein Datenschema muss mindestens ein Unterelement enthalten.",
    en: "Schema must have at least one child.",
  },
  "1079": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die untere Wertgrenze muss ein Zeitpunkt (Datum und Uhrzeit) sein.",
    en: "minValue must be a date-time.",
  },
  "1080": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die obere Wertgrenze muss ein Zeitpunkt (Datum und Uhrzeit) sein.",
    en: "maxValue must be a date-time.",
  },
  "1081": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Die untere Wertgrenze muss eine Uhrzeit sein.",
    en: "minValue must be a time.",
  },
  "1082": { typ: "FehlerKritisch", objekte: ["field"], de: "Die obere Wertgrenze muss eine Uhrzeit sein.", en: "maxValue must be a time." },
  "1083": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Der Inhalt muss ein Zeitpunkt (Datum und Uhrzeit) sein.",
    en: "inhalt must be a date-time.",
  },
  "1084": { typ: "FehlerKritisch", objekte: ["field"], de: "Der Inhalt muss eine Uhrzeit sein.", en: "inhalt must be a time." },
  "1085": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Der Inhalt muss ein Code-Wert der Werteliste sein.",
    en: "inhalt must be a code of the value list (werte).",
  },
  "1087": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "document"],
    de: "Relation zu einem unzulässigen Objekt.",
    en: "Relation points to an inadmissible object.",
  },
  "1088": {
    typ: "FehlerMethodisch",
    objekte: ["schema", "group", "field"],
    de: "Diese Relation darf in diesem Objekt nicht verwendet werden.",
    en: "Relation type not allowed on this object.",
  },
  "1089": {
    typ: "Deaktiviert",
    objekte: ["field"],
    de: "Bei Datenfeldern mit der Feldart 'Eingabe' darf der Datentyp nicht 'Statisches Objekt' sein.",
    en: "input fields must not have datentyp obj (deactivated).",
  },
  "1090": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Bei Datenfeldern mit der Feldart 'Statisch' darf der Datentyp nur 'Statisches Objekt', 'Text' oder 'Text (String Latin)' sein.",
    en: "label fields only allow datentyp obj, text or text_latin.",
  },
  "1091": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "document"],
    de: "In der Relation ist kein Objekt angegeben.",
    en: "Relation without objekt.",
  },
  "1092": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Die Angabe zu IstAbstrakt ist falsch oder leer.",
    en: "istAbstrakt wrong or empty.",
  },
  "1093": {
    typ: "Warnung",
    objekte: ["field", "codelist"],
    de: "Innerhalb einer Code- oder Werteliste sollten Namen (Bezeichnungen) nicht doppelt verwendet werden.",
    en: "Duplicate names in a code/value list.",
  },
  "1094": {
    typ: "FehlerMethodisch",
    objekte: ["schema", "group"],
    de: "Datenschemata oder Datenfeldgruppen mit mindestens einem weiteren Unterelement dürfen das Element F60000000001 'Default-Datenfeld' nicht enthalten.",
    en: "F60000000001 'Default-Datenfeld' not allowed next to other children.",
  },
  "1095": {
    typ: "Warnung",
    objekte: ["schema", "group"],
    de: "Datenschemata oder Datenfeldgruppen sollten das Element F60000000001 'Default-Datenfeld' nur in Ausnahmefällen beinhalten.",
    en: "F60000000001 'Default-Datenfeld' only in exceptional cases.",
  },
  "1096": {
    typ: "Warnung",
    objekte: ["schema"],
    de: "Ein Datenschema sollte nur übergangsweise dem Dokumentsteckbrief D99000000001 'Default-Dokumentsteckbrief' zugeordnet werden.",
    en: "D99000000001 'Default-Dokumentsteckbrief' only as a temporary assignment.",
  },
  "1097": {
    typ: "FehlerMethodisch",
    objekte: ["schema"],
    de: "Ein methodisch oder fachlich freigegebenes Datenschema darf nicht dem Dokumentsteckbrief D99000000001 'Default-Dokumentsteckbrief' zugeordnet sein.",
    en: "Released schema must not use D99000000001 'Default-Dokumentsteckbrief'.",
  },
  "1098": {
    typ: "FehlerMethodisch",
    objekte: ["schema", "group", "field", "document"],
    de: "Bezeichnung und Hilfetext dürfen nicht gleich sein.",
    en: "bezeichnung equals hilfetext.",
  },
  "1099": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Name und Hilfetext dürfen nicht gleich sein.",
    en: "Value-list entry: name equals hilfe.",
  },
  "1100": {
    typ: "FehlerKritisch",
    objekte: ["field"],
    de: "Bei Datenfeldern mit den Datentypen 'Anlage (Datei)' oder 'Statisches Objekt' darf der Inhalt nicht gefüllt sein.",
    en: "No inhalt for datentyp file or obj.",
  },
  "1101": {
    typ: "Warnung",
    objekte: ["group", "field"],
    de: "Der Bezug zur Handlungsgrundlage sollte bei Elementen mit der Strukturelementart 'harmonisiert' möglichst nicht leer sein.",
    en: "HAR elements should have a bezug.",
  },
  "1102": {
    typ: "Warnung",
    objekte: ["field"],
    de: "Bei Eingabedatenfeldern mit dem Datentyp 'Text' oder 'String.Latin+' sollten, wenn möglich, die minimale und maximale Feldlänge angegeben werden.",
    en: "Text input fields should have min and max length.",
  },
  "1103": {
    typ: "Warnung",
    objekte: ["field"],
    de: "Bei Datenfeldern mit dem Datentyp 'Nummer', 'Ganzzahl', 'Geldbetrag' oder 'Datum' sollte, wenn möglich, ein Wertebereich angegeben werden.",
    en: "num/num_int/num_currency/date fields should have a value range.",
  },
  "1104": {
    typ: "Deaktiviert",
    objekte: ["rule"],
    de: "Zu einer Regel ist kein Script definiert.",
    en: "Rule has no script (deactivated).",
  },
  "1105": {
    typ: "Warnung",
    objekte: ["codelist"],
    de: "Die Version einer Codeliste sollte im Datumsformat in folgender Form angegeben werden, z. B. 2018-03-01.",
    en: "Code list version should be a date (YYYY-MM-DD).",
  },
  "1106": {
    typ: "Warnung",
    objekte: ["group"],
    de: "Eine Datenfeldgruppe sollte mehr als ein Unterelement haben.",
    en: "Group should have more than one child.",
  },
  "1107": {
    typ: "Warnung",
    objekte: ["document"],
    de: "Der Hilfetext eines Dokumentsteckbriefs sollte befüllt werden.",
    en: "Dokumentsteckbrief hilfetext should be filled.",
  },
  "1108": {
    typ: "Deaktiviert",
    objekte: ["field"],
    de: "Wenn ein Datenfeld die Feldart 'Auswahl' hat, sollte der Datentyp i. d. R. vom Typ 'Text' sein.",
    en: "select fields should normally be datentyp text (deactivated).",
  },
  "1109": {
    typ: "Warnung",
    objekte: ["field"],
    de: "Bei einem Feld mit nur lesendem Zugriff, der Feldart 'Statisch' wird i. d. R. der Inhalt mit einem Text befüllt.",
    en: "label fields normally carry text in inhalt.",
  },
  "1110": {
    typ: "Deaktiviert",
    objekte: ["codelist"],
    de: "In Codelisten sollte der Bezug zur Handlungsgrundlage nicht leer sein.",
    en: "Code lists should have a bezug (deactivated).",
  },
  "1111": { typ: "Deaktiviert", objekte: ["codelist"], de: "Codeliste wird nicht verwendet.", en: "Code list not used (deactivated)." },
  "1112": {
    typ: "Deaktiviert",
    objekte: ["group", "field"],
    de: "Versionierte Baukastenelemente, die nicht verwendet werden, sollten gelöscht werden.",
    en: "Unused versioned Baukasten elements should be deleted (deactivated).",
  },
  "1113": {
    typ: "Deaktiviert",
    objekte: ["group", "field"],
    de: "Eine Arbeitsversion, die nicht verwendet wird und keine Versionen hat, sollte gelöscht werden.",
    en: "Unused working copy without versions should be deleted (deactivated).",
  },
  "1114": { typ: "Deaktiviert", objekte: ["group", "field"], de: "Element wird nicht verwendet.", en: "Element not used (deactivated)." },
  "1115": {
    typ: "Warnung",
    objekte: ["field", "codelist"],
    de: "Auf die Codeliste kann nicht im XRepository zugegriffen werden. Dies könnte z. B. auf einen Fehler in der URN oder der Version der Codeliste zurückzuführen sein.",
    en: "Code list not reachable in XRepository (URN or version wrong?).",
  },
  "1116": {
    typ: "Warnung",
    objekte: ["group", "field"],
    de: "Baukastenelemente im Status 'inaktiv' sollten nur in Ausnahmefällen verwendet werden.",
    en: "Elements with status inaktiv should be used only exceptionally.",
  },
  "1117": {
    typ: "Hinweis",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Das Feld 'Fachlicher Ersteller' darf zur Versionierung oder Veröffentlichung nicht leer sein.",
    en: "fachlicher Ersteller must be set for versioning/publication.",
  },
  "1118": {
    typ: "FehlerKritisch",
    objekte: ["group"],
    de: "Ein Unterlement einer Auswahlgruppe muss immer die Multiplizität 0:1 haben.",
    en: "Children of an Auswahlgruppe must have multiplicity 0:1.",
  },
  "1119": {
    typ: "Deaktiviert",
    objekte: ["schema", "group", "field"],
    de: "Der Status muss zur Versionierung oder Veröffentlichung den Wert 'aktiv' haben.",
    en: "Status must be aktiv for versioning/publication (deactivated).",
  },
  "1120": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Bei Datenfeldern mit den Datentypen 'Anlage (Datei)' oder 'Statisches Objekt' darf kein Pattern angegeben werden.",
    en: "No pattern for datentyp file or obj.",
  },
  "1121": {
    typ: "Warnung",
    objekte: ["field"],
    de: "Der angegbene Wert im Feld Inhalt entspricht keinem Wert der zugeordneten Codeliste in der aktuellsten Version.",
    en: "inhalt not a code of the latest version of the code list.",
  },
  "1122": {
    typ: "FehlerMethodisch",
    objekte: ["field"],
    de: "Die referenzierte Spalte existiert nicht in der zugeordneten Codeliste.",
    en: "Referenced column does not exist in the code list.",
  },
  "1123": {
    typ: "Warnung",
    objekte: ["field"],
    de: "Die referenzierte Spalte existiert nicht in der aktuellsten Version der zugeordneten Codeliste.",
    en: "Referenced column does not exist in the latest code-list version.",
  },
  "1124": {
    typ: "FehlerMethodisch",
    objekte: ["schema"],
    de: "Der zugeordnete Dokumentsteckbrief stammt nicht aus dem zentralen Datenfeldkatalog KATE.",
    en: "Assigned Dokumentsteckbrief is not from the central catalogue KATE.",
  },
  "1125": {
    typ: "Warnung",
    objekte: ["schema"],
    de: "Auf den Dokumentsteckbrief kann nicht im Sammelrepsoitory zugegriffen werden.",
    en: "Dokumentsteckbrief not reachable in the Sammelrepository.",
  },
  "1126": {
    typ: "Warnung",
    objekte: ["group", "field"],
    de: "Zu dem Element existiert im Sammelrepsoitory eine aktuellere Version.",
    en: "A newer version exists in the Sammelrepository.",
  },
  "1127": {
    typ: "Hinweis",
    objekte: ["schema"],
    de: "Alle Unterelemente (Datenfelder und Datenfeldgruppen) eines veröffentlichen Datenschemas müssen auch veröffentlicht sein.",
    en: "All children of a published schema must be published.",
  },
  "1128": {
    typ: "Hinweis",
    objekte: ["group"],
    de: "Alle Unterelemente (Datenfelder und Datenfeldgruppen) einer veröffentlichen Datenfeldgruppe müssen auch veröffentlicht sein.",
    en: "All children of a published group must be published.",
  },
  "1129": {
    typ: "Hinweis",
    objekte: ["schema"],
    de: "Alle Unterelemente (Datenfelder und Datenfeldgruppen) eines veröffentlichen Datenschemas müssen mindestens den Status 'Entwurf' haben.",
    en: "All children of a published schema need at least status Entwurf.",
  },
  "1130": {
    typ: "Hinweis",
    objekte: ["group"],
    de: "Alle Unterelemente (Datenfelder und Datenfeldgruppen) einer veröffentlichen Datenfeldgruppe müssen mindestens den Status 'Entwurf' haben.",
    en: "All children of a published group need at least status Entwurf.",
  },
  "1131": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Der Text des Attributs entspricht nicht dem Datentyp StringLatin.",
    en: "Text is not valid String.Latin.",
  },
  "1132": {
    typ: "Warnung",
    objekte: ["schema", "group", "field", "document"],
    de: "Handlungsgrundlagen sollten möglichst immer einzeln angegeben werden.",
    en: "Legal bases should be given one per bezug.",
  },
  "1133": {
    typ: "Warnung",
    objekte: ["schema", "group", "field", "document"],
    de: "Die URL der Handlungsgrundlage ist nicht korrekt.",
    en: "Legal basis URL (bezug/@link) is invalid.",
  },
  "1134": {
    typ: "Hinweis",
    objekte: ["group", "field"],
    de: "In einer Arbeitskopie sollten i. d. R. keine Versionen von Baukastenelementen des eigenen Nummernkreises mit der Strukturelementart 'rechtsnormgebunden' verwendet werden.",
    en: "Working copy should not use versions of own-range RNG elements.",
  },
  "1135": {
    typ: "FehlerKritisch",
    objekte: ["schema", "group"],
    de: "In einem versionierten Datenschema / einer versionierten Datenfeldgruppe darf kein unversioniertes Baukastenelement enthalten sein.",
    en: "Versioned schema/group must not contain unversioned elements.",
  },
  "1136": {
    typ: "Hinweis",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Der Text des Attributs überschreitet die empfohlene Feldlänge.",
    en: "Text exceeds recommended length.",
  },
  "1137": {
    typ: "Hinweis",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Die URI überschreitet die empfohlene Feldlänge.",
    en: "URI exceeds recommended length.",
  },
  "1138": {
    typ: "Hinweis",
    objekte: ["schema", "group", "field", "rule", "document"],
    de: "Der Link überschreitet die empfohlene Feldlänge.",
    en: "Link exceeds recommended length.",
  },
  "1139": {
    typ: "Hinweis",
    objekte: ["field"],
    de: "Die Multiplizität von Datenfeldern des Typs 'Anlage (Datei)' sollte i. d. R. immer mehrfach, also 'n:*' sein.",
    en: "file fields should be repeatable (n:*).",
  },
  "1140": {
    typ: "FehlerMethodisch",
    objekte: ["group", "field", "rule"],
    de: "Nur Baukastenelemente des Nummernkreises 60 dürfen als Fachlichen Ersteller 'FIM-Baustein Datenfelder' oder 'FIM Baustein Datenfelder' enthalten.",
    en: "Only Nummernkreis 60 elements may name 'FIM-Baustein Datenfelder' as fachlicher Ersteller.",
  },
  "1141": {
    typ: "FehlerMethodisch",
    objekte: ["schema"],
    de: "Nur Datenschemata des Nummernkreises 60 dürfen als Fachlichen Ersteller 'FIM-Baustein Datenfelder' oder 'FIM Baustein Datenfelder' enthalten.",
    en: "Only Nummernkreis 60 schemas may name 'FIM-Baustein Datenfelder' as fachlicher Ersteller.",
  },
  "1142": {
    typ: "FehlerKritisch",
    objekte: ["group", "field"],
    de: "Bei einem Baukastenelement im Status 'Entwurf', 'methodisch freigegeben', 'fachlich freigegeben (silber)', 'fachlich freigegeben (gold)' oder 'inaktiv' muss das Feld 'Status geändert am' befüllt sein.",
    en: "statusGesetztAm required for status Entwurf and later (3-7).",
  },
  "1143": {
    typ: "FehlerKritisch",
    objekte: ["schema"],
    de: "Bei einem Datenschema im Status 'Entwurf', 'methodisch freigegeben', 'fachlich freigegeben (silber)', 'fachlich freigegeben (gold)' oder 'inaktiv' muss das Feld 'Status geändert am' befüllt sein.",
    en: "statusGesetztAm required for status Entwurf and later (3-7).",
  },
  "1144": {
    typ: "FehlerKritisch",
    objekte: ["document"],
    de: "Bei einem Dokumentsteckbrief im Status 'Entwurf', 'methodisch freigegeben', 'fachlich freigegeben (silber)', 'fachlich freigegeben (gold)' oder 'inaktiv' muss das Feld 'Status geändert am' befüllt sein.",
    en: "statusGesetztAm required for status Entwurf and later (3-7).",
  },
};
