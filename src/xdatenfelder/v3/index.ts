/**
 * XDatenfelder 3.0.0 — `import * as xdf3 from "fim-xoev/xdatenfelder/v3"`.
 */
import { unwrap } from "../../core/result.ts";
import type { Nachricht } from "./model.ts";
import { type ParseOptions, safeParse } from "./parse.ts";

export * from "./codes.ts";
export type * from "./model.ts";
export * from "./namespace.ts";
export { parseDatenfeld, parseDatenfeldgruppe, parseRegel, parseStammdatenschema, parseDokumentsteckbrief, parseElementIdentifikation, safeParse, safeParseElement, type ParseOptions } from "./parse.ts";
export { serialize, safeSerialize, type SerializeOptions } from "./serialize.ts";

/** Parses an XDatenfelder 3.0.0 message; throws an XoevError carrying every finding if it has errors. */
export function parse(xml: string | Uint8Array, options?: ParseOptions): Nachricht {
  return unwrap(safeParse(xml, options));
}
