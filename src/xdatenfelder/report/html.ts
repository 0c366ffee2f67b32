/**
 * `renderHtmlReport`: one self-contained HTML page for an XDatenfelder 2.0 or 3.0.0 schema (or group) — the
 * element tree (groups, fields, cardinalities, datatypes, code lists with their values), the QS findings at
 * their elements with the catalogue's text, the rules in readable form, and a live preview of the form whose
 * rules are applied as the user types (the rule evaluator of `fim-xoev/xdatenfelder/regeln`, bundled into the
 * page). No CDN, no network: the CSS and the script are inline. Every text from the input is escaped.
 */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { XoevError } from "../../core/errors.ts";
import { failure, type Result, success } from "../../core/result.ts";
import { QS_KATALOG } from "../common/qs-katalog.ts";
import { safeParse } from "../index.ts";
import { checkXDatenfelder } from "../qs.ts";
import type { Condition, Effect, ElementRef, Literal, ValueExpr } from "../regeln/model.ts";
import { type CheckedRule, readRules } from "../regeln/read.ts";
import { type FormNode, formTreeV2, formTreeV3 } from "../regeln/schema.ts";
import type * as v2 from "../v2/model.ts";
import type * as v3 from "../v3/model.ts";
import type { PreviewData, ReportField, ReportFinding, ReportGroup } from "./model.ts";
import { REPORT_RUNTIME } from "./runtime.generated.ts";

/**
 * Options of {@link renderHtmlReport}.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { type HtmlReportOptions, renderHtmlReport } from "fim-xoev/xdatenfelder/report";
 *
 * // list at most 50 values of each code list (the Staatsangehörigkeit list alone has ~200)
 * const options: HtmlReportOptions = { file: "S60000000017.xml", maxCodes: 50 };
 * writeFileSync("S60000000017.html", await renderHtmlReport(readFileSync("S60000000017.xml"), options));
 * ```
 */
