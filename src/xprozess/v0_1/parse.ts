/**
 * Reads XProzess 0.1 documents (`austausch.modell.1001`) into the model, and gives the metadata as plain values.
 * Read-only: there is no writer for the draft.
 */
import { safeReadDocument } from "../../core/binding/document.ts";
import { type Result, unwrap } from "../../core/result.ts";
import type { ReadOptions } from "../../core/xml/read.ts";
import { AustauschModell1001 } from "./binding.ts";
import type { AustauschModell, MetaInformation } from "./model.ts";
import { NAMESPACE, PREFIX, ROOT_ELEMENT } from "./namespace.ts";

/** Options of the reader. */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {}

/** Reads an XProzess 0.1 `austausch.modell.1001`. */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<AustauschModell> {
  return safeReadDocument<AustauschModell>(xml, AustauschModell1001, {
    ...options,
    namespace: NAMESPACE,
    prefix: PREFIX,
    rootElement: ROOT_ELEMENT,
  });
}

/**
 * Reads an XProzess 0.1 `austausch.modell.1001`.
 *
 * @throws {XoevError} with every finding.
 */
export function parse(xml: string | Uint8Array, options?: ParseOptions): AustauschModell {
  return unwrap(safeParse(xml, options));
}

const ENTITIES: Readonly<Record<string, string>> = {
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  euro: "€",
  sect: "§",
};

/**
 * Resolves the HTML entities the NPB files escape inside their XML text (`Beh&ouml;rden` → `Behörden`): the
 * German letters and the common named entities, and numeric ones. Unknown named entities stay as written.
 */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (all, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#")) {
      const cp = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[ref] ?? all;
  });
}

/** The values of a metadata entry, HTML entities resolved: one for a text, the entries of a list, a file's name. */
export function werteOf(meta: MetaInformation): string[] {
  const a = meta.wert.auswahl;
  if ("text" in a) return [unescapeHtml(a.text)];
  if ("liste" in a) return a.liste.eintrag.map(unescapeHtml);
  return [a.datei.name ?? ""];
}

/** The metadata as a map from key code to values (HTML entities resolved), in document order. */
export function metadataOf(model: AustauschModell): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of model.metaInformation) out.set(m.schluessel.code, [...(out.get(m.schluessel.code) ?? []), ...werteOf(m)]);
  return out;
}

/** The revision number of a model (`5` of `5-2ce0…`), or `undefined` when the attribute does not have that form. */
export function revisionOf(model: AustauschModell): number | undefined {
  const m = /^([0-9]+)-/.exec(model.revision);
  return m === null ? undefined : Number(m[1]);
}
