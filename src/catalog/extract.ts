/**
 * What each kind of FIM file contributes to the catalogue: its objects and the links it states. Works on the
 * typed models of the standard modules; every link says what evidence it rests on.
 */
import type { CodeListDocument } from "../core/codelists/genericode.ts";
import type { LeikaEintrag } from "../leika/csv.ts";
import { safeParseLeistungsschluessel } from "../leika/key.ts";
import type * as Xdf2 from "../xdatenfelder/v2/model.ts";
import type * as Xdf3 from "../xdatenfelder/v3/model.ts";
import type * as Xp2 from "../xprozess/v2/model.ts";
import type { CatalogLink, CatalogObject, CatalogRef, CatalogSource } from "./model.ts";

/** What one file contributes. */
export interface Extracted {
  readonly objects: CatalogObject[];
  readonly links: CatalogLink[];
  /** Schema id@version → the ids of every Datenfeld and Datenfeldgruppe it contains. */
  readonly elements: Map<string, Set<string>>;
}

export function emptyExtracted(): Extracted {
  return { objects: [], links: [], elements: new Map() };
}

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function ref(o: CatalogObject): CatalogRef {
  return { kind: o.kind, id: o.id, ...opt("version", o.version) };
}

/** A 14-digit number that is a valid Leistungsschlüssel, found in free text. */
const KEY_IN_TEXT = /(?<![0-9])[0-9]{14}(?![0-9])/g;

/**
 * The Leistungsschlüssel a free text mentions (14 digits that parse as a key), each once.
 *
 * @example
 * ```ts
 * import { keysInText } from "fim-xoev/catalog";
 *
 * // XDatenfelder has no structured link to the Leistung: editors write the key into the beschreibung
 * const beschreibung = "Stammdatenschema zur Leistung 99125001012000 (Hundesteuer Anmeldung); vgl. auch 99125001071000.";
 * console.log(keysInText(beschreibung)); // ["99125001012000", "99125001071000"]
 * ```
 */
export function keysInText(text: string | undefined): string[] {
  if (text === undefined) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(KEY_IN_TEXT)) {
    const parsed = safeParseLeistungsschluessel(m[0]);
    if (parsed.success) out.add(parsed.data);
  }
  return [...out];
}

/** A LeiKa catalogue row. */
export function fromLeika(rows: readonly LeikaEintrag[], source: CatalogSource): Extracted {
  const out = emptyExtracted();
  for (const row of rows) {
    out.objects.push({
      kind: "leika",
      id: row.schluessel,
      ...opt("name", row.bezeichnung ?? row.bezeichnung2),
      source: { ...source, line: row.zeile },
    });
  }
  return out;
}

type Xdf2Or3Struktur = Xdf2.Struktur | Xdf3.Struktur;
type Xdf2Or3Datenfeld = Xdf2.Datenfeld | Xdf3.Datenfeld;

function codeListRefOf(f: Xdf2Or3Datenfeld): CatalogRef | undefined {
  const r = f.codelisteReferenz;
  if (r === undefined) return undefined;
  // 2.0 wraps the genericode identification next to the FIM C-id; 3.0.0 holds it directly.
  const gc = "genericodeIdentification" in r ? r.genericodeIdentification : r;
  const uri = gc.canonicalIdentification;
  if (uri === undefined || uri === "") return undefined;
  return { kind: "codeliste", id: uri, ...opt("version", gc.version) };
}

function walk(
  struktur: readonly Xdf2Or3Struktur[],
  visit: (e: Xdf2Or3Datenfeld | Xdf2.Datenfeldgruppe | Xdf3.Datenfeldgruppe, isField: boolean) => void,
  seen: Set<object>,
): void {
  for (const s of struktur) {
    const e = s.enthaelt;
    if ("datenfeld" in e) visit(e.datenfeld, true);
    else {
      const g = e.datenfeldgruppe;
      visit(g, false);
      // A group shared by reference (the reader may share identical subtrees) is walked once.
      if (!seen.has(g)) {
        seen.add(g);
        walk(g.struktur as readonly Xdf2Or3Struktur[], visit, seen);
      }
    }
  }
}

