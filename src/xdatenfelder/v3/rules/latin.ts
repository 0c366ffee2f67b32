/**
 * String.Latin (XÖV "Lateinische Zeichen in Unicode" 1.1, `xoev-lc:String.Latin`), the type of almost every
 * XDatenfelder text: the character set of the official `latinchars.xsd` pattern (transcribed from it, code
 * point for code point), as a JS regex. The nine base + combining-mark sequences come first so that they win
 * over their base letter.
 */
const SEQUENZEN = "M\\u{302}|N\\u{302}|m\\u{302}|n\\u{302}|D\\u{302}|d\\u{302}|J\\u{30c}|L\\u{302}|l\\u{302}";
const ZEICHEN =
  "\\u{9}-\\u{a}\\u{d}\\u{20}-\\u{7e}\\u{a1}-\\u{ac}\\u{ae}-\\u{107}\\u{10a}-\\u{11b}\\u{11e}-\\u{123}\\u{126}-\\u{131}\\u{134}-\\u{15b}\\u{15e}-\\u{16b}" +
  "\\u{16e}-\\u{17e}\\u{18f}\\u{1a0}-\\u{1a1}\\u{1af}-\\u{1b0}\\u{1b7}\\u{1cd}-\\u{1d4}\\u{1de}-\\u{1df}\\u{1e4}-\\u{1f0}\\u{1f4}-\\u{1f5}\\u{1fa}-\\u{1ff}" +
  "\\u{218}-\\u{21b}\\u{21e}-\\u{21f}\\u{22a}-\\u{22b}\\u{22e}-\\u{233}\\u{259}\\u{292}\\u{1e02}-\\u{1e03}\\u{1e0a}-\\u{1e0b}\\u{1e10}-\\u{1e11}" +
  "\\u{1e1e}-\\u{1e21}\\u{1e24}-\\u{1e27}\\u{1e30}-\\u{1e31}\\u{1e40}-\\u{1e41}\\u{1e44}-\\u{1e45}\\u{1e56}-\\u{1e57}\\u{1e60}-\\u{1e63}\\u{1e6a}-\\u{1e6b}" +
  "\\u{1e80}-\\u{1e85}\\u{1e8c}-\\u{1e93}\\u{1e9e}\\u{1ea0}-\\u{1ea7}\\u{1eaa}-\\u{1eac}\\u{1eae}-\\u{1ec1}\\u{1ec4}-\\u{1ed3}\\u{1ed6}-\\u{1edd}\\u{1ee4}-\\u{1ef9}\\u{20ac}";
const STRING_LATIN = new RegExp(`^(?:${SEQUENZEN}|[${ZEICHEN}])*$`, "u");
/** Quick accept: plain ASCII text and the common German letters are always String.Latin. */
const EINFACH = /^[\t\n\r\x20-\x7e\xa1-\xac\xae-\xff]*$/;

/** True when the text is a valid String.Latin value. */
export function istStringLatin(text: string): boolean {
  return EINFACH.test(text) || STRING_LATIN.test(text);
}
