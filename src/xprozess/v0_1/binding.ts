/**
 * The XML binding of XProzess 0.1, taken from the two public instances (no XSD is public): every name below is
 * seen there. Where the fact sheet's outline differs from the files (it shows `leserechte`/`schreibrechte`
 * beside `freigabe`; both files have them inside it), the files win. The order is the files' order; since it is
 * not confirmed by a schema, elements out of it are reported as `info` only.
 */
import { attributeField as attr, elementField as el } from "../../core/binding/define.ts";
import { complexType as complex } from "../../core/binding/types.ts";

/** A code with unqualified `code` and `name` children, as in XÖV (`freigabestufe`, `schluessel`). */
export const Code = complex("Code", [
  attr("listVersionID"),
  el("code", "1", "token", { qualified: false }),
  el("name", "?", "string", { qualified: false }),
]);

/** Organisations with a right. */
export const Rechte = complex("Rechte", [el("organisation", "*", "string")]);

/** Release level (codes seen: `OE`, `SP`) and rights. */
export const Freigabe = complex("Freigabe", [
  el("freigabestufe", "1", Code),
  el("leserechte", "?", Rechte),
  el("schreibrechte", "?", Rechte),
]);

/** A list value. */
export const Liste = complex("Liste", [el("eintrag", "*", "string")]);

/** A file value (`imageFile` in `Begruenden.xml`: `<datei name="model.png" typ="image/png">`, content empty there). */
export const Datei = complex("Datei", [{ kind: "text", prop: "inhalt", type: "string" }, attr("name", "string"), attr("typ")]);

/** A value: a text, a list or a file (exactly one of them in the files). */
export const Wert = complex("Wert", [
  {
    kind: "choice",
    prop: "auswahl",
    occurs: "1",
    options: [
      { name: "text", type: "string" },
      { name: "liste", type: Liste },
      { name: "datei", type: Datei },
    ],
  },
]);

/** One key/value pair of metadata. */
export const MetaInformation = complex("MetaInformation", [
  el("schluessel", "1", Code),
  el("beschreibung", "?", "string"),
  el("wert", "1", Wert),
]);

/** The root: one process model's metadata. */
export const AustauschModell1001 = complex("austausch.modell.1001", [
  attr("schluessel", "token", { required: true }),
  attr("revision", "token", { required: true }),
  el("freigabe", "1", Freigabe),
  el("metaInformation", "*", MetaInformation),
]);
