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
import * as common from "../common/rules.ts";
import { indexStep as idx, type XzufiRuleProfile } from "../common/rules.ts";
import * as B from "./binding.ts";
import { LOESCHE_KLASSE_VALUES } from "./codes.ts";
import type { Leistung, Nachricht } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, PREFIX } from "./namespace.ts";

/** The outcome of {@link validate}: every finding, and whether none is an error. */
export type ValidationReport = common.ValidationReport;

/** Options of {@link validate}. */
export type ValidateOptions = common.ValidateOptions;

const PROFILE: XzufiRuleProfile<Leistung> = {
  prefix: PREFIX,
  defaultRootElement: DEFAULT_ROOT_ELEMENT,
  nachricht: B.Nachricht,
  leistung: B.Leistung,
  schreibeObjekte: ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst", "formular"],
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
 * Validates a transfer message structurally: required elements, value types, code lists, exactly-one choices
 * and LeiKa key rules. Never throws; the report's `valid` is false when a finding is an error.
 */
export function validate(nachricht: Nachricht, options: ValidateOptions = {}): ValidationReport {
  return common.validateNachricht(PROFILE, nachricht, options);
}

/** Validates a single Leistung as {@link validate} does inside a message. */
export function validateLeistung(leistung: Leistung, options: ValidateOptions = {}): ValidationReport {
  return common.validateLeistung(PROFILE, leistung, options);
}
