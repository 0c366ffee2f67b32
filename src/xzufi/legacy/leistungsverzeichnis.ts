/**
 * Tolerant reader of the namespace-less, 2.1-style XZuFi `leistungsverzeichnis` (result blocks
 * `ergebnisLeistung` and `ergebnisOrganisationseinheit`), as exported by older editorial systems (e.g. the
 * Berlin service portal sample in the shared corpus). It maps what it can onto the XZuFi 2.2.0 model — the
 * element names of these blocks are those of 2.2.0 objects — and reports everything else:
 *
 * - `legacy-format` (info) once, naming the format;
 * - children and attributes the 2.2.0 binding does not know: `unexpected-element`/`unexpected-attribute`
 *   (warning), kept in `unknownElements`/`unknownAttributes`;
 * - required content that is missing (e.g. `zustaendigkeit/leistungID`): `missing-element` as a warning, since
 *   2.1 did not require it;
 * - codes that are not in today's code lists (e.g. text modules `10`, `12`): `unknown-code` (warning);
 * - an `idSekundaer` with `schemeID="LEIKA_SCHLUESSEL"` whose value is no Leistungsschlüssel (warning).
 *
 * The result converts to a 2.2.0 transfer message with {@link toNachricht22}.
 */
import { checkValue } from "../../core/binding/check.ts";
import { readComplex } from "../../core/binding/read.ts";
import { complexType } from "../../core/binding/types.ts";
import { capDiagnostics } from "../../core/diagnostics/cap.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, resultOf, unwrap } from "../../core/result.ts";
import { ParseContext, sourceElement } from "../../core/xml/cursor.ts";
import { DEFAULT_READ_LIMITS, type ReadOptions, readXml } from "../../core/xml/read.ts";
import { safeParseLeistungsschluessel } from "../../leika/key.ts";
import {
  binding as B22,
  type Identifikator,
  type Leistung,
  type Nachricht,
  type Organisationseinheit,
  type WithUnknownContent,
  XZUFI_VERSION,
} from "../v2_2_0/index.ts";

/**
 * Name of the format, as the `legacy-format` diagnostic states it.
 *
 * @example
 * ```ts
 * import { LEGACY_FORMAT, safeParseLeistungsverzeichnis } from "fim-xoev/xzufi/legacy";
 * declare const xml: string;
 * if (safeParseLeistungsverzeichnis(xml).success) console.log(`read as ${LEGACY_FORMAT}`);
 * ```
 */
export const LEGACY_FORMAT = "XZuFi 2.1 leistungsverzeichnis (no namespace)";

/**
 * Root element of the format.
 *
 * @example
 * ```ts
 * import { LEGACY_ROOT_ELEMENT } from "fim-xoev/xzufi/legacy";
 * declare const xml: string;
 * console.log(xml.includes(`<${LEGACY_ROOT_ELEMENT}`)); // a 2.1-style export
 * ```
 */
export const LEGACY_ROOT_ELEMENT = "leistungsverzeichnis";

/** A 2.1-style Leistungsverzeichnis read into the 2.2.0 model. */
export interface Leistungsverzeichnis extends WithUnknownContent {
  /** The Leistungen (`ergebnisLeistung`). */
  readonly ergebnisLeistung: readonly Leistung[];
  /** The Organisationseinheiten (`ergebnisOrganisationseinheit`). */
  readonly ergebnisOrganisationseinheit: readonly Organisationseinheit[];
}

const LeistungsverzeichnisType = complexType("Leistungsverzeichnis", [
  { kind: "element", prop: "ergebnisLeistung", name: "ergebnisLeistung", occurs: "*", type: B22.Leistung },
  {
    kind: "element",
    prop: "ergebnisOrganisationseinheit",
    name: "ergebnisOrganisationseinheit",
    occurs: "*",
    type: B22.Organisationseinheit,
  },
]);

/**
 * Options of the legacy reader.
 *
 * @example
 * ```ts
 * import { type LegacyParseOptions, safeParseLeistungsverzeichnis } from "fim-xoev/xzufi/legacy";
 * declare const xml: string;
 * const options: LegacyParseOptions = { file: "xzufi_dienstleistung.xml", maxDiagnostics: 50 };
 * console.log(safeParseLeistungsverzeichnis(xml, options).success);
 * ```
 */
export type LegacyParseOptions = Omit<ReadOptions, "prefixes">;

function tolerant(d: Diagnostic): Diagnostic {
  return d.severity === "error" ? ({ ...d, severity: "warning" } as Diagnostic) : d;
}

function checkLeikaIds(ids: readonly Identifikator[], path: string, out: Diagnostic[], file: string | undefined): void {
  ids.forEach((id, i) => {
    if (id.schemeID !== "LEIKA_SCHLUESSEL" || safeParseLeistungsschluessel(id.value).success) return;
    const el = sourceElement(id);
    out.push(
      diagnostic({
        code: "invalid-value",
        params: { value: id.value, expected: "a Leistungsschlüssel (schemeID LEIKA_SCHLUESSEL)" },
        severity: "warning",
        stage: "rules",
        path: `${path}/idSekundaer${ids.length > 1 ? `[${i + 1}]` : ""}`,
        location: el === undefined ? undefined : { line: el.line, column: el.column },
        file,
      }),
    );
  });
}

