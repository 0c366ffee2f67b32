/**
 * The LeiKa Leistungsschlüssel: 14 digits, written plain (`99050012104000`), as a URN
 * (`urn:de:fim:leika:leistung:99050012104000`) or dotted for display (`99.050.012.104.000`).
 *
 * Decomposition (LeiKa): `99 | 050 | 012 | 104 | 000` = prefix | Leistungsgruppierung | Leistungskennung |
 * Verrichtung | Verrichtungsdetail. `000` in the last two parts means "none"; which of them is set decides
 * the Leistungstyp (LO, LOV, LOVD).
 */
import { diagnostic } from "../core/diagnostics/create.ts";
import type { Diagnostic, Stage } from "../core/diagnostics/diagnostic.ts";
import { failure, type Result, success, unwrap } from "../core/result.ts";
import { isBekannteLeistungsgruppierung, isBekannteVerrichtung } from "./codes.ts";

declare const leistungsschluesselBrand: unique symbol;

/** A validated Leistungsschlüssel in its canonical form: exactly 14 ASCII digits. */
export type Leistungsschluessel = string & { readonly [leistungsschluesselBrand]: true };

/** The written forms of a Leistungsschlüssel. */
export type LeistungsschluesselForm = "digits" | "urn" | "dotted";

/**
 * Every written form, in the order `explain` lists them.
 *
 * @example
 * ```ts
 * import { formatLeistungsschluessel, LEISTUNGSSCHLUESSEL_FORMS, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * const key = parseLeistungsschluessel("99108001000000");
 * // 99108001000000, urn:de:fim:leika:leistung:99108001000000, 99.108.001.000.000
 * for (const form of LEISTUNGSSCHLUESSEL_FORMS) console.log(form, formatLeistungsschluessel(key, form));
 * ```
 */
export const LEISTUNGSSCHLUESSEL_FORMS: readonly LeistungsschluesselForm[] = ["digits", "urn", "dotted"];

/**
 * Prefix of the URN form (`codedust/leika-tool`, FIT-Connect `publicServiceType.identifier`).
 *
 * @example
 * ```ts
 * import { LEISTUNGSSCHLUESSEL_URN_PREFIX } from "fim-xoev/leika";
 *
 * declare const identifier: string; // FIT-Connect publicServiceType.identifier
 * if (identifier.startsWith(LEISTUNGSSCHLUESSEL_URN_PREFIX)) console.log(identifier.slice(LEISTUNGSSCHLUESSEL_URN_PREFIX.length));
 * ```
 */
export const LEISTUNGSSCHLUESSEL_URN_PREFIX = "urn:de:fim:leika:leistung:";

/**
 * Leistungstyp of a LeiKa Leistung, derived from the key: LO = Leistungsobjekt only, LOV = with
 * Verrichtung, LOVD = with Verrichtung and Verrichtungsdetail.
 *
 * @example
 * ```ts
 * import { Leistungstyp, leistungstypOf, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * const key = parseLeistungsschluessel("99050012104000");
 * if (leistungstypOf(key) === Leistungstyp.leistungsobjektMitVerrichtung) console.log("LOV: a Leistung with Verrichtung");
 * ```
 */
export const Leistungstyp = {
  leistungsobjekt: "LO",
  leistungsobjektMitVerrichtung: "LOV",
  leistungsobjektMitVerrichtungUndDetail: "LOVD",
} as const;

/** One of the codes of {@link Leistungstyp}. */
export type Leistungstyp = (typeof Leistungstyp)[keyof typeof Leistungstyp];

/**
 * German labels of the Leistungstypen.
 *
 * @example
 * ```ts
 * import { leistungstypBezeichnung, leistungstypOf, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * const typ = leistungstypOf(parseLeistungsschluessel("99108001000000"));
 * console.log(`${typ}: ${leistungstypBezeichnung[typ]}`); // "LO: Leistungsobjekt"
 * ```
 */
export const leistungstypBezeichnung: Readonly<Record<Leistungstyp, string>> = {
  LO: "Leistungsobjekt",
  LOV: "Leistungsobjekt mit Verrichtung",
  LOVD: "Leistungsobjekt mit Verrichtung und Verrichtungsdetail",
};

