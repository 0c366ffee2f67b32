/** The standards the CLI recognises, by namespace URI, for the validation pipeline. */
import { GENERICODE_NAMESPACE, GENERICODE_SCHEMA_SET_ID, parseCodeListElement } from "../core/codelists/genericode.ts";
import { diagnostic } from "../core/diagnostics/create.ts";
import { failure, resultOf } from "../core/result.ts";
import type { PipelineStandard } from "../core/validation/pipeline.ts";
import { ParseContext } from "../core/xml/cursor.ts";
import { canonicalName } from "../core/xml/path.ts";
import * as xdf2 from "../xdatenfelder/v2/index.ts";
import * as xdf3 from "../xdatenfelder/v3/index.ts";

const GC_PREFIXES = { [GENERICODE_NAMESPACE]: "gc" };

export const PIPELINE_STANDARDS: Readonly<Record<string, PipelineStandard<unknown>>> = {
  [xdf3.NAMESPACE]: {
    standard: `XDatenfelder ${xdf3.VERSION}`,
    schemaSetId: xdf3.SCHEMA_SET_ID,
    prefixes: xdf3.PREFIXES,
    model: (root, file) => xdf3.safeParseElement(root, { file }),
  },
  [xdf2.NAMESPACE]: {
    standard: `XDatenfelder ${xdf2.VERSION}`,
    schemaSetId: xdf2.SCHEMA_SET_ID,
    prefixes: xdf2.PREFIXES,
    model: (root, file) => xdf2.safeParseElement(root, { file }),
  },
  [GENERICODE_NAMESPACE]: {
    standard: "genericode 1.0",
    schemaSetId: GENERICODE_SCHEMA_SET_ID,
    prefixes: GC_PREFIXES,
    model: (root, file) => {
      if (root.local !== "CodeList") {
        const path = `/${canonicalName(root.namespace, root.local, GC_PREFIXES)}`;
        return failure([
          diagnostic({
            code: "unknown-root-element",
            params: { element: path.slice(1) },
            severity: "fatal",
            stage: "detect",
            path,
            location: { line: root.line, column: root.column },
            file,
          }),
        ]);
      }
      const ctx = new ParseContext(GC_PREFIXES, file);
      return resultOf<unknown>(parseCodeListElement(root, ctx), ctx.diagnostics);
    },
  },
};
