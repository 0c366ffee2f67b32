/**
 * Hostile input: XXE, billion laughs, 100 000-deep nesting and a 50 MB text node. Each must end in a diagnostic
 * within 2 s, with no file or network access, in the reader/model parser and in the XSD validator.
 *
 * The two DOCTYPE attacks are files in `fixtures/evil/`; the big ones are generated in memory (never written to
 * disk). File and network access is caught by spying on the public `node:fs`, `node:fs/promises`, `node:net`,
 * `node:http`, `node:https` functions and `fetch` while the input is processed (inputs are read and the XSD
 * validator is compiled before the spies go in).
 */
import fs from "node:fs";
import fsp from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import { syncBuiltinESMExports } from "node:module";
import net from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Diagnostic } from "../../src/core/diagnostics/diagnostic.ts";
import { createXsdValidator, loadSchemaSet, type XsdValidator } from "../../src/core/validation/index.ts";
import { DEFAULT_READ_LIMITS, readXml } from "../../src/core/xml/read.ts";
import { safeParse } from "../../src/xdatenfelder/v3/index.ts";
import { hasShared, repoRoot, standardsDir } from "../xsd/shared.ts";

const EVIL = join(repoRoot, "fixtures/evil");
const NS = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0";
const LIMIT_MS = 2000;
const DEPTH = 100_000;
const TEXT_CHARS = 50 * 1024 * 1024;

const xxe = fs.readFileSync(join(EVIL, "xxe.xml"));
const billionLaughs = fs.readFileSync(join(EVIL, "billion-laughs.xml"));

/** 100 000 nested elements below a 0104 root, on one line after the declaration. */
function deepDocument(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xdf3:xdatenfelder.datenfeld.0104 xmlns:xdf3="${NS}">${"<xdf3:header>".repeat(DEPTH)}${"</xdf3:header>".repeat(DEPTH)}</xdf3:xdatenfelder.datenfeld.0104>\n`;
}

/** A 0104 message whose nachrichtID is one 50 MB text node. */
function bigTextDocument(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xdf3:xdatenfelder.datenfeld.0104 xmlns:xdf3="${NS}"><xdf3:header><xdf3:nachrichtID>${"x".repeat(TEXT_CHARS)}</xdf3:nachrichtID></xdf3:header></xdf3:xdatenfelder.datenfeld.0104>\n`;
}

const FS_FUNCTIONS = [
  "open",
  "openSync",
  "read",
  "readSync",
  "readFile",
  "readFileSync",
  "createReadStream",
  "stat",
  "statSync",
  "lstat",
  "lstatSync",
  "access",
  "accessSync",
  "existsSync",
  "readdir",
  "readdirSync",
  "opendir",
  "opendirSync",
] as const;
const FSP_FUNCTIONS = ["open", "readFile", "stat", "lstat", "access", "readdir", "opendir"] as const;

interface Guarded<T> {
  readonly result: T;
  readonly ms: number;
  /** Every file or network function called while `fn` ran, with its first argument. */
  readonly access: readonly string[];
}

/** Runs `fn` with spies on every public file and network entry point, timing it. */
function guarded<T>(fn: () => T): Guarded<T> {
  const access: string[] = [];
  const spies: { mockRestore(): void }[] = [];
  const watch = <O extends object>(label: string, obj: O, names: readonly string[]) => {
    for (const name of names) {
      if (typeof (obj as Record<string, unknown>)[name] !== "function") continue;
      const spy = vi.spyOn(obj as Record<string, (...args: unknown[]) => unknown>, name);
      spy.mockImplementation((...args: unknown[]) => {
        access.push(`${label}.${name}(${String(args[0])})`);
        throw new Error(`${label}.${name} must not be called while hostile input is processed`);
      });
      spies.push(spy);
    }
  };
  watch("fs", fs, FS_FUNCTIONS);
  watch("fs/promises", fsp, FSP_FUNCTIONS);
  watch("net", net, ["connect", "createConnection"]);
  watch("net.Socket", net.Socket.prototype, ["connect"]);
  watch("http", http, ["request", "get"]);
  watch("https", https, ["request", "get"]);
  watch("globalThis", globalThis, ["fetch"]);
  syncBuiltinESMExports(); // named imports of node:fs & co. see the spies too
  try {
    const start = performance.now();
    const result = fn();
    return { result, ms: performance.now() - start, access };
  } finally {
    for (const s of spies) s.mockRestore();
    syncBuiltinESMExports();
  }
}

