/**
 * Pins the "one vocabulary" (docs/vocabulary.md) on every public entry of package.json: the verbs come in pairs,
 * no implementation detail is exported, every `@deprecated` export is an alias of its new name (checked at run
 * time) and listed here, and every `*CodeList` export is a CodeList with its literal type beside it.
 * Runs on the sources (no build): the entries map to source files through tsdown.config.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { codesOf } from "../../src/core/codelists/code.ts";
import { REPO_ROOT } from "../support/shared.ts";

type Module = Record<string, unknown>;

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { exports: Record<string, unknown> };
const tsdown = readFileSync(join(REPO_ROOT, "tsdown.config.ts"), "utf8");
const sourceOf = new Map([...tsdown.matchAll(/"?([\w/]+)"?: "(src\/[^"]+)"/g)].map((m) => [m[1] as string, m[2] as string]));
/** Public subpath ("." , "./xdatenfelder/v3", …) → source file. */
// The test-runner entries register matchers on vitest's or jest's global `expect` when imported: no vocabulary.
const ENTRIES: [string, string][] = Object.keys(pkg.exports)
  .filter((k) => k !== "./package.json" && k !== "./testing/vitest" && k !== "./testing/jest")
  .map((k) => [k, sourceOf.get(k === "." ? "index" : k.slice(2)) ?? `(no tsdown entry for ${k})`]);
const isXzufi = (entry: string) => entry.startsWith("./xzufi/");

/** Implementation details that no public entry may export (runtime names). */
const INTERNALS = [
  "rereader",
  "SHALLOW_REPEATS",
  "ParseContext",
  "ElementCursor",
  "XmlWriter",
  "readXml",
  "fastRead",
  "parseElementIdentifikation",
  "parseDatenfeld",
  "parseDatenfeldgruppe",
  "parseRegel",
  "parseStammdatenschema",
  "parseDokumentsteckbrief",
  "parseCodeliste",
  // element-level genericode / XÖV code readers and writers over the internal XmlElement / XmlWriter
  "toGcElement",
  "parseCodeListElement",
  "writeGcElement",
  "writeCodeList",
  "parseXoevCode",
  "writeXoevCode",
];
/** The binding tables are the engine's; XZuFi still exports them (h/qsonce moves XZuFi to configuration). */
const INTERNALS_OUTSIDE_XZUFI = ["binding"];

/** `create*` without a `safeCreate*`: nothing to check (a cache holds no outside input). */
const CREATE_WITHOUT_SAFE = new Set(["./validation:createPipelineCache"]);

/**
 * Value lists kept as plain arrays (docs/vocabulary.md, "Code lists"): their labels (and partly URIs) are not public,
 * so a CodeList would have to invent them. XZuFi's lists are h/qsonce's.
 */
const VALUE_ARRAYS = new Set([
  "./xprozess/v2:REFERENZAKTIVITAETENGRUPPE_VALUES",
  "./xprozess/v2:DETAILLIERUNGSSTUFE_VALUES",
  "./xprozess/v2:VERFAHRENSART_VALUES",
  "./xprozess/v2:HANDLUNGSFORM_VALUES",
  "./xprozess/v2:OPERATIVES_ZIEL_VALUES",
  // not a value list: the version the XSD fixes for every Code-Typ 1 list
  "./xprozess/v2:FIXED_LIST_VERSION",
]);

/** `fooCodeList` whose literal type is not `Foo` (the name `Relation` is the model's Relation element). */
const CODE_TYPE_NAME: Readonly<Record<string, string>> = { relationCodeList: "RelationCode" };

/**
 * Every deprecated export: entry → old name → what it must be (the new function itself, or the value derived from
 * the new names). An overload marked deprecated (one signature of a function that keeps its name) is `"overload"`.
 */
const DEPRECATED: Readonly<Record<string, Readonly<Record<string, ((m: Module) => unknown) | "overload">>>> = {
  "./xdatenfelder/v2": { createNachricht: "overload" },
  "./xdatenfelder/v3": { createNachricht: "overload", elementKey: (m) => m.elementIdVersion },
  "./xdatenfelder/v2/rules": { indexiere: (m) => m.indexQsDokument, elementKey: (m) => m.qsElementKey },
  "./xdatenfelder/v3/rules": { indexiere: (m) => m.indexQsDokument, elementKey: (m) => m.qsElementKey },
  "./leika": {
    // declaration order (codesOf would put the integer-like codes first)
    TYPISIERUNG_VALUES: (m) => Object.values(m.Typisierung as Record<string, string>),
    TYPISIERUNG_LIST_URI: (m) => (m.typisierungCodeList as { uri: string }).uri,
    LEIKA_TEXTMODUL_VALUES: (m) => codesOf(m.leikaTextmodulCodeList as never),
    LEIKA_TEXTMODUL_LIST_URI: (m) => (m.leikaTextmodulCodeList as { uri: string }).uri,
    LEIKA_TEXTMODUL_LIST_VERSION: (m) => (m.leikaTextmodulCodeList as { version: string }).version,
  },
  "./xprozess/v2": {
    STATUS_VALUES: (m) => codesOf(m.statusCodeList as never),
    createNachricht: "overload",
    safeCreateNachricht: "overload",
  },
};

const modules = new Map<string, Module>();
/** entry → exported name → { deprecated, isType } from the TypeScript program over the entries. */
const declared = new Map<string, Map<string, { deprecated: boolean; isType: boolean }>>();

