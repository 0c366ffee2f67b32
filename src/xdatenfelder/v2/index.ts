/**
 * XDatenfelder 2.0 — `import * as xdf2 from "fim-xoev/xdatenfelder/v2"`.
 *
 * Verbs (docs/vocabulary.md): `parse`/`safeParse` (XML → model), `serialize`/`safeSerialize` (model → XML),
 * `validate` (async: xml → detect → xsd → model → rules, a `Report`), `check` (the FIM-QS rules on a model),
 * `create*`/`safeCreate*` builders with one input object, `readPraezisierung`/`formatPraezisierung` for the JSON
 * inside `praezisierung`, plus the model types, `NAMESPACE` and the code lists (`fooCodeList` + `type Foo`).
 * `safeParseElement` maps an element read by the pipeline's reader (the model stage of a `PipelineStandard`).
 */
import { type Result, unwrap } from "../../core/result.ts";
import { checkNachrichtInput } from "../common/nachricht.ts";
import { createNachricht as wrapNachricht } from "./build.ts";
import type { Header, Nachricht } from "./model.ts";
import { type ParseOptions, safeParse } from "./parse.ts";

export type { XdatenfelderDiagnosticParams } from "../common/messages.ts";
export * from "./build.ts";
export * from "./codes.ts";
export { check, descriptor } from "./descriptor.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { type ParseOptions, safeParse, safeParseElement } from "./parse.ts";
export { formatPraezisierung, type PraezisierungRead, praezisierungOf, readPraezisierung } from "./praezisierung.ts";
export { type SerializeOptions, safeSerialize, serialize } from "./serialize.ts";
export { type NachrichtValidationResult, type ValidateOptions, type ValidationResult, validate } from "./xsd.ts";

/**
 * Reads an XDatenfelder 2.0 message into the typed model; throws one XoevError carrying every finding if it has
 * errors ({@link safeParse} returns them instead).
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { parse } from "fim-xoev/xdatenfelder/v2";
 * const nachricht = parse(await readFile("S00000009_xdatenfelder.xml"), { file: "S00000009_xdatenfelder.xml" });
 * if (nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const { name, status, struktur } = nachricht.stammdatenschema;
 *   console.log(name, status.code, struktur.length); // Gewerbe Anmeldung inVorbereitung …
 * }
 * ```
 */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}

/**
 * The element a message carries, by its element name (exactly one of `dokumentensteckbrief`, `stammdatenschema`,
 * `datenfeldgruppe`, `datenfeld`, `codeliste`).
 */
export type NachrichtPayload = Parameters<typeof wrapNachricht>[1];

/**
 * Input of {@link createNachricht}: the header and the one element the message carries.
 * @example
 * ```ts
 * import { createHeader, createNachricht, type Datenfeldgruppe, type NachrichtInput } from "fim-xoev/xdatenfelder/v2";
 * declare const person: Datenfeldgruppe; // G00000093 "Person"
 * const input: NachrichtInput = {
 *   header: createHeader({ nachrichtID: "G00000093-1", erstellungszeitpunkt: "2018-12-06T13:31:31.286Z" }),
 *   datenfeldgruppe: person,
 * };
 * console.log(createNachricht(input).kind); // xdatenfelder.datenfeldgruppe.0103
 * ```
 */
export type NachrichtInput = { readonly header: Header } & NachrichtPayload;

const PAYLOADS = ["dokumentensteckbrief", "stammdatenschema", "datenfeldgruppe", "datenfeld", "codeliste"] as const;

/**
 * Wraps a built element into its message (0101–0105), choosing the message by the element given:
 * `safeCreateNachricht({ header, stammdatenschema })`. An input without a header or without exactly one element
 * gives `invalid-input` diagnostics.
 * @example
 * ```ts
 * import { type Datenfeld, createHeader, safeCreateNachricht, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const familienname: Datenfeld; // F00000013, built with createDatenfeld
 * const header = createHeader({ nachrichtID: "F00000013-1", erstellungszeitpunkt: new Date().toISOString() });
 * const result = safeCreateNachricht({ header, datenfeld: familienname });
 * if (result.success) console.log(serialize(result.data)); // <xdf:xdatenfelder.datenfeld.0104 …>
 * else console.error(result.diagnostics.map((d) => d.message));
 * ```
 */
export function safeCreateNachricht(input: NachrichtInput): Result<Nachricht> {
  return checkNachrichtInput(PAYLOADS, input, () => wrapNachricht(input.header, input));
}

/**
 * Wraps a built element into its message (0101–0105), like {@link safeCreateNachricht}; throws one XoevError on a
 * bad input.
 * @example
 * ```ts
 * import { createHeader, createNachricht, type Stammdatenschema, serialize } from "fim-xoev/xdatenfelder/v2";
 * declare const schema: Stammdatenschema; // S00000009, built with createStammdatenschema
 * const header = createHeader({ nachrichtID: "S00000009-1", erstellungszeitpunkt: "2018-12-06T13:31:31.286Z" });
 * console.log(serialize(createNachricht({ header, stammdatenschema: schema })));
 * ```
 */
export function createNachricht(input: NachrichtInput): Nachricht;
/** @deprecated use `createNachricht({ header, ...payload })` (one input object) */
export function createNachricht(header: Header, payload: NachrichtPayload): Nachricht;
export function createNachricht(a: NachrichtInput | Header, b?: NachrichtPayload): Nachricht {
  return b === undefined ? unwrap(safeCreateNachricht(a as NachrichtInput)) : wrapNachricht(a as Header, b);
}
