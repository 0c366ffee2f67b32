/**
 * XSD validation of XZuFi 2.3.1 with the official schema set — which is **not** part of this library: no XZuFi
 * XSD is publicly available in any repository, and the set is not yet in `schemas/catalog.json` (its file list
 * and checksums are unknown). To validate:
 *
 * 1. Download the set from XRepository (`https://www.xrepository.de/details/urn:xoev-de:fim:standard:xzufi`).
 * 2. Unpack every `.xsd` of it into `<schema root>/xzufi/2.3.1/` (sub-folders are fine).
 * 3. Name the schema root with the `schemas` option, or the environment variable `FIM_XOEV_SCHEMAS`.
 *
 * The entry schema is the file with the XZuFi target namespace that no other file includes (or `entry`).
 * Validation runs on the library's libxml2 engine (`core/validation/xsd.ts`) through the generic schema-folder
 * loader (`core/validation/schema-folder.ts`), through the functions every XZuFi version shares (`../common/version.ts`): nothing is fetched from the network; includes and imports must
 * resolve inside the folder. Without a schema root the XSD stage is skipped with an `xsd-skipped` info.
 */
import type { Result } from "../../core/result.ts";
import type { SchemaSet, XsdReport } from "../../core/validation/xsd.ts";
import { type XsdOptions, xsdSchemaSet, xzufiXsd } from "../common/version.ts";
import { CONFIG } from "./config.ts";
import { NAMESPACE, VERSION } from "./namespace.ts";

export type { XsdOptions } from "../common/version.ts";

/**
 * What `schemas/catalog.json` needs for this set once the official files are obtained: the `files` list with
 * SHA-256 sums and the `entry` are still unknown.
 */
export const XSD_SCHEMA_SET = xsdSchemaSet(VERSION, NAMESPACE);

const xsd = xzufiXsd(CONFIG);

/**
 * Loads the official schema set from `<schema root>/xzufi/2.3.1/`. Success with `data: undefined` and an
 * `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder holds no schema
 * with the XZuFi target namespace.
 */
export const safeLoadXsdSchemaSet: (options?: XsdOptions) => Promise<Result<SchemaSet | undefined>> = xsd.safeLoadXsdSchemaSet;

/**
 * Validates a document against the official XZuFi 2.3.1 schema set (see the module comment for where to put
 * it). Succeeds with an `xsd-skipped` info when no schema root is configured; fails with `xsd-invalid` findings
 * or `schema-load-failed`.
 */
export const safeValidateXsd: (xml: string | Uint8Array, options?: XsdOptions) => Promise<Result<XsdReport>> = xsd.safeValidateXsd;

/**
 * Validates a document against the official schema set.
 *
 * @throws {XoevError} with the XSD findings, or when the set cannot be loaded.
 */
export const validateXsd: (xml: string | Uint8Array, options?: XsdOptions) => Promise<XsdReport> = xsd.validateXsd;
