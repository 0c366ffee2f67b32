/**
 * XDatenfelder 2.0 code lists: the XSD's enumerations as literal unions and `as const` objects, with URN,
 * version (all fixed to `1.0` by the 2.0 XSD) and labels (XSD documentation, fact sheet §5). Keys of the
 * `as const` objects are German lowerCamel names of the codes.
 */
import { type CodeList, schemaCodeList } from "../../core/codelists/code.ts";

export const Feldart = { eingabe: "input", auswahl: "select", statisch: "label" } as const;
export type Feldart = (typeof Feldart)[keyof typeof Feldart];
export const feldartCodeList: CodeList<Feldart> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.feldart", "1.0", {
  input: "Eingabe",
  select: "Auswahl",
  label: "Statisch",
});

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
export type Datentyp = (typeof Datentyp)[keyof typeof Datentyp];
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

/** 2.0 only; replaced by Freigabestatus in 3.0.0. */
export const Status = { aktiv: "aktiv", inaktiv: "inaktiv", inVorbereitung: "inVorbereitung" } as const;
export type Status = (typeof Status)[keyof typeof Status];
export const statusCodeList: CodeList<Status> = schemaCodeList("urn:xoev-de:fim:codeliste:xdatenfelder.status", "1.0", {
  aktiv: "Aktiv",
  inaktiv: "Inaktiv",
  inVorbereitung: "In Vorbereitung",
});
