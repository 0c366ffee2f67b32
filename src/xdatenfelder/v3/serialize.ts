/**
 * XDatenfelder 3.0.0 model → XML. Deterministic: the XSD's element order, attributes in a fixed order,
 * namespaces declared once on the root (prefix `xdf3` unless configured).
 */
import { writeCodeList, writeGcElement } from "../../core/codelists/genericode.ts";
import { writeXoevCode } from "../../core/codelists/xml.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { type AttributeSpec, keptAttributeSpecs, prefixesWithKept, XmlWriter } from "../../core/xml/write.ts";
import type {
  AllgemeineAngaben,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  ElementUebersetzung,
  Fehlermeldung,
  GenericodeIdentification,
  Header,
  Nachricht,
  Rechtsbezug,
  Regel,
  Schemaelementangaben,
  Sprache,
  Stammdatenschema,
  Struktur,
  Wert,
  XoevCode,
} from "./model.ts";
import { DEFAULT_PREFIX, GENERICODE_NAMESPACE, NAMESPACE } from "./namespace.ts";

const X = NAMESPACE;

/** Options for {@link serialize}. */
export interface SerializeOptions {
  /** Prefix for the XDatenfelder namespace (default `xdf3`, as FIM Portal exports use; `""` = default namespace). */
  readonly prefix?: string;
  /** Indented output (default `true`); `false` writes compact XML without added white space. */
  readonly pretty?: boolean;
  /** Indentation unit (default two spaces). */
  readonly indent?: string;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
  /** Write an embedded genericode code list in the OASIS form even if it came in the FIM (qualified) form. */
  readonly normalizeGenericode?: boolean;
}

class Writer {
  constructor(readonly w: XmlWriter) {}

  text(local: string, value: string | undefined): void {
    if (value !== undefined) this.w.element(X, local, value);
  }

  code(local: string, value: XoevCode | undefined): void {
    if (value !== undefined) writeXoevCode(this.w, X, local, value);
  }

  identifikation(local: string, id: ElementIdentifikation): void {
    this.w.start(X, local, [], false, id);
    this.text("id", id.id);
    this.text("version", id.version);
    this.w.end();
  }

  bezug(list: readonly Rechtsbezug[]): void {
    for (const b of list) this.w.element(X, "bezug", b.text, b.link === undefined ? [] : [["link", b.link]]);
  }

  allgemeineAngaben(a: AllgemeineAngaben): void {
    this.identifikation("identifikation", a.identifikation);
    this.text("name", a.name);
    this.text("beschreibung", a.beschreibung);
    this.text("definition", a.definition);
    this.bezug(a.bezug);
    this.code("freigabestatus", a.freigabestatus);
    this.text("statusGesetztAm", a.statusGesetztAm);
    this.text("statusGesetztDurch", a.statusGesetztDurch);
    this.text("gueltigAb", a.gueltigAb);
    this.text("gueltigBis", a.gueltigBis);
    this.text("versionshinweis", a.versionshinweis);
    this.text("veroeffentlichungsdatum", a.veroeffentlichungsdatum);
    this.text("letzteAenderung", a.letzteAenderung);
    for (const r of a.relation) {
      this.w.start(X, "relation");
      this.code("praedikat", r.praedikat);
      this.identifikation("objekt", r.objekt);
      this.w.end();
    }
    for (const s of a.stichwort) this.w.element(X, "stichwort", s.text, [["uri", s.uri]]);
  }

  schemaelementangaben(s: Schemaelementangaben): void {
    this.allgemeineAngaben(s);
    this.text("bezeichnungEingabe", s.bezeichnungEingabe);
    this.text("bezeichnungAusgabe", s.bezeichnungAusgabe);
    this.code("schemaelementart", s.schemaelementart);
    this.text("hilfetextEingabe", s.hilfetextEingabe);
    this.text("hilfetextAusgabe", s.hilfetextAusgabe);
  }

  werte(werte: readonly Wert[] | undefined): void {
    if (werte === undefined) return;
    this.w.start(X, "werte");
    for (const v of werte) {
      this.w.start(X, "wert");
      this.text("code", v.code);
      this.text("name", v.name);
      this.text("hilfe", v.hilfe);
      this.w.end();
    }
    this.w.end();
  }

