/**
 * The tokenizer of rule texts: one linear pass over the text, no backtracking (time linear in the input).
 *
 * Token kinds: element ids and dotted id paths (`G….G….F…`, a version suffix `V1.0` is dropped and remembered),
 * quoted labels (`"…"`, `'…'`, `„…“`; a quote closes at the next quote character on the same line, and a
 * "quote" whose content holds an element id or that never closes on its line is not a quote but stray
 * punctuation — real texts have unbalanced quotes), numbers and codes (`001`, `30.02.2019`), words,
 * comparison operators (`=`, `==`, `===`, `<>`, `!=`, `<`, `>`, `<=`, `>=`), punctuation and line breaks.
 */

/** The kind of a {@link Token}: an element id (path), a quoted label, a number or code, a word, an operator, punctuation, a line break. */
export type TokenKind = "id" | "quoted" | "number" | "word" | "op" | "punct" | "newline";

/** One token of a rule text, with its position. */
export interface Token {
  /** What the token is. */
  readonly kind: TokenKind;
  /** The token's value: the id path segments joined by `.`, the quoted content, the operator normalized. */
  readonly text: string;
  /** Start offset in the text. */
  readonly start: number;
  /** End offset in the text (exclusive). */
  readonly end: number;
  /** For `id`: every segment (unversioned). */
  readonly path?: readonly string[];
  /** For `id`: true when a segment carried a version suffix. */
  readonly versioned?: boolean;
  /** For `newline`: true when the line break ends a paragraph (an empty line follows). */
  readonly paragraph?: boolean;
}

const ID_SEGMENT = /[FG]\d{8,11}(?:V\d+(?:\.\d+){0,2})?(?![\p{L}\p{N}])/uy;
const WORD = /[\p{L}_][\p{L}\p{N}_\-/&§]*/uy;
const NUMBER = /\d+(?:[.,]\d+)*(?![\p{L}])/uy;
const OPS = ["===", "==", "<>", "!=", "<=", ">=", "=", "<", ">"] as const;
const QUOTES = new Set(['"', "'", "„", "“", "”", "‚", "‘", "’", "»", "«"]);
const ID_INSIDE = /[FG]\d{8,11}/u;

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? undefined : m[0];
}

/**
 * Splits a rule text into tokens. Never throws; any character it does not know is skipped.
 * @example
 * ```ts
 * import { tokenize } from "fim-xoev/xdatenfelder/regeln";
 * const tokens = tokenize('Wenn F60000000231 "Tag" nicht leer');
 * console.log(tokens.map((t) => `${t.kind}:${t.text}`)); // [ "word:Wenn", "id:F60000000231", "quoted:Tag", "word:nicht", "word:leer" ]
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charAt(i);
    if (c === "\n" || c === "\r") {
      let j = i;
      let breaks = 0;
      while (j < n && /[\s]/u.test(text.charAt(j))) {
        if (text.charAt(j) === "\n") breaks++;
        j++;
      }
      tokens.push({ kind: "newline", text: "\n", start: i, end: j, paragraph: breaks >= 2 });
      i = j;
      continue;
    }
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    // Element id or dotted id path.
    const first = matchAt(ID_SEGMENT, text, i);
    if (first !== undefined) {
      const segments = [first];
      let j = i + first.length;
      while (text.charAt(j) === ".") {
        const next = matchAt(ID_SEGMENT, text, j + 1);
        if (next === undefined) break;
        segments.push(next);
        j += 1 + next.length;
      }
      const path = segments.map((s) => s.replace(/V[\d.]+$/u, ""));
      tokens.push({ kind: "id", text: path.join("."), start: i, end: j, path, versioned: segments.some((s, k) => s !== path[k]) });
      i = j;
      continue;
    }
    if (QUOTES.has(c)) {
      let j = i + 1;
      while (j < n && !QUOTES.has(text.charAt(j)) && text.charAt(j) !== "\n") j++;
      const closed = j < n && QUOTES.has(text.charAt(j));
      const content = text.slice(i + 1, j);
      if (closed && !ID_INSIDE.test(content)) {
        tokens.push({ kind: "quoted", text: content.trim(), start: i, end: j + 1 });
        i = j + 1;
        continue;
      }
      // A quote around an id and its label (`"F00001028 Krankenversicherungsträger"`, 2.0 texts) is the id
      // followed by the quoted label.
      const idThenLabel = closed ? /^(\s*)([FG]\d{8,11}(?:\.[FG]\d{8,11})*)\s+(\S.*)$/su.exec(content) : null;
      if (idThenLabel !== null && !ID_INSIDE.test(idThenLabel[3] as string)) {
        const idStart = i + 1 + (idThenLabel[1] as string).length;
        const idText = idThenLabel[2] as string;
        const path = idText.split(".");
        tokens.push({ kind: "id", text: idText, start: idStart, end: idStart + idText.length, path, versioned: false });
        tokens.push({ kind: "quoted", text: (idThenLabel[3] as string).trim(), start: idStart + idText.length, end: j + 1 });
        i = j + 1;
        continue;
      }
      // A quote around a bare id (`"G00000002218"`) is read as the id; any other unbalanced quote is skipped.
      if (closed && /^\s*[FG]\d{8,11}(?:\.[FG]\d{8,11})*\s*$/u.test(content)) {
        i++;
        continue;
      }
      i++;
      continue;
    }
    const num = matchAt(NUMBER, text, i);
    if (num !== undefined) {
      tokens.push({ kind: "number", text: num, start: i, end: i + num.length });
      i += num.length;
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word !== undefined) {
      tokens.push({ kind: "word", text: word, start: i, end: i + word.length });
      i += word.length;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op !== undefined) {
      tokens.push({ kind: "op", text: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    if (",.:;()-".includes(c)) {
      tokens.push({ kind: "punct", text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    i++;
  }
  return tokens;
}