/** The five parts of a key, each as the zero-padded digits written in the key. */
export interface LeistungsschluesselTeile {
  /** Digits 1–2: catalogue prefix (`99` = federal LeiKa; other values are observed for Land-specific keys). */
  readonly praefix: string;
  /** Digits 3–5: Leistungsgruppierung (LeiKa lists 001–160 and 400–603). */
  readonly leistungsgruppierung: string;
  /** Digits 6–8: Leistungskennung within the Leistungsgruppierung. */
  readonly leistungskennung: string;
  /** Digits 9–11: Verrichtung (Verrichtungskennung 1–279); `000` = none. */
  readonly verrichtung: string;
  /** Digits 12–14: Verrichtungsdetail; `000` = none. */
  readonly verrichtungsdetail: string;
}

const DIGITS = /^[0-9]{14}$/;
const DOTTED = /^([0-9]{2})\.([0-9]{3})\.([0-9]{3})\.([0-9]{3})\.([0-9]{3})$/;
const URN = /^urn:de:fim:leika:leistung:([0-9]{14})$/i;
const PART2 = /^[0-9]{1,2}$/;
const PART3 = /^[0-9]{1,3}$/;
const EXPECTED = "a Leistungsschlüssel: 14 digits, urn:de:fim:leika:leistung:<14 digits> or 99.999.999.999.999";

/**
 * Where a finding about a key should point.
 *
 * @example
 * ```ts
 * import { type KeyDiagnosticOptions, safeParseLeistungsschluessel } from "fim-xoev/leika";
 *
 * // a key read from column 1 of line 17 of an import file: findings point there
 * const where: KeyDiagnosticOptions = { file: "leistungen.csv", location: { line: 17, column: 1 }, stage: "model" };
 * const r = safeParseLeistungsschluessel("99.108.001.000", where);
 * if (!r.success) console.log(r.diagnostics[0].location); // { line: 17, column: 1 }
 * ```
 */
export interface KeyDiagnosticOptions {
  /** Path to put into diagnostics (default `/`). */
  readonly path?: string;
  /** Source position of the value, if it came from a file. */
  readonly location?: { readonly line: number; readonly column?: number };
  /** Stage to report in (default `input`). */
  readonly stage?: Stage;
  /** File name to put into diagnostics. */
  readonly file?: string;
}

/**
 * True for a string in the canonical 14-digit form.
 *
 * @example
 * ```ts
 * import { isLeistungsschluessel, leistungstypOf } from "fim-xoev/leika";
 *
 * declare const value: unknown;
 * // only the canonical 14-digit form passes; use parseLeistungsschluessel for the URN and dotted forms
 * if (isLeistungsschluessel(value)) console.log(leistungstypOf(value));
 * ```
 */
export function isLeistungsschluessel(value: unknown): value is Leistungsschluessel {
  return typeof value === "string" && DIGITS.test(value);
}

/**
 * The form a string is written in, ignoring surrounding white space; `undefined` if it is no key.
 *
 * @example
 * ```ts
 * import { detectLeistungsschluesselForm } from "fim-xoev/leika";
 *
 * console.log(detectLeistungsschluesselForm("urn:de:fim:leika:leistung:99108001000000")); // "urn"
 * console.log(detectLeistungsschluesselForm("99.108.001.000.000")); // "dotted"
 * console.log(detectLeistungsschluesselForm("Wohngeld")); // undefined
 * ```
 */
export function detectLeistungsschluesselForm(input: string): LeistungsschluesselForm | undefined {
  const s = input.trim();
  if (DIGITS.test(s)) return "digits";
  if (URN.test(s)) return "urn";
  if (DOTTED.test(s)) return "dotted";
  return undefined;
}

/**
 * Parses a Leistungsschlüssel in any of the three forms. Surrounding white space is ignored (published
 * lists carry trailing spaces); the URN prefix is matched case-insensitively, as URN schemes and
 * namespace identifiers are. Never throws: an invalid key gives an `invalid-value` diagnostic.
 *
 * @example
 * ```ts
 * import { safeParseLeistungsschluessel } from "fim-xoev/leika";
 *
 * declare const eingabe: string; // what a user typed into a search field
 * const r = safeParseLeistungsschluessel(eingabe);
 * if (r.success) console.log(r.data); // "99050012104000" for "99.050.012.104.000"
 * else console.log(r.diagnostics[0].message); // invalid-value, naming the three accepted forms
 * ```
 */
export function safeParseLeistungsschluessel(input: string, options: KeyDiagnosticOptions = {}): Result<Leistungsschluessel> {
  if (typeof input !== "string") {
    return failure([keyDiagnostic(String(input), options)]);
  }
  const s = input.trim();
  if (DIGITS.test(s)) return success(s as Leistungsschluessel);
  const urn = URN.exec(s);
  if (urn !== null) return success(urn[1] as Leistungsschluessel);
  const dotted = DOTTED.exec(s);
  if (dotted !== null) return success(dotted.slice(1).join("") as Leistungsschluessel);
  return failure([keyDiagnostic(input, options)]);
}

