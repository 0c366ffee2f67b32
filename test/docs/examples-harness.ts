/**
 * The doc-comment and `@example` harness behind `examples.test.ts` (issue 15.6), kept apart so that its own test
 * (`examples-harness.test.ts`) can run it on a tiny in-memory package.
 *
 * It walks every public entry with the TypeScript compiler API: each exported symbol (aliases resolved, counted once
 * across entries) must have a doc comment; functions, classes, variables and enums (values) and interfaces/type
 * aliases named `…Input`/`…Options` must have an `@example`. The fenced ```ts blocks of every `@example` become
 * modules of their own (held in memory beside the test, so `vitest` and `@jest/globals` resolve from the project's
 * `node_modules`; nothing is written) and are type-checked in ONE program with the project's compiler options, the
 * package name and each of its subpaths mapped (`paths`) to the source entry.
 */
import { dirname, join, relative } from "node:path";
import ts from "typescript";

export type ExportKind = "function" | "class" | "variable" | "enum" | "interface" | "type" | "namespace" | "other";

/** One fenced ```ts block of an `@example`. */
export interface Example {
  /** The in-memory module path it is checked under. */
  readonly path: string;
  /** The source file (relative to the root) and the 1-based line of the block's first code line. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** One exported symbol (counted once, under its canonical entry). */
export interface ExportedSymbol {
  /** `<specifier>#<export name>`, e.g. `fim-xoev/leika#parseLeistungsschluessel`: the baseline's key. */
  readonly key: string;
  readonly specifier: string;
  readonly name: string;
  readonly kind: ExportKind;
  /** Where it is declared: `src/leika/key.ts:42` (relative to the root). */
  readonly where: string;
  readonly hasDoc: boolean;
  readonly deprecated: boolean;
  readonly needsExample: boolean;
  readonly examples: readonly Example[];
  /** `@example` tags without a fenced ```ts block (they count as no example). */
  readonly unfencedExamples: number;
  /** Every specifier (entry) that exports it. */
  readonly specifiers: readonly string[];
}

export interface HarnessOptions {
  /** Package name, e.g. `fim-xoev`. */
  readonly packageName: string;
  /** Public specifier (`fim-xoev`, `fim-xoev/leika`, …) → absolute source file, in the order of the API reference. */
  readonly entries: ReadonlyMap<string, string>;
  /** The project's compiler options (strict). `paths` and `noEmit` are set by the harness. */
  readonly compilerOptions: ts.CompilerOptions;
  /** Paths are reported relative to this folder; the example modules live (in memory) below it. */
  readonly rootDir: string;
  /** Files served from memory instead of the disk (absolute path → text), for the harness's own test. */
  readonly files?: ReadonlyMap<string, string>;
}

export interface HarnessResult {
  readonly symbols: readonly ExportedSymbol[];
  /** Baseline lines: `<key> doc` for a missing doc comment, `<key> example` for a missing example. Sorted. */
  readonly missing: readonly string[];
  /** Problems that always fail: examples that do not compile or import from non-public paths. */
  readonly failures: readonly string[];
  readonly exampleCount: number;
}

/** The compiler options of a tsconfig.json (without enumerating its files). */
export function loadCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const config = read.config as { compilerOptions?: unknown };
  const converted = ts.convertCompilerOptionsFromJson(config.compilerOptions ?? {}, dirname(tsconfigPath), tsconfigPath);
  if (converted.errors.length > 0) {
    throw new Error(converted.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")).join("\n"));
  }
  return converted.options;
}

/** A compiler host that serves `overlay` from memory and parses every file once (both programs share them). */
function createHost(options: ts.CompilerOptions, overlay: Map<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const cache = new Map<string, ts.SourceFile | undefined>();
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => overlay.has(f) || fileExists.call(host, f);
  const { directoryExists } = host;
  host.directoryExists = (d) => [...overlay.keys()].some((f) => f.startsWith(`${d}/`)) || (directoryExists?.call(host, d) ?? true);
  host.readFile = (f) => overlay.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, language, onError, shouldCreate) => {
    if (cache.has(f)) return cache.get(f);
    const text = overlay.get(f);
    const sf =
      text !== undefined ? ts.createSourceFile(f, text, language, true) : getSourceFile.call(host, f, language, onError, shouldCreate);
    cache.set(f, sf);
    return sf;
  };
  return host;
}

