/**
 * The XML binding of XProzess 2.0: every element name, its position, multiplicity and type — **the one place to
 * correct names** once the official XSD is available. Parsing, serialization, structural validation and the
 * builders' input schemas are all derived from these tables.
 *
 * Evidence: no XProzess XSD is public. The tables follow the schema fragments of the 75 JAXB classes generated
 * on 2023-04-06 from the official XSD (`fusion-jena/GerPS-onto`, `uni/jena/fim/xprocess/v2/core/*.java`, as
 * summarised in the fact sheet `xprozess.md`): element names, XSD sequence order, multiplicities, types and
 * fixed attributes are taken from there, and the real FIM Bund export (`alleInhalte.export.0303`) confirms the
 * names and the order of everything it contains. Nothing here is reconstructed by analogy, so no field carries
 * `reconstructed`; the order is the XSD order, and the parser reports elements out of it as errors.
 *
 * The tables are written with typed helpers that keep their literal structure, so that `InferModel<typeof
 * Table>` gives the TypeScript shape the table reads and writes; `model.test-d.ts` proves that this shape and
 * the hand-written interfaces of `model.ts` agree (a mismatch fails `tsc`).
 */
import type {
  AttributeField,
  ChoiceField,
  ChoiceOption,
  CodeListCheck,
  ComplexType,
  ElementField,
  Field,
  Occurs,
  RawAttribute,
  RawElement,
  SimpleType,
} from "../../core/binding/types.ts";
import { codesOf } from "../../core/codelists/code.ts";
import {
  DETAILLIERUNGSSTUFE_VALUES,
  HANDLUNGSFORM_VALUES,
  OPERATIVES_ZIEL_VALUES,
  REFERENZAKTIVITAETENGRUPPE_VALUES,
  statusCodeList,
  VERFAHRENSART_VALUES,
} from "./codes.ts";

// ---------------------------------------------------------------------------------------------------
// Typed helpers: the same shapes as `core/binding/define.ts`, keeping literal property names, multiplicities
// and types so that the model type can be inferred from a table.

type BindingType = SimpleType | ComplexType;

/** A complex type whose fields keep their literal types. */
export interface TypedComplex<F extends readonly Field[]> extends ComplexType {
  readonly fields: F;
}

function complex<const F extends readonly Field[]>(name: string, fields: F): TypedComplex<F> {
  return { kind: "complex", name, fields };
}

function el<const P extends string, const O extends Occurs, const T extends BindingType>(
  prop: P,
  occurs: O,
  type: T,
  extra: { readonly qualified?: boolean; readonly codeList?: CodeListCheck } = {},
): Omit<ElementField, "prop" | "occurs" | "type"> & { readonly prop: P; readonly occurs: O; readonly type: T } {
  return { kind: "element", prop, name: prop, occurs, type, ...extra };
}

function attr<const P extends string, const T extends SimpleType, const R extends boolean = false>(
  prop: P,
  type: T,
  required?: R,
): Omit<AttributeField, "prop" | "type" | "required"> & { readonly prop: P; readonly type: T; readonly required: R } {
  return { kind: "attribute", prop, name: prop, type, required: (required ?? false) as R };
}

function option<const N extends string, const T extends BindingType>(
  name: N,
  type: T,
): Omit<ChoiceOption, "name" | "type"> & { readonly name: N; readonly type: T } {
  return { name, type };
}

function choice<const P extends string, const O extends Occurs, const Opts extends readonly ChoiceOption[]>(
  prop: P,
  occurs: O,
  options: Opts,
): Omit<ChoiceField, "prop" | "occurs" | "options"> & { readonly prop: P; readonly occurs: O; readonly options: Opts } {
  return { kind: "choice", prop, occurs, options };
}

// ---------------------------------------------------------------------------------------------------
// The model type a table describes

type SimpleValue<S> = S extends "boolean" ? boolean : S extends "integer" ? number : string;

/** Content a parser kept because the binding does not know it. */
export interface UnknownContent {
  readonly unknownElements?: readonly RawElement[];
  readonly unknownAttributes?: readonly RawAttribute[];
}

