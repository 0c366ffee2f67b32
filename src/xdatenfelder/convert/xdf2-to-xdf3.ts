/**
 * XDatenfelder 2.0 → 3.0.0, following the reference converter FIM-XSLT XDF2_2_XDF3 0.14 (fact sheet §14.1)
 * with the parameters of `reference-outputs/xdf2to3/`. Deliberate differences are documented in
 * docs/conversion.md. Everything 3.0.0 cannot hold is reported (stage `convert`); nothing is dropped silently.
 */
import { codeOf } from "../../core/codelists/code.ts";
import { codeListValues } from "../../core/codelists/genericode.ts";
import type { CodeListProvider } from "../../core/codelists/provider.ts";
import { type Result, resultOf } from "../../core/result.ts";
import type * as X2 from "../v2/model.ts";
import { PREFIXES as PREFIXES2 } from "../v2/namespace.ts";
import {
  ableitungsmodifikationenRepraesentationCodeList,
  ableitungsmodifikationenStrukturCodeList,
  type Dokumentart,
  datentypCodeList,
  dokumentartCodeList,
  type Freigabestatus,
  feldartCodeList,
  freigabestatusCodeList,
  regeltypCodeList,
  schemaelementartCodeList,
  vorbefuellungCodeList,
} from "../v3/codes.ts";
import type * as X3 from "../v3/model.ts";
import { checkUnternummernkreis, DEFAULT_UNTERNUMMERNKREIS, widenId, widenIdsInText, widenVersion } from "./ids.ts";
import { LATIN_REPLACEMENTS, toStringLatin } from "./latin.ts";
import { appendOriginalwerte } from "./originalwerte.ts";
import { ConversionReport, convertedRoot, reportMiscNotCarried } from "./report.ts";

/**
 * Options of {@link convertXdf2ToXdf3}: the Unternummernkreis, how `bezug` and the 2.0 values 3.0.0 cannot hold are carried.
 *
 * @example
 * ```ts
 * import { convertXdf2ToXdf3, parse, type Xdf2ToXdf3Options } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const options: Xdf2ToXdf3Options = { unternummernkreis: "001", bezuegeAufteilen: true, dokumentsteckbriefId: "D60000000001" };
 * const gelesen = parse(xml);
 * if (gelesen.version === "2.0") console.log((await convertXdf2ToXdf3(gelesen.nachricht, options)).diagnostics);
 * ```
 */
export interface Xdf2ToXdf3Options {
  /** 3-digit Unternummernkreis inserted into every ID (default `000`). */
  readonly unternummernkreis?: string;
  /** Split `bezug` on `;` into several Rechtsbezüge (default `true`, reference `BezuegeAufteilen=1`). */
  readonly bezuegeAufteilen?: boolean;
  /** Dokumentsteckbrief a schema refers to (default `D99000000001`, the portal placeholder). */
  readonly dokumentsteckbriefId?: string;
  /**
   * Append the 2.0 values 3.0.0 cannot hold to `beschreibung`, as the reference does (default `true`,
   * reference `OriginalwerteDoku=1`). The 3.0.0 → 2.0 conversion reads the block back.
   */
  readonly originalwerteDoku?: boolean;
  /** Widen element IDs in rule texts (default `true`, reference `FreitextRegelKorrektur=1`). */
  readonly freitextRegelKorrektur?: boolean;
  /**
   * Where to find the genericode of FIM-internal code lists, which become inline `werte`
   * (reference `Codelisten2Wertelisten=1`). Without a provider, or when a list is not found, the field keeps a
   * `codelisteReferenz` and a `code-list-unavailable` warning is reported.
   */
  readonly codeLists?: CodeListProvider;
  /** Which code lists count as FIM-internal (default: URN contains `urn:de:fim:` or `urn:xoev-de:fim:`). */
  readonly isInternalCodeList?: (canonicalIdentification: string) => boolean;
  /** `letzteAenderung` of every element (default: the header's `erstellungszeitpunkt`). */
  readonly letzteAenderung?: string;
  /** `listVersionID` written on `freigabestatus` (default `2020-03-19`, as the reference converter writes). */
  readonly freigabestatusListVersionID?: string;
  /**
   * Replace characters outside String.Latin (which 3.0.0 text elements require) by {@link LATIN_REPLACEMENTS}
   * (default `true`, as the reference does). Every replacement, and every character left because it has no
   * replacement, is reported.
   */
  readonly stringLatin?: boolean;
  /** File name for the diagnostics. */
  readonly file?: string;
}

