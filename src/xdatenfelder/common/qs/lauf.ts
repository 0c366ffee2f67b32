/**
 * What a run of the FIM-QS rules needs in every XDatenfelder version, written once: the node shapes the
 * rules visit (generic over the version's model types), the walker that hands every distinct node of an
 * indexed message to the rules, the run that makes a rules-stage {@link Report} of it, and the resolution of
 * the referenced code lists through a provider. A version supplies its model types, its index of a message
 * and its adapter to the neutral view (`v2/rules`, `v3/rules`).
 */
import type { CodeListDocument } from "../../../core/codelists/genericode.ts";
import type { CodeListProvider } from "../../../core/codelists/provider.ts";
import { hasErrors } from "../../../core/diagnostics/create.ts";
import type { AcceptancePolicy } from "../../../core/validation/policy.ts";
import type { Report } from "../../../core/validation/report.ts";
import type { Rule } from "../../../core/validation/rule.ts";
import { runRules, type SourcePosition, type Walker } from "../../../core/validation/run-rules.ts";
import { sourceElement } from "../../../core/xml/cursor.ts";
import { elementPath } from "../../../core/xml/path.ts";
import { elementKey, type Kennung } from "../view.ts";
import { CODELISTEN } from "./codeliste.ts";

/** A rule (Regel) with the schema, group or field it belongs to. */
export interface RegelKnotenVon<Regel, Owner> {
  readonly regel: Regel;
  readonly owner: Owner;
}

/** A structure row with the schema or group it belongs to and the element it contains. */
export interface StrukturKnotenVon<Container, Struktur, Datenfeld, Datenfeldgruppe> {
  readonly parent: Container;
  readonly parentKind: "stammdatenschema" | "datenfeldgruppe";
  readonly struktur: Struktur;
  /** The element the row contains. */
  readonly child: Datenfeld | Datenfeldgruppe;
  readonly childKind: "datenfeld" | "datenfeldgruppe";
}

/** The node kinds a version's rules visit, over its model types (`V2Knoten`, `V3Knoten`). */
export interface QsKnotenVon<Stammdatenschema, Datenfeldgruppe, Datenfeld, Dokumentsteckbrief, Regel, Struktur, Codeliste> {
  readonly stammdatenschema: Stammdatenschema;
  readonly datenfeldgruppe: Datenfeldgruppe;
  readonly datenfeld: Datenfeld;
  readonly regel: RegelKnotenVon<Regel, Stammdatenschema | Datenfeldgruppe | Datenfeld>;
  readonly dokumentsteckbrief: Dokumentsteckbrief;
  readonly struktur: StrukturKnotenVon<Stammdatenschema | Datenfeldgruppe, Struktur, Datenfeld, Datenfeldgruppe>;
  readonly codeliste: Codeliste;
}

/**
 * The code lists a message refers to, resolved beforehand (rules are synchronous; resolving is not), keyed by
 * the version's genericode identification: build one with `resolveCodeLists(nachricht, provider)` from any
 * core `CodeListProvider` (in-memory, directory, XRepository). Checks that need it (1115, 1076, 1121–1123)
 * run only when one is given; otherwise they are reported as skipped.
 */
export interface CodeListLookupVon<Referenz> {
  /** The list a reference names (its version, or the newest when it names none); undefined when not retrievable. */
  find(referenz: Referenz): CodeListDocument | undefined;
  /** The newest version of a list; undefined when not retrievable. */
  latest(canonicalIdentification: string): CodeListDocument | undefined;
}

/** Options of a QS run. */
export interface QsOptionsVon<Referenz> {
  /** Resolved code lists; without them, the checks that need code-list contents are skipped. */
  readonly codeLists?: CodeListLookupVon<Referenz> | undefined;
}

/** The element a structure row contains. */
export function enthaltenesElement<F, G>(s: {
  readonly enthaelt: { readonly datenfeld: F } | { readonly datenfeldgruppe: G };
}): { kind: "datenfeld"; el: F } | { kind: "datenfeldgruppe"; el: G } | undefined {
  if ("datenfeld" in s.enthaelt && s.enthaelt.datenfeld !== undefined) return { kind: "datenfeld", el: s.enthaelt.datenfeld };
  if ("datenfeldgruppe" in s.enthaelt && s.enthaelt.datenfeldgruppe !== undefined)
    return { kind: "datenfeldgruppe", el: s.enthaelt.datenfeldgruppe };
  return undefined;
}