/** The model value of a binding type. */
export type InferValue<T> = T extends SimpleType
  ? SimpleValue<T>
  : T extends { readonly kind: "complex"; readonly fields: infer F extends readonly Field[] }
    ? InferModel<{ readonly kind: "complex"; readonly name: string; readonly fields: F }>
    : never;

type ChoiceValue<O> = O extends { readonly name: infer N extends string; readonly type: infer T }
  ? { readonly [K in N]: InferValue<T> }
  : never;

type Many<O, V> = O extends "*" | "+" ? readonly V[] : V;

type FieldProps<F> = F extends { readonly kind: "attribute"; readonly prop: infer P extends string; readonly type: infer S }
  ? F extends { readonly required: true }
    ? { readonly [K in P]: SimpleValue<S> }
    : { readonly [K in P]?: SimpleValue<S> }
  : F extends { readonly kind: "text"; readonly prop: infer P extends string; readonly type: infer S }
    ? { readonly [K in P]: SimpleValue<S> }
    : F extends { readonly kind: "element"; readonly prop: infer P extends string; readonly occurs: infer O; readonly type: infer T }
      ? O extends "?"
        ? { readonly [K in P]?: InferValue<T> }
        : { readonly [K in P]: Many<O, InferValue<T>> }
      : F extends {
            readonly kind: "choice";
            readonly prop: infer P extends string;
            readonly occurs: infer O;
            readonly options: infer Opts extends readonly unknown[];
          }
        ? O extends "?"
          ? { readonly [K in P]?: ChoiceValue<Opts[number]> }
          : { readonly [K in P]: Many<O, ChoiceValue<Opts[number]>> }
        : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Flatten<T> = { [K in keyof T]: T[K] };

/** The model object a complex table reads and writes (fields in table order; unknown content kept). */
export type InferModel<T> = T extends { readonly kind: "complex"; readonly fields: infer F extends readonly Field[] }
  ? Flatten<UnionToIntersection<FieldProps<F[number]>> & UnknownContent>
  : never;

// ---------------------------------------------------------------------------------------------------
// XÖV codes (fact sheet §7)

/**
 * How an XProzess `Code.*` type restricts `xoev-code:Code`:
 * - `fixed`: list and version fixed by the XSD (Code-Typ 1); the restriction has only the `code` child;
 * - `versionRequired`: list fixed, `listVersionID` required;
 * - `open`: the sender names the list; `listURI` and `listVersionID` required.
 */
export type CodePattern = "fixed" | "versionRequired" | "open";

function fixedCode(name: string, codeList?: CodeListCheck) {
  return complex(name, [
    attr("listURI", "token"),
    attr("listVersionID", "token"),
    el("code", "1", "token", { qualified: false, ...(codeList !== undefined && { codeList }) }),
  ]);
}

function versionCode(name: string) {
  return complex(name, [
    attr("listURI", "token"),
    attr("listVersionID", "token", true),
    el("code", "1", "token", { qualified: false }),
    el("name", "?", "string", { qualified: false }),
  ]);
}

function openCode(name: string, codeList?: CodeListCheck) {
  return complex(name, [
    attr("listURI", "token", true),
    attr("listVersionID", "token", true),
    el("code", "1", "token", { qualified: false, ...(codeList !== undefined && { codeList }) }),
    el("name", "?", "string", { qualified: false }),
  ]);
}

const warnList = (uri: string, values: readonly string[]): CodeListCheck => ({ uri, values, severity: "warning" });

