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
import { xsdSchemaSet, xzufiXsd } from "../common/version.ts";
import { CONFIG } from "./config.ts";
import { NAMESPACE, VERSION } from "./namespace.ts";

export type { XsdOptions } from "../common/version.ts";

/**
 * What `schemas/catalog.json` needs for this set once the official files are obtained: the `files` list with
 * SHA-256 sums and the `entry` are still unknown.
 *
 * @example
 * ```ts
 * import { XSD_SCHEMA_SET } from "fim-xoev/xzufi/v2_3_1";
 * console.log(`put the official XSDs into <schema root>/${XSD_SCHEMA_SET.directory}`); // xzufi/2.3.1
 * ```
 */
export const XSD_SCHEMA_SET = xsdSchemaSet(VERSION, NAMESPACE);

const xsd = xzufiXsd(CONFIG);

/**
 * Loads the official schema set from `<schema root>/xzufi/2.3.1/`. Success with `data: undefined` and an
 * `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder holds no schema
 * with the XZuFi target namespace.
 *
 * @example
 * ```ts
 * import { safeLoadXsdSchemaSet } from "fim-xoev/xzufi/v2_3_1";
 * const loaded = await safeLoadXsdSchemaSet({ schemas: "/opt/xoev/schemas" });
 * console.log(loaded.success && loaded.data !== undefined ? "schema set found" : loaded.diagnostics[0]?.message);
 * ```
 */
export const {
  /**
   * Loads the official schema set from `<schema root>/xzufi/2.3.1/`. Success with `data: undefined` and an
   * `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder holds no schema
   * with the XZuFi target namespace.
   *
   * @example
   * ```ts
   * import { safeLoadXsdSchemaSet } from "fim-xoev/xzufi/v2_3_1";
   * const loaded = await safeLoadXsdSchemaSet({ schemas: "/opt/xoev/schemas" });
   * console.log(loaded.success && loaded.data !== undefined ? "schema set found" : loaded.diagnostics[0]?.message);
   * ```
   */
  safeLoadXsdSchemaSet,
} = xsd;

/**
 * Validates a document against the official XZuFi 2.3.1 schema set (see the module comment for where to put
 * it): `safeValidateXsd` succeeds with an `xsd-skipped` info when no schema root is configured and fails with
 * `xsd-invalid` findings or `schema-load-failed`; `validateXsd` throws an `XoevError` with them instead.
 *
 * @example
 * ```ts
 * import { safeValidateXsd } from "fim-xoev/xzufi/v2_3_1";
 * declare const xml: string;
 * const result = await safeValidateXsd(xml, { schemas: "/opt/xoev/schemas" });
 * for (const d of result.diagnostics) console.log(d.severity, d.path, d.message);
 * ```
 */
export const {
  /**
   * Validates a document against the official XZuFi 2.3.1 schema set (see the module comment for where to put
   * it): `safeValidateXsd` succeeds with an `xsd-skipped` info when no schema root is configured and fails with
   * `xsd-invalid` findings or `schema-load-failed`; `validateXsd` throws an `XoevError` with them instead.
   *
   * @example
   * ```ts
   * import { safeValidateXsd } from "fim-xoev/xzufi/v2_3_1";
   * declare const xml: string;
   * const result = await safeValidateXsd(xml, { schemas: "/opt/xoev/schemas" });
   * for (const d of result.diagnostics) console.log(d.severity, d.path, d.message);
   * ```
   */
  safeValidateXsd,
  /**
   * Validates a document against the official XZuFi 2.3.1 schema set (see the module comment for where to put
   * it): `safeValidateXsd` succeeds with an `xsd-skipped` info when no schema root is configured and fails with
   * `xsd-invalid` findings or `schema-load-failed`; `validateXsd` throws an `XoevError` with them instead.
   *
   * @example
   * ```ts
   * import { safeValidateXsd } from "fim-xoev/xzufi/v2_3_1";
   * declare const xml: string;
   * const result = await safeValidateXsd(xml, { schemas: "/opt/xoev/schemas" });
   * for (const d of result.diagnostics) console.log(d.severity, d.path, d.message);
   * ```
   */
  validateXsd,
} = xsd;
