/** Collects the findings of a conversion (stage `convert`), located at the source element where known. */
import { diagnostic } from "../../core/diagnostics/create.ts";
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from "../../core/diagnostics/diagnostic.ts";
import { sourceElement } from "../../core/xml/cursor.ts";
import { miscNodesOf, rootOf } from "../../core/xml/misc.ts";
import type { KeptAttribute, XmlElement } from "../../core/xml/node.ts";
import { elementPath, type PrefixMap } from "../../core/xml/path.ts";

export class ConversionReport {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly prefixes: PrefixMap,
    readonly file?: string,
  ) {}

  /**
   * Reports a finding about a model object: at the canonical path and line of its source element when the
   * object was parsed from a document, else at `where`, a logical path such as `F00000000013V1.0.0/relation`.
   */
  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    obj: object | undefined,
    where: string,
    severity: Severity = "warning",
  ): void {
    this.reportAt(code, params, obj === undefined ? undefined : sourceElement(obj), where, severity);
  }

  /** Reports a finding at an element of the source document (at `where` when there is none). */
  reportAt<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams[C],
    el: XmlElement | undefined,
    where: string,
    severity: Severity = "warning",
  ): void {
    this.diagnostics.push(
      diagnostic({
        code,
        params,
        severity,
        stage: "convert",
        path: el === undefined ? where : elementPath(el, this.prefixes),
        location: el === undefined ? undefined : { line: el.line, column: el.column },
        file: this.file,
      }),
    );
  }
}

/**
 * Reports (info, `not-representable`) each comment and processing instruction of the document `n` was parsed
 * from that the converted document will not have. A conversion builds a new model, so only the objects it passes
 * through unchanged keep theirs when written (`carried`: an embedded genericode code list); every other comment
 * or PI, around the root or inside it, is reported at the element that holds it.
 */
export function reportMiscNotCarried(r: ConversionReport, n: object, target: string, carried: readonly object[] = []): void {
  const el = sourceElement(n);
  if (el === undefined) return;
  const keep = new Set<XmlElement>();
  for (const o of carried) {
    const s = sourceElement(o);
    if (s !== undefined) keep.add(s);
  }
  const isCarried = (parent: XmlElement | undefined) => {
    for (let p = parent; p !== undefined && keep.size > 0; p = p.parent) if (keep.has(p)) return true;
    return false;
  };
  for (const { node, parent } of miscNodesOf(rootOf(el))) {
    if (isCarried(parent)) continue;
    const text = node.kind === "comment" ? node.value.trim() : `<?${node.target}${node.value === "" ? "" : ` ${node.value}`}?>`;
    r.reportAt(
      "not-representable",
      {
        element: node.kind === "comment" ? "comment" : "processing instruction",
        value: text.length > 60 ? `${text.slice(0, 60)}…` : text,
        target: `${target} (a conversion does not carry comments and processing instructions over)`,
      },
      parent,
      "/",
      "info",
    );
  }
}

/**
 * The root attributes a converted message keeps, with the `basis` of its root (`header` plus `rootAttributes` when
 * any are left): every attribute of `n` except the schema-location hints, which name the other version's XSD and
 * are reported (info, `not-representable`) instead.
 */
export function convertedRoot<H>(
  r: ConversionReport,
  n: { readonly kind: string; readonly rootAttributes?: readonly KeptAttribute[] },
  header: H,
): { readonly header: H } | { readonly header: H; readonly rootAttributes: KeptAttribute[] } {
  const rootAttributes = (n.rootAttributes ?? []).filter((a) => {
    const hint =
      a.namespace === "http://www.w3.org/2001/XMLSchema-instance" &&
      (a.local === "schemaLocation" || a.local === "noNamespaceSchemaLocation");
    if (hint)
      r.report(
        "not-representable",
        { element: `@xsi:${a.local}`, value: a.value, target: "the converted document (it names the XSD of the source version)" },
        n,
        `/${n.kind}`,
        "info",
      );
    return !hint;
  });
  return rootAttributes.length === 0 ? { header } : { header, rootAttributes };
}
