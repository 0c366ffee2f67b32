/**
 * XSD regular expressions (XML Schema 1.0, Appendix F), the dialect of `praezisierung/@pattern`: parsed into a
 * small syntax tree, translated into an equivalent anchored JavaScript expression (`u` flag, as ajv and zod use
 * it) and used to generate a matching string for sample data.
 *
 * The translation is exact for the supported subset: literals, `.`, groups, alternation, quantifiers, character
 * classes with ranges and negation, the escapes `\n \r \t \d \D \s \S \w \W` and Unicode categories `\p{Lu}` ….
 * Block escapes (`\p{IsBasicLatin}`), `\i \c`, class subtraction (`[a-z-[aeiou]]`) and `\w \S \W` inside a class
 * have no exact JavaScript counterpart without the `v` flag; such a pattern is reported as unsupported.
 */

/**
 * Thrown by {@link translateXsdPattern} for XSD pattern syntax without an exact JavaScript counterpart (block
 * escapes, `\i \c`, class subtraction) or a malformed pattern.
 * @example
 * ```ts
 * import { translateXsdPattern, XsdRegexError } from "fim-xoev/xdatenfelder/forms";
 * try {
 *   translateXsdPattern("[a-z-[aeiou]]+");
 * } catch (e) {
 *   if (e instanceof XsdRegexError) console.warn(`pattern left out: ${e.message}`);
 *   else throw e;
 * }
 * ```
 */
export class XsdRegexError extends Error {}

type ClassItem =
  | { readonly t: "range"; readonly from: number; readonly to: number }
  | { readonly t: "esc"; readonly name: string }
  | { readonly t: "prop"; readonly neg: boolean; readonly name: string };

type Atom =
  | { readonly t: "char"; readonly cp: number }
  | { readonly t: "any" }
  | { readonly t: "esc"; readonly name: string }
  | { readonly t: "prop"; readonly neg: boolean; readonly name: string }
  | { readonly t: "class"; readonly neg: boolean; readonly items: readonly ClassItem[] }
  | { readonly t: "group"; readonly alt: Alt };

interface Piece {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}
type Seq = readonly Piece[];
type Alt = readonly Seq[];

const CATEGORIES = new Set(
  "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po Z Zs Zl Zp S Sm Sc Sk So C Cc Cf Co Cn".split(" "),
);
const SINGLE_ESC: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9 };
const META = new Set([..."\\|.-^?*+{}()[]$"]);

