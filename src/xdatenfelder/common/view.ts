/**
 * A version-neutral view of XDatenfelder for the FIM-QS rules written once (`common/qs/`): what the checks
 * read of an element, a structure row and a rule, whatever the version's model calls it. Each version supplies
 * an adapter ({@link XdfSicht}, in `v2/rules/view.ts` and `v3/rules/view.ts`) from its model objects to these
 * shapes, and a profile ({@link QsProfil}) with the parameters where the versions differ. The model types
 * themselves stay as they are; findings still point at the model objects (`target`), so paths and lines come
 * from the parse-time source map as before.
 */

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
  /** Every String.Latin text of the element (absent ones as undefined). */
  latinTexte(): readonly (string | undefined)[];
}

/** What the checks read of a rule (Regel). */
export interface RegelSicht {
  readonly target: object;
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

/** What the checks read of a structure row. */
export interface ZeileSicht {
  /** The row's model object (findings point at it). */
  readonly target: object;
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
}

/**
 * A version's adapter from its model objects to the neutral shapes. The rules hand it the nodes they visit
 * (typed as the version's model objects, opaque to the common rules).
 */
export interface XdfSicht {
  element(node: object, art: ElementArt): ElementSicht;
  regel(node: object): RegelSicht;
  zeile(node: object): ZeileSicht;
}

/** Where the versions differ in what a common check asks. */
export interface QsProfil {
  /** Digits after the element's letter in an id (2.0: 8, 3.0.0: 11). */
  readonly idZiffern: number;
  /** Whether a status code is in the version's status list. */
  readonly statusGueltig: (code: string) => boolean;
  /** Whether the Ableitungsmodifikationen codes are in the version's lists. */
  readonly ableitungStrukturGueltig: (code: string) => boolean;
  readonly ableitungRepraesentationGueltig: (code: string) => boolean;
  /** Whether a Dokumentsteckbrief's dokumentart is acceptable (2.0: not empty; 3.0.0: in the code list). */
  readonly dokumentartGueltig: (code: string) => boolean;
  /** Whether a schemaelementart code is in the version's list. */
  readonly schemaelementartGueltig: (code: string) => boolean;
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
  /** Whether a relation's praedikat is in the version's list (3.0.0; 2.0 has no relations). */
  readonly relationGueltig: (code: string) => boolean;
}

/** `id` + `V` + version, as the QS reports name an element; the id alone for working copies. */
export function elementKey(identifikation: Kennung): string {
  return identifikation.version === undefined || identifikation.version === ""
    ? identifikation.id
    : `${identifikation.id}V${identifikation.version}`;
}

/** True for absent, empty or white-space-only text. */
export function leer(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
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
