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

/** Resolves a reference and reads its values through the given column keys. */
export async function resolveCodeList(
  provider: CodeListProvider,
  reference: CodeListReference,
  keys: CodeListKeys = {},
): Promise<Result<ResolvedCodeList>> {
  const r = await provider.resolve(reference);
  if (!r.success) return r as Result<never>;
  const document = r.data;
  return success(
    { document, columns: codeListColumns(document), keys: resolveCodeListKeys(document, keys), values: codeListValues(document, keys) },
    r.diagnostics,
  );
}

/** Code lists held in memory, looked up by canonical URI + version or by canonical version URI. */
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

/** Options of {@link XRepositoryCodeListProvider}. */
export interface XRepositoryOptions {
  /** Base URL (default `https://www.xrepository.de/api`). */
  readonly baseUrl?: string;
  /** The fetch implementation (default the global `fetch`). */
  readonly fetch?: typeof fetch;
}

/**
 * Fetches genericode from the XRepository API (`/version_codeliste/<urn>_<version>/genericode`); a
 * reference without version is refused. Network access happens only when this provider is constructed
 * and used explicitly; no test uses it.
 */
export class XRepositoryCodeListProvider implements CodeListProvider {
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;

  constructor(options: XRepositoryOptions = {}) {
    this.baseUrl = (options.baseUrl ?? "https://www.xrepository.de/api").replace(/\/$/, "");
    this.fetchFn = options.fetch ?? fetch;
  }

  async resolve(reference: CodeListReference): Promise<Result<CodeListDocument>> {
    if (reference.version === undefined || reference.version === "")
      return failure([unavailable(reference, "the XRepository provider needs a version")]);
    const url = `${this.baseUrl}/version_codeliste/${encodeURIComponent(`${reference.canonicalUri}_${reference.version}`)}/genericode`;
    let response: Response;
    try {
      response = await this.fetchFn(url);
    } catch (e) {
      return failure([unavailable(reference, e instanceof Error ? e.message : String(e))]);
    }
    if (!response.ok) return failure([unavailable(reference, `HTTP ${response.status} from ${url}`)]);
    return safeParseGenericode(new Uint8Array(await response.arrayBuffer()), { file: url });
  }
}
