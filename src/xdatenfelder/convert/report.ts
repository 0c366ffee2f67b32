/** Collects the findings of a conversion (stage `convert`), located at the source element where known. */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from "../../core/diagnostics/diagnostic.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import { elementPath, type PrefixMap } from "../../core/xml/path.ts";

export class ConversionReport {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly prefixes: PrefixMap,
    readonly file?: string,
  ) {}

  /**
   * Reports a finding about a model object. `where` is a logical path (`F00000000013V1.0.0/relation`) used
   * when the object was not parsed from a document; otherwise the path and line of its source element.
   */
  report<C extends DiagnosticCode>(code: C, params: DiagnosticParams[C], obj: object | undefined, where: string, severity: Severity = "warning"): void {
    const el = obj === undefined ? undefined : sourceElement(obj);
    this.diagnostics.push(
      diagnostic({
        code,
        params,
        severity,
        stage: "convert",
        path: el === undefined ? where : `${elementPath(el, this.prefixes)} (${where})`,
        location: el === undefined ? undefined : { line: el.line, column: el.column },
        file: this.file,
      }),
    );
  }
}
