/**
 * An equivalent, faster form of the XÖV String.Latin pattern for libxml2.
 *
 * String.Latin (latinchars.xsd in XDatenfelder 2.0/3.0.0, XÖV common types and other XÖV standards) restricts
 * every string with a pattern of the shape `(([C])|(b1m1|b2m2|…))*`: a class C of about 80 ranges, or one of a
 * few base letters followed by a combining mark (M̂, J̌, …). Each base letter is also in C, so the automaton libxml2
 * builds is not deterministic, and libxml2 checks every range of C for each character: this one pattern was 40%
 * of the time of validating the XDatenfelder corpus with libxml2-wasm.
 *
 * The compiled schema gets the same language written deterministically instead:
 * `([C ∩ ASCII − bases]|[C − ASCII − bases]|[bases of m1]m1?|…)*`. It accepts exactly the strings the original
 * accepts (each base alone is in C; a base followed by its mark is one of the sequences; the marks are outside C).
 * libxml2 names the pattern in its messages, so {@link PatternRewrite}s map them back to the original text:
 * diagnostics read as those of `xmllint --schema` with the official files. Any pattern of another shape, or one
 * whose parts do not check out as above, is left exactly as written.
 */
import { safeDecodeXml } from "../xml/decode.ts";

/** One rewritten pattern: libxml2 reports `compiled`; users are shown `original`. */
export interface PatternRewrite {
  readonly original: string;
  readonly compiled: string;
}

const PATTERN_ATTRIBUTE = /(<(?:[A-Za-z_][\w.-]*:)?pattern\s[^>]*?\bvalue\s*=\s*)(?:"([^"<]*)"|'([^'<]*)')/g;
const SHAPE = /^\(\(\[([^\]\\[^]+)\]\)\|\(([^()\\[\]]+)\)\)\*$/u;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Rewrites the String.Latin-shaped patterns of one schema document; other bytes are returned unchanged. */
export function rewritePatterns(xsd: Uint8Array): { readonly bytes: Uint8Array; readonly rewrites: readonly PatternRewrite[] } {
  // Only UTF-8 schemas are rewritten (written back as UTF-8); undecodable ones are left for the reader to
  // report, others exactly as written: a lossy decoding here would write U+FFFD into the compiled schema.
  const decoded = safeDecodeXml(xsd);
  if (!decoded.success || decoded.data.encoding !== "UTF-8") return { bytes: xsd, rewrites: [] };
  const text = decoded.data.text;
  if (!text.includes("pattern")) return { bytes: xsd, rewrites: [] };
  const rewrites: PatternRewrite[] = [];
  const out = text.replace(PATTERN_ATTRIBUTE, (whole: string, head: string, dq: string | undefined, sq: string | undefined) => {
    const original = decodeAttribute(dq ?? sq ?? "");
    const compiled = original === undefined ? undefined : deterministicLatin(original);
    if (original === undefined || compiled === undefined) return whole;
    rewrites.push({ original, compiled });
    return `${head}"${encodeAttribute(compiled)}"`;
  });
  return rewrites.length === 0 ? { bytes: xsd, rewrites } : { bytes: new TextEncoder().encode(out), rewrites };
}

/** Maps the patterns named in a libxml2 message back to the schema's own text. */
export function originalPatternsIn(message: string, rewrites: readonly PatternRewrite[]): string {
  let m = message;
  for (const r of rewrites) if (m.includes(r.compiled)) m = m.split(r.compiled).join(r.original);
  return m;
}

/** The attribute value as XML delivers it; undefined when it holds anything but character and predefined references. */
function decodeAttribute(raw: string): string | undefined {
  if (/[\t\n\r]/.test(raw)) return undefined;
  let bad = false;
  const value = raw.replace(
    /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([a-z]+));/g,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name !== undefined) {
        const v = PREDEFINED[name];
        if (v === undefined) bad = true;
        return v ?? "";
      }
      const cp = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
      if (!(cp > 0 && cp <= 0x10ffff)) {
        bad = true;
        return "";
      }
      return String.fromCodePoint(cp);
    },
  );
  return bad || value.includes("&") ? undefined : value;
}

