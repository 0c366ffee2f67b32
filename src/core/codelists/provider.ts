/**
 * Code-list providers: resolve a code-list reference (canonical URI + version, as XDatenfelder 2.0 and 3.0.0
 * write it) to the genericode document, its columns and its values.
 *
 * - {@link InMemoryCodeListProvider}: documents handed over by the caller.
 * - {@link DirectoryCodeListProvider}: every `*.xml` genericode file in a folder (read lazily, once).
 * - {@link XRepositoryCodeListProvider}: fetches from the XRepository API; never used unless constructed
 *   explicitly (it is off by default everywhere in this library).
 */
import { host } from "#host";
import { diagnostic } from "../diagnostics/create.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../result.ts";
import {
  type CodeListDocument,
  type CodeListKeys,
  type CodeListValue,
  type Column,
  codeListColumns,
  codeListValues,
  resolveCodeListKeys,
  safeParseGenericode,
} from "./genericode.ts";

/** A reference to a code list: canonical URI plus version (and the version URI where known). */
export interface CodeListReference {
  readonly canonicalUri: string;
  /** Absent: the provider's newest version (by lexical order of the version strings). */
  readonly version?: string;
  /** `<canonicalUri>_<version>`; used when `canonicalUri` is missing. */
  readonly canonicalVersionUri?: string;
}

/**
 * A code list reference as the standards' models hold it: {@link CodeListReference}, a genericode identification
 * (XDatenfelder 3.0.0 `Datenfeld.codelisteReferenz`: `canonicalIdentification`, `version`, `canonicalVersionUri`)
 * or an XDatenfelder 2.0 `CodelisteReferenz` (which wraps one in `genericodeIdentification`). Every resolver
 * function takes any of them.
 *
 * @example
 * ```ts
 * import { type CodeListReferenceInput, InMemoryCodeListProvider, resolveCodeList } from "fim-xoev/codelists";
 *
 * declare const provider: InMemoryCodeListProvider;
 * // written by hand, or taken as it is from a Datenfeld's codelisteReferenz
 * const staat: CodeListReferenceInput = { canonicalUri: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat", version: "2023-02-24" };
 * const resolved = await resolveCodeList(provider, staat);
 * console.log(resolved.data?.values.length);
 * ```
 */
export type CodeListReferenceInput =
  | CodeListReference
  | GenericodeIdentificationLike
  | { readonly genericodeIdentification: GenericodeIdentificationLike };

/** The genericode identification of a code list reference in an XDatenfelder model. */
export interface GenericodeIdentificationLike {
  readonly canonicalIdentification?: string | undefined;
  readonly version?: string | undefined;
  readonly canonicalVersionUri?: string | undefined;
}

/**
 * Normalises any {@link CodeListReferenceInput} to a {@link CodeListReference}; a reference that names neither a
 * canonical URI nor a version URI is a `code-list-unavailable` error.
 *
 * @example
 * ```ts
 * import { safeCodeListReference } from "fim-xoev/codelists";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const n = parse(xml);
 * if (n.kind === "xdatenfelder.datenfeld.0104") {
 *   const ref = n.datenfeld.codelisteReferenz;
 *   // { canonicalUri, version, canonicalVersionUri } or a code-list-unavailable error for an empty reference
 *   if (ref !== undefined) console.log(safeCodeListReference(ref));
 * }
 * ```
 */
export function safeCodeListReference(input: CodeListReferenceInput): Result<CodeListReference> {
  const gc = "genericodeIdentification" in input ? input.genericodeIdentification : input;
  const uri =
    ("canonicalUri" in gc ? gc.canonicalUri : "canonicalIdentification" in gc ? gc.canonicalIdentification : undefined)?.trim() ?? "";
  const version = gc.version?.trim();
  const versionUri = gc.canonicalVersionUri?.trim();
  const ref: CodeListReference = {
    canonicalUri: uri,
    ...(version !== undefined && version !== "" && { version }),
    ...(versionUri !== undefined && versionUri !== "" && { canonicalVersionUri: versionUri }),
  };
  if (uri === "" && ref.canonicalVersionUri === undefined)
    return failure([unavailable(ref, "the reference names no code list (no canonical URI, no version URI)")]);
  return success(ref);
}

