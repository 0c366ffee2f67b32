/**
 * The input check of `safeCreateNachricht`, written once for both XDatenfelder versions: a header and exactly one
 * of the version's payload elements. Imports only `core/`.
 */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, success } from "../../core/result.ts";

/**
 * Checks that `input` has a header object and exactly one of `payloads` (the message's element names), then
 * wraps it with `wrap`; otherwise one `invalid-input` diagnostic per issue (path `nachricht`).
 */
export function checkNachrichtInput<N>(payloads: readonly string[], input: object, wrap: () => N): Result<N> {
  const record = input as Record<string, unknown>;
  const given = payloads.filter((k) => record[k] !== undefined);
  const issues: string[] = [];
  if (typeof record.header !== "object" || record.header === null) issues.push("header: required");
  if (given.length !== 1)
    issues.push(`exactly one of ${payloads.join(", ")} expected, got ${given.length === 0 ? "none" : given.join(", ")}`);
  const [first, ...rest] = issues.map(
    (issue): Diagnostic => diagnostic({ code: "invalid-input", params: { issue }, severity: "error", stage: "input", path: "nachricht" }),
  );
  if (first !== undefined) return failure([first, ...rest]);
  return success(wrap());
}