  genericodeIdentification(local: string, g: GenericodeIdentification | undefined): void {
    if (g === undefined) return;
    this.w.start(X, local, [], false, g);
    this.text("canonicalIdentification", g.canonicalIdentification);
    this.text("version", g.version);
    this.text("canonicalVersionUri", g.canonicalVersionUri);
    this.w.end();
  }

  fehler(list: readonly Fehlermeldung[]): void {
    for (const f of list) this.w.element(X, "fehler", f.text, [["code", f.code]]);
  }

  regel(r: Regel): void {
    this.w.start(X, "regel", [], false, r);
    this.identifikation("identifikation", r.identifikation);
    this.text("name", r.name);
    this.text("beschreibung", r.beschreibung);
    this.text("freitextRegel", r.freitextRegel);
    this.bezug(r.bezug);
    for (const s of r.stichwort) this.w.element(X, "stichwort", s.text, [["uri", s.uri]]);
    this.text("fachlicherErsteller", r.fachlicherErsteller);
    this.text("letzteAenderung", r.letzteAenderung);
    this.code("typ", r.typ);
    for (const p of r.param) {
      this.w.start(X, "param", [
        ["element", p.element],
        ["name", p.name],
      ]);
      this.text("typ", p.typ);
      this.w.end();
    }
    for (const z of r.ziel) {
      this.w.start(X, "ziel", [
        ["element", z.element],
        ["name", z.name],
      ]);
      this.w.end();
    }
    this.text("skript", r.skript);
    this.fehler(r.fehler);
    this.w.end();
  }

  datenfeld(f: Datenfeld): void {
    this.w.start(X, "datenfeld", [], false, f);
    this.schemaelementangaben(f);
    this.code("feldart", f.feldart);
    this.code("datentyp", f.datentyp);
    if (f.praezisierung !== undefined) {
      const p = f.praezisierung;
      const attrs: AttributeSpec[] = [];
      // Attribute order of the XSD declaration.
      if (p.maxLength !== undefined) attrs.push(["maxLength", p.maxLength]);
      if (p.maxValue !== undefined) attrs.push(["maxValue", p.maxValue]);
      if (p.minLength !== undefined) attrs.push(["minLength", p.minLength]);
      if (p.minValue !== undefined) attrs.push(["minValue", p.minValue]);
      if (p.pattern !== undefined) attrs.push(["pattern", p.pattern]);
      this.w.element(X, "praezisierung", p.text, attrs);
    }
    this.text("inhalt", f.inhalt);
    this.code("vorbefuellung", f.vorbefuellung);
    this.werte(f.werte);
    this.genericodeIdentification("codelisteReferenz", f.codelisteReferenz);
    this.text("codeKey", f.codeKey);
    this.text("nameKey", f.nameKey);
    this.text("helpKey", f.helpKey);
    for (const r of f.regel) this.regel(r);
    this.text("maxSize", f.maxSize);
    for (const m of f.mediaType) this.text("mediaType", m);
    this.w.end();
  }

  struktur(s: Struktur): void {
    this.w.start(X, "struktur", [], false, s);
    this.text("anzahl", s.anzahl);
    this.bezug(s.bezug);
    this.w.start(X, "enthaelt");
    if ("datenfeld" in s.enthaelt) this.datenfeld(s.enthaelt.datenfeld);
    else this.datenfeldgruppe(s.enthaelt.datenfeldgruppe);
    this.w.end();
    this.w.end();
  }

  datenfeldgruppe(g: Datenfeldgruppe): void {
    this.w.start(X, "datenfeldgruppe", [], false, g);
    this.schemaelementangaben(g);
    this.code("art", g.art);
    for (const r of g.regel) this.regel(r);
    for (const s of g.struktur) this.struktur(s);
    this.w.end();
  }

  stammdatenschema(s: Stammdatenschema): void {
    this.w.start(X, "stammdatenschema", [], false, s);
    this.allgemeineAngaben(s);
    this.text("bezeichnung", s.bezeichnung);
    this.text("hilfetext", s.hilfetext);
    this.code("ableitungsmodifikationenStruktur", s.ableitungsmodifikationenStruktur);
    this.code("ableitungsmodifikationenRepraesentation", s.ableitungsmodifikationenRepraesentation);
    this.identifikation("dokumentsteckbrief", s.dokumentsteckbrief);
    for (const r of s.regel) this.regel(r);
    for (const st of s.struktur) this.struktur(st);
    this.w.end();
  }

