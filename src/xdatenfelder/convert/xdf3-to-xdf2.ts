/**
 * XDatenfelder 3.0.0 → 2.0. Everything 2.0 cannot hold is reported (stage `convert`) with the element it
 * concerns; nothing is dropped silently. The "Originalwerte der XDF2-Datei" block written by the 2.0 → 3.0.0
 * conversion (and by the reference converter) is read back, so that 2.0 → 3.0.0 → 2.0 restores the original
 * IDs, versions, status, code-list references and rule scripts. Inline value lists (`werte`) become generated
 * genericode code lists returned next to the message. Rules: docs/conversion.md.
 */
import { codeOf } from "../../core/codelists/code.ts";
import type { CodeListDocument } from "../../core/codelists/genericode.ts";
import { diagnostic } from "../../core/diagnostics/create.ts";
import { failure, type Result, resultOf } from "../../core/result.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  type Datentyp,
  datentypCodeList,
  type Feldart,
  feldartCodeList,
  type Status,
  schemaelementartCodeList,
  statusCodeList,
} from "../v2/codes.ts";
import type * as X2 from "../v2/model.ts";
import { praezisierungOf } from "../v2/praezisierung.ts";
import type * as X3 from "../v3/model.ts";
import { PREFIXES as PREFIXES3 } from "../v3/namespace.ts";
import { checkUnternummernkreis, DEFAULT_UNTERNUMMERNKREIS, narrowId, narrowIdsInText, narrowVersion } from "./ids.ts";
import { type Originalwerte, splitOriginalwerte } from "./originalwerte.ts";
import { ConversionReport, convertedRoot, reportMiscNotCarried } from "./report.ts";
import { DEFAULT_DATENFELD_ID, DEFAULT_DOKUMENTSTECKBRIEF_ID } from "./xdf2-to-xdf3.ts";

/**
 * Options of {@link convertXdf3ToXdf2}: the Unternummernkreis removed from IDs, whether the Originalwerte block is read back.
 *
 * @example
 * ```ts
 * import { convertXdf3ToXdf2, parse, type Xdf3ToXdf2Options } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const options: Xdf3ToXdf2Options = { unternummernkreis: "000", originalwerte: true, file: "S60000000011V1.0.xml" };
 * const gelesen = parse(xml);
 * if (gelesen.version === "3.0.0") console.log(convertXdf3ToXdf2(gelesen.nachricht, options).diagnostics);
 * ```
 */
export interface Xdf3ToXdf2Options {
  /** The Unternummernkreis removed from IDs (default `000`); IDs with another one are kept whole and reported. */
  readonly unternummernkreis?: string;
  /** Read the "Originalwerte der XDF2-Datei" block in `beschreibung` back (default `true`). */
  readonly originalwerte?: boolean;
  /** The Dokumentsteckbrief placeholder that is dropped without a report (default `D99000000001`). */
  readonly dokumentsteckbriefId?: string;
  /** Status for elements whose 3.0.0 form has none (rules) and no Originalwerte block (default `aktiv`). */
  readonly regelStatus?: Status;
  /** Prefix of the canonical URI of code lists generated from inline `werte` (default `urn:de:fim:codeliste:werte:`). */
  readonly werteCodelistePrefix?: string;
  /** File name for the diagnostics. */
  readonly file?: string;
}

/** A 3.0.0 → 2.0 conversion: the message plus the code lists generated from inline `werte`. */
export interface Xdf2Conversion {
  readonly nachricht: X2.Nachricht;
  /** One genericode list per distinct inline value list, referenced by the converted fields. */
  readonly codeListen: readonly CodeListDocument[];
}

const T2 = "XDatenfelder 2.0";

class Down {
  readonly r: ConversionReport;
  readonly unk: string;
  readonly codeListen: CodeListDocument[] = [];
  readonly header: X3.Header;

  constructor(
    readonly o: Xdf3ToXdf2Options,
    header: X3.Header,
  ) {
    this.unk = checkUnternummernkreis(o.unternummernkreis ?? DEFAULT_UNTERNUMMERNKREIS);
    this.r = new ConversionReport(PREFIXES3, o.file);
    this.header = header;
  }

  where(a: { identifikation: X3.ElementIdentifikation }, child?: string): string {
    const v = a.identifikation.version === undefined ? "" : `V${a.identifikation.version}`;
    return `${a.identifikation.id}${v}${child === undefined ? "" : `/${child}`}`;
  }

