/**
 * What a version of a standard tells the rest of the library about itself: the one shape every registered
 * standard has (`src/registry.ts` lists them). The staged pipeline, the CLI commands, the test matchers and the
 * contract tests work from a descriptor alone, so that adding a standard is one version folder plus one
 * registry entry. Knows no standard: each version folder's `descriptor.ts` fills it in.
 */
import type { Result } from "../result.ts";
import type { AcceptancePolicy } from "../validation/policy.ts";
import type { Report, RuleInfo } from "../validation/report.ts";
import type { XmlElement } from "../xml/node.ts";
import type { PrefixMap } from "../xml/path.ts";
import type { ReadOptions } from "../xml/read.ts";

/**
 * Options a descriptor's {@link StandardDescriptor.safeParseElement} takes.
 *
 * @example
 * ```ts
 * import { type ElementParseOptions, runPipeline } from "fim-xoev/validation";
 * import { descriptor } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // read as validation reads: a missing required element is an error, not a warning
 * const strikt = (file: string | undefined): ElementParseOptions => ({ file, strict: true, maxDiagnostics: 100 });
 * const { report } = await runPipeline(xml, {
 *   [descriptor.namespaces[0] ?? ""]: {
 *     standard: `${descriptor.label} ${descriptor.version}`,
 *     prefixes: descriptor.prefixes,
 *     model: (root, file) => descriptor.safeParseElement(root, strikt(file)),
 *   },
 * });
 * console.log(report.diagnostics.length);
 * ```
 */
export interface ElementParseOptions {
  /** File name to put into diagnostics. */
  readonly file?: string | undefined;
  /** At most this many findings (see `ReadOptions.maxDiagnostics`). */
  readonly maxDiagnostics?: number | undefined;
  /**
   * Read as validation reads: what a tolerant reader reports as a warning so that real files with quirks still
   * read (a missing required element, an element out of order) is an error. The pipeline sets it; readers that
   * have only one mode ignore it.
   */
  readonly strict?: boolean | undefined;
}

/**
 * Options a descriptor's {@link StandardDescriptor.safeParse} takes.
 *
 * @example
 * ```ts
 * import type { DocumentParseOptions } from "fim-xoev/validation";
 * import { descriptor } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: Uint8Array;
 * const options: DocumentParseOptions = { file: "prozess.xml", maxDepth: 300 };
 * const result = descriptor.safeParse(xml, options);
 * console.log(result.success, result.diagnostics.length);
 * ```
 */
export type DocumentParseOptions = Omit<ReadOptions, "prefixes">;

/**
 * Options of a descriptor's {@link StandardDescriptor.check}.
 *
 * @example
 * ```ts
 * import type { ModelCheckOptions } from "fim-xoev/validation";
 * import { descriptor, parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // the version's model rules (here FIM-QS) under the team's policy
 * const options: ModelCheckOptions = { file: "S00000000362.xml", policy: { disabledRules: ["1101"] } };
 * const report = descriptor.check(parse(xml), options);
 * console.log(report.rulesExecuted.length, report.diagnostics.length);
 * ```
 */
export interface ModelCheckOptions {
  /** The file name, copied into the report and every finding. */
  readonly file?: string | undefined;
  /** Switches rules off (or default-off ones on); severities are re-levelled by `applyPolicy`/`accept`. */
  readonly policy?: AcceptancePolicy | undefined;
}

/**
 * Options of a descriptor's {@link StandardDescriptor.summary} (what `fim-xoev inspect` shows).
 *
 * @example
 * ```ts
 * import type { InspectOptions } from "fim-xoev/validation";
 * import { descriptor, parse } from "fim-xoev/xdatenfelder/v3";
 *
 * declare const xml: string;
 * // what `fim-xoev inspect --depth 2` prints
 * const options: InspectOptions = { depth: 2 };
 * const view = descriptor.summary?.(parse(xml), options);
 * console.log(view?.kind, view?.lines.join("\n"));
 * ```
 */
export interface InspectOptions {
  /** Depth of outlines (default all). */
  readonly depth?: number | undefined;
}

