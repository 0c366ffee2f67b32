/**
 * Structural validation of XProzess 2.0 without the XSD: the cardinalities, types and XSD order of the binding
 * (fact sheet `xprozess.md`, from the JAXB classes of the official XSD) plus the code-list and consistency rules
 * below, with canonical paths and source lines. Two entry points:
 *
 * - {@link validate} checks a model (parsed or built in code): required elements and attributes, value types,
 *   known code values, and the `XPROZESS-nnn` rules. Findings carry the source line when the model was parsed.
 * - {@link validateDocument} checks a document: it reads it strictly (a missing required element, an element out
 *   of the XSD order or an unknown element is an error with line and path), runs {@link validate} on the model,
 *   and runs the XSD stage when the official schema set is supplied (`xsd.ts`).
 *
 * **Order severity.** The order is the XSD sequence order as the JAXB `propOrder` gives it, and the real FIM Bund
 * export follows it throughout, so an element out of order is an `error` (XZuFi, whose order is reconstructed,
 * reports it as `info`).
 *
 * Own rule ids (`XPROZESS-nnn`, never renumbered):
 * - XPROZESS-001 the `listURI` of a code whose list the XSD fixes names that list: the XSD's
 *   `urn:de:xprozess:codeliste:<list>` (or Destatis `urn:de:bund:destatis:…`) is right; the form FIM exports write,
 *   `urn:xoev-de:…:<list>`, is an `info`; any other URI is an `error`.
 * - XPROZESS-002 a Code-Typ 1 `listVersionID` other than the XSD's fixed `1.0` (`info`: FIM exports write dates).
 * - XPROZESS-003 `nachrichtenkopf/nachrichtentyp` names the message of the root element (`0101` … `0303`) (warning).
 * - XPROZESS-004 `@xprozessVersion` is `2.0` (error; the XSD fixes it).
 * - XPROZESS-005 the attribute set `spezifischeAttributeN` matches the Referenzaktivitätengruppe `N` of its
 *   Aktivitätengruppe (warning: the pairing is suggested by the numbering, not confirmed by the XSD text).
 * - XPROZESS-006 a Prozessklasse id is a 14-digit LeiKa Leistungsschlüssel (warning: FIM method, §3).
 * - XPROZESS-007 the `id` and the `subProzessID` of the Aktivitätengruppen of a process are unique (error).
 *
 * The content of every embedded file must be valid base64 (`invalid-base64`, error); archives and the BPMN model
 * are checked by `files.ts` and `bpmn.ts` (XPROZESS-008 to 010).
 */

import { checkValue } from "../../core/binding/check.ts";
import type { ComplexType, Field, PolymorphicType, SimpleType } from "../../core/binding/types.ts";
import { hasErrors } from "../../core/diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity, Stage } from "../../core/diagnostics/diagnostic.ts";
import { ruleFinding } from "../../core/validation/finding.ts";
import type { Validity } from "../../core/validation/report.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import { CODE_TYPES, MESSAGES } from "./binding.ts";
import { FIXED_LIST_VERSION, fimListURI, xsdListURI } from "./codes.ts";
import { listFiles, safeDecodeFile } from "./files.ts";
import type { Aktivitaetengruppe, CodeFest, Nachricht, Prozess, Prozessklasse } from "./model.ts";
import { messageNumber, PREFIX, XPROZESS_VERSION } from "./namespace.ts";
import { type ParseOptions, safeParse } from "./parse.ts";
import { prozesseOf } from "./prozesse.ts";
import { safeValidateXsd, type XsdOptions } from "./xsd.ts";