  lost(obj: object, where: string, element: string, value: string, severity: "warning" | "info" = "warning"): void {
    this.r.report("not-representable", { element, value, target: T2 }, obj, where, severity);
  }

  id(owner: object, e: X3.ElementIdentifikation, where: string): X2.ElementIdentifikation {
    let id = narrowId(e.id, this.unk);
    if (id === undefined) {
      id = e.id;
      if (/^[A-Z]\d{11}$/.test(e.id)) this.lost(owner, where, "identifikation/id (Unternummernkreis)", e.id, "info");
    }
    if (e.version === undefined) return { id };
    let version = narrowVersion(e.version);
    if (version === undefined) {
      const m = /^(\d+\.\d+)/.exec(e.version);
      version = m?.[1] ?? e.version;
      this.lost(owner, where, "identifikation/version (patch level)", e.version);
    }
    return { id, version };
  }

  /** ID and version: from the Originalwerte block when present, else narrowed. */
  ident(a: { identifikation: X3.ElementIdentifikation }, ow: Originalwerte | undefined): X2.ElementIdentifikation {
    if (ow !== undefined) return ow.version === undefined ? { id: ow.id } : { id: ow.id, version: ow.version };
    return this.id(a, a.identifikation, this.where(a, "identifikation"));
  }

  split(a: { beschreibung?: string }): { beschreibung: string; werte?: Originalwerte } {
    if (this.o.originalwerte === false) return { beschreibung: a.beschreibung ?? "" };
    return splitOriginalwerte(a.beschreibung ?? "");
  }

  bezug(list: readonly X3.Rechtsbezug[], owner: object, where: string): string {
    for (const b of list) if (b.link !== undefined) this.lost(owner, where, "bezug/@link", b.link);
    return list.map((b) => b.text).join("; ");
  }

  status(a: X3.AllgemeineAngaben, ow: Originalwerte | undefined): X3.XoevCode<Status> {
    if (ow !== undefined && Object.hasOwn(statusCodeList.labels, ow.status)) return codeOf(statusCodeList, ow.status as Status);
    const f = a.freigabestatus.code;
    const status: Status = f === "7" || f === "8" ? "inaktiv" : f === "4" || f === "5" || f === "6" ? "aktiv" : "inVorbereitung";
    if (f === "8" || (ow === undefined && !["2", "6", "7"].includes(f)))
      this.lost(a, this.where(a, "freigabestatus"), "freigabestatus", `${f} (mapped to status ${status})`, "info");
    return codeOf(statusCodeList, status);
  }

  allgemein(
    a: X3.AllgemeineAngaben,
    labels: { bezeichnungEingabe: string; bezeichnungAusgabe?: string },
    inherited: string | undefined,
  ): { angaben: X2.AllgemeineAngaben; ow: Originalwerte | undefined } {
    const { beschreibung, werte: ow } = this.split(a);
    const w = this.where(a);
    const released = ["4", "5", "6"].includes(a.freigabestatus.code);
    const freigabedatum = released ? a.statusGesetztAm : undefined;
    if (!released && a.statusGesetztAm !== undefined && a.statusGesetztAm !== inherited)
      this.lost(a, w, "statusGesetztAm", a.statusGesetztAm, "info");
    if (a.letzteAenderung !== this.header.erstellungszeitpunkt) this.lost(a, w, "letzteAenderung", a.letzteAenderung, "info");
    // real exports repeat identical relations thousands of times: one finding per distinct relation
    const relations = new Map<string, { rel: X3.Relation; count: number }>();
    for (const rel of a.relation) {
      const key = `${rel.praedikat.code} ${rel.objekt.id}${rel.objekt.version === undefined ? "" : `V${rel.objekt.version}`}`;
      const seen = relations.get(key);
      if (seen === undefined) relations.set(key, { rel, count: 1 });
      else seen.count++;
    }
    for (const [key, { rel, count }] of relations) this.lost(rel, w, "relation", count === 1 ? key : `${key} (×${count})`);
    for (const s of a.stichwort) this.lost(s, w, "stichwort", `${s.uri}: ${s.text}`);
    return {
      ow,
      angaben: {
        identifikation: this.ident(a, ow),
        name: a.name,
        bezeichnungEingabe: labels.bezeichnungEingabe,
        bezeichnungAusgabe: labels.bezeichnungAusgabe,
        beschreibung,
        definition: a.definition ?? "",
        bezug: this.bezug(a.bezug, a, w),
        status: this.status(a, ow),
        gueltigAb: a.gueltigAb,
        gueltigBis: a.gueltigBis,
        fachlicherErsteller: a.statusGesetztDurch,
        versionshinweis: a.versionshinweis,
        freigabedatum,
        veroeffentlichungsdatum: a.veroeffentlichungsdatum,
      },
    };
  }