function kindOf(symbol: ts.Symbol): ExportKind {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Function) return "function";
  if (f & ts.SymbolFlags.Class) return "class";
  if (f & ts.SymbolFlags.Enum) return "enum";
  if (f & ts.SymbolFlags.Variable) return "variable";
  if (f & ts.SymbolFlags.Interface) return "interface";
  if (f & ts.SymbolFlags.TypeAlias) return "type";
  if (f & (ts.SymbolFlags.ValueModule | ts.SymbolFlags.NamespaceModule)) return "namespace";
  return "other";
}

const VALUE_KINDS: ReadonlySet<ExportKind> = new Set(["function", "class", "variable", "enum"]);

/** The doc comment of a declaration: the last JSDoc before it that is not a file's module comment. */
function docOf(decl: ts.Node): ts.JSDoc | undefined {
  // `export const [createX, safeCreateX] = …`: the comment is the statement's
  let node = decl;
  while (ts.isBindingElement(node) || ts.isArrayBindingPattern(node) || ts.isObjectBindingPattern(node)) node = node.parent;
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs.at(-1);
  if (last === undefined) return undefined;
  if (last.tags?.some((t) => t.tagName.text === "module" || t.tagName.text === "packageDocumentation")) return undefined;
  return last;
}

/**
 * The module comment of a file: the first of two doc comments before its first statement, or the only one when
 * that statement is an import or export declaration (a comment on a declaration describes the declaration).
 */
function moduleDocOf(sf: ts.SourceFile): ts.JSDoc | undefined {
  const first = sf.statements[0];
  if (first === undefined) return undefined;
  const docs = ts.getJSDocCommentsAndTags(first).filter(ts.isJSDoc);
  if (docs.length >= 2) return docs[0];
  return ts.isImportDeclaration(first) || ts.isExportDeclaration(first) ? docs[0] : undefined;
}

function describes(doc: ts.JSDoc): boolean {
  const text = ts.getTextOfJSDocComment(doc.comment)?.trim() ?? "";
  return text !== "" || (doc.tags?.some((t) => t.tagName.text === "deprecated") ?? false);
}

interface RawExample {
  readonly line: number;
  readonly code: string;
}

/**
 * The `@example` tags of a doc comment, read from its raw text (TypeScript's JSDoc model loses the fences'
 * indentation): each tag's fenced ```ts / ```typescript blocks with the source line of their first code line.
 */