/**
 * Parses a Leistungsschlüssel in any of the three forms.
 *
 * @throws {XoevError} when the input is no key.
 *
 * @example
 * ```ts
 * import { formatLeistungsschluessel, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * const key = parseLeistungsschluessel("urn:de:fim:leika:leistung:99108001000000");
 * console.log(key, formatLeistungsschluessel(key, "dotted")); // 99108001000000 99.108.001.000.000
 * ```
 */
export function parseLeistungsschluessel(input: string, options?: KeyDiagnosticOptions): Leistungsschluessel {
  return unwrap(safeParseLeistungsschluessel(input, options));
}

function keyDiagnostic(value: string, options: KeyDiagnosticOptions): Diagnostic {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return diagnostic({
    code: "invalid-value",
    params: { value: shown, expected: EXPECTED },
    severity: "error",
    stage: options.stage ?? "input",
    path: options.path ?? "/",
    location: options.location,
    file: options.file,
  });
}

/**
 * Writes a key in one of the three forms.
 *
 * @example
 * ```ts
 * import { formatLeistungsschluessel, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * const key = parseLeistungsschluessel("99050012104000");
 * console.log(formatLeistungsschluessel(key, "dotted")); // "99.050.012.104.000"
 * console.log(formatLeistungsschluessel(key, "urn")); // "urn:de:fim:leika:leistung:99050012104000"
 * ```
 */
export function formatLeistungsschluessel(key: Leistungsschluessel, form: LeistungsschluesselForm = "digits"): string {
  if (!isLeistungsschluessel(key)) throw new TypeError(`formatLeistungsschluessel: not a parsed Leistungsschluessel: ${String(key)}`);
  switch (form) {
    case "digits":
      return key;
    case "urn":
      return `${LEISTUNGSSCHLUESSEL_URN_PREFIX}${key}`;
    case "dotted":
      return `${key.slice(0, 2)}.${key.slice(2, 5)}.${key.slice(5, 8)}.${key.slice(8, 11)}.${key.slice(11, 14)}`;
  }
}

/**
 * The five parts of a key.
 *
 * @example
 * ```ts
 * import { parseLeistungsschluessel, splitLeistungsschluessel } from "fim-xoev/leika";
 *
 * const { leistungsgruppierung, leistungskennung, verrichtung } = splitLeistungsschluessel(parseLeistungsschluessel("99050012104000"));
 * console.log(leistungsgruppierung, leistungskennung, verrichtung); // "050" "012" "104"
 * ```
 */
export function splitLeistungsschluessel(key: Leistungsschluessel): LeistungsschluesselTeile {
  return {
    praefix: key.slice(0, 2),
    leistungsgruppierung: key.slice(2, 5),
    leistungskennung: key.slice(5, 8),
    verrichtung: key.slice(8, 11),
    verrichtungsdetail: key.slice(11, 14),
  };
}

/**
 * Parts as they appear in catalogue columns: numbers or digit strings, possibly without zero padding.
 *
 * @example
 * ```ts
 * import { composeLeistungsschluessel, type LeistungsschluesselTeileInput } from "fim-xoev/leika";
 *
 * // the columns of a catalogue row, not zero-padded
 * const teile: LeistungsschluesselTeileInput = { leistungsgruppierung: 50, leistungskennung: "12", verrichtung: 104 };
 * console.log(composeLeistungsschluessel(teile)); // "99050012104000"
 * ```
 */
export interface LeistungsschluesselTeileInput {
  /** Default `99` (federal LeiKa). */
  readonly praefix?: string | number;
  readonly leistungsgruppierung: string | number;
  readonly leistungskennung: string | number;
  /** Absent or empty = `000`. */
  readonly verrichtung?: string | number | undefined;
  /** Absent or empty = `000`. */
  readonly verrichtungsdetail?: string | number | undefined;
}

/**
 * Composes a key from its parts, zero-padding each (LeiKa CSV columns carry e.g. Verrichtung `104` or `1`).
 * A part that is not 1–3 digits (2 for the prefix) gives an `invalid-value` diagnostic.
 *
 * @example
 * ```ts
 * import { safeComposeLeistungsschluessel } from "fim-xoev/leika";
 *
 * const r = safeComposeLeistungsschluessel({ leistungsgruppierung: "108", leistungskennung: "1", verrichtung: "" });
 * if (r.success) console.log(r.data); // "99108001000000"
 * else console.log(r.diagnostics.map((d) => d.message));
 * ```
 */
