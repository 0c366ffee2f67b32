/**
 * XDatenfelder 2.0 model → XML. Deterministic: the XSD's element order, namespaces declared once on the
 * root (prefix `xdf` unless configured), root attributes (e.g. `xsi:schemaLocation`) written back as read.
 */
import { GENERICODE_NAMESPACE as GC, writeCodeList, writeGcElement } from "../../core/codelists/genericode.ts";
import { writeXoevCode } from "../../core/codelists/xml.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { keptAttributeSpecs, prefixesWithKept, XmlWriter } from "../../core/xml/write.ts";
import type {
  AllgemeineAngaben,
  Codeliste,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  GenericodeIdentification,
  Header,
  Nachricht,
  Regel,
  Schemaelementangaben,
  Stammdatenschema,
  Struktur,
  XoevCode,
} from "./model.ts";
import { DEFAULT_PREFIX, NAMESPACE } from "./namespace.ts";

const X = NAMESPACE;

/** Options for {@link serialize}. */
export interface SerializeOptions {
  /** Prefix for the XDatenfelder namespace (default `xdf`, as real 2.0 files use; `""` = default namespace). */
  readonly prefix?: string;
  /** Indented output (default `true`); `false` writes compact XML without added white space. */
  readonly pretty?: boolean;
  /** Indentation unit (default two spaces). */
  readonly indent?: string;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
  /** Write embedded genericode in the OASIS form even if it came in the FIM (qualified) form. */
  readonly normalizeGenericode?: boolean;
}

class Writer {
  constructor(
    readonly w: XmlWriter,
    readonly options: SerializeOptions,
  ) {}

  text(local: string, value: string | undefined): void {
    if (value !== undefined) this.w.element(X, local, value);
  }

  code(local: string, value: XoevCode): void {
    writeXoevCode(this.w, X, local, value);
  }

  identifikation(local: string, id: ElementIdentifikation): void {
    this.w.start(X, local, [], false, id);
    this.text("id", id.id);
    this.text("version", id.version);
    this.w.end();
  }

  allgemeineAngaben(a: AllgemeineAngaben): void {
    this.identifikation("identifikation", a.identifikation);
    this.text("name", a.name);
    this.text("bezeichnungEingabe", a.bezeichnungEingabe);
    this.text("bezeichnungAusgabe", a.bezeichnungAusgabe);
    this.text("beschreibung", a.beschreibung);
    this.text("definition", a.definition);
    this.text("bezug", a.bezug);
    this.code("status", a.status);
    this.text("gueltigAb", a.gueltigAb);
    this.text("gueltigBis", a.gueltigBis);
    this.text("fachlicherErsteller", a.fachlicherErsteller);
    this.text("versionshinweis", a.versionshinweis);
    this.text("freigabedatum", a.freigabedatum);
    this.text("veroeffentlichungsdatum", a.veroeffentlichungsdatum);
  }

  schemaelementangaben(s: Schemaelementangaben): void {
    this.allgemeineAngaben(s);
    this.code("schemaelementart", s.schemaelementart);
    this.text("hilfetextEingabe", s.hilfetextEingabe);
    this.text("hilfetextAusgabe", s.hilfetextAusgabe);
  }

  genericodeIdentification(g: GenericodeIdentification): void {
    this.w.start(X, "genericodeIdentification", [], false, g);
    this.text("canonicalIdentification", g.canonicalIdentification);
    this.text("version", g.version);
    this.text("canonicalVersionUri", g.canonicalVersionUri);
    this.w.end();
  }

  regel(r: Regel): void {
    this.w.start(X, "regel", [], false, r);
    this.allgemeineAngaben(r);
    this.text("script", r.script);
    this.w.end();
  }

