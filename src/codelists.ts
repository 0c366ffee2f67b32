/**
 * `fim-xoev/codelists` — the XÖV code type, code-list metadata, OASIS genericode 1.0 read and write
 * (OASIS and FIM-qualified form) and code-list providers (in memory, folder; XRepository opt-in).
 *
 * The element-level readers and writers the standards' modules share (`parseCodeListElement`, `writeCodeList`,
 * `parseXoevCode`, … over the library's internal XML element and writer) are not part of this entry.
 */
export { type CodeList, codeOf, codesOf, isCodeOf, type XoevCode } from "./core/codelists/code.ts";
export {
  type Agency,
  type CodeListDocument,
  type CodeListKeys,
  type CodeListValue,
  type Column,
  type ColumnSet,
  type ColumnSetReference,
  codeListColumns,
  codeListRows,
  codeListValues,
  type Data,
  type GcAttribute,
  type GcElement,
  type GcText,
  GENERICODE_NAMESPACE,
  GENERICODE_SCHEMA_SET_ID,
  type GenericodeForm,
  type GenericodeParseOptions,
  type GenericodeSerializeOptions,
  type GenericodeWriteOptions,
  type Identification,
  type Key,
  type KeyColumnRef,
  parseGenericode,
  type Row,
  resolveCodeListKeys,
  type SimpleCodeList,
  safeParseGenericode,
  safeSerializeGenericode,
  serializeGenericode,
  type Value,
} from "./core/codelists/genericode.ts";
export {
  type CodeListProvider,
  type CodeListReference,
  type CodeListReferenceInput,
  DirectoryCodeListProvider,
  type GenericodeIdentificationLike,
  InMemoryCodeListProvider,
  type ResolvedCodeList,
  resolveCodeList,
  safeCodeListReference,
  XREPOSITORY_MAX_BYTES,
  XRepositoryCodeListProvider,
  type XRepositoryOptions,
} from "./core/codelists/provider.ts";
