/**
 * The XZuFi version modules as configuration: reading, writing and the XSD stage are the same for every XZuFi
 * version up to constants (namespace, prefix, version values, root element, the objects a `schreibe` holds,
 * the binding tables, the schema set). Each version folder states its {@link XzufiVersion} once and takes
 * its `parse`/`serialize`/`xsd` functions from the factories here, keeping its own public names.
 * Imports `core/` only.
 */
import { type ReadDocumentOptions, safeReadDocument, safeReadRootElement, safeWrite, writeDocument } from "../../core/binding/document.ts";
import { type Result, unwrap } from "../../core/result.ts";
import {
  type SchemaFolder,
  type SchemaFolderOptions,
  safeLoadSchemaFolder,
  safeValidateWithSchemaFolder,
} from "../../core/validation/schema-folder.ts";
import type { SchemaSet, XsdReport } from "../../core/validation/xsd.ts";
import type { XmlElement } from "../../core/xml/node.ts";
import type { PrefixMap } from "../../core/xml/path.ts";
import type { ReadOptions } from "../../core/xml/read.ts";
import type { XzufiRuleProfile } from "./rules.ts";

/**
 * What distinguishes one XZuFi version from another for reading, writing, the XSD stage, the rules and the
 * registry (`L` is the version's Leistung): a version's `config.ts` states it once.
 */
export interface XzufiVersion<L = never> extends XzufiRuleProfile<L> {
  /** Version of the standard, e.g. `2.2.0`. */
  readonly version: string;
  /** Target namespace. */
  readonly namespace: string;
  /** Canonical prefix in written documents and diagnostic paths. */
  readonly prefix: string;
  /** Values of the root attribute `xzufiVersion` the reader accepts. */
  readonly xzufiVersionValues: readonly string[];
  /** Canonical prefixes for writing and for paths in diagnostics. */
  readonly prefixes: PrefixMap;
  /** Fixtures of the contract suite (folders below the repository root). */
  readonly fixtures: readonly string[];
}

/**
 * Options of the readers.
 *
 * @example
 * ```ts
 * import { type ParseOptions, safeParse } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const options: ParseOptions = { file: "leistungen.xml", namespace: "http://xoev.de/schemata/xzufi/2_3_1" };
 * console.log(safeParse(xml, options).success);
 * ```
 */
export interface ParseOptions extends Omit<ReadOptions, "prefixes"> {
  /** Namespace to read (default: the version's `NAMESPACE`); override it if the official namespace differs. */
  readonly namespace?: string;
}

/**
 * Options of the writers.
 *
 * @example
 * ```ts
 * import { parse, type SerializeOptions, serialize } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const options: SerializeOptions = { rootElement: "xzufiTransfernachricht", pretty: false, declaration: false };
 * console.log(serialize(parse(xml), options));
 * ```
 */
export interface SerializeOptions {
  /** Namespace to write (default: the version's `NAMESPACE`). */
  readonly namespace?: string;
  /** Root element of a transfer message; default: the name the message was read with, else `DEFAULT_ROOT_ELEMENT`. */
  readonly rootElement?: string;
  /** Indent (default `true`). */
  readonly pretty?: boolean;
  /** Write the XML declaration (default `true`). */
  readonly declaration?: boolean;
}

/**
 * Options of the XSD functions.
 *
 * @example
 * ```ts
 * import { safeValidateXsd, type XsdOptions } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const options: XsdOptions = { schemas: "/opt/xoev/schemas" };
 * console.log((await safeValidateXsd(xml, options)).success);
 * ```
 */
export interface XsdOptions extends SchemaFolderOptions {
  /** Target namespace the entry schema must declare (default: the version's `NAMESPACE`). */
  readonly namespace?: string;
}

/** The readers of one version. */
export function xzufiReader<N, L>(v: XzufiVersion<L>) {
  const nachrichtOptions = (options: ParseOptions): ReadDocumentOptions => ({
    ...options,
    namespace: options.namespace ?? v.namespace,
    prefix: v.prefix,
    rejectedRootElements: v.objectElements,
    rootNameProperty: "elementName",
    versionAttribute: { name: "xzufiVersion", values: v.xzufiVersionValues },
  });
  const safeParse = (xml: string | Uint8Array, options: ParseOptions = {}): Result<N> =>
    safeReadDocument<N>(xml, v.nachricht, nachrichtOptions(options));
  const safeParseLeistung = (xml: string | Uint8Array, options: ParseOptions = {}): Result<L> =>
    safeReadDocument<L>(xml, v.leistung, {
      ...options,
      namespace: options.namespace ?? v.namespace,
      prefix: v.prefix,
      rootElement: "leistung",
    });
  return {
    safeParseElement: (root: XmlElement, options: ParseOptions = {}): Result<N> =>
      safeReadRootElement<N>(root, v.nachricht, nachrichtOptions(options)),
    safeParse,
    parse: (xml: string | Uint8Array, options?: ParseOptions): N => unwrap(safeParse(xml, options)),
    safeParseLeistung,
    parseLeistung: (xml: string | Uint8Array, options?: ParseOptions): L => unwrap(safeParseLeistung(xml, options)),
  };
}

/** The writers of one version. */
export function xzufiWriter<N extends { readonly elementName?: string | undefined }, L extends object>(v: XzufiVersion<L>) {
  const serialize = (nachricht: N, options: SerializeOptions = {}): string => {
    const root = options.rootElement ?? nachricht.elementName ?? v.defaultRootElement;
    return writeDocument(root, v.nachricht, nachricht, { ...options, namespace: options.namespace ?? v.namespace, prefix: v.prefix });
  };
  return {
    serialize,
    safeSerialize: (nachricht: N, options?: SerializeOptions): Result<string> => safeWrite(() => serialize(nachricht, options)),
    serializeLeistung: (leistung: L, options: SerializeOptions = {}): string =>
      writeDocument("leistung", v.leistung, leistung, { ...options, namespace: options.namespace ?? v.namespace, prefix: v.prefix }),
  };
}

/** What `schemas/catalog.json` needs of a version's schema set (its files and entry are not yet known). */
export function xsdSchemaSet<V extends string, NS extends string>(version: V, namespace: NS) {
  return {
    /** Stable identifier. */
    id: `xzufi-${version}` as `xzufi-${V}`,
    standard: "XZuFi" as const,
    version,
    /** Target namespace the entry schema must declare. */
    namespace,
    /** Where the official set is published. */
    xrepositoryUrn: "urn:xoev-de:fim:standard:xzufi" as const,
    /** Folder of the set below a schema root. */
    directory: `xzufi/${version}` as `xzufi/${V}`,
  } as const;
}

/** The XSD functions of one version (the official set from a schema folder; see the version's `xsd.ts`). */
export function xzufiXsd<L>(v: XzufiVersion<L>) {
  const folder: SchemaFolder = { ...xsdSchemaSet(v.version, v.namespace), label: `XZuFi ${v.version}` };
  const safeValidateXsd = (xml: string | Uint8Array, options: XsdOptions = {}): Promise<Result<XsdReport>> =>
    safeValidateWithSchemaFolder(xml, folder, v.prefix, options);
  return {
    safeLoadXsdSchemaSet: (options: XsdOptions = {}): Promise<Result<SchemaSet | undefined>> => safeLoadSchemaFolder(folder, options),
    safeValidateXsd,
    validateXsd: async (xml: string | Uint8Array, options?: XsdOptions): Promise<XsdReport> => unwrap(await safeValidateXsd(xml, options)),
  };
}