/** What a resolved reference yields. */
export interface ResolvedCodeList {
  readonly document: CodeListDocument;
  readonly columns: readonly Column[];
  /** The column ids used for code, name and help text (given keys or the defaults, see `resolveCodeListKeys`). */
  readonly keys: { readonly codeKey: string; readonly nameKey: string; readonly helpKey?: string };
  readonly values: readonly CodeListValue[];
}

/** Resolves code-list references. */
export interface CodeListProvider {
  /** The document for a reference, or a `code-list-unavailable` diagnostic. */
  resolve(reference: CodeListReference): Promise<Result<CodeListDocument>>;
}

function unavailable(ref: CodeListReference, reason: string): Diagnostic {
  return diagnostic({
    code: "code-list-unavailable",
    params: { uri: ref.canonicalUri || (ref.canonicalVersionUri ?? ""), version: ref.version ?? "", reason },
    severity: "error",
    stage: "input",
    path: "",
  });
}

/**
 * Resolves a reference and reads its values through the given column keys.
 *
 * @example
 * ```ts
 * import { DirectoryCodeListProvider, resolveCodeList } from "fim-xoev/codelists";
 * import { indexElements, parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const provider = new DirectoryCodeListProvider("./codelisten");
 * const feld = indexElements(parse(xml)).datenfeld("F60000000243");
 * if (feld?.codelisteReferenz !== undefined) {
 *   const liste = await resolveCodeList(provider, feld.codelisteReferenz, {
 *     ...(feld.codeKey !== undefined && { codeKey: feld.codeKey }),
 *     ...(feld.nameKey !== undefined && { nameKey: feld.nameKey }),
 *   });
 *   if (liste.success) console.log(liste.data.values.map((v) => v.name));
 * }
 * ```
 */
export async function resolveCodeList(
  provider: CodeListProvider,
  reference: CodeListReferenceInput,
  keys: CodeListKeys = {},
): Promise<Result<ResolvedCodeList>> {
  const ref = safeCodeListReference(reference);
  if (!ref.success) return failure(ref.diagnostics);
  const r = await provider.resolve(ref.data);
  if (!r.success) return r as Result<never>;
  const document = r.data;
  return success(
    { document, columns: codeListColumns(document), keys: resolveCodeListKeys(document, keys), values: codeListValues(document, keys) },
    r.diagnostics,
  );
}

/**
 * Code lists held in memory, looked up by canonical URI + version or by canonical version URI.
 *
 * @example
 * ```ts
 * import { InMemoryCodeListProvider, parseGenericode, resolveCodeList } from "fim-xoev/codelists";
 *
 * declare const staatXml: string;
 * declare const geschlechtXml: string;
 * const provider = new InMemoryCodeListProvider([parseGenericode(staatXml), parseGenericode(geschlechtXml)]);
 * const staat = await resolveCodeList(provider, { canonicalUri: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat" });
 * console.log(staat.data?.document.identification.version); // the newest version held
 * ```
 */
export class InMemoryCodeListProvider implements CodeListProvider {
  private readonly byUri = new Map<string, CodeListDocument[]>();
  private readonly byVersionUri = new Map<string, CodeListDocument>();

  constructor(documents: Iterable<CodeListDocument> = []) {
    for (const d of documents) this.add(d);
  }

  /** Adds a document (a later one with the same URI and version replaces the earlier). */
  add(document: CodeListDocument): void {
    const id = document.identification;
    const list = (this.byUri.get(id.canonicalUri) ?? []).filter((d) => d.identification.version !== id.version);
    list.push(document);
    this.byUri.set(id.canonicalUri, list);
    if (id.canonicalVersionUri !== "") this.byVersionUri.set(id.canonicalVersionUri, document);
  }