  schemaelement(
    s: X3.Schemaelementangaben,
    inherited: string | undefined,
  ): { angaben: X2.Schemaelementangaben; ow: Originalwerte | undefined } {
    const { angaben, ow } = this.allgemein(
      s,
      { bezeichnungEingabe: s.bezeichnungEingabe, bezeichnungAusgabe: s.bezeichnungAusgabe },
      inherited,
    );
    return {
      ow,
      angaben: {
        ...angaben,
        schemaelementart: codeOf(schemaelementartCodeList, s.schemaelementart.code),
        hilfetextEingabe: s.hilfetextEingabe ?? "",
        hilfetextAusgabe: s.hilfetextAusgabe ?? "",
      },
    };
  }

  regel(r: X3.Regel): X2.Regel {
    const { beschreibung, werte: ow } = this.split(r);
    const w = this.where(r);
    if (r.letzteAenderung !== this.header.erstellungszeitpunkt) this.lost(r, w, "letzteAenderung", r.letzteAenderung, "info");
    if (r.typ.code !== "K") this.lost(r, w, "typ", r.typ.code, "info");
    for (const p of r.param) this.lost(p, w, "param", `${p.name} ${p.element} ${p.typ}`);
    for (const z of r.ziel) this.lost(z, w, "ziel", `${z.name} ${z.element}`);
    for (const f of r.fehler) this.lost(f, w, "fehler", `${f.code}: ${f.text}`);
    for (const s of r.stichwort) this.lost(s, w, "stichwort", `${s.uri}: ${s.text}`);
    let script = ow?.skript ?? "";
    if (r.skript !== undefined) {
      if (ow?.skript !== undefined && ow.skript !== r.skript) this.lost(r, w, "skript (Originalwerte Skript kept)", r.skript);
      else script = r.skript;
    }
    const status: Status =
      ow !== undefined && Object.hasOwn(statusCodeList.labels, ow.status) ? (ow.status as Status) : (this.o.regelStatus ?? "aktiv");
    if (ow === undefined)
      this.r.report(
        "conversion-default",
        { element: "status", value: status, reason: "a 3.0.0 rule has no status" },
        r,
        this.where(r, "status"),
        "info",
      );
    return {
      identifikation: this.ident(r, ow),
      name: r.name,
      bezeichnungEingabe: r.name,
      bezeichnungAusgabe: undefined,
      beschreibung,
      definition: narrowIdsInText(r.freitextRegel ?? "", this.unk),
      bezug: this.bezug(r.bezug, r, w),
      status: codeOf(statusCodeList, status),
      gueltigAb: undefined,
      gueltigBis: undefined,
      fachlicherErsteller: r.fachlicherErsteller,
      versionshinweis: undefined,
      freigabedatum: undefined,
      veroeffentlichungsdatum: undefined,
      script,
    };
  }

  werteCodeliste(f: X3.Datenfeld, werte: readonly X3.Wert[], id: X2.ElementIdentifikation): X2.CodelisteReferenz {
    const prefix = this.o.werteCodelistePrefix ?? "urn:de:fim:codeliste:werte:";
    const uri = `${prefix}${f.identifikation.id.toLowerCase()}`;
    const version = f.identifikation.version ?? "1";
    const hasHilfe = werte.some((v) => v.hilfe !== undefined);
    const column = (cid: string, short: string) => ({
      kind: "Column" as const,
      id: cid,
      use: cid === "hilfe" ? "optional" : "required",
      shortName: { text: short, attributes: [] },
      longName: [],
      data: { type: "string", attributes: [], content: [] },
    });
    const doc: CodeListDocument = {
      form: "oasis",
      attributes: [],
      identification: {
        shortName: { text: f.name, attributes: [] },
        longName: [],
        version,
        canonicalUri: uri,
        canonicalVersionUri: `${uri}_${version}`,
        locationUri: [],
        alternateFormatLocationUri: [],
      },
      columnSet: {
        attributes: [],
        column: [column("code", "Code"), column("name", "Name"), ...(hasHilfe ? [column("hilfe", "Hilfe")] : [])],
        key: [{ kind: "Key", id: "codeKey", shortName: { text: "CodeKey", attributes: [] }, longName: [], columnRef: [{ ref: "code" }] }],
      },
      simpleCodeList: {
        row: werte.map((v) => ({
          value: [
            { columnRef: "code", simpleValue: v.code },
            { columnRef: "name", simpleValue: v.name },
            ...(v.hilfe === undefined ? [] : [{ columnRef: "hilfe", simpleValue: v.hilfe }]),
          ],
        })),
      },
    };
    this.codeListen.push(doc);
    const cId = `C${id.id.slice(1)}`;
    this.r.report(
      "conversion-default",
      {
        element: "werte",
        value: `${uri} (${cId})`,
        reason: "2.0 has no inline value lists; a genericode list was generated and is referenced",
      },
      f,
      this.where(f, "werte"),
      "info",
    );
    return {
      identifikation: { id: cId },
      genericodeIdentification: { canonicalIdentification: uri, version, canonicalVersionUri: `${uri}_${version}` },
    };
  }

