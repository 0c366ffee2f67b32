import type { ElementCursor, ParseContext } from "../xml/cursor.ts";
import { ElementCursor as Cursor, simpleText } from "../xml/cursor.ts";
import type { XmlElement } from "../xml/node.ts";
import type { XmlWriter } from "../xml/write.ts";
import { collapseWhitespace } from "../xsd-types/builtins.ts";
import type { SimpleTypeDef } from "../xsd-types/facets.ts";
import { type CodeList, isCodeOf, type XoevCode } from "./code.ts";

/** xoev-code 1.0 `Code/@listURI`. */
const LIST_URI: SimpleTypeDef = { name: "xs:anyURI", base: "anyURI" };

/** Options of {@link parseXoevCode}. */
export interface XoevCodeOptions {
  /**
   * The schema fixes `listURI` to the list's URI and, for a list with `versionFixed`, `listVersionID` to its
   * version (the `Code.*` types of XDatenfelder do): another value is an `invalid-value` (facet `fixed`).
   */
  readonly fixed?: boolean;
}

/**
 * Reads an element of an XÖV code type: attributes `listURI`/`listVersionID` and the **unqualified**
 * children `code` and `name` (xoev-code 1.0 declares them `form="unqualified"`). For a closed list (an XSD
 * enumeration), a value outside it is reported as `unknown-code` (and kept); like the XSD, the comparison
 * collapses white space (`code` is an `xs:token`).
 */
export function parseXoevCode<C extends string>(
  el: XmlElement,
  ctx: ParseContext,
  list?: CodeList<C>,
  options: XoevCodeOptions = {},
): XoevCode<C> {
  const c: ElementCursor = new Cursor(el, ctx);
  const fixed = options.fixed === true && list !== undefined;
  const listURI = c.attribute("listURI", "", fixed ? { name: "xs:anyURI", base: "anyURI", fixed: list.uri } : LIST_URI);
  const listVersionID = c.attribute(
    "listVersionID",
    "",
    fixed && list.versionFixed ? { name: "xs:normalizedString", base: "normalizedString", fixed: list.version } : undefined,
  );
  const codeEl = c.required("", "code");
  const code = codeEl === undefined ? "" : textOfCode(codeEl, ctx);
  const nameEl = c.optional("", "name");
  const name = nameEl === undefined ? undefined : textOfCode(nameEl, ctx);
  c.done();
  if (list?.closed && codeEl !== undefined && !isCodeOf(list, code) && !isCodeOf(list, collapseWhitespace(code))) {
    ctx.report("unknown-code", { value: code, codeList: list.uri }, codeEl);
  }
  const out: { code: C; name?: string; listURI?: string; listVersionID?: string } = { code: code as C };
  if (name !== undefined) out.name = name;
  if (listURI !== undefined) out.listURI = listURI;
  if (listVersionID !== undefined) out.listVersionID = listVersionID;
  return out;
}

function textOfCode(el: XmlElement, ctx: ParseContext): string {
  return simpleText(el, ctx);
}

/** Writes an XÖV code element with unqualified `code`/`name` children. */
export function writeXoevCode(w: XmlWriter, namespace: string, local: string, value: XoevCode): void {
  const attrs: [string, string][] = [];
  if (value.listURI !== undefined) attrs.push(["listURI", value.listURI]);
  if (value.listVersionID !== undefined) attrs.push(["listVersionID", value.listVersionID]);
  w.start(namespace, local, attrs);
  w.element("", "code", value.code);
  if (value.name !== undefined) w.element("", "name", value.name);
  w.end();
}
