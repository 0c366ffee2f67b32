/**
 * What the FIM-QS rules of XDatenfelder 3.0.0 visit: every distinct element of a message once (by id +
 * version, as the reference QS report lists them), each structure row of a schema or group, every rule,
 * every referenced code list, plus the whole document for checks that look across elements.
 */
import type { CodeListDocument } from "../../../core/codelists/genericode.ts";
import type { Rule } from "../../../core/validation/rule.ts";
import type { QsBasisKontext } from "../../common/qs/basis.ts";
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
export interface RegelKnoten {
  readonly regel: Regel;
  readonly owner: Stammdatenschema | Datenfeldgruppe | Datenfeld;
}

/** A structure row with the schema or group it belongs to. */
export interface StrukturKnoten {
  readonly parent: Container;
  readonly parentKind: "stammdatenschema" | "datenfeldgruppe";
  readonly struktur: Struktur;
  /** The element the row contains. */
  readonly child: Datenfeld | Datenfeldgruppe;
  readonly childKind: "datenfeld" | "datenfeldgruppe";
}

/** A code list referenced from a field (distinct by identification + version). */
export interface CodelisteKnoten {
  readonly referenz: GenericodeIdentification;
  readonly feld: Datenfeld;
}

/** The node kinds rules can visit. */
export interface V3Knoten {
  readonly stammdatenschema: Stammdatenschema;
  readonly datenfeldgruppe: Datenfeldgruppe;
  readonly datenfeld: Datenfeld;
  readonly regel: RegelKnoten;
  readonly dokumentsteckbrief: Dokumentsteckbrief;
  readonly struktur: StrukturKnoten;
  readonly codeliste: CodelisteKnoten;
}

/**
 * The code lists a message refers to, resolved beforehand (rules are synchronous; resolving is not): build
 * one with `resolveCodeLists(nachricht, provider)` from any core `CodeListProvider` (in-memory, directory,
 * XRepository). Checks that need it (1115, 1076, 1121–1123) run only when one is given; otherwise they are
 * reported as skipped.
 */
export interface CodeListLookup {
  /** The list a reference names (its version, or the newest when it names none); undefined when not retrievable. */
  find(referenz: GenericodeIdentification): CodeListDocument | undefined;
  /** The newest version of a list; undefined when not retrievable. */
  latest(canonicalIdentification: string): CodeListDocument | undefined;
}

/** Options of a QS run. */
export interface QsOptions {
  /** Resolved code lists; without them, the checks that need code-list contents are skipped. */
  readonly codeLists?: CodeListLookup | undefined;
}

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

export { elementKey, leer } from "../../common/view.ts";

/** The element a structure row contains. */
export function enthaltenesElement(
  s: Struktur,
): { kind: "datenfeld"; el: Datenfeld } | { kind: "datenfeldgruppe"; el: Datenfeldgruppe } | undefined {
  if ("datenfeld" in s.enthaelt && s.enthaelt.datenfeld !== undefined) return { kind: "datenfeld", el: s.enthaelt.datenfeld };
  if ("datenfeldgruppe" in s.enthaelt && s.enthaelt.datenfeldgruppe !== undefined)
    return { kind: "datenfeldgruppe", el: s.enthaelt.datenfeldgruppe };
  return undefined;
}
