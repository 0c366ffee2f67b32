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
 * Parameters carried by each diagnostic code. Adding a code here forces a message in every catalog
 * (`messages/de.ts`, `messages/en.ts`). Codes are stable: match on them, never on messages.
 */
export interface DiagnosticParams {
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
  "duplicate-relations": { readonly count: number; readonly distinct: number };
  // serialize stage
  "invalid-xml-character": { readonly codePoint: string; readonly context: string };
  // input (builders, structured input)
  "invalid-input": { readonly issue: string };
  // input stage: delimited text (CSV) and catalogues
  "malformed-record": { readonly reason: string };
  "field-count-mismatch": { readonly expected: number; readonly actual: number };
  "missing-field": { readonly field: string };
  "missing-column": { readonly column: string };
  // a CSV whose first line is data, not column names, read without column names given (`keyColumn` = 1-based
  // column where the first record holds a key, 0 when none)
  "missing-header": { readonly keyColumn: number };
  "unknown-column": { readonly column: string };
  "duplicate-key": { readonly key: string; readonly firstLine: number };
  /** A file of a batch that could not be read (missing, dangling link, no permission, a directory). */
  "io-error": { readonly reason: string };
  // detect stage: documents of an older, namespace-less generation read by a tolerant reader
  "legacy-format": { readonly format: string };
  // rules stage
  "rule-violation": { readonly title: string };
  // model stage: XDatenfelder 2.0 and genericode
  "invalid-praezisierung": { readonly text: string; readonly reason: string };
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
  // form data (xdatenfelder/forms): a constraint of a schema that the derived form schemas leave out or adapt …
  "form-constraint": {
    readonly element: string;
    readonly constraint: string;
    readonly value: string;
    readonly reason: "unparseable" | "not-applicable" | "not-expressible" | "anchors-removed" | "unsupported-pattern";
  };
  /** … two elements that would get the same name in the form data (e.g. two versions with unversioned ids) … */
  "form-name-conflict": { readonly name: string };
  /** … and a finding about Fachdaten: the element, its label, the violated rule and its limit. */
  "form-data-invalid": {
    readonly element: string;
    readonly label: string;
    readonly rule: FormDataRule;
    readonly limit: string;
  };
  // model stage: files embedded as xs:base64Binary (e.g. XProzess model files) and the archives they hold
  "invalid-base64": { readonly reason: string };
  "archive-rejected": { readonly reason: string };
  // rules stage: executable form rules (Regeln) read from their text and applied to form data
  /** A rule whose text yielded no effect at all. */
  "rule-not-machine-readable": { readonly rule: string; readonly reason: string };
  /** A rule of which some sentences were read and others not. */
  "rule-partly-read": { readonly rule: string; readonly missing: string };
  /** An element id in a rule's text that names no element of the schema. */
  "rule-target-unknown": { readonly rule: string; readonly id: string };
  /** An element a rule's reading names (id or dotted path) that is in the schema but not inside the rule's owner. */
  "rule-element-unreachable": { readonly rule: string; readonly element: string; readonly owner: string };
  /** An element of a rule's `ziel` or `param` (3.0.0) that names no element of the schema. */
  "rule-structure-unknown": { readonly rule: string; readonly part: string; readonly element: string };
  /** An effect read from a rule's text targets an element its non-empty `ziel` does not list. */
  "rule-effect-outside-ziel": { readonly rule: string; readonly id: string };
  /** An element of a rule's `ziel` that no effect read from its text targets (fully read rules only). */
  "rule-ziel-untargeted": { readonly rule: string; readonly id: string };
  /** An element id in a rule's text that no effect or condition of the reading uses. */
  "rule-id-unused": { readonly rule: string; readonly id: string };
  /** A rule (or one effect of it) that the evaluator did not apply to the form data. */
  "rule-not-applied": { readonly rule: string; readonly reason: string };
  /** A `validate` effect of a rule that the form data does not satisfy. */
  "rule-validation-failed": { readonly rule: string; readonly elements: string; readonly check: string };
  // FIT-Connect submissions (src/fitconnect): `part` names the file (metadata.json, data.json, attachments/…, *.jwe)
  /** The metadata document breaks its schema (`pointer` = JSON Pointer into it). */
  "submission-metadata-invalid": { readonly pointer: string; readonly issue: string };
  /** The metadata names a metadata schema version this library does not know. */
  "submission-metadata-version-unsupported": { readonly version: string };
  /** A part's SHA-512 differs from the hash the metadata lists for it. */
  "submission-hash-mismatch": { readonly part: string; readonly expected: string; readonly actual: string };
  /** An attachment holds the content the metadata lists for another attachment (attachments swapped). */
  "submission-attachment-swapped": { readonly part: string; readonly other: string };
  /** A part the metadata (or the SHA512SUMS list) names is not there. */
  "submission-part-missing": { readonly part: string };
  /** A part is there that the metadata does not list. */
  "submission-part-unlisted": { readonly part: string };
  /** A JWE part cannot be decrypted (wrong key, changed bytes, not a compact JWE, other algorithms). */
  "submission-decryption-failed": { readonly part: string; readonly reason: string };
  /** A JWE part was encrypted for another key than the one given (`kid` of its header vs `kid` of the key). */
  "submission-key-mismatch": { readonly part: string; readonly expected: string; readonly actual: string };
  /** No local Stammdatenschema answers for the `submissionSchema.schemaUri`. */
  "submission-schema-unresolved": { readonly schemaUri: string };
  /** No `schemaUri` can be derived for a schema by the FIM convention (and none was given). */
  "submission-schema-uri-unknown": { readonly schema: string; readonly reason: string };
  /** A part's format differs from what the metadata declares for it. */
  "submission-mime-mismatch": { readonly part: string; readonly declared: string; readonly actual: string };
  /** A check that defines validity did not run (the result is then not valid). */
  "submission-check-skipped": { readonly check: string; readonly reason: string };
  /** A file of the package does not match its line in SHA512SUMS. */
  "submission-checksum-mismatch": { readonly part: string };
}

/** The rules a Fachdaten instance can violate (`form-data-invalid`). */
export type FormDataRule =
  | "required"
  | "type"
  | "min-items"
  | "max-items"
  | "min-length"
  | "max-length"
  | "pattern"
  | "minimum"
  | "maximum"
  | "code"
  | "unknown-property"
  | "choice";

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

/** A message catalog: one renderer per code, checked for completeness by the compiler. */
export type MessageCatalog = {
  readonly [C in DiagnosticCode]: (params: DiagnosticParams[C]) => string;
};