/** Code-Typ 1 (list and version fixed). */
export const CodeBearbeitungsart = fixedCode("Code.Bearbeitungsart");
export const CodeEntscheidungsart = fixedCode("Code.Entscheidungsart");
export const CodeFormellePruefung = fixedCode("Code.FormellePruefung");
export const CodeNachricht = fixedCode("Code.Nachricht");
export const CodeProzessrolle = fixedCode("Code.Prozessrolle");
/** The only list the XSD enumerates (JAXB enum): values `1`–`8`, checked as an error. */
export const CodeReferenzaktivitaetengruppe = fixedCode("Code.Referenzaktivitaetengruppe", {
  uri: "urn:de:xprozess:codeliste:referenzaktivitaetengruppe",
  values: REFERENZAKTIVITAETENGRUPPE_VALUES,
  severity: "error",
});
/** Values `1`–`8` are known from XDatenfelder (same list), not from the XProzess XSD: checked as a warning. */
export const CodeStatus = fixedCode("Code.Status", warnList(statusCodeList.uri, codesOf(statusCodeList)));
export const CodeVersionen = fixedCode("Code.Versionen");

/** List fixed, version required. */
export const CodeBeteiligungsform = versionCode("Code.Beteiligungsform");
export const CodeModellierungsmethode = versionCode("Code.Modellierungsmethode");
export const CodeUebermittlungsart = versionCode("Code.Uebermittlungsart");
export const CodeBezirk = versionCode("Code.Bezirk");
export const CodeBundesland = versionCode("Code.Bundesland");
export const CodeGemeindeschluessel = versionCode("Code.Gemeindeschluessel");
export const CodeGemeindeverband = versionCode("Code.Gemeindeverband");
export const CodeKreis = versionCode("Code.Kreis");
export const CodeRegionalschluessel = versionCode("Code.Regionalschluessel");
export const CodeStaat = versionCode("Code.Staat");

/** List chosen by the sender (Code-Typ 3/4). Value lists from the FIM Portal API are checked as warnings. */
export const CodeDatentyp = openCode("Code.Datentyp");
export const CodeDetaillierungsstufe = openCode(
  "Code.Detaillierungsstufe",
  warnList("urn:xoev-de:xprozess:codeliste:detaillierungsstufe", DETAILLIERUNGSSTUFE_VALUES),
);
export const CodeHandlungsform = openCode("Code.Handlungsform", warnList("FIM Portal handlungsform", HANDLUNGSFORM_VALUES));
export const CodeHandlungsgrundlagenart = openCode("Code.Handlungsgrundlagenart");
export const CodeMimeType = openCode("Code.MimeType");
export const CodeOperativesZiel = openCode("Code.OperativesZiel", warnList("FIM Portal operatives_ziel", OPERATIVES_ZIEL_VALUES));
export const CodeVerfahrensart = openCode("Code.Verfahrensart", warnList("FIM Portal verfahrensart", VERFAHRENSART_VALUES));
export const CodeZwecksetzung = openCode("Code.Zwecksetzung");

/** Every `Code.*` type with its pattern, by XSD type name. */
export const CODE_TYPES: Readonly<Record<string, { readonly pattern: CodePattern; readonly list: string }>> = {
  "Code.Bearbeitungsart": { pattern: "fixed", list: "bearbeitungsart" },
  "Code.Entscheidungsart": { pattern: "fixed", list: "entscheidungsart" },
  "Code.FormellePruefung": { pattern: "fixed", list: "formellepruefung" },
  "Code.Nachricht": { pattern: "fixed", list: "nachricht" },
  "Code.Prozessrolle": { pattern: "fixed", list: "prozessrolle" },
  "Code.Referenzaktivitaetengruppe": { pattern: "fixed", list: "referenzaktivitaetengruppe" },
  "Code.Status": { pattern: "fixed", list: "status" },
  "Code.Versionen": { pattern: "fixed", list: "versionen" },
  "Code.Beteiligungsform": { pattern: "versionRequired", list: "beteiligungsform" },
  "Code.Modellierungsmethode": { pattern: "versionRequired", list: "modellierungsmethode" },
  "Code.Uebermittlungsart": { pattern: "versionRequired", list: "uebermittlungsart" },
  "Code.Bezirk": { pattern: "versionRequired", list: "destatis:bezirk" },
  "Code.Bundesland": { pattern: "versionRequired", list: "destatis:bundesland" },
  "Code.Gemeindeschluessel": { pattern: "versionRequired", list: "destatis:ags" },
  "Code.Gemeindeverband": { pattern: "versionRequired", list: "destatis:gemeindeverband" },
  "Code.Kreis": { pattern: "versionRequired", list: "destatis:kreis" },
  "Code.Regionalschluessel": { pattern: "versionRequired", list: "destatis:rs" },
  "Code.Staat": { pattern: "versionRequired", list: "destatis:staat" },
  "Code.Datentyp": { pattern: "open", list: "" },
  "Code.Detaillierungsstufe": { pattern: "open", list: "" },
  "Code.Handlungsform": { pattern: "open", list: "" },
  "Code.Handlungsgrundlagenart": { pattern: "open", list: "" },
  "Code.MimeType": { pattern: "open", list: "" },
  "Code.OperativesZiel": { pattern: "open", list: "" },
  "Code.Verfahrensart": { pattern: "open", list: "" },
  "Code.Zwecksetzung": { pattern: "open", list: "" },
};

