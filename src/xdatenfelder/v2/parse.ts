/**
 * XML → XDatenfelder 2.0 model, driven by the binding tables of `binding.ts` (the engine's strict reader).
 * Elements are matched by namespace URI + local name (any prefix). Every element and attribute the XSD allows
 * is read; anything else is reported (`unexpected-*`), so nothing in the input goes unnoticed. Text is kept
 * verbatim (empty required elements as `""`, CRs included) and checked against its XSD simple type.
 */
import { type ReadBindingOptions, readerOf } from "../../core/binding/compile.ts";
import type { ComplexType } from "../../core/binding/types.ts";
import { type Result, resultOf } from "../../core/result.ts";
import { ParseContext } from "../../core/xml/cursor.ts";
import { keepAttributes, type XmlElement } from "../../core/xml/node.ts";
import { readXml } from "../../core/xml/read.ts";
import { detectFailure, type ParseOptions } from "../common/parse.ts";
import {
  CodelisteType,
  DatenfeldgruppeType,
  DatenfeldType,
  DokumentsteckbriefType,
  ElementIdentifikationType,
  MESSAGE_TYPES,
  RegelType,
  StammdatenschemaType,
} from "./binding.ts";
import type {
  Codeliste,
  Datenfeld,
  Datenfeldgruppe,
  Dokumentsteckbrief,
  ElementIdentifikation,
  Nachricht,
  Regel,
  RootAttribute,
  Stammdatenschema,
} from "./model.ts";
import { type MessageElement, NAMESPACE, PREFIXES } from "./namespace.ts";

const X = NAMESPACE;

export type { ParseOptions } from "../common/parse.ts";

/** Reads one element of a 2.0 type with the strict reader of its table. */
function reader<M>(type: ComplexType<M>): (el: XmlElement, ctx: ParseContext) => M {
  const read = readerOf(type, "strict");
  return (el, ctx) => read(el, { namespace: X, ctx, mode: "strict" });
}

/** @xsd xdf:ElementIdentifikation */
export const parseElementIdentifikation: (el: XmlElement, ctx: ParseContext) => ElementIdentifikation = reader(ElementIdentifikationType);
/** @xsd xdf:Regel */
export const parseRegel: (el: XmlElement, ctx: ParseContext) => Regel = reader(RegelType);
/** @xsd xdf:Datenfeld */
export const parseDatenfeld: (el: XmlElement, ctx: ParseContext) => Datenfeld = reader(DatenfeldType);
/** @xsd xdf:Datenfeldgruppe */
export const parseDatenfeldgruppe: (el: XmlElement, ctx: ParseContext) => Datenfeldgruppe = reader(DatenfeldgruppeType);
/** @xsd xdf:Stammdatenschema */
export const parseStammdatenschema: (el: XmlElement, ctx: ParseContext) => Stammdatenschema = reader(StammdatenschemaType);
/** @xsd xdf:Dokumentsteckbrief */
export const parseDokumentsteckbrief: (el: XmlElement, ctx: ParseContext) => Dokumentsteckbrief = reader(DokumentsteckbriefType);
/** @xsd xdf:Codeliste */
export const parseCodeliste: (el: XmlElement, ctx: ParseContext) => Codeliste = reader(CodelisteType);

/**
 * Maps a message root element (already read by the library's XML reader, as the validation pipeline does) to the
 * model: the model stage of a `PipelineStandard`. The element must be in the XDatenfelder 2.0 namespace;
 * everything found is reported in the returned diagnostics. To read XML text, use {@link safeParse}.
 * @example
 * ```ts
 * import { safeParseElement } from "fim-xoev/xdatenfelder/v2";
 * type XmlElement = Parameters<typeof safeParseElement>[0];
 * declare const root: XmlElement; // the root element the pipeline's reader produced
 * const result = safeParseElement(root, { file: "S00000009_xdatenfelder.xml" });
 * if (result.success) console.log(result.data.kind); // xdatenfelder.stammdatenschema.0102
 * ```
 */
export function safeParseElement(
  root: XmlElement,
  options: {
    file?: string;
    maxDiagnostics?: number | undefined /** See {@link ParseOptions.xsdFacets}. */;
    xsdFacets?: "error" | "warning";
  } = {},
): Result<Nachricht> {
  if (root.namespace !== X) return detectFailure(root, PREFIXES, options.file, true);
  const message = Object.hasOwn(MESSAGE_TYPES, root.local) ? MESSAGE_TYPES[root.local as MessageElement] : undefined;
  if (message === undefined) return detectFailure(root, PREFIXES, options.file, false);
  const ctx = new ParseContext(PREFIXES, options.file, "model", options.maxDiagnostics);
  if (options.xsdFacets === "warning") ctx.facetSeverity = "warning";
  // Every root attribute is kept (xsi:schemaLocation and the like); the table reads the children only.
  const rootAttributes: RootAttribute[] = keepAttributes(root.attributes);
  const opts: ReadBindingOptions = { namespace: X, ctx, mode: "strict" };
  // The message tables are typed by their message; read here generically by the payload's property name.
  const type = message.type as unknown as ComplexType<Readonly<Record<string, unknown>>>;
  const read = readerOf(type, "strict")(root, opts, false);
  const payload = read[message.payload];
  if (payload === undefined) return resultOf<Nachricht>(undefined, ctx.diagnostics);
  const basis =
    rootAttributes.length === 0 ? { kind: root.local, header: read.header } : { kind: root.local, header: read.header, rootAttributes };
  const nachricht = { ...basis, [message.payload]: payload } as unknown as Nachricht;
  return resultOf(ctx.track(nachricht, root), ctx.diagnostics);
}

/**
 * Reads an XDatenfelder 2.0 message (Dokumentsteckbrief, Stammdatenschema, Datenfeldgruppe, Datenfeld or
 * Codeliste) into the typed model, returning it with every finding. Never throws.
 * @example
 * ```ts
 * import { safeParse } from "fim-xoev/xdatenfelder/v2";
 * declare const xml: string; // e.g. the content of S00000009_xdatenfelder.xml
 * const result = safeParse(xml, { file: "S00000009_xdatenfelder.xml" });
 * if (result.success && result.data.kind === "xdatenfelder.stammdatenschema.0102") console.log(result.data.stammdatenschema.name);
 * else for (const d of result.diagnostics) console.error(`${d.location?.line ?? "?"}: ${d.message}`);
 * ```
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<Nachricht> {
  const read = readXml(xml, { ...options, prefixes: PREFIXES });
  if (!read.success) return read as Result<never>;
  return safeParseElement(read.data.root, {
    file: options.file,
    maxDiagnostics: options.maxDiagnostics,
    ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
  });
}
