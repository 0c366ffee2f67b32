/**
 * The one shape every finding of the library takes: severity, pipeline stage, stable code with typed
 * parameters, a message rendered from a locale catalog, a canonical path, and the source position.
 */

/** How serious a finding is, from most to least severe. */
export type Severity = "fatal" | "error" | "warning" | "info";

/** The pipeline stage that produced a finding, in execution order. */
export type Stage = "xml" | "detect" | "xsd" | "model" | "rules" | "serialize" | "convert" | "input";

/** Every stage in pipeline order. */
export const STAGES: readonly Stage[] = ["xml", "detect", "xsd", "model", "rules"];

/**
 * Severities from most to least severe, with their rank (lower = more severe).
 *
 * @example
 * ```ts
 * import { type Diagnostic, SEVERITY_RANK } from "fim-xoev";
 *
 * declare const diagnostics: readonly Diagnostic[];
 * // the worst findings first
 * const sorted = [...diagnostics].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
 * console.log(sorted[0]?.severity);
 * ```
 */
export const SEVERITY_RANK = { fatal: 0, error: 1, warning: 2, info: 3 } as const satisfies Record<Severity, number>;

/**
 * Parameters of the diagnostic codes core itself reports: reading XML (well-formedness, encodings, limits),
 * detection, the XSD stage and schema sets, the model stage's generic findings (`missing-element`,
 * `invalid-value`, `unknown-code`, …), builder input, conversions, rules and quality checks. Codes are stable:
 * match on them, never on messages.
 */
export interface CoreDiagnosticParams {
  // xml stage
  "not-well-formed": { readonly reason: string };
  "doctype-not-allowed": Record<string, never>;
  "depth-limit-exceeded": { readonly limit: number };
  "text-limit-exceeded": { readonly limit: number };
  "input-limit-exceeded": { readonly limit: number };
  // xml and input stages: bytes that are not text in the encoding (`source` names the remedy: xml = the
  // encoding declaration, text = the reader's encoding option)
  "invalid-byte-sequence": {
    readonly encoding: string;
    readonly offset: number;
    readonly bytes: string;
    readonly source: "xml" | "text";
  };
  "unsupported-encoding": { readonly encoding: string };
  "encoding-mismatch": { readonly declared: string; readonly detected: string };
  "attribute-limit-exceeded": { readonly limit: number };
  "name-limit-exceeded": { readonly limit: number };
  "namespace-limit-exceeded": { readonly limit: number };
  // any stage: more findings than `maxDiagnostics`; `count` were left out, the worst of them at this severity
  "diagnostics-truncated": { readonly count: number; readonly limit: number };
  // detect stage
  "unknown-namespace": { readonly namespace: string; readonly element: string };
  "unknown-root-element": { readonly element: string };
  // xsd stage
  "xsd-invalid": { readonly message: string };
  "xsd-skipped": { readonly reason: string };
  "schema-load-failed": { readonly reason: string };
  "schema-checksum-mismatch": { readonly file: string; readonly expected: string; readonly actual: string };
  // schema cache (`fim-xoev schemas`): a source that cannot be read, a file no release of the catalogue has,
  // a cached file that changed since it was added (`actual` is "missing" for a deleted file)
  "schema-source-unreadable": { readonly source: string; readonly reason: string };
  "schema-file-unknown": { readonly file: string; readonly sha256: string };
  "schema-cache-changed": { readonly set: string; readonly file: string; readonly expected: string; readonly actual: string };
  // model stage
  "missing-element": { readonly element: string };
  "unexpected-element": { readonly element: string };
  "element-out-of-order": { readonly element: string };
  "missing-attribute": { readonly attribute: string };
  "unexpected-attribute": { readonly attribute: string };
  "unexpected-text": { readonly text: string };
  /**
   * A value outside its type. From the model stage for a simple-type facet of the official XSD (`element` names
   * the element or attribute, `facet` the violated facet: `lexical`, `pattern`, `enumeration`, `fixed`,
   * `minLength`, …); elsewhere (builders, bindings, keys) with `value` and `expected` only.
   */
  "invalid-value": { readonly value: string; readonly expected: string; readonly element?: string; readonly facet?: string };
  "unknown-code": { readonly value: string; readonly codeList: string };
  // serialize stage
  "invalid-xml-character": { readonly codePoint: string; readonly context: string };
  // input (builders, structured input)
  "invalid-input": { readonly issue: string };
  "missing-field": { readonly field: string };
  /** A file of a batch that could not be read (missing, dangling link, no permission, a directory). */
  "io-error": { readonly reason: string };
  // detect stage: documents of an older, namespace-less generation read by a tolerant reader
  "legacy-format": { readonly format: string };
  // rules stage
  "rule-violation": { readonly title: string };
  // model stage: genericode documents in the FIM form (children qualified with the genericode namespace)
  "genericode-qualified": { readonly element: string };
  // convert stage: what the target version cannot hold, and values the conversion had to supply
  "not-representable": { readonly element: string; readonly value: string; readonly target: string };
  "conversion-default": { readonly element: string; readonly value: string; readonly reason: string };
  "code-list-unavailable": { readonly uri: string; readonly version: string; readonly reason: string };
  /**
   * A finding of a catalogued quality check (e.g. FIM-QS): the catalogue's own texts in both locales and the
   * element it concerns (`id` + `V` + version, as the catalogue's reports write it).
   */
  "quality-check": { readonly rule: string; readonly element: string; readonly de: string; readonly en: string };
  // model stage: files embedded as xs:base64Binary and the archives they hold
  "invalid-base64": { readonly reason: string };
  "archive-rejected": { readonly reason: string };
}

