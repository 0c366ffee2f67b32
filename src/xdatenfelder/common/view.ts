/**
 * A version-neutral view of XDatenfelder for the FIM-QS rules written once (`common/qs/`): what the checks
 * read of an element, a field, a structure row, a rule, a code list and the children of a schema or group, whatever the version's model calls it. Each version supplies
 * an adapter ({@link XdfSicht}, in `v2/rules/view.ts` and `v3/rules/view.ts`) from its model objects to these
 * shapes, and a profile ({@link QsProfil}) with the parameters where the versions differ. The model types
 * themselves stay as they are; findings still point at the model objects (`target`), so paths and lines come
 * from the parse-time source map as before.
 */

import type { CodeListDocument, CodeListKeys } from "../../core/codelists/genericode.ts";

/** The element kinds the QS catalogue names. */
export type ElementArt = "stammdatenschema" | "datenfeldgruppe" | "datenfeld" | "dokumentsteckbrief";

/** An element's identification as the rules read it. */
export interface Kennung {
  readonly id: string;
  readonly version?: string | undefined;
}

/** A legal basis: one free text in 2.0 (no link), one of several Rechtsbezüge in 3.0.0. */
export interface BezugSicht {
  readonly text: string;
  readonly link?: string | undefined;
}

/** A relation to another element (3.0.0; 2.0 has none). */
export interface RelationSicht {
  readonly praedikat: string;
  readonly objektId: string;
}

/** What the checks read of a schema, group, field or Dokumentsteckbrief. */
export interface ElementSicht {
  readonly art: ElementArt;
  /** The model object (findings point at it). */
  readonly target: object;
  readonly identifikation: Kennung;
  readonly name: string;
  /** `bezeichnung` of a 3.0.0 schema or Dokumentsteckbrief, else `bezeichnungEingabe`. */
  readonly bezeichnung: string;
  /** `hilfetext` of a schema or Dokumentsteckbrief, else `hilfetextEingabe`. */
  readonly hilfetext: string | undefined;
  /** Groups and fields only (undefined for schemas and Dokumentsteckbriefe). */
  readonly bezeichnungEingabe: string | undefined;
  readonly bezeichnungAusgabe: string | undefined;
  readonly hilfetextEingabe: string | undefined;
  readonly hilfetextAusgabe: string | undefined;
  /** The code of `schemaelementart` (groups and fields). */
  readonly schemaelementart: string | undefined;
  /** The code of the status (2.0 `status`, 3.0.0 `freigabestatus`). */
  readonly status: string;
  readonly statusGesetztAm: string | undefined;
  /** The catalogue's "fachlicher Ersteller": 2.0 `fachlicherErsteller`, 3.0.0 `statusGesetztDurch`. */
  readonly ersteller: string | undefined;
  readonly veroeffentlichungsdatum: string | undefined;
  readonly bezug: readonly BezugSicht[];
  readonly relation: readonly RelationSicht[];
  readonly definition: string | undefined;
  /** Schemas: the codes of the two Ableitungsmodifikationen. */
  readonly ableitungsmodifikationenStruktur: string | undefined;
  readonly ableitungsmodifikationenRepraesentation: string | undefined;
  /** Dokumentsteckbriefe: the dokumentart (2.0 a free string, 3.0.0 a code). */
  readonly dokumentart: string | undefined;
  /** Dokumentsteckbriefe: the boolean as written (2.0 `isReferenz`, 3.0.0 `istAbstrakt`). */
  readonly dokumentsteckbriefSchalter: string | undefined;
  /** Schemas: the id of the Dokumentsteckbrief they belong to (3.0.0 `dokumentsteckbrief/id`; 2.0 has none). */
  readonly dokumentsteckbriefId: string | undefined;
  /** Groups: the code of the Gruppenart (3.0.0 `art`; 2.0 has none). */
  readonly gruppenart: string | undefined;
  /** Every String.Latin text of the element (absent ones as undefined). */
  latinTexte(): readonly (string | undefined)[];
}

