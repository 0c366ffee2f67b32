/**
 * Mutation fuzzing over real documents (issue 9.3): the bytes of a seed file are flipped, inserted, deleted,
 * duplicated and spliced (whole tags moved), and the result goes through the reader (both of its paths), the
 * typed parser of the seed's standard and, when that succeeds, its serializer and the parser again.
 *
 * Properties, each a "finding" when broken:
 * - `exception`: nothing throws (every entry point used is a `safe*` one);
 * - `replacement-character`: no U+FFFD in any model string or diagnostic unless the input had one;
 * - `time`: each case within a budget linear in the input size;
 * - `round-trip`: parse → serialize → parse gives a deep-equal model;
 * - `reader-paths`: whenever the fast path returns a tree, saxes builds a deep-equal one.
 *
 * Seeds: a few small and mid-size files of `../shared/corpus` when it is there, and the repository's own fixtures
 * always (so that a clone without `../shared` still fuzzes). Used by `fuzz.test.ts` (a bounded share in
 * `npm test`) and by `run.ts` (`npm run fuzz`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { safeParseGenericode, safeSerializeGenericode } from "../../src/core/codelists/genericode.ts";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import type { Result } from "../../src/core/result.ts";
import { readWellFormed } from "../../src/core/xml/fast-read.ts";
import type { XmlElement, XmlNode } from "../../src/core/xml/node.ts";
import { DEFAULT_READ_LIMITS, readWithSaxes, readXml, type XmlDocument } from "../../src/core/xml/read.ts";
import * as xdf2 from "../../src/xdatenfelder/v2/index.ts";
import * as xdf3 from "../../src/xdatenfelder/v3/index.ts";
import { safeParseLeistungsverzeichnis } from "../../src/xzufi/legacy/index.ts";
import * as xzufi220 from "../../src/xzufi/v2_2_0/index.ts";
import * as xzufi231 from "../../src/xzufi/v2_3_1/index.ts";
import { CORPUS, hasShared, REPO_ROOT } from "../support/shared.ts";

/** A standard's entry points: a safe parser and, where the library writes the format, a safe serializer. */
interface Standard {
  readonly parse: (input: string | Uint8Array) => Result<unknown>;
  readonly serialize?: (model: never) => Result<string>;
}

const STANDARDS = {
  xdf3: { parse: (x) => xdf3.safeParse(x), serialize: (m: xdf3.Nachricht) => xdf3.safeSerialize(m) },
  xdf2: { parse: (x) => xdf2.safeParse(x), serialize: (m: xdf2.Nachricht) => xdf2.safeSerialize(m) },
  xzufi231: { parse: (x) => xzufi231.safeParse(x), serialize: (m: xzufi231.Nachricht) => xzufi231.safeSerialize(m) },
  xzufi220: { parse: (x) => xzufi220.safeParse(x), serialize: (m: xzufi220.Nachricht) => xzufi220.safeSerialize(m) },
  genericode: {
    parse: (x) => safeParseGenericode(x),
    serialize: (m: Parameters<typeof safeSerializeGenericode>[0]) => safeSerializeGenericode(m),
  },
  legacy: { parse: (x) => safeParseLeistungsverzeichnis(x) },
} satisfies Record<string, Standard>;

export type StandardId = keyof typeof STANDARDS;

export interface Seed {
  readonly name: string;
  readonly standard: StandardId;
  readonly bytes: Uint8Array;
}

const FIXTURE_SEEDS: readonly [string, StandardId][] = [
  ["xdatenfelder/v3/valid/0104-datenfeld-maximal.xml", "xdf3"],
  ["xdatenfelder/v3/valid/0101-dokumentsteckbrief-minimal.xml", "xdf3"],
  ["xdatenfelder/v2/valid/0104-datenfeld-maximal.xml", "xdf2"],
  ["xdatenfelder/v2/valid/0105-codeliste-minimal.xml", "xdf2"],
  ["xzufi/v2_3_1/valid/maximal.xml", "xzufi231"],
  ["xzufi/v2_2_0/valid/minimal.xml", "xzufi220"],
];

/** Small and mid-size corpus files, one or two per standard the library reads. */
const CORPUS_SEEDS: readonly [string, StandardId][] = [
  ["xdatenfelder/BUND-T__Prototype/fim_data__S00000000364__schema.xdf.xml", "xdf3"],
  ["xdatenfelder/escalon__glykon/examples__2.0__bewohnerparken__S05000058V1.0_xdf2.xml", "xdf2"],
  ["xdatenfelder/fusion-jena__GerPS-Datafield/Ontologie__Data__S00000186v1.0_xdf2__1122.xml", "genericode"],
  ["xzufi/klsuser__unterhaltsvorschuss/unterhaltsvorschuss-Dateien__WEB-INF__data__xzufi_dienstleistung.xml", "legacy"],
];

