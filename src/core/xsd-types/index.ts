export * from "./builtins.ts";
export * from "./facets.ts";
export * from "./latin.ts";
export * from "./regex.ts";
export * from "./zod.ts";
