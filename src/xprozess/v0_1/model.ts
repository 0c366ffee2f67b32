/**
 * The XProzess 0.1 model (read-only): the metadata of one process model of the Nationale Prozessbibliothek.
 * Texts are kept exactly as the XML holds them — the files escape HTML entities *inside* the XML text
 * (`Beh&amp;ouml;rden` → `Beh&ouml;rden`); {@link unescapeHtml} (`parse.ts`) gives the intended text.
 */
import type { RawAttribute, RawElement } from "../../core/binding/types.ts";

/** Content a parser kept because the binding does not know it. */
export interface WithUnknownContent {
  readonly unknownElements?: readonly RawElement[];
  readonly unknownAttributes?: readonly RawAttribute[];
}

/** A code with its label, e.g. the key of a metadata entry (`processName`, list version `0.1`). */
export interface Code extends WithUnknownContent {
  readonly listVersionID?: string;
  readonly code: string;
  readonly name?: string;
}

/** The organisations that have a right (to read or to write the model). */
export interface Rechte extends WithUnknownContent {
  readonly organisation: readonly string[];
}

/** The Freigabe of a model: its release level (`OE`, `SP` seen) and who may read and write it. */
export interface Freigabe extends WithUnknownContent {
  /** Codes seen: `OE`, `SP`. */
  readonly freigabestufe: Code;
  readonly leserechte?: Rechte;
  readonly schreibrechte?: Rechte;
}

/** A file value: content as written (base64 by the PromniCAT importer's reading; empty in the public file). */
export interface Datei extends WithUnknownContent {
  readonly inhalt: string;
  readonly name?: string;
  /** MIME type, e.g. `image/png`. */
  readonly typ?: string;
}

/** A value: a text, a list or a file. */
export interface Wert extends WithUnknownContent {
  readonly auswahl:
    | { readonly text: string }
    | { readonly liste: { readonly eintrag: readonly string[] } & WithUnknownContent }
    | { readonly datei: Datei };
}

/** One key/value pair of metadata; the key's `code` is e.g. `processName`, `tags`, or a 32-hex custom key. */
export interface MetaInformation extends WithUnknownContent {
  readonly schluessel: Code;
  /** The question the key stands for. */
  readonly beschreibung?: string;
  readonly wert: Wert;
}

/**
 * One process model of the Nationale Prozessbibliothek (`austausch.modell.1001`): its id, revision, release and
 * metadata (name, tags, topics, modelling method, …).
 */
export interface AustauschModell extends WithUnknownContent {
  /** Model id: 32 hex characters. */
  readonly schluessel: string;
  /** `<n>-<32 hex>`: the number before the dash is the revision. */
  readonly revision: string;
  readonly freigabe: Freigabe;
  readonly metaInformation: readonly MetaInformation[];
}
