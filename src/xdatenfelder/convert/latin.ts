/**
 * String.Latin 1.1 (xoev-lc, `latinchars.xsd`), the character set of almost every XDatenfelder text element.
 * The character class and the base + combining-mark sequences are the XSD pattern, translated mechanically
 * (`&#xNN;` → `\u{NN}`), not written by hand; the sequences come first so that a base letter followed by
 * its combining mark is one token.
 */
const TOKEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: TAB, LF and CR belong to String.Latin (XSD pattern)
  /(\u{4d}\u{302}|\u{4e}\u{302}|\u{6d}\u{302}|\u{6e}\u{302}|\u{44}\u{302}|\u{64}\u{302}|\u{4a}\u{30c}|\u{4c}\u{302}|\u{6c}\u{302})|([\u{9}-\u{a}\u{d}\u{20}-\u{7e}\u{a1}-\u{ac}\u{ae}-\u{107}\u{10a}-\u{11b}\u{11e}-\u{123}\u{126}-\u{131}\u{134}-\u{15b}\u{15e}-\u{16b}\u{16e}-\u{17e}\u{18f}\u{1a0}-\u{1a1}\u{1af}-\u{1b0}\u{1b7}\u{1cd}-\u{1d4}\u{1de}-\u{1df}\u{1e4}-\u{1f0}\u{1f4}-\u{1f5}\u{1fa}-\u{1ff}\u{218}-\u{21b}\u{21e}-\u{21f}\u{22a}-\u{22b}\u{22e}-\u{233}\u{259}\u{292}\u{1e02}-\u{1e03}\u{1e0a}-\u{1e0b}\u{1e10}-\u{1e11}\u{1e1e}-\u{1e21}\u{1e24}-\u{1e27}\u{1e30}-\u{1e31}\u{1e40}-\u{1e41}\u{1e44}-\u{1e45}\u{1e56}-\u{1e57}\u{1e60}-\u{1e63}\u{1e6a}-\u{1e6b}\u{1e80}-\u{1e85}\u{1e8c}-\u{1e93}\u{1e9e}\u{1ea0}-\u{1ea7}\u{1eaa}-\u{1eac}\u{1eae}-\u{1ec1}\u{1ec4}-\u{1ed3}\u{1ed6}-\u{1edd}\u{1ee4}-\u{1ef9}\u{20ac}])|([\s\S])/gu;

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

/** The characters of a text that are not String.Latin, in order of occurrence (duplicates included). */
export function nonLatinCharacters(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) if (m[3] !== undefined) out.push(m[3]);
  return out;
}

/** True when the whole text is String.Latin. */
export function isStringLatin(text: string): boolean {
  return nonLatinCharacters(text).length === 0;
}

/**
 * Replaces characters outside String.Latin by {@link LATIN_REPLACEMENTS}; characters without a replacement are
 * kept. Returns the new text and what was replaced or left.
 */
export function toStringLatin(text: string): {
  readonly text: string;
  readonly replaced: readonly string[];
  readonly kept: readonly string[];
} {
  const replaced: string[] = [];
  const kept: string[] = [];
  let out = "";
  for (const m of text.matchAll(TOKEN)) {
    const bad = m[3];
    if (bad === undefined) {
      out += m[0];
      continue;
    }
    const r = LATIN_REPLACEMENTS[bad];
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
