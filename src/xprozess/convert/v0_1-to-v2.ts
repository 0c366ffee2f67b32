/**
 * XProzess 0.1 → 2.0, where the concepts match; everything else is reported as `not-representable` (info, stage
 * `convert`) with the 0.1 key and value, never dropped silently. The one place that imports both versions.
 *
 * | 0.1 | 2.0 Prozess | why |
 * |---|---|---|
 * | `@schluessel` | `id` | the model's identifier (not a LeiKa key) |
 * | `@revision` (number before the dash) | `version` | |
 * | `processName` | `name` | |
 * | `tags` | `schlagwort` (one per entry) | |
 * | `topics` | `klassifikation` (`ordnungsrahmenName` `NPB Themenbereiche`, `klasseID` = the topic) | a classification by subject |
 * | `processType` | `prozesssteckbrief/merkmal` `Prozessart` | the FIM Bund 2.0 export carries the process type as Merkmal `Prozessart` |
 * | `processAuthor` | `zustandsangaben/letzterBearbeiter` | |
 *
 * Not representable: `freigabe` (release level and rights), `modelingMethod` (Code.Modellierungsmethode values
 * are not public), `processStatus`, `organisationLevel`, `taskType`, `reach`, `resultReceiver`, `isTargetModel`,
 * `sourceFile`, `imageFile` and the 32-hex custom keys. Values have their HTML entities resolved.
 */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { failure, type Result, unwrap } from "../../core/result.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import type { AustauschModell } from "../v0_1/model.ts";
import { PREFIX, ROOT_ELEMENT } from "../v0_1/namespace.ts";
import { revisionOf, werteOf } from "../v0_1/parse.ts";
import { safeCreateProzess } from "../v2/build.ts";
import type { Prozess } from "../v2/model.ts";

/**
 * The `ordnungsrahmenName` of the topics mapped to `klassifikation`.
 *
 * @example
 * ```ts
 * import { NPB_THEMEN } from "fim-xoev/xprozess/v0_1";
 * import type { Prozess } from "fim-xoev/xprozess/v2";
 *
 * declare const prozess: Prozess;
 * // the NPB topics that convertToV2 wrote as Klassifikationen
 * const themen = prozess.klassifikation.filter((k) => k.ordnungsrahmenName === NPB_THEMEN).map((k) => k.klasseID);
 * console.log(themen);
 * ```
 */
export const NPB_THEMEN = "NPB Themenbereiche";

/**
 * Maps an XProzess 0.1 model to an XProzess 2.0 Prozess; what has no place is reported (info).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parse, safeConvertToV2 } from "fim-xoev/xprozess/v0_1";
 *
 * const result = safeConvertToV2(parse(readFileSync("npb-gewerbeanmeldung.xml")));
 * if (result.success) console.log(result.data.id, result.data.version, result.data.name, result.data.schlagwort);
 * // what XProzess 2.0 has no place for (freigabe, modelingMethod, …): not-representable infos with key and value
 * for (const d of result.diagnostics) console.log(`${d.severity} ${d.path}: ${d.message}`);
 * ```
 */
export function safeConvertToV2(model: AustauschModell): Result<Prozess> {
  const notes: Diagnostic[] = [];
  const root = `/${PREFIX}:${ROOT_ELEMENT}`;
  const note = (element: string, value: string, at: object) => {
    const el = sourceElement(at);
    notes.push(
      diagnostic({
        code: "not-representable",
        params: { element, value: value.length > 80 ? `${value.slice(0, 80)}…` : value, target: "XProzess 2.0" },
        severity: "info",
        stage: "convert",
        path: `${root}/${element}`,
        ...(el !== undefined && { location: { line: el.line, column: el.column } }),
      }),
    );
  };
  const free = model.freigabe;
  note(
    `${PREFIX}:freigabe`,
    [free.freigabestufe.code, ...(free.leserechte?.organisation ?? []), ...(free.schreibrechte?.organisation ?? [])].join(", "),
    free,
  );

  let name: string | undefined;
  let author: string | undefined;
  const schlagwort: string[] = [];
  const themen: string[] = [];
  const prozessart: string[] = [];
  model.metaInformation.forEach((m, i) => {
    const werte = werteOf(m);
    switch (m.schluessel.code) {
      case "processName":
        name = werte.join(" ");
        break;
      case "tags":
        schlagwort.push(...werte);
        break;
      case "topics":
        themen.push(...werte);
        break;
      case "processType":
        prozessart.push(...werte);
        break;
      case "processAuthor":
        author = werte.join(", ");
        break;
      default:
        note(`${PREFIX}:metaInformation[${i + 1}]`, `${m.schluessel.code}: ${werte.join(" | ")}`, m);
    }
  });
  if (name === undefined) {
    return failure([
      diagnostic({
        code: "missing-element",
        params: { element: "metaInformation processName" },
        severity: "error",
        stage: "convert",
        path: root,
      }),
      ...notes,
    ]);
  }
  const revision = revisionOf(model);
  const built = safeCreateProzess({
    id: model.schluessel,
    ...(revision !== undefined && { version: String(revision) }),
    name,
    klassifikation: themen.map((t) => ({ ordnungsrahmenName: NPB_THEMEN, klasseID: t })),
    schlagwort,
    ...(prozessart.length > 0 && { prozesssteckbrief: { merkmal: [{ merkmalName: "Prozessart", merkmalWert: prozessart }] } }),
    ...(author !== undefined && { zustandsangaben: { letzterBearbeiter: author } }),
  });
  if (!built.success) return built;
  return { success: true, data: built.data, diagnostics: notes };
}

/**
 * Maps an XProzess 0.1 model to an XProzess 2.0 Prozess (see {@link safeConvertToV2}); the `not-representable`
 * infos are dropped — use the safe form to see them.
 *
 * @throws {XoevError} when the model has no `processName`.
 *
 * @example
 * ```ts
 * import { randomUUID } from "node:crypto";
 * import { convertToV2, parse } from "fim-xoev/xprozess/v0_1";
 * import { createNachricht, serialize } from "fim-xoev/xprozess/v2";
 *
 * declare const xml: string;
 * // an NPB model as a Prozess of an XProzess 2.0 Prozessbibliothek
 * const prozess = convertToV2(parse(xml));
 * const nachricht = createNachricht({
 *   nachricht: "prozessbibliothek.export.0203",
 *   produkt: "NPB-Migration",
 *   produkthersteller: "Landkreis Musterkreis",
 *   nachrichtenkopf: { nachrichtUUID: randomUUID(), nachrichtentyp: { code: "0203" }, erstellungszeitpunkt: new Date().toISOString() },
 *   prozessbibliothek: { name: "Nationale Prozessbibliothek (migriert)", prozess: [prozess] },
 * });
 * console.log(serialize(nachricht));
 * ```
 */
export function convertToV2(model: AustauschModell): Prozess {
  return unwrap(safeConvertToV2(model));
}