// ---------------------------------------------------------------------------------------------------
// Shared types (fact sheet §6)

export const Handlungsgrundlage = complex("Handlungsgrundlage", [
  el("name", "1", "string"),
  el("art", "1", CodeHandlungsgrundlagenart),
  el("uri", "?", "token"),
]);

export const Herausgeber = complex("Herausgeber", [
  el("organisationsname", "1", "string"),
  el("nutzungsbestimmungen", "?", "string"),
  el("url", "?", "token"),
]);

export const Klassifikation = complex("Klassifikation", [
  el("ordnungsrahmenName", "1", "string"),
  el("ordnungsrahmenVersion", "?", "string"),
  el("klasseID", "1", "string"),
  el("klasseName", "?", "string"),
]);

export const Merkmal = complex("Merkmal", [
  el("ordnungsrahmenName", "?", "string"),
  el("ordnungsrahmenVersion", "?", "string"),
  el("merkmalID", "?", "string"),
  el("merkmalName", "1", "string"),
  el("merkmalDatentyp", "?", CodeDatentyp),
  el("merkmalWert", "+", "string"),
]);

export const VerwaltungspolitischeKodierung = complex("VerwaltungspolitischeKodierung", [
  choice("auswahl", "1", [
    option("kreis", CodeKreis),
    option("bezirk", CodeBezirk),
    option("bundesland", CodeBundesland),
    option("gemeindeschluessel", CodeGemeindeschluessel),
    option("regionalschluessel", CodeRegionalschluessel),
    option("nation", CodeStaat),
    option("gemeindeverband", CodeGemeindeverband),
  ]),
]);

export const Zeitraum = complex("Zeitraum", [el("beginn", "?", "dateTime"), el("ende", "?", "dateTime")]);

export const Zustandsangaben = complex("Zustandsangaben", [
  el("erstellungszeitpunkt", "?", "dateTime"),
  el("letzterAenderungszeitpunkt", "?", "dateTime"),
  el("letzterBearbeiter", "?", "string"),
  el("status", "?", CodeStatus),
  el("anmerkungLetzteAenderung", "?", "string"),
  el("gueltigkeitszeitraum", "?", Zeitraum),
  el("fachlicherFreigabezeitpunkt", "?", "dateTime"),
  el("formellerFreigabezeitpunkt", "?", "dateTime"),
]);

export const Modellierungsmethode = complex("Modellierungsmethode", [
  el("code", "1", CodeModellierungsmethode),
  el("freitext", "?", "string"),
]);

/** An embedded file; `inhalt` is `xs:base64Binary`, kept verbatim (decode with `files.ts`). */
export const Datei = complex("Datei", [
  el("dateiname", "1", "string"),
  el("modellierungsmethode", "1", Modellierungsmethode),
  el("mimeType", "1", CodeMimeType),
  el("inhalt", "1", "string"),
]);

export const Prozessmodell = complex("Prozessmodell", [
  el("prozessmodelldatei", "*", Datei),
  el("visualisierungsdatei", "*", Datei),
  el("beschreibungsdatei", "*", Datei),
]);