export function examplesOf(sf: ts.SourceFile, doc: ts.JSDoc): { readonly blocks: RawExample[]; readonly unfenced: number } {
  const start = doc.getStart(sf);
  const firstLine = sf.getLineAndCharacterOfPosition(start).line;
  const lines = sf.text
    .slice(start, doc.end)
    .split("\n")
    .map((l, i) => {
      let s = l;
      if (i === 0) s = s.replace(/^\s*\/\*\*\s?/, "");
      s = s.replace(/\s*\*\/\s*$/, "");
      return i === 0 ? s : s.replace(/^\s*\*( |$)/, "");
    });
  const blocks: RawExample[] = [];
  let unfenced = 0;
  let inExample = false;
  let blocksInTag = 0;
  let fence: { line: number; code: string[] } | undefined;
  const closeTag = () => {
    if (inExample && blocksInTag === 0) unfenced++;
    inExample = false;
    blocksInTag = 0;
  };
  lines.forEach((line, i) => {
    if (fence !== undefined) {
      if (/^\s*```\s*$/.test(line)) {
        blocks.push({ line: fence.line, code: `${fence.code.join("\n")}\n` });
        blocksInTag++;
        fence = undefined;
      } else fence.code.push(line);
      return;
    }
    const tag = /^\s*@(\w+)/.exec(line);
    if (tag !== null) {
      closeTag();
      inExample = tag[1] === "example";
      return;
    }
    if (inExample && /^\s*```\s*(ts|typescript)\b/.test(line)) fence = { line: firstLine + i + 2, code: [] };
  });
  closeTag();
  return { blocks, unfenced };
}

/** Module specifiers an example imports (static, type-only, re-exports, dynamic `import()` and `import("…")` types). */
function importsOf(sf: ts.SourceFile): { readonly specifier: string; readonly line: number }[] {
  const found: { specifier: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    let spec: ts.Expression | undefined;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) spec = node.moduleSpecifier;
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) spec = node.arguments[0];
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) spec = node.argument.literal;
    if (spec !== undefined && ts.isStringLiteralLike(spec)) {
      found.push({ specifier: spec.text, line: sf.getLineAndCharacterOfPosition(spec.getStart(sf)).line });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function commonPrefixLength(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Walk the entries, check doc comments and examples, type-check every example in one program. */
export function runHarness(options: HarnessOptions): HarnessResult {
  const { packageName, entries, rootDir } = options;
  const overlay = new Map(options.files ?? []);
  const paths: Record<string, string[]> = {};
  for (const [specifier, file] of entries) paths[specifier] = [file];
  const compilerOptions: ts.CompilerOptions = { ...options.compilerOptions, paths, noEmit: true };
  const host = createHost(compilerOptions, overlay);
  const entryFiles = [...entries.values()];
  const program = ts.createProgram({ rootNames: entryFiles, options: compilerOptions, host });
  const checker = program.getTypeChecker();
  const rel = (f: string) => relative(rootDir, f).split("\\").join("/");

  // 1. every export of every entry, once per resolved symbol
  interface Found {
    symbol: ts.Symbol;
    names: Map<string, string>; // specifier → export name
    viaNamespaceExport: ts.Node | undefined;
  }
  const found = new Map<ts.Symbol, Found>();
  for (const [specifier, file] of entries) {
    const sf = program.getSourceFile(file);
    if (sf === undefined) throw new Error(`entry ${specifier}: ${file} not found`);
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (moduleSymbol === undefined) continue; // not a module: exports nothing
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if ((target.declarations ?? []).length === 0) throw new Error(`${specifier}: export ${exported.getName()} does not resolve`);
      let entry = found.get(target);
      if (entry === undefined) {
        entry = { symbol: target, names: new Map(), viaNamespaceExport: undefined };
        found.set(target, entry);
      }
      const previous = entry.names.get(specifier);
      // an entry exporting one symbol under two names (a deprecated alias): the symbol's own name wins
      if (previous === undefined || (previous !== target.getName() && exported.getName() === target.getName())) {
        entry.names.set(specifier, exported.getName());
      }
      const nsExport = exported.declarations?.find(ts.isNamespaceExport);
      if (nsExport !== undefined) entry.viaNamespaceExport = nsExport.parent;
    }
  }

  // 2. doc comments and examples
  const symbols: ExportedSymbol[] = [];
  const examples: { symbol: string; example: Example }[] = [];
  const entryDirs = new Map([...entries].map(([s, f]) => [s, rel(dirname(f))]));
  for (const { symbol, names, viaNamespaceExport } of found.values()) {
    const kind = kindOf(symbol);
    const declarations = symbol.declarations ?? [];
    const firstDecl = declarations[0];
    const declFile = firstDecl !== undefined ? rel(firstDecl.getSourceFile().fileName) : "";
    // canonical entry: the one whose folder is closest to the declaration, then the first in order
    let specifier = [...names.keys()][0] as string;
    let best = -1;
    for (const s of names.keys()) {
      const score = commonPrefixLength(entryDirs.get(s) ?? "", dirname(declFile));
      if (score > best) {
        best = score;
        specifier = s;
      }
    }
    const name = names.get(specifier) as string;
    const key = `${specifier}#${name}`;
    const docs: { sf: ts.SourceFile; doc: ts.JSDoc }[] = [];
    const docNodes = kind === "namespace" ? (viaNamespaceExport !== undefined ? [viaNamespaceExport] : []) : declarations;
    for (const d of docNodes) {
      const doc = docOf(d);
      if (doc !== undefined) docs.push({ sf: d.getSourceFile(), doc });
    }
    if (kind === "namespace") {
      // a namespace export (`export * as binding from …`) may also be described by its module's file comment
      for (const d of declarations) {
        if (!ts.isSourceFile(d)) continue;
        const first = d.statements[0];
        const fileDoc = first !== undefined ? ts.getJSDocCommentsAndTags(first).filter(ts.isJSDoc)[0] : undefined;
        if (fileDoc !== undefined) docs.push({ sf: d, doc: fileDoc });
      }
    }
    const hasDoc = docs.some(({ doc }) => describes(doc));
    const deprecated = docs.some(({ doc }) => doc.tags?.some((t) => t.tagName.text === "deprecated") ?? false);
    const own: Example[] = [];
    let unfenced = 0;
    for (const { sf, doc } of docs) {
      const { blocks, unfenced: u } = examplesOf(sf, doc);
      unfenced += u;
      for (const b of blocks) {
        const path = join(rootDir, "test/docs/__examples__", `${key.replace(/[^\w.-]+/g, "_")}_${own.length + 1}.ts`);
        own.push({ path, file: rel(sf.fileName), line: b.line, code: b.code });
      }
    }
    const docLine = docs[0] ?? undefined;
    const whereNode = docLine?.doc ?? firstDecl;
    const where =
      whereNode !== undefined
        ? `${rel(whereNode.getSourceFile().fileName)}:${whereNode.getSourceFile().getLineAndCharacterOfPosition(whereNode.getStart()).line + 1}`
        : "?";
    const needsExample =
      !deprecated && (VALUE_KINDS.has(kind) || ((kind === "interface" || kind === "type") && /(Input|Options)$/.test(name)));
    symbols.push({
      key,
      specifier,
      name,
      kind,
      where,
      hasDoc,
      deprecated,
      needsExample,
      examples: own,
      unfencedExamples: unfenced,
      specifiers: [...names.keys()],
    });
    for (const example of own) examples.push({ symbol: key, example });
  }
  symbols.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  // the entries' module comments: not required, but a fenced example there is checked as well
  for (const [specifier, file] of entries) {
    const sf = program.getSourceFile(file) as ts.SourceFile;
    const doc = moduleDocOf(sf);
    if (doc === undefined) continue;
    const key = `${specifier}#(module)`;
    examplesOf(sf, doc).blocks.forEach((b, i) => {
      const path = join(rootDir, "test/docs/__examples__", `${key.replace(/[^\w.-]+/g, "_")}_${i + 1}.ts`);
      examples.push({ symbol: key, example: { path, file: rel(sf.fileName), line: b.line, code: b.code } });
    });
  }

  const missing: string[] = [];
  for (const s of symbols) {
    if (!s.hasDoc) missing.push(`${s.key} doc`);
    if (s.needsExample && s.examples.length === 0) missing.push(`${s.key} example`);
  }
  missing.sort();

  // 3. every example in one program, on the parsed sources of the first
  const failures: string[] = [];
  for (const { example } of examples) overlay.set(example.path, example.code);
  if (examples.length > 0) {
    const checked = ts.createProgram({
      // only the examples: an entry's declarations (e.g. the vitest matcher types) apply when an example imports it
      rootNames: examples.map((e) => e.example.path),
      options: compilerOptions,
      host,
      oldProgram: program,
    });
    for (const d of checked.getOptionsDiagnostics())
      failures.push(`compiler options: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    for (const { symbol, example } of examples) {
      const sf = checked.getSourceFile(example.path);
      if (sf === undefined) throw new Error(`example of ${symbol} was not part of the program`);
      const at = (line: number) => `${symbol} (${example.file}:${example.line + line})`;
      let fromPackage = 0;
      for (const { specifier, line } of importsOf(sf)) {
        if (specifier === packageName || specifier.startsWith(`${packageName}/`)) {
          fromPackage++;
          if (!entries.has(specifier)) failures.push(`${at(line)}: imports "${specifier}", which is not a public entry of ${packageName}`);
        } else if (specifier.startsWith(".") || specifier.startsWith("/") || /(^|\/)src\//.test(specifier)) {
          failures.push(
            `${at(line)}: imports "${specifier}": examples import from the public entries (${packageName}/…), never relative or src/ paths`,
          );
        }
      }
      if (fromPackage === 0) failures.push(`${at(0)}: the example imports nothing from ${packageName}`);
      for (const d of [...checked.getSyntacticDiagnostics(sf), ...checked.getSemanticDiagnostics(sf)]) {
        const line = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start).line : 0;
        failures.push(`${at(line)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      }
    }
  }
  return { symbols, missing, failures, exampleCount: examples.length };
}

/** `fim-xoev` for `.`, `fim-xoev/leika` for `./leika`. */
export function specifierOf(packageName: string, exportKey: string): string {
  return exportKey === "." ? packageName : `${packageName}/${exportKey.replace(/^\.\//, "")}`;
}
