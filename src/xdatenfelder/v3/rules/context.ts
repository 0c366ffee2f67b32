/**
 * What the FIM-QS rules of XDatenfelder 3.0.0 visit: every distinct element of a message once (by id +
 * version, as the reference QS report lists them), each structure row of a schema or group, every rule,
 * every referenced code list, plus the whole document for checks that look across elements. The shapes are
 * the common ones (`common/qs/lauf.ts`) over the 3.0.0 model.
 */
import type { Rule } from "../../../core/validation/rule.ts";
import type { QsBasisKontext } from "../../common/qs/basis.ts";
import type { CodeListLookupVon, QsKnotenVon, QsOptionsVon } from "../../common/qs/lauf.ts";
import type {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  GenericodeIdentification,
  Nachricht,
  Regel,
  Stammdatenschema,
  Struktur,
} from "../model.ts";

/** An element that holds structure rows. */
export type Container = Stammdatenschema | Datenfeldgruppe;

/** A rule with the element it belongs to. */
export type RegelKnoten = V3Knoten["regel"];

/** A structure row with the schema or group it belongs to. */
export type StrukturKnoten = V3Knoten["struktur"];

/** A code list referenced from a field (distinct by identification + version). */
export interface CodelisteKnoten {
  readonly referenz: GenericodeIdentification;
  readonly feld: Datenfeld;
}

/** The node kinds rules can visit. */
export type V3Knoten = QsKnotenVon<Stammdatenschema, Datenfeldgruppe, Datenfeld, Dokumentsteckbrief, Regel, Struktur, CodelisteKnoten>;

/** The code lists a message refers to, resolved beforehand (see `resolveCodeLists`). */
export type CodeListLookup = CodeListLookupVon<GenericodeIdentification>;

/**
 * Options of a QS run: the code lists resolved beforehand; without them, the checks that need code-list
 * contents are skipped.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder/v3";
 * import { type QsOptions, check, resolveCodeLists } from "fim-xoev/xdatenfelder/v3/rules";
 * import { XRepositoryCodeListProvider } from "fim-xoev/codelists";
 *
 * declare const xml: string;
 * const nachricht = parse(xml);
 * const options: QsOptions = { codeLists: await resolveCodeLists(nachricht, new XRepositoryCodeListProvider()) };
 * console.log(check(nachricht, options).rulesSkipped);
 * ```
 */
export type QsOptions = QsOptionsVon<GenericodeIdentification>;

/** The whole message, indexed once for checks that look across elements. */
export interface QsDokument {
  readonly nachricht: Nachricht;
  /** The root element of the message (schema, group, field or Dokumentsteckbrief). */
  readonly wurzel: Stammdatenschema | Datenfeldgruppe | Datenfeld | Dokumentsteckbrief | undefined;
  /** Distinct groups and fields by key (id + `V` + version), in document order. */
  readonly gruppen: ReadonlyMap<string, Datenfeldgruppe>;
  readonly felder: ReadonlyMap<string, Datenfeld>;
  /** Every element (group or field) that contains a given key, keyed by the child's key. */
  readonly eltern: ReadonlyMap<string, readonly Container[]>;
  /** Distinct referenced code lists, keyed by canonical identification + version. */
  readonly codelisten: ReadonlyMap<string, CodelisteKnoten>;
}

/** What the rules' visitors get as `ctx.options` (with the adapter the common rules read the model through). */
export interface QsKontext extends QsBasisKontext {
  readonly dokument: QsDokument;
  readonly options: QsOptions;
}

/** A FIM-QS rule over XDatenfelder 3.0.0. */
export type QsRule = Rule<V3Knoten, QsKontext>;

export { enthaltenesElement } from "../../common/qs/lauf.ts";
export { elementKey, leer } from "../../common/view.ts";
