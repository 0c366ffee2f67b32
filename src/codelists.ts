/**
 * `fim-xoev/codelists` — the XÖV code type, code-list metadata, OASIS genericode 1.0 read and write
 * (OASIS and FIM-qualified form) and code-list providers (in memory, folder; XRepository opt-in).
 */
export * from "./core/codelists/index.ts";
