/** The standards the CLI recognises, by namespace URI, for the validation pipeline. */
import type { PipelineStandard } from "../core/validation/pipeline.ts";
import * as xdf3 from "../xdatenfelder/v3/index.ts";

export const PIPELINE_STANDARDS: Readonly<Record<string, PipelineStandard<unknown>>> = {
  [xdf3.NAMESPACE]: {
    standard: `XDatenfelder ${xdf3.VERSION}`,
    schemaSetId: xdf3.SCHEMA_SET_ID,
    prefixes: xdf3.PREFIXES,
    model: (root, file) => xdf3.safeParseElement(root, { file }),
  },
};
