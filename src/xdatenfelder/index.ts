/**
 * Version-independent entry — `import { safeParse } from "fim-xoev/xdatenfelder"`. Detects the XDatenfelder
 * version by the namespace URI of the root element and hands the document to the matching module.
 */
import { diagnostic } from "../core/diagnostics/create.ts";
import { failure, mapResult, type Result, unwrap } from "../core/result.ts";
import { canonicalName } from "../core/xml/path.ts";
import { type ReadOptions, readXml } from "../core/xml/read.ts";
import * as v2 from "./v2/index.ts";
import * as v3 from "./v3/index.ts";
import { rereader, SHALLOW_REPEATS } from "./v3/parse.ts";

/** The XDatenfelder versions this library reads. */
export type XDatenfelderVersion = "2.0" | "3.0.0";

/** Namespace URI → version. */
export const NAMESPACES: Readonly<Record<string, XDatenfelderVersion>> = { [v2.NAMESPACE]: "2.0", [v3.NAMESPACE]: "3.0.0" };

/** A parsed message with the version it was detected as. */
export type VersionedNachricht =
  | { readonly version: "2.0"; readonly nachricht: v2.Nachricht }
  | { readonly version: "3.0.0"; readonly nachricht: v3.Nachricht };

/** Options for {@link safeParse}. */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /** Severity of values that violate a facet of the official XSD (default `error`; see `v3.ParseOptions`). */
  readonly xsdFacets?: "error" | "warning";
}

/** The version a namespace URI belongs to, if any. */
export function versionOfNamespace(namespace: string): XDatenfelderVersion | undefined {
  return Object.hasOwn(NAMESPACES, namespace) ? NAMESPACES[namespace] : undefined;
}

/**
 * Parses an XDatenfelder message of either version. A root element in any other namespace (including the
 * legacy XDatenfelder 1 namespace) yields a fatal `unknown-namespace` diagnostic of stage `detect`. Never throws.
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<VersionedNachricht> {
  const prefixes = { ...v2.PREFIXES, ...v3.PREFIXES };
  const read = readXml(xml, { ...options, prefixes, shallowRepeats: SHALLOW_REPEATS });
  if (!read.success) return read as Result<never>;
  const root = read.data.root;
  switch (versionOfNamespace(root.namespace)) {
    case "2.0":
      return mapResult(
        v2.safeParseElement(root, { file: options.file, ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }) }),
        (nachricht) => ({ version: "2.0", nachricht }) as const,
      );
    case "3.0.0":
      return mapResult(
        v3.safeParseElement(root, {
          file: options.file,
          reread: rereader(xml, options),
          ...(options.xsdFacets !== undefined && { xsdFacets: options.xsdFacets }),
        }),
        (nachricht) => ({ version: "3.0.0", nachricht }) as const,
      );
    default: {
      const name = canonicalName(root.namespace, root.local, prefixes);
      return failure([
        diagnostic({
          code: "unknown-namespace",
          params: { namespace: root.namespace, element: root.local },
          severity: "fatal",
          stage: "detect",
          path: `/${name}`,
          location: { line: root.line, column: root.column },
          file: options.file,
        }),
      ]);
    }
  }
}

/** Like {@link safeParse}; throws an XoevError carrying every finding if the document has errors. */
export function parse(xml: string | Uint8Array, options: ParseOptions = {}): VersionedNachricht {
  return unwrap(safeParse(xml, options));
}

/** Serializes a message of either version with its module's writer. */
export function serialize(message: VersionedNachricht, options: v2.SerializeOptions & v3.SerializeOptions = {}): string {
  return message.version === "2.0" ? v2.serialize(message.nachricht, options) : v3.serialize(message.nachricht, options);
}

export {
  convertXdf2ToXdf3,
  convertXdf3ToXdf2,
  type Xdf2Conversion,
  type Xdf2ToXdf3Options,
  type Xdf3ToXdf2Options,
} from "./convert/index.ts";
export { checkXDatenfelder, type QsCheckOptions } from "./qs.ts";
export { v2, v3 };
