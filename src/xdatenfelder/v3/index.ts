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

/**
 * Reads an XDatenfelder 3.0.0 message into the typed model; throws one XoevError carrying every finding if it has
 * errors ({@link safeParse} returns them instead).
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { indexElements, parse } from "fim-xoev/xdatenfelder/v3";
 * const nachricht = parse(await readFile("S05000001205.xdf3.xml"), { file: "S05000001205.xdf3.xml" });
 * if (nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
 *   const { stammdatenschema } = nachricht;
 *   console.log(stammdatenschema.name, stammdatenschema.beschreibung); // … Leika Schlüssel: 99050109001000
 *   console.log(indexElements(nachricht).datenfelder.map((f) => f.name)); // [ "Familienname", "Vornamen", … ]
 * }
 * ```
 */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}

/** The element a message carries, by its element name (exactly one of `dokumentsteckbrief`, `stammdatenschema`, `datenfeldgruppe`, `datenfeld`). */
export type NachrichtPayload = Parameters<typeof wrapNachricht>[1];

/**
 * Input of {@link createNachricht}: the header and the one element the message carries.
 * @example
 * ```ts
 * import { createHeader, createNachricht, type Datenfeld, type NachrichtInput } from "fim-xoev/xdatenfelder/v3";
 * declare const familienname: Datenfeld; // createDatenfeld({ … name: "Familienname" … })
 * const input: NachrichtInput = {
 *   header: createHeader({ nachrichtID: "F60000000227-1", erstellungszeitpunkt: "2024-03-01T10:00:00Z" }),
 *   datenfeld: familienname,
 * };
 * console.log(createNachricht(input).kind); // xdatenfelder.datenfeld.0104
 * ```
 */
export type NachrichtInput = { readonly header: Header } & NachrichtPayload;

const PAYLOADS = ["dokumentsteckbrief", "stammdatenschema", "datenfeldgruppe", "datenfeld"] as const;

/**
 * Wraps a built element into its message (0101–0104), choosing the message by the element given:
 * `safeCreateNachricht({ header, stammdatenschema })`. An input without a header or without exactly one element
 * gives `invalid-input` diagnostics.
 * @example
 * ```ts
 * import { createHeader, type Datenfeldgruppe, safeCreateNachricht, serialize } from "fim-xoev/xdatenfelder/v3";
 * declare const ansprechpartner: Datenfeldgruppe; // G60000000225, built with createDatenfeldgruppe
 * const header = createHeader({ nachrichtID: "G60000000225-1", erstellungszeitpunkt: new Date().toISOString() });
 * const result = safeCreateNachricht({ header, datenfeldgruppe: ansprechpartner });
 * if (result.success) console.log(serialize(result.data)); // <xdf3:xdatenfelder.datenfeldgruppe.0103 …>
 * else console.error(result.diagnostics.map((d) => d.message));
 * ```
 */
export function safeCreateNachricht(input: NachrichtInput): Result<Nachricht> {
  return checkNachrichtInput(PAYLOADS, input, () => wrapNachricht(input.header, input));
}

/**
 * Wraps a built element into its message (0101–0104), like {@link safeCreateNachricht}; throws one XoevError on a
 * bad input.
 * @example
 * ```ts
 * import { createHeader, createNachricht, type Stammdatenschema, serialize } from "fim-xoev/xdatenfelder/v3";
 * declare const schema: Stammdatenschema; // S05000001205, built with createStammdatenschema
 * const header = createHeader({ nachrichtID: "S05000001205-1", erstellungszeitpunkt: "2025-01-24T13:00:00Z" });
 * const nachricht = createNachricht({ header, stammdatenschema: schema });
 * console.log(nachricht.kind, serialize(nachricht).length); // xdatenfelder.stammdatenschema.0102 …
 * ```
 */
export function createNachricht(input: NachrichtInput): Nachricht;
/** @deprecated use `createNachricht({ header, ...payload })` (one input object) */
export function createNachricht(header: Header, payload: NachrichtPayload): Nachricht;
export function createNachricht(a: NachrichtInput | Header, b?: NachrichtPayload): Nachricht {
  return b === undefined ? unwrap(safeCreateNachricht(a as NachrichtInput)) : wrapNachricht(a as Header, b);
}

/**
 * An element's id and version as one string (`F60000000227V1.1.0`); the former name of {@link elementIdVersion}.
 * @deprecated use {@link elementIdVersion} (the QS rules' key is `qsElementKey` in `fim-xoev/xdatenfelder/v3/rules`)
 * @example
 * ```ts
 * import { elementIdVersion } from "fim-xoev/xdatenfelder/v3"; // instead of elementKey
 * console.log(elementIdVersion({ id: "F60000000227", version: "1.1.0" })); // F60000000227V1.1.0
 * ```
 */
export const elementKey: typeof elementIdVersion = elementIdVersion;
