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
   * Reports a finding about a model object: at the canonical path and line of its source element when the
   * object was parsed from a document, else at `where`, a logical path such as `F00000000013V1.0.0/relation`.
   */
  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    obj: object | undefined,
    where: string,
    severity: Severity = "warning",
  ): void {
    const el = obj === undefined ? undefined : sourceElement(obj);
    this.diagnostics.push(
      diagnostic({
        code,
        params,
        severity,
        stage: "convert",
        path: el === undefined ? where : elementPath(el, this.prefixes),
        location: el === undefined ? undefined : { line: el.line, column: el.column },
        file: this.file,
      }),
    );
  }
}
