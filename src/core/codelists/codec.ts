/**
 * XÖV codes as binding content: a {@link Codec} for the `xoev-code:Code` types (attributes `listURI` and
 * `listVersionID`, unqualified `code`/`name` children), for tables that read codes of a known list.
 */
import type { ZodType } from "zod";
import type { Codec, Zod } from "../binding/types.ts";
import { type CodeList, codeOf, codesOf, isCodeOf, type XoevCode } from "./code.ts";
import { parseXoevCode, writeXoevCode, type XoevCodeOptions } from "./xml.ts";

/**
 * The codec of a code element of `list`: read with {@link parseXoevCode} (a code outside a closed list is an
 * `unknown-code`; with `fixed`, another `listURI`/`listVersionID` than the list's is an `invalid-value`), written
 * with {@link writeXoevCode}. Builder input may give the bare code (the list's canonical metadata is added) or a
 * full {@link XoevCode}.
 */
export function xoevCodeCodec<C extends string>(list: CodeList<C>, options: XoevCodeOptions = {}): Codec<XoevCode<C>> {
  return {
    name: `xoev-code:Code (${list.uri})`,
    read: (el, { ctx }) => parseXoevCode(el, ctx, list, options),
    write: (w, ns, local, value) => writeXoevCode(w, ns, local, value),
    check(value, report) {
      const code = typeof value === "object" && value !== null ? (value as { code?: unknown }).code : undefined;
      if (typeof code !== "string") report({ value: JSON.stringify(value) ?? String(value), expected: "an XÖV code { code, … }" });
      else if (list.closed && !isCodeOf(list, code)) report({ value: code, expected: `a code of ${list.uri}` });
    },
    zod: (z) => xoevCodeInput(z, list),
  };
}

/** Builder input of a code of `list`: the bare value (canonical list metadata is added) or a full XÖV code. */
export function xoevCodeInput<C extends string>(z: Zod, list: CodeList<C>) {
  const value = list.closed ? z.enum(codesOf(list) as [C, ...C[]]) : (z.string().min(1) as unknown as ZodType<C>);
  // The message names the allowed values: a typo is answered with the list, not with "Invalid input".
  const expected = list.closed
    ? `a code of ${list.uri}: one of ${codesOf(list).join(", ")} (or { code, listURI, listVersionID })`
    : `a code of ${list.uri} (a non-empty string, or { code, listURI, listVersionID })`;
  return z
    .union(
      [value, z.object({ code: value, name: z.string().optional(), listURI: z.string().optional(), listVersionID: z.string().optional() })],
      { error: (issue) => `expected ${expected}, got ${JSON.stringify(issue.input) ?? "nothing"}` },
    )
    .transform((v): XoevCode<C> => (typeof v === "string" ? codeOf(list, v) : (v as XoevCode<C>)));
}