/** What the checks read of a rule (Regel). */
export interface RegelSicht {
  readonly target: object;
  /** The schema, group or field the rule belongs to (its model object and identification). */
  readonly owner: { readonly node: object; readonly identifikation: Kennung };
  readonly identifikation: Kennung;
  readonly name: string;
  readonly ersteller: string | undefined;
  /** The rule's text (2.0 `definition`, 3.0.0 `freitextRegel`). */
  readonly text: string | undefined;
  /** The script (2.0 `script`, 3.0.0 `skript`). */
  readonly skript: string | undefined;
  /** Every String.Latin text of the rule. */
  latinTexte(): readonly (string | undefined)[];
}

/** What the checks read of a field's Präzisierung (2.0: the JSON inside its text; 3.0.0: its attributes). */
export interface PraezisierungSicht {
  readonly minLength?: string | undefined;
  readonly maxLength?: string | undefined;
  readonly minValue?: string | undefined;
  readonly maxValue?: string | undefined;
  readonly pattern?: string | undefined;
}

/** One entry of a field's value list (3.0.0 `werte/wert`; 2.0 has none). */
export interface WertSicht {
  readonly code: string;
  readonly name: string;
  readonly hilfe?: string | undefined;
}

/** What the checks read of a Datenfeld beyond its {@link ElementSicht}. */
export interface FeldSicht {
  /** The model object (findings point at it). */
  readonly target: object;
  readonly identifikation: Kennung;
  readonly feldart: string;
  readonly datentyp: string;
  readonly schemaelementart: string;
  /** The code of 3.0.0 `vorbefuellung` (2.0 has none). */
  readonly vorbefuellung: string | undefined;
  /** The Präzisierung's values (2.0: undefined when its text holds no JSON object). */
  readonly praezisierung: PraezisierungSicht | undefined;
  /** No Präzisierung as the version's reference reads it for 1103 (2.0: an empty text; 3.0.0: no element). */
  readonly ohnePraezisierung: boolean;
  readonly inhalt: string | undefined;
  /** 3.0.0 `werte` (undefined when absent, and always in 2.0). */
  readonly werte: readonly WertSicht[] | undefined;
  /** The version's reference to a code list, as its {@link CodeListSuche} takes it; undefined without one. */
  readonly codelisteReferenz: object | undefined;
  /** The referenced list's `canonicalIdentification`, trimmed ("" without one). */
  readonly codelisteUri: string;
  /** `codeKey`, `nameKey`, `helpKey` as given, trimmed (3.0.0; empty in 2.0). */
  readonly codeKeys: CodeListKeys;
  readonly codeKey: string | undefined;
  readonly nameKey: string | undefined;
  readonly helpKey: string | undefined;
  /** 3.0.0 `maxSize` and `mediaType` (2.0 has neither). */
  readonly maxSize: string | undefined;
  readonly mediaType: readonly string[];
}

/** What the checks read of a code list: referenced from a field, or (2.0) sent as message 0105. */
export interface CodelisteSicht {
  /** The model object findings point at. */
  readonly target: object;
  /** How findings name the list (2.0: its C-ID + version; 3.0.0: `canonicalVersionUri`, else identification_version). */
  readonly element: string;
  /** `canonicalIdentification` as written ("" when absent). */
  readonly canonicalIdentification: string;
  /** `version` as written ("" when absent). */
  readonly version: string;
  /** The genericode identification as the version's {@link CodeListSuche} takes it. */
  readonly referenz: object;
  /** Whether a field references the list (false for a 2.0 message 0105). */
  readonly referenziert: boolean;
  /** The list sent inline (2.0 message 0105). */
  readonly inline: CodeListDocument | undefined;
  /** The columns the referencing field names (3.0.0 `codeKey`, `nameKey`, `helpKey`; empty in 2.0). */
  readonly keys: CodeListKeys;
}

/** A group or field contained in a schema or group (one structure row). */
export interface KindSicht {
  readonly art: "datenfeld" | "datenfeldgruppe";
  /** The model object. */
  readonly node: object;
  readonly identifikation: Kennung;
  readonly schemaelementart: string;
  /** The status code (2.0 `status`, 3.0.0 `freigabestatus`). */
  readonly status: string;
  readonly veroeffentlichungsdatum: string | undefined;
}

/** The code lists a run resolved beforehand, as the common checks ask for them. */
export interface CodeListSuche {
  /** The list a reference names ({@link FeldSicht.codelisteReferenz}, {@link CodelisteSicht.referenz}). */
  find(referenz: object): CodeListDocument | undefined;
  /** The newest version of a list. */
  latest(canonicalIdentification: string): CodeListDocument | undefined;
}