export interface HtmlReportOptions {
  /** The file name shown in the page and put into the findings. */
  readonly file?: string | undefined;
  /** At most this many values of a code list are listed (default 200; the rest are counted). */
  readonly maxCodes?: number;
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "fim-xoev/xdatenfelder/report";
 *
 * declare const schemaName: string; // e.g. `Hundesteuer "Anmeldung" <Entwurf>`
 * // a link list of reports, with the names from the schemas escaped
 * const item = `<li><a href="S60000000017.html">${escapeHtml(schemaName)}</a></li>`;
 * console.log(item); // <li><a href="S60000000017.html">Hundesteuer &quot;Anmeldung&quot; &lt;Entwurf&gt;</a></li>
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

/** JSON that can stand inside a `<script>` element: no `<`, no line separators that end a JS string. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

type AnyFeld = v2.Datenfeld | v3.Datenfeld;
type AnyGruppe = v2.Datenfeldgruppe | v3.Datenfeldgruppe | v2.Stammdatenschema | v3.Stammdatenschema;

const num = (s: string | undefined) => (s === undefined || !/^\d+$/.test(s.trim()) ? undefined : Number(s.trim()));
const nonEmpty = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : s);

function fieldOf(f: AnyFeld): ReportField {
  const p =
    f.praezisierung === undefined ? undefined : "werte" in f.praezisierung ? f.praezisierung.werte : (f.praezisierung as v3.Praezisierung);
  const werte = "werte" in f ? f.werte : undefined;
  const ref = f.codelisteReferenz;
  const codeList =
    ref === undefined
      ? undefined
      : "genericodeIdentification" in ref
        ? [ref.genericodeIdentification.canonicalIdentification, ref.genericodeIdentification.version]
            .filter((s) => s !== undefined)
            .join(" ") || ref.identifikation.id
        : [ref.canonicalIdentification, ref.version].filter((s) => s !== undefined).join(" ") || ref.canonicalVersionUri;
  const out: Record<string, unknown> = {
    feldart: f.feldart.code,
    datentyp: f.datentyp.code,
    label: nonEmpty(f.bezeichnungEingabe) ?? f.name,
    help: nonEmpty(f.hilfetextEingabe),
    codes: werte !== undefined && werte.length > 0 ? werte.map((w) => ({ code: w.code, name: w.name })) : undefined,
    codeList: nonEmpty(codeList),
    minLength: num(p?.minLength),
    maxLength: num(p?.maxLength),
    minValue: nonEmpty(p?.minValue),
    maxValue: nonEmpty(p?.maxValue),
    pattern: nonEmpty(p?.pattern),
    inhalt: nonEmpty(f.inhalt),
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as ReportField;
}

function groupOf(g: AnyGruppe): ReportGroup {
  const any = g as {
    readonly bezeichnung?: string;
    readonly bezeichnungEingabe?: string;
    readonly hilfetext?: string;
    readonly hilfetextEingabe?: string;
  };
  const label = nonEmpty(any.bezeichnung) ?? nonEmpty(any.bezeichnungEingabe) ?? g.name;
  const help = nonEmpty(any.hilfetext) ?? nonEmpty(any.hilfetextEingabe);
  const art = "art" in g ? g.art?.code : undefined;
  return { label, ...(help !== undefined && { help }), choice: art === "X" };
}

/** Every field and group of a schema by unversioned id (first occurrence wins). */
function collect(root: AnyGruppe): { fields: Record<string, ReportField>; groups: Record<string, ReportGroup> } {
  const fields: Record<string, ReportField> = {};
  const groups: Record<string, ReportGroup> = {};
  const walk = (g: AnyGruppe) => {
    groups[g.identifikation.id] ??= groupOf(g);
    for (const s of g.struktur) {
      if ("datenfeld" in s.enthaelt) fields[s.enthaelt.datenfeld.identifikation.id] ??= fieldOf(s.enthaelt.datenfeld);
      else walk(s.enthaelt.datenfeldgruppe);
    }
  };
  walk(root);
  return { fields, groups };
}

function notSupported(kind: string, file: string | undefined): Diagnostic {
  return diagnostic({
    code: "invalid-input",
    params: { issue: `the report needs a Stammdatenschema (0102) or a Datenfeldgruppe (0103), not ${kind}` },
    severity: "error",
    stage: "input",
    path: "/",
    ...(file !== undefined && { file }),
  });
}

/**
 * The HTML page for a Stammdatenschema (0102) or Datenfeldgruppe (0103) of XDatenfelder 2.0 or 3.0.0. Fails
 * with the parser's findings when the document cannot be read, and with `invalid-input` for
 * another message (a Datenfeld, a Codeliste …). QS findings are part of the page, not of the result.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { safeRenderHtmlReport } from "fim-xoev/xdatenfelder/report";
 *
 * const page = await safeRenderHtmlReport(readFileSync("S60000000017.xml"), { file: "S60000000017.xml" });
 * if (page.success) writeFileSync("S60000000017.html", page.data); // QS findings are shown in the page
 * else for (const d of page.diagnostics) console.error(d.code, d.message); // unreadable, or not a 0102/0103 message
 * ```
 */
export async function safeRenderHtmlReport(xml: string | Uint8Array, options: HtmlReportOptions = {}): Promise<Result<string>> {
  const file = options.file;
  const parsed = safeParse(xml, { ...(file !== undefined && { file }) });
  if (parsed.data === undefined) return failure(parsed.diagnostics as [Diagnostic, ...Diagnostic[]]);
  const { version, nachricht } = parsed.data;
  let root: AnyGruppe;
  let tree: FormNode;
  if (nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
    root = nachricht.stammdatenschema;
    tree =
      version === "3.0.0"
        ? formTreeV3(nachricht.stammdatenschema as v3.Stammdatenschema)
        : formTreeV2(nachricht.stammdatenschema as v2.Stammdatenschema);
  } else if (nachricht.kind === "xdatenfelder.datenfeldgruppe.0103") {
    root = nachricht.datenfeldgruppe;
    tree =
      version === "3.0.0"
        ? formTreeV3(nachricht.datenfeldgruppe as v3.Datenfeldgruppe)
        : formTreeV2(nachricht.datenfeldgruppe as v2.Datenfeldgruppe);
  } else {
    return failure([notSupported(nachricht.kind, file)]);
  }
  const report = await checkXDatenfelder(xml, { file });
  const rules = readRules(tree);
  const { fields, groups } = collect(root);
  const findings: ReportFinding[] = report.diagnostics.map((d) => {
    const k = d.ruleId === undefined ? undefined : QS_KATALOG[d.ruleId];
    return k === undefined ? { diagnostic: d } : { diagnostic: d, katalog: { de: k.de, typ: k.typ } };
  });
  const scriptHash = await sha256Base64(REPORT_RUNTIME);
  const html = page({
    scriptHash,
    version,
    tree,
    fields,
    groups,
    rules,
    findings,
    file,
    maxCodes: options.maxCodes ?? 200,
    completed: report.completed,
  });
  return success(html, parsed.diagnostics);
}

/**
 * Like {@link safeRenderHtmlReport}, but returns the page or throws one {@link XoevError}.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * import { renderHtmlReport } from "fim-xoev/xdatenfelder/report";
 *
 * // one self-contained page: tree, QS findings, rules and a live form preview (works offline)
 * const html = await renderHtmlReport(readFileSync("hundesteuer-anmeldung.xdf3.xml"), { file: "hundesteuer-anmeldung.xdf3.xml" });
 * writeFileSync("hundesteuer-anmeldung.html", html);
 * ```
 */
export async function renderHtmlReport(xml: string | Uint8Array, options: HtmlReportOptions = {}): Promise<string> {
  const r = await safeRenderHtmlReport(xml, options);
  if (!r.success) throw new XoevError(r.diagnostics);
  return r.data;
}

/** SHA-256 of a script as CSP wants it (base64 of the UTF-8 bytes). */
async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let bin = "";
  for (const b of digest) bin += String.fromCharCode(b);
  return btoa(bin);
}