/** The default Dokumentsteckbrief placeholder of the FIM Portal. */
export const DEFAULT_DOKUMENTSTECKBRIEF_ID = "D99000000001";
/** The placeholder field the reference inserts into a schema or group without children. */
export const DEFAULT_DATENFELD_ID = "F60000000001";

function defaultIsInternal(uri: string): boolean {
  return uri.includes("urn:de:fim:") || uri.includes("urn:xoev-de:fim:");
}

const normalizeSpace = (s: string) => s.replace(/[\t\n\r ]+/g, " ").trim();
/** Empty and white-space-only texts are left out, as the reference does. */
const nonEmpty = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : s);
/** The empty script stub FIM editors write; the reference leaves it out of the Originalwerte block. */
const EMPTY_SCRIPT = /^function script\(\) \{\s*\}$/;

/**
 * Dates children take from their nearest ancestor that has them, as the reference output shows:
 * `freigabedatum` (→ `statusGesetztAm`) and `veroeffentlichungsdatum`.
 */
interface Erbe {
  readonly freigabedatum?: string;
  readonly veroeffentlichungsdatum?: string;
}

function erbeOf(a: X2.AllgemeineAngaben, parent: Erbe): Erbe {
  return {
    freigabedatum: a.freigabedatum ?? parent.freigabedatum,
    veroeffentlichungsdatum: a.veroeffentlichungsdatum ?? parent.veroeffentlichungsdatum,
  };
}

class Up {
  readonly r: ConversionReport;
  readonly unk: string;
  readonly letzteAenderung: string;
  readonly internal: (uri: string) => boolean;
  /** Code lists to fetch, collected in a first pass (the provider is asynchronous). */
  readonly lists = new Map<string, Promise<Result<import("../../core/codelists/genericode.ts").CodeListDocument>>>();
  resolved = new Map<string, Result<import("../../core/codelists/genericode.ts").CodeListDocument>>();

  constructor(
    readonly o: Xdf2ToXdf3Options,
    header: X2.Header,
  ) {
    this.unk = checkUnternummernkreis(o.unternummernkreis ?? DEFAULT_UNTERNUMMERNKREIS);
    this.r = new ConversionReport(PREFIXES2, o.file);
    this.letzteAenderung = o.letzteAenderung ?? header.erstellungszeitpunkt;
    this.internal = o.isInternalCodeList ?? defaultIsInternal;
  }

  where(a: { identifikation: X2.ElementIdentifikation }, child?: string): string {
    const v = a.identifikation.version === undefined ? "" : `V${a.identifikation.version}`;
    return `${a.identifikation.id}${v}${child === undefined ? "" : `/${child}`}`;
  }

  id(e: X2.ElementIdentifikation): X3.ElementIdentifikation {
    const id = widenId(e.id, this.unk);
    return e.version === undefined ? { id } : { id, version: widenVersion(e.version) };
  }

  bezug(text: string): X3.Rechtsbezug[] {
    const parts = this.o.bezuegeAufteilen === false ? [text] : text.split(";");
    return parts
      .map(normalizeSpace)
      .filter((t) => t !== "")
      .map((t) => ({ text: t }));
  }

  freigabestatus(a: X2.AllgemeineAngaben): X3.XoevCode<Freigabestatus> {
    const code: Freigabestatus = a.status.code === "inaktiv" ? "7" : a.freigabedatum !== undefined ? "6" : "2";
    return codeOf(freigabestatusCodeList, code, this.o.freigabestatusListVersionID ?? "2020-03-19");
  }