/** What the checks read of a structure row. */
export interface ZeileSicht {
  /** The row's model object (findings point at it). */
  readonly target: object;
  /** The contained element's model object. */
  readonly childTarget: object;
  /** The schema or group the row belongs to. */
  readonly parent: Kennung;
  /** The element the row contains. */
  readonly child: Kennung;
  /** The status code of the contained element. */
  readonly childStatus: string;
  readonly bezug: readonly BezugSicht[];
  /** `anzahl` as written. */
  readonly anzahl: string;
  readonly parentArt: "stammdatenschema" | "datenfeldgruppe";
  /** The schemaelementart code of the parent group (undefined for a schema). */
  readonly parentSchemaelementart: string | undefined;
  readonly childArt: "datenfeld" | "datenfeldgruppe";
  readonly childSchemaelementart: string;
  /** The datentyp code of a contained field (undefined for a group). */
  readonly childDatentyp: string | undefined;
  /** The Gruppenart code of the parent group (3.0.0 `art`; undefined for a schema and in 2.0). */
  readonly parentGruppenart: string | undefined;
}

/**
 * A version's adapter from its model objects to the neutral shapes. The rules hand it the nodes they visit
 * (typed as the version's model objects, opaque to the common rules).
 */
export interface XdfSicht {
  element(node: object, art: ElementArt): ElementSicht;
  regel(node: object): RegelSicht;
  zeile(node: object): ZeileSicht;
  feld(node: object): FeldSicht;
  codeliste(node: object): CodelisteSicht;
  /** The groups and fields a schema or group contains, one per structure row, in row order. */
  kinder(container: object): readonly KindSicht[];
  /** The message's root element (schema, group, field, Dokumentsteckbrief or 2.0 code list). */
  readonly wurzel: object | undefined;
  /** The root when the message is a schema (0102) or a group (0103). */
  readonly wurzelContainer: { readonly node: object; readonly identifikation: Kennung } | undefined;
  /** Every distinct group and field of the message (groups first, each in document order). */
  elemente(): readonly KindSicht[];
  /** Every distinct code list of the message. */
  codelisten(): readonly CodelisteSicht[];
}

/** Whether a code is in one of the version's code lists (the lists themselves are the version's `codes.ts`). */
export interface QsCodelisten {
  /** The status list (2.0 `status`, 3.0.0 `freigabestatus`). */
  readonly statusGueltig: (code: string) => boolean;
  readonly schemaelementartGueltig: (code: string) => boolean;
  /** The Ableitungsmodifikationen lists. */
  readonly ableitungStrukturGueltig: (code: string) => boolean;
  readonly ableitungRepraesentationGueltig: (code: string) => boolean;
  /** A Dokumentsteckbrief's dokumentart (2.0: not empty, a free string there; 3.0.0: in the code list). */
  readonly dokumentartGueltig: (code: string) => boolean;
  /** A relation's praedikat (3.0.0; 2.0 has no relations). */
  readonly relationGueltig: (code: string) => boolean;
  readonly feldartGueltig: (code: string) => boolean;
  readonly datentypGueltig: (code: string) => boolean;
  /** 3.0.0 `vorbefuellung` (2.0 has none). */
  readonly vorbefuellungGueltig: (code: string) => boolean;
  /** 3.0.0 Gruppenart (2.0 has none). */
  readonly gruppenartGueltig: (code: string) => boolean;
}

/**
 * Where the versions differ in what a common check asks, as plain data (one column per version in
 * `common/qs/profil.ts`): id digits, status codes, the value patterns, and which of two readings of a
 * catalogue code the version's reference checker (QS-DF 0.977 for 2.0, 1.20 for 3.0.0) applies.
 */