  /** Every document held. */
  documents(): CodeListDocument[] {
    return [...this.byUri.values()].flat();
  }

  /** Synchronous lookup. */
  find(reference: CodeListReference): CodeListDocument | undefined {
    const list = this.byUri.get(reference.canonicalUri);
    if (list !== undefined && list.length > 0) {
      if (reference.version === undefined || reference.version === "") {
        return [...list].sort((a, b) => a.identification.version.localeCompare(b.identification.version)).at(-1);
      }
      const hit = list.find((d) => d.identification.version === reference.version);
      if (hit !== undefined) return hit;
    }
    if (reference.canonicalVersionUri !== undefined) return this.byVersionUri.get(reference.canonicalVersionUri);
    return undefined;
  }

  async resolve(reference: CodeListReference): Promise<Result<CodeListDocument>> {
    const d = this.find(reference);
    return d === undefined ? failure([unavailable(reference, "not among the code lists provided")]) : success(d);
  }
}

/**
 * The genericode files of one folder (`*.xml`, not recursive). Files that are not genericode code lists are
 * skipped; their findings are available from {@link DirectoryCodeListProvider.load}.
 *
 * @example
 * ```ts
 * import { DirectoryCodeListProvider } from "fim-xoev/codelists";
 * import { checkWithCodeLists } from "fim-xoev/xdatenfelder/v3/rules";
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * const provider = new DirectoryCodeListProvider("./codelisten");
 * const { diagnostics } = await provider.load(); // files that are no genericode are reported here
 * console.log(diagnostics.length);
 * const report = await checkWithCodeLists(parse(xml), { codeListProvider: provider });
 * console.log(report.diagnostics.length);
 * ```
 */
export class DirectoryCodeListProvider implements CodeListProvider {
  private loaded: Promise<{ memory: InMemoryCodeListProvider; diagnostics: Diagnostic[] }> | undefined;

  constructor(readonly directory: string) {}

  /** Reads the folder (once) and returns the findings of the files read. */
  async load(): Promise<{ readonly documents: CodeListDocument[]; readonly diagnostics: readonly Diagnostic[] }> {
    this.loaded ??= (async () => {
      const memory = new InMemoryCodeListProvider();
      const diagnostics: Diagnostic[] = [];
      const names = (await host.readDirectory(this.directory)).filter((n) => n.toLowerCase().endsWith(".xml")).sort();
      for (const name of names) {
        const bytes = await host.readFile(host.joinPath(this.directory, name));
        const r = safeParseGenericode(bytes, { file: name });
        if (r.data !== undefined) memory.add(r.data);
        diagnostics.push(...r.diagnostics);
      }
      return { memory, diagnostics };
    })();
    const { memory, diagnostics } = await this.loaded;
    return { documents: memory.documents(), diagnostics };
  }

  async resolve(reference: CodeListReference): Promise<Result<CodeListDocument>> {
    await this.load();
    const { memory } = await (this.loaded as Promise<{ memory: InMemoryCodeListProvider }>);
    const d = memory.find(reference);
    return d === undefined ? failure([unavailable(reference, `not found in ${this.directory}`)]) : success(d);
  }
}

/**
 * Options of {@link XRepositoryCodeListProvider}.
 *
 * @example
 * ```ts
 * import { XRepositoryCodeListProvider, type XRepositoryOptions } from "fim-xoev/codelists";
 *
 * // through a company proxy that mirrors XRepository
 * const options: XRepositoryOptions = { baseUrl: "https://xrepository.proxy.example/api", fetch: globalThis.fetch };
 * const provider = new XRepositoryCodeListProvider(options);
 * console.log(provider.urlOf({ canonicalUri: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat", version: "2023-02-24" }));
 * ```
 */