/**
 * Parameters carried by each diagnostic code: core's ({@link CoreDiagnosticParams}) plus the codes every module
 * declares next to its code. A module adds its codes by declaration merging, so that `Diagnostic["code"]` is the
 * union of the codes of every module a program imports:
 *
 * ```ts
 * export interface LeikaDiagnosticParams { "missing-column": { readonly column: string } }
 * declare module "../core/diagnostics/diagnostic.ts" {
 *   interface DiagnosticParams extends LeikaDiagnosticParams {}
 * }
 * ```
 *
 * and registers its messages in both locales with `defineMessages` (see `docs/architecture.md`, "Diagnostic codes").
 */
export interface DiagnosticParams extends CoreDiagnosticParams {}

/** A stable diagnostic code. */
export type DiagnosticCode = keyof DiagnosticParams;

/** A 1-based position in a source document. `column` is absent where the source does not tell it (libxml2). */
export interface SourceLocation {
  readonly line: number;
  readonly column?: number;
}

/** The fields every {@link Diagnostic} has, whatever its code: severity, stage, message, path and position. */
export interface DiagnosticBase {
  readonly severity: Severity;
  readonly stage: Stage;
  /** Human-readable text in the locale that was active when the diagnostic was made. Presentation only. */
  readonly message: string;
  /**
   * Canonical path with canonical prefixes, independent of the prefixes the document used, e.g.
   * `/xdf3:xdatenfelder.datenfeldgruppe.0103/xdf3:datenfeldgruppe/xdf3:struktur[2]/xdf3:anzahl`.
   * Elements of unknown namespaces appear as `Q{uri}local`; attributes as `@name`.
   */
  readonly path: string;
  /** 1-based position in the source document, when known. */
  readonly location?: SourceLocation;
  /** Rule identifier, verbatim from the standard (e.g. a FIM QS code). */
  readonly ruleId?: string;
  /** The file the finding is about, when the caller named one. */
  readonly file?: string;
}

/** One finding about a document, discriminated by `code`. */
export type Diagnostic = {
  [C in DiagnosticCode]: DiagnosticBase & { readonly code: C; readonly params: DiagnosticParams[C] };
}[DiagnosticCode];

/** A code of core's own ({@link CoreDiagnosticParams}). */
export type CoreDiagnosticCode = keyof CoreDiagnosticParams;

/** Messages of some codes in one locale: one renderer per code, checked for completeness by the compiler. */
export type Messages<K extends DiagnosticCode> = {
  readonly [C in K]: (params: DiagnosticParams[C]) => string;
};

/** A message catalog of every code (of every module the program imports), in one locale. */
export type MessageCatalog = Messages<DiagnosticCode>;