  beschreibung(
    a: X2.AllgemeineAngaben,
    extra: { codeliste?: X2.CodelisteReferenz; skript?: string; schema?: boolean } = {},
  ): string | undefined {
    if (this.o.originalwerteDoku === false) return nonEmpty(a.beschreibung);
    const g = extra.codeliste?.genericodeIdentification;
    return appendOriginalwerte(
      a.beschreibung,
      {
        id: a.identifikation.id,
        version: a.identifikation.version,
        status: a.status.code,
        codeliste: extra.codeliste?.identifikation.id,
        codelisteCanonicalIdentification: g?.canonicalIdentification,
        codelisteVersion: g?.version,
        skript: extra.skript,
      },
      extra.schema === true,
    );
  }

  allgemein(
    a: X2.AllgemeineAngaben,
    inherited: Erbe,
    extra: { codeliste?: X2.CodelisteReferenz; schema?: boolean } = {},
  ): X3.AllgemeineAngaben {
    return {
      identifikation: this.id(a.identifikation),
      name: a.name,
      beschreibung: this.beschreibung(a, extra),
      definition: nonEmpty(a.definition),
      bezug: this.bezug(a.bezug),
      freigabestatus: this.freigabestatus(a),
      statusGesetztAm: a.freigabedatum ?? inherited.freigabedatum,
      statusGesetztDurch: a.fachlicherErsteller,
      gueltigAb: a.gueltigAb,
      gueltigBis: a.gueltigBis,
      versionshinweis: a.versionshinweis,
      veroeffentlichungsdatum: a.veroeffentlichungsdatum ?? inherited.veroeffentlichungsdatum,
      letzteAenderung: this.letzteAenderung,
      relation: [],
      stichwort: [],
    };
  }

  schemaelement(s: X2.Schemaelementangaben, inherited: Erbe, extra: { codeliste?: X2.CodelisteReferenz } = {}): X3.Schemaelementangaben {
    return {
      ...this.allgemein(s, inherited, extra),
      bezeichnungEingabe: s.bezeichnungEingabe,
      bezeichnungAusgabe: s.bezeichnungAusgabe,
      schemaelementart: codeOf(schemaelementartCodeList, s.schemaelementart.code),
      hilfetextEingabe: nonEmpty(s.hilfetextEingabe),
      hilfetextAusgabe: nonEmpty(s.hilfetextAusgabe),
    };
  }

  regel(r: X2.Regel): X3.Regel {
    if (r.bezeichnungEingabe !== r.name)
      this.r.report(
        "not-representable",
        { element: "bezeichnungEingabe", value: r.bezeichnungEingabe, target: "XDatenfelder 3.0.0 Regel" },
        r,
        this.where(r, "bezeichnungEingabe"),
        "info",
      );
    if (r.bezeichnungAusgabe !== undefined)
      this.r.report(
        "not-representable",
        { element: "bezeichnungAusgabe", value: r.bezeichnungAusgabe, target: "XDatenfelder 3.0.0 Regel" },
        r,
        this.where(r, "bezeichnungAusgabe"),
        "info",
      );
    for (const k of ["gueltigAb", "gueltigBis", "versionshinweis", "freigabedatum", "veroeffentlichungsdatum"] as const) {
      const v = r[k];
      if (v !== undefined)
        this.r.report("not-representable", { element: k, value: v, target: "XDatenfelder 3.0.0 Regel" }, r, this.where(r, k), "info");
    }
    if (this.o.originalwerteDoku === false) {
      this.r.report(
        "not-representable",
        { element: "status", value: r.status.code, target: "XDatenfelder 3.0.0 Regel" },
        r,
        this.where(r, "status"),
        "info",
      );
      if (r.script !== "")
        this.r.report(
          "not-representable",
          { element: "script", value: r.script, target: "XDatenfelder 3.0.0 Regel (freitextRegel only)" },
          r,
          this.where(r, "script"),
          "info",
        );
    }
    const text = this.o.freitextRegelKorrektur === false ? r.definition : widenIdsInText(r.definition, this.unk);
    return {
      identifikation: this.id(r.identifikation),
      name: r.name,
      beschreibung: this.beschreibung(r, { skript: r.script.trim() === "" || EMPTY_SCRIPT.test(r.script) ? undefined : r.script }),
      freitextRegel: nonEmpty(text),
      bezug: this.bezug(r.bezug),
      stichwort: [],
      fachlicherErsteller: r.fachlicherErsteller,
      letzteAenderung: this.letzteAenderung,
      typ: codeOf(regeltypCodeList, "K"),
      param: [],
      ziel: [],
      skript: undefined,
      fehler: [],
    };
  }