  dokumentsteckbrief(d: Dokumentsteckbrief): void {
    this.w.start(X, "dokumentsteckbrief", [], false, d);
    this.allgemeineAngaben(d);
    this.text("istAbstrakt", d.istAbstrakt);
    this.code("dokumentart", d.dokumentart);
    this.text("bezeichnung", d.bezeichnung);
    this.text("hilfetext", d.hilfetext);
    this.w.end();
  }

  elementUebersetzung(e: ElementUebersetzung): void {
    this.w.start(X, "element", [], false, e);
    this.identifikation("uebersetzt", e.uebersetzt);
    this.text("bezeichnungEingabe", e.bezeichnungEingabe);
    this.text("bezeichnungAusgabe", e.bezeichnungAusgabe);
    this.text("hilfetextEingabe", e.hilfetextEingabe);
    this.text("hilfetextAusgabe", e.hilfetextAusgabe);
    this.text("inhalt", e.inhalt);
    this.werte(e.werte);
    for (const r of e.regel) {
      this.w.start(X, "regel");
      this.identifikation("uebersetzt", r.uebersetzt);
      this.fehler(r.fehler);
      this.w.end();
    }
    this.w.end();
  }

  sprache(s: Sprache): void {
    const attrs: AttributeSpec[] = [["lang", s.lang]];
    if (s.region !== undefined) attrs.push(["region", s.region]);
    if (s.variant !== undefined) attrs.push(["variant", s.variant]);
    attrs.push(["version", s.version]);
    this.w.start(X, "sprache", attrs, false, s);
    for (const e of s.element) this.elementUebersetzung(e);
    this.w.end();
  }

  header(h: Header): void {
    this.w.start(X, "header", [], false, h);
    this.text("nachrichtID", h.nachrichtID);
    this.text("erstellungszeitpunkt", h.erstellungszeitpunkt);
    this.text("referenzID", h.referenzID);
    this.text("produktbezeichnung", h.produktbezeichnung);
    this.text("produkthersteller", h.produkthersteller);
    this.text("produktversion", h.produktversion);
    this.code("datenqualitaet", h.datenqualitaet);
    this.w.end();
  }
}

/**
 * Serializes a message to XML. Throws an {@link XoevError} when the model holds a character XML 1.0
 * cannot carry; {@link safeSerialize} returns that as a diagnostic instead.
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const prefixes = prefixesWithKept({ [X]: options.prefix ?? DEFAULT_PREFIX, [GENERICODE_NAMESPACE]: "gc" }, nachricht.rootAttributes);
  const xw = new XmlWriter({ pretty: options.pretty ?? true, indent: options.indent, declaration: options.declaration ?? true, prefixes });
  const w = new Writer(xw);
  // The model objects given to `start` bring back the source's comments and PIs (core/xml/misc.ts).
  xw.start(X, nachricht.kind, keptAttributeSpecs(nachricht.rootAttributes), false, nachricht);
  w.header(nachricht.header);
  switch (nachricht.kind) {
    case "xdatenfelder.dokumentsteckbrief.0101":
      w.dokumentsteckbrief(nachricht.dokumentsteckbrief);
      break;
    case "xdatenfelder.stammdatenschema.0102":
      w.stammdatenschema(nachricht.stammdatenschema);
      break;
    case "xdatenfelder.datenfeldgruppe.0103":
      w.datenfeldgruppe(nachricht.datenfeldgruppe);
      break;
    case "xdatenfelder.datenfeld.0104":
      w.datenfeld(nachricht.datenfeld);
      break;
    case "xdatenfelder.codeliste.0105":
      xw.start(X, "genericode", [], false, nachricht.genericode);
      for (const i of nachricht.genericode.inhalt) {
        if ("codeList" in i) writeCodeList(xw, i.codeList, { normalize: options.normalizeGenericode });
        else writeGcElement(xw, i.element, "");
      }
      xw.end();
      break;
    case "xdatenfelder.uebersetzung.0106":
      w.identifikation("uebersetzt", nachricht.uebersetzt);
      for (const s of nachricht.sprache) w.sprache(s);
      break;
  }
  xw.end();
  return xw.toString();
}

/** Like {@link serialize}, returning problems as diagnostics instead of throwing. */
export function safeSerialize(nachricht: Nachricht, options: SerializeOptions = {}): Result<string> {
  try {
    return success(serialize(nachricht, options));
  } catch (e) {
    if (e instanceof XoevError) return failure(e.diagnostics);
    throw e;
  }
}
