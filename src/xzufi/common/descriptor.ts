/**
 * What every XZuFi version's registry entry shares: the rule ids `XZUFI-001` to `XZUFI-006` with their messages,
 * the `check` (the version's rules through `runRules`, so that policies and every report format apply), the
 * `validate` verb with its deprecated model form ({@link xzufiValidate}), and the `inspect` summary of a transfer
 * message. A version's `descriptor.ts` passes its configuration (`config.ts`) to {@link xzufiDescriptor}.
 */
import type { InspectView, StandardDescriptor } from "../../core/standard/descriptor.ts";
import { type StandardValidateOptions, validateWith } from "../../core/standard/run.ts";
import type { Report } from "../../core/validation/report.ts";
import type { FindingRule } from "../../core/validation/run-rules.ts";
import { type ValidateOptions, type ValidationReport, xzufiChecks } from "./rules.ts";
import { type XzufiVersion, xzufiReader, xzufiWriter } from "./version.ts";

/** The XZuFi rules (the ids and what they decide are the same in every version; see `rules.ts`). */
export const XZUFI_RULES: readonly FindingRule[] = [
  {
    id: "XZUFI-001",
    severity: "error",
    enabledByDefault: true,
    message: {
      de: "referenzLeistungsschluessel ist ein 14-stelliger Leistungsschlüssel.",
      en: "referenzLeistungsschluessel is a 14-digit Leistungsschlüssel.",
    },
  },
  {
    id: "XZUFI-002",
    severity: "warning",
    enabledByDefault: true,
    message: {
      de: "struktur/@xsi:type passt zum Leistungstyp des Schlüssels.",
      en: "struktur/@xsi:type matches the Leistungstyp of the key.",
    },
  },
  {
    id: "XZUFI-003",
    severity: "warning",
    enabledByDefault: true,
    message: {
      de: "Leistungsgruppierung und Verrichtung in struktur passen zum Schlüssel.",
      en: "The Leistungsgruppierung and Verrichtung in struktur match the key.",
    },
  },
  {
    id: "XZUFI-004",
    severity: "warning",
    enabledByDefault: true,
    message: {
      de: "Eine Leistung hat eine Leistungsbezeichnung (modulText mit Textmodul 02).",
      en: "A Leistung has a Leistungsbezeichnung (modulText with text module 02).",
    },
  },
  {
    id: "XZUFI-005",
    severity: "warning",
    enabledByDefault: true,
    message: {
      de: 'Eine idSekundaer mit schemeID="LEIKA_SCHLUESSEL" enthält einen Leistungsschlüssel.',
      en: 'An idSekundaer with schemeID="LEIKA_SCHLUESSEL" holds a Leistungsschlüssel.',
    },
  },
  {
    id: "XZUFI-006",
    severity: "warning",
    enabledByDefault: true,
    message: {
      de: "informationsbereicheSDG: Codes des Informationsbereichs 1 haben 7 Ziffern, des Informationsbereichs 2 vier.",
      en: "informationsbereicheSDG: Informationsbereich 1 codes have 7 digits, Informationsbereich 2 codes 4 digits.",
    },
  },
];

/**
 * The shape every version's transfer message has (what the summary reads). The deprecated `validate(model)` form
 * takes it, so that a union of version modules can still call it.
 */
export interface TransferMessage {
  readonly elementName?: string;
  readonly xzufiVersion?: string;
  readonly operation: readonly object[];
}