  praezisierung(f: X2.Datenfeld): X3.Praezisierung | undefined {
    const p = f.praezisierung;
    if (p.text === "") return undefined;
    const out: { -readonly [K in keyof X3.Praezisierung]: X3.Praezisierung[K] } = { text: "" };
    const w = p.werte;
    if (w === undefined) {
      this.r.report(
        "not-representable",
        { element: "praezisierung", value: p.text, target: "XDatenfelder 3.0.0 (not a JSON object)" },
        p,
        this.where(f, "praezisierung"),
      );
      return out;
    }
    if (w.minLength !== undefined) {
      if (/^\d+$/.test(w.minLength)) out.minLength = w.minLength;
      else
        this.r.report(
          "not-representable",
          { element: "praezisierung/minLength", value: w.minLength, target: "xs:nonNegativeInteger" },
          p,
          this.where(f, "praezisierung"),
        );
    }
    if (w.maxLength !== undefined) {
      if (/^\d+$/.test(w.maxLength) && Number(w.maxLength) > 0) out.maxLength = w.maxLength;
      else
        this.r.report(
          "not-representable",
          { element: "praezisierung/maxLength", value: w.maxLength, target: "xs:positiveInteger" },
          p,
          this.where(f, "praezisierung"),
        );
    }
    if (w.minValue !== undefined) out.minValue = w.minValue;
    if (w.maxValue !== undefined) out.maxValue = w.maxValue;
    if (w.pattern !== undefined) out.pattern = w.pattern;
    if (w.note !== undefined)
      this.r.report(
        "not-representable",
        { element: "praezisierung/note", value: w.note, target: "XDatenfelder 3.0.0 Praezisierung" },
        p,
        this.where(f, "praezisierung"),
      );
    for (const [k, v] of Object.entries(w.weitere ?? {})) {
      this.r.report(
        "not-representable",
        { element: `praezisierung/${k}`, value: JSON.stringify(v), target: "XDatenfelder 3.0.0 Praezisierung" },
        p,
        this.where(f, "praezisierung"),
      );
    }
    return out;
  }

  listKey(g: X2.GenericodeIdentification): string {
    return `${g.canonicalIdentification}\u0000${g.version}`;
  }

  /** First pass: start fetching every FIM-internal code list a field refers to. */
  collect(f: X2.Datenfeld): void {
    const ref = f.codelisteReferenz;
    if (ref === undefined || this.o.codeLists === undefined) return;
    const g = ref.genericodeIdentification;
    if (!this.internal(g.canonicalIdentification)) return;
    const key = this.listKey(g);
    if (!this.lists.has(key)) {
      this.lists.set(
        key,
        this.o.codeLists.resolve({
          canonicalUri: g.canonicalIdentification.trim(),
          version: g.version.trim(),
          canonicalVersionUri: g.canonicalVersionUri.trim(),
        }),
      );
    }
  }

