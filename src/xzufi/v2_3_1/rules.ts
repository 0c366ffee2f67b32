/**
 * Structural validation of the XZuFi 2.3.1 model, without XML: required elements and value types from the
 * binding, code lists, exactly-one choices, and LeiKa key rules. Works on parsed models (findings carry the
 * source line) and on models built in code. The rules are shared by every XZuFi version
 * (`../common/rules.ts`); this module says where 2.3.1 keeps what they check.
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
import * as common from "../common/rules.ts";
import { indexStep as idx, type XzufiRuleProfile } from "../common/rules.ts";
import * as B from "./binding.ts";
import { LOESCHE_KLASSE_VALUES } from "./codes.ts";
import { CONFIG } from "./config.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, PREFIX } from "./namespace.ts";

/** The outcome of {@link checkStructure}: every finding, and whether none is an error. */
export type StructureReport = common.ValidationReport;
/** @deprecated use {@link StructureReport} (the name `validate*` goes to the full pipeline). */
export type ValidationReport = common.ValidationReport;

/** Options of {@link checkStructure}. */
export type CheckStructureOptions = common.ValidateOptions;
/** @deprecated use {@link CheckStructureOptions}. */
export type ValidateOptions = common.ValidateOptions;

/** Options of {@link check}: file name and policy. */
export type CheckOptions = common.CheckOptions;

const PROFILE: XzufiRuleProfile<Leistung> = {
  prefix: PREFIX,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  nachricht: B.Nachricht,
  leistung: B.Leistung,
  schreibeObjekte: CONFIG.objectElements,
  loescheKlassen: LOESCHE_KLASSE_VALUES,
  leistungRules(r, l, path) {
    // XZUFI-001 / 002 / 003: the key reference and the structure
    const keys: string[] = [];
    (l.referenzLeistungsschluessel ?? []).forEach((ref, i) => {
      const p = `${path}/${PREFIX}:referenzLeistungsschluessel${idx(l.referenzLeistungsschluessel, i)}`;
      const key = r.leistungsschluessel(ref.value, p, ref);
      if (key !== undefined) keys.push(key);
    });
    const s = l.struktur;
    const struktur = `${path}/${PREFIX}:struktur`;
    r.struktur(
      keys[0],
      s,
      struktur,
      { code: s?.leistungsgruppierungLeiKa?.code, path: `${struktur}/${PREFIX}:leistungsgruppierungLeiKa/code` },
      {
        code: s !== undefined && "verrichtungLeiKa" in s ? s.verrichtungLeiKa?.code : undefined,
        path: `${struktur}/${PREFIX}:verrichtungLeiKa/code`,
      },
    );
    r.leistungsbezeichnung(l.modulText ?? [], path, l); // XZUFI-004
    r.idSekundaer(l.idSekundaer ?? [], path); // XZUFI-005
    // XZUFI-006: SDG Informationsbereich codes
    const sdg = l.informationsbereicheSDG;
    const sdgPath = `${path}/${PREFIX}:informationsbereicheSDG`;
    r.sdgCodes(
      sdg?.informationsbereichSDG1 ?? [],
      7,
      "a 7-digit SDG Informationsbereich code",
      `${sdgPath}/${PREFIX}:informationsbereichSDG1`,
    );
    r.sdgCodes(
      sdg?.informationsbereichSDG2 ?? [],
      4,
      "a 4-digit SDG Informationsbereich 2 code",
      `${sdgPath}/${PREFIX}:informationsbereichSDG2`,
    );
    // exactly-one choices inside the structured modules
    (l.modulFrist ?? []).forEach((m, j, ms) => {
      (m.frist ?? []).forEach((f, i, a) => {
        r.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulFrist${idx(ms, j)}/${PREFIX}:frist${idx(a, i)}`);
      });
    });
    (l.modulBearbeitungsdauer ?? []).forEach((m, j, ms) => {
      (m.bearbeitungsdauer ?? []).forEach((f, i, a) => {
        r.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulBearbeitungsdauer${idx(ms, j)}/${PREFIX}:bearbeitungsdauer${idx(a, i)}`);
      });
    });
    (l.modulKosten ?? []).forEach((m, j, ms) => {
      (m.kosten ?? []).forEach((k, i, a) => {
        r.kostenauswahl(k.kostenauswahl, `${path}/${PREFIX}:modulKosten${idx(ms, j)}/${PREFIX}:kosten${idx(a, i)}`);
      });
    });
  },
};

/**
 * Checks a transfer message structurally: required elements, value types, code lists, exactly-one choices
 * and LeiKa key rules. Never throws; the report's `valid` is false when a finding is an error.
 */
export function checkStructure(nachricht: Nachricht, options: CheckStructureOptions = {}): StructureReport {
  return common.validateNachricht(PROFILE, nachricht, options);
}

/** Checks a single Leistung as {@link checkStructure} does inside a message. */
export function checkStructureLeistung(leistung: Leistung, options: CheckStructureOptions = {}): StructureReport {
  return common.validateLeistung(PROFILE, leistung, options);
}

/**
 * @deprecated use {@link checkStructure} (same function). `validate` will be the full asynchronous pipeline
 * (XML → detect → XSD → model → rules) that every standard shares.
 */
export const validate: (nachricht: Nachricht, options?: CheckStructureOptions) => StructureReport = checkStructure;

/** @deprecated use {@link checkStructureLeistung} (same function). */
export const validateLeistung: (leistung: Leistung, options?: CheckStructureOptions) => StructureReport = checkStructureLeistung;

/**
 * The model rules of a transfer message through `runRules`, as a {@link Report}: the structural findings
 * (binding, exactly-one choices, `loesche/@klasse`) and the rules `XZUFI-001` to `XZUFI-006`, which a policy
 * can switch off and re-level and every report format (text, JSON, JUnit, SARIF) names. Synchronous, never throws.
 */
export function check(nachricht: Nachricht, options: CheckOptions = {}): Report {
  return common.checkNachricht(PROFILE, "XZuFi 2.3.1", nachricht, options);
}

/** {@link check} for a single Leistung. */
export function checkLeistung(leistung: Leistung, options: CheckOptions = {}): Report {
  return common.checkLeistung(PROFILE, "XZuFi 2.3.1", leistung, options);
}
