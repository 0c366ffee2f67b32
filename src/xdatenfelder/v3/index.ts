/**
 * XDatenfelder 3.0.0 — `import * as xdf3 from "fim-xoev/xdatenfelder/v3"`.
 *
 * Verbs: `parse`/`safeParse` (XML → model), `serialize`/`safeSerialize` (model → XML), `validate`
 * (async: xml → detect → xsd → model), `create*`/`safeCreate*` builders, `indexElements` and
 * `uniqueRelations` for navigating, plus the model types, `NAMESPACE` and the code lists.
 */
import { unwrap } from "../../core/result.ts";
import type { Nachricht } from "./model.ts";
import { type ParseOptions, safeParse } from "./parse.ts";

export * from "./build.ts";
export * from "./codes.ts";
export * from "./elements.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export {
  type ParseOptions,
  parseDatenfeld,
  parseDatenfeldgruppe,
  parseDokumentsteckbrief,
  parseElementIdentifikation,
  parseRegel,
  parseStammdatenschema,
  safeParse,
  safeParseElement,
} from "./parse.ts";
export { type SerializeOptions, safeSerialize, serialize } from "./serialize.ts";
export { type ValidateOptions, type ValidationResult, validate } from "./xsd.ts";

/** Parses an XDatenfelder 3.0.0 message; throws one XoevError carrying every finding if it has errors. */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}