// ---------------------------------------------------------------------------------------------------
// Aktivitätengruppen (fact sheet §5)

export const Formularverweis = complex("Formularverweis", [
  el("formularsteckbriefID", "1", "string"),
  el("stammformularID", "?", "string"),
  el("stammformularVersion", "?", "string"),
  el("elementId", "*", "string"),
]);

/** `Daten`: a choice of a Formularverweis or a text. */
export const Daten = complex("Daten", [
  choice("auswahl", "1", [option("formularverweis", Formularverweis), option("textuelleBeschreibung", "string")]),
]);

/** `Daten.Empfangen`: the first child is named `formularverweis` but has the type `Daten`. */
export const DatenEmpfangen = complex("Daten.Empfangen", [
  el("formularverweis", "1", Daten),
  el("uebermittlungsart", "1", CodeUebermittlungsart),
  el("sender", "1", "string"),
]);

/** `Daten.Bereitgestellt`: the first child is named `formularverweis` but has the type `Daten`. */
export const DatenBereitgestellt = complex("Daten.Bereitgestellt", [
  el("formularverweis", "1", Daten),
  el("uebermittlungsart", "1", CodeUebermittlungsart),
  el("empfaenger", "1", "string"),
]);

export const SpezifischeAttribute1 = complex("SpezifischeAttribute1", [el("empfangeneDaten", "+", DatenEmpfangen)]);
export const SpezifischeAttribute2 = complex("SpezifischeAttribute2", [el("bereitgestellteDaten", "+", DatenBereitgestellt)]);
export const SpezifischeAttribute3 = complex("SpezifischeAttribute3", [el("formellePruefung", "+", CodeFormellePruefung)]);
export const SpezifischeAttribute4 = complex("SpezifischeAttribute4", [el("hilfsmittel", "1", "string")]);
export const SpezifischeAttribute5 = complex("SpezifischeAttribute5", [
  el("hilfsmittel", "1", "string"),
  el("entscheidungsart", "1", CodeEntscheidungsart),
]);
export const SpezifischeAttribute6 = complex("SpezifischeAttribute6", [el("bearbeitungsart", "1", CodeBearbeitungsart)]);
export const SpezifischeAttribute7 = complex("SpezifischeAttribute7", [
  el("bereitgestellteDaten", "+", DatenBereitgestellt),
  el("empfangeneDaten", "+", DatenEmpfangen),
  el("mitwirkungspflicht", "1", "boolean"),
  el("beteiligungsform", "?", CodeBeteiligungsform),
]);
export const SpezifischeAttribute8 = complex("SpezifischeAttribute8", [el("beschreibung", "1", "string")]);

/** One attribute set per Referenzaktivitätengruppe. */
export const SpezifischeAttribute = complex("SpezifischeAttribute", [
  choice("auswahl", "1", [
    option("spezifischeAttribute1", SpezifischeAttribute1),
    option("spezifischeAttribute2", SpezifischeAttribute2),
    option("spezifischeAttribute3", SpezifischeAttribute3),
    option("spezifischeAttribute4", SpezifischeAttribute4),
    option("spezifischeAttribute5", SpezifischeAttribute5),
    option("spezifischeAttribute6", SpezifischeAttribute6),
    option("spezifischeAttribute7", SpezifischeAttribute7),
    option("spezifischeAttribute8", SpezifischeAttribute8),
  ]),
]);

export const Aktivitaetengruppe = complex("Aktivitaetengruppe", [
  el("referenzaktivitaetengruppeTyp", "1", CodeReferenzaktivitaetengruppe),
  el("referenzaktivitaetengruppeVersion", "1", "string"),
  el("id", "1", "string"),
  el("subProzessID", "1", "string"),
  el("name", "1", "string"),
  el("beschreibung", "?", "string"),
  el("handlungsgrundlage", "*", Handlungsgrundlage),
  el("eingehendeDaten", "*", Daten),
  el("ausgehendeDaten", "*", Daten),
  el("fachverfahren", "*", "string"),
  el("spezifischeAttribute", "1", SpezifischeAttribute),
]);