interface MitRegeln {
  readonly identifikation: Kennung;
  readonly regel: readonly { readonly identifikation: Kennung }[];
}
interface MitStruktur extends MitRegeln {
  readonly struktur: readonly { readonly enthaelt: { readonly datenfeld: object } | { readonly datenfeldgruppe: object } }[];
}

/** What the walker visits of an indexed message. */
export interface QsBaum {
  /** The schema of a message 0102. */
  readonly stammdatenschema: MitStruktur | undefined;
  /** The Dokumentsteckbrief of a message 0101. */
  readonly dokumentsteckbrief: object | undefined;
  /** Distinct groups and fields, in document order. */
  readonly gruppen: Iterable<MitStruktur>;
  readonly felder: Iterable<MitRegeln>;
  readonly codelisten: Iterable<object>;
}

/**
 * Hands every distinct node of an indexed message to `visit`: the schema with its rows and rules, the
 * Dokumentsteckbrief, each group with its rows and rules, each field with its rules, each code list. A rule
 * is visited once (by id + version), with the first element that has it.
 */
export function qsWalker<V>(baum: QsBaum): Walker<V> {
  return (visitTyped) => {
    const visit = visitTyped as unknown as (kind: string, node: object) => void;
    const regeln = new Set<string>();
    const regel = (owner: MitRegeln) => {
      for (const r of owner.regel) {
        const key = elementKey(r.identifikation);
        if (regeln.has(key)) continue;
        regeln.add(key);
        visit("regel", { regel: r, owner });
      }
    };
    const zeilen = (c: MitStruktur, parentKind: "stammdatenschema" | "datenfeldgruppe") => {
      for (const s of c.struktur) {
        const kind = enthaltenesElement(s);
        if (kind !== undefined) visit("struktur", { parent: c, parentKind, struktur: s, child: kind.el, childKind: kind.kind });
      }
    };
    const s = baum.stammdatenschema;
    if (s !== undefined) {
      visit("stammdatenschema", s);
      zeilen(s, "stammdatenschema");
      regel(s);
    }
    if (baum.dokumentsteckbrief !== undefined) visit("dokumentsteckbrief", baum.dokumentsteckbrief);
    for (const g of baum.gruppen) {
      visit("datenfeldgruppe", g);
      zeilen(g, "datenfeldgruppe");
      regel(g);
    }
    for (const f of baum.felder) {
      visit("datenfeld", f);
      regel(f);
    }
    for (const c of baum.codelisten) visit("codeliste", c);
  };
}

/** Options of a version's `check`. */
export interface QsCheckOptionsVon<Referenz> extends QsOptionsVon<Referenz> {
  /** Switches rules off (or deactivated ones on); severities are re-levelled by `applyPolicy`/`accept`. */
  readonly policy?: AcceptancePolicy | undefined;
  /** The file name, copied into the report and every finding. */
  readonly file?: string | undefined;
  /** Run only these rule ids (all when absent). */
  readonly only?: readonly string[] | undefined;
}

/** Path and line of a model object, from the parse-time source map (the message root when unknown). */
function locate(prefixes: Readonly<Record<string, string>>): (target: object) => SourcePosition {
  return (target) => {
    const el = sourceElement(target);
    if (el === undefined) return { path: "/" };
    return { path: elementPath(el, prefixes), location: { line: el.line, column: el.column } };
  };
}

const dedupe = <T>(xs: readonly T[], id: (x: T) => string): T[] => [...new Map(xs.map((x) => [id(x), x])).values()];

/**
 * Runs a version's rule set over an indexed message: findings carry the catalogue code as `ruleId` and the
 * element (id + `V` + version) in `params.element`; checks that need resolved code lists are skipped without them.
 */
