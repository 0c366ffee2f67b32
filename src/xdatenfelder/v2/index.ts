/**
 * XDatenfelder 2.0 — `import * as xdf2 from "fim-xoev/xdatenfelder/v2"`.
 *
 * Verbs (docs/vocabulary.md): `parse`/`safeParse` (XML → model), `serialize`/`safeSerialize` (model → XML),
 * `validate` (async: xml → detect → xsd → model), `create*`/`safeCreate*` builders with one input object,
 * `readPraezisierung`/`formatPraezisierung` for the JSON inside `praezisierung`, plus the model types,
 * `NAMESPACE` and the code lists (`fooCodeList` + `type Foo`). `safeParseElement` maps an element read by the
 * pipeline's reader (the model stage of a `PipelineStandard`).
 */
import { unwrap } from "../../core/result.ts";
import { createNachricht as wrapNachricht } from "./build.ts";
import type { Header, Nachricht } from "./model.ts";
import { type ParseOptions, safeParse } from "./parse.ts";

export * from "./build.ts";
export * from "./codes.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { type ParseOptions, safeParse, safeParseElement } from "./parse.ts";
export { formatPraezisierung, type PraezisierungRead, praezisierungOf, readPraezisierung } from "./praezisierung.ts";
export { type SerializeOptions, safeSerialize, serialize } from "./serialize.ts";
export { type ValidateOptions, type ValidationResult, validate } from "./xsd.ts";

/** Parses an XDatenfelder 2.0 message; throws an XoevError carrying every finding if it has errors. */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}

/** The element a message carries, by its element name (exactly one of them). */
export type NachrichtPayload = Parameters<typeof wrapNachricht>[1];

/** Input of {@link createNachricht}: the header and the one element the message carries. */
export type NachrichtInput = { readonly header: Header } & NachrichtPayload;

/**
 * Wraps a built element into its message (0101–0105), choosing the message by the element given:
 * `createNachricht({ header, stammdatenschema })`.
 */
export function createNachricht(input: NachrichtInput): Nachricht;
/** @deprecated use `createNachricht({ header, ...payload })` (one input object) */
export function createNachricht(header: Header, payload: NachrichtPayload): Nachricht;
export function createNachricht(a: NachrichtInput | Header, b?: NachrichtPayload): Nachricht {
  return b === undefined ? wrapNachricht((a as NachrichtInput).header, a as NachrichtInput) : wrapNachricht(a as Header, b);
}