/** An XDatenfelder 2.0 or 3.0.0 message. */
export function fromXDatenfelder(n: Xdf2.Nachricht | Xdf3.Nachricht, source: CatalogSource): Extracted {
  const out = emptyExtracted();
  if ("dokumentsteckbrief" in n || "dokumentensteckbrief" in n) {
    const d = "dokumentsteckbrief" in n ? n.dokumentsteckbrief : n.dokumentensteckbrief;
    const o: CatalogObject = {
      kind: "dokumentsteckbrief",
      id: d.identifikation.id,
      ...opt("version", d.identifikation.version),
      name: d.name,
      source,
    };
    out.objects.push(o);
    for (const key of keysInText([d.beschreibung, d.definition].filter((t) => t !== undefined).join("\n"))) {
      out.links.push({ from: ref(o), to: { kind: "leika", id: key }, evidence: "text", source });
    }
    return out;
  }
  if (!("stammdatenschema" in n)) return out;
  const s = n.stammdatenschema;
  const schema: CatalogObject = {
    kind: "stammdatenschema",
    id: s.identifikation.id,
    ...opt("version", s.identifikation.version),
    name: "bezeichnung" in s && typeof s.bezeichnung === "string" && s.bezeichnung !== "" ? s.bezeichnung : s.name,
    source,
  };
  out.objects.push(schema);
  const from = ref(schema);
  if ("dokumentsteckbrief" in s && s.dokumentsteckbrief !== undefined) {
    const d = s.dokumentsteckbrief;
    out.links.push({ from, to: { kind: "dokumentsteckbrief", id: d.id, ...opt("version", d.version) }, evidence: "reference", source });
  }
  for (const key of keysInText([s.beschreibung, s.definition, s.versionshinweis].filter((t) => t !== undefined).join("\n"))) {
    out.links.push({ from, to: { kind: "leika", id: key }, evidence: "text", source });
  }
  const ids = new Set<string>();
  const lists = new Map<string, CatalogRef>();
  walk(
    s.struktur as readonly Xdf2Or3Struktur[],
    (e, isField) => {
      ids.add(e.identifikation.id);
      if (!isField) return;
      const l = codeListRefOf(e as Xdf2Or3Datenfeld);
      if (l !== undefined) lists.set(`${l.id}\u0000${l.version ?? ""}`, l);
    },
    new Set(),
  );
  out.elements.set(schemaKey(from), ids);
  for (const l of lists.values()) out.links.push({ from, to: l, evidence: "reference", source });
  return out;
}

/** The key of a schema in {@link Extracted.elements}. */
export function schemaKey(r: CatalogRef): string {
  return `${r.id}@${r.version ?? ""}`;
}

/** A genericode code list. */
export function fromGenericode(doc: CodeListDocument, source: CatalogSource): Extracted {
  const out = emptyExtracted();
  const id = doc.identification;
  out.objects.push({
    kind: "codeliste",
    id: id.canonicalUri,
    ...opt("version", id.version === "" ? undefined : id.version),
    name: id.longName[0]?.text ?? id.shortName.text,
    source,
  });
  return out;
}

/** An XZuFi Leistung as the catalogue needs it (2.2.0 and 2.3.1 agree on these fields). */
interface XzufiLeistungLike {
  readonly id: { readonly value: string; readonly schemeAgencyID?: string };
  readonly idSekundaer?: readonly { readonly value: string; readonly schemeID?: string }[];
  readonly referenzLeiKa?: readonly { readonly code: string }[];
  readonly modulText?: readonly {
    readonly leikaTextmodul: { readonly code: string };
    readonly inhalt: readonly { readonly value: string }[];
  }[];
}

function isXzufiLeistung(v: unknown): v is XzufiLeistungLike {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    Array.isArray(o.referenzLeiKa) && typeof o.id === "object" && o.id !== null && typeof (o.id as { value?: unknown }).value === "string"
  );
}