  datenfeld(f: X2.Datenfeld, inherited: Erbe): X3.Datenfeld {
    const ref = f.codelisteReferenz;
    let werte: X3.Wert[] | undefined;
    let codelisteReferenz: X3.GenericodeIdentification | undefined;
    if (ref !== undefined) {
      const g = ref.genericodeIdentification;
      const resolved = this.internal(g.canonicalIdentification) ? this.resolved.get(this.listKey(g)) : undefined;
      if (resolved?.success === true) {
        werte = codeListValues(resolved.data).map((v) => ({ code: v.code, name: v.name }));
      } else {
        codelisteReferenz = {
          canonicalIdentification: g.canonicalIdentification,
          version: g.version,
          canonicalVersionUri: g.canonicalVersionUri,
        };
        if (this.internal(g.canonicalIdentification)) {
          const reason = resolved === undefined ? "no code-list provider given" : resolved.diagnostics.map((d) => d.message).join("; ");
          this.r.report(
            "code-list-unavailable",
            { uri: g.canonicalIdentification, version: g.version, reason: `${reason}; kept as codelisteReferenz` },
            ref,
            this.where(f, "codelisteReferenz"),
          );
        }
      }
      if (this.o.originalwerteDoku === false) {
        this.r.report(
          "not-representable",
          { element: "codelisteReferenz/identifikation", value: ref.identifikation.id, target: "XDatenfelder 3.0.0 (no code-list ID)" },
          ref,
          this.where(f, "codelisteReferenz"),
          "info",
        );
      }
    }
    return {
      ...this.schemaelement(f, inherited, { codeliste: ref }),
      feldart: codeOf(feldartCodeList, f.feldart.code),
      datentyp: codeOf(datentypCodeList, f.datentyp.code),
      praezisierung: this.praezisierung(f),
      inhalt: nonEmpty(f.inhalt),
      vorbefuellung: codeOf(vorbefuellungCodeList, "keine"),
      werte,
      codelisteReferenz,
      codeKey: undefined,
      nameKey: undefined,
      helpKey: undefined,
      regel: f.regel.map((r) => this.regel(r)),
      maxSize: undefined,
      mediaType: [],
    };
  }

  defaultStruktur(owner: { identifikation: X2.ElementIdentifikation }, obj: object): X3.Struktur[] {
    this.r.report(
      "conversion-default",
      {
        element: "struktur",
        value: DEFAULT_DATENFELD_ID,
        reason: "3.0.0 requires at least one struktur; the placeholder field was inserted",
      },
      obj,
      this.where(owner, "struktur"),
    );
    const feld: X3.Datenfeld = {
      identifikation: { id: DEFAULT_DATENFELD_ID },
      name: "Default-Datenfeld",
      bezug: [],
      freigabestatus: codeOf(freigabestatusCodeList, "2", this.o.freigabestatusListVersionID ?? "2020-03-19"),
      letzteAenderung: this.letzteAenderung,
      relation: [],
      stichwort: [],
      bezeichnungEingabe: "Default-Datenfeld",
      schemaelementart: codeOf(schemaelementartCodeList, "HAR"),
      feldart: codeOf(feldartCodeList, "label"),
      datentyp: codeOf(datentypCodeList, "text"),
      vorbefuellung: codeOf(vorbefuellungCodeList, "keine"),
      regel: [],
      mediaType: [],
    };
    return [{ anzahl: "0:1", bezug: [], enthaelt: { datenfeld: feld } }];
  }

  struktur(s: X2.Struktur, inherited: Erbe): X3.Struktur {
    const e = s.enthaelt;
    return {
      anzahl: s.anzahl,
      bezug: this.bezug(s.bezug),
      enthaelt:
        "datenfeld" in e
          ? { datenfeld: this.datenfeld(e.datenfeld, inherited) }
          : { datenfeldgruppe: this.datenfeldgruppe(e.datenfeldgruppe, inherited) },
    };
  }

  datenfeldgruppe(g: X2.Datenfeldgruppe, inherited: Erbe): X3.Datenfeldgruppe {
    const own = erbeOf(g, inherited);
    return {
      ...this.schemaelement(g, inherited),
      art: undefined,
      regel: g.regel.map((r) => this.regel(r)),
      struktur: g.struktur.length === 0 ? this.defaultStruktur(g, g) : g.struktur.map((s) => this.struktur(s, own)),
    };
  }