export interface XRepositoryOptions {
  /** Base URL (default `https://www.xrepository.de/api`). */
  readonly baseUrl?: string;
  /** The fetch implementation (default the global `fetch`). */
  readonly fetch?: typeof fetch;
}

/**
 * Largest genericode document the XRepository provider accepts (bytes).
 *
 * @example
 * ```ts
 * import { XREPOSITORY_MAX_BYTES } from "fim-xoev/codelists";
 *
 * // the same bound for code lists your own code downloads
 * declare const response: Response;
 * const size = Number(response.headers.get("content-length") ?? "0");
 * if (size > XREPOSITORY_MAX_BYTES) throw new Error(`code list too large: ${size} bytes`);
 * ```
 */
export const XREPOSITORY_MAX_BYTES = 64 * 1024 * 1024;

/** A URN as one path segment of an XRepository URL: everything escaped except the colons URNs are made of. */
function urnSegment(s: string): string {
  return encodeURIComponent(s).replace(/%3A/gi, ":");
}

/**
 * Fetches genericode from the XRepository API: `<base>/version_codeliste/<urn>_<version>/genericode` (as the FIM
 * tools do, see the XDatenfelder fact sheet §10.3), or `<base>/version_codeliste/<canonicalVersionUri>/genericode`
 * when the reference has a version URI but no version. A reference without either is refused: which version
 * `codeliste/<urn>/gueltigeVersion` answers with is not documented publicly, so the provider does not guess.
 * Network access happens only when this provider is constructed and used explicitly; the tests use a local server.
 *
 * @example
 * ```ts
 * import { resolveCodeList, XRepositoryCodeListProvider } from "fim-xoev/codelists";
 *
 * // network access only because it is constructed here, explicitly
 * const xrepository = new XRepositoryCodeListProvider();
 * const staat = await resolveCodeList(xrepository, {
 *   canonicalUri: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat",
 *   version: "2023-02-24",
 * });
 * if (staat.success) console.log(staat.data.values.find((v) => v.code === "000")?.name); // "Deutschland"
 * ```
 */
export class XRepositoryCodeListProvider implements CodeListProvider {
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;

  constructor(options: XRepositoryOptions = {}) {
    this.baseUrl = (options.baseUrl ?? "https://www.xrepository.de/api").replace(/\/$/, "");
    this.fetchFn = options.fetch ?? fetch;
  }

  /** The URL the provider fetches for a reference, or why it cannot. */
  urlOf(reference: CodeListReference): Result<string> {
    const version = reference.version?.trim();
    const versioned =
      reference.canonicalUri !== "" && version !== undefined && version !== ""
        ? `${reference.canonicalUri}_${version}`
        : reference.canonicalVersionUri !== undefined && reference.canonicalVersionUri !== ""
          ? reference.canonicalVersionUri
          : undefined;
    if (versioned === undefined) return failure([unavailable(reference, "the XRepository provider needs a version or a version URI")]);
    return success(`${this.baseUrl}/version_codeliste/${urnSegment(versioned)}/genericode`);
  }

  async resolve(reference: CodeListReference): Promise<Result<CodeListDocument>> {
    const url = this.urlOf(reference);
    if (!url.success) return failure(url.diagnostics);
    let response: Response;
    try {
      response = await this.fetchFn(url.data, { redirect: "follow" });
    } catch (e) {
      return failure([unavailable(reference, e instanceof Error ? e.message : String(e))]);
    }
    if (!response.ok) return failure([unavailable(reference, `HTTP ${response.status} from ${url.data}`)]);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > XREPOSITORY_MAX_BYTES)
      return failure([unavailable(reference, `${url.data} declares ${declared} bytes (limit ${XREPOSITORY_MAX_BYTES})`)]);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > XREPOSITORY_MAX_BYTES)
      return failure([unavailable(reference, `${url.data} sent ${bytes.length} bytes (limit ${XREPOSITORY_MAX_BYTES})`)]);
    return safeParseGenericode(bytes, { file: url.data });
  }
}
