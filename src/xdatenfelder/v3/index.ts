/**
 * XDatenfelder 3.0.0 — `import * as xdf3 from "fim-xoev/xdatenfelder/v3"`.
 *
 * Verbs (docs/vocabulary.md): `parse`/`safeParse` (XML → model), `serialize`/`safeSerialize` (model → XML),
 * `validate` (async: xml → detect → xsd → model → rules, a `Report`), `check` (the FIM-QS rules on a model),
 * `create*`/`safeCreate*` builders with one input object, `indexElements`, `walkStruktur` and `uniqueRelations` for
 * navigating, plus the model types, `NAMESPACE` and the code lists (`fooCodeList` + `type Foo`). `safeParseElement`
 * maps an element read by the pipeline's reader (the model stage of a `PipelineStandard`).
 */
import { type Result, unwrap } from "../../core/result.ts";
import { checkNachrichtInput } from "../common/nachricht.ts";
import { createNachricht as wrapNachricht } from "./build.ts";
import { elementIdVersion } from "./elements.ts";
import type { Header, Nachricht } from "./model.ts";
import { type ParseOptions, safeParse } from "./parse.ts";

export type { XdatenfelderDiagnosticParams } from "../common/messages.ts";
export * from "./build.ts";
export * from "./codes.ts";
export { check, descriptor } from "./descriptor.ts";
export {
  countElements,
  type ElementCounts,
  type ElementIndex,
  elementIdVersion,
  indexElements,
  uniqueRelations,
  walkStruktur,
} from "./elements.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { type ParseOptions, safeParse, safeParseElement } from "./parse.ts";
export { type SerializeOptions, safeSerialize, serialize } from "./serialize.ts";
export { type NachrichtValidationResult, type ValidateOptions, type ValidationResult, validate } from "./xsd.ts";

/** Parses an XDatenfelder 3.0.0 message; throws one XoevError carrying every finding if it has errors. */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}

/** The element a message carries, by its element name (exactly one of them). */
export type NachrichtPayload = Parameters<typeof wrapNachricht>[1];

/** Input of {@link createNachricht}: the header and the one element the message carries. */
export type NachrichtInput = { readonly header: Header } & NachrichtPayload;

const PAYLOADS = ["dokumentsteckbrief", "stammdatenschema", "datenfeldgruppe", "datenfeld"] as const;

/**
 * Wraps a built element into its message (0101–0104), choosing the message by the element given:
 * `safeCreateNachricht({ header, stammdatenschema })`. An input without a header or without exactly one element
 * gives `invalid-input` diagnostics.
 */
export function safeCreateNachricht(input: NachrichtInput): Result<Nachricht> {
  return checkNachrichtInput(PAYLOADS, input, () => wrapNachricht(input.header, input));
}

/** Like {@link safeCreateNachricht}; throws one XoevError on a bad input. */
export function createNachricht(input: NachrichtInput): Nachricht;
/** @deprecated use `createNachricht({ header, ...payload })` (one input object) */
export function createNachricht(header: Header, payload: NachrichtPayload): Nachricht;
export function createNachricht(a: NachrichtInput | Header, b?: NachrichtPayload): Nachricht {
  return b === undefined ? unwrap(safeCreateNachricht(a as NachrichtInput)) : wrapNachricht(a as Header, b);
}

/** @deprecated use {@link elementIdVersion} (the QS rules' key is `qsElementKey` in `fim-xoev/xdatenfelder/v3/rules`) */
export const elementKey: typeof elementIdVersion = elementIdVersion;