export function runQs<V, K>(lauf: {
  readonly rules: readonly Rule<V, K>[];
  readonly walker: Walker<V>;
  readonly kontext: K;
  readonly options: QsCheckOptionsVon<never>;
  readonly prefixes: Readonly<Record<string, string>>;
  readonly standard: string;
}): Report {
  const { options } = lauf;
  const rules = options.only === undefined ? lauf.rules : lauf.rules.filter((r) => options.only?.includes(r.id) === true);
  const run = runRules(rules, lauf.walker, {
    options: lauf.kontext,
    capabilities: new Set(options.codeLists !== undefined ? [CODELISTEN] : []),
    ...(options.policy !== undefined && { policy: options.policy }),
    locate: locate(lauf.prefixes),
    file: options.file,
  });
  return {
    file: options.file,
    standard: lauf.standard,
    completed: true,
    stages: [{ stage: "rules", status: hasErrors(run.diagnostics) ? "failed" : "passed" }],
    diagnostics: run.diagnostics,
    rulesExecuted: dedupe(run.executed, (x) => x.id),
    rulesSkipped: dedupe(run.skipped, (x) => x.ruleId),
  };
}

/** A genericode identification as both versions write it (every part optional in 3.0.0). */
interface GenericodeIdentifikation {
  readonly canonicalIdentification?: string | undefined;
  readonly version?: string | undefined;
  readonly canonicalVersionUri?: string | undefined;
}

/**
 * Resolves every code list of `referenzen` (each as referenced, and its newest version) through a provider,
 * so that the code-list checks can run synchronously; `key` names a reference in the lookup. Lists the
 * provider cannot deliver are absent from the lookup (and so reported by 1115).
 */
export async function resolveCodeListsVon<G extends GenericodeIdentifikation>(
  referenzen: Iterable<G>,
  key: (referenz: G) => string,
  provider: CodeListProvider,
): Promise<CodeListLookupVon<G>> {
  const byRef = new Map<string, CodeListDocument | undefined>();
  const latest = new Map<string, CodeListDocument | undefined>();
  for (const g of referenzen) {
    const uri = (g.canonicalIdentification ?? "").trim();
    const version = (g.version ?? "").trim();
    const versionUri = (g.canonicalVersionUri ?? "").trim();
    const r = await provider.resolve({
      canonicalUri: uri,
      ...(version !== "" && { version }),
      ...(versionUri !== "" && { canonicalVersionUri: versionUri }),
    });
    byRef.set(key(g), r.success ? r.data : undefined);
    if (uri !== "" && !latest.has(uri)) {
      const l = await provider.resolve({ canonicalUri: uri });
      latest.set(uri, l.success ? l.data : undefined);
    }
  }
  return { find: (referenz) => byRef.get(key(referenz)), latest: (uri) => latest.get(uri.trim()) };
}

/** The distinct elements of a schema, group or field message, as {@link indexiereElemente} finds them. */
export interface ElementIndex<C, G, F> {
  /** The schema, group or field the message is about (undefined for other messages). */
  readonly wurzel: C | G | F | undefined;
  /** Distinct groups and fields by key (id + `V` + version), in document order. */
  readonly gruppen: Map<string, G>;
  readonly felder: Map<string, F>;
  /** Every schema or group that contains a given key, keyed by the child's key. */
  readonly eltern: Map<string, C[]>;
}

/**
 * Indexes the elements of a message 0102 (schema), 0103 (group) or 0104 (field): every distinct group and
 * field by id + version, and who contains whom. `jedeKopie` descends into every occurrence of a group (once
 * per object, which also ends cycles; 3.0.0, as the reference QS-DF 1.20 looks at all copies), else only into
 * the first of each id + version (2.0). `neuesFeld` sees each distinct field once, in document order.
 */
