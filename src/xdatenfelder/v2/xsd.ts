/** XSD validation of XDatenfelder 2.0 documents with the official schema set (catalogue id `xdatenfelder-2.0`). */
import { isValid, type PipelineOptions, runPipeline } from "../../core/validation/pipeline.ts";
import type { Report } from "../../core/validation/report.ts";
import type { Nachricht } from "./model.ts";
import { NAMESPACE, PREFIXES, SCHEMA_SET_ID, VERSION } from "./namespace.ts";
import { safeParseElement } from "./parse.ts";

/** Options of {@link validate}: where the schema set is (`schemas`, else `FIM_XOEV_SCHEMAS`), reader limits, file name. */
export interface ValidateOptions extends PipelineOptions {}

/** The pipeline report plus the parsed message (when the model stage produced one). */
export interface ValidationResult {
  readonly valid: boolean;
  readonly report: Report;
  readonly nachricht: Nachricht | undefined;
}

/**
 * Validates a document through the stages xml → detect → xsd → model. The XSD stage uses the official
 * 2.0 schema set from `options.schemas` or `FIM_XOEV_SCHEMAS`; without one it is reported as skipped.
 * `valid` is true when no stage found an error. Note: the 2.0 XSDs do not import genericode.xsd, so a 0105
 * message with genericode content cannot pass the strict `xs:any` of the official set alone.
 */
export async function validate(xml: string | Uint8Array, options: ValidateOptions = {}): Promise<ValidationResult> {
  const { report, data } = await runPipeline<Nachricht>(
    xml,
    {
      [NAMESPACE]: {
        standard: `XDatenfelder ${VERSION}`,
        schemaSetId: SCHEMA_SET_ID,
        prefixes: PREFIXES,
        model: (root, file, o) => safeParseElement(root, { file, maxDiagnostics: o?.maxDiagnostics }),
      },
    },
    options,
  );
  return { valid: isValid(report), report, nachricht: data };
}
