/**
 * The standard registry: every standard and version the library reads, as its descriptor
 * (`core/standard/descriptor.ts`). The CLI commands, the test matchers, the version-independent entries and
 * the contract tests (`test/contract/`) walk this list; adding a standard is one version folder with a
 * `descriptor.ts` plus one line here.
 */
import { genericodeDescriptor } from "./core/codelists/descriptor.ts";
import type { Diagnostic } from "./core/diagnostics/diagnostic.ts";
import { failure, type Result } from "./core/result.ts";
import { detectStandard, type StandardDescriptor } from "./core/standard/descriptor.ts";
import {
  type CheckDocumentOptions,
  checkDocumentWith,
  pipelineStandards,
  type StandardValidateOptions,
  validateAny,
} from "./core/standard/run.ts";
import type { PipelineStandard } from "./core/validation/pipeline.ts";
import type { Report } from "./core/validation/report.ts";
import { readXml } from "./core/xml/read.ts";
import { descriptor as xdf2 } from "./xdatenfelder/v2/descriptor.ts";
import { descriptor as xdf3 } from "./xdatenfelder/v3/descriptor.ts";
import { descriptor as xprozess01 } from "./xprozess/v0_1/descriptor.ts";
import { descriptor as xprozess2 } from "./xprozess/v2/descriptor.ts";
import { descriptor as xzufi220 } from "./xzufi/v2_2_0/descriptor.ts";
import { descriptor as xzufi231 } from "./xzufi/v2_3_1/descriptor.ts";

/** Every registered standard and version, newest version of a standard first. */
export const STANDARDS: readonly StandardDescriptor[] = [
  xdf3 as StandardDescriptor,
  xdf2 as StandardDescriptor,
  genericodeDescriptor as StandardDescriptor,
  xzufi231 as StandardDescriptor,
  xzufi220 as StandardDescriptor,
  xprozess2 as StandardDescriptor,
  xprozess01 as StandardDescriptor,
];

/** The descriptor with this id (e.g. `xdatenfelder-3.0.0`). */
export function standardById(id: string): StandardDescriptor | undefined {
  return STANDARDS.find((d) => d.id === id);
}

/** The descriptors of one standard (by its label, e.g. `XDatenfelder`), newest version first. */
export function standardVersions(label: string): StandardDescriptor[] {
  return STANDARDS.filter((d) => d.label === label);
}

/** The registered standard of a root element (namespace URI and local name), if any. */
export function detect(namespace: string, local: string): StandardDescriptor | undefined {
  return detectStandard(STANDARDS, namespace, local);
}

/** Canonical prefixes of every registered standard (for reading documents of any of them). */
export const ALL_PREFIXES: Readonly<Record<string, string>> = Object.assign({}, ...STANDARDS.map((d) => d.prefixes));

/** The pipeline's table of every registered standard (`runPipeline(xml, PIPELINE_STANDARDS, options)`). */
export const PIPELINE_STANDARDS: Readonly<Record<string, PipelineStandard<unknown>>> = pipelineStandards(STANDARDS);

/** A document of a registered standard, read into its model. */
export interface DetectedDocument {
  readonly standard: StandardDescriptor;
  readonly model: unknown;
}

/**
 * Reads a document of any registered standard into its model: detection by namespace and root element, then
 * the descriptor's reader. A document of no registered standard fails with `unknown-namespace` (stage `detect`),
 * with `standard` absent. Never throws.
 */
export function safeParseAny(
  xml: string | Uint8Array,
  options: { readonly file?: string | undefined } = {},
): { readonly standard?: StandardDescriptor | undefined; readonly result: Result<unknown> } {
  const read = readXml(xml, { file: options.file, prefixes: ALL_PREFIXES });
  if (!read.success) return { result: read as Result<never> };
  const root = read.data.root;
  const d = detect(root.namespace, root.local);
  if (d === undefined) {
    const report = checkDocumentWith(STANDARDS, xml, options);
    return { result: failure(report.diagnostics as [Diagnostic, ...Diagnostic[]]) };
  }
  return { standard: d, result: d.safeParse(xml, { file: options.file }) };
}

/** The whole pipeline of the document's registered standard (detected by namespace), as a report. */
export function validateDocument(xml: string | Uint8Array, options: StandardValidateOptions = {}): Promise<Report> {
  return validateAny(STANDARDS, xml, options);
}

/** The model rules of the document's registered standard, synchronously (no XSD), as a report. */
export function checkDocument(xml: string | Uint8Array, options: CheckDocumentOptions = {}): Report {
  return checkDocumentWith(STANDARDS, xml, options);
}
