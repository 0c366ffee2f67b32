/**
 * What the HTML report shows of a schema, version-independent: the element tree with each element's details
 * (cardinality, datatype, field kind, code list and its values), the QS findings at their elements, the rules
 * as read. Plain data, serialisable: the page's live preview gets the parts it needs as JSON.
 */
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import type { FormNode } from "../regeln/schema.ts";

/** A code of a selection field (inline `werte`, 3.0.0). */
export interface ReportCode {
  readonly code: string;
  readonly name: string;
}

/** What a field holds beyond the form tree. */
export interface ReportField {
  readonly feldart: string;
  readonly datentyp: string;
  /** `bezeichnungEingabe`, else `name`. */
  readonly label: string;
  readonly help?: string;
  /** Inline values (3.0.0 `werte`). */
  readonly codes?: readonly ReportCode[];
  /** The referenced code list (canonical URI and version, or the C-id in 2.0). */
  readonly codeList?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: string;
  readonly maxValue?: string;
  readonly pattern?: string;
  /** `inhalt`: fixed content or a default (labels show it as their text). */
  readonly inhalt?: string;
}

/** What a group holds beyond the form tree. */
export interface ReportGroup {
  readonly label: string;
  readonly help?: string;
  /** `art` X: a choice group (exactly one child). */
  readonly choice: boolean;
}

/** The data the preview script reads (embedded as JSON). */
export interface PreviewData {
  readonly tree: FormNode;
  /** Per element id (unversioned, as the rule evaluator keys form data): the field details. */
  readonly fields: Readonly<Record<string, ReportField>>;
  readonly groups: Readonly<Record<string, ReportGroup>>;
}

/** A finding as the report shows it. */
export interface ReportFinding {
  readonly diagnostic: Diagnostic;
  /** The QS catalogue's German text and class for a FIM-QS finding. */
  readonly katalog?: { readonly de: string; readonly typ: string };
}
