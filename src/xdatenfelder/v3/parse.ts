/**
 * XML → XDatenfelder 3.0.0 model. Elements are matched by namespace URI + local name (any prefix).
 * Every element and attribute the XSD allows is read; anything else is reported (`unexpected-*`),
 * so nothing in the input goes unnoticed. Parsing never judges semantics: that is the rules' job.
 */
import { type ReadBindingOptions, readerOf } from "../../core/binding/compile.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { diagnostic, useMessages } from "../../core/diagnostics/create.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { type Result, resultOf } from "../../core/result.ts";
import type { ParseContext } from "../../core/xml/cursor.ts";
import { keepAttributes, type QName, XML_NAMESPACE, type XmlElement, XSI_NAMESPACE } from "../../core/xml/node.ts";
import { canonicalName, elementPathOnce } from "../../core/xml/path.ts";
import { type ReadOptions, readXml } from "../../core/xml/read.ts";
import { XDATENFELDER_MESSAGES } from "../common/messages.ts";
import { detectFailure, type ParseOptions } from "../common/parse.ts";
import * as B from "./binding.ts";
import type {
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  Nachricht,
  Regel,
  RootAttribute,
  Stammdatenschema,
} from "./model.ts";
import { MESSAGES, NAMESPACE, PREFIXES } from "./namespace.ts";

useMessages(XDATENFELDER_MESSAGES);

const X = NAMESPACE;

export type { ParseOptions } from "../common/parse.ts";

/**
 * The elements this parser reads shallow when they repeat (see `ReadOptions.shallowRepeats`): relations, which
 * real exports repeat by the thousand and which the binding's relation codec recognises as repeats without
 * reading them. Internal to the readers of this package (not exported from the version module).
 */
export const SHALLOW_REPEATS: readonly QName[] = [{ namespace: X, local: "relation" }];

const strict = (ctx: ParseContext): ReadBindingOptions => ({ namespace: X, ctx, mode: "strict" });

/** @xsd xdf:ElementIdentifikation */
export function parseElementIdentifikation(el: XmlElement, ctx: ParseContext): ElementIdentifikation {
  return readerOf(B.ElementIdentifikation, "strict")(el, strict(ctx));
}

/** @xsd xdf:Regel */
export function parseRegel(el: XmlElement, ctx: ParseContext): Regel {
  return readerOf(B.Regel, "strict")(el, strict(ctx));
}

/** @xsd xdf:Datenfeld */
export function parseDatenfeld(el: XmlElement, ctx: ParseContext): Datenfeld {
  return readerOf(B.Datenfeld, "strict")(el, strict(ctx));
}

/** @xsd xdf:Datenfeldgruppe */
export function parseDatenfeldgruppe(el: XmlElement, ctx: ParseContext): Datenfeldgruppe {
  return readerOf(B.Datenfeldgruppe, "strict")(el, strict(ctx));
}

/** @xsd xdf:Stammdatenschema */
export function parseStammdatenschema(el: XmlElement, ctx: ParseContext): Stammdatenschema {
  return readerOf(B.Stammdatenschema, "strict")(el, strict(ctx));
}

/** @xsd xdf:Dokumentsteckbrief */
export function parseDokumentsteckbrief(el: XmlElement, ctx: ParseContext): Dokumentsteckbrief {
  return readerOf(B.Dokumentsteckbrief, "strict")(el, strict(ctx));
}

const ROOTS = new Set<string>(Object.values(MESSAGES));

/**
 * Maps a message root element (already read by the library's XML reader, as the validation pipeline does) to the
 * model: the model stage of a `PipelineStandard`. The element must be in the XDatenfelder 3.0.0 namespace;
 * everything found is reported in the returned diagnostics. To read XML text, use {@link safeParse}.
 * @example
 * ```ts
 * import { safeParseElement } from "fim-xoev/xdatenfelder/v3";
 * type XmlElement = Parameters<typeof safeParseElement>[0];
 * declare const root: XmlElement; // the root element the pipeline's reader produced
 * const result = safeParseElement(root, { file: "S05000001205.xdf3.xml", maxDiagnostics: 100 });
 * if (result.success) console.log(result.data.kind); // xdatenfelder.stammdatenschema.0102
 * ```
 */
