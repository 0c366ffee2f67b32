/**
 * The XDatenfelder code lists that 2.0 and 3.0.0 declare alike (same URN, version and values): Schemaelementart and
 * the two Ableitungsmodifikationen lists. Each version's `codes.ts` re-exports them, so
 * `fim-xoev/xdatenfelder/v2` and `…/v3` keep exporting them under the same names. Imports only `core/`.
 */
import { type CodeList, schemaCodeList } from "../../core/codelists/code.ts";

/**
 * Kind of a schema element (`schemaelementart`): abstract, harmonised or bound to a legal norm.
 *
 * @example
 * ```ts
 * import { parse, Schemaelementart } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.datenfeld.0104" && n.datenfeld.schemaelementart.code === Schemaelementart.rechtsnormgebunden) {
 *   console.log(`${n.datenfeld.name} is bound to a legal norm`);
 * }
 * ```
 */
export const Schemaelementart = { abstrakt: "ABS", harmonisiert: "HAR", rechtsnormgebunden: "RNG" } as const;
/** One of the codes of {@link Schemaelementart}. */
export type Schemaelementart = (typeof Schemaelementart)[keyof typeof Schemaelementart];
/**
 * The Schemaelementart code list (fixed by the XSD, version 1.0), with its labels.
 *
 * @example
 * ```ts
 * import { schemaelementartCodeList } from "fim-xoev/xdatenfelder/v3";
 * console.log(schemaelementartCodeList.labels.RNG); // "rechtsnormgebunden"
 * ```
 */
export const schemaelementartCodeList: CodeList<Schemaelementart> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart",
  "1.0",
  { ABS: "abstrakt", HAR: "harmonisiert", RNG: "rechtsnormgebunden" },
);

/**
 * How the structure of a Stammdatenschema may be modified when it is derived (`ableitungsmodifikationenStruktur`).
 *
 * @example
 * ```ts
 * import { AbleitungsmodifikationenStruktur, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const fest = n.stammdatenschema.ableitungsmodifikationenStruktur.code === AbleitungsmodifikationenStruktur.nichtModifizierbar;
 *   console.log(fest ? "structure fixed" : "structure may change");
 * }
 * ```
 */
export const AbleitungsmodifikationenStruktur = {
  nichtModifizierbar: "0",
  nurEinschraenkbar: "1",
  nurErweiterbar: "2",
  allesModifizierbar: "3",
} as const;
/** One of the codes of {@link AbleitungsmodifikationenStruktur}. */
export type AbleitungsmodifikationenStruktur = (typeof AbleitungsmodifikationenStruktur)[keyof typeof AbleitungsmodifikationenStruktur];
/**
 * The AbleitungsmodifikationenStruktur code list (fixed by the XSD, version 1.0), with its labels.
 *
 * @example
 * ```ts
 * import { ableitungsmodifikationenStrukturCodeList } from "fim-xoev/xdatenfelder/v3";
 * console.log(ableitungsmodifikationenStrukturCodeList.labels["1"]); // "nur einschränkbar"
 * ```
 */
export const ableitungsmodifikationenStrukturCodeList: CodeList<AbleitungsmodifikationenStruktur> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur",
  "1.0",
  { "0": "nicht modifizierbar", "1": "nur einschränkbar", "2": "nur erweiterbar", "3": "alles modifizierbar" },
);

/**
 * Whether the representation of a Stammdatenschema may be modified when it is derived
 * (`ableitungsmodifikationenRepraesentation`).
 *
 * @example
 * ```ts
 * import { AbleitungsmodifikationenRepraesentation, parse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string;
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const frei = n.stammdatenschema.ableitungsmodifikationenRepraesentation.code === AbleitungsmodifikationenRepraesentation.modifizierbar;
 *   console.log(`${n.stammdatenschema.name}: ${frei ? "modifizierbar" : "nicht modifizierbar"}`);
 * }
 * ```
 */
export const AbleitungsmodifikationenRepraesentation = { nichtModifizierbar: "0", modifizierbar: "1" } as const;
/** One of the codes of {@link AbleitungsmodifikationenRepraesentation}. */
export type AbleitungsmodifikationenRepraesentation =
  (typeof AbleitungsmodifikationenRepraesentation)[keyof typeof AbleitungsmodifikationenRepraesentation];
/**
 * The AbleitungsmodifikationenRepraesentation code list (fixed by the XSD, version 1.0), with its labels.
 *
 * @example
 * ```ts
 * import { ableitungsmodifikationenRepraesentationCodeList } from "fim-xoev/xdatenfelder/v2";
 * console.log(ableitungsmodifikationenRepraesentationCodeList.labels["0"]); // "nicht modifizierbar"
 * ```
 */
export const ableitungsmodifikationenRepraesentationCodeList: CodeList<AbleitungsmodifikationenRepraesentation> = schemaCodeList(
  "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation",
  "1.0",
  { "0": "nicht modifizierbar", "1": "modifizierbar" },
);