export const StrukturbeschreibungFIM = complex("StrukturbeschreibungFIM", [el("aktivitaetengruppe", "+", Aktivitaetengruppe)]);

/** `strukturbeschreibungSonstige`: an empty sequence in the XSD. */
export const StrukturbeschreibungSonstige = complex("StrukturbeschreibungSonstige", []);

export const Strukturbeschreibung = complex("Strukturbeschreibung", [
  el("modellierungsmethode", "1", Modellierungsmethode),
  choice("auswahl", "1", [
    option("strukturbeschreibungFIM", StrukturbeschreibungFIM),
    option("strukturbeschreibungSonstige", StrukturbeschreibungSonstige),
  ]),
]);

// ---------------------------------------------------------------------------------------------------
// Library side (fact sheet §4)

export const AusloeserErgebnis = complex("AusloeserErgebnis", [
  el("formularID", "?", "string"),
  el("prozessID", "?", "string"),
  el("textuelleBeschreibung", "?", "string"),
]);

export const Prozessteilnehmer = complex("Prozessteilnehmer", [el("name", "1", "string"), el("rolle", "+", CodeProzessrolle)]);

export const Prozesssteckbrief = complex("Prozesssteckbrief", [
  el("definition", "?", "string"),
  el("beschreibung", "?", "string"),
  el("ausloeser", "*", AusloeserErgebnis),
  el("ergebnis", "*", AusloeserErgebnis),
  el("prozessteilnehmer", "*", Prozessteilnehmer),
  el("handlungsgrundlage", "*", Handlungsgrundlage),
  el("detaillierungsstufe", "?", CodeDetaillierungsstufe),
  el("verwaltungspolitischeKodierung", "*", VerwaltungspolitischeKodierung),
  el("zielvorgaben", "?", "string"),
  el("merkmal", "*", Merkmal),
]);

export const Prozess = complex("Prozess", [
  el("id", "1", "string"),
  el("version", "?", "string"),
  el("name", "1", "string"),
  el("bezeichnung", "?", "string"),
  el("fachlichFreigebendeStelle", "?", "string"),
  el("klassifikation", "*", Klassifikation),
  el("schlagwort", "*", "string"),
  el("prozesssteckbrief", "?", Prozesssteckbrief),
  el("prozessstrukturbeschreibung", "?", Strukturbeschreibung),
  el("prozessmodell", "?", Prozessmodell),
  el("zustandsangaben", "?", Zustandsangaben),
]);

export const Prozessbibliothek = complex("Prozessbibliothek", [
  el("name", "1", "string"),
  el("version", "?", "string"),
  el("herausgeber", "?", Herausgeber),
  el("verwaltungspolitischeKodierung", "*", VerwaltungspolitischeKodierung),
  el("prozess", "*", Prozess),
]);

// ---------------------------------------------------------------------------------------------------
// Catalogue side (fact sheet §3)

export const Gliederungsebene = complex("Gliederungsebene", [
  el("gliederungsebeneNummer", "1", "integer"),
  el("gliederungsebeneName", "?", "string"),
]);

export const ReferenzProzessklasse = complex("ReferenzProzessklasse", [
  el("referenzierteProzessklasseID", "1", "string"),
  el("erlaeuterung", "?", "string"),
]);

export const Prozessklasse = complex("Prozessklasse", [
  el("id", "1", "string"),
  el("version", "?", "string"),
  el("gliederungsebene", "?", Gliederungsebene),
  el("uebergeordneteProzessklasseID", "?", "string"),
  el("abgeloesteProzessklasse", "*", ReferenzProzessklasse),
  el("name", "1", "string"),
  el("bezeichnung", "?", "string"),
  el("definition", "?", "string"),
  el("handlungsgrundlage", "*", Handlungsgrundlage),
  el("zwecksetzung", "?", CodeZwecksetzung),
  el("operativesZiel", "?", CodeOperativesZiel),
  el("handlungsform", "?", CodeHandlungsform),
  el("verfahrensart", "?", CodeVerfahrensart),
  el("fachlichFreigebendeStelle", "?", "string"),
  el("verwaltungspolitischeKodierung", "*", VerwaltungspolitischeKodierung),
  el("merkmal", "*", Merkmal),
  el("klassifikation", "*", Klassifikation),
  el("schlagwort", "*", "string"),
  el("zustandsangaben", "?", Zustandsangaben),
]);