export function safeParseElement(
  root: XmlElement,
  options: {
    file?: string;
    /** At most this many diagnostics, then one `diagnostics-truncated` (default `DEFAULT_READ_LIMITS.maxDiagnostics`). */
    maxDiagnostics?: number | undefined;
    /**
     * For a root read with `shallowRepeats: SHALLOW_REPEATS`: reads the document again in full, for the rare case
     * that a repeat has to be mapped in full (its first occurrence had findings), so that every finding has its
     * own position. Without it, such findings carry the first occurrence's positions.
     */
    reread?: () => XmlElement | undefined;
    /** See {@link ParseOptions.xsdFacets}. */
    xsdFacets?: "error" | "warning";
  } = {},
): Result<Nachricht> {
  const ctx = new B.Xdf3Context(PREFIXES, options.file, "model", options.maxDiagnostics);
  if (options.xsdFacets === "warning") ctx.facetSeverity = "warning";
  if (root.namespace !== X) return detectFailure(root, PREFIXES, options.file, true);
  if (!ROOTS.has(root.local)) return detectFailure(root, PREFIXES, options.file, false);
  // Root attributes are kept (real files carry xsi:schemaLocation); any outside the xsi and xml
  // namespaces is also reported, since the schema allows none.
  const attributes = root.attributes;
  for (const a of attributes) {
    if (a.namespace !== XSI_NAMESPACE && a.namespace !== XML_NAMESPACE) {
      ctx.report("unexpected-attribute", { attribute: canonicalName(a.namespace, a.local, PREFIXES) }, root, { attribute: a });
    }
  }
  const rootAttributes: RootAttribute[] = keepAttributes(attributes);
  const kind = root.local as Nachricht["kind"];
  // The root's content as its table describes it; the root's attributes are handled above.
  const content = readerOf(B.MESSAGE_CONTENT[kind] as ComplexType<object>, "strict")(root, strict(ctx), false) as Record<string, unknown>;
  const payload = B.PAYLOAD[kind];
  let nachricht: Nachricht | undefined;
  if (payload === undefined || content[payload] !== undefined) {
    nachricht = (rootAttributes.length === 0 ? { kind, ...content } : { kind, ...content, rootAttributes }) as Nachricht;
    ctx.track(nachricht, root);
  }
  if (ctx.mappedShallowRepeat && options.reread !== undefined) {
    const exact = options.reread();
    if (exact !== undefined)
      return safeParseElement(exact, {
        file: options.file,
        maxDiagnostics: options.maxDiagnostics,
        ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
      });
  }
  const diagnostics: Diagnostic[] = ctx.diagnostics;
  if (ctx.duplicateRelations > 0) {
    const first = ctx.firstDuplicate ?? root;
    diagnostics.push(
      diagnostic({
        code: "duplicate-relations",
        params: { count: ctx.duplicateRelations, distinct: ctx.distinctRelations },
        severity: "info",
        stage: "model",
        path: elementPathOnce(first, PREFIXES), // one path: its siblings (thousands of relations) are scanned, not indexed
        location: { line: first.line, column: first.column },
        file: options.file,
      }),
    );
  }
  return resultOf(nachricht, diagnostics);
}

/**
 * Reads an XDatenfelder 3.0.0 message (Stammdatenschema, Datenfeldgruppe, Datenfeld, Dokumentsteckbrief, Codeliste
 * or Übersetzung) into the typed model, returning it with every finding. Never throws.
 * @example
 * ```ts
 * import { safeParse } from "fim-xoev/xdatenfelder/v3";
 * declare const xml: string; // e.g. the content of S05000001205.xdf3.xml
 * const result = safeParse(xml, { file: "S05000001205.xdf3.xml" });
 * if (result.success && result.data.kind === "xdatenfelder.stammdatenschema.0102") console.log(result.data.stammdatenschema.name);
 * else for (const d of result.diagnostics) console.error(`${d.location?.line ?? "?"}: ${d.message}`);
 * ```
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  const read = readXml(xml, { ...options, prefixes: PREFIXES, shallowRepeats: SHALLOW_REPEATS });
  if (!read.success) return read as Result<never>;
  return safeParseElement(read.data.root, {
    file: options.file,
    maxDiagnostics: options.maxDiagnostics,
    reread: rereader(xml, options),
    ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
  });
}

/** Reads `xml` again in full, for {@link safeParseElement}'s `reread`. */
export function rereader(xml: string | Uint8Array, options: ReadOptions = {}): () => XmlElement | undefined {
  return () => {
    const again = readXml(xml, { ...options, prefixes: PREFIXES, shallowRepeats: undefined });
    return again.success ? again.data.root : undefined;
  };
}
