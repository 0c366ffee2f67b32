/**
 * What the FIM-QS rules of XDatenfelder 2.0 visit: every distinct element of a message once (by id +
 * version), each structure row of a schema or group, every rule, every code list (referenced or sent as
 * message 0105), plus the whole document for checks that look across elements. The shapes are the common
 * ones (`common/qs/lauf.ts`) over the 2.0 model.
 */
import type { Rule } from "../../../core/validation/rule.ts";
import type { QsBasisKontext } from "../../common/qs/basis.ts";
import type { CodeListLookupVon, QsKnotenVon, QsOptionsVon } from "../../common/qs/lauf.ts";
import type {
  Codeliste,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  GenericodeIdentification,
  Nachricht,
  Regel,
  Stammdatenschema,
  Struktur,
} from "../model.ts";

/** An element that holds structure rows. */
export type Container = Stammdatenschema | Datenfeldgruppe;

/** A rule with the element it belongs to. */
export type RegelKnoten = V2Knoten["regel"];

/** A structure row with the schema or group it belongs to. */
export type StrukturKnoten = V2Knoten["struktur"];

/** A code list: referenced from a field (C-ID + genericode identification) or sent as message 0105. */
export interface CodelisteKnoten {
  readonly identifikation: ElementIdentifikation;
  readonly genericodeIdentification: GenericodeIdentification;
  /** The field that references it (absent for message 0105). */
  readonly feld?: Datenfeld | undefined;
  /** The message 0105 it came in. */
  readonly codeliste?: Codeliste | undefined;
  /** The model object findings point at. */
  readonly target: object;
}

/** The node kinds rules can visit. */
export type V2Knoten = QsKnotenVon<Stammdatenschema, Datenfeldgruppe, Datenfeld, Dokumentsteckbrief, Regel, Struktur, CodelisteKnoten>;

/** Code lists resolved beforehand (see `resolveCodeLists`). */
export type CodeListLookup = CodeListLookupVon<GenericodeIdentification>;

/**
 * Options of a QS run: the code lists resolved beforehand; without them, the checks that need code-list
 * contents are skipped.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * import { type QsOptions, check, resolveCodeLists } from "fim-xoev/xdatenfelder/v2/rules";
 * import { DirectoryCodeListProvider } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * const nachricht = parse(xml);
 * const lookup = await resolveCodeLists(nachricht, new DirectoryCodeListProvider("genericode"));
 * const options: QsOptions = { codeLists: lookup };
 * const report = check(nachricht, options);
 * console.log(report.diagnostics.filter((d) => d.ruleId === "1115").map((d) => d.path));
 * ```
 */
export type QsOptions = QsOptionsVon<GenericodeIdentification>;

/** The whole message, indexed once. */
export interface QsDokument {
  readonly nachricht: Nachricht;
  readonly wurzel: Stammdatenschema | Datenfeldgruppe | Datenfeld | Dokumentsteckbrief | Codeliste | undefined;
  readonly gruppen: ReadonlyMap<string, Datenfeldgruppe>;
  readonly felder: ReadonlyMap<string, Datenfeld>;
  readonly codelisten: ReadonlyMap<string, CodelisteKnoten>;
}

/** What the rules' visitors get as `ctx.options` (with the adapter the common rules read the model through). */
export interface QsKontext extends QsBasisKontext {
  readonly dokument: QsDokument;
  readonly options: QsOptions;
}

/** A FIM-QS rule over XDatenfelder 2.0. */
export type QsRule = Rule<V2Knoten, QsKontext>;

export { enthaltenesElement } from "../../common/qs/lauf.ts";
export { elementKey, leer } from "../../common/view.ts";
