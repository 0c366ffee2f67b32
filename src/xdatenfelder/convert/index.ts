/**
 * Conversion between XDatenfelder 2.0 and 3.0.0 — `import { convertXdf2ToXdf3 } from "fim-xoev/xdatenfelder/convert"`.
 * Rules, options and the deliberate differences from the reference converter: docs/conversion.md.
 */
export * from "./ids.ts";
export * from "./latin.ts";
export * from "./originalwerte.ts";
export * from "./xdf2-to-xdf3.ts";
export * from "./xdf3-to-xdf2.ts";