function only(diagnostics: readonly Diagnostic[]): Diagnostic {
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

/** 1-based line of the first occurrence of `needle`. */
function lineOf(bytes: Uint8Array, needle: string): number {
  const text = new TextDecoder().decode(bytes);
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split("\n").length;
}

describe("the guard itself", () => {
  test("notices file and network access", () => {
    const g = guarded(() => {
      const tries: string[] = [];
      for (const attempt of [
        () => fs.readFileSync("/etc/passwd"),
        () => fs.existsSync("/etc/passwd"),
        () => net.connect(80, "example.org"),
      ]) {
        try {
          attempt();
        } catch (e) {
          tries.push(String(e));
        }
      }
      return tries;
    });
    expect(g.result).toHaveLength(3);
    expect(g.access).toEqual(["fs.readFileSync(/etc/passwd)", "fs.existsSync(/etc/passwd)", "net.connect(80)"]);
    // and is gone afterwards
    expect(fs.existsSync(join(EVIL, "xxe.xml"))).toBe(true);
  });
});

describe("reader and model parser", () => {
  for (const [name, bytes, entityRef] of [
    ["xxe.xml", xxe, "&passwd;"],
    ["billion-laughs.xml", billionLaughs, "&lol9;"],
  ] as const) {
    test(`${name}: doctype-not-allowed before any entity is looked at`, () => {
      for (const input of [bytes, new TextDecoder().decode(bytes)]) {
        const g = guarded(() => safeParse(input, { file: name }));
        expect(g.access).toEqual([]);
        expect(g.ms).toBeLessThan(LIMIT_MS);
        expect(g.result.success).toBe(false);
        expect(g.result.data).toBeUndefined();
        const d = only(g.result.diagnostics);
        expect(d).toMatchObject({ code: "doctype-not-allowed", severity: "fatal", stage: "xml", file: name });
        // The parse stopped inside the DOCTYPE: before the root element that references the entity.
        const line = d.location?.line ?? Number.POSITIVE_INFINITY;
        expect(line).toBeGreaterThanOrEqual(lineOf(bytes, "<!DOCTYPE"));
        expect(line).toBeLessThan(lineOf(bytes, entityRef));
        // No text of /etc/passwd anywhere (nor of an expansion).
        expect(JSON.stringify(g.result)).not.toMatch(/root:|lollol/);
      }
    });
  }

  test("xxe.xml: doctype-not-allowed is located at <!DOCTYPE, like the XSD validator does", () => {
    expect(only(safeParse(xxe).diagnostics).location).toEqual({ line: lineOf(xxe, "<!DOCTYPE"), column: 1 });
  });

  test("a DOCTYPE behind a BOM, comments and a PI is still rejected", () => {
    const text = `\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<?pi x?>\n<!DOCTYPE r SYSTEM "file:///etc/passwd">\n<r/>`;
    const g = guarded(() => readXml(new TextEncoder().encode(text)));
    expect(g.access).toEqual([]);
    expect(only(g.result.diagnostics).code).toBe("doctype-not-allowed");
  });

  test(`${DEPTH.toLocaleString("en")}-deep nesting: depth-limit-exceeded at the default limit`, () => {
    const xml = deepDocument();
    const g = guarded(() => safeParse(xml));
    expect(g.access).toEqual([]);
    expect(g.ms).toBeLessThan(LIMIT_MS);
    expect(g.result.success).toBe(false);
    const d = only(g.result.diagnostics);
    expect(d).toMatchObject({
      code: "depth-limit-exceeded",
      severity: "fatal",
      stage: "xml",
      params: { limit: DEFAULT_READ_LIMITS.maxDepth },
    });
    expect(d.location?.line).toBe(2);
    // The path names the element at the limit: root + 999 headers.
    expect(d.path.split("/").length - 1).toBe(DEFAULT_READ_LIMITS.maxDepth);
  });

  test("nesting: a configured limit is honoured exactly", () => {
    const at = (depth: number) => readXml(`${"<a>".repeat(depth)}${"</a>".repeat(depth)}`, { maxDepth: 50 });
    expect(at(50).success).toBe(true);
    const d = only(at(51).diagnostics);
    expect(d).toMatchObject({ code: "depth-limit-exceeded", params: { limit: 50 }, location: { line: 1 } });
  });

  test("nesting: the diagnostic points at the start tag that is one level too deep", () => {
    const d = only(readXml(`${"<a>".repeat(51)}${"</a>".repeat(51)}`, { maxDepth: 50 }).diagnostics);
    expect(d.location).toEqual({ line: 1, column: 151 });
  });

  test("50 MB text node: text-limit-exceeded at the default limit", () => {
    const xml = bigTextDocument();
    const bytes = new TextEncoder().encode(xml);
    for (const input of [xml, bytes]) {
      const g = guarded(() => safeParse(input));
      expect(g.access).toEqual([]);
      expect(g.ms).toBeLessThan(LIMIT_MS);
      expect(g.result.success).toBe(false);
      const d = only(g.result.diagnostics);
      expect(d).toMatchObject({
        code: "text-limit-exceeded",
        severity: "fatal",
        stage: "xml",
        params: { limit: DEFAULT_READ_LIMITS.maxTextLength },
        location: { line: 2 },
      });
    }
  });

  test("text: a configured limit is honoured exactly (text, CDATA, attribute value)", () => {
    const limits = { maxTextLength: 100 };
    expect(readXml(`<r>${"x".repeat(100)}</r>`, limits).success).toBe(true);
    for (const xml of [`<r>${"x".repeat(101)}</r>`, `<r><![CDATA[${"x".repeat(101)}]]></r>`, `<r a="${"x".repeat(5_000_000)}"/>`]) {
      expect(only(readXml(xml, limits).diagnostics)).toMatchObject({ code: "text-limit-exceeded", params: { limit: 100 } });
    }
  });
});

for (const engine of ["libxml2", "js"] as const) {
  describe.skipIf(!hasShared)(`XSD validator (${engine})`, () => {
    let validator: XsdValidator;
    beforeAll(async () => {
      validator = await createXsdValidator(await loadSchemaSet("xdatenfelder-3.0.0", { schemas: standardsDir }), { engine });
    });
    afterAll(() => validator?.dispose());

    for (const [name, bytes] of [
      ["xxe.xml", xxe],
      ["billion-laughs.xml", billionLaughs],
    ] as const) {
      test(`${name}: doctype-not-allowed before libxml2 sees it`, () => {
        for (const input of [bytes, new TextDecoder().decode(bytes)]) {
          const g = guarded(() => validator.validate(input, { file: name }));
          expect(g.access).toEqual([]);
          expect(g.ms).toBeLessThan(LIMIT_MS);
          expect(g.result.valid).toBe(false);
          const d = only(g.result.diagnostics);
          expect(d).toMatchObject({
            code: "doctype-not-allowed",
            severity: "fatal",
            stage: "xml",
            location: { line: lineOf(bytes, "<!DOCTYPE"), column: 1 },
          });
        }
      });
    }

    // libxml2 (without XML_PARSE_HUGE) stops at 256 levels and at 10 000 000 characters of text. The libxml2
    // validator reports both as not-well-formed; the js engine reads with the reader and its limits.
    test(`${DEPTH.toLocaleString("en")}-deep nesting is rejected`, () => {
      const xml = deepDocument();
      const g = guarded(() => validator.validate(xml));
      expect(g.access).toEqual([]);
      expect(g.ms).toBeLessThan(LIMIT_MS);
      expect(g.result.valid).toBe(false);
      expect(only(g.result.diagnostics)).toMatchObject(
        engine === "libxml2"
          ? { code: "not-well-formed", severity: "fatal", params: { reason: expect.stringMatching(/depth/i) } }
          : { code: "depth-limit-exceeded", severity: "fatal", stage: "xml" },
      );
    });

    test("50 MB text node is rejected", () => {
      const bytes = new TextEncoder().encode(bigTextDocument());
      const g = guarded(() => validator.validate(bytes));
      expect(g.access).toEqual([]);
      expect(g.ms).toBeLessThan(LIMIT_MS);
      expect(g.result.valid).toBe(false);
      expect(only(g.result.diagnostics)).toMatchObject(
        engine === "libxml2"
          ? { code: "not-well-formed", severity: "fatal", params: { reason: expect.stringMatching(/text node too long/i) } }
          : { code: "text-limit-exceeded", severity: "fatal", stage: "xml" },
      );
    });
  });
}
