export * from "./diagnostic.ts";
export * from "./create.ts";
export * from "./format.ts";