/** The `inspect` summary of a transfer message: root element, version attribute, operations and their objects. */
export function inspectTransferMessage(n: TransferMessage, defaultRootElement: string): InspectView {
  const objects = new Map<string, number>();
  const leistungen: string[] = [];
  let loesche = 0;
  for (const op of n.operation) {
    if ("loesche" in op) loesche++;
    if (!("schreibe" in op) || typeof op.schreibe !== "object" || op.schreibe === null) continue;
    for (const [key, value] of Object.entries(op.schreibe)) {
      if (value === undefined || key === "unknownElements" || key === "unknownAttributes") continue;
      objects.set(key, (objects.get(key) ?? 0) + 1);
      if (key === "leistung") leistungen.push(String((value as { id?: { value?: string } }).id?.value ?? "(no id)"));
    }
  }
  const kind = n.elementName ?? defaultRootElement;
  const schreibe = [...objects].map(([k, c]) => `${c} ${k}`).join(", ");
  return {
    kind,
    json: {
      message: kind,
      xzufiVersion: n.xzufiVersion,
      operations: n.operation.length,
      schreibe: Object.fromEntries(objects),
      loesche,
      leistungen,
    },
    lines: [
      `  xzufiVersion: ${n.xzufiVersion ?? "(none)"}`,
      `  operations:   ${n.operation.length} (schreibe: ${schreibe || "none"}; loesche: ${loesche})`,
      ...(leistungen.length > 0 ? [`  Leistungen:   ${leistungen.join(", ")}`] : []),
    ],
  };
}

/**
 * A version's registry entry, made from its configuration alone: the readers, the writer and the checks are the
 * shared ones (`version.ts`, `rules.ts`) with the version's constants and tables.
 */
export function xzufiDescriptor<N extends TransferMessage, L extends object>(v: XzufiVersion<L>): StandardDescriptor<N> {
  const reader = xzufiReader<N, L>(v);
  const writer = xzufiWriter<N, L>(v);
  const checks = xzufiChecks<N, L>(v, `XZuFi ${v.version}`);
  return {
    id: `xzufi-${v.version}`,
    label: "XZuFi",
    version: v.version,
    namespaces: [v.namespace],
    rootElements: [v.defaultRootElement],
    // the official root element name is not public: any root in the namespace is read as a transfer message
    otherRootElements: true,
    prefixes: v.prefixes,
    schemaSetId: `xzufi-${v.version}`,
    fixtures: v.fixtures,
    rules: XZUFI_RULES,
    rulesDefineValidity: true,
    safeParseElement: (root, o) => reader.safeParseElement(root, { file: o.file, maxDiagnostics: o.maxDiagnostics }),
    safeParse: (xml, o) => reader.safeParse(xml, o),
    serialize: (model) => writer.serialize(model),
    check: (model, o = {}) =>
      checks.check(model, { ...(o.file !== undefined && { file: o.file }), ...(o.policy !== undefined && { policy: o.policy }) }),
    summary: (model) => inspectTransferMessage(model, v.defaultRootElement),
  };
}

/** A version's `validate`: the whole pipeline on XML, or (deprecated) the structural check of a model. */
export interface XzufiValidate {
  /**
   * @deprecated `validate(model)` is `check(model)` now (a `Report`, policies apply); this form stays one minor
   * version. Checks a model structurally and returns the old {@link ValidationReport}.
   */
  (nachricht: TransferMessage, options?: ValidateOptions): ValidationReport;
  /**
   * Validates a document: xml → detect → xsd (with the user-supplied official set, `schemas/catalog.json`
   * `xzufi-<version>`) → model → rules, as a {@link Report}.
   */
  (xml: string | Uint8Array, options?: StandardValidateOptions): Promise<Report>;
}

/** The `validate` verb of a version, from its descriptor and its structural check (`rules.ts` `checkStructure`). */
export function xzufiValidate<N extends TransferMessage>(
  descriptor: StandardDescriptor<N>,
  checkStructure: (nachricht: N, options?: ValidateOptions) => ValidationReport,
): XzufiValidate {
  return ((input: string | Uint8Array | TransferMessage, options: StandardValidateOptions & ValidateOptions = {}) =>
    typeof input === "string" || input instanceof Uint8Array
      ? validateWith(descriptor, input, options)
      : checkStructure(input as N, options)) as XzufiValidate;
}