  stammdatenschema(s: X2.Stammdatenschema): X3.Stammdatenschema {
    const own = erbeOf(s, {});
    if (s.bezeichnungAusgabe !== undefined && s.bezeichnungAusgabe !== s.bezeichnungEingabe) {
      this.r.report(
        "not-representable",
        { element: "bezeichnungAusgabe", value: s.bezeichnungAusgabe, target: "XDatenfelder 3.0.0 Stammdatenschema" },
        s,
        this.where(s, "bezeichnungAusgabe"),
        "info",
      );
    }
    const dokumentsteckbrief = this.o.dokumentsteckbriefId ?? DEFAULT_DOKUMENTSTECKBRIEF_ID;
    this.r.report(
      "conversion-default",
      {
        element: "dokumentsteckbrief",
        value: dokumentsteckbrief,
        reason: "3.0.0 requires a Dokumentsteckbrief reference, which 2.0 does not have",
      },
      s,
      this.where(s, "dokumentsteckbrief"),
      "info",
    );
    return {
      ...this.allgemein(s, {}, { schema: true }),
      bezeichnung: s.bezeichnungEingabe,
      hilfetext: nonEmpty(s.hilfetext),
      ableitungsmodifikationenStruktur: codeOf(ableitungsmodifikationenStrukturCodeList, s.ableitungsmodifikationenStruktur.code),
      ableitungsmodifikationenRepraesentation: codeOf(
        ableitungsmodifikationenRepraesentationCodeList,
        s.ableitungsmodifikationenRepraesentation.code,
      ),
      dokumentsteckbrief: { id: dokumentsteckbrief },
      regel: s.regel.map((r) => this.regel(r)),
      struktur: s.struktur.length === 0 ? this.defaultStruktur(s, s) : s.struktur.map((st) => this.struktur(st, own)),
    };
  }

  dokumentsteckbrief(d: X2.Dokumentsteckbrief): X3.Dokumentsteckbrief {
    let art: Dokumentart = "999";
    const t = d.dokumentart.trim();
    if (Object.hasOwn(dokumentartCodeList.labels, t)) art = t as Dokumentart;
    else {
      const byLabel = (Object.entries(dokumentartCodeList.labels) as [Dokumentart, string][]).find(
        ([, label]) => label.toLowerCase() === t.toLowerCase(),
      );
      if (byLabel !== undefined) art = byLabel[0];
      else
        this.r.report(
          "not-representable",
          { element: "dokumentart", value: d.dokumentart, target: "Code.Dokumentart (999 unbestimmt used)" },
          d,
          this.where(d, "dokumentart"),
        );
    }
    if (d.bezeichnungAusgabe !== undefined && d.bezeichnungAusgabe !== d.bezeichnungEingabe) {
      this.r.report(
        "not-representable",
        { element: "bezeichnungAusgabe", value: d.bezeichnungAusgabe, target: "XDatenfelder 3.0.0 Dokumentsteckbrief" },
        d,
        this.where(d, "bezeichnungAusgabe"),
        "info",
      );
    }
    return {
      ...this.allgemein(d, {}),
      istAbstrakt: d.isReferenz,
      dokumentart: codeOf(dokumentartCodeList, art, "2022-01-01"),
      bezeichnung: d.bezeichnungEingabe,
      hilfetext: nonEmpty(d.hilfetext),
    };
  }

  codeliste(c: X2.Codeliste): X3.Genericode {
    for (const [k, v] of Object.entries({
      identifikation: c.identifikation.id,
      name: c.name,
      langname: c.langname,
      status: c.status.code,
    })) {
      this.r.report(
        "not-representable",
        { element: `codeliste/${k}`, value: v, target: "XDatenfelder 3.0.0 message 0105 (genericode only)" },
        c,
        this.where(c, k),
        "info",
      );
    }
    // Both versions carry the same xs:any payload, read into the same typed genericode model.
    return { inhalt: c.genericode.inhalt };
  }

  walkFields(s: readonly X2.Struktur[], visit: (f: X2.Datenfeld) => void): void {
    for (const st of s) {
      const e = st.enthaelt;
      if ("datenfeld" in e) visit(e.datenfeld);
      else this.walkFields(e.datenfeldgruppe.struktur, visit);
    }
  }
}