/** The seeds: the fixtures, plus the corpus files when `../shared` is there. */
export function seeds(): Seed[] {
  const out: Seed[] = FIXTURE_SEEDS.map(([path, standard]) => ({
    name: `fixtures/${path}`,
    standard,
    bytes: new Uint8Array(readFileSync(join(REPO_ROOT, "fixtures", path))),
  }));
  if (hasShared) {
    for (const [path, standard] of CORPUS_SEEDS) {
      const file = join(CORPUS, path);
      if (existsSync(file)) out.push({ name: `corpus/${path}`, standard, bytes: new Uint8Array(readFileSync(file)) });
    }
  }
  return out;
}

/** Byte strings that make mutations land on XML's own syntax more often than random bytes would. */
const TOKENS = [
  "<",
  ">",
  "/>",
  "</",
  "&",
  "&amp;",
  "&#x41;",
  "&#0;",
  "&#xD800;",
  "&unknown;",
  "]]>",
  "<![CDATA[",
  "<!--",
  "-->",
  "<?pi x?>",
  "<!DOCTYPE r>",
  '"',
  "'",
  "=",
  ":",
  'xmlns:p="urn:x"',
  'xmlns=""',
  "\r",
  "\r\n",
  "\t",
  "\u00e4",
  "\uFFFD",
  "\uD83D\uDE00",
].map((t) => new TextEncoder().encode(t));

/** One edit of a byte array; positions are fractions of its length so that they stay valid as it changes. */
export type Mutation =
  | { readonly kind: "flip"; readonly at: number; readonly byte: number }
  | { readonly kind: "insert"; readonly at: number; readonly token: number }
  | { readonly kind: "insertBytes"; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "duplicate"; readonly at: number; readonly length: number; readonly to: number }
  | { readonly kind: "spliceTag"; readonly from: number; readonly to: number };

/** A position as a fraction of the length, uniform (fast-check's default bias would favour the first bytes). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 1_000_000 - 1 })).map((k) => k / 1_000_000);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fraction, byte: fc.integer({ min: 0, max: 255 }) }),
  // a letter or digit: mostly keeps the document well-formed, so that the parsers and the round trip get to work
  fc.record({
    kind: fc.constant("flip" as const),
    at: fraction,
    byte: fc.constantFrom(..."aZ09 .-_:".split("").map((c) => c.charCodeAt(0))),
  }),
  fc.record({ kind: fc.constant("insert" as const), at: fraction, token: fc.integer({ min: 0, max: TOKENS.length - 1 }) }),
  fc.record({
    kind: fc.constant("insertBytes" as const),
    at: fraction,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fraction, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fraction, length: fc.integer({ min: 1, max: 256 }), to: fraction }),
  fc.record({ kind: fc.constant("spliceTag" as const), from: fraction, to: fraction }),
);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
};

/** The offset of the first `<` at or after `from` (wrapping around), or -1. */
function nextTag(bytes: Uint8Array, from: number): number {
  const at = bytes.indexOf(0x3c, from);
  return at >= 0 ? at : bytes.indexOf(0x3c);
}

/** Applies one mutation. */
export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  const pos = (f: number) => Math.floor(f * (n + 1));
  switch (m.kind) {
    case "flip": {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[Math.min(pos(m.at), n - 1)] = m.byte;
      return out;
    }
    case "insert":
    case "insertBytes": {
      const at = pos(m.at);
      const add = m.kind === "insert" ? (TOKENS[m.token] as Uint8Array) : Uint8Array.from(m.bytes);
      return concat(bytes.subarray(0, at), add, bytes.subarray(at));
    }
    case "delete": {
      const at = pos(m.at);
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(n, at + m.length)));
    }
    case "duplicate": {
      const at = pos(m.at);
      const range = bytes.subarray(at, Math.min(n, at + m.length));
      const to = pos(m.to);
      return concat(bytes.subarray(0, to), range, bytes.subarray(to));
    }
    case "spliceTag": {
      // A tag (from one '<' to the next) copied before another '<'.
      const start = nextTag(bytes, pos(m.from));
      if (start < 0) return bytes;
      let end = bytes.indexOf(0x3c, start + 1);
      if (end < 0) end = n;
      const to = nextTag(bytes, pos(m.to));
      if (to < 0) return bytes;
      return concat(bytes.subarray(0, to), bytes.subarray(start, end), bytes.subarray(to));
    }
  }
}

export type FindingKind = "exception" | "replacement-character" | "time" | "round-trip" | "reader-paths" | "accepted-invalid";

export interface Finding {
  readonly kind: FindingKind;
  readonly seed: string;
  readonly detail: string;
  /** The mutated input, base64, to reproduce the finding. */
  readonly input: string;
}

