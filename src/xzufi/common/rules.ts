/**
 * The XZuFi rules every version shares: the walk through a transfer message (`schreibe`, `loesche`), the
 * structural check against the version's binding, exactly-one choices, and the LeiKa key rules `XZUFI-001` to
 * `XZUFI-006`.
 *
 * Version-independent because the rule ids and what they decide are defined once for XZuFi (they rest on the
 * LeiKa Leistungsschlüssel, which is the same for every version) and must not drift apart between versions.
 * What differs — where a version keeps the key, the Leistungsgruppierung and Verrichtung, the SDG codes and the
 * structured modules, and which objects a `schreibe` can hold — each version passes in its
 * {@link XzufiRuleProfile}. Imports `core/` and `leika/` only.
 */
import { checkValue } from "../../core/binding/check.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { hasErrors } from "../../core/diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from "../../core/diagnostics/diagnostic.ts";
import { ruleFinding } from "../../core/validation/finding.ts";
import type { AcceptancePolicy } from "../../core/validation/policy.ts";
import type { Report, ReportGap, Validity } from "../../core/validation/report.ts";
import { defineRule, type Rule } from "../../core/validation/rule.ts";
import { runRules } from "../../core/validation/run-rules.ts";
import { LeikaTextmodul } from "../../leika/codes.ts";
import { type Leistungstyp, leistungstypOf, safeParseLeistungsschluessel, splitLeistungsschluessel } from "../../leika/key.ts";