/**
 * Reads a 2.1-style `leistungsverzeichnis`. Succeeds whenever the document is well-formed XML with that root
 * element and no namespace; everything it cannot map is a diagnostic.
 *
 * @example
 * ```ts
 * import { safeParseLeistungsverzeichnis } from "fim-xoev/xzufi/legacy";
 * declare const xml: string;
 * const result = safeParseLeistungsverzeichnis(xml, { file: "xzufi_dienstleistung.xml" });
 * for (const d of result.diagnostics) console.log(d.severity, d.path, d.message);
 * ```
 */
export function safeParseLeistungsverzeichnis(xml: string | Uint8Array, options: LegacyParseOptions = {}): Result<Leistungsverzeichnis> {
  const read = readXml(xml, { ...options, prefixes: {} });
  if (!read.success) return failure(read.diagnostics);
  const root = read.data.root;
  const ctx = new ParseContext({}, options.file, "model", options.maxDiagnostics);
  if (root.namespace !== "" || root.local !== LEGACY_ROOT_ELEMENT) {
    ctx.report("unknown-root-element", { element: root.namespace === "" ? root.local : `Q{${root.namespace}}${root.local}` }, root, {
      severity: "fatal",
    });
    return failure(ctx.diagnostics as [Diagnostic, ...Diagnostic[]]);
  }
  const diagnostics: Diagnostic[] = [
    diagnostic({
      code: "legacy-format",
      params: { format: LEGACY_FORMAT },
      severity: "info",
      stage: "detect",
      path: `/${LEGACY_ROOT_ELEMENT}`,
      location: { line: root.line, column: root.column },
      file: options.file,
    }),
  ];
  const verzeichnis = readComplex(root, LeistungsverzeichnisType, { namespace: "", ctx }) as unknown as Leistungsverzeichnis;
  diagnostics.push(...ctx.diagnostics.map(tolerant));

  // Code lists and LeiKa ids: what today's lists do not know.
  const rules: Diagnostic[] = [];
  const file = options.file;
  const opts = { prefix: "", ...(file !== undefined && { file }) };
  verzeichnis.ergebnisLeistung.forEach((l, i, all) => {
    const path = `/${LEGACY_ROOT_ELEMENT}/ergebnisLeistung${all.length > 1 ? `[${i + 1}]` : ""}`;
    rules.push(...checkValue(l, B22.Leistung, path, opts).filter((d) => d.code === "unknown-code"));
    checkLeikaIds(l.idSekundaer ?? [], path, rules, file);
  });
  verzeichnis.ergebnisOrganisationseinheit.forEach((oe, i, all) => {
    const path = `/${LEGACY_ROOT_ELEMENT}/ergebnisOrganisationseinheit${all.length > 1 ? `[${i + 1}]` : ""}`;
    rules.push(...checkValue(oe, B22.Organisationseinheit, path, opts).filter((d) => d.code === "unknown-code"));
    checkLeikaIds(oe.idSekundaer ?? [], path, rules, file);
  });
  diagnostics.push(...rules.map(tolerant));
  return resultOf(verzeichnis, capDiagnostics(diagnostics, options.maxDiagnostics ?? DEFAULT_READ_LIMITS.maxDiagnostics, file));
}

/**
 * Reads a 2.1-style `leistungsverzeichnis`.
 *
 * @throws {XoevError} when the document is not well-formed or not a `leistungsverzeichnis`.
 *
 * @example
 * ```ts
 * import { parseLeistungsverzeichnis, toNachricht22 } from "fim-xoev/xzufi/legacy";
 * import { check } from "fim-xoev/xzufi/v2_2_0";
 * declare const xml: string;
 * const report = check(toNachricht22(parseLeistungsverzeichnis(xml)));
 * console.log(report.diagnostics.length);
 * ```
 */
export function parseLeistungsverzeichnis(xml: string | Uint8Array, options?: LegacyParseOptions): Leistungsverzeichnis {
  return unwrap(safeParseLeistungsverzeichnis(xml, options));
}

/**
 * Wraps a Leistungsverzeichnis into a 2.2.0 transfer message: one `schreibe` per Leistung, then one per
 * Organisationseinheit. Content is not changed; run the 2.2.0 `validate` on the result to see what a 2.2.0
 * receiver would miss (e.g. `leistungID` of Zuständigkeiten).
 *
 * @example
 * ```ts
 * import { parseLeistungsverzeichnis, toNachricht22 } from "fim-xoev/xzufi/legacy";
 * import { serialize } from "fim-xoev/xzufi/v2_2_0";
 * declare const xml: string;
 * console.log(serialize(toNachricht22(parseLeistungsverzeichnis(xml)))); // the same content as an XZuFi 2.2.0 message
 * ```
 */
export function toNachricht22(verzeichnis: Leistungsverzeichnis): Nachricht {
  return {
    xzufiVersion: XZUFI_VERSION,
    nachrichtenkopf: {},
    operation: [
      ...verzeichnis.ergebnisLeistung.map((leistung) => ({ schreibe: { leistung } })),
      ...verzeichnis.ergebnisOrganisationseinheit.map((organisationseinheit) => ({ schreibe: { organisationseinheit } })),
    ],
  };
}
