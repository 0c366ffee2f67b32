/**
 * The catalogue of official schema sets (`schemas/catalog.json`): which XSD files make up a set, where they
 * sit below a schema root and their SHA-256. The XSD files themselves are not part of the package; the caller
 * provides them (see `schemas.ts`).
 */
import catalogJson from "../../../schemas/catalog.json" with { type: "json" };

/** One file of a schema set, relative to the set's directory. */
export interface SchemaCatalogFile {
  /** Relative path with `/` separators, e.g. `xdatenfelder-baukasten.xsd`. */
  readonly path: string;
  /** Lower-case hex SHA-256 of the official file. */
  readonly sha256: string;
}

/** One official schema set. */
export interface SchemaCatalogEntry {
  /** Stable identifier, e.g. `xdatenfelder-3.0.0`. */
  readonly id: string;
  /** Name of the standard, e.g. `XDatenfelder`. */
  readonly standard: string;
  /** Version of the standard as its XSDs state it, e.g. `3.0.0`. */
  readonly version: string;
  /** Target namespace of the entry schema. */
  readonly namespace: string;
  /** XRepository identifier of the standard, where known. */
  readonly xrepositoryUrn?: string;
  /** Where the official files are published (a page to download them from), where known. */
  readonly published?: string;
  /** Folder of the set below a schema root, with `/` separators, e.g. `xdatenfelder/3.0.0`. */
  readonly directory: string;
  /** The message schema compiled by default, relative to `directory`. */
  readonly entry: string;
  /** Further top-level message schemas of the set (e.g. `xdatenfelder_verzeichnis.xsd`), relative to `directory`. */
  readonly additionalEntries?: readonly string[];
  /** Every file of the set. */
  readonly files: readonly SchemaCatalogFile[];
}

/**
 * A schema set the catalogue knows by standard, namespace and folder, but whose official files are not
 * public to us (no file list, no checksums). The user supplies the files; they are loaded from the folder
 * and the entry schema is found by target namespace (`core/validation/schema-folder.ts`).
 */
export interface SchemaCatalogFolderEntry {
  readonly id: string;
  readonly standard: string;
  readonly version: string;
  /** Target namespace of the entry schema. */
  readonly namespace: string;
  /** `false` where the namespace is inferred, not confirmed by a source. */
  readonly namespaceVerified?: boolean;
  readonly xrepositoryUrn?: string;
  /** Where the official files are published, where known. */
  readonly published?: string;
  /** Folder of the set below a schema root, with `/` separators. */
  readonly directory: string;
  /** Why the files are not listed and how to supply them. */
  readonly note: string;
}

/** The catalogue document. */
export interface SchemaCatalog {
  readonly formatVersion: 1;
  readonly sets: readonly SchemaCatalogEntry[];
  /** Sets known without their files (see {@link SchemaCatalogFolderEntry}). */
  readonly folderSets?: readonly SchemaCatalogFolderEntry[];
}

/**
 * The catalogue shipped with the package.
 *
 * @example
 * ```ts
 * import { schemaCatalog } from "fim-xoev/validation";
 *
 * // every official schema set the package knows, with its files and their SHA-256
 * for (const set of schemaCatalog.sets) console.log(set.id, set.namespace, set.files.length);
 * ```
 */
export const schemaCatalog: SchemaCatalog = catalogJson as SchemaCatalog;

/**
 * Finds a catalogue entry by id (`xdatenfelder-3.0.0`) or by target namespace
 * (`urn:xoev-de:fim:standard:xdatenfelder_3.0.0`). Ids take precedence.
 *
 * @example
 * ```ts
 * import { findSchemaCatalogEntry } from "fim-xoev/validation";
 *
 * const entry = findSchemaCatalogEntry("urn:xoev-de:fim:standard:xdatenfelder_3.0.0");
 * // where the files go below the schema root: <root>/xdatenfelder/3.0.0/xdatenfelder.xsd
 * if (entry !== undefined) console.log(`${entry.directory}/${entry.entry}`);
 * ```
 */
export function findSchemaCatalogEntry(idOrNamespace: string, catalog: SchemaCatalog = schemaCatalog): SchemaCatalogEntry | undefined {
  return catalog.sets.find((s) => s.id === idOrNamespace) ?? catalog.sets.find((s) => s.namespace === idOrNamespace);
}

/**
 * Finds a set that the catalogue knows without its files, by id or namespace.
 *
 * @example
 * ```ts
 * import { findSchemaCatalogEntry, findSchemaFolderEntry } from "fim-xoev/validation";
 *
 * // a set the catalogue knows without its files: the user supplies the folder
 * const id = "xzufi-2.2.0";
 * const folder = findSchemaCatalogEntry(id) === undefined ? findSchemaFolderEntry(id) : undefined;
 * console.log(folder?.directory);
 * ```
 */
export function findSchemaFolderEntry(idOrNamespace: string, catalog: SchemaCatalog = schemaCatalog): SchemaCatalogFolderEntry | undefined {
  const sets = catalog.folderSets ?? [];
  return sets.find((s) => s.id === idOrNamespace) ?? sets.find((s) => s.namespace === idOrNamespace);
}