/** The outcome of `validate`: every finding, and whether none is an error. */
export interface ValidationReport {
  /**
   * True when no finding has severity `error` or `fatal` and the caller accepts that no XSD validated the
   * message (`requireXsd: false`): `validate` checks a model against the reconstructed binding and the XZuFi
   * rules, never against an XSD, so by default it does not call a message valid.
   */
  readonly valid: boolean;
  /** `invalid` when a finding is an error, else `valid-without-xsd`. */
  readonly validity: Validity;
  /** The XSD stage did not run (always so here; validate the XML with `validateXsd` and a schema folder for it). */
  readonly incomplete: readonly ReportGap[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The outcome of a version's `checkStructure`: every finding, and whether none is an error. */
export type StructureReport = ValidationReport;

/**
 * Options of a version's `checkStructure`.
 *
 * @example
 * ```ts
 * import { type CheckStructureOptions, checkStructure, parse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const options: CheckStructureOptions = { file: "leistungen.xml", requireXsd: false };
 * console.log(checkStructure(parse(xml), options).valid);
 * ```
 */
export type CheckStructureOptions = ValidateOptions;

/** Options of `validate`. */
export interface ValidateOptions {
  /** File name to put into diagnostics. */
  readonly file?: string;
  /**
   * Require that an XSD validated the message before calling it valid (default `true`). `validate` works on a
   * model and runs no XSD, so `valid` is true only with `requireXsd: false`.
   */
  readonly requireXsd?: boolean;
}

const NO_XSD: readonly ReportGap[] = [
  {
    stage: "xsd",
    reason: "validate() checks the model against the binding and rules only; no XSD validated the message",
    requested: false,
  },
];

/** What a version passes to the shared rules; `L` is its `Leistung`. */
export interface XzufiRuleProfile<L> {
  /** Canonical prefix of the namespace in paths. */
  readonly prefix: string;
  /** Root element name of a message that does not keep one. */
  readonly defaultRootElement: string;
  /** Binding types the structural check starts from. */
  readonly nachricht: ComplexType;
  readonly leistung: ComplexType;
  /** Local names of the objects a `schreibe` holds exactly one of (such a root element is not a transfer message). */
  readonly objectElements: readonly string[];
  /** Values of `loesche/@klasse`. */
  readonly loescheKlassen: readonly string[];
  /** The version's rules on a Leistung, written with the helpers of {@link XzufiRules}. */
  readonly leistungRules: (rules: XzufiRules, leistung: L, path: string) => void;
}

const STRUKTUR_FUER_TYP: Readonly<Record<Leistungstyp, string>> = {
  LO: "LeistungsstrukturObjekt",
  LOV: "LeistungsstrukturObjektMitVerrichtung",
  LOVD: "LeistungsstrukturObjektMitVerrichtungUndDetail",
};

/** `[n]` for the n-th item of a list with more than one item, else nothing (canonical path steps). */
export function indexStep(arr: readonly unknown[], i: number): string {
  return arr.length > 1 ? `[${i + 1}]` : "";
}

/** Collects findings; the helpers are the rules shared by every version. */
export class XzufiRules {
  readonly out: Diagnostic[] = [];
  readonly prefix: string;
  constructor(
    readonly options: ValidateOptions,
    readonly profile: XzufiRuleProfile<never>,
  ) {
    this.prefix = profile.prefix;
  }

  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    severity: Severity,
    path: string,
    at: object | undefined,
    ruleId?: string,
  ): void {
    this.out.push(ruleFinding({ code, params, severity, path, at, ruleId, file: this.options.file }));
  }

  /** Exactly one of some optional properties must be set. */
  exactlyOne(obj: object, props: readonly string[], path: string): void {
    const P = this.prefix;
    const set = props.filter((p) => (obj as Record<string, unknown>)[p] !== undefined);
    if (set.length === 0) this.report("missing-element", { element: props.map((p) => `${P}:${p}`).join("|") }, "error", path, obj);
    for (const extra of set.slice(1))
      this.report("unexpected-element", { element: `${P}:${extra}` }, "error", `${path}/${P}:${extra}`, obj);
  }

  /** `fristauswahl`: exactly one of `fristDauer`, `fristStichtag`. */
  fristauswahl(f: object | undefined, path: string): void {
    if (f !== undefined) this.exactlyOne(f, ["fristDauer", "fristStichtag"], `${path}/${this.prefix}:fristauswahl`);
  }

  /** `kostenauswahl`: exactly one of `kostenFix`, `kostenFrei`, `kostenVariabel`. */
  kostenauswahl(k: object | undefined, path: string): void {
    if (k !== undefined) this.exactlyOne(k, ["kostenFix", "kostenFrei", "kostenVariabel"], `${path}/${this.prefix}:kostenauswahl`);
  }

  /** XZUFI-001: a reference to a Leistungsschlüssel holds 14 digits; returns the key when it does. */
  leistungsschluessel(value: string | undefined, path: string, at: object): string | undefined {
    const parsed = safeParseLeistungsschluessel(value ?? "");
    if (!parsed.success || parsed.data !== value) {
      this.report("invalid-value", { value: String(value), expected: "a 14-digit Leistungsschlüssel" }, "error", path, at, "XZUFI-001");
      return undefined;
    }
    return parsed.data;
  }

  /**
   * XZUFI-002 and XZUFI-003: the Leistungsstruktur fits the key — its `xsi:type` the Leistungstyp, its
   * Leistungsgruppierung and Verrichtung codes (with their paths) the parts of the key.
   */
  struktur(
    key: string | undefined,
    s: { readonly xsiType: string } | undefined,
    path: string,
    gruppierung: { readonly code: string | undefined; readonly path: string },
    verrichtung: { readonly code: string | undefined; readonly path: string },
  ): void {
    if (key === undefined || s === undefined) return;
    const parsed = safeParseLeistungsschluessel(key);
    if (!parsed.success) return;
    const typ = leistungstypOf(parsed.data);
    const expected = STRUKTUR_FUER_TYP[typ];
    if (s.xsiType !== expected) {
      this.report(
        "invalid-value",
        { value: s.xsiType, expected: `${expected} for the ${typ} key ${key}` },
        "warning",
        `${path}/@xsi:type`,
        s,
        "XZUFI-002",
      );
    }
    const teile = splitLeistungsschluessel(parsed.data);
    if (gruppierung.code !== undefined && Number(gruppierung.code) !== Number(teile.leistungsgruppierung)) {
      this.report(
        "invalid-value",
        { value: gruppierung.code, expected: `Leistungsgruppierung ${teile.leistungsgruppierung} of ${key}` },
        "warning",
        gruppierung.path,
        s,
        "XZUFI-003",
      );
    }
    if (verrichtung.code !== undefined && Number(verrichtung.code) !== Number(teile.verrichtung)) {
      this.report(
        "invalid-value",
        { value: verrichtung.code, expected: `Verrichtung ${teile.verrichtung} of ${key}` },
        "warning",
        verrichtung.path,
        s,
        "XZUFI-003",
      );
    }
  }

  /** XZUFI-004: a Leistung has a Leistungsbezeichnung (`modulText` with text module `02`). */
  leistungsbezeichnung(modulText: readonly { readonly leikaTextmodul?: { readonly code?: string } }[], path: string, at: object): void {
    if (!modulText.some((m) => m.leikaTextmodul?.code === LeikaTextmodul.leistungsbezeichnung)) {
      const P = this.prefix;
      this.report("missing-element", { element: `${P}:modulText[${P}:leikaTextmodul/code='02']` }, "warning", path, at, "XZUFI-004");
    }
  }

  /** XZUFI-005: an `idSekundaer` with `schemeID="LEIKA_SCHLUESSEL"` holds a Leistungsschlüssel. */
  idSekundaer(ids: readonly { readonly schemeID?: string; readonly value?: string }[], path: string): void {
    ids.forEach((id, i) => {
      if (id.schemeID === "LEIKA_SCHLUESSEL" && !safeParseLeistungsschluessel(id.value ?? "").success) {
        this.report(
          "invalid-value",
          { value: String(id.value), expected: "a Leistungsschlüssel" },
          "warning",
          `${path}/${this.prefix}:idSekundaer${indexStep(ids, i)}`,
          id,
          "XZUFI-005",
        );
      }
    });
  }

  /** XZUFI-006: SDG Informationsbereich codes of the list at `path` (one step per code) have `digits` digits. */
  sdgCodes(codes: readonly { readonly code?: string }[], digits: number, expected: string, path: string): void {
    const pattern = new RegExp(`^[0-9]{${digits}}$`);
    codes.forEach((c, i) => {
      if (typeof c.code === "string" && !pattern.test(c.code)) {
        this.report("invalid-value", { value: c.code, expected }, "warning", `${path}${indexStep(codes, i)}/code`, c, "XZUFI-006");
      }
    });
  }

  leistung(l: object, path: string): void {
    (this.profile.leistungRules as (r: XzufiRules, l: object, path: string) => void)(this, l, path);
  }

  schreibe(s: object, path: string): void {
    this.exactlyOne(s, this.profile.objectElements, path);
    const leistung = (s as { leistung?: object }).leistung;
    if (leistung !== undefined) this.leistung(leistung, `${path}/${this.prefix}:leistung`);
  }

  nachricht(n: { readonly elementName?: string; readonly operation?: unknown }): void {
    const P = this.prefix;
    const root = `/${P}:${n.elementName ?? this.profile.defaultRootElement}`;
    this.out.push(
      ...checkValue(n, this.profile.nachricht, root, { prefix: P, ...(this.options.file !== undefined && { file: this.options.file }) }),
    );
    const ops = (Array.isArray(n.operation) ? n.operation : []) as readonly { schreibe?: object; loesche?: { klasse?: unknown } }[];
    const totals = { schreibe: 0, loesche: 0 };
    for (const op of ops) {
      if ("schreibe" in op) totals.schreibe++;
      else if ("loesche" in op) totals.loesche++;
    }
    const seen = { schreibe: 0, loesche: 0 };
    for (const op of ops) {
      if ("schreibe" in op && op.schreibe !== undefined) {
        seen.schreibe++;
        this.schreibe(op.schreibe, `${root}/${P}:schreibe${totals.schreibe > 1 ? `[${seen.schreibe}]` : ""}`);
      } else if ("loesche" in op && op.loesche !== undefined) {
        seen.loesche++;
        const klasse = op.loesche.klasse;
        if (typeof klasse === "string" && !this.profile.loescheKlassen.includes(klasse)) {
          this.report(
            "unknown-code",
            { value: klasse, codeList: "loesche/@klasse" },
            "error",
            `${root}/${P}:loesche${totals.loesche > 1 ? `[${seen.loesche}]` : ""}/@klasse`,
            op.loesche,
          );
        }
      }
    }
  }
}

function report(out: Diagnostic[], options: ValidateOptions): ValidationReport {
  const ok = !hasErrors(out);
  return {
    valid: ok && options.requireXsd === false,
    validity: ok ? "valid-without-xsd" : "invalid",
    incomplete: NO_XSD,
    diagnostics: out,
  };
}

/** Validates a transfer message with a version's profile. Never throws. */
export function validateNachricht<L>(profile: XzufiRuleProfile<L>, nachricht: object, options: ValidateOptions = {}): ValidationReport {
  const rules = new XzufiRules(options, profile as XzufiRuleProfile<never>);
  rules.nachricht(nachricht);
  return report(rules.out, options);
}

/** Validates a single Leistung with a version's profile, as inside a message. Never throws. */
export function validateLeistung<L extends object>(
  profile: XzufiRuleProfile<L>,
  leistung: L,
  options: ValidateOptions = {},
): ValidationReport {
  const rules = new XzufiRules(options, profile as XzufiRuleProfile<never>);
  const path = `/${profile.prefix}:leistung`;
  rules.out.push(
    ...checkValue(leistung, profile.leistung, path, { prefix: profile.prefix, ...(options.file !== undefined && { file: options.file }) }),
  );
  rules.leistung(leistung, path);
  return report(rules.out, options);
}

/**
 * Options of `check`.
 *
 * @example
 * ```ts
 * import { type CheckOptions, check, parse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const options: CheckOptions = { file: "leistungen.xml" };
 * console.log(check(parse(xml), options).diagnostics.length);
 * ```
 */
export interface CheckOptions {
  /** File name to put into the report and every finding. */
  readonly file?: string | undefined;
  /** Switches rules off (or on); severities are re-levelled by `applyPolicy`/`accept`. */
  readonly policy?: AcceptancePolicy | undefined;
}

/** A finding of the shared walk that belongs to one of the XZuFi rules, as the runner's rules visit it. */
interface XzufiBefund {
  readonly diagnostic: Diagnostic;
}

/** The node kinds the XZuFi rules visit. */
interface XzufiKnoten {
  readonly befund: XzufiBefund;
}

const xzufiRule = (id: string, severity: Severity, de: string, en: string, description: string): Rule<XzufiKnoten, undefined> =>
  defineRule<XzufiKnoten, undefined>({
    id,
    severity,
    message: { de, en },
    description,
    visit: {
      befund(b, ctx) {
        if (b.diagnostic.ruleId === id) ctx.emit(b.diagnostic);
      },
    },
  });

/**
 * The XZuFi rules `XZUFI-001` to `XZUFI-006` as rule objects, so that `check` runs them through `runRules`
 * (policies switch them off, reports list them, SARIF and JUnit name them). What each decides is the shared
 * walk above ({@link XzufiRules}); the ids are never renumbered.
 */
export const XZUFI_RULES: readonly Rule<XzufiKnoten, undefined>[] = [
  xzufiRule(
    "XZUFI-001",
    "error",
    "Die Referenz auf den Leistungsschlüssel ist kein 14-stelliger Leistungsschlüssel.",
    "The Leistungsschlüssel reference is not a 14-digit Leistungsschlüssel.",
    "`referenzLeiKa/code` (2.2.0) or `referenzLeistungsschluessel` (2.3.1) holds a 14-digit Leistungsschlüssel.",
  ),
  xzufiRule(
    "XZUFI-002",
    "warning",
    "Der xsi:type der Leistungsstruktur passt nicht zum Leistungstyp des Schlüssels.",
    "The Leistungsstruktur's xsi:type does not match the Leistungstyp of the key.",
    "`struktur/@xsi:type` matches the Leistungstyp (LO, LOV, LOVD) of the key.",
  ),
  xzufiRule(
    "XZUFI-003",
    "warning",
    "Leistungsgruppierung oder Verrichtung der Leistungsstruktur passen nicht zum Schlüssel.",
    "The Leistungsgruppierung or Verrichtung of the Leistungsstruktur does not match the key.",
    "The Leistungsgruppierung and Verrichtung codes in `struktur` match the parts of the key.",
  ),
  xzufiRule(
    "XZUFI-004",
    "warning",
    "Die Leistung hat keine Leistungsbezeichnung (modulText mit Textmodul 02).",
    "The Leistung has no Leistungsbezeichnung (modulText with text module 02).",
    "A Leistung has a `modulText` with text module `02`.",
  ),
  xzufiRule(
    "XZUFI-005",
    "warning",
    "Eine idSekundaer mit schemeID LEIKA_SCHLUESSEL enthält keinen Leistungsschlüssel.",
    "An idSekundaer with schemeID LEIKA_SCHLUESSEL holds no Leistungsschlüssel.",
    'An `idSekundaer` with `schemeID="LEIKA_SCHLUESSEL"` holds a Leistungsschlüssel.',
  ),
  xzufiRule(
    "XZUFI-006",
    "warning",
    "Ein SDG-Informationsbereich-Code hat nicht die vorgeschriebene Stellenzahl.",
    "An SDG Informationsbereich code does not have the required number of digits.",
    "SDG Informationsbereich 1 codes have 7 digits, Informationsbereich 2 codes (2.3.1) 4 digits.",
  ),
];

/** Runs the shared walk, then the XZuFi rules over its findings through `runRules`. */
function checkWith(out: readonly Diagnostic[], standard: string, options: CheckOptions): Report {
  const strukturell = out.filter((d) => d.ruleId === undefined);
  const befunde = out.filter((d) => d.ruleId !== undefined);
  const run = runRules(
    XZUFI_RULES,
    (visit) => {
      for (const d of befunde) visit("befund", { diagnostic: d });
    },
    {
      options: undefined,
      ...(options.policy !== undefined && { policy: options.policy }),
      // Findings come as whole diagnostics (ctx.emit), so no model object is ever located.
      locate: () => ({ path: "/" }),
      file: options.file,
    },
  );
  const diagnostics = [...strukturell, ...run.diagnostics];
  return {
    file: options.file,
    standard,
    completed: true,
    stages: [{ stage: "rules", status: hasErrors(diagnostics) ? "failed" : "passed" }],
    diagnostics,
    rulesExecuted: run.executed,
    rulesSkipped: run.skipped,
  };
}

/**
 * Checks a transfer message with a version's profile: the structural findings (binding, exactly-one
 * choices, `loesche/@klasse`) and the XZuFi rules through `runRules`. Never throws.
 */
export function checkNachricht<L>(profile: XzufiRuleProfile<L>, standard: string, nachricht: object, options: CheckOptions = {}): Report {
  const rules = new XzufiRules(options.file !== undefined ? { file: options.file } : {}, profile as XzufiRuleProfile<never>);
  rules.nachricht(nachricht);
  return checkWith(rules.out, standard, options);
}

/** Checks a single Leistung as {@link checkNachricht} does inside a message. Never throws. */
export function checkLeistung<L extends object>(
  profile: XzufiRuleProfile<L>,
  standard: string,
  leistung: L,
  options: CheckOptions = {},
): Report {
  const rules = new XzufiRules(options.file !== undefined ? { file: options.file } : {}, profile as XzufiRuleProfile<never>);
  const path = `/${profile.prefix}:leistung`;
  rules.out.push(
    ...checkValue(leistung, profile.leistung, path, { prefix: profile.prefix, ...(options.file !== undefined && { file: options.file }) }),
  );
  rules.leistung(leistung, path);
  return checkWith(rules.out, standard, options);
}

/**
 * The check functions of one version: `checkStructure` (the structural check with the old report shape) and
 * `check` (a `Report` through `runRules`), each for a transfer message and for a single Leistung.
 */
export function xzufiChecks<N extends object, L extends object>(profile: XzufiRuleProfile<L>, standard: string) {
  return {
    checkStructure: (nachricht: N, options: ValidateOptions = {}): ValidationReport => validateNachricht(profile, nachricht, options),
    checkStructureLeistung: (leistung: L, options: ValidateOptions = {}): ValidationReport => validateLeistung(profile, leistung, options),
    check: (nachricht: N, options: CheckOptions = {}): Report => checkNachricht(profile, standard, nachricht, options),
    checkLeistung: (leistung: L, options: CheckOptions = {}): Report => checkLeistung(profile, standard, leistung, options),
  };
}
