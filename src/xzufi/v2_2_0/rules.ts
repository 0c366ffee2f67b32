/**
 * Structural validation of the XZuFi 2.2.0 model, without XML: required elements and value types from the
 * binding, code lists, exactly-one choices, and LeiKa key rules. Works on parsed models (findings carry the
 * source line) and on models built in code.
 *
 * Own rule ids (`XZUFI-nnn`, never renumbered):
 * - XZUFI-001 `referenzLeiKa/code` is a 14-digit Leistungsschlüssel (error).
 * - XZUFI-002 `struktur/@xsi:type` matches the Leistungstyp of the key (warning).
 * - XZUFI-003 the Leistungsgruppierung and Verrichtung in `struktur` match the key (warning).
 * - XZUFI-004 a Leistung has a Leistungsbezeichnung (`modulText` with text module `02`) (warning).
 * - XZUFI-005 an `idSekundaer` with `schemeID="LEIKA_SCHLUESSEL"` holds a Leistungsschlüssel (warning).
 * - XZUFI-006 `informationsbereichSDG/code` has 7 digits (warning).
 */
import { checkValue } from "../../core/binding/check.ts";
import { diagnostic, hasErrors } from "../../core/diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from "../../core/diagnostics/diagnostic.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import { LeikaTextmodul } from "../../leika/codes.ts";
import { type Leistungstyp, leistungstypOf, safeParseLeistungsschluessel, splitLeistungsschluessel } from "../../leika/key.ts";
import * as B from "./binding.ts";
import { LOESCHE_KLASSE_VALUES } from "./codes.ts";
import type { Fristauswahl, Kostenauswahl, Leistung, Nachricht, Schreibe } from "./model.ts";
import { DEFAULT_ROOT_ELEMENT, PREFIX } from "./namespace.ts";

/** The outcome of {@link validate}: every finding, and whether none is an error. */
export interface ValidationReport {
  /** True when no finding has severity `error` or `fatal`. */
  readonly valid: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** File name to put into diagnostics. */
  readonly file?: string;
}

const STRUKTUR_FUER_TYP: Readonly<Record<Leistungstyp, string>> = {
  LO: "LeistungsstrukturObjekt",
  LOV: "LeistungsstrukturObjektMitVerrichtung",
  LOVD: "LeistungsstrukturObjektMitVerrichtungUndDetail",
};

const SCHREIBE_OBJEKTE = ["leistung", "organisationseinheit", "zustaendigkeitTransferObjekt", "spezialisierung", "onlinedienst"] as const;

