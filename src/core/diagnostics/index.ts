export * from "./create.ts";
export * from "./diagnostic.ts";
export * from "./format.ts";
