/**
 * One catalogue across the standards: LeiKa rows, XZuFi Leistungen, XProzess Prozessklassen and Prozesse,
 * XDatenfelder Stammdatenschemata and Dokumentsteckbriefe, genericode code lists — indexed by the links the files
 * carry (and by a mapping file where they carry none), queried by Leistungsschlüssel.
 *
 * Works in memory on bytes or text the caller supplies (no file system, so it runs in a browser too); the CLI command
 * `fim-xoev catalog <dir>` reads folders (`src/cli/catalog.ts`).
 */
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, resultOf, success } from "../core/result.ts";
import { type StandardDescriptor, standardName } from "../core/standard/descriptor.ts";
import { canonicalName } from "../core/xml/path.ts";
import { readXml } from "../core/xml/read.ts";
import { type LeikaCsvOptions, type LeikaKatalog, safeParseLeikaCsvSync } from "../leika/csv.ts";
import { safeParseLeistungsschluessel } from "../leika/key.ts";
import { ALL_PREFIXES, detect } from "../registry.ts";
import * as xp01 from "../xprozess/v0_1/index.ts";
import { LEGACY_FORMAT, LEGACY_ROOT_ELEMENT, safeParseLeistungsverzeichnis } from "../xzufi/legacy/index.ts";
import { type Extracted, fromGenericode, fromLeika, fromXDatenfelder, fromXProzess, fromXzufi, schemaKey } from "./extract.ts";
import { parseMapping } from "./mapping.ts";
import type { CatalogGap, CatalogLink, CatalogObject, CatalogObjectKind, CatalogRef, CatalogSource, KeyView } from "./model.ts";

/** What a file was recognised as. */
export type CatalogFileKind = "leika-csv" | "xdatenfelder" | "genericode" | "xzufi" | "xprozess" | "mapping";

/** A file the catalogue took in. */
export interface CatalogFile {
  readonly file: string;
  readonly kind: CatalogFileKind;
  readonly standard: string;
  /** Objects the file contributed. */
  readonly objects: number;
}

/** Counts over the whole catalogue. */
export interface CatalogSummary {
  readonly files: number;
  readonly objects: Readonly<Record<CatalogObjectKind, number>>;
  /** Distinct Leistungsschlüssel the catalogue knows (LeiKa rows and keys linked from any file). */
  readonly keys: number;
  readonly links: Readonly<Record<CatalogLink["evidence"], number>>;
}

const KINDS: readonly CatalogObjectKind[] = [
  "leika",
  "xzufi-leistung",
  "prozessklasse",
  "prozess",
  "stammdatenschema",
  "dokumentsteckbrief",
  "codeliste",
];

/** Turns the model of a registered standard into what the catalogue indexes; absent = the standard has nothing to index. */
type Extractor = (model: unknown, source: CatalogSource) => Result<Extracted>;

/**
 * What each registered standard contributes, by its label and version (detection and reading are the registry's:
 * `src/registry.ts`). XProzess 0.1 goes through the 0.1 → 2.0 mapping.
 */
function extractorFor(d: StandardDescriptor): Extractor | undefined {
  switch (d.label) {
    case "XDatenfelder":
      return (m, source) => success(fromXDatenfelder(m as Parameters<typeof fromXDatenfelder>[0], source));
    case "genericode":
      return (m, source) => success(fromGenericode(m as Parameters<typeof fromGenericode>[0], source));
    case "XZuFi":
      return (m, source) => success(fromXzufi(m as object, source));
    case "XProzess":
      if (d.version === "2.0") return (m, source) => success(fromXProzess(m as object, source));
      return (m, source) => {
        const p = xp01.safeConvertToV2(m as Parameters<typeof xp01.safeConvertToV2>[0]);
        if (p.data === undefined) return failure(p.diagnostics as [Diagnostic, ...Diagnostic[]]);
        return resultOf(fromXProzess({ prozess: [p.data] }, source), p.diagnostics);
      };
    default:
      return undefined;
  }
}