beforeAll(async () => {
  for (const [entry, source] of ENTRIES) modules.set(entry, (await import(join(REPO_ROOT, source))) as Module);
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(REPO_ROOT, "tsconfig.json"), ts.sys.readFile).config,
    ts.sys,
    REPO_ROOT,
  );
  const program = ts.createProgram(
    ENTRIES.map(([, s]) => join(REPO_ROOT, s)),
    // only the export lists and JSDoc tags are read: no type library, no checking of declaration files
    { ...config.options, noEmit: true, types: [], skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  for (const [entry, source] of ENTRIES) {
    const file = program.getSourceFile(join(REPO_ROOT, source));
    const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    const names = new Map<string, { deprecated: boolean; isType: boolean }>();
    for (const e of symbol === undefined ? [] : checker.getExportsOfModule(symbol)) {
      const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      names.set(e.name, {
        deprecated: e.getJsDocTags(checker).some((t) => t.name === "deprecated"),
        isType: (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) !== 0,
      });
    }
    declared.set(entry, names);
  }
}, 120_000);

const mod = (entry: string) => modules.get(entry) as Module;

describe("the public vocabulary", () => {
  test("every public entry maps to a source file that loads", () => {
    expect(ENTRIES.length).toBeGreaterThan(15);
    for (const [entry, source] of ENTRIES) {
      expect(source, entry).toMatch(/^src\//);
      expect(Object.keys(mod(entry)).length, entry).toBeGreaterThan(0);
    }
  });

  test("parse comes with safeParse, create* with safeCreate*, and the throwing form of a safe* verb has the same name without it", () => {
    for (const [entry] of ENTRIES) {
      const m = mod(entry);
      if ("parse" in m) expect(typeof m.safeParse, `${entry} exports parse but not safeParse`).toBe("function");
      if ("serialize" in m && "safeSerialize" in m) expect(typeof m.serialize).toBe("function");
      for (const name of Object.keys(m).filter((n) => /^create[A-Z]/.test(n) && typeof m[n] === "function")) {
        if (CREATE_WITHOUT_SAFE.has(`${entry}:${name}`)) continue;
        expect(typeof m[`safeC${name.slice(1)}`], `${entry}: ${name} without safe${name[0]?.toUpperCase()}${name.slice(1)}`).toBe(
          "function",
        );
      }
    }
  });

  test("no implementation detail is exported", () => {
    for (const [entry] of ENTRIES) {
      const names = new Set([...Object.keys(mod(entry)), ...(declared.get(entry)?.keys() ?? [])]);
      for (const internal of INTERNALS) expect(names.has(internal), `${entry} exports ${internal}`).toBe(false);
      if (!isXzufi(entry))
        for (const internal of INTERNALS_OUTSIDE_XZUFI) expect(names.has(internal), `${entry} exports ${internal}`).toBe(false);
    }
  });

  test("every @deprecated export is listed and resolves to its new name (the same function, or the value derived from it)", () => {
    for (const [entry] of ENTRIES) {
      const listed = DEPRECATED[entry] ?? {};
      const deprecated = [...(declared.get(entry) ?? [])].filter(([, d]) => d.deprecated).map(([n]) => n);
      if (isXzufi(entry)) continue; // h/qsonce owns XZuFi's names
      expect(deprecated.sort(), entry).toEqual(Object.keys(listed).sort());
      for (const [old, expected] of Object.entries(listed)) {
        const value = mod(entry)[old];
        expect(value, `${entry}: ${old}`).toBeDefined();
        if (expected === "overload") expect(typeof value).toBe("function");
        else if (typeof value === "function") expect(value, `${entry}: ${old}`).toBe(expected(mod(entry)));
        else expect(value, `${entry}: ${old}`).toEqual(expected(mod(entry)));
      }
    }
  });

  test("every *CodeList export is a CodeList, with its literal type beside it", () => {
    let lists = 0;
    for (const [entry] of ENTRIES) {
      const m = mod(entry);
      for (const name of Object.keys(m).filter((n) => /^[a-z]\w*CodeList$/.test(n) && typeof m[n] === "object")) {
        lists++;
        const list = m[name] as Record<string, unknown>;
        expect(typeof list.uri, `${entry}: ${name}.uri`).toBe("string");
        expect(list.uri, `${entry}: ${name}.uri`).toMatch(/^urn:/);
        expect(typeof list.versionFixed, `${entry}: ${name}.versionFixed`).toBe("boolean");
        expect(typeof list.closed, `${entry}: ${name}.closed`).toBe("boolean");
        if ("version" in list) expect(typeof list.version, `${entry}: ${name}.version`).toBe("string");
        const labels = Object.entries(list.labels as Record<string, unknown>);
        expect(labels.length, `${entry}: ${name} has no codes`).toBeGreaterThan(0);
        // A label no public source gives is "" (XZuFi lists whose codes are known but whose labels are not).
        for (const [code, label] of labels)
          expect(typeof label === "string" && (label !== "" || isXzufi(entry)), `${entry}: ${name} ${code}`).toBe(true);
        const type = CODE_TYPE_NAME[name] ?? `${name[0]?.toUpperCase()}${name.slice(1, -"CodeList".length)}`;
        expect(declared.get(entry)?.get(type)?.isType, `${entry}: ${name} without type ${type}`).toBe(true);
      }
    }
    expect(lists).toBeGreaterThan(20);
  });

  test("no FOO_VALUES / FOO_LIST_URI pairs outside the deprecated aliases and the documented plain value arrays", () => {
    for (const [entry] of ENTRIES) {
      if (isXzufi(entry)) continue; // h/qsonce
      for (const name of Object.keys(mod(entry)).filter((n) => /_(VALUES|LIST_URI|LIST_VERSION)$/.test(n))) {
        const allowed = VALUE_ARRAYS.has(`${entry}:${name}`) || DEPRECATED[entry]?.[name] !== undefined;
        expect(allowed, `${entry}: ${name}`).toBe(true);
      }
    }
  });
});