interface PageInput {
  /** CSP hash of the one script the page may run. */
  readonly scriptHash: string;
  readonly version: string;
  readonly tree: FormNode;
  readonly fields: Record<string, ReportField>;
  readonly groups: Record<string, ReportGroup>;
  readonly rules: readonly CheckedRule[];
  readonly findings: readonly ReportFinding[];
  readonly file: string | undefined;
  readonly maxCodes: number;
  readonly completed: boolean;
}

/** The element id a finding belongs to: the last of `params.element` (`G… > F…`), without its version. */
function findingElement(d: Diagnostic): string | undefined {
  const el = (d.params as Record<string, unknown> | undefined)?.element;
  if (typeof el !== "string") return undefined;
  const last = el.split(">").pop()?.trim() ?? "";
  const m = /^([A-Z]\d+)/.exec(last);
  return m?.[1];
}

const EFFECT_DE: Record<Effect["kind"], string> = {
  show: "einblenden",
  hide: "ausblenden",
  require: "zur Pflichtangabe machen",
  optional: "optional machen",
  prefill: "vorbelegen",
  validate: "prüfen",
  compute: "berechnen",
};

function cardinality(n: FormNode): string {
  return `${n.min}..${n.max ?? "*"}`;
}

function page(p: PageInput): string {
  const e = escapeHtml;
  const names = new Map<string, string>();
  const visit = (n: FormNode) => {
    if (!names.has(n.id)) names.set(n.id, n.name);
    n.children.forEach(visit);
  };
  visit(p.tree);
  const known = new Set(names.keys());
  const byElement = new Map<string, ReportFinding[]>();
  const unplaced: ReportFinding[] = [];
  for (const f of p.findings) {
    const id = findingElement(f.diagnostic);
    if (id !== undefined && known.has(id)) byElement.set(id, [...(byElement.get(id) ?? []), f]);
    else unplaced.push(f);
  }
  const ruleNames = new Map<string, string>();
  const visitRules = (n: FormNode) => {
    for (const r of n.rules) ruleNames.set(r.id, r.name);
    n.children.forEach(visitRules);
  };
  visitRules(p.tree);
  const ruleName = (r: CheckedRule) => ruleNames.get(r.id) ?? r.id;
  const rulesByOwner = new Map<string, CheckedRule[]>();
  for (const r of p.rules) rulesByOwner.set(r.owner, [...(rulesByOwner.get(r.owner) ?? []), r]);

  const finding = (f: ReportFinding) => {
    const d = f.diagnostic;
    const code = d.ruleId !== undefined ? `QS ${d.ruleId}` : d.code;
    const text = f.katalog?.de ?? d.message;
    const typ = f.katalog?.typ !== undefined ? ` <span class="meta">${e(f.katalog.typ)}</span>` : "";
    const where = d.location !== undefined ? ` <span class="meta">Zeile ${d.location.line}</span>` : "";
    return `<li class="finding ${e(d.severity)}"><b>${e(code)}</b>${typ} ${e(text)}${where}</li>`;
  };
  const ref = (id: string) => `<a href="#el-${e(id)}">${e(names.get(id) ?? id)}</a> <span class="meta">${e(id)}</span>`;
  const field = (r: ElementRef) => `<a href="#el-${e(r.id)}">${e(names.get(r.id) ?? r.path.join("."))}</a>`;
  const literal = (l: Literal) => `„${e(l.value)}“${l.label !== undefined ? ` (${e(l.label)})` : ""}`;
  const OP: Record<string, string> = { eq: "=", neq: "≠", lt: "<", gt: ">", le: "≤", ge: "≥", "lt-field": "<", "gt-field": ">" };
  const condition = (c: Condition): string => {
    switch (c.op) {
      case "and":
      case "or":
        return `(${c.terms.map(condition).join(c.op === "and" ? " und " : " oder ")})`;
      case "not":
        return `nicht ${condition(c.term)}`;
      case "filled":
        return `${field(c.field)} ausgefüllt`;
      case "empty":
        return `${field(c.field)} leer`;
      case "in":
        return `${field(c.field)} ∈ {${c.values.map(literal).join(", ")}}`;
      case "lt-field":
      case "gt-field":
        return `${field(c.field)} ${OP[c.op]} ${field(c.other)}`;
      default:
        return `${field(c.field)} ${OP[c.op] ?? e(c.op)} ${literal(c.value)}`;
    }
  };
  const expr = (x: ValueExpr): string => {
    switch (x.op) {
      case "field":
        return field(x.field);
      case "number":
        return e(String(x.value));
      case "date":
        return e(x.value);
      case "years-between":
        return `Jahre zwischen ${expr(x.from)} und ${expr(x.to)}`;
      case "days-between":
        return `Tage zwischen ${expr(x.from)} und ${expr(x.to)}`;
      default:
        return `(${expr(x.left)} ${{ add: "+", sub: "−", mul: "×", div: "÷" }[x.op]} ${expr(x.right)})`;
    }
  };
  const effect = (x: Effect) => {
    const targets = x.targets.map((t) => ref(t.id)).join(", ");
    let s = `${targets} ${e(EFFECT_DE[x.kind])}`;
    if (x.value !== undefined) s += ` mit ${literal(x.value)}`;
    if (x.compute !== undefined) s += ` als ${expr(x.compute)}`;
    if (x.assert !== undefined) s += `: ${condition(x.assert)}`;
    if (x.condition !== undefined) s = `wenn ${condition(x.condition)}: ${s}`;
    if (x.lands !== undefined)
      s += ` (${"only" in x.lands ? `nur in ${e(x.lands.only.join(", "))}` : `außer in ${e(x.lands.except.join(", "))}`})`;
    return `<li>${s}</li>`;
  };
  const rule = (r: CheckedRule) => {
    const outcome = r.outcome === "read" ? "gelesen" : r.outcome === "partial" ? "teilweise gelesen" : "nicht maschinenlesbar";
    const effects = r.effects.length > 0 ? `<ul class="effects">${r.effects.map(effect).join("")}</ul>` : "";
    const unread =
      r.unread.length > 0
        ? `<ul class="unread">${r.unread.map((u) => `<li>nicht gelesen: „${e(u.text)}“ (${e(u.reason)})</li>`).join("")}</ul>`
        : "";
    return `<div class="rule" id="rule-${e(r.id)}"><div><b>${e(ruleName(r))}</b> <span class="meta">${e(r.id)}${r.version !== undefined ? ` V${e(r.version)}` : ""} · an ${ref(r.owner)} · ${outcome}</span></div><blockquote>${e(r.text)}</blockquote>${effects}${unread}</div>`;
  };
  const node = (n: FormNode): string => {
    const f = n.kind === "feld" ? p.fields[n.id] : undefined;
    const kind = n.kind === "feld" ? "F" : n.kind === "gruppe" ? "G" : "S";
    const details: string[] = [];
    if (n.kind !== "schema") details.push(cardinality(n));
    if (f !== undefined) details.push(`${f.datentyp} · ${f.feldart}`);
    if (n.kind === "gruppe" && p.groups[n.id]?.choice === true) details.push("Auswahlgruppe");
    const head = `<span class="kind k-${kind}">${kind}</span> <b>${e(n.name)}</b> <span class="meta">${e(n.id)}${n.version !== undefined ? ` V${e(n.version)}` : ""}</span> <span class="card">${e(details.join(" · "))}</span>`;
    const parts: string[] = [];
    if (f?.codes !== undefined) {
      const shown = f.codes.slice(0, p.maxCodes);
      const more = f.codes.length - shown.length;
      parts.push(
        `<details class="codes"><summary>${f.codes.length} Werte</summary><table>${shown.map((c) => `<tr><td><code>${e(c.code)}</code></td><td>${e(c.name)}</td></tr>`).join("")}</table>${more > 0 ? `<p class="meta">… und ${more} weitere</p>` : ""}</details>`,
      );
    }
    if (f?.codeList !== undefined) parts.push(`<div class="meta">Codeliste ${e(f.codeList)}</div>`);
    const fs = byElement.get(n.id);
    if (fs !== undefined) parts.push(`<ul class="findings">${fs.map(finding).join("")}</ul>`);
    const rs = rulesByOwner.get(n.id);
    if (rs !== undefined)
      parts.push(`<div class="meta">Regeln: ${rs.map((r) => `<a href="#rule-${e(r.id)}">${e(ruleName(r))}</a>`).join(", ")}</div>`);
    const children = n.children.length > 0 ? `<ul>${n.children.map((c) => `<li>${node(c)}</li>`).join("")}</ul>` : "";
    return `<div class="node" id="el-${e(n.id)}">${head}${parts.join("")}</div>${children}`;
  };
  const counts = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  for (const f of p.findings)
    counts[f.diagnostic.severity === "fatal" ? "error" : f.diagnostic.severity] = (counts[f.diagnostic.severity] ?? 0) + 1;
  const preview: PreviewData = { tree: p.tree, fields: p.fields, groups: p.groups };
  const title = `${p.tree.name} (${p.tree.id}${p.tree.version !== undefined ? ` V${p.tree.version}` : ""})`;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${p.scriptHash}'; img-src data:">
<title>${e(title)} – fim-xoev report</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${e(p.tree.name)}</h1><p>${e(p.tree.id)}${p.tree.version !== undefined ? ` V${e(p.tree.version)}` : ""} · XDatenfelder ${e(p.version)}${p.file !== undefined ? ` · ${e(p.file)}` : ""} · QS: ${counts.error ?? 0} Fehler, ${counts.warning ?? 0} Warnungen, ${counts.info ?? 0} Hinweise${p.completed ? "" : " (Prüfung unvollständig)"} · ${p.rules.length} Regeln</p></header>
<main>
<section id="tree"><h2>Struktur</h2><ul class="tree"><li>${node(p.tree)}</li></ul>${unplaced.length > 0 ? `<h3>Befunde ohne Element</h3><ul class="findings">${unplaced.map(finding).join("")}</ul>` : ""}</section>
<section id="rules"><h2>Regeln</h2>${p.rules.length === 0 ? "<p>Keine Regeln.</p>" : p.rules.map(rule).join("")}</section>
<section id="preview-section"><h2>Formularvorschau</h2><p class="meta">Regeln werden beim Tippen angewandt (Pflicht *, ausgeblendet, vorbelegt, berechnet).</p><form id="preview"></form><ul id="preview-findings" class="findings"></ul></section>
</main>
<footer>fim-xoev report · erzeugt ohne Netzwerkzugriff</footer>
<script type="application/json" id="fim-report-data">${scriptJson(preview)}</script>
<script>${REPORT_RUNTIME}</script>
</body>
</html>
`;
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#12355b;color:#fff;padding:12px 24px}header h1{font-size:20px;margin:0}header p{margin:4px 0 0;opacity:.9}
main{display:grid;grid-template-columns:minmax(360px,1.2fr) minmax(320px,1fr);gap:16px;padding:16px 24px}
section{background:#fff;border:1px solid #d9dde3;border-radius:6px;padding:12px 16px;overflow:auto}
#preview-section{grid-column:2;grid-row:1 / span 2}#tree{grid-row:1}#rules{grid-row:2}
h2{font-size:16px;margin:0 0 8px}h3{font-size:14px}
ul.tree,ul.tree ul{list-style:none;padding-left:18px;margin:0}ul.tree{padding-left:0}
.node{padding:2px 0}.kind{display:inline-block;width:1.4em;text-align:center;border-radius:3px;color:#fff;font-size:12px;font-weight:700}
.k-S{background:#12355b}.k-G{background:#2d6a9f}.k-F{background:#5b8a3a}
.meta{color:#5b6675;font-size:12px}.card{color:#33516e;font-size:12px}
.findings{margin:2px 0 4px;padding-left:18px}.finding.error,.finding.fatal{color:#a4161a}.finding.warning{color:#8a5a00}.finding.info{color:#33516e}
details.codes table{border-collapse:collapse;margin:2px 0 4px}details.codes td{border-top:1px solid #eee;padding:1px 8px 1px 0}
.rule{border-top:1px solid #e3e6ea;padding:6px 0}.rule blockquote{margin:4px 0 4px 12px;color:#33404d;white-space:pre-wrap}
.unread{color:#8a5a00}
#preview fieldset{border:1px solid #cfd5dc;border-radius:4px;margin:6px 0;padding:6px 10px}
#preview legend{font-weight:600}#preview label{display:block;margin:6px 0 2px}
#preview input[type=text],#preview input[type=number],#preview input[type=date],#preview input[type=time],#preview input[type=datetime-local],#preview select{width:100%;box-sizing:border-box;padding:4px}
#preview .required>label::after,#preview .required>legend::after{content:" *";color:#a4161a}
#preview .hidden{display:none}#preview .computed{color:#33516e;font-size:12px}
#preview button{margin:4px 6px 4px 0}.instance{border-left:3px solid #d9dde3;padding-left:8px;margin:6px 0}
footer{padding:8px 24px 16px;color:#5b6675;font-size:12px}
`;
