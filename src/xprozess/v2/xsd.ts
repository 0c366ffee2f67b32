/**
 * XSD validation of XProzess 2.0 with the official schema set — which is **not** part of this library: no
 * XProzess XSD is publicly available in any repository (the structure in `binding.ts` comes from JAXB classes
 * generated from it). To validate:
 *
 * 1. Download the set from XRepository (`urn:xoev-de:mv:em:standard:xprozess`, version 2.0), together with the
 *    schemas it imports (xoev-code 1.0, latinchars 1.1).
 * 2. Unpack every `.xsd` into `<schema root>/xprozess/2.0/` (sub-folders are fine).
 * 3. Name the schema root with the `schemas` option, the CLI's `--schemas`, or `FIM_XOEV_SCHEMAS`.
 *
 * The entry schema is the file with the XProzess target namespace that no other file includes (or `entry`).
 * Validation runs on the library's libxml2 engine through the generic schema-folder loader
 * (`core/validation/schema-folder.ts`): nothing is fetched from the network; includes and imports must resolve
 * inside the folder. Without a schema root the XSD stage is skipped with an `xsd-skipped` info. The catalogue
 * entry is `xprozess-2.0` in `schemas/catalog.json` (`folderSets`, no checksums: the files are user-supplied).
 */
import { type Result, unwrap } from "../../core/result.ts";
import {
  type SchemaFolder,
  type SchemaFolderOptions,
  safeLoadSchemaFolder,
  safeValidateWithSchemaFolder,
} from "../../core/validation/schema-folder.ts";
import type { SchemaSet, XsdReport } from "../../core/validation/xsd.ts";
import { NAMESPACE, PREFIX, VERSION, XREPOSITORY_URN } from "./namespace.ts";

/**
 * The `schemas/catalog.json` entry of the set (folder set: the files and checksums are not public).
 *
 * @example
 * ```ts
 * import { join } from "node:path";
 * import { XSD_SCHEMA_SET } from "fim-xoev/xprozess/v2";
 *
 * // where to unpack the XRepository download below a schema root
 * console.log(join("/opt/fim/schemas", XSD_SCHEMA_SET.directory)); // /opt/fim/schemas/xprozess/2.0
 * console.log(XSD_SCHEMA_SET.id, XSD_SCHEMA_SET.xrepositoryUrn);
 * ```
 */
export const XSD_SCHEMA_SET = {
  /** Stable identifier. */
  id: `xprozess-${VERSION}`,
  standard: "XProzess",
  version: VERSION,
  /** Target namespace the entry schema must declare. */
  namespace: NAMESPACE,
  /** Where the official set is published. */
  xrepositoryUrn: XREPOSITORY_URN,
  /** Folder of the set below a schema root. */
  directory: `xprozess/${VERSION}`,
} as const;

const SCHEMA_FOLDER: SchemaFolder = { ...XSD_SCHEMA_SET, label: `XProzess ${VERSION}` };

/**
 * Options of {@link safeLoadXsdSchemaSet} and {@link safeValidateXsd}.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeValidateXsd, type XsdOptions } from "fim-xoev/xprozess/v2";
 *
 * const options: XsdOptions = { schemas: "/opt/fim/schemas", entry: "xprozess-nachrichten.xsd", file: "hundesteuer.xprozess.xml" };
 * const result = await safeValidateXsd(readFileSync("hundesteuer.xprozess.xml"), options);
 * console.log(result.success);
 * ```
 */
export interface XsdOptions extends SchemaFolderOptions {}

/**
 * Loads the official schema set from `<schema root>/xprozess/2.0/`. Success with `data: undefined` and an
 * `xsd-skipped` info when no schema root is configured; `schema-load-failed` when the folder holds no schema
 * with the XProzess target namespace.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeLoadXsdSchemaSet, validate } from "fim-xoev/xprozess/v2";
 *
 * // load the set once and validate many documents with it
 * const loaded = await safeLoadXsdSchemaSet({ schemas: "/opt/fim/schemas" });
 * if (loaded.success && loaded.data !== undefined) {
 *   const schemaSets = [loaded.data];
 *   for (const file of ["hundesteuer.xprozess.xml", "gewerbe.xprozess.xml"]) {
 *     const report = await validate(readFileSync(file), { schemaSets, file });
 *     console.log(file, report.diagnostics.length);
 *   }
 * } else {
 *   console.error(loaded.diagnostics.map((d) => d.message).join("\n")); // xsd-skipped or schema-load-failed
 * }
 * ```
 */
export async function safeLoadXsdSchemaSet(options: XsdOptions = {}): Promise<Result<SchemaSet | undefined>> {
  return safeLoadSchemaFolder(SCHEMA_FOLDER, options);
}

/**
 * Validates a document against the official XProzess 2.0 schema set (see the module comment for where to put
 * it). Succeeds with an `xsd-skipped` info when no schema root is configured; fails with `xsd-invalid` findings
 * or `schema-load-failed`.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { safeValidateXsd } from "fim-xoev/xprozess/v2";
 *
 * const result = await safeValidateXsd(readFileSync("hundesteuer.xprozess.xml"), { schemas: "/opt/fim/schemas" });
 * if (result.success && result.data.skipped === true) console.log("no schema root configured: XSD stage skipped");
 * for (const d of result.diagnostics) console.log(`line ${d.location?.line}: ${d.message}`); // xsd-invalid findings
 * ```
 */
export async function safeValidateXsd(xml: string | Uint8Array, options: XsdOptions = {}): Promise<Result<XsdReport>> {
  return safeValidateWithSchemaFolder(xml, SCHEMA_FOLDER, PREFIX, options);
}

/**
 * Validates a document against the official schema set.
 *
 * @throws {XoevError} with the XSD findings, or when the set cannot be loaded.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { isXoevError } from "fim-xoev";
 * import { validateXsd } from "fim-xoev/xprozess/v2";
 *
 * try {
 *   const report = await validateXsd(readFileSync("hundesteuer.xprozess.xml"), { schemas: "/opt/fim/schemas" });
 *   console.log(report.valid);
 * } catch (e) {
 *   if (isXoevError(e)) for (const d of e.diagnostics) console.error(d.message);
 * }
 * ```
 */
export async function validateXsd(xml: string | Uint8Array, options?: XsdOptions): Promise<XsdReport> {
  return unwrap(await safeValidateXsd(xml, options));
}
