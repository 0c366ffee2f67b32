/**
 * The vocabulary of the catalogue across the standards: the objects it indexes ({@link CatalogObject}) and the
 * links between them ({@link CatalogLink}), each with the evidence it rests on.
 */

/** What an indexed object is. */
export type CatalogObjectKind =
  /** A row of a LeiKa catalogue CSV. */
  | "leika"
  /** An XZuFi Leistung (Stammtext or a Redaktion's Leistung). */
  | "xzufi-leistung"
  /** An XProzess Prozessklasse (catalogue side). */
  | "prozessklasse"
  /** An XProzess Prozess (library side). */
  | "prozess"
  /** An XDatenfelder Stammdatenschema (2.0 or 3.0.0). */
  | "stammdatenschema"
  /** An XDatenfelder Dokumentsteckbrief (3.0.0 message, or the reference of a schema). */
  | "dokumentsteckbrief"
  /** A genericode code list. */
  | "codeliste";

/** Where an object or a link was found. */
export interface CatalogSource {
  /** File name as given to the catalogue. */
  readonly file: string;
  /** Line of the object in the file, where known (1-based). */
  readonly line?: number;
  /** Standard and version of the file, e.g. `XDatenfelder 3.0.0`, `LeiKa CSV`. */
  readonly standard: string;
}

/** One indexed object. */
export interface CatalogObject {
  readonly kind: CatalogObjectKind;
  /**
   * Identifier within its kind: the 14-digit Leistungsschlüssel for `leika`; the Leistung's id for `xzufi-leistung`;
   * the class/process id; the element id (`S…`, `D…`); the canonical URI for `codeliste`.
   */
  readonly id: string;
  /** Version, where the object has one (element version, code list version). */
  readonly version?: string;
  /** Name or Bezeichnung. */
  readonly name?: string;
  readonly source: CatalogSource;
}

/** Why two objects are linked. */
export type CatalogEvidence =
  /** A structured reference in the file (an element that holds the other object's id or key). */
  | "reference"
  /** The FIM method's identity of keys: a Prozessklasse's id is the Leistungsschlüssel. */
  | "same-key"
  /** A Leistungsschlüssel found in free text (a schema's `beschreibung`): XDatenfelder has no structured link. */
  | "text"
  /** An entry of a mapping file the user supplied. */
  | "mapping";

/** The reference side of a link: an object kind and id, resolved or not. */
export interface CatalogRef {
  readonly kind: CatalogObjectKind;
  readonly id: string;
  readonly version?: string;
}

/** A directed link between two objects (`from` names `to`). */
export interface CatalogLink {
  readonly from: CatalogRef;
  readonly to: CatalogRef;
  readonly evidence: CatalogEvidence;
  readonly source: CatalogSource;
}

/** Something the catalogue expected and did not find. */
export type CatalogGap =
  | { readonly kind: "leistung-without-schema"; readonly key: string }
  | { readonly kind: "leistung-without-process"; readonly key: string }
  | { readonly kind: "key-not-in-leika"; readonly key: string; readonly seenIn: readonly CatalogRef[] }
  | { readonly kind: "code-list-missing"; readonly schema: CatalogRef; readonly codeList: CatalogRef }
  | { readonly kind: "dokumentsteckbrief-unresolved"; readonly from: CatalogRef; readonly dokumentsteckbrief: string };

/** Everything the catalogue knows of one Leistungsschlüssel. */
export interface KeyView {
  readonly key: string;
  /** The LeiKa rows of the key (normally one). */
  readonly leika: readonly CatalogObject[];
  readonly leistungen: readonly CatalogObject[];
  readonly prozessklassen: readonly CatalogObject[];
  readonly prozesse: readonly CatalogObject[];
  readonly stammdatenschemata: readonly CatalogObject[];
  readonly dokumentsteckbriefe: readonly CatalogObject[];
  /** Code lists the key's schemas use that the catalogue holds. */
  readonly codelisten: readonly CatalogObject[];
  /** The links that put each object here. */
  readonly links: readonly CatalogLink[];
}
