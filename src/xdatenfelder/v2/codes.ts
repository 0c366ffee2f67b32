/**
 * XDatenfelder 2.0 code lists: the XSD's enumerations as literal unions and `as const` objects, with URN,
 * version (all fixed to `1.0` by the 2.0 XSD) and labels (XSD documentation, fact sheet §5). Keys of the
 * `as const` objects are German lowerCamel names of the codes.
 */
import type { CodeList } from "../../core/codelists/code.ts";

export const Feldart = { eingabe: "input", auswahl: "select", statisch: "label" } as const;
export type Feldart = (typeof Feldart)[keyof typeof Feldart];
export const feldartCodeList: CodeList<Feldart> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.feldart",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { input: "Eingabe", select: "Auswahl", label: "Statisch" },
};

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
export const datentypCodeList: CodeList<Datentyp> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.datentyp",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: {
    text: "Text",
    date: "Datum",
    bool: "Wahrheitswert",
    num: "Nummer",
    num_int: "Ganzzahl",
    num_currency: "Geldbetrag",
    file: "Anlage (Datei)",
    obj: "Objekt (Blob)",
  },
};

export const Schemaelementart = { abstrakt: "ABS", harmonisiert: "HAR", rechtsnormgebunden: "RNG" } as const;
export type Schemaelementart = (typeof Schemaelementart)[keyof typeof Schemaelementart];
export const schemaelementartCodeList: CodeList<Schemaelementart> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { ABS: "abstrakt", HAR: "harmonisiert", RNG: "rechtsnormgebunden" },
};

export const AbleitungsmodifikationenStruktur = {
  nichtModifizierbar: "0",
  nurEinschraenkbar: "1",
  nurErweiterbar: "2",
  allesModifizierbar: "3",
} as const;
export type AbleitungsmodifikationenStruktur = (typeof AbleitungsmodifikationenStruktur)[keyof typeof AbleitungsmodifikationenStruktur];
export const ableitungsmodifikationenStrukturCodeList: CodeList<AbleitungsmodifikationenStruktur> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { "0": "nicht modifizierbar", "1": "nur einschränkbar", "2": "nur erweiterbar", "3": "alles modifizierbar" },
};

export const AbleitungsmodifikationenRepraesentation = { nichtModifizierbar: "0", modifizierbar: "1" } as const;
export type AbleitungsmodifikationenRepraesentation =
  (typeof AbleitungsmodifikationenRepraesentation)[keyof typeof AbleitungsmodifikationenRepraesentation];
export const ableitungsmodifikationenRepraesentationCodeList: CodeList<AbleitungsmodifikationenRepraesentation> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { "0": "nicht modifizierbar", "1": "modifizierbar" },
};

/** 2.0 only; replaced by Freigabestatus in 3.0.0. */
export const Status = { aktiv: "aktiv", inaktiv: "inaktiv", inVorbereitung: "inVorbereitung" } as const;
export type Status = (typeof Status)[keyof typeof Status];
export const statusCodeList: CodeList<Status> = {
  uri: "urn:xoev-de:fim:codeliste:xdatenfelder.status",
  version: "1.0",
  versionFixed: true,
  closed: true,
  labels: { aktiv: "Aktiv", inaktiv: "Inaktiv", inVorbereitung: "In Vorbereitung" },
};
