/**
 * genericode 1.0 code lists as the registry lists them (`src/registry.ts`): the OASIS namespace, the root
 * element `CodeList`, the catalogue's schema set, reader and writer. genericode defines no model rules, so
 * `check` runs none (its report says so: no rule executed).
 */

import { diagnostic } from "../diagnostics/create.ts";
import { failure, resultOf } from "../result.ts";
import type { InspectView, StandardDescriptor } from "../standard/descriptor.ts";
import { rulesReport, type StandardValidateOptions, validateWith } from "../standard/run.ts";
import type { Report } from "../validation/report.ts";
import { ParseContext } from "../xml/cursor.ts";
import { canonicalName } from "../xml/path.ts";
import {
  type CodeListDocument,
  codeListRows,
  GENERICODE_NAMESPACE,
  GENERICODE_SCHEMA_SET_ID,
  parseCodeListElement,
  safeParseGenericode,
  serializeGenericode,
} from "./genericode.ts";

const PREFIXES = { [GENERICODE_NAMESPACE]: "gc" };
const STANDARD = "genericode 1.0";

function inspect(doc: CodeListDocument): InspectView {
  const id = doc.identification;
  const columns = doc.columnSet?.column.filter((c) => c.kind === "Column").map((c) => c.id) ?? [];
  const rows = codeListRows(doc).length;
  return {
    kind: "CodeList",
    json: {
      message: "CodeList",
      shortName: id.shortName.text,
      version: id.version,
      canonicalUri: id.canonicalUri,
      canonicalVersionUri: id.canonicalVersionUri,
      form: doc.form,
      columns,
      rows,
    },
    lines: [
      `  name:     ${id.shortName.text}`,
      `  version:  ${id.version}`,
      `  uri:      ${id.canonicalUri}`,
      `  columns:  ${columns.join(", ") || "(none inline)"}`,
      `  rows:     ${rows}`,
    ],
  };
}

/** genericode 1.0 in the standard registry. */
export const genericodeDescriptor: StandardDescriptor<CodeListDocument> = {
  id: GENERICODE_SCHEMA_SET_ID,
  label: "genericode",
  version: "1.0",
  namespaces: [GENERICODE_NAMESPACE],
  rootElements: ["CodeList"],
  prefixes: PREFIXES,
  schemaSetId: GENERICODE_SCHEMA_SET_ID,
  fixtures: ["fixtures/codelists/qs", "fixtures/codelists/round-trip", "fixtures/fim-download/C99000000001_genericode.xml"],
  rules: [],
  rulesDefineValidity: true,
  safeParseElement(root, o) {
    if (root.namespace !== GENERICODE_NAMESPACE || root.local !== "CodeList") {
      const path = `/${canonicalName(root.namespace, root.local, PREFIXES)}`;
      return failure([
        diagnostic({
          code: "unknown-root-element",
          params: { element: path.slice(1) },
          severity: "fatal",
          stage: "detect",
          path,
          location: { line: root.line, column: root.column },
          file: o.file,
        }),
      ]);
    }
    const ctx = new ParseContext(PREFIXES, o.file, "model", o.maxDiagnostics);
    return resultOf(parseCodeListElement(root, ctx), ctx.diagnostics);
  },
  safeParse: (xml, o) => safeParseGenericode(xml, o),
  serialize: (doc) => serializeGenericode(doc),
  check: (_doc, o = {}) => rulesReport(STANDARD, o.file, { diagnostics: [], executed: [], skipped: [] }),
  summary: inspect,
};

/** The pipeline xml → detect → xsd → model → rules for a genericode document, as a {@link Report}. */
export function validateGenericode(xml: string | Uint8Array, options: StandardValidateOptions = {}): Promise<Report> {
  return validateWith(genericodeDescriptor, xml, options);
}

/** The model rules of a code list: genericode defines none, so the report lists no rule and no finding. */
export function checkGenericode(doc: CodeListDocument, options: { readonly file?: string | undefined } = {}): Report {
  return genericodeDescriptor.check(doc, options);
}
