/**
 * Structural validation of the XZuFi 2.3.1 model, without XML: required elements and value types from the
 * binding, code lists, exactly-one choices, and LeiKa key rules. Works on parsed models (findings carry the
 * source line) and on models built in code. The rules are shared by every XZuFi version
 * (`../common/rules.ts`); where 2.3.1 keeps what they check is part of its configuration (`config.ts`).
 *
 * Own rule ids (`XZUFI-nnn`, never renumbered):
 * - XZUFI-001 `referenzLeistungsschluessel` is a 14-digit Leistungsschlüssel (error).
 * - XZUFI-002 `struktur/@xsi:type` matches the Leistungstyp of the key (warning).
 * - XZUFI-003 the Leistungsgruppierung and Verrichtung in `struktur` match the key (warning).
 * - XZUFI-004 a Leistung has a Leistungsbezeichnung (`modulText` with text module `02`) (warning).
 * - XZUFI-005 an `idSekundaer` with `schemeID="LEIKA_SCHLUESSEL"` holds a Leistungsschlüssel (warning).
 * - XZUFI-006 `informationsbereicheSDG`: Informationsbereich 1 codes have 7 digits, 2 codes 4 digits (warning).
 */
import type { Report } from "../../core/validation/report.ts";
import { type CheckOptions, type CheckStructureOptions, type StructureReport, xzufiChecks } from "../common/rules.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";

export type { CheckOptions, CheckStructureOptions, StructureReport };
/** @deprecated use {@link StructureReport} (the name `validate*` goes to the full pipeline). */
export type ValidationReport = StructureReport;
/** @deprecated use {@link CheckStructureOptions}. */
export type ValidateOptions = CheckStructureOptions;

const checks = xzufiChecks<Nachricht, Leistung>(CONFIG, "XZuFi 2.3.1");

/**
 * Checks a transfer message structurally: required elements, value types, code lists, exactly-one choices
 * and LeiKa key rules. Never throws; the report's `valid` is false when a finding is an error (and, unless
 * `requireXsd: false`, because no XSD validated the message).
 *
 * @example
 * ```ts
 * import { checkStructure, parse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const report = checkStructure(parse(xml), { requireXsd: false });
 * if (!report.valid) for (const d of report.diagnostics) console.log(d.path, d.message);
 * ```
 */
export const checkStructure: (nachricht: Nachricht, options?: CheckStructureOptions) => StructureReport = checks.checkStructure;

/**
 * Checks a single Leistung as {@link checkStructure} does inside a message.
 *
 * @example
 * ```ts
 * import { checkStructureLeistung, createLeistung } from "fim-xoev/xzufi/v2_3_1";
 * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
 * console.log(checkStructureLeistung(leistung, { requireXsd: false }).validity); // "valid-without-xsd"
 * ```
 */
export const checkStructureLeistung: (leistung: Leistung, options?: CheckStructureOptions) => StructureReport =
  checks.checkStructureLeistung;

/** @deprecated use {@link checkStructureLeistung} (same function). */
export const validateLeistung: (leistung: Leistung, options?: CheckStructureOptions) => StructureReport = checkStructureLeistung;

/**
 * The model rules of a transfer message through `runRules`, as a {@link Report}: the structural findings
 * (binding, exactly-one choices, `loesche/@klasse`) and the rules `XZUFI-001` to `XZUFI-006`, which a policy
 * can switch off and re-level and every report format (text, JSON, JUnit, SARIF) names. Synchronous, never throws.
 *
 * @example
 * ```ts
 * import { check, parse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const report = check(parse(xml), { file: "leistungen.xml" });
 * for (const d of report.diagnostics) console.log(d.ruleId ?? d.code, d.path, d.message); // e.g. XZUFI-004
 * ```
 */
export const check: (nachricht: Nachricht, options?: CheckOptions) => Report = checks.check;

/**
 * {@link check} for a single Leistung.
 *
 * @example
 * ```ts
 * import { checkLeistung, createLeistung } from "fim-xoev/xzufi/v2_3_1";
 * const leistung = createLeistung({ id: { value: "99108001000000", schemeAgencyID: "B100019" } });
 * const report = checkLeistung(leistung);
 * console.log(report.diagnostics.map((d) => d.ruleId)); // XZUFI-004: no Leistungsbezeichnung (modulText 02)
 * ```
 */
export const checkLeistung: (leistung: Leistung, options?: CheckOptions) => Report = checks.checkLeistung;