/**
 * Converts an XDatenfelder 2.0 message to 3.0.0. Asynchronous because FIM-internal code lists are looked up
 * through the given {@link CodeListProvider}. Fails (with the partial result) only on invalid options.
 *
 * @example
 * ```ts
 * import { convertXdf2ToXdf3, parse, v3 } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const gelesen = parse(xml);
 * if (gelesen.version === "2.0") {
 *   const result = await convertXdf2ToXdf3(gelesen.nachricht);
 *   if (result.data !== undefined) console.log(v3.serialize(result.data));
 *   for (const d of result.diagnostics) console.log(d.code, d.path);
 * }
 * ```
 */
export async function convertXdf2ToXdf3(n: X2.Nachricht, options: Xdf2ToXdf3Options = {}): Promise<Result<X3.Nachricht>> {
  const up = new Up(options, n.header);
  const fields: X2.Datenfeld[] = [];
  const root =
    n.kind === "xdatenfelder.stammdatenschema.0102"
      ? n.stammdatenschema.struktur
      : n.kind === "xdatenfelder.datenfeldgruppe.0103"
        ? n.datenfeldgruppe.struktur
        : [];
  up.walkFields(root, (f) => fields.push(f));
  if (n.kind === "xdatenfelder.datenfeld.0104") fields.push(n.datenfeld);
  for (const f of fields) up.collect(f);
  for (const [k, p] of up.lists) up.resolved.set(k, await p);

  const header: X3.Header =
    n.header.referenzID === undefined
      ? { nachrichtID: n.header.nachrichtID, erstellungszeitpunkt: n.header.erstellungszeitpunkt }
      : { ...n.header };
  // root attributes are kept by both models and passed through, except the schema-location hints
  const basis = convertedRoot(up.r, n, header);
  let out: X3.Nachricht;
  switch (n.kind) {
    case "xdatenfelder.dokumentsteckbrief.0101":
      out = { kind: n.kind, ...basis, dokumentsteckbrief: up.dokumentsteckbrief(n.dokumentensteckbrief) };
      break;
    case "xdatenfelder.stammdatenschema.0102":
      out = { kind: n.kind, ...basis, stammdatenschema: up.stammdatenschema(n.stammdatenschema) };
      break;
    case "xdatenfelder.datenfeldgruppe.0103":
      out = { kind: n.kind, ...basis, datenfeldgruppe: up.datenfeldgruppe(n.datenfeldgruppe, {}) };
      break;
    case "xdatenfelder.datenfeld.0104":
      out = { kind: n.kind, ...basis, datenfeld: up.datenfeld(n.datenfeld, {}) };
      break;
    case "xdatenfelder.codeliste.0105":
      out = { kind: n.kind, ...basis, genericode: up.codeliste(n.codeliste) };
      break;
  }
  if (options.stringLatin !== false && out.kind !== "xdatenfelder.codeliste.0105") out = latinize(out, "", up.r);
  // comments and PIs: only those inside an embedded code list, which is passed through whole, are kept
  const carried =
    out.kind === "xdatenfelder.codeliste.0105" ? out.genericode.inhalt.flatMap((i) => ("codeList" in i ? [i.codeList] : [])) : [];
  reportMiscNotCarried(up.r, n, "XDatenfelder 3.0.0", carried);
  return resultOf(out, up.r.diagnostics);
}

/** Copies a model, replacing characters outside String.Latin in every string and reporting each change. */
function latinize<T>(value: T, where: string, r: ConversionReport): T {
  if (typeof value === "string") {
    const l = toStringLatin(value);
    if (l.replaced.length > 0) {
      const chars = [...new Set(l.replaced)].map((c) => `${c} → ${LATIN_REPLACEMENTS[c]}`).join(", ");
      r.report("not-representable", { element: where, value: chars, target: "String.Latin (replaced)" }, undefined, where, "info");
    }
    if (l.kept.length > 0)
      r.report(
        "not-representable",
        { element: where, value: [...new Set(l.kept)].join(""), target: "String.Latin (kept: the document will not be XSD-valid)" },
        undefined,
        where,
        "warning",
      );
    return l.text as T;
  }
  if (Array.isArray(value)) return value.map((v, i) => latinize(v, `${where}[${i + 1}]`, r)) as T;
  if (value !== null && typeof value === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) o[k] = latinize(v, `${where}/${k}`, r);
    return o as T;
  }
  return value;
}