  datenfeld(f: X3.Datenfeld, inherited: string | undefined): X2.Datenfeld {
    const { angaben, ow } = this.schemaelement(f, inherited);
    const w = this.where(f);
    let feldart = f.feldart.code as string;
    if (!Object.hasOwn(feldartCodeList.labels, feldart)) {
      this.lost(f, w, "feldart", `${feldart} (written as input)`);
      feldart = "input";
    }
    let datentyp = f.datentyp.code as string;
    if (!Object.hasOwn(datentypCodeList.labels, datentyp)) {
      this.lost(f, w, "datentyp", `${datentyp} (written as text)`);
      datentyp = "text";
    }
    const p = f.praezisierung;
    if (p !== undefined && p.text !== "") this.lost(p, w, "praezisierung (text content)", p.text);
    const praezisierung =
      p === undefined
        ? { text: "" }
        : praezisierungOf({
            minLength: p.minLength,
            maxLength: p.maxLength,
            minValue: p.minValue,
            maxValue: p.maxValue,
            pattern: p.pattern,
          });
    if (f.vorbefuellung.code !== "keine") this.lost(f, w, "vorbefuellung", f.vorbefuellung.code);
    for (const k of ["codeKey", "nameKey", "helpKey", "maxSize"] as const) {
      const v = f[k];
      if (v !== undefined) this.lost(f, w, k, v);
    }
    for (const m of f.mediaType) this.lost(f, w, "mediaType", m);

    let codelisteReferenz: X2.CodelisteReferenz | undefined;
    const g = f.codelisteReferenz;
    if (ow?.codeliste !== undefined) {
      // the original 2.0 reference, documented by the up-conversion (the values may have been inlined)
      const ci = ow.codelisteCanonicalIdentification ?? g?.canonicalIdentification ?? "";
      const v = ow.codelisteVersion ?? g?.version ?? "";
      const cvu = g?.canonicalVersionUri !== undefined && g.canonicalIdentification === ci ? g.canonicalVersionUri : `${ci}_${v}`;
      codelisteReferenz = {
        identifikation: { id: ow.codeliste },
        genericodeIdentification: { canonicalIdentification: ci, version: v, canonicalVersionUri: cvu },
      };
      if (f.werte !== undefined && g !== undefined)
        this.lost(f, w, "werte (the Originalwerte code list is referenced)", f.werte.map((x) => x.code).join(","));
    } else if (g !== undefined) {
      const ci = g.canonicalIdentification ?? "";
      const v = g.version ?? "";
      for (const [k, val] of [
        ["canonicalIdentification", g.canonicalIdentification],
        ["version", g.version],
      ] as const) {
        if (val === undefined)
          this.r.report(
            "conversion-default",
            { element: `codelisteReferenz/${k}`, value: "", reason: "required in 2.0, absent in the 3.0.0 reference" },
            g,
            this.where(f, "codelisteReferenz"),
          );
      }
      this.r.report(
        "conversion-default",
        {
          element: "codelisteReferenz/identifikation/id",
          value: "",
          reason: "2.0 requires the FIM code-list ID, which 3.0.0 does not carry",
        },
        g,
        this.where(f, "codelisteReferenz"),
      );
      codelisteReferenz = {
        identifikation: { id: "" },
        genericodeIdentification: {
          canonicalIdentification: ci,
          version: v,
          canonicalVersionUri: g.canonicalVersionUri ?? (ci === "" ? "" : `${ci}_${v}`),
        },
      };
      if (f.werte !== undefined) this.lost(f, w, "werte (the codelisteReferenz is kept)", f.werte.map((x) => x.code).join(","));
    } else if (f.werte !== undefined) {
      codelisteReferenz = this.werteCodeliste(f, f.werte, angaben.identifikation);
    }
    return {
      ...angaben,
      feldart: codeOf(feldartCodeList, feldart as Feldart),
      datentyp: codeOf(datentypCodeList, datentyp as Datentyp),
      praezisierung,
      inhalt: f.inhalt ?? "",
      codelisteReferenz,
      regel: f.regel.map((r) => this.regel(r)),
    };
  }