/** The time budget of one case: generous for a loaded machine, but linear in the size (a quadratic step is not). */
export function budgetMs(bytes: number): number {
  return 1500 + bytes / 100; // 1.5 s + 10 µs per byte
}

const REPLACEMENT = "\uFFFD";

/** True when any string in `value` (walked without following cycles) contains U+FFFD. */
function hasReplacement(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === "string") return value.includes(REPLACEMENT);
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  for (const v of Object.values(value)) if (hasReplacement(v, seen)) return true;
  return false;
}

/** Whether the input had U+FFFD (by UTF-8 decoding without replacement; undecodable input counts as not). */
function inputHasReplacement(bytes: Uint8Array): boolean {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).includes(REPLACEMENT);
  } catch {
    return false;
  }
}

/** True when the bytes are not valid UTF-8 (for the known gap in byte decoding, see {@link checkCase}). */
function undecodable(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

function sameElement(a: XmlElement, b: XmlElement): boolean {
  if (a.namespace !== b.namespace || a.local !== b.local || a.prefix !== b.prefix || a.line !== b.line || a.column !== b.column)
    return false;
  if (!isDeepStrictEqual(a.namespaceDeclarations, b.namespaceDeclarations)) return false;
  if (!isDeepStrictEqual(a.attributes, b.attributes) || a.children.length !== b.children.length) return false;
  for (let i = 0; i < a.children.length; i++) {
    const x = a.children[i] as XmlNode;
    const y = b.children[i] as XmlNode;
    if (x.kind === "element" ? y.kind !== "element" || !sameElement(x, y) : !isDeepStrictEqual(x, y)) return false;
  }
  return true;
}

function sameDocument(a: XmlDocument, b: XmlDocument): boolean {
  return (
    isDeepStrictEqual(a.declaration, b.declaration) &&
    isDeepStrictEqual(a.prolog, b.prolog) &&
    isDeepStrictEqual(a.epilog, b.epilog) &&
    sameElement(a.root, b.root)
  );
}

/**
 * JSON form of a model for the round trip: drops `undefined` members (a writer need not reproduce them) and the
 * `prefix` of kept attributes (`{ namespace, local, prefix, value }`), which is information only and which the
 * writers reuse only where it does not clash (`prefixesWithKept`): an `xsi:` attribute in a namespace other than
 * XML Schema instance's is written with a prefix of its own.
 */
const normal = (model: unknown): unknown =>
  JSON.parse(
    JSON.stringify(model, (_key, value: unknown) => {
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        const o = value as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length === 4 && "namespace" in o && "local" in o && "prefix" in o && "value" in o) return { ...o, prefix: undefined };
      }
      return value;
    }),
  );

export interface CaseOutcome {
  readonly findings: Finding[];
  /** The typed parse succeeded. */
  readonly parsed: boolean;
  /** The bytes were not valid UTF-8 (the reader must then fail with `invalid-byte-sequence`, never show U+FFFD). */
  readonly undecodable: boolean;
}

/** Runs one mutated input through every property. */
export function checkCase(seed: Seed, bytes: Uint8Array): CaseOutcome {
  const findings: Finding[] = [];
  const notUtf8 = undecodable(bytes);
  let parsed = false;
  const found = (kind: FindingKind, detail: string) =>
    findings.push({ kind, seed: seed.name, detail, input: Buffer.from(bytes).toString("base64") });
  const standard: Standard = STANDARDS[seed.standard];
  const hadReplacement = inputHasReplacement(bytes);
  const checkReplacement = (what: string, value: unknown) => {
    if (hadReplacement || !hasReplacement(value)) return;
    found("replacement-character", `U+FFFD in ${what}`);
  };
  const start = performance.now();
  try {
    // the reader, both paths on the decoded text
    const read = readXml(bytes);
    checkReplacement("readXml diagnostics", read.diagnostics);
    if (
      notUtf8 &&
      !/^\s*<\?xml[^>]*encoding=["'](?!utf-?8)/i.test(new TextDecoder("latin1").decode(bytes.subarray(0, 200))) &&
      read.success
    )
      found("replacement-character", "bytes that are not UTF-8 (and declare no other encoding) were read without an error");
    if (read.success) checkReplacement("the XML tree", read.data.root);
    const text = new TextDecoder().decode(bytes);
    const fast = readWellFormed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
      maxDepth: DEFAULT_READ_LIMITS.maxDepth,
      maxText: DEFAULT_READ_LIMITS.maxTextLength,
    });
    if (fast !== undefined) {
      const slow = readWithSaxes(
        text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
        DEFAULT_READ_LIMITS.maxDepth,
        DEFAULT_READ_LIMITS.maxTextLength,
        {},
        undefined,
      );
      if (!slow.success) found("reader-paths", `fast path read what saxes rejects: ${slow.diagnostics[0].message}`);
      else if (!sameDocument(fast, slow.data)) found("reader-paths", "fast path and saxes built different trees");
    }
    // the typed parser, and the round trip
    const first = standard.parse(bytes);
    checkReplacement("the model or its diagnostics", first);
    if (first.success) {
      parsed = true;
      if (standard.serialize !== undefined) {
        const written = standard.serialize(first.data as never);
        if (!written.success) found("round-trip", `serialize failed: ${written.diagnostics[0].code} ${written.diagnostics[0].message}`);
        else {
          const again = standard.parse(written.data);
          if (!again.success) found("round-trip", `the serialized model does not parse: ${describe(again.diagnostics)}`);
          else if (!isDeepStrictEqual(normal(first.data), normal(again.data)))
            found("round-trip", "parse → serialize → parse changed the model");
        }
      }
    }
  } catch (e) {
    found("exception", e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e));
  }
  const ms = performance.now() - start;
  if (ms > budgetMs(bytes.length))
    found("time", `${ms.toFixed(0)} ms for ${bytes.length} bytes (budget ${budgetMs(bytes.length).toFixed(0)} ms)`);
  return { findings, parsed, undecodable: notUtf8 };
}

