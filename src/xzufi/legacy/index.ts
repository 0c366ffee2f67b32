/**
 * `fim-xoev/xzufi/legacy`: tolerant reader of older, namespace-less XZuFi documents (2.1-style
 * `leistungsverzeichnis`), mapped onto the XZuFi 2.2.0 model.
 */
export * from "./leistungsverzeichnis.ts";