export interface QsProfilDaten {
  /** Digits after the element's letter in an id (2.0: 8, 3.0.0: 11). */
  readonly idZiffern: number;
  /** The status code of an inactive element (2.0 `inaktiv`, 3.0.0 `7`). */
  readonly statusInaktiv: string;
  /** The status code of an active element (2.0 `aktiv`; 3.0.0 has no single one, and no 1119). */
  readonly statusAktiv: string | undefined;
  /** Status codes that need a `statusGesetztAm` (3.0.0: 3–7; 2.0 has no such date). */
  readonly statusMitDatum: ReadonlySet<string>;
  /** Whether `anzahl` `0:0` is reported as 1021 (3.0.0, as the reference QS-DF 1.20 does). */
  readonly anzahlNullIstLeer: boolean;
  /** An element reference with a version in a rule's text (1019; the id form differs per version). */
  readonly versionierteReferenz: RegExp;
  /** The Datentypen of text fields (1012, 1015, 1074, 1075, 1090, 1102). */
  readonly textTypen: readonly string[];
  /** The Datentypen that allow minValue/maxValue (1016). */
  readonly wertebereichTypen: ReadonlySet<string>;
  /** 1012 only for text fields (3.0.0; for others a length is 1015), or for any Datentyp (2.0). */
  readonly laengeBeiAuswahlNurText: boolean;
  /** The form of a minLength/maxLength that 1074/1075 compare the content with (2.0 also takes a leading `+`). */
  readonly laengenangabe: RegExp;
  /** 1103 only for input fields, an empty Präzisierung text counting as none (2.0); else any Feldart (3.0.0). */
  readonly zahlOhnePraezisierungNurEingabe: boolean;
  /** 1048 tests the URN as written, surrounding white space included (2.0), or trimmed (3.0.0). */
  readonly urnUngetrimmt: boolean;
  /** 1105 runs by default and an empty version fails it (2.0); 3.0.0: off by default, an empty version passes. */
  readonly codelistenVersionPflicht: boolean;
  /** 1093: rows whose names are empty count as equal names (2.0) or not (3.0.0: a missing column is 1122). */
  readonly leereNamenDoppelt: boolean;
  /** The ids of 'Default-Datenfeld' (1094, 1095). */
  readonly defaultDatenfelder: ReadonlySet<string>;
  /** 1095 only when the Default-Datenfeld is the only row (3.0.0), or in any row (2.0). */
  readonly defaultDatenfeldNurAllein: boolean;
  /** 1003 on a schema holding an element in several versions (2.0), or on every such element (3.0.0). */
  readonly mehrereVersionenJe: "stammdatenschema" | "element";
  /** 1135 on the versioned schema or group (2.0), or on the row and on unversioned fields (3.0.0). */
  readonly unversioniertJe: "container" | "zeile";
  /** 1134 on the rows of a working copy, off by default (2.0), or on the elements of a working-copy message (3.0.0). */
  readonly arbeitskopieJe: "zeile" | "wurzel";
  /** 1098 and 1131 run by default (the 2.0 reference QS-DF 0.977 has neither check). */
  readonly textChecksByDefault: boolean;
  /** 1117 and 1140 also look at the rules (2.0); in 3.0.0 the rules have their own entries. */
  readonly erstellerMitRegeln: boolean;
  /** 1139 runs by default (the 2.0 reference has no such check). */
  readonly dateiAnzahlByDefault: boolean;
}

/** A version's profile: its data and its code lists. */
export interface QsProfil extends QsProfilDaten, QsCodelisten {}

/**
 * `id` + `V` + version, as the QS reports name an element; the id alone for working copies.
 *
 * @example
 * ```ts
 * import { qsElementKey } from "fim-xoev/xdatenfelder/v3/rules";
 *
 * console.log(qsElementKey({ id: "F60000000243", version: "1.2.0" })); // "F60000000243V1.2.0"
 * ```
 */
export function elementKey(identifikation: Kennung): string {
  return identifikation.version === undefined || identifikation.version === ""
    ? identifikation.id
    : `${identifikation.id}V${identifikation.version}`;
}

/** Any character `trim()` keeps: `\s` is exactly WhiteSpace and LineTerminator, what `trim()` removes. */
const NICHT_LEER = /\S/u;

/** True for absent, empty or white-space-only text. */
export function leer(text: string | undefined): boolean {
  return text === undefined || !NICHT_LEER.test(text);
}

/**
 * An adapter function with a one-entry cache: every rule visiting a node asks for its view, and the runner
 * hands a node to all its rules one after the other, so the view is built once per node.
 */
export function einmal<A extends readonly [object, ...unknown[]], S>(build: (...args: A) => S): (...args: A) => S {
  let last: object | undefined;
  let view: S | undefined;
  return (...args) => {
    if (args[0] !== last || view === undefined) {
      last = args[0];
      view = build(...args);
    }
    return view;
  };
}