/** The outcome of {@link validate}: every finding, and whether none is an error. */
export interface ValidationReport {
  /** True when no finding has severity `error` or `fatal`. */
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * import { type ValidateOptions, validateDocument } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * const options: ValidateOptions = { file: "hundesteuer.xprozess.xml" }; // named in every finding
 * const report = await validateDocument(xml, options);
 * for (const d of report.diagnostics) console.log(d.file, d.path, d.message);
 * ```
 */
export interface ValidateOptions {
  /** File name to put into diagnostics. */
  readonly file?: string;
}

const P = PREFIX;

/** `[n]` for the n-th item of a list with more than one item (canonical path steps). */
function idx(arr: readonly unknown[], i: number): string {
  return arr.length > 1 ? `[${i + 1}]` : "";
}

class Rules {
  readonly out: Diagnostic[] = [];
  constructor(readonly options: ValidateOptions) {}

  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    severity: Severity,
    path: string,
    at: object | undefined,
    ruleId: string,
  ): void {
    this.out.push(ruleFinding({ code, params, severity, path, at, ruleId, file: this.options.file }));
  }

  /** XPROZESS-001/002 on one code of an XSD type named in `CODE_TYPES`. */
  code(typeName: string, value: unknown, path: string): void {
    const spec = CODE_TYPES[typeName];
    if (spec === undefined || typeof value !== "object" || value === null) return;
    const c = value as CodeFest;
    if (spec.pattern !== "open" && c.listURI !== undefined) {
      const xsd = xsdListURI(spec.list);
      const fim = fimListURI(spec.list);
      if (c.listURI === fim)
        this.report(
          "invalid-value",
          { value: c.listURI, expected: `${xsd} (fixed by the XSD)` },
          "info",
          `${path}/@listURI`,
          c,
          "XPROZESS-001",
        );
      else if (c.listURI !== xsd)
        this.report(
          "invalid-value",
          { value: c.listURI, expected: `${xsd} (fixed by the XSD)` },
          "error",
          `${path}/@listURI`,
          c,
          "XPROZESS-001",
        );
    }
    if (spec.pattern === "fixed" && c.listVersionID !== undefined && c.listVersionID !== FIXED_LIST_VERSION) {
      this.report(
        "invalid-value",
        { value: c.listVersionID, expected: `${FIXED_LIST_VERSION} (fixed by the XSD)` },
        "info",
        `${path}/@listVersionID`,
        c,
        "XPROZESS-002",
      );
    }
  }

  /** Walks a value along its binding type and checks every code (XPROZESS-001/002). */
  walk(value: unknown, type: SimpleType | ComplexType | PolymorphicType, path: string): void {
    if (typeof type === "string" || type.kind !== "complex" || typeof value !== "object" || value === null) return;
    if (CODE_TYPES[type.name] !== undefined) {
      this.code(type.name, value, path);
      return;
    }
    const v = value as Record<string, unknown>;
    for (const f of type.fields) this.walkField(v, f, path);
  }

  walkField(v: Record<string, unknown>, f: Field, path: string): void {
    const value = v[f.prop];
    if (value === undefined) return;
    if (f.kind === "element") {
      const step = `${f.qualified === false ? "" : `${P}:`}${f.name}`;
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          this.walk(item, f.type, `${path}/${step}${idx(value, i)}`);
        });
      } else this.walk(value, f.type, `${path}/${step}`);
    } else if (f.kind === "choice") {
      const items: unknown[] = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (typeof item !== "object" || item === null) continue;
        const [key] = Object.keys(item);
        const option = f.options.find((o) => o.name === key);
        if (option !== undefined) this.walk((item as Record<string, unknown>)[option.name], option.type, `${path}/${P}:${option.name}`);
      }
    }
  }

  /** XPROZESS-006 */
  prozessklasse(k: Prozessklasse, path: string): void {
    if (!/^[0-9]{14}$/.test(k.id))
      this.report(
        "invalid-value",
        { value: k.id, expected: "a 14-digit LeiKa Leistungsschlüssel" },
        "warning",
        `${path}/${P}:id`,
        k,
        "XPROZESS-006",
      );
  }

  /** XPROZESS-005, XPROZESS-007 */
  prozess(p: Prozess, path: string): void {
    const s = p.prozessstrukturbeschreibung;
    if (s === undefined || !("strukturbeschreibungFIM" in s.auswahl)) return;
    const gruppen = s.auswahl.strukturbeschreibungFIM.aktivitaetengruppe;
    const base = `${path}/${P}:prozessstrukturbeschreibung/${P}:strukturbeschreibungFIM`;
    const ids = new Map<string, number>();
    const subIds = new Map<string, number>();
    gruppen.forEach((g: Aktivitaetengruppe, i) => {
      const gp = `${base}/${P}:aktivitaetengruppe${idx(gruppen, i)}`;
      const rag = g.referenzaktivitaetengruppeTyp.code;
      const [set] = Object.keys(g.spezifischeAttribute.auswahl);
      if (set !== undefined && set !== `spezifischeAttribute${rag}`) {
        this.report(
          "rule-violation",
          { title: `Referenzaktivitätengruppe ${rag} has the attribute set ${set}, expected spezifischeAttribute${rag}` },
          "warning",
          `${gp}/${P}:spezifischeAttribute/${P}:${set}`,
          g.spezifischeAttribute,
          "XPROZESS-005",
        );
      }
      for (const [map, value, name] of [
        [ids, g.id, "id"],
        [subIds, g.subProzessID, "subProzessID"],
      ] as const) {
        const first = map.get(value);
        if (first === undefined) map.set(value, i + 1);
        else
          this.report(
            "rule-violation",
            { title: `${name} "${value}" is used by Aktivitätengruppe ${first} already` },
            "error",
            `${gp}/${P}:${name}`,
            g,
            "XPROZESS-007",
          );
      }
    });
  }
}

/**
 * Validates a message structurally: required elements and attributes, value types, known code values (from the
 * binding) and the `XPROZESS-nnn` rules. Never throws; `valid` is false when a finding is an error.
 */
export function validate(nachricht: Nachricht, options: ValidateOptions = {}): ValidationReport {
  const type = MESSAGES[nachricht.nachricht];
  const root = `/${P}:${nachricht.nachricht}`;
  const { nachricht: _name, ...content } = nachricht;
  const r = new Rules(options);
  const structure = checkValue(content, type, root, { prefix: P, ...(options.file !== undefined && { file: options.file }) });
  // checkValue takes the location of the object it starts from; the root object is the content copy, so use the original's
  const rootEl = sourceElement(nachricht);
  const out: Diagnostic[] = structure.map((d) =>
    d.location === undefined && rootEl !== undefined ? { ...d, location: { line: rootEl.line, column: rootEl.column } } : d,
  );
  r.walk(content, type, root);
  // XPROZESS-003
  const typ = nachricht.nachrichtenkopf?.nachrichtentyp;
  if (typ !== undefined && typ.code !== messageNumber(nachricht.nachricht)) {
    r.report(
      "invalid-value",
      { value: typ.code, expected: messageNumber(nachricht.nachricht) },
      "warning",
      `${root}/${P}:nachrichtenkopf/${P}:nachrichtentyp/code`,
      typ,
      "XPROZESS-003",
    );
  }
  // XPROZESS-004
  if (nachricht.xprozessVersion !== undefined && nachricht.xprozessVersion !== XPROZESS_VERSION) {
    r.report(
      "invalid-value",
      { value: nachricht.xprozessVersion, expected: XPROZESS_VERSION },
      "error",
      `${root}/@xprozessVersion`,
      nachricht,
      "XPROZESS-004",
    );
  }
  const { klassen, prozesse } = prozesseOf(nachricht);
  for (const [k, p] of klassen) r.prozessklasse(k, p);
  for (const [p, path] of prozesse) r.prozess(p, path);
  // the content of embedded files is xs:base64Binary: invalid base64 is an error (archives are read by files.ts)
  const base64 = listFiles(nachricht).flatMap((f) => safeDecodeFile(f).diagnostics.map((d) => ({ ...d, stage: "rules" as const })));
  const diagnostics = [...out, ...r.out, ...base64];
  return { valid: !hasErrors(diagnostics), diagnostics };
}

/**
 * Options of {@link validateDocument}.
 *
 * @example
 * ```ts
 * import { type ValidateDocumentOptions, validateDocument } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // without the official XSD (not public): accept a document checked by structure, types and rules only
 * const options: ValidateDocumentOptions = { file: "hundesteuer.xprozess.xml", requireXsd: false, maxDepth: 200 };
 * const report = await validateDocument(xml, options);
 * console.log(report.valid, report.validity); // true "valid-without-xsd"
 * ```
 */
export interface ValidateDocumentOptions extends ValidateOptions, XsdOptions, Omit<ParseOptions, "strict" | "file"> {
  /**
   * Say valid only when the XSD stage ran (default `true`), as every `validate` of the library does. With `false`
   * the caller accepts a document checked without the official XSD (structure, types and rules from the fact
   * sheet's tables only).
   */
  readonly requireXsd?: boolean;
}

/** The state of one stage of {@link validateDocument}. */
export type StageState = "passed" | "failed" | "skipped";

/** The outcome of {@link validateDocument}: every finding, the state of each stage, and whether none is an error. */
export interface DocumentValidationReport extends ValidationReport {
  /** True when every stage ran, the XSD stage included (it needs the user-supplied official schema set). */
  readonly completed: boolean;
  /** `valid`, `invalid`, or `valid-without-xsd` (no error, but the XSD stage did not run). */
  readonly validity: Validity;
  readonly stages: Readonly<Record<Extract<Stage, "xml" | "detect" | "xsd" | "model" | "rules">, StageState>>;
}

/**
 * Validates a document: strict reading (structure with lines and paths), {@link validate} on the model, and the
 * XSD stage when a schema root is configured (`schemas` option or `FIM_XOEV_SCHEMAS`; skipped with an info
 * otherwise). `valid` is true only when no stage found an error and the XSD stage ran (or `requireXsd: false`
 * accepts that it did not; `validity` tells the two apart). Never throws.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { validateDocument } from "fim-xoev/xprozess/v2";
 *
 * const report = await validateDocument(readFileSync("hundesteuer.xprozess.xml"), { schemas: "/opt/fim/schemas" });
 * console.log(report.validity, report.stages); // e.g. "valid", { xml: "passed", detect: "passed", xsd: "passed", model: "passed", rules: "passed" }
 * for (const d of report.diagnostics.filter((x) => x.severity === "error")) console.error(`${d.location?.line}: ${d.message}`);
 * ```
 */
export async function validateDocument(xml: string | Uint8Array, options: ValidateDocumentOptions = {}): Promise<DocumentValidationReport> {
  const read = safeParse(xml, { ...options, strict: true });
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const failedAt = (stage: Stage) => read.diagnostics.some((d) => d.stage === stage && (d.severity === "error" || d.severity === "fatal"));
  const stages: Record<"xml" | "detect" | "xsd" | "model" | "rules", StageState> = {
    xml: failedAt("xml") ? "failed" : "passed",
    detect: failedAt("xml") ? "skipped" : failedAt("detect") ? "failed" : "passed",
    xsd: "skipped",
    model: read.data === undefined ? "skipped" : failedAt("model") ? "failed" : "passed",
    rules: "skipped",
  };
  if (read.data !== undefined) {
    const seen = new Set(read.diagnostics.map((d) => `${d.code} ${d.path}`));
    const rules = validate(read.data, options).diagnostics.filter((d) => !seen.has(`${d.code} ${d.path}`));
    diagnostics.push(...rules);
    stages.rules = hasErrors(rules) ? "failed" : "passed";
  }
  if (stages.xml === "passed" && stages.detect === "passed") {
    const xsd = await safeValidateXsd(xml, options);
    diagnostics.push(...xsd.diagnostics);
    const skipped = xsd.success && xsd.diagnostics.some((d) => d.code === "xsd-skipped");
    stages.xsd = skipped ? "skipped" : xsd.success ? "passed" : "failed";
  }
  const completed = Object.values(stages).every((s) => s !== "skipped");
  const validity: Validity = hasErrors(diagnostics) ? "invalid" : stages.xsd === "passed" ? "valid" : "valid-without-xsd";
  const valid = validity === "valid" || (validity === "valid-without-xsd" && options.requireXsd === false);
  return { valid, validity, completed, diagnostics, stages };
}

export { prozesseOf } from "./prozesse.ts";
