/**
 * The part of a version's adapter to the neutral view (`../view.ts`) that reads what both models name alike:
 * structure rows, the children of a schema or group, the root of a message, its distinct elements and code
 * lists, the identification of a rule. A version supplies the rest ({@link SichtAdapter}): how it names the
 * status, the legal basis of a row, the Gruppenart, and its element, field, code-list and rule texts.
 */
import {
  type BezugSicht,
  type CodelisteSicht,
  type ElementArt,
  type ElementSicht,
  einmal,
  type FeldSicht,
  type Kennung,
  type KindSicht,
  type RegelSicht,
  type XdfSicht,
} from "../view.ts";
import { enthaltenesElement, type RegelKnotenVon, type StrukturKnotenVon } from "./lauf.ts";

/** What the common part reads of a group or field. */
interface ElementModell {
  readonly identifikation: Kennung;
  readonly schemaelementart: { readonly code: string };
  readonly veroeffentlichungsdatum?: string | undefined;
}
/** What it reads of a structure row. */
interface StrukturModell {
  readonly anzahl: string;
  readonly enthaelt: { readonly datenfeld: object } | { readonly datenfeldgruppe: object };
}
/** What it reads of a rule. */
interface RegelModell {
  readonly identifikation: Kennung;
  readonly name: string;
  readonly fachlicherErsteller?: string | undefined;
}

/** What a version supplies to {@link baueSicht}. */
export interface SichtAdapter<S extends StrukturModell, R extends RegelModell> {
  element(node: object, art: ElementArt): ElementSicht;
  feld(node: object): FeldSicht;
  codeliste(node: object): CodelisteSicht;
  /** The status code of a group or field (2.0 `status`, 3.0.0 `freigabestatus`). */
  status(el: object): string;
  /** The Gruppenart code of a group (3.0.0 `art`; 2.0 has none). */
  gruppenart(gruppe: object): string | undefined;
  /** The datentyp code of a field. */
  datentyp(feld: object): string;
  /** The legal basis of a structure row. */
  bezug(struktur: S): readonly BezugSicht[];
  /** A rule's texts (2.0 `definition`/`script`, 3.0.0 `freitextRegel`/`skript`). */
  regel(regel: R): Pick<RegelSicht, "text" | "skript" | "latinTexte">;
}

/** What it reads of an indexed message. */
export interface SichtDokument {
  readonly nachricht: { readonly kind: string };
  readonly wurzel: object | undefined;
  readonly gruppen: ReadonlyMap<string, object>;
  readonly felder: ReadonlyMap<string, object>;
  readonly codelisten: ReadonlyMap<string, object>;
}

/** A fresh adapter for one run over an indexed message (its caches live as long as the run). */
export function baueSicht<S extends StrukturModell, R extends RegelModell>(a: SichtAdapter<S, R>, dokument: SichtDokument): XdfSicht {
  const kindSicht = (art: "datenfeld" | "datenfeldgruppe", node: object): KindSicht => {
    const el = node as ElementModell;
    return {
      art,
      node,
      identifikation: el.identifikation,
      schemaelementart: el.schemaelementart.code,
      status: a.status(node),
      veroeffentlichungsdatum: el.veroeffentlichungsdatum,
    };
  };
  // a Map, not a WeakMap: it lives as long as the run, and a WeakMap's ephemerons cost every scavenge a walk
  const kinder = new Map<object, readonly KindSicht[]>();
  const k = dokument.nachricht.kind;
  const container =
    k === "xdatenfelder.stammdatenschema.0102" || k === "xdatenfelder.datenfeldgruppe.0103"
      ? (dokument.wurzel as ElementModell)
      : undefined;
  let elemente: readonly KindSicht[] | undefined;
  let codelisten: readonly CodelisteSicht[] | undefined;
  const codeliste = einmal(a.codeliste);
  return {
    element: einmal(a.element),
    feld: einmal(a.feld),
    codeliste,
    regel: einmal((node: object) => {
      const { regel: g, owner } = node as RegelKnotenVon<R, ElementModell>;
      return {
        target: g,
        owner: { node: owner, identifikation: owner.identifikation },
        identifikation: g.identifikation,
        name: g.name,
        ersteller: g.fachlicherErsteller,
        ...a.regel(g),
      };
    }),
    zeile: einmal((node: object) => {
      const s = node as StrukturKnotenVon<ElementModell, S, ElementModell, ElementModell>;
      const inGruppe = s.parentKind === "datenfeldgruppe";
      return {
        target: s.struktur,
        childTarget: s.child,
        parent: s.parent.identifikation,
        child: s.child.identifikation,
        childStatus: a.status(s.child),
        anzahl: s.struktur.anzahl,
        parentArt: s.parentKind,
        parentSchemaelementart: inGruppe ? s.parent.schemaelementart.code : undefined,
        parentGruppenart: inGruppe ? a.gruppenart(s.parent) : undefined,
        childArt: s.childKind,
        childSchemaelementart: s.child.schemaelementart.code,
        childDatentyp: s.childKind === "datenfeld" ? a.datentyp(s.child) : undefined,
        bezug: a.bezug(s.struktur),
      };
    }),
    kinder(node) {
      let ks = kinder.get(node);
      if (ks === undefined) {
        const struktur = (node as { struktur?: readonly StrukturModell[] }).struktur ?? [];
        ks = struktur.flatMap((s) => {
          const x = enthaltenesElement(s);
          return x === undefined ? [] : [kindSicht(x.kind, x.el)];
        });
        kinder.set(node, ks);
      }
      return ks;
    },
    wurzel: dokument.wurzel,
    wurzelContainer: container === undefined ? undefined : { node: container, identifikation: container.identifikation },
    elemente: () =>
      (elemente ??= [
        ...[...dokument.gruppen.values()].map((el) => kindSicht("datenfeldgruppe", el)),
        ...[...dokument.felder.values()].map((el) => kindSicht("datenfeld", el)),
      ]),
    codelisten: () => (codelisten ??= [...dokument.codelisten.values()].map((c) => a.codeliste(c))),
  };
}