function kindOf(d: StandardDescriptor): CatalogFileKind {
  return d.label === "XDatenfelder" ? "xdatenfelder" : d.label === "genericode" ? "genericode" : d.label === "XZuFi" ? "xzufi" : "xprozess";
}

function refKey(kind: CatalogObjectKind, id: string): string {
  return `${kind}\u0000${id}`;
}

function matches(o: CatalogObject, r: CatalogRef): boolean {
  return o.kind === r.kind && o.id === r.id && (r.version === undefined || o.version === undefined || o.version === r.version);
}

/**
 * Options of {@link Catalog.add}: the file name, and how to read a LeiKa CSV.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { type AddOptions, Catalog } from "fim-xoev/catalog";
 *
 * // a LeiKa export without a header row, in ISO-8859-1, separated by semicolons
 * const options: AddOptions = {
 *   file: "leika-2026.csv",
 *   leika: { encoding: "iso-8859-1", delimiter: ";", columns: ["Schluessel", "Bezeichnung", "Bezeichnung2", "Typ"] },
 * };
 * const catalog = new Catalog();
 * const added = catalog.add(readFileSync("leika-2026.csv"), options);
 * console.log(added.data?.kind, added.data?.objects); // "leika-csv" 8731
 * ```
 */
export interface AddOptions {
  /** File name for sources and diagnostics. */
  readonly file: string;
  /** Options for LeiKa CSV files (encoding, delimiter, columns). */
  readonly leika?: LeikaCsvOptions;
}

/**
 * One catalogue across the FIM standards: add LeiKa, XZuFi, XDatenfelder, genericode and XProzess files (and mapping
 * files), then ask what is known for a Leistungsschlüssel, which schemas use a field or code list, and what is missing.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { Catalog } from "fim-xoev/catalog";
 *
 * const catalog = new Catalog();
 * for (const file of ["leika.csv", "leistungen.xzufi.xml", "prozesse.xprozess.xml", "S60000000017.xml", "hundesteuer.mapping.json"]) {
 *   const added = catalog.add(readFileSync(file), { file });
 *   if (!added.success) console.error(file, added.diagnostics[0].message);
 * }
 * const hundesteuer = catalog.lookup("99125001012000");
 * console.log(hundesteuer.data?.stammdatenschemata.map((s) => `${s.id} ${s.name}`)); // ["S60000000017 Anmeldung eines Hundes zur Hundesteuer"]
 * console.log(hundesteuer.data?.prozessklassen.length, catalog.summary().keys);
 * for (const gap of catalog.gaps()) console.log(gap.kind); // e.g. leistung-without-schema
 * ```
 */
export class Catalog {
  readonly #objects: CatalogObject[] = [];
  readonly #links: CatalogLink[] = [];
  readonly #byId = new Map<string, CatalogObject[]>();
  readonly #elements = new Map<string, Set<string>>();
  readonly #files: CatalogFile[] = [];
  readonly #diagnostics: Diagnostic[] = [];

  /** The files taken in, in order. */
  get files(): readonly CatalogFile[] {
    return this.#files;
  }

  /** Every finding of every file read (parse problems of files that could still be indexed included). */
  get diagnostics(): readonly Diagnostic[] {
    return this.#diagnostics;
  }

  /** Every object. */
  get objects(): readonly CatalogObject[] {
    return this.#objects;
  }

  /** Every link. */
  get links(): readonly CatalogLink[] {
    return this.#links;
  }

