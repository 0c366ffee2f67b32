/**
 * What the parsers of XDatenfelder 2.0 and 3.0.0 share: their options and the `detect` findings for a root
 * element that is not one of the version's messages. Imports only `core/`.
 */
import { diagnostic } from "../../core/diagnostics/create.ts";
import { failure, type Result } from "../../core/result.ts";
import type { XmlElement } from "../../core/xml/node.ts";
import { canonicalName } from "../../core/xml/path.ts";
import type { ReadOptions } from "../../core/xml/read.ts";

/**
 * Options for parsing (`parse`/`safeParse` of `fim-xoev/xdatenfelder/v2` and `…/v3`): reader limits plus a file
 * name for diagnostics, and how to treat XSD facet violations.
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { type ParseOptions, safeParse } from "fim-xoev/xdatenfelder/v3";
 * const options: ParseOptions = { file: "S05000001205.xdf3.xml", xsdFacets: "warning", maxDepth: 200 };
 * const result = safeParse(await readFile("S05000001205.xdf3.xml"), options);
 * console.log(result.success, result.diagnostics.filter((d) => d.code === "invalid-value").length); // read despite non-Latin characters
 * ```
 */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /**
   * Severity of a value that violates a simple-type facet of the official XSD (`invalid-value`, default
   * `error`). `warning` reads XSD-invalid documents successfully (e.g. to convert real exports that hold
   * characters outside String.Latin); the findings are still reported.
   */
  readonly xsdFacets?: "error" | "warning";
}

/**
 * The fatal `detect` finding for a root element outside the version's namespace (`unknown-namespace`) or not one
 * of its messages (`unknown-root-element`), at the root's position.
 */
export function detectFailure(
  root: XmlElement,
  prefixes: Readonly<Record<string, string>>,
  file: string | undefined,
  unknownNamespace: boolean,
): Result<never> {
  const name = canonicalName(root.namespace, root.local, prefixes);
  const base = { severity: "fatal", stage: "detect", path: `/${name}`, location: { line: root.line, column: root.column }, file } as const;
  return failure([
    unknownNamespace
      ? diagnostic({ ...base, code: "unknown-namespace", params: { namespace: root.namespace, element: root.local } })
      : diagnostic({ ...base, code: "unknown-root-element", params: { element: name } }),
  ]);
}
