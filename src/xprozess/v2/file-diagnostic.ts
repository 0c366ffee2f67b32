/** The diagnostic of a file embedded in an XProzess message that cannot be decoded or unpacked (internal). */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";

/** An `invalid-base64` or `archive-rejected` error at the `Datei` element. */
export function fileDiagnostic(code: "invalid-base64" | "archive-rejected", reason: string, path: string, line?: number): Diagnostic {
  return diagnostic({
    code,
    params: { reason },
    severity: "error",
    stage: "model",
    path,
    ...(line !== undefined && { location: { line } }),
  });
}
