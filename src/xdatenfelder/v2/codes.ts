/**
 * XDatenfelder 2.0 code lists: the XSD's enumerations as literal unions and `as const` objects, with URN,
 * version (all fixed to `1.0` by the 2.0 XSD) and labels (XSD documentation, fact sheet §5). Keys of the
 * `as const` objects are German lowerCamel names of the codes.
 */
import { type CodeList, schemaCodeList } from "../../core/codelists/code.ts";

/**
 * The kinds of a 2.0 Datenfeld (`feldart`, code list `urn:xoev-de:fim:codeliste:xdatenfelder.feldart` 1.0): `input`
 * (Eingabefeld), `select` (Auswahlfeld: the values come from the referenced Codeliste) and `label` (statischer Text).
 * Keys are German names.
 * @example
 * ```ts
 * import { Feldart, parse } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // a Datenfeld message (0104)
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.datenfeld.0104" && n.datenfeld.feldart.code === Feldart.auswahl)
 *   console.log(`${n.datenfeld.name}: values from ${n.datenfeld.codelisteReferenz?.genericodeIdentification.canonicalIdentification}`);
 * ```
 */
export const Feldart = { eingabe: "input", auswahl: "select", statisch: "label" } as const;
/**
 * One of the codes of {@link Feldart}.
 */
export type Feldart = (typeof Feldart)[keyof typeof Feldart];
/**
 * The 2.0 Feldart code list (version 1.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Datenfeld, feldartCodeList } from "fim-xoev/xdatenfelder/v2";
 * declare const feld: Datenfeld; // F00000013 "Familienname"
 * console.log(`${feld.name}: ${feldartCodeList.labels[feld.feldart.code]}`); // Familienname: Eingabe
 * ```
 */
export const feldartCodeList: CodeList<Feldart> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.feldart", "1.0", {
  input: "Eingabe",
  select: "Auswahl",
  label: "Statisch",
});

/**
 * The data types of a 2.0 Datenfeld (`datentyp`, code list `urn:xoev-de:fim:codeliste:xdatenfelder.datentyp` 1.0):
 * text, date, boolean, number, integer, amount of money, file attachment, object (blob). 3.0.0 adds `text_latin`,
 * `time` and `datetime`. Keys are German names.
 * @example
 * ```ts
 * import { Datentyp, type Datenfeld } from "fim-xoev/xdatenfelder/v2";
 * declare const feld: Datenfeld;
 * const htmlType = feld.datentyp.code === Datentyp.datum ? "date" : feld.datentyp.code === Datentyp.ganzzahl ? "number" : "text";
 * console.log(`<input type="${htmlType}" name="${feld.identifikation.id}">`);
 * ```
 */
export const Datentyp = {
  text: "text",
  datum: "date",
  wahrheitswert: "bool",
  nummer: "num",
  ganzzahl: "num_int",
  geldbetrag: "num_currency",
  anlage: "file",
  objekt: "obj",
} as const;
/**
 * One of the codes of {@link Datentyp}.
 */
export type Datentyp = (typeof Datentyp)[keyof typeof Datentyp];
/**
 * The 2.0 Datentyp code list (version 1.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Datenfeld, datentypCodeList } from "fim-xoev/xdatenfelder/v2";
 * declare const feld: Datenfeld;
 * console.log(datentypCodeList.labels[feld.datentyp.code]); // Text
 * ```
 */
export const datentypCodeList: CodeList<Datentyp> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.datentyp", "1.0", {
  text: "Text",
  date: "Datum",
  bool: "Wahrheitswert",
  num: "Nummer",
  num_int: "Ganzzahl",
  num_currency: "Geldbetrag",
  file: "Anlage (Datei)",
  obj: "Objekt (Blob)",
});

export {
  AbleitungsmodifikationenRepraesentation,
  AbleitungsmodifikationenStruktur,
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  Schemaelementart,
  schemaelementartCodeList,
} from "../common/codes.ts";

/**
 * The status of a 2.0 element (`status`, code list `urn:xoev-de:fim:codeliste:xdatenfelder.status` 1.0): `aktiv`,
 * `inaktiv`, `inVorbereitung`. 2.0 only; 3.0.0 replaced it by the Freigabestatus.
 * @example
 * ```ts
 * import { parse, Status } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // S00000009: status inVorbereitung
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.stammdatenschema.0102" && n.stammdatenschema.status.code !== Status.aktiv)
 *   console.warn(`${n.stammdatenschema.name} is not active (${n.stammdatenschema.status.code})`);
 * ```
 */
export const Status = { aktiv: "aktiv", inaktiv: "inaktiv", inVorbereitung: "inVorbereitung" } as const;
/**
 * One of the codes of {@link Status}.
 */
export type Status = (typeof Status)[keyof typeof Status];
/**
 * The 2.0 Status code list (version 1.0, fixed by the XSD) with its labels.
 * @example
 * ```ts
 * import { type Stammdatenschema, statusCodeList } from "fim-xoev/xdatenfelder/v2";
 * declare const schema: Stammdatenschema;
 * console.log(statusCodeList.labels[schema.status.code]); // In Vorbereitung
 * ```
 */
export const statusCodeList: CodeList<Status> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.status", "1.0", {
  aktiv: "Aktiv",
  inaktiv: "Inaktiv",
  inVorbereitung: "In Vorbereitung",
});