  isDefaultStruktur(s: readonly X3.Struktur[]): boolean {
    const only = s.length === 1 ? s[0] : undefined;
    return (
      only !== undefined &&
      "datenfeld" in only.enthaelt &&
      only.enthaelt.datenfeld.identifikation.id === DEFAULT_DATENFELD_ID &&
      only.enthaelt.datenfeld.identifikation.version === undefined
    );
  }

  struktur(
    list: readonly X3.Struktur[],
    owner: { identifikation: X3.ElementIdentifikation },
    inherited: string | undefined,
  ): X2.Struktur[] {
    if (this.isDefaultStruktur(list)) {
      this.r.report(
        "conversion-default",
        { element: "struktur", value: DEFAULT_DATENFELD_ID, reason: "the placeholder field is left out (2.0 allows an empty structure)" },
        owner,
        this.where(owner, "struktur"),
        "info",
      );
      return [];
    }
    return list.map((s) => {
      const e = s.enthaelt;
      return {
        anzahl: s.anzahl,
        bezug: this.bezug(s.bezug, s, this.where(owner, "struktur/bezug")),
        enthaelt:
          "datenfeld" in e
            ? { datenfeld: this.datenfeld(e.datenfeld, inherited) }
            : { datenfeldgruppe: this.datenfeldgruppe(e.datenfeldgruppe, inherited) },
      };
    });
  }

  datenfeldgruppe(g: X3.Datenfeldgruppe, inherited: string | undefined): X2.Datenfeldgruppe {
    const { angaben } = this.schemaelement(g, inherited);
    if (g.art !== undefined) this.lost(g, this.where(g), "art", g.art.code);
    const own = ["4", "5", "6"].includes(g.freigabestatus.code) ? (g.statusGesetztAm ?? inherited) : inherited;
    return { ...angaben, regel: g.regel.map((r) => this.regel(r)), struktur: this.struktur(g.struktur, g, own) };
  }

  stammdatenschema(s: X3.Stammdatenschema): X2.Stammdatenschema {
    const { angaben } = this.allgemein(s, { bezeichnungEingabe: s.bezeichnung }, undefined);
    const placeholder = this.o.dokumentsteckbriefId ?? DEFAULT_DOKUMENTSTECKBRIEF_ID;
    const d = s.dokumentsteckbrief;
    if (d.id !== placeholder || d.version !== undefined)
      this.lost(s, this.where(s), "dokumentsteckbrief", `${d.id}${d.version === undefined ? "" : `V${d.version}`}`);
    const own = ["4", "5", "6"].includes(s.freigabestatus.code) ? s.statusGesetztAm : undefined;
    return {
      ...angaben,
      hilfetext: s.hilfetext,
      ableitungsmodifikationenStruktur: codeOf(ableitungsmodifikationenStrukturCodeList, s.ableitungsmodifikationenStruktur.code),
      ableitungsmodifikationenRepraesentation: codeOf(
        ableitungsmodifikationenRepraesentationCodeList,
        s.ableitungsmodifikationenRepraesentation.code,
      ),
      regel: s.regel.map((r) => this.regel(r)),
      struktur: this.struktur(s.struktur, s, own),
    };
  }

  dokumentsteckbrief(d: X3.Dokumentsteckbrief): X2.Dokumentsteckbrief {
    const { angaben } = this.allgemein(d, { bezeichnungEingabe: d.bezeichnung }, undefined);
    return { ...angaben, isReferenz: d.istAbstrakt, dokumentart: d.dokumentart.code, hilfetext: d.hilfetext };
  }

