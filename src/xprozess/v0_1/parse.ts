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

/**
 * Options of {@link safeParse} and {@link parse}: the reader's limits and the file name for findings.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type ParseOptions, safeParse } from "fim-xoev/xprozess/v0_1";
 *
 * const options: ParseOptions = { file: "npb-gewerbeanmeldung.xml", maxDiagnostics: 50 };
 * const result = safeParse(readFileSync("npb-gewerbeanmeldung.xml"), options);
 * for (const d of result.diagnostics) console.log(`${d.file}:${d.location?.line} ${d.message}`);
 * ```
 */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {}

/**
 * Reads an XProzess 0.1 `austausch.modell.1001`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { metadataOf, safeParse } from "fim-xoev/xprozess/v0_1";
 *
 * const result = safeParse(readFileSync("npb-gewerbeanmeldung.xml"));
 * if (result.success) console.log(result.data.schluessel, metadataOf(result.data).get("processName"));
 * else for (const d of result.diagnostics) console.error(d.message); // e.g. unknown-root-element for an `export`
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parse, revisionOf } from "fim-xoev/xprozess/v0_1";
 *
 * const modell = parse(readFileSync("npb-gewerbeanmeldung.xml")); // throws one XoevError on errors
 * console.log(modell.schluessel, revisionOf(modell), modell.freigabe.freigabestufe.code); // "fedcba98…" 2 "SP"
 * ```
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
 *
 * @example
 * ```ts
 * import { unescapeHtml } from "fim-xoev/xprozess/v0_1";
 *
 * // the NPB files escape HTML entities inside their XML text: after XML parsing "Beh&ouml;rden" is left
 * console.log(unescapeHtml("Beh&ouml;rden &amp; Gem&#xFC;ter")); // "Behörden & Gemüter"
 * ```
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

/**
 * The values of a metadata entry, HTML entities resolved: one for a text, the entries of a list, a file's name.
 *
 * @example
 * ```ts
 * import { parse, werteOf } from "fim-xoev/xprozess/v0_1";
 *
 * declare const xml: string;
 * for (const meta of parse(xml).metaInformation) {
 *   console.log(`${meta.schluessel.name ?? meta.schluessel.code}: ${werteOf(meta).join(", ")}`); // "Schlagworte: prüfung, antrag"
 * }
 * ```
 */
export function werteOf(meta: MetaInformation): string[] {
  const a = meta.wert.auswahl;
  if ("text" in a) return [unescapeHtml(a.text)];
  if ("liste" in a) return a.liste.eintrag.map(unescapeHtml);
  return [a.datei.name ?? ""];
}

/**
 * The metadata as a map from key code to values (HTML entities resolved), in document order.
 *
 * @example
 * ```ts
 * import { metadataOf, parse } from "fim-xoev/xprozess/v0_1";
 *
 * declare const xml: string;
 * const meta = metadataOf(parse(xml));
 * console.log(meta.get("processName")?.[0], meta.get("tags"), meta.get("modelingMethod")); // "Gewähren" ["prüfung", "antrag"] ["EPK / eEPK"]
 * ```
 */
export function metadataOf(model: AustauschModell): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of model.metaInformation) out.set(m.schluessel.code, [...(out.get(m.schluessel.code) ?? []), ...werteOf(m)]);
  return out;
}

/**
 * The revision number of a model (`5` of `5-2ce0…`), or `undefined` when the attribute does not have that form.
 *
 * @example
 * ```ts
 * import { parse, revisionOf } from "fim-xoev/xprozess/v0_1";
 *
 * declare const neu: string;
 * declare const alt: string;
 * // keep the newer of two revisions of the same NPB model
 * const [a, b] = [parse(neu), parse(alt)];
 * const neuere = (revisionOf(a) ?? 0) >= (revisionOf(b) ?? 0) ? a : b;
 * console.log(neuere.revision); // "2-0123456789abcdef0123456789abcdef"
 * ```
 */
export function revisionOf(model: AustauschModell): number | undefined {
  const m = /^([0-9]+)-/.exec(model.revision);
  return m === null ? undefined : Number(m[1]);
}