  datenfeld(f: Datenfeld): void {
    this.w.start(X, "datenfeld", [], false, f);
    this.schemaelementangaben(f);
    this.code("feldart", f.feldart);
    this.code("datentyp", f.datentyp);
    this.text("praezisierung", f.praezisierung.text);
    this.text("inhalt", f.inhalt);
    if (f.codelisteReferenz !== undefined) {
      this.w.start(X, "codelisteReferenz", [], false, f.codelisteReferenz);
      this.identifikation("identifikation", f.codelisteReferenz.identifikation);
      this.genericodeIdentification(f.codelisteReferenz.genericodeIdentification);
      this.w.end();
    }
    for (const r of f.regel) this.regel(r);
    this.w.end();
  }

  struktur(s: Struktur): void {
    this.w.start(X, "struktur", [], false, s);
    this.text("anzahl", s.anzahl);
    this.text("bezug", s.bezug);
    this.w.start(X, "enthaelt");
    if ("datenfeld" in s.enthaelt) this.datenfeld(s.enthaelt.datenfeld);
    else this.datenfeldgruppe(s.enthaelt.datenfeldgruppe);
    this.w.end();
    this.w.end();
  }

  datenfeldgruppe(g: Datenfeldgruppe): void {
    this.w.start(X, "datenfeldgruppe", [], false, g);
    this.schemaelementangaben(g);
    for (const r of g.regel) this.regel(r);
    for (const s of g.struktur) this.struktur(s);
    this.w.end();
  }

  stammdatenschema(s: Stammdatenschema): void {
    this.w.start(X, "stammdatenschema", [], false, s);
    this.allgemeineAngaben(s);
    this.text("hilfetext", s.hilfetext);
    this.code("ableitungsmodifikationenStruktur", s.ableitungsmodifikationenStruktur);
    this.code("ableitungsmodifikationenRepraesentation", s.ableitungsmodifikationenRepraesentation);
    for (const r of s.regel) this.regel(r);
    for (const st of s.struktur) this.struktur(st);
    this.w.end();
  }

  dokumentsteckbrief(d: Dokumentsteckbrief): void {
    this.w.start(X, "dokumentensteckbrief", [], false, d);
    this.allgemeineAngaben(d);
    this.text("isReferenz", d.isReferenz);
    this.text("dokumentart", d.dokumentart);
    this.text("hilfetext", d.hilfetext);
    this.w.end();
  }

  codeliste(c: Codeliste): void {
    this.w.start(X, "codeliste", [], false, c);
    this.allgemeineAngaben(c);
    this.genericodeIdentification(c.genericodeIdentification);
    this.text("langname", c.langname);
    this.w.start(X, "genericode", [], false, c.genericode);
    for (const i of c.genericode.inhalt) {
      if ("codeList" in i) writeCodeList(this.w, i.codeList, { normalize: this.options.normalizeGenericode });
      else writeGcElement(this.w, i.element, "");
    }
    this.w.end();
    this.w.end();
  }

  header(h: Header): void {
    this.w.start(X, "header", [], false, h);
    this.text("nachrichtID", h.nachrichtID);
    this.text("erstellungszeitpunkt", h.erstellungszeitpunkt);
    this.text("referenzID", h.referenzID);
    this.w.end();
  }
}

/**
 * Serializes a message to XML. Throws an {@link XoevError} when the model holds a character XML 1.0
 * cannot carry; {@link safeSerialize} returns that as a diagnostic instead.
 */
export function serialize(nachricht: Nachricht, options: SerializeOptions = {}): string {
  const prefixes = prefixesWithKept({ [X]: options.prefix ?? DEFAULT_PREFIX, [GC]: "gc" }, nachricht.rootAttributes);
  const xw = new XmlWriter({ pretty: options.pretty ?? true, indent: options.indent, declaration: options.declaration ?? true, prefixes });
  const w = new Writer(xw, options);
  // The model objects given to `start` bring back the source's comments and PIs (core/xml/misc.ts).
  xw.start(X, nachricht.kind, keptAttributeSpecs(nachricht.rootAttributes), false, nachricht);
  w.header(nachricht.header);
  switch (nachricht.kind) {
    case "xdatenfelder.dokumentsteckbrief.0101":
      w.dokumentsteckbrief(nachricht.dokumentensteckbrief);
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
      w.codeliste(nachricht.codeliste);
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