export const Prozesskatalog = complex("Prozesskatalog", [
  el("name", "1", "string"),
  el("version", "?", "string"),
  el("herausgeber", "?", Herausgeber),
  el("verwaltungspolitischeKodierung", "*", VerwaltungspolitischeKodierung),
  el("prozessklasse", "*", Prozessklasse),
]);

// ---------------------------------------------------------------------------------------------------
// Search profiles (fact sheet §6; JAXB `Suchprofil*`)

export const SuchprofilKlassifikation = complex("Suchprofil.Klassifikation", [
  el("ordnungsrahmenName", "1", "string"),
  el("ordnungsrahmenVersion", "?", "string"),
  el("klasseID", "?", "string"),
]);

export const SuchprofilMerkmal = complex("Suchprofil.Merkmal", [
  el("ordnungsrahmenName", "1", "string"),
  el("ordnungsrahmenVersion", "?", "string"),
  el("merkmalName", "1", "string"),
  el("merkmalWert", "*", "string"),
]);

export const SuchprofilProzessklasse = complex("Suchprofil.Prozessklasse", [
  el("suchtext", "?", "string"),
  el("sucheGliederungsebeneNummer", "*", "integer"),
  el("sucheHandlungsgrundlage", "?", "string"),
  el("sucheZiel", "?", CodeOperativesZiel),
  el("sucheHandlungsform", "?", CodeHandlungsform),
  el("sucheVerfahrensart", "?", CodeVerfahrensart),
  el("sucheVerwaltungspolitischeKodierung", "*", "string"),
  el("sucheMerkmal", "?", SuchprofilMerkmal),
  el("sucheKlassifikation", "?", SuchprofilKlassifikation),
  el("aenderungszeitpunkt", "?", "dateTime"),
  el("sucheStatus", "*", CodeStatus),
  el("sucheGueltigkeit", "?", Zeitraum),
  el("sucheFachlicherFreigabezeitpunkt", "?", "dateTime"),
  el("sucheFormellerFreigabezeitpunkt", "?", "dateTime"),
  el("sucheHatProzesse", "?", "boolean"),
]);

export const SuchprofilSpezifischerProzess = complex("Suchprofil.SpezifischerProzess", [
  el("prozessID", "1", "string"),
  el("spezifischeVersion", "?", "string"),
]);

export const SuchprofilProzess = complex("Suchprofil.Prozess", [
  el("suchtext", "?", "string"),
  el("sucheProzessidentifikation", "*", SuchprofilSpezifischerProzess),
  el("sucheKlassifikation", "?", SuchprofilKlassifikation),
  el("sucheHandlungsgrundlage", "?", "string"),
  el("sucheDetaillierungsstufe", "*", CodeDetaillierungsstufe),
  el("sucheVerwaltungspolitischeKodierung", "*", "string"),
  el("sucheMerkmal", "?", SuchprofilMerkmal),
  el("aenderungszeitpunkt", "?", "dateTime"),
  el("sucheStatus", "*", CodeStatus),
  el("sucheGueltigkeit", "?", Zeitraum),
  el("sucheFachlicherFreigabezeitpunkt", "?", "dateTime"),
  el("sucheFormellerFreigabezeitpunkt", "?", "dateTime"),
  el("sucheHatProzessmodelle", "?", "boolean"),
]);

export const SuchprofilAlleInhalte = complex("Suchprofil.AlleInhalte", [
  el("einschraenkungProzessklasse", "?", SuchprofilProzessklasse),
  el("einschraenkungProzesseVersionen", "1", CodeVersionen),
]);