class Parser {
  private i = 0;
  private readonly cps: number[];
  constructor(source: string) {
    this.cps = [...source].map((c) => c.codePointAt(0) as number);
  }
  private peek(): string | undefined {
    const c = this.cps[this.i];
    return c === undefined ? undefined : String.fromCodePoint(c);
  }
  private next(): string {
    const c = this.peek();
    if (c === undefined) throw new XsdRegexError("unexpected end of pattern");
    this.i++;
    return c;
  }
  parse(): Alt {
    const alt = this.alt();
    if (this.i < this.cps.length) throw new XsdRegexError(`unexpected "${this.peek()}"`);
    return alt;
  }
  private alt(): Alt {
    const seqs: Seq[] = [this.seq()];
    while (this.peek() === "|") {
      this.i++;
      seqs.push(this.seq());
    }
    return seqs;
  }
  private seq(): Seq {
    const pieces: Piece[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      pieces.push({ atom, min, max });
    }
    return pieces;
  }
  private quantifier(): [number, number] {
    const c = this.peek();
    const simple = c === "?" ? [0, 1] : c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : undefined;
    if (simple !== undefined) {
      this.i++;
      return simple as [number, number];
    }
    if (c !== "{") return [1, 1];
    this.i++;
    let body = "";
    while (this.peek() !== "}") body += this.next();
    this.i++;
    const m = /^(\d+)(,(\d*))?$/.exec(body);
    if (m === null) throw new XsdRegexError(`invalid quantifier {${body}}`);
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    if (max < min) throw new XsdRegexError(`invalid quantifier {${body}}`);
    return [min, max];
  }
  private atom(): Atom {
    const c = this.next();
    switch (c) {
      case "(": {
        const alt = this.alt();
        if (this.next() !== ")") throw new XsdRegexError("missing )");
        return { t: "group", alt };
      }
      case ".":
        return { t: "any" };
      case "[":
        return this.charClass();
      case "\\":
        return this.escape(false) as Atom;
      case "?":
      case "*":
      case "+":
      case "{":
      case "}":
      case "]":
      case ")":
        throw new XsdRegexError(`unexpected "${c}"`);
      default:
        return { t: "char", cp: c.codePointAt(0) as number };
    }
  }
  private escape(inClass: boolean): Atom | ClassItem {
    const c = this.next();
    if (SINGLE_ESC[c] !== undefined) return { t: "char", cp: SINGLE_ESC[c] as number };
    if (META.has(c) && c !== "$") return { t: "char", cp: c.codePointAt(0) as number };
    if ("dDsSwW".includes(c)) {
      if (inClass && "wWS".includes(c)) throw new XsdRegexError(`\\${c} inside a character class is not supported`);
      return { t: "esc", name: c };
    }
    if (c === "p" || c === "P") {
      if (this.next() !== "{") throw new XsdRegexError(`\\${c} needs {…}`);
      let name = "";
      while (this.peek() !== "}") name += this.next();
      this.i++;
      if (!CATEGORIES.has(name)) throw new XsdRegexError(`\\${c}{${name}} is not supported`);
      return { t: "prop", neg: c === "P", name };
    }
    throw new XsdRegexError(`\\${c} is not supported`);
  }
  private classChar(): number | ClassItem {
    const c = this.next();
    if (c === "\\") {
      const e = this.escape(true);
      return e.t === "char" ? e.cp : (e as ClassItem);
    }
    if (c === "[") throw new XsdRegexError("nested character classes (subtraction) are not supported");
    return c.codePointAt(0) as number;
  }
  private charClass(): Atom {
    let neg = false;
    if (this.peek() === "^") {
      neg = true;
      this.i++;
    }
    const items: ClassItem[] = [];
    let first = true;
    while (this.peek() !== "]" || first) {
      if (this.peek() === undefined) throw new XsdRegexError("missing ]");
      if (this.peek() === "-" && !first && this.cps[this.i + 1] === 0x5b)
        throw new XsdRegexError("character class subtraction is not supported");
      first = false;
      const from = this.classChar();
      if (typeof from === "number" && this.peek() === "-" && this.cps[this.i + 1] !== 0x5d && this.cps[this.i + 1] !== undefined) {
        this.i++;
        const to = this.classChar();
        if (typeof to !== "number" || to < from) throw new XsdRegexError("invalid range in character class");
        items.push({ t: "range", from, to });
      } else items.push(typeof from === "number" ? { t: "range", from, to: from } : from);
    }
    this.i++;
    return { t: "class", neg, items };
  }
}

const JS_SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);

function jsChar(cp: number, inClass: boolean): string {
  const c = String.fromCodePoint(cp);
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029) return `\\u{${cp.toString(16)}}`;
  if (inClass ? "\\]-[^".includes(c) : JS_SYNTAX.has(c)) return `\\${c}`;
  return c;
}

const ESC_JS: Readonly<Record<string, string>> = {
  d: "\\p{Nd}",
  D: "\\P{Nd}",
  s: "[ \\t\\n\\r]",
  S: "[^ \\t\\n\\r]",
  w: "[^\\p{P}\\p{Z}\\p{C}]",
  W: "[\\p{P}\\p{Z}\\p{C}]",
};
const ESC_IN_CLASS: Readonly<Record<string, string>> = { d: "\\p{Nd}", D: "\\P{Nd}", s: " \\t\\n\\r" };

function atomJs(a: Atom): string {
  switch (a.t) {
    case "char":
      return jsChar(a.cp, false);
    case "any":
      return "[^\\n\\r]";
    case "esc":
      return ESC_JS[a.name] as string;
    case "prop":
      return `\\${a.neg ? "P" : "p"}{${a.name}}`;
    case "group":
      return `(?:${altJs(a.alt)})`;
    case "class":
      return `[${a.neg ? "^" : ""}${a.items
        .map((it) =>
          it.t === "range"
            ? it.from === it.to
              ? jsChar(it.from, true)
              : `${jsChar(it.from, true)}-${jsChar(it.to, true)}`
            : it.t === "esc"
              ? (ESC_IN_CLASS[it.name] as string)
              : `\\${it.neg ? "P" : "p"}{${it.name}}`,
        )
        .join("")}]`;
  }
}

