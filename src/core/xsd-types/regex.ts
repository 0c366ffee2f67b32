/**
 * XSD regular expressions (XML Schema Part 2, Appendix F) → JavaScript, for the `pattern` facet. An XSD pattern
 * matches the whole value, has no anchors, and its escapes differ from JS: `\d` is any Unicode decimal digit
 * (`\p{Nd}`), `\w` any character outside punctuation, separators and "other" (`[^\p{P}\p{Z}\p{C}]`), `.` any
 * character but LF and CR, `\s` the four XML white-space characters. This translator covers what the standards'
 * schemas use: literals, `.`, the single- and multi-character escapes, `\p{…}`/`\P{…}`, character classes with
 * ranges and negation, groups, alternation and quantifiers (`? * + {n} {n,} {n,m}`). Class subtraction
 * (`[a-z-[aeiou]]`) and the name escapes `\i \c \I \C` throw: a table that needs them must add them here first.
 *
 * libxml2 classifies characters by Unicode 4.0.1 tables, JavaScript by its engine's current Unicode; the two
 * differ only for characters assigned after Unicode 4 (e.g. digits of newer scripts for `\d`), which the
 * standards' values do not contain.
 */

const SINGLE: Readonly<Record<string, string>> = {
  n: "\\n",
  r: "\\r",
  t: "\\t",
  "\\": "\\\\",
  "|": "\\|",
  ".": "\\.",
  "-": "\\-",
  "^": "\\^",
  "?": "\\?",
  "*": "\\*",
  "+": "\\+",
  "{": "\\{",
  "}": "\\}",
  "(": "\\(",
  ")": "\\)",
  "[": "\\[",
  "]": "\\]",
};
/** Multi-character escapes, as the inside of a JS class and as a standalone atom. */
const MULTI: Readonly<Record<string, { inClass: string; atom: string }>> = {
  s: { inClass: "\\t\\n\\r ", atom: "[\\t\\n\\r ]" },
  S: { inClass: "", atom: "[^\\t\\n\\r ]" },
  d: { inClass: "\\p{Nd}", atom: "\\p{Nd}" },
  D: { inClass: "\\P{Nd}", atom: "\\P{Nd}" },
  w: { inClass: "", atom: "[^\\p{P}\\p{Z}\\p{C}]" },
  W: { inClass: "\\p{P}\\p{Z}\\p{C}", atom: "[\\p{P}\\p{Z}\\p{C}]" },
};

/**
 * Translates an XSD pattern to an anchored JS RegExp (flag `u`); throws on what it does not cover.
 *
 * @example
 * ```ts
 * import { xsdPatternToRegExp } from "fim-xoev/validation";
 *
 * // an XSD pattern facet (implicitly anchored) as a JS RegExp
 * const plz = xsdPatternToRegExp("\\d{5}");
 * console.log(plz.test("53111"), plz.test("53111-1")); // true false
 * ```
 */
export function xsdPatternToRegExp(pattern: string): RegExp {
  let out = "";
  let i = 0;
  const cps = [...pattern];
  /** Atoms of the class being read that a JS class cannot hold (`\\w`, `\\S`): joined by alternation. */
  let extra: string[] = [];
  const fail = (what: string): never => {
    throw new Error(`XSD pattern ${JSON.stringify(pattern)}: ${what} is not supported`);
  };
  const readEscape = (inClass: boolean): string => {
    const c = cps[i + 1];
    if (c === undefined) return fail("a trailing backslash");
    i += 2;
    const single = SINGLE[c];
    if (single !== undefined) return single;
    const multi = MULTI[c];
    if (multi !== undefined) {
      if (inClass && multi.inClass === "") {
        extra.push(multi.atom);
        return "";
      }
      return inClass ? multi.inClass : multi.atom;
    }
    if (c === "p" || c === "P") {
      if (cps[i] !== "{") return fail("\\p without braces");
      const end = cps.indexOf("}", i);
      if (end < 0) return fail("an unterminated \\p{");
      const name = cps.slice(i + 1, end).join("");
      i = end + 1;
      if (name.startsWith("Is")) return fail(`the block escape \\${c}{${name}}`);
      return `\\${c}{${name}}`;
    }
    return fail(`the escape \\${c}`);
  };
  const literal = (c: string): string => (/[$/]/.test(c) ? `\\${c}` : c);
  while (i < cps.length) {
    const c = cps[i] as string;
    if (c === "\\") {
      out += readEscape(false);
    } else if (c === ".") {
      out += "[^\\n\\r]";
      i++;
    } else if (c === "[") {
      i++;
      let cls = "";
      let negated = false;
      extra = [];
      if (cps[i] === "^") {
        negated = true;
        i++;
      }
      let first = true;
      while (i < cps.length && (cps[i] !== "]" || first)) {
        const d = cps[i] as string;
        first = false;
        if (d === "[") fail("a nested class");
        if (d === "-" && cps[i + 1] === "[") fail("class subtraction");
        if (d === "\\") cls += readEscape(true);
        else {
          cls += /[\]\\^/]/.test(d) ? `\\${d}` : d === "-" ? "\\-" : d;
          i++;
          // a range: keep the hyphen as a range operator
          if (cps[i] === "-" && cps[i + 1] !== "]" && cps[i + 1] !== "[" && cps[i + 1] !== undefined) {
            cls += "-";
            i++;
          }
        }
      }
      if (cps[i] !== "]") fail("an unterminated class");
      i++;
      const parts = cls === "" ? extra : [`[${cls}]`, ...extra];
      if (parts.length === 1 && !negated) out += parts[0];
      else if (negated) out += `(?:${parts.map((p) => `(?!${p})`).join("")}[\\s\\S])`;
      else out += `(?:${parts.join("|")})`;
    } else if (c === "^" || c === "$") {
      out += `\\${c}`;
      i++;
    } else {
      out += literal(c);
      i++;
    }
  }
  return new RegExp(`^(?:${out})$`, "u");
}