// ---------------------------------------------------------------------------------------------------
// Messages (fact sheet §2)

export const Nachrichtenkopf = complex("Nachrichtenkopf", [
  el("nachrichtUUID", "1", "token"),
  el("nachrichtentyp", "1", CodeNachricht),
  el("erstellungszeitpunkt", "1", "dateTime"),
  el("leser", "?", "string"),
  el("autor", "?", "string"),
]);

/** The attributes and the header every message starts with (`Basisnachricht`). */
const basis = [
  attr("produkt", "string", true),
  attr("produkthersteller", "string", true),
  attr("produktversion", "string"),
  attr("xprozessVersion", "token", true),
  el("nachrichtenkopf", "1", Nachrichtenkopf),
] as const;

export const ProzesskatalogAnfrage0101 = complex("prozesskatalog.anfrage.0101", [...basis, el("suchprofil", "?", SuchprofilProzessklasse)]);
export const ProzesskatalogAntwort0102 = complex("prozesskatalog.antwort.0102", [
  ...basis,
  el("anfrageUUID", "1", "token"),
  el("suchprofilZitat", "?", SuchprofilProzessklasse),
  el("prozesskatalog", "?", Prozesskatalog),
]);
export const ProzesskatalogExport0103 = complex("prozesskatalog.export.0103", [
  ...basis,
  el("exportprofil", "?", SuchprofilProzessklasse),
  el("prozesskatalog", "?", Prozesskatalog),
]);
export const ProzessbibliothekAnfrage0201 = complex("prozessbibliothek.anfrage.0201", [...basis, el("suchprofil", "?", SuchprofilProzess)]);
export const ProzessbibliothekAntwort0202 = complex("prozessbibliothek.antwort.0202", [
  ...basis,
  el("anfrageUUID", "1", "token"),
  el("suchprofilZitat", "?", SuchprofilProzess),
  el("prozessbibliothek", "?", Prozessbibliothek),
]);
export const ProzessbibliothekExport0203 = complex("prozessbibliothek.export.0203", [
  ...basis,
  el("exportprofil", "?", SuchprofilProzess),
  el("prozessbibliothek", "?", Prozessbibliothek),
]);
export const AlleInhalteAnfrage0301 = complex("alleInhalte.anfrage.0301", [...basis, el("suchprofil", "?", SuchprofilAlleInhalte)]);
/** `suchprofilZitat` is a `Suchprofil.Prozessklasse` here (sic in the XSD), not a `Suchprofil.AlleInhalte`. */
export const AlleInhalteAntwort0302 = complex("alleInhalte.antwort.0302", [
  ...basis,
  el("anfrageUUID", "1", "token"),
  el("suchprofilZitat", "?", SuchprofilProzessklasse),
  el("prozesskatalog", "?", Prozesskatalog),
  el("prozessbibliothek", "?", Prozessbibliothek),
]);
export const AlleInhalteExport0303 = complex("alleInhalte.export.0303", [
  ...basis,
  el("exportprofil", "?", SuchprofilAlleInhalte),
  el("prozesskatalog", "?", Prozesskatalog),
  el("prozessbibliothek", "?", Prozessbibliothek),
]);

/** The binding of each message, by root element name. */
export const MESSAGES = {
  "prozesskatalog.anfrage.0101": ProzesskatalogAnfrage0101,
  "prozesskatalog.antwort.0102": ProzesskatalogAntwort0102,
  "prozesskatalog.export.0103": ProzesskatalogExport0103,
  "prozessbibliothek.anfrage.0201": ProzessbibliothekAnfrage0201,
  "prozessbibliothek.antwort.0202": ProzessbibliothekAntwort0202,
  "prozessbibliothek.export.0203": ProzessbibliothekExport0203,
  "alleInhalte.anfrage.0301": AlleInhalteAnfrage0301,
  "alleInhalte.antwort.0302": AlleInhalteAntwort0302,
  "alleInhalte.export.0303": AlleInhalteExport0303,
} as const;