/**
 * A decoded document with a lone surrogate (something only a string, never bytes, can hold): read and parsed
 * as a string, it must end in a diagnostic, neither an exception nor a U+FFFD in the result.
 */
export function checkLoneSurrogate(seed: Seed, at: number, high: boolean): Finding[] {
  const text = new TextDecoder().decode(seed.bytes);
  const k = Math.floor(at * (text.length + 1));
  const input = `${text.slice(0, k)}${high ? "\uD800" : "\uDC00"}${text.slice(k)}`;
  const findings: Finding[] = [];
  const found = (kind: FindingKind, detail: string) =>
    findings.push({ kind, seed: seed.name, detail, input: Buffer.from(input, "utf16le").toString("base64") });
  try {
    for (const [what, result] of [
      ["readXml", readXml(input)],
      ["parse", STANDARDS[seed.standard].parse(input)],
    ] as const) {
      if (result.success) found("accepted-invalid", `${what} accepted a lone surrogate (not an XML character)`);
      if (!text.includes(REPLACEMENT) && hasReplacement(result)) found("replacement-character", `U+FFFD in the ${what} result`);
    }
  } catch (e) {
    found("exception", e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  }
  return findings;
}

function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .slice(0, 3)
    .map((d) => `${d.code} at ${d.path}: ${d.message}`)
    .join("; ");
}

/** A case: which seed, and the mutations applied to it in order. */
export const fuzzCase = (count: number) =>
  fc.record({ seed: fc.integer({ min: 0, max: count - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });

export interface FuzzSummary {
  readonly cases: number;
  readonly ms: number;
  readonly parsed: number;
  /** Cases whose bytes were not valid UTF-8 (each rejected by the reader, or decoded as the encoding it declares). */
  readonly undecodable: number;
  readonly findings: Finding[];
}

/**
 * Runs `numRuns` cases with fast-check (seeded, so a run is reproducible). Every finding is collected (not thrown),
 * so that one run reports them all; the property itself never fails.
 */
export function fuzz(numRuns: number, seed: number, onProgress?: (done: number) => void): FuzzSummary {
  const all = seeds();
  const findings: Finding[] = [];
  let cases = 0;
  let parsed = 0;
  let undecodableCases = 0;
  const start = performance.now();
  fc.assert(
    fc.property(fuzzCase(all.length), ({ seed: index, mutations }) => {
      const s = all[index] as Seed;
      let bytes = s.bytes;
      for (const m of mutations) bytes = mutate(bytes, m);
      const outcome = checkCase(s, bytes);
      cases++;
      if (outcome.parsed) parsed++;
      if (outcome.undecodable) undecodableCases++;
      findings.push(...outcome.findings);
      if (onProgress !== undefined && cases % 1000 === 0) onProgress(cases);
      return true;
    }),
    { numRuns, seed },
  );
  return { cases, ms: performance.now() - start, parsed, undecodable: undecodableCases, findings };
}

/** `numRuns` cases of {@link checkLoneSurrogate} (seeded); returns the findings. */
export function fuzzLoneSurrogates(numRuns: number, seed: number): Finding[] {
  const all = seeds();
  const findings: Finding[] = [];
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: all.length - 1 }),
      fc.noBias(fc.integer({ min: 0, max: 999_999 })),
      fc.boolean(),
      (i, at, high) => {
        findings.push(...checkLoneSurrogate(all[i] as Seed, at / 1_000_000, high));
        return true;
      },
    ),
    { numRuns, seed },
  );
  return findings;
}