function encodeAttribute(value: string): string {
  let s = "";
  for (const ch of value) {
    const cp = ch.codePointAt(0) as number;
    s += /[A-Za-z0-9()|*?[\]-]/.test(ch) ? ch : `&#x${cp.toString(16)};`;
  }
  return s;
}

type Range = [number, number];

/** Ranges of an XSD character class body made of characters and `a-b` ranges only; undefined otherwise. */
function parseClass(body: string): Range[] | undefined {
  const cps = Array.from(body, (c) => c.codePointAt(0) as number);
  const ranges: Range[] = [];
  for (let i = 0; i < cps.length; i++) {
    const a = cps[i] as number;
    if (a === 0x2d) return undefined; // a '-' that is not between two characters: leave such classes alone
    if (cps[i + 1] === 0x2d) {
      const b = cps[i + 2];
      if (b === undefined || b === 0x2d || b < a) return undefined;
      ranges.push([a, b]);
      i += 2;
    } else ranges.push([a, a]);
  }
  return ranges;
}

const inRanges = (ranges: readonly Range[], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** `ranges` minus the code points in `remove`, sorted. */
function subtract(ranges: readonly Range[], remove: ReadonlySet<number>): Range[] {
  const points = [...remove].sort((x, y) => x - y);
  const out: Range[] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    let start = a;
    for (const p of points) {
      if (p < start || p > b) continue;
      if (p > start) out.push([start, p - 1]);
      start = p + 1;
    }
    if (start <= b) out.push([start, b]);
  }
  return out;
}

/** Characters that need a backslash in an XSD character class. */
const CLASS_ESCAPE = new Set([0x5c, 0x5b, 0x5d, 0x2d, 0x5e]);

function classChar(cp: number): string {
  return (CLASS_ESCAPE.has(cp) ? "\\" : "") + String.fromCodePoint(cp);
}

function classText(ranges: readonly Range[]): string {
  return ranges.map(([a, b]) => (a === b ? classChar(a) : `${classChar(a)}-${classChar(b)}`)).join("");
}

/** The deterministic equivalent of a String.Latin-shaped pattern, or undefined when `pattern` is not one. */
export function deterministicLatin(pattern: string): string | undefined {
  const m = SHAPE.exec(pattern);
  if (m === null) return undefined;
  const cls = parseClass(m[1] as string);
  if (cls === undefined) return undefined;
  const marks = new Map<number, number[]>(); // mark → its base letters
  for (const seq of (m[2] as string).split("|")) {
    const cps = Array.from(seq, (c) => c.codePointAt(0) as number);
    if (cps.length !== 2) return undefined;
    const [base, mark] = cps as [number, number];
    // Equivalence needs every base in the class; determinism needs every mark outside it.
    if (!inRanges(cls, base) || inRanges(cls, mark)) return undefined;
    const bases = marks.get(mark) ?? [];
    if (!bases.includes(base)) bases.push(base);
    marks.set(mark, bases);
  }
  const allBases = new Set([...marks.values()].flat());
  const rest = subtract(cls, allBases);
  const ascii = rest.filter(([a]) => a < 0x80).map(([a, b]): Range => [a, Math.min(b, 0x7f)]);
  const other = rest.filter(([, b]) => b >= 0x80).map(([a, b]): Range => [Math.max(a, 0x80), b]);
  const alternatives: string[] = [];
  if (ascii.length > 0) alternatives.push(`[${classText(ascii)}]`);
  if (other.length > 0) alternatives.push(`[${classText(other)}]`);
  for (const [mark, bases] of marks) {
    alternatives.push(`[${classText(bases.sort((x, y) => x - y).map((b): Range => [b, b]))}]${String.fromCodePoint(mark)}?`);
  }
  return `(${alternatives.join("|")})*`;
}