/** What `inspect` shows of a model: a JSON view and the same as text lines. */
export interface InspectView {
  /** The summary as plain data (`fim-xoev inspect --format json`). */
  readonly json: Readonly<Record<string, unknown>>;
  /** The summary as lines of text, without the first line naming the file and standard. */
  readonly lines: readonly string[];
  /** The kind of document (e.g. the message's root element), for the first line. */
  readonly kind: string;
}

/** One version of a standard, as the registry lists it. `T` is the version's model of a document. */
export interface StandardDescriptor<T = unknown> {
  /** Stable identifier, `<standard>-<version>` in lower case (e.g. `xdatenfelder-3.0.0`). */
  readonly id: string;
  /** Name of the standard (e.g. `XDatenfelder`). */
  readonly label: string;
  /** Version label (e.g. `3.0.0`). */
  readonly version: string;
  /** The namespace URI(s) of its documents' root elements (`""` for documents without a namespace). */
  readonly namespaces: readonly string[];
  /** Local names of the root elements it reads. */
  readonly rootElements: readonly string[];
  /**
   * True when root elements outside {@link rootElements} may still be documents of it (XZuFi: the official
   * root element name is not public). Detection then falls back to it for its namespace.
   */
  readonly otherRootElements?: boolean | undefined;
  /** Canonical prefixes for written documents and diagnostic paths. */
  readonly prefixes: PrefixMap;
  /** Id of the official schema set in `schemas/catalog.json` (`sets` or `folderSets`); absent when none. */
  readonly schemaSetId?: string | undefined;
  /** Fixture files (or folders of `*.xml`) under `fixtures/`, relative to the repository root: documents it reads. */
  readonly fixtures: readonly string[];
  /** Rules {@link check} may run (for reports, `--list` and option checks): their ids and messages. */
  readonly rules: readonly RuleInfo[];
  /**
   * Whether the model rules are part of validity: `true` runs {@link check} in the pipeline's rules stage
   * (structural rules); `false` leaves them to `check` (quality rules such as FIM-QS), unless the caller asks.
   */
  readonly rulesDefineValidity: boolean;
  /** Maps an already-read root element to the model. */
  safeParseElement(root: XmlElement, options: ElementParseOptions): Result<T>;
  /** Reads a document into the model. Never throws. */
  safeParse(xml: string | Uint8Array, options?: DocumentParseOptions): Result<T>;
  /** Writes the model as XML; absent for read-only versions. */
  serialize?(model: T): string;
  /** The model rules: synchronous, through `runRules`/`runFindingRules`, as a report with the stage `rules`. */
  check(model: T, options?: ModelCheckOptions): Report;
  /**
   * The summary of a model that `fim-xoev inspect` shows; absent = only the standard and root element are shown.
   * (Not named `inspect`: test frameworks call an object's `inspect` method when they print it.)
   */
  summary?(model: T, options: InspectOptions): InspectView;
}

/** The standard and version, as reports name them (e.g. `XDatenfelder 3.0.0`). */
export function standardName(d: Pick<StandardDescriptor, "label" | "version">): string {
  return `${d.label} ${d.version}`;
}

/** Whether a descriptor reads documents with this root element (namespace URI and local name). */
export function acceptsRoot(d: StandardDescriptor, namespace: string, local: string): boolean {
  return d.namespaces.includes(namespace) && (d.rootElements.includes(local) || d.otherRootElements === true);
}

/**
 * The descriptor for a root element: among those of its namespace, the one that names the root element, else
 * one that takes other root elements, else the only one of the namespace (whose reader then reports the
 * unknown root element). `undefined` when no descriptor has the namespace.
 */
export function detectStandard<D extends StandardDescriptor>(descriptors: readonly D[], namespace: string, local: string): D | undefined {
  const candidates = descriptors.filter((d) => d.namespaces.includes(namespace));
  return (
    candidates.find((d) => d.rootElements.includes(local)) ??
    candidates.find((d) => d.otherRootElements === true) ??
    (candidates.length === 1 ? candidates[0] : undefined)
  );
}
