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

/** The registry entries of the versions (`src/registry.ts` lists them with every other standard). */
const VERSIONS = [v3.descriptor, v2.descriptor] as const;

/**
 * Namespace URI → version, from the versions' descriptors.
 *
 * @example
 * ```ts
 * import { NAMESPACES } from "fim-xoev/xdatenfelder";
 *
 * for (const [namespace, version] of Object.entries(NAMESPACES)) console.log(`${version}: ${namespace}`);
 * ```
 */
export const NAMESPACES: Readonly<Record<string, XDatenfelderVersion>> = Object.fromEntries(
  VERSIONS.flatMap((d) => d.namespaces.map((ns) => [ns, d.version as XDatenfelderVersion])),
);

/** Canonical prefixes of every version. */
const PREFIXES: Readonly<Record<string, string>> = Object.assign({}, ...VERSIONS.map((d) => d.prefixes));

/** A parsed message with the version it was detected as. */
export type VersionedNachricht =
  | { readonly version: "2.0"; readonly nachricht: v2.Nachricht }
  | { readonly version: "3.0.0"; readonly nachricht: v3.Nachricht };

/**
 * Options for {@link safeParse}: the file name for findings, the reader's limits, how strictly XSD facets count.
 *
 * @example
 * ```ts
 * import { type ParseOptions, safeParse } from "fim-xoev/xdatenfelder";
 *
 * declare const bytes: Uint8Array;
 * const options: ParseOptions = { file: "S60000011V1.0.xml", xsdFacets: "warning" };
 * const result = safeParse(bytes, options);
 * console.log(result.success ? result.data.version : result.diagnostics);
 * ```
 */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /** Severity of values that violate a facet of the official XSD (default `error`; see `v3.ParseOptions`). */
  readonly xsdFacets?: "error" | "warning";
}

/**
 * The version a namespace URI belongs to, if any.
 *
 * @example
 * ```ts
 * import { versionOfNamespace } from "fim-xoev/xdatenfelder";
 *
 * console.log(versionOfNamespace("urn:xoev-de:fim:standard:xdatenfelder_3.0.0")); // "3.0.0"
 * ```
 */
export function versionOfNamespace(namespace: string): XDatenfelderVersion | undefined {
  return Object.hasOwn(NAMESPACES, namespace) ? NAMESPACES[namespace] : undefined;
}

/**
 * Parses an XDatenfelder message of either version. A root element in any other namespace (including the
 * legacy XDatenfelder 1 namespace) yields a fatal `unknown-namespace` diagnostic of stage `detect`. Never throws.
 *
 * @example
 * ```ts
 * import { safeParse } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const result = safeParse(xml, { file: "schema.xml" });
 * if (result.success && result.data.version === "3.0.0" && result.data.nachricht.kind === "xdatenfelder.stammdatenschema.0102") {
 *   console.log(result.data.nachricht.stammdatenschema.name);
 * }
 * ```
 */
export function safeParse(xml: string | Uint8Array, options: ParseOptions = {}): Result<VersionedNachricht> {
  const prefixes = PREFIXES;
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

/**
 * Like {@link safeParse}; throws an XoevError carrying every finding if the document has errors.
 *
 * @example
 * ```ts
 * import { parse } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const { version, nachricht } = parse(xml);
 * console.log(`XDatenfelder ${version}, message ${nachricht.kind}`);
 * ```
 */
export function parse(xml: string | Uint8Array, options: ParseOptions = {}): VersionedNachricht {
  return unwrap(safeParse(xml, options));
}

/**
 * Serializes a message of either version with its module's writer.
 *
 * @example
 * ```ts
 * import { parse, serialize } from "fim-xoev/xdatenfelder";
 *
 * declare const xml: string;
 * const wieder = serialize(parse(xml));
 * console.log(wieder.length);
 * ```
 */
export function serialize(message: VersionedNachricht, options: v2.SerializeOptions & v3.SerializeOptions = {}): string {
  return message.version === "2.0" ? v2.serialize(message.nachricht, options) : v3.serialize(message.nachricht, options);
}

export { QS_KATALOG_DOCS_URI, qsRuleHelp } from "./common/qs-help.ts";
export {
  convertXdf2ToXdf3,
  convertXdf3ToXdf2,
  type Xdf2Conversion,
  type Xdf2ToXdf3Options,
  type Xdf3ToXdf2Options,
} from "./convert/index.ts";
export { checkXDatenfelder, type QsCheckOptions } from "./qs.ts";
export { v2, v3 };