  codeliste(n: X3.CodelisteNachricht): X2.Codeliste {
    const doc = n.genericode.inhalt.find((i): i is { readonly codeList: CodeListDocument } => "codeList" in i)?.codeList;
    const id = doc?.identification;
    const name = id === undefined ? "" : (id.longName[0]?.text ?? id.shortName.text);
    const defaults: [string, string][] = [
      ["identifikation/id", ""],
      ["status", "aktiv"],
    ];
    if (doc === undefined) defaults.push(["name", ""], ["genericodeIdentification", ""]);
    for (const [k, v] of defaults) {
      this.r.report(
        "conversion-default",
        { element: `codeliste/${k}`, value: v, reason: "3.0.0 message 0105 carries only the genericode" },
        n,
        "/codeliste",
        "info",
      );
    }
    return {
      identifikation: { id: "" },
      name,
      bezeichnungEingabe: name,
      beschreibung: "",
      definition: "",
      bezug: "",
      status: codeOf(statusCodeList, "aktiv"),
      genericodeIdentification: {
        canonicalIdentification: id?.canonicalUri ?? "",
        version: id?.version ?? "",
        canonicalVersionUri: id?.canonicalVersionUri ?? "",
      },
      langname: name,
      // both versions carry the same xs:any payload in the same typed model: passed through whole
      genericode: { inhalt: n.genericode.inhalt },
    };
  }
}

/**
 * Converts an XDatenfelder 3.0.0 message to 2.0. Message 0106 (Übersetzung) has no 2.0 counterpart and fails
 * with `not-representable`; every other message converts, with a finding for each value 2.0 cannot hold.
 *
 * @example
 * ```ts
 * import { convertXdf3ToXdf2, parse, v2 } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const gelesen = parse(xml);
 * if (gelesen.version === "3.0.0") {
 *   const result = convertXdf3ToXdf2(gelesen.nachricht);
 *   if (result.data !== undefined) console.log(v2.serialize(result.data.nachricht), result.data.codeListen.length);
 * }
 * ```
 */
export function convertXdf3ToXdf2(n: X3.Nachricht, options: Xdf3ToXdf2Options = {}): Result<Xdf2Conversion> {
  const down = new Down(options, n.header);
  const h = n.header;
  for (const k of ["produktbezeichnung", "produkthersteller", "produktversion"] as const) {
    const v = h[k];
    if (v !== undefined) down.lost(h, `/header/${k}`, `header/${k}`, v, "info");
  }
  if (h.datenqualitaet !== undefined) down.lost(h, "/header/datenqualitaet", "header/datenqualitaet", h.datenqualitaet.code, "info");
  const header: X2.Header =
    h.referenzID === undefined
      ? { nachrichtID: h.nachrichtID, erstellungszeitpunkt: h.erstellungszeitpunkt }
      : { nachrichtID: h.nachrichtID, erstellungszeitpunkt: h.erstellungszeitpunkt, referenzID: h.referenzID };
  // root attributes are kept by both models and passed through, except the schema-location hints
  const basis = convertedRoot(down.r, n, header);
  let nachricht: X2.Nachricht | undefined;
  switch (n.kind) {
    case "xdatenfelder.dokumentsteckbrief.0101":
      nachricht = { kind: n.kind, ...basis, dokumentensteckbrief: down.dokumentsteckbrief(n.dokumentsteckbrief) };
      break;
    case "xdatenfelder.stammdatenschema.0102":
      nachricht = { kind: n.kind, ...basis, stammdatenschema: down.stammdatenschema(n.stammdatenschema) };
      break;
    case "xdatenfelder.datenfeldgruppe.0103":
      nachricht = { kind: n.kind, ...basis, datenfeldgruppe: down.datenfeldgruppe(n.datenfeldgruppe, undefined) };
      break;
    case "xdatenfelder.datenfeld.0104":
      nachricht = { kind: n.kind, ...basis, datenfeld: down.datenfeld(n.datenfeld, undefined) };
      break;
    case "xdatenfelder.codeliste.0105":
      nachricht = { kind: n.kind, ...basis, codeliste: down.codeliste(n) };
      break;
    case "xdatenfelder.uebersetzung.0106":
      return failure([
        diagnostic({
          code: "not-representable",
          params: { element: n.kind, value: n.uebersetzt.id, target: `${T2} (no translation message)` },
          severity: "error",
          stage: "convert",
          path: `/${n.kind}`,
          file: options.file,
        }),
      ]);
  }
  // comments and PIs: only those inside an embedded code list, which is passed through whole, are kept
  const carried = n.kind === "xdatenfelder.codeliste.0105" ? n.genericode.inhalt.flatMap((i) => ("codeList" in i ? [i.codeList] : [])) : [];
  reportMiscNotCarried(down.r, n, T2, carried);
  return resultOf(nachricht === undefined ? undefined : { nachricht, codeListen: down.codeListen }, down.r.diagnostics);
}
