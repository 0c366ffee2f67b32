/**
 * The 2.0 Präzisierung: a JSON object inside a text element (fact sheet §8.1), e.g.
 * `{"minLength":"1","maxLength":"80"}`. Reading is lenient: numbers may be strings or numbers; empty text
 * means "no constraints"; anything that is not a JSON object is kept verbatim and reported.
 */
import type { Praezisierung, PraezisierungWerte } from "./model.ts";

const KNOWN = ["minLength", "maxLength", "minValue", "maxValue", "pattern", "note"] as const;

/** The outcome of reading a Präzisierung text ({@link readPraezisierung}): the model plus, for non-JSON text, the reason. */
export interface PraezisierungRead {
  readonly praezisierung: Praezisierung;
  readonly problem?: string;
}

/**
 * Parses the text of a 2.0 `praezisierung` (a JSON object inside a text element). Empty (or white-space-only) text
 * has no `werte` and no problem; text that is not a JSON object is kept verbatim with the reason.
 * @example
 * ```ts
 * import { readPraezisierung } from "fim-xoev/xdatenfelder/v2";
 * const { praezisierung, problem } = readPraezisierung('{"minLength":"1","maxLength":"80"}');
 * console.log(praezisierung.werte?.maxLength, problem); // "80" undefined
 * console.log(readPraezisierung("max. 80 Zeichen").problem); // Unexpected token 'm', … is not valid JSON
 * ```
 */
export function readPraezisierung(text: string): PraezisierungRead {
  if (text.trim() === "") return { praezisierung: { text } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { praezisierung: { text }, problem: e instanceof Error ? e.message : String(e) };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { praezisierung: { text }, problem: `expected a JSON object, found ${Array.isArray(json) ? "an array" : typeof json}` };
  }
  const werte: { -readonly [K in keyof PraezisierungWerte]: PraezisierungWerte[K] } = {};
  const weitere: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if ((KNOWN as readonly string[]).includes(k) && (typeof v === "string" || typeof v === "number" || typeof v === "boolean")) {
      werte[k as (typeof KNOWN)[number]] = String(v);
    } else weitere[k] = v;
  }
  if (Object.keys(weitere).length > 0) werte.weitere = weitere;
  return { praezisierung: { text, werte } };
}

/**
 * Writes constraint values as the 2.0 JSON text (numbers as strings, as FIM tools write them; keys in
 * the order minLength, maxLength, minValue, maxValue, pattern, note, then the others).
 * @example
 * ```ts
 * import { formatPraezisierung } from "fim-xoev/xdatenfelder/v2";
 * console.log(formatPraezisierung({ minLength: "5", maxLength: "5", pattern: "[0-9]{5}" })); // Postleitzahl
 * // {"minLength":"5","maxLength":"5","pattern":"[0-9]{5}"}
 * ```
 */
export function formatPraezisierung(werte: PraezisierungWerte): string {
  const out: Record<string, unknown> = {};
  for (const k of KNOWN) if (werte[k] !== undefined) out[k] = werte[k];
  for (const [k, v] of Object.entries(werte.weitere ?? {})) out[k] = v;
  return Object.keys(out).length === 0 ? "" : JSON.stringify(out);
}

/**
 * A Präzisierung model from constraint values (text generated with {@link formatPraezisierung}).
 * @example
 * ```ts
 * import { type Datenfeld, praezisierungOf } from "fim-xoev/xdatenfelder/v2";
 * declare const familienname: Datenfeld; // F00000013
 * const geaendert: Datenfeld = { ...familienname, praezisierung: praezisierungOf({ minLength: "1", maxLength: "120" }) };
 * console.log(geaendert.praezisierung.text); // {"minLength":"1","maxLength":"120"}
 * ```
 */
export function praezisierungOf(werte: PraezisierungWerte): Praezisierung {
  const text = formatPraezisierung(werte);
  return text === "" ? { text } : { text, werte };
}
