/**
 * XProzess 0.1 (the Nationale Prozessbibliothek draft) as the registry lists it (`src/registry.ts`): read-only
 * (no `serialize`), no schema set, no model rules of its own (`check` runs none and says so). `validate` is the
 * pipeline xml → detect → model (the XSD stage is skipped: no XSD of the draft is public).
 */
import { safeReadRootElement } from "../../core/binding/document.ts";
import type { InspectView, ModelCheckOptions, StandardDescriptor } from "../../core/standard/descriptor.ts";
import { rulesReport, type StandardValidateOptions, validateWith } from "../../core/standard/run.ts";
import type { Report } from "../../core/validation/report.ts";
import { AustauschModell1001 } from "./binding.ts";
import type { AustauschModell } from "./model.ts";
import { NAMESPACE, PREFIX, ROOT_ELEMENT, VERSION } from "./namespace.ts";
import { metadataOf, safeParse } from "./parse.ts";

function inspect(model: AustauschModell): InspectView {
  const meta = Object.fromEntries(metadataOf(model));
  return {
    kind: ROOT_ELEMENT,
    json: { message: ROOT_ELEMENT, schluessel: model.schluessel, revision: model.revision, meta },
    lines: [
      `  schluessel: ${model.schluessel}`,
      `  revision:   ${model.revision}`,
      ...Object.entries(meta).map(([k, v]) => `  ${k}: ${v.join(" | ")}`),
    ],
  };
}

/**
 * XProzess 0.1 in the standard registry (read-only).
 *
 * @example
 * ```ts
 * import { descriptor, parse } from "fim-xoev/xprozess/v0_1";
 *
 * declare const xml: string;
 * console.log(descriptor.id, descriptor.rootElements); // "xprozess-0.1" ["austausch.modell.1001"]
 * const view = descriptor.summary?.(parse(xml), {});
 * console.log(view?.lines.join("\n")); // schluessel, revision and every metadata entry
 * ```
 */
export const descriptor: StandardDescriptor<AustauschModell> = {
  id: `xprozess-${VERSION}`,
  label: "XProzess",
  version: VERSION,
  namespaces: [NAMESPACE],
  rootElements: [ROOT_ELEMENT],
  prefixes: { [NAMESPACE]: PREFIX },
  fixtures: ["fixtures/xprozess/v0_1"],
  rules: [],
  rulesDefineValidity: true,
  safeParseElement: (root, o) =>
    safeReadRootElement<AustauschModell>(root, AustauschModell1001, {
      namespace: NAMESPACE,
      prefix: PREFIX,
      rootElement: ROOT_ELEMENT,
      file: o.file,
      maxDiagnostics: o.maxDiagnostics,
    }),
  safeParse: (xml, o) => safeParse(xml, o),
  check: (_model, o = {}) => rulesReport(`XProzess ${VERSION}`, o.file, { diagnostics: [], executed: [], skipped: [] }),
  summary: inspect,
};

/**
 * The pipeline xml → detect → xsd (skipped: no schema set) → model → rules (none) of a 0.1 document.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { validityOf } from "fim-xoev/validation";
 * import { validate } from "fim-xoev/xprozess/v0_1";
 *
 * // xml → detect → model; no XSD of the draft is public, so the XSD stage is skipped
 * const report = await validate(readFileSync("npb-gewerbeanmeldung.xml"), { file: "npb-gewerbeanmeldung.xml" });
 * console.log(validityOf(report), report.diagnostics.length); // "valid-without-xsd" 1 (the xsd-skipped info)
 * ```
 */
export function validate(xml: string | Uint8Array, options: StandardValidateOptions = {}): Promise<Report> {
  return validateWith(descriptor, xml, options);
}

/**
 * The model rules of a 0.1 model: the draft defines none, so the report lists no rule and no finding.
 *
 * @example
 * ```ts
 * import { check, parse } from "fim-xoev/xprozess/v0_1";
 *
 * declare const xml: string;
 * const report = check(parse(xml), { file: "npb-gewerbeanmeldung.xml" });
 * console.log(report.rulesExecuted.length, report.diagnostics.length); // 0 0: the draft defines no model rules
 * ```
 */
export function check(model: AustauschModell, options: ModelCheckOptions = {}): Report {
  return descriptor.check(model, options);
}