export function safeComposeLeistungsschluessel(
  teile: LeistungsschluesselTeileInput,
  options: KeyDiagnosticOptions = {},
): Result<Leistungsschluessel> {
  const diagnostics: Diagnostic[] = [];
  const part = (name: string, value: string | number | undefined, width: number): string => {
    const s = value === undefined ? "" : String(value).trim();
    if (s === "") return "0".repeat(width);
    if (!(width === 2 ? PART2 : PART3).test(s)) {
      diagnostics.push(
        diagnostic({
          code: "invalid-value",
          params: { value: s, expected: `${name}: 1 to ${width} digits` },
          severity: "error",
          stage: options.stage ?? "input",
          path: options.path ?? "/",
          location: options.location,
          file: options.file,
        }),
      );
      return "0".repeat(width);
    }
    return s.padStart(width, "0");
  };
  const key =
    part("praefix", teile.praefix ?? "99", 2) +
    part("Leistungsgruppierung", teile.leistungsgruppierung, 3) +
    part("Leistungskennung", teile.leistungskennung, 3) +
    part("Verrichtung", teile.verrichtung, 3) +
    part("Verrichtungsdetail", teile.verrichtungsdetail, 3);
  if (diagnostics.length > 0) return failure(diagnostics as [Diagnostic, ...Diagnostic[]]);
  return success(key as Leistungsschluessel);
}

/**
 * Composes a key from its parts.
 *
 * @throws {XoevError} when a part is not a number of the right width.
 *
 * @example
 * ```ts
 * import { composeLeistungsschluessel, formatLeistungsschluessel } from "fim-xoev/leika";
 *
 * const key = composeLeistungsschluessel({ praefix: 99, leistungsgruppierung: 108, leistungskennung: 1 });
 * console.log(formatLeistungsschluessel(key, "urn")); // "urn:de:fim:leika:leistung:99108001000000"
 * ```
 */
export function composeLeistungsschluessel(teile: LeistungsschluesselTeileInput, options?: KeyDiagnosticOptions): Leistungsschluessel {
  return unwrap(safeComposeLeistungsschluessel(teile, options));
}

/**
 * The Leistungstyp a key denotes: LOVD if a Verrichtungsdetail is set, else LOV if a Verrichtung is set, else LO.
 *
 * @example
 * ```ts
 * import { leistungstypOf, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * console.log(leistungstypOf(parseLeistungsschluessel("99108001000000"))); // "LO"
 * console.log(leistungstypOf(parseLeistungsschluessel("99050012104000"))); // "LOV"
 * ```
 */
export function leistungstypOf(key: Leistungsschluessel): Leistungstyp {
  if (key.slice(11, 14) !== "000") return Leistungstyp.leistungsobjektMitVerrichtungUndDetail;
  if (key.slice(8, 11) !== "000") return Leistungstyp.leistungsobjektMitVerrichtung;
  return Leistungstyp.leistungsobjekt;
}

/**
 * The key of the Leistungsobjekt a key belongs to (Verrichtung and Verrichtungsdetail set to `000`).
 *
 * @example
 * ```ts
 * import { leistungsobjektschluesselOf, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * // the Leistungsobjekt a Leistung with Verrichtung belongs to
 * console.log(leistungsobjektschluesselOf(parseLeistungsschluessel("99050012104000"))); // "99050012000000"
 * ```
 */
export function leistungsobjektschluesselOf(key: Leistungsschluessel): Leistungsschluessel {
  return `${key.slice(0, 8)}000000` as Leistungsschluessel;
}

/**
 * Plausibility findings about a (syntactically valid) key, as warnings: a Verrichtungsdetail without a
 * Verrichtung, and a Leistungsgruppierung or Verrichtung outside the ranges the LeiKa publishes. The
 * ranges change with new catalogue releases, so these are never errors.
 *
 * @example
 * ```ts
 * import { checkLeistungsschluessel, parseLeistungsschluessel } from "fim-xoev/leika";
 *
 * // syntactically a key, but Verrichtungsdetail without Verrichtung: a warning, never an error
 * for (const d of checkLeistungsschluessel(parseLeistungsschluessel("99108001000001"))) console.log(d.severity, d.message);
 * ```
 */