class Rules {
  readonly out: Diagnostic[] = [];
  constructor(readonly options: ValidateOptions) {}

  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    severity: Severity,
    path: string,
    at: object | undefined,
    ruleId?: string,
  ): void {
    const el = at === undefined ? undefined : sourceElement(at);
    this.out.push(
      diagnostic({
        code,
        params,
        severity,
        stage: "rules",
        path,
        location: el === undefined ? undefined : { line: el.line, column: el.column },
        ruleId,
        file: this.options.file,
      }),
    );
  }

  /** Exactly one of some optional properties must be set. */
  exactlyOne(obj: object, props: readonly string[], path: string): void {
    const set = props.filter((p) => (obj as Record<string, unknown>)[p] !== undefined);
    if (set.length === 0) this.report("missing-element", { element: props.map((p) => `${PREFIX}:${p}`).join("|") }, "error", path, obj);
    for (const extra of set.slice(1))
      this.report("unexpected-element", { element: `${PREFIX}:${extra}` }, "error", `${path}/${PREFIX}:${extra}`, obj);
  }

  fristauswahl(f: Fristauswahl | undefined, path: string): void {
    if (f !== undefined) this.exactlyOne(f, ["fristDauer", "fristStichtag"], `${path}/${PREFIX}:fristauswahl`);
  }

  kostenauswahl(k: Kostenauswahl | undefined, path: string): void {
    if (k !== undefined) this.exactlyOne(k, ["kostenFix", "kostenFrei", "kostenVariabel"], `${path}/${PREFIX}:kostenauswahl`);
  }

  leistung(l: Leistung, path: string): void {
    const idx = (arr: readonly unknown[], i: number) => (arr.length > 1 ? `[${i + 1}]` : "");
    // XZUFI-001 / 002 / 003: the LeiKa reference and the structure
    const keys: string[] = [];
    (l.referenzLeiKa ?? []).forEach((ref, i) => {
      const p = `${path}/${PREFIX}:referenzLeiKa${idx(l.referenzLeiKa, i)}/code`;
      const parsed = safeParseLeistungsschluessel(ref.code ?? "");
      if (!parsed.success || parsed.data !== ref.code) {
        this.report("invalid-value", { value: String(ref.code), expected: "a 14-digit Leistungsschlüssel" }, "error", p, ref, "XZUFI-001");
      } else {
        keys.push(parsed.data);
      }
    });
    const key = keys[0];
    const s = l.struktur;
    if (key !== undefined && s !== undefined) {
      const parsed = safeParseLeistungsschluessel(key);
      if (parsed.success) {
        const typ = leistungstypOf(parsed.data);
        const expected = STRUKTUR_FUER_TYP[typ];
        if (s.xsiType !== expected) {
          this.report(
            "invalid-value",
            { value: s.xsiType, expected: `${expected} for the ${typ} key ${key}` },
            "warning",
            `${path}/${PREFIX}:struktur/@xsi:type`,
            s,
            "XZUFI-002",
          );
        }
        const teile = splitLeistungsschluessel(parsed.data);
        const gruppierung = s.leistungsgruppierung?.code;
        if (gruppierung !== undefined && Number(gruppierung) !== Number(teile.leistungsgruppierung)) {
          this.report(
            "invalid-value",
            { value: gruppierung, expected: `Leistungsgruppierung ${teile.leistungsgruppierung} of ${key}` },
            "warning",
            `${path}/${PREFIX}:struktur/${PREFIX}:leistungsgruppierung/code`,
            s,
            "XZUFI-003",
          );
        }
        const verrichtung = "verrichtung" in s ? s.verrichtung?.verrichtungLeiKa?.code : undefined;
        if (verrichtung !== undefined && Number(verrichtung) !== Number(teile.verrichtung)) {
          this.report(
            "invalid-value",
            { value: verrichtung, expected: `Verrichtung ${teile.verrichtung} of ${key}` },
            "warning",
            `${path}/${PREFIX}:struktur/${PREFIX}:verrichtung/${PREFIX}:verrichtungLeiKa/code`,
            s,
            "XZUFI-003",
          );
        }
      }
    }
    // XZUFI-004: a Leistungsbezeichnung
    if (!(l.modulText ?? []).some((m) => m.leikaTextmodul?.code === LeikaTextmodul.leistungsbezeichnung)) {
      this.report(
        "missing-element",
        { element: `${PREFIX}:modulText[${PREFIX}:leikaTextmodul/code='02']` },
        "warning",
        path,
        l,
        "XZUFI-004",
      );
    }
    // XZUFI-005: LeiKa keys in secondary ids
    (l.idSekundaer ?? []).forEach((id, i) => {
      if (id.schemeID === "LEIKA_SCHLUESSEL" && !safeParseLeistungsschluessel(id.value ?? "").success) {
        this.report(
          "invalid-value",
          { value: String(id.value), expected: "a Leistungsschlüssel" },
          "warning",
          `${path}/${PREFIX}:idSekundaer${idx(l.idSekundaer, i)}`,
          id,
          "XZUFI-005",
        );
      }
    });
    // XZUFI-006: SDG Informationsbereich codes
    (l.informationsbereichSDG ?? []).forEach((c, i) => {
      if (typeof c.code === "string" && !/^[0-9]{7}$/.test(c.code)) {
        this.report(
          "invalid-value",
          { value: c.code, expected: "a 7-digit SDG Informationsbereich code" },
          "warning",
          `${path}/${PREFIX}:informationsbereichSDG${idx(l.informationsbereichSDG, i)}/code`,
          c,
          "XZUFI-006",
        );
      }
    });
    // exactly-one choices inside the structured modules
    (l.modulFrist?.frist ?? []).forEach((f, i, a) => {
      this.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulFrist/${PREFIX}:frist${idx(a, i)}`);
    });
    (l.modulBearbeitungsdauer?.bearbeitungsdauer ?? []).forEach((f, i, a) => {
      this.fristauswahl(f.fristauswahl, `${path}/${PREFIX}:modulBearbeitungsdauer/${PREFIX}:bearbeitungsdauer${idx(a, i)}`);
    });
    (l.modulKosten?.kosten ?? []).forEach((k, i, a) => {
      this.kostenauswahl(k.kostenauswahl, `${path}/${PREFIX}:modulKosten/${PREFIX}:kosten${idx(a, i)}`);
    });
  }

  schreibe(s: Schreibe, path: string): void {
    this.exactlyOne(s, SCHREIBE_OBJEKTE, path);
    if ("leistung" in s && s.leistung !== undefined) this.leistung(s.leistung, `${path}/${PREFIX}:leistung`);
  }

  nachricht(n: Nachricht): void {
    const root = `/${PREFIX}:${n.elementName ?? DEFAULT_ROOT_ELEMENT}`;
    this.out.push(
      ...checkValue(n, B.Nachricht, root, { prefix: PREFIX, ...(this.options.file !== undefined && { file: this.options.file }) }),
    );
    const ops = Array.isArray(n.operation) ? n.operation : [];
    const totals = { schreibe: 0, loesche: 0 };
    for (const op of ops) {
      if ("schreibe" in op) totals.schreibe++;
      else if ("loesche" in op) totals.loesche++;
    }
    const seen = { schreibe: 0, loesche: 0 };
    for (const op of ops) {
      if ("schreibe" in op && op.schreibe !== undefined) {
        seen.schreibe++;
        this.schreibe(op.schreibe, `${root}/${PREFIX}:schreibe${totals.schreibe > 1 ? `[${seen.schreibe}]` : ""}`);
      } else if ("loesche" in op && op.loesche !== undefined) {
        seen.loesche++;
        const klasse = op.loesche.klasse;
        if (typeof klasse === "string" && !(LOESCHE_KLASSE_VALUES as readonly string[]).includes(klasse)) {
          this.report(
            "unknown-code",
            { value: klasse, codeList: "loesche/@klasse" },
            "error",
            `${root}/${PREFIX}:loesche${totals.loesche > 1 ? `[${seen.loesche}]` : ""}/@klasse`,
            op.loesche,
          );
        }
      }
    }
  }
}

function report(out: Diagnostic[]): ValidationReport {
  return { valid: !hasErrors(out), diagnostics: out };
}

/**
 * Validates a transfer message structurally: required elements, value types, code lists, exactly-one choices
 * and LeiKa key rules. Never throws; the report's `valid` is false when a finding is an error.
 */
export function validate(nachricht: Nachricht, options: ValidateOptions = {}): ValidationReport {
  const rules = new Rules(options);
  rules.nachricht(nachricht);
  return report(rules.out);
}

/** Validates a single Leistung as {@link validate} does inside a message. */
export function validateLeistung(leistung: Leistung, options: ValidateOptions = {}): ValidationReport {
  const rules = new Rules(options);
  const path = `/${PREFIX}:leistung`;
  rules.out.push(...checkValue(leistung, B.Leistung, path, { prefix: PREFIX, ...(options.file !== undefined && { file: options.file }) }));
  rules.leistung(leistung, path);
  return report(rules.out);
}