export function indexiereElemente<C extends MitStruktur, G extends C, F extends MitRegeln>(
  nachricht: { readonly kind: string },
  jedeKopie: boolean,
  neuesFeld: (f: F) => void = () => {},
): ElementIndex<C, G, F> {
  const gruppen = new Map<string, G>();
  const felder = new Map<string, F>();
  const eltern = new Map<string, C[]>();
  const feld = (f: F) => {
    const key = elementKey(f.identifikation);
    if (felder.has(key)) return;
    felder.set(key, f);
    neuesFeld(f);
  };
  const besucht = new Set<C>();
  const container = (c: C) => {
    if (besucht.has(c)) return;
    besucht.add(c);
    for (const s of c.struktur) {
      const kind = enthaltenesElement(s) as { kind: "datenfeld"; el: F } | { kind: "datenfeldgruppe"; el: G } | undefined;
      if (kind === undefined) continue;
      const key = elementKey(kind.el.identifikation);
      const list = eltern.get(key);
      if (list === undefined) eltern.set(key, [c]);
      else if (!list.includes(c)) list.push(c);
      if (kind.kind === "datenfeld") feld(kind.el);
      else if (!gruppen.has(key)) {
        gruppen.set(key, kind.el);
        container(kind.el);
      } else if (jedeKopie) container(kind.el);
    }
  };
  const n = nachricht as { readonly kind: string; readonly stammdatenschema?: C; readonly datenfeldgruppe?: G; readonly datenfeld?: F };
  switch (n.kind) {
    case "xdatenfelder.stammdatenschema.0102":
      container(n.stammdatenschema as C);
      return { wurzel: n.stammdatenschema, gruppen, felder, eltern };
    case "xdatenfelder.datenfeldgruppe.0103": {
      const g = n.datenfeldgruppe as G;
      gruppen.set(elementKey(g.identifikation), g);
      container(g);
      return { wurzel: g, gruppen, felder, eltern };
    }
    case "xdatenfelder.datenfeld.0104":
      feld(n.datenfeld as F);
      return { wurzel: n.datenfeld, gruppen, felder, eltern };
    default:
      return { wurzel: undefined, gruppen, felder, eltern };
  }
}

/** What {@link qsLauf} reads of a version's indexed message. */
export interface QsDokumentBasis {
  readonly nachricht: { readonly kind: string };
  /** The root element: the schema of a 0102, the Dokumentsteckbrief of a 0101 are visited from here. */
  readonly wurzel: object | undefined;
  readonly gruppen: ReadonlyMap<string, MitStruktur>;
  readonly felder: ReadonlyMap<string, MitRegeln>;
  readonly codelisten: ReadonlyMap<string, object>;
}

/** A version's QS entry points, made by {@link qsLauf}. */
export interface QsLauf<N, G> {
  check(nachricht: N, options?: QsCheckOptionsVon<G>): Report;
  resolveCodeLists(nachricht: N, provider: CodeListProvider): Promise<CodeListLookupVon<G>>;
  checkWithCodeLists(nachricht: N, options: QsCheckOptionsVon<G> & { readonly codeListProvider: CodeListProvider }): Promise<Report>;
}

/**
 * A version's `check`, `resolveCodeLists` and `checkWithCodeLists` from its rule set, its index of a message,
 * its context (with the adapter to the neutral view) and the genericode identifications its code lists carry.
 */
export function qsLauf<N, D extends QsDokumentBasis, V, K, G extends GenericodeIdentifikation>(def: {
  readonly rules: () => readonly Rule<V, K>[];
  readonly index: (nachricht: N) => D;
  readonly kontext: (dokument: D, options: QsOptionsVon<G>) => K;
  readonly prefixes: Readonly<Record<string, string>>;
  readonly standard: string;
  /** The genericode identification of each distinct code list of the message. */
  readonly referenzen: (dokument: D) => Iterable<G>;
  /** How a genericode identification is keyed in the lookup. */
  readonly key: (referenz: G) => string;
}): QsLauf<N, G> {
  const lauf: QsLauf<N, G> = {
    check(nachricht, options = {}) {
      const dokument = def.index(nachricht);
      const k = dokument.nachricht.kind;
      return runQs({
        rules: def.rules(),
        walker: qsWalker<V>({
          stammdatenschema: k === "xdatenfelder.stammdatenschema.0102" ? (dokument.wurzel as MitStruktur) : undefined,
          dokumentsteckbrief: k === "xdatenfelder.dokumentsteckbrief.0101" ? dokument.wurzel : undefined,
          gruppen: dokument.gruppen.values(),
          felder: dokument.felder.values(),
          codelisten: dokument.codelisten.values(),
        }),
        kontext: def.kontext(dokument, options),
        options,
        prefixes: def.prefixes,
        standard: def.standard,
      });
    },
    resolveCodeLists: (nachricht, provider) => resolveCodeListsVon(def.referenzen(def.index(nachricht)), def.key, provider),
    async checkWithCodeLists(nachricht, options) {
      const codeLists = await lauf.resolveCodeLists(nachricht, options.codeListProvider);
      return lauf.check(nachricht, { ...options, codeLists });
    },
  };
  return lauf;
}