/** Every value of `root` (objects and arrays, depth first) for which `match` holds; matched values are not entered. */
function findAll<T>(root: unknown, match: (v: unknown) => v is T): T[] {
  const out: T[] = [];
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    if (match(v)) {
      out.push(v);
      continue;
    }
    const children = Array.isArray(v) ? v : Object.values(v);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/** LeiKa text module code of the Leistungsbezeichnung (and of the Leistungsbezeichnung II as the fallback). */
const BEZEICHNUNG = "02";
const BEZEICHNUNG_II = "03";

/** An XZuFi 2.2.0 or 2.3.1 message: every Leistung in it. */
export function fromXzufi(nachricht: object, source: CatalogSource): Extracted {
  const out = emptyExtracted();
  for (const l of findAll(nachricht, isXzufiLeistung)) {
    const text = (code: string) => l.modulText?.find((m) => m.leikaTextmodul.code === code)?.inhalt[0]?.value;
    const o: CatalogObject = {
      kind: "xzufi-leistung",
      id: l.id.schemeAgencyID === undefined ? l.id.value : `${l.id.schemeAgencyID}:${l.id.value}`,
      ...opt("name", text(BEZEICHNUNG) ?? text(BEZEICHNUNG_II)),
      source,
    };
    out.objects.push(o);
    const keys = new Set<string>();
    for (const c of l.referenzLeiKa ?? []) keys.add(c.code.trim());
    for (const s of l.idSekundaer ?? []) if (s.schemeID === "LEIKA_SCHLUESSEL") keys.add(s.value.trim());
    for (const k of keys) {
      const parsed = safeParseLeistungsschluessel(k);
      if (parsed.success) out.links.push({ from: ref(o), to: { kind: "leika", id: parsed.data }, evidence: "reference", source });
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** A Dokumentsteckbrief id (`D` and digits); real exports also put document names into `formularID`. */
const DOKUMENTSTECKBRIEF_ID = /^D[0-9]{8,}$/;

/**
 * Dokumentsteckbrief ids an XProzess process names (`formularID`, `formularsteckbriefID` at any depth), each once.
 * Values that are not D ids (the FIM Bund export writes document names there) are not links.
 */
function formIdsOf(prozess: Xp2.Prozess): string[] {
  const ids = new Set<string>();
  const stack: unknown[] = [prozess];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (!isRecord(v) || seen.has(v)) continue;
    seen.add(v);
    for (const [k, x] of Object.entries(v)) {
      if ((k === "formularID" || k === "formularsteckbriefID") && typeof x === "string") {
        if (DOKUMENTSTECKBRIEF_ID.test(x.trim())) ids.add(x.trim());
      } else if (typeof x === "object") stack.push(x);
    }
  }
  return [...ids];
}

/** An XProzess 2.0 message: its Prozessklassen and Prozesse. */
export function fromXProzess(nachricht: object, source: CatalogSource): Extracted {
  const out = emptyExtracted();
  const klassen = findAll(nachricht, (v): v is Xp2.Prozesskatalog => isRecord(v) && Array.isArray(v.prozessklasse)).flatMap(
    (k) => k.prozessklasse,
  );
  for (const k of klassen) {
    const o: CatalogObject = { kind: "prozessklasse", id: k.id, ...opt("version", k.version), name: k.name, source };
    out.objects.push(o);
    const key = safeParseLeistungsschluessel(k.id);
    if (key.success) out.links.push({ from: ref(o), to: { kind: "leika", id: key.data }, evidence: "same-key", source });
  }
  const prozesse = findAll(nachricht, (v): v is Xp2.Prozessbibliothek => isRecord(v) && Array.isArray(v.prozess)).flatMap((b) => b.prozess);
  for (const p of prozesse) {
    const o: CatalogObject = { kind: "prozess", id: p.id, ...opt("version", p.version), name: p.name, source };
    out.objects.push(o);
    const key = safeParseLeistungsschluessel(p.id);
    if (key.success) out.links.push({ from: ref(o), to: { kind: "leika", id: key.data }, evidence: "same-key", source });
    for (const d of formIdsOf(p))
      out.links.push({ from: ref(o), to: { kind: "dokumentsteckbrief", id: d }, evidence: "reference", source });
  }
  return out;
}