  #take(file: string, kind: CatalogFileKind, standard: string, e: Extracted): void {
    for (const o of e.objects) {
      this.#objects.push(o);
      const k = refKey(o.kind, o.id);
      const list = this.#byId.get(k);
      if (list === undefined) this.#byId.set(k, [o]);
      else list.push(o);
    }
    this.#links.push(...e.links);
    for (const [k, v] of e.elements) this.#elements.set(k, v);
    this.#files.push({ file, kind, standard, objects: e.objects.length });
  }

  /** Adds a LeiKa catalogue that was already read. */
  addLeikaKatalog(katalog: LeikaKatalog, file: string): void {
    this.#take(file, "leika-csv", "LeiKa CSV", fromLeika(katalog.eintraege, { file, standard: "LeiKa CSV" }));
  }

  /**
   * Adds one file by its content: a LeiKa CSV (`.csv`), a mapping file (`.json`, see `mapping.ts`) or an XML
   * document of XDatenfelder 2.0/3.0.0, genericode, XZuFi 2.2.0/2.3.1 or XProzess 2.0 (recognised by the root's
   * namespace). Returns what the file was recognised as, with its findings; an unreadable file or an unknown
   * namespace fails and adds nothing.
   */
  add(content: string | Uint8Array, options: AddOptions): Result<CatalogFile> {
    const { file } = options;
    const lower = file.toLowerCase();
    let r: Result<CatalogFile>;
    if (lower.endsWith(".csv")) r = this.#addLeika(content, options);
    else if (lower.endsWith(".json")) r = this.#addMapping(content, file);
    else r = this.#addXml(content, file);
    this.#diagnostics.push(...r.diagnostics);
    return r;
  }

  #addLeika(content: string | Uint8Array, options: AddOptions): Result<CatalogFile> {
    const read = safeParseLeikaCsvSync(content, { ...options.leika, file: options.file });
    if (read.data === undefined) return failure(read.diagnostics as [Diagnostic, ...Diagnostic[]]);
    this.addLeikaKatalog(read.data, options.file);
    return resultOf(this.#files[this.#files.length - 1] as CatalogFile, read.diagnostics);
  }

  #addMapping(content: string | Uint8Array, file: string): Result<CatalogFile> {
    const m = parseMapping(content, file);
    if (!m.success) return failure(m.diagnostics);
    this.#take(file, "mapping", "fim-xoev catalog mapping", { objects: [], links: m.data, elements: new Map() });
    return success(this.#files[this.#files.length - 1] as CatalogFile, m.diagnostics);
  }

  #addXml(content: string | Uint8Array, file: string): Result<CatalogFile> {
    const read = readXml(content, { file, prefixes: ALL_PREFIXES });
    if (!read.success) return failure(read.diagnostics);
    const root = read.data.root;
    // The namespace-less XZuFi 2.1-style Leistungsverzeichnis is read onto the 2.2.0 model; it is not registered
    // (an empty namespace would claim every namespace-less document).
    if (root.namespace === "" && root.local === LEGACY_ROOT_ELEMENT) {
      const v = safeParseLeistungsverzeichnis(content, { file });
      if (v.data === undefined) return failure(v.diagnostics as [Diagnostic, ...Diagnostic[]]);
      this.#take(file, "xzufi", LEGACY_FORMAT, fromXzufi(v.data, { file, standard: LEGACY_FORMAT }));
      return success(this.#files[this.#files.length - 1] as CatalogFile, v.diagnostics);
    }
    const d = detect(root.namespace, root.local);
    const extract = d === undefined ? undefined : extractorFor(d);
    if (d === undefined || extract === undefined) {
      return failure([
        diagnostic({
          code: "unknown-namespace",
          params: { namespace: root.namespace, element: root.local },
          severity: "fatal",
          stage: "detect",
          path: `/${canonicalName(root.namespace, root.local, ALL_PREFIXES)}`,
          location: { line: root.line, column: root.column },
          file,
        }),
      ]);
    }
    const standard = standardName(d);
    const model = d.safeParseElement(root, { file });
    if (model.data === undefined) return failure([...read.diagnostics, ...model.diagnostics] as [Diagnostic, ...Diagnostic[]]);
    const e = extract(model.data, { file, standard });
    const diagnostics = [...read.diagnostics, ...model.diagnostics, ...e.diagnostics];
    if (e.data === undefined) return failure(diagnostics as [Diagnostic, ...Diagnostic[]]);
    this.#take(file, kindOf(d), standard, e.data);
    return success(this.#files[this.#files.length - 1] as CatalogFile, diagnostics);
  }

  /** The objects a reference names (every version when the reference has none). */
  resolve(r: CatalogRef): CatalogObject[] {
    return (this.#byId.get(refKey(r.kind, r.id)) ?? []).filter((o) => matches(o, r));
  }

  /** Every Leistungsschlüssel the catalogue knows, sorted. */
  keys(): string[] {
    const keys = new Set<string>();
    for (const o of this.#objects) if (o.kind === "leika") keys.add(o.id);
    for (const l of this.#links) if (l.to.kind === "leika") keys.add(l.to.id);
    return [...keys].sort();
  }

  /** Everything known for one Leistungsschlüssel (any of its three written forms). */
  lookup(input: string): Result<KeyView> {
    const parsed = safeParseLeistungsschluessel(input);
    if (!parsed.success) return failure(parsed.diagnostics);
    const key: string = parsed.data;
    const links: CatalogLink[] = [];
    const found = new Map<string, CatalogObject>();
    const put = (o: CatalogObject) => found.set(`${o.kind}\u0000${o.id}\u0000${o.version ?? ""}\u0000${o.source.file}`, o);
    const fromIds = new Set<string>();
    for (const o of this.#byId.get(refKey("leika", key)) ?? []) put(o);
    // Objects that name the key.
    for (const l of this.#links) {
      if (l.to.kind !== "leika" || l.to.id !== key) continue;
      links.push(l);
      fromIds.add(refKey(l.from.kind, l.from.id));
      for (const o of this.resolve(l.from)) put(o);
      // A mapping entry names objects that need not be in the catalogue; the link still says they belong here.
    }
    // Dokumentsteckbriefe named by those objects (processes, mappings, schemas), then schemas naming those.
    const steckbriefe = new Set<string>();
    for (const l of this.#links) {
      // A schema's own Dokumentsteckbrief reference does not widen the key: many schemas share a default one.
      if (l.from.kind === "stammdatenschema" || !fromIds.has(refKey(l.from.kind, l.from.id)) || l.to.kind !== "dokumentsteckbrief")
        continue;
      links.push(l);
      steckbriefe.add(l.to.id);
    }
    for (const l of this.#links) {
      if (l.from.kind === "stammdatenschema" && l.to.kind === "dokumentsteckbrief" && steckbriefe.has(l.to.id)) {
        links.push(l);
        fromIds.add(refKey(l.from.kind, l.from.id));
        for (const o of this.resolve(l.from)) put(o);
      }
    }
    for (const id of steckbriefe) for (const o of this.resolve({ kind: "dokumentsteckbrief", id })) put(o);
    // Code lists of the key's schemas.
    for (const l of this.#links) {
      if (l.from.kind !== "stammdatenschema" || l.to.kind !== "codeliste" || !fromIds.has(refKey(l.from.kind, l.from.id))) continue;
      const lists = this.resolve(l.to);
      if (lists.length === 0) continue;
      links.push(l);
      for (const o of lists) put(o);
    }
    const all = [...found.values()];
    const of = (kind: CatalogObjectKind) => all.filter((o) => o.kind === kind);
    return success({
      key,
      leika: of("leika"),
      leistungen: of("xzufi-leistung"),
      prozessklassen: of("prozessklasse"),
      prozesse: of("prozess"),
      stammdatenschemata: of("stammdatenschema"),
      dokumentsteckbriefe: of("dokumentsteckbrief"),
      codelisten: of("codeliste"),
      links: [...new Set(links)],
    });
  }

  /** The schemas that contain a Datenfeld or Datenfeldgruppe with this id (any version). */
  schemasUsingElement(id: string): CatalogObject[] {
    return this.#objects.filter((o) => o.kind === "stammdatenschema" && this.#elements.get(schemaKey(o))?.has(id) === true);
  }

  /** The schemas that reference a code list by its canonical URI (any version). */
  schemasUsingCodeList(uri: string): CatalogObject[] {
    const out = new Map<string, CatalogObject>();
    for (const l of this.#links) {
      if (l.from.kind !== "stammdatenschema" || l.to.kind !== "codeliste" || l.to.id !== uri) continue;
      for (const o of this.resolve(l.from)) out.set(`${o.id}@${o.version ?? ""}@${o.source.file}`, o);
    }
    return [...out.values()];
  }

  /**
   * What is missing: Leistungen (XZuFi) or process classes whose key no schema serves, keys linked from files that
   * the loaded LeiKa catalogue lacks (only when one was loaded), code lists a schema references that the catalogue
   * does not hold, and Dokumentsteckbrief ids a process or mapping names that nothing resolves.
   */
  gaps(): CatalogGap[] {
    const out: CatalogGap[] = [];
    const leikaLoaded = this.#objects.some((o) => o.kind === "leika");
    const keysWithLeistung = new Set<string>();
    const keysWithClass = new Set<string>();
    const seenIn = new Map<string, CatalogRef[]>();
    for (const l of this.#links) {
      if (l.to.kind !== "leika") continue;
      if (l.from.kind === "xzufi-leistung") keysWithLeistung.add(l.to.id);
      if (l.from.kind === "prozessklasse" || l.from.kind === "prozess") keysWithClass.add(l.to.id);
      const list = seenIn.get(l.to.id) ?? [];
      list.push(l.from);
      seenIn.set(l.to.id, list);
    }
    for (const key of [...new Set([...keysWithLeistung, ...keysWithClass])].sort()) {
      const view = this.lookup(key).data;
      if (view === undefined) continue;
      if (view.stammdatenschemata.length === 0) out.push({ kind: "leistung-without-schema", key });
      if (keysWithLeistung.has(key) && view.prozessklassen.length === 0 && view.prozesse.length === 0) {
        out.push({ kind: "leistung-without-process", key });
      }
    }
    if (leikaLoaded) {
      for (const [key, refs] of [...seenIn].sort(([a], [b]) => a.localeCompare(b))) {
        if ((this.#byId.get(refKey("leika", key)) ?? []).length === 0) out.push({ kind: "key-not-in-leika", key, seenIn: refs });
      }
    }
    const reported = new Set<string>();
    for (const l of this.#links) {
      if (l.to.kind === "codeliste" && this.resolve(l.to).length === 0) {
        const k = `${l.from.id}@${l.from.version ?? ""}\u0000${l.to.id}@${l.to.version ?? ""}`;
        if (!reported.has(k)) {
          reported.add(k);
          out.push({ kind: "code-list-missing", schema: l.from, codeList: l.to });
        }
      }
      if (l.to.kind === "dokumentsteckbrief" && l.from.kind !== "stammdatenschema") {
        const known =
          this.resolve(l.to).length > 0 ||
          this.#links.some((m) => m.from.kind === "stammdatenschema" && m.to.kind === "dokumentsteckbrief" && m.to.id === l.to.id);
        const k = `${l.from.kind}:${l.from.id}\u0000${l.to.id}`;
        if (!known && !reported.has(k)) {
          reported.add(k);
          out.push({ kind: "dokumentsteckbrief-unresolved", from: l.from, dokumentsteckbrief: l.to.id });
        }
      }
    }
    return out;
  }

  /** Counts of files, objects per kind, keys and links per evidence. */
  summary(): CatalogSummary {
    const objects = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<CatalogObjectKind, number>;
    for (const o of this.#objects) objects[o.kind]++;
    const links: Record<CatalogLink["evidence"], number> = { reference: 0, "same-key": 0, text: 0, mapping: 0 };
    for (const l of this.#links) links[l.evidence]++;
    return { files: this.#files.length, objects, keys: this.keys().length, links };
  }
}
