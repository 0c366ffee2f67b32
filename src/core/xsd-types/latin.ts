/**
 * String.Latin 1.1 (XÖV "Lateinische Zeichen in Unicode", `latinchars.xsd`, namespace
 * `http://xoev.de/latinchars/1_1/datatypes`): the type of almost every text of XDatenfelder 2.0/3.0.0 and other
 * XÖV standards. The one implementation of the library: the model stages, the QS rules and the 2.0 → 3.0.0
 * converter all use it.
 *
 * The character class and the nine base + combining-mark sequences are the XSD pattern
 * `(([C])|(b1m1|…))*`, translated mechanically (`&#xNN;` → `\u{NN}`). The sequences come first so that a base
 * letter followed by its combining mark is one token.
 */
const SEQUENCES =
  "\\u{4d}\\u{302}|\\u{4e}\\u{302}|\\u{6d}\\u{302}|\\u{6e}\\u{302}|\\u{44}\\u{302}|\\u{64}\\u{302}|\\u{4a}\\u{30c}|\\u{4c}\\u{302}|\\u{6c}\\u{302}";
const CLASS =
  "\\u{9}-\\u{a}\\u{d}\\u{20}-\\u{7e}\\u{a1}-\\u{ac}\\u{ae}-\\u{107}\\u{10a}-\\u{11b}\\u{11e}-\\u{123}\\u{126}-\\u{131}\\u{134}-\\u{15b}\\u{15e}-\\u{16b}" +
  "\\u{16e}-\\u{17e}\\u{18f}\\u{1a0}-\\u{1a1}\\u{1af}-\\u{1b0}\\u{1b7}\\u{1cd}-\\u{1d4}\\u{1de}-\\u{1df}\\u{1e4}-\\u{1f0}\\u{1f4}-\\u{1f5}\\u{1fa}-\\u{1ff}" +
  "\\u{218}-\\u{21b}\\u{21e}-\\u{21f}\\u{22a}-\\u{22b}\\u{22e}-\\u{233}\\u{259}\\u{292}\\u{1e02}-\\u{1e03}\\u{1e0a}-\\u{1e0b}\\u{1e10}-\\u{1e11}" +
  "\\u{1e1e}-\\u{1e21}\\u{1e24}-\\u{1e27}\\u{1e30}-\\u{1e31}\\u{1e40}-\\u{1e41}\\u{1e44}-\\u{1e45}\\u{1e56}-\\u{1e57}\\u{1e60}-\\u{1e63}\\u{1e6a}-\\u{1e6b}" +
  "\\u{1e80}-\\u{1e85}\\u{1e8c}-\\u{1e93}\\u{1e9e}\\u{1ea0}-\\u{1ea7}\\u{1eaa}-\\u{1eac}\\u{1eae}-\\u{1ec1}\\u{1ec4}-\\u{1ed3}\\u{1ed6}-\\u{1edd}\\u{1ee4}-\\u{1ef9}\\u{20ac}";

/** The whole-value test: the XSD pattern as a JS regex. */
const STRING_LATIN = new RegExp(`^(?:${SEQUENCES}|[${CLASS}])*$`, "u");
/** Tokens: group 1 a sequence, group 2 a character of the class, group 3 any other character. */
const TOKEN = new RegExp(`(${SEQUENCES})|([${CLASS}])|([\\s\\S])`, "gu");
/** Quick accept: plain ASCII text and Latin-1 letters (all in the class) are always String.Latin. */
const SIMPLE = /^[\t\n\r\x20-\x7e\xa1-\xac\xae-\xff]*$/;

/**
 * The XSD pattern of String.Latin 1.1, as written in `latinchars.xsd` (for messages).
 *
 * @example
 * ```ts
 * import { isStringLatin, STRING_LATIN_NAME } from "fim-xoev/validation";
 *
 * declare const name: string;
 * if (!isStringLatin(name)) console.log(`${name} is no ${STRING_LATIN_NAME} value`);
 * ```
 */
export const STRING_LATIN_NAME = "xoev-lc:String.Latin";

/**
 * True when the whole text is a String.Latin 1.1 value.
 *
 * @example
 * ```ts
 * import { isStringLatin } from "fim-xoev/validation";
 *
 * console.log(isStringLatin("Łódź"), isStringLatin("Müller 😀")); // true false
 * ```
 */
export function isStringLatin(text: string): boolean {
  return SIMPLE.test(text) || STRING_LATIN.test(text);
}

/**
 * The characters of a text that are not String.Latin, in order of occurrence (duplicates included).
 *
 * @example
 * ```ts
 * import { nonLatinCharacters } from "fim-xoev/validation";
 *
 * // tell the applicant which characters the authority cannot take
 * console.log(nonLatinCharacters("Zoë „Kim“ 金")); // the characters outside String.Latin 1.1, in order
 * ```
 */
export function nonLatinCharacters(text: string): string[] {
  const out: string[] = [];
  if (SIMPLE.test(text)) return out;
  for (const m of text.matchAll(TOKEN)) if (m[3] !== undefined) out.push(m[3]);
  return out;
}

/**
 * Replaces each character outside String.Latin for which `replacement` gives a string; others are kept.
 * Returns the new text and which characters were replaced or kept.
 *
 * @example
 * ```ts
 * import { replaceNonLatin } from "fim-xoev/validation";
 *
 * const { text, kept } = replaceNonLatin("Straße\u00a0№ 5", (c) => (c === "№" ? "Nr." : undefined));
 * console.log(text, kept); // "№" replaced; anything without a replacement is kept and listed
 * ```
 */
export function replaceNonLatin(
  text: string,
  replacement: (character: string) => string | undefined,
): { readonly text: string; readonly replaced: readonly string[]; readonly kept: readonly string[] } {
  const replaced: string[] = [];
  const kept: string[] = [];
  if (SIMPLE.test(text)) return { text, replaced, kept };
  let out = "";
  for (const m of text.matchAll(TOKEN)) {
    const bad = m[3];
    if (bad === undefined) {
      out += m[0];
      continue;
    }
    const r = replacement(bad);
    if (r === undefined) {
      kept.push(bad);
      out += bad;
    } else {
      replaced.push(bad);
      out += r;
    }
  }
  return { text: out, replaced, kept };
}