export function checkLeistungsschluessel(key: Leistungsschluessel, options: KeyDiagnosticOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const t = splitLeistungsschluessel(key);
  const at = (value: string, expected: string) =>
    diagnostic({
      code: "invalid-value",
      params: { value, expected },
      severity: "warning",
      stage: options.stage ?? "input",
      path: options.path ?? "/",
      location: options.location,
      file: options.file,
    });
  if (t.verrichtung === "000" && t.verrichtungsdetail !== "000") {
    out.push(at(formatLeistungsschluessel(key, "dotted"), "Verrichtungsdetail 000 when the Verrichtung is 000"));
  }
  if (!isBekannteLeistungsgruppierung(t.leistungsgruppierung)) {
    out.push(at(t.leistungsgruppierung, "a Leistungsgruppierung of the LeiKa (001–160, 400–603 without 149 and 152)"));
  }
  if (t.verrichtung !== "000" && !isBekannteVerrichtung(t.verrichtung)) {
    out.push(at(t.verrichtung, "a Verrichtungskennung of the LeiKa (001–279 without 237, 264 and 266)"));
  }
  return out;
}

/** Everything a key tells, as `fim-xoev leika key` prints it. */
export interface LeistungsschluesselErklaerung {
  /** The key in canonical 14-digit form. */
  readonly schluessel: Leistungsschluessel;
  /** The form the input was written in. */
  readonly eingabeform: LeistungsschluesselForm;
  /** The key in every form. */
  readonly formen: Readonly<Record<LeistungsschluesselForm, string>>;
  /** The five parts. */
  readonly teile: LeistungsschluesselTeile;
  /** LO, LOV or LOVD. */
  readonly leistungstyp: Leistungstyp;
  /** German label of the Leistungstyp. */
  readonly leistungstypBezeichnung: string;
  /** The key of the Leistungsobjekt (Verrichtung and detail zeroed). */
  readonly leistungsobjektschluessel: Leistungsschluessel;
  /** True for the federal catalogue prefix `99`. */
  readonly bundeskatalog: boolean;
}

/**
 * Explains a key: canonical form, all three forms, parts, Leistungstyp. Plausibility warnings
 * ({@link checkLeistungsschluessel}) come back as diagnostics of the successful result.
 *
 * @example
 * ```ts
 * import { safeExplainLeistungsschluessel } from "fim-xoev/leika";
 *
 * const r = safeExplainLeistungsschluessel("99.050.012.104.000");
 * if (r.success) {
 *   const { schluessel, leistungstyp, leistungstypBezeichnung, bundeskatalog } = r.data;
 *   console.log(schluessel, leistungstyp, leistungstypBezeichnung, bundeskatalog);
 *   for (const warnung of r.diagnostics) console.log(warnung.message); // plausibility warnings
 * }
 * ```
 */
export function safeExplainLeistungsschluessel(input: string, options: KeyDiagnosticOptions = {}): Result<LeistungsschluesselErklaerung> {
  const parsed = safeParseLeistungsschluessel(input, options);
  if (!parsed.success) return failure(parsed.diagnostics);
  const key = parsed.data;
  const leistungstyp = leistungstypOf(key);
  const teile = splitLeistungsschluessel(key);
  return success(
    {
      schluessel: key,
      eingabeform: detectLeistungsschluesselForm(input) ?? "digits",
      formen: {
        digits: formatLeistungsschluessel(key, "digits"),
        urn: formatLeistungsschluessel(key, "urn"),
        dotted: formatLeistungsschluessel(key, "dotted"),
      },
      teile,
      leistungstyp,
      leistungstypBezeichnung: leistungstypBezeichnung[leistungstyp],
      leistungsobjektschluessel: leistungsobjektschluesselOf(key),
      bundeskatalog: teile.praefix === "99",
    },
    checkLeistungsschluessel(key, options),
  );
}

/**
 * Explains a key.
 *
 * @throws {XoevError} when the input is no key.
 *
 * @example
 * ```ts
 * import { explainLeistungsschluessel } from "fim-xoev/leika";
 *
 * // what `fim-xoev leika key 99108001000000` prints
 * const e = explainLeistungsschluessel("99108001000000");
 * console.log(e.formen.dotted, e.teile.leistungsgruppierung, e.leistungstypBezeichnung, e.leistungsobjektschluessel);
 * ```
 */
export function explainLeistungsschluessel(input: string, options?: KeyDiagnosticOptions): LeistungsschluesselErklaerung {
  return unwrap(safeExplainLeistungsschluessel(input, options));
}
