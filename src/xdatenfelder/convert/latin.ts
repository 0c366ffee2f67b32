/**
 * String.Latin in the 2.0 → 3.0.0 conversion: which characters outside String.Latin 1.1 are replaced, and how.
 * The character set itself is the library's one implementation in `core/xsd-types/latin.ts` (re-exported here).
 */
import { replaceNonLatin } from "../../core/xsd-types/latin.ts";

export { isStringLatin, nonLatinCharacters } from "../../core/xsd-types/latin.ts";

/**
 * Replacements for characters outside String.Latin. NBSP → space and „ “ → ' are what the reference converter
 * does on the corpus; the other entries follow the same idea (typographic punctuation → ASCII).
 */
export const LATIN_REPLACEMENTS: Readonly<Record<string, string>> = {
  "\u00a0": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\u201e": "'",
  "\u201c": "'",
  "\u201d": "'",
  "\u201a": "'",
  "\u2018": "'",
  "\u2019": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u2026": "...",
  "\u2264": "<=",
  "\u2265": ">=",
};

/**
 * Replaces characters outside String.Latin by {@link LATIN_REPLACEMENTS}; characters without a replacement are
 * kept. Returns the new text and what was replaced or left.
 */
export function toStringLatin(text: string): {
  readonly text: string;
  readonly replaced: readonly string[];
  readonly kept: readonly string[];
} {
  return replaceNonLatin(text, (ch) => LATIN_REPLACEMENTS[ch]);
}
