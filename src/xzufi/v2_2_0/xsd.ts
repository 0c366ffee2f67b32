/**
 * XSD validation of XZuFi 2.2.0 with the official schema set — which is **not** part of this library: no XZuFi
 * XSD is publicly available in any repository, and the set is not yet in `schemas/catalog.json` (its file list
 * and checksums are unknown). To validate:
 *
 * 1. Download the set from XRepository (`https://www.xrepository.de/details/urn:xoev-de:fim:standard:xzufi`).
 * 2. Unpack every `.xsd` of it into `<schema root>/xzufi/2.2.0/` (sub-folders are fine).
 * 3. Name the schema root with the `schemas` option, or the environment variable `FIM_XOEV_SCHEMAS`.
 *
 * The entry schema is the file with the XZuFi target namespace that no other file includes (or `entry`).
 * Validation runs on the library's libxml2 engine (`core/validation/xsd.ts`) through the generic schema-folder
 * loader (`core/validation/schema-folder.ts`): nothing is fetched from the network; includes and imports must
 * resolve inside the folder. Without a schema root the XSD stage is skipped with an `xsd-skipped` info.
 */
import { type Result, unwrap } from "../../core/result.ts";
import {
  type SchemaFolder,
  type SchemaFolderOptions,
  safeLoadSchemaFolder,
  safeValidateWithSchemaFolder,
} from "../../core/validation/schema-folder.ts";
import type { SchemaSet, XsdReport } from "../../core/validation/xsd.ts";
import { NAMESPACE, PREFIX, VERSION } from "./namespace.ts";

/**
 * What `schemas/catalog.json` needs for this set once the official files are obtained: the `files` list with
 * SHA-256 sums and the `entry` are still unknown.
 */
export const XSD_SCHEMA_SET = {
  /** Stable identifier. */
  id: `xzufi-${VERSION}`,
  standard: "XZuFi",
  version: VERSION,
  /** Target namespace the entry schema must declare. */
  namespace: NAMESPACE,
  /** Where the official set is published. */
  xrepositoryUrn: "urn:xoev-de:fim:standard:xzufi",
  /** Folder of the set below a schema root. */
  directory: `xzufi/${VERSION}`,
} as const;

const SCHEMA_FOLDER: SchemaFolder = { ...XSD_SCHEMA_SET, label: `XZuFi ${VERSION}` };

/** Options of {@link safeLoadXsdSchemaSet} and {@link safeValidateXsd}. */
export interface XsdOptions extends SchemaFolderOptions {
  /** Target namespace the entry schema must declare (default {@link NAMESPACE}). */
  readonly namespace?: string;
}

/**
 * Loads the official schema set from `<schema root>/xzufi/2.2.0/`. Success with `data: undefined` and an
 * `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder holds no schema
 * with the XZuFi target namespace.
 */
export async function safeLoadXsdSchemaSet(options: XsdOptions = {}): Promise<Result<SchemaSet | undefined>> {
  return safeLoadSchemaFolder(SCHEMA_FOLDER, options);
}

/**
 * Validates a document against the official XZuFi 2.2.0 schema set (see the module comment for where to put
 * it). Succeeds with an `xsd-skipped` info when no schema root is configured; fails with `xsd-invalid` findings
 * or `schema-load-failed`.
 */
export async function safeValidateXsd(xml: string | Uint8Array, options: XsdOptions = {}): Promise<Result<XsdReport>> {
  return safeValidateWithSchemaFolder(xml, SCHEMA_FOLDER, PREFIX, options);
}

/**
 * Validates a document against the official schema set.
 *
 * @throws {XoevError} with the XSD findings, or when the set cannot be loaded.
 */
export async function validateXsd(xml: string | Uint8Array, options?: XsdOptions): Promise<XsdReport> {
  return unwrap(await safeValidateXsd(xml, options));
}