function altJs(alt: Alt): string {
  return alt
    .map((seq) =>
      seq
        .map((p) => {
          const q =
            p.min === 1 && p.max === 1
              ? ""
              : p.max === Number.POSITIVE_INFINITY
                ? p.min === 0
                  ? "*"
                  : p.min === 1
                    ? "+"
                    : `{${p.min},}`
                : p.min === 0 && p.max === 1
                  ? "?"
                  : p.min === p.max
                    ? `{${p.min}}`
                    : `{${p.min},${p.max}}`;
          return atomJs(p.atom) + q;
        })
        .join(""),
    )
    .join("|");
}

/** An XSD `pattern` (from `praezisierung`) translated to JavaScript, with its syntax tree for sample values. */
export interface TranslatedPattern {
  /** The pattern for an XSD `pattern` facet (leading `^` / trailing `$` anchors removed, see `anchorsRemoved`). */
  readonly xsd: string;
  /** The equivalent JavaScript source, anchored: `^(?:…)$`, for `new RegExp(js, "u")`. */
  readonly js: string;
  /**
   * True when the pattern started with `^` or ended with an unescaped `$`. XSD has no anchors (a pattern always
   * matches the whole value, and `^`/`$` are literal characters there); such a pattern was written in
   * JavaScript/PCRE style, so the anchors are read as anchors and removed.
   */
  readonly anchorsRemoved: boolean;
  /** The syntax tree, for generating sample values. */
  readonly tree: unknown;
}

/**
 * Translates an XSD pattern (e.g. the `praezisierung` pattern of a Datenfeld) into an anchored JavaScript regular
 * expression; throws {@link XsdRegexError} for syntax this module does not support.
 * @example
 * ```ts
 * import { translateXsdPattern } from "fim-xoev/xdatenfelder/forms";
 * const plz = translateXsdPattern("[0-9]{5}"); // the pattern of a Datenfeld "Postleitzahl"
 * const re = new RegExp(plz.js, "u");
 * console.log(plz.js, re.test("10117"), re.test("1011")); // ^(?:[0-9]{5})$ true false
 * ```
 */
export function translateXsdPattern(pattern: string): TranslatedPattern {
  let xsd = pattern;
  let anchorsRemoved = false;
  if (xsd.startsWith("^")) {
    xsd = xsd.slice(1);
    anchorsRemoved = true;
  }
  if (xsd.endsWith("$")) {
    let backslashes = 0;
    for (let i = xsd.length - 2; i >= 0 && xsd[i] === "\\"; i--) backslashes++;
    if (backslashes % 2 === 0) {
      xsd = xsd.slice(0, -1);
      anchorsRemoved = true;
    }
  }
  const tree = new Parser(xsd).parse();
  const js = `^(?:${altJs(tree)})$`;
  try {
    new RegExp(js, "u");
  } catch (e) {
    throw new XsdRegexError(`no JavaScript equivalent: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { xsd, js, anchorsRemoved, tree };
}

const CANDIDATES = ["a", "A", "0", "1", "x", "-", ".", " ", "_", "@", "é", "ß"];

function atomSample(a: Atom, k: number): string {
  switch (a.t) {
    case "char":
      return String.fromCodePoint(a.cp);
    case "group":
      return altSample(a.alt, k);
    case "class":
      if (!a.neg) {
        const first = a.items[0];
        if (first?.t === "range") return String.fromCodePoint(first.from);
      }
      break;
    default:
      break;
  }
  const re = new RegExp(`^${atomJs(a)}$`, "u");
  return CANDIDATES.find((c) => re.test(c)) ?? "";
}

function altSample(alt: Alt, k: number): string {
  const seq = alt[0] ?? [];
  let out = "";
  for (const p of seq) {
    const n = Math.min(p.max, p.min + (p.max > p.min ? k : 0));
    const one = atomSample(p.atom, k);
    out += one.repeat(n);
  }
  return out;
}

/**
 * A string matching a translated pattern whose length (in code points) lies in [minLength, maxLength], or
 * `undefined` when the simple strategy (first alternative, each quantifier at its minimum plus k) finds none.
 */
export function samplePattern(p: TranslatedPattern, minLength = 0, maxLength = Number.POSITIVE_INFINITY): string | undefined {
  const re = new RegExp(p.js, "u");
  for (let k = 0; k <= 16; k++) {
    const s = altSample(p.tree as Alt, k);
    const n = [...s].length;
    if (re.test(s) && n >= minLength && n <= maxLength) return s;
    if (n > maxLength) break;
  }
  return undefined;
}
